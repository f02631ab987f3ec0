"""Nothing lost: an upload made while the broker is down, and a worker killed in the middle of a parse, on real
parts (a private `redis-server` this test starts and stops, a real `celery worker` process with beat)."""

import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from kombu import pools

from candidates.models import Candidate, Resume
from recruiting.celery import app
from tests.builders import make_pdf
from candidates.management.commands.rundev import descendants
from tests.test_e2e import ROOT, database_url, wait_until_done
from tests.test_rundev import alive

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True),
              pytest.mark.skipif(not shutil.which("redis-server"), reason="no redis-server on PATH")]


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PrivateRedis:
    """A redis-server of the test's own, on its own port, with no persistence: stopping it loses its queue."""

    def __init__(self, port: int):
        self.port, self.process = port, None
        self.url = f"redis://127.0.0.1:{port}/0"

    def start(self) -> None:
        self.process = subprocess.Popen(
            ["redis-server", "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            stdout=subprocess.DEVNULL)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            try:
                socket.create_connection(("127.0.0.1", self.port), timeout=0.2).close()
                return
            except OSError:
                time.sleep(0.05)
        raise AssertionError("redis-server did not start")

    def stop(self) -> None:
        self.process.terminate()
        self.process.wait(timeout=10)


@pytest.fixture
def redis(tmp_path, monkeypatch):
    server = PrivateRedis(free_port())
    server.start()
    saved = app.conf.broker_url, app.conf.broker_transport_options
    monkeypatch.setenv("CELERY_BROKER_URL", server.url)  # Celery reads it before its configuration
    use_broker(server.url, {"visibility_timeout": 3600})  # this process sends its messages there too
    yield server
    if server.process.poll() is None:
        server.stop()
    use_broker(*saved)


def use_broker(url: str, options: dict) -> None:
    """Point this process's Celery app at another broker: its connection and producer pools start afresh."""
    app.pool.force_close_all()
    app._pool = None
    app.amqp._producer_pool = None
    pools.reset()  # kombu's own pools, keyed by broker, which the producer pool comes from
    app.conf.broker_url, app.conf.broker_transport_options = url, options


def start_worker(tmp_path, broker_url: str, name: str, app_module: str = "recruiting", **env) -> subprocess.Popen:
    """A real worker running beat too (the sweep every 2 s, for resumes waiting over 2 s)."""
    env = {**os.environ, "DATABASE_URL": database_url(), "CELERY_BROKER_URL": broker_url, "PYTHONUNBUFFERED": "1",
           "SWEEP_INTERVAL": "2", "SWEEP_AFTER": "2", "CELERY_QUEUE": app.conf.task_default_queue,
           "REMAP_SIGTERM": "SIGQUIT", **env}  # as `make worker` runs it
    log = (tmp_path / f"{name}.log").open("w")
    return subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", app_module, "worker", "--loglevel=INFO", "--concurrency=1",
         "--without-gossip", "--without-mingle", "-n", f"{name}@%h", "-B", "-s", str(tmp_path / f"{name}-beat")],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT)


def stop(process: subprocess.Popen) -> None:
    """Stop a worker; if it does not stop, kill it with its pool and beat, so no test leaves one behind."""
    tree = descendants(process.pid)
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()
    for pid in tree:
        if alive(pid):
            os.kill(pid, signal.SIGKILL)


def upload(client, name: str, person: str):
    content = make_pdf([(person, 20, "Helvetica-Bold"), (f"{person.split()[0].lower()}@example.org", 10, "Helvetica")])
    return client.post("/upload/", {"files": [SimpleUploadedFile(name, content)]})


def test_an_upload_made_while_the_broker_is_down_is_stored_and_parsed_once_it_is_back(
        client, recruiter, redis, tmp_path, caplog):
    worker = start_worker(tmp_path, redis.url, "faults")
    try:
        redis.stop()
        client.force_login(recruiter)
        started = time.monotonic()
        response = upload(client, "while-down.pdf", "Ines Duarte")
        assert response.status_code == 302 and time.monotonic() - started < 10
        page = client.get("/upload/").content.decode()
        assert "while-down.pdf" in page and "Queued" in page
        resume = Resume.objects.get(original_name="while-down.pdf")
        assert (resume.status, resume.sends) == (Resume.Status.QUEUED, 0)
        assert "the broker did not take its message" in caplog.text

        redis.start()  # empty: whatever it held is gone
        resume = wait_until_done(resume.pk, worker, timeout=90)
        assert resume.status == Resume.Status.PARSED, resume.error
        time.sleep(5)  # the sweep has run again meanwhile: nothing is parsed twice
        resume.refresh_from_db()
        assert resume.attempts == 1 and Candidate.objects.count() == 1
    finally:
        stop(worker)


def test_a_worker_killed_in_the_middle_of_a_parse_is_replaced_and_the_resume_parsed_once(
        client, recruiter, redis, tmp_path):
    # every parse 3 s slower (tests/slow_worker.py), and a hard time limit of 6 s: a dead worker's claim is stale
    # after 6 s
    first = start_worker(tmp_path, redis.url, "doomed", app_module="tests.slow_worker", PARSE_TIME_LIMIT="4",
                         PARSE_KILL_GRACE="2", SLOW_PARSE_SECONDS="3")
    try:
        client.force_login(recruiter)
        upload(client, "killed.pdf", "Olu Bankole")
        resume = Resume.objects.get(original_name="killed.pdf")
        assert resume.sends == 1  # the broker took the message at once
        deadline = time.monotonic() + 60
        while Resume.objects.get(pk=resume.pk).status != Resume.Status.PARSING:
            assert time.monotonic() < deadline, "the worker never started the parse"
            time.sleep(0.1)
        _kill_tree(first.pid)
        first.wait(timeout=10)
        assert Resume.objects.get(pk=resume.pk).status == Resume.Status.PARSING  # the dead worker's claim
    finally:
        stop(first)
    second = start_worker(tmp_path, redis.url, "heir", PARSE_TIME_LIMIT="4", PARSE_KILL_GRACE="2")
    try:
        resume = wait_until_done(resume.pk, second, timeout=90)
        assert resume.status == Resume.Status.PARSED, resume.error
        time.sleep(5)
        resume.refresh_from_db()
        assert resume.lost == 1 and resume.status == Resume.Status.PARSED
        assert Candidate.objects.count() == 1 and Candidate.objects.get().education.count() == 0
    finally:
        stop(second)


def _kill_tree(pid: int) -> None:
    """SIGKILL a worker and its pool children at once, as the kernel's OOM killer or a lost machine would."""
    children = subprocess.run(["pgrep", "-P", str(pid)], capture_output=True, text=True).stdout.split()
    for child in [*children, str(pid)]:
        os.kill(int(child), signal.SIGKILL)


def test_a_worker_told_to_stop_mid_parse_hands_it_back_and_exits_within_seconds(client, recruiter, redis, tmp_path):
    # a parse that would take a minute, a grace of 2 s: SIGTERM (as systemd or Docker sends) must not wait for it
    first = start_worker(tmp_path, redis.url, "stopping", app_module="tests.slow_worker", SLOW_PARSE_SECONDS="60",
                         WORKER_SHUTDOWN_GRACE="2")
    client.force_login(recruiter)
    upload(client, "stopped.pdf", "Noor Haddad")
    resume = Resume.objects.get(original_name="stopped.pdf")
    deadline = time.monotonic() + 60
    while Resume.objects.get(pk=resume.pk).status != Resume.Status.PARSING:
        assert time.monotonic() < deadline, "the worker never started the parse"
        time.sleep(0.1)
    tree = descendants(first.pid)
    started = time.monotonic()
    first.send_signal(signal.SIGTERM)
    try:
        first.wait(timeout=20)
    finally:
        stop(first)
    assert time.monotonic() - started < 12
    assert [pid for pid in tree if alive(pid)] == []  # pool and beat gone with it

    # the next worker (whose time limits make the claim stale after 6 s) gets the resume parsed, once
    heir = start_worker(tmp_path, redis.url, "heir", PARSE_TIME_LIMIT="4", PARSE_KILL_GRACE="2")
    try:
        resume = wait_until_done(resume.pk, heir, timeout=90)
        assert resume.status == Resume.Status.PARSED, resume.error
        time.sleep(4)
        assert Candidate.objects.count() == 1 and Resume.objects.get(pk=resume.pk).status == Resume.Status.PARSED
    finally:
        stop(heir)


class PrivatePostgres:
    """A PostgreSQL server of the test's own (initdb in a temporary folder, its own port), to restart at will."""

    def __init__(self, folder, port: int):
        self.folder, self.port = folder, port
        self.url = f"postgres://postgres@127.0.0.1:{port}/postgres"
        # PostgreSQL refuses to run as root: as root, it runs as the postgres user
        self.prefix = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []

    def run(self, *args: str) -> None:
        # no pipes: a server started through them would hold them open, and this would wait for ever
        subprocess.run([*self.prefix, *args], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                       cwd="/")

    def start(self) -> None:
        self.folder.mkdir(exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.run("initdb", "-D", str(self.folder / "data"), "-U", "postgres", "--auth=trust")
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-w", "start", "-o",
                 f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1")

    def restart(self) -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-l", str(self.folder / "log"), "-m", "fast", "-w",
                 "restart")

    def stop(self) -> None:
        self.run("pg_ctl", "-D", str(self.folder / "data"), "-m", "immediate", "-w", "stop")


@pytest.mark.skipif(not shutil.which("initdb") or not shutil.which("pg_ctl"), reason="no PostgreSQL server tools")
def test_the_database_restarting_under_a_running_worker_fails_nothing(redis, tmp_path):
    import psycopg

    # not under pytest's own temporary folder, which only root may enter
    postgres = PrivatePostgres(Path(tempfile.mkdtemp(prefix="test-pg-")), free_port())
    postgres.start()
    env = {**os.environ, "DATABASE_URL": postgres.url, "CELERY_BROKER_URL": redis.url,
           "CELERY_QUEUE": app.conf.task_default_queue}
    worker = None
    try:
        subprocess.run([sys.executable, "manage.py", "migrate", "--noinput"], cwd=ROOT, env=env, check=True,
                       capture_output=True)
        folder = tmp_path / "resumes"
        folder.mkdir()
        people = [f"Person {chr(65 + i)} Example" for i in range(6)]
        for person in people:
            (folder / f"{person}.pdf").write_bytes(make_pdf([(person, 20, "Helvetica-Bold")]))
        # each parse a second longer, so the restart falls in the middle of the batch
        worker = start_worker(tmp_path, redis.url, "steady", app_module="tests.slow_worker", SLOW_PARSE_SECONDS="1",
                              DATABASE_URL=postgres.url, PARSE_TIME_LIMIT="4", PARSE_KILL_GRACE="2")
        subprocess.run([sys.executable, "manage.py", "import_resumes", str(folder)], cwd=ROOT, env=env, check=True,
                       capture_output=True)

        def statuses() -> list[str]:
            with psycopg.connect(postgres.url.replace("postgres://", "postgresql://")) as db:
                return [row[0] for row in db.execute("select status from candidates_resume order by id")]

        deadline = time.monotonic() + 60
        while statuses().count("parsed") < 2:
            assert time.monotonic() < deadline and worker.poll() is None, statuses()
            time.sleep(0.2)
        postgres.restart()  # every connection of the worker is cut
        deadline = time.monotonic() + 120
        while any(s in ("queued", "parsing") for s in statuses()):
            assert time.monotonic() < deadline and worker.poll() is None, statuses()
            time.sleep(0.5)
        assert statuses() == ["parsed"] * len(people)
        with psycopg.connect(postgres.url.replace("postgres://", "postgresql://")) as db:
            assert db.execute("select count(*) from candidates_candidate").fetchone()[0] == len(people)
    finally:
        if worker is not None:
            stop(worker)
        postgres.stop()
        shutil.rmtree(postgres.folder, ignore_errors=True)
