"""Ingest speed: resumes per minute from upload to parsed, against what one process does alone.

    .venv/bin/python benchmarks/ingest_speed.py [--count 200] [--workers 2] [--broker filesystem|redis]
                                                [--layout processes|pool] [--batch 20] [--timeout 600]

--broker filesystem (the default site: Celery's filesystem transport and SQLite) needs nothing more; --broker redis
(production: Redis and PostgreSQL) needs both on 127.0.0.1 (PostgreSQL user postgres, trust auth). About a minute.

The files: the resume PDFs of demo/resumes/, tests/parsing/ (the corpus sample and the extra sets), var/corpus/ when
`make corpus` has built it, and ../shared/resumes/{dev,real} when present, cycled to K files, each with bytes of its
own (a comment after the final %%EOF: the upload takes no copy for a duplicate, the parser reads the same document).

The site is the bench's own, so it never takes a message or a row of the app or of the tests: the folder
var/ingest-bench/<broker>/ (with the SQLite database and the broker's folders), Redis db 9 (flushed) and the
PostgreSQL database `recruiting_ingest` (dropped and made again), the queue `ingest-bench`. It is left as it is at
the end, with the workers' logs in var/ingest-bench/<broker>/logs/.

1. The parser alone, in this process: `parsing.parse_pdf` (what the task calls) on the K files.
2. The service alone, in this process: `services.resume_parse` (claim, parse, store: the task's work without
   Celery) on the K files, stored without a message; then the database is emptied.
3. End to end: W real `celery -A recruiting worker` processes as `make worker` starts them (--layout processes:
   W workers of concurrency 1; pool: one worker of concurrency W); the K files go through `services.upload_batch`
   (what the upload view calls), --batch at a time, until every resume is parsed or failed. The workers are then
   stopped with SIGTERM, as systemd does.

Prints resumes per minute end to end (first upload to last parsed), its ratio to W x the parser alone (the target
is 80%) and to W x the service alone, failures, p50/p95 upload-to-parsed latency, and where the time went: each
task's runtime in its worker (from the workers' logs), the gap between a task's end and the next one's arrival in
a worker (the broker's polling), and how busy the machine's processors were, and with what.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import secrets
import shutil
import signal
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import machine  # noqa: E402  (benchmarks/, the folder of this script)
from candidates import parsing  # noqa: E402  (the parser library imports no Django)

if TYPE_CHECKING:
    from django.contrib.auth.models import AbstractBaseUser

SHARED = ROOT.parent / "shared" / "resumes"
SOURCE_DIRS = [
    ROOT / "demo" / "resumes",
    ROOT / "tests" / "parsing" / "corpus_sample",  # one document per corpus family (benchmarks/corpus/make_sample.py)
    ROOT / "tests" / "parsing" / "extra",
    ROOT / "tests" / "parsing" / "extra2",
    ROOT / "tests" / "parsing" / "extra3",
    ROOT / "var" / "corpus",
    SHARED / "dev",
    SHARED / "real",
]
QUEUE = "ingest-bench"
TARGET = 0.8
LOAD_BEFORE = os.getloadavg()[0]  # other work on the machine skews every figure: printed with them
FORBIDDEN_DATABASES = {"test", "test_test", "postgres", "template0", "template1"}


@dataclass(frozen=True)
class Upload:
    name: str
    content: bytes


@dataclass(frozen=True)
class Alone:
    """One process doing the work by itself: the rate every worker process would reach, were nothing in between."""

    seconds: float
    count: int
    failed: int

    @property
    def per_minute(self) -> float:
        return self.count / self.seconds * 60


@dataclass(frozen=True)
class EndToEnd:
    seconds: float  # first upload to the moment every resume was seen parsed or failed
    upload_seconds: float
    parsed: int
    failed: int
    waiting: int
    latencies: list[float]  # upload (queued_at) to finished_at, seconds
    task_seconds: list[float]  # runtime of each parse task in its worker process, as Celery logs it
    gaps: list[float]  # a task's end to the next one's arrival in the same worker (concurrency 1), seconds
    errors: list[str]
    cpu: Cpu  # what the machine's processors did meanwhile


@dataclass(frozen=True)
class Cpu:
    """Processor seconds: the whole machine's busy and elapsed (summed over its processors), the workers'
    (with their pool processes) and this process's (the uploads)."""

    busy: float
    total: float
    workers: float
    bench: float

    def __sub__(self, other: Cpu) -> Cpu:
        return Cpu(self.busy - other.busy, self.total - other.total, self.workers - other.workers,
                   self.bench - other.bench)


# ---- configuration


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--count", type=int, default=200, help="resumes to queue (default 200)")
    parser.add_argument("--workers", type=int, default=2, help="worker processes, W (default 2)")
    parser.add_argument("--broker", choices=["filesystem", "redis"], default="filesystem",
                        help="filesystem: filesystem transport + SQLite (the default site); "
                             "redis: Redis + PostgreSQL (production)")
    parser.add_argument("--layout", choices=["processes", "pool"], default="processes",
                        help="processes: W workers of concurrency 1 (as W x `make worker`); "
                             "pool: one worker of concurrency W")
    parser.add_argument("--batch", type=int, default=20, help="files per upload (default 20)")
    parser.add_argument("--timeout", type=float, default=600, help="seconds to wait for the parses (default 600)")
    parser.add_argument("--redis-url", default="redis://127.0.0.1:6379/9", help="Redis db of the bench's own, flushed")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432",
                        help="PostgreSQL server (user with CREATE DATABASE)")
    parser.add_argument("--database", default="recruiting_ingest", help="PostgreSQL database, dropped and made again")
    parser.add_argument("--debug", action="store_true", help="run the site with DEBUG on (default off, as production)")
    args = parser.parse_args()
    if args.count < 1 or args.workers < 1 or args.batch < 1:
        parser.error("--count, --workers and --batch must be at least 1")
    if not re.fullmatch(r"redis://[^/]+/[1-9][0-9]*", args.redis_url):
        parser.error("--redis-url must name a Redis db of this bench's own, not 0 (redis://host:port/9): it is flushed")
    if args.database in FORBIDDEN_DATABASES or not re.fullmatch(r"[a-z][a-z0-9_]*ingest[a-z0-9_]*", args.database):
        parser.error("--database must name a database of this bench's own, with 'ingest' in its name: "
                     "it is dropped and made again")
    return args


def bench_environment(args: argparse.Namespace) -> dict[str, str]:
    """The settings the bench and its workers share (README, "Configuration"), over the shell's."""
    var_dir = ROOT / "var" / "ingest-bench" / args.broker
    if args.broker == "filesystem":
        database_url, broker_url = f"sqlite:///{var_dir / 'db.sqlite3'}", "filesystem://"
    else:
        database_url, broker_url = f"{args.postgres}/{args.database}", args.redis_url
    return {
        "DEBUG": "1" if args.debug else "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "DATABASE_URL": database_url,
        "CELERY_BROKER_URL": broker_url,
        "CELERY_QUEUE": QUEUE,
        "VAR_DIR": str(var_dir),
        "LOG_LEVEL": "INFO",
        "DJANGO_SETTINGS_MODULE": "recruiting.settings",
        "PYTHONUNBUFFERED": "1",
    }


def site_reset(args: argparse.Namespace, env: dict[str, str]) -> None:
    """A fresh folder, database and broker: messages of an earlier run would name rows that are gone.
    Runs before Django starts, since the settings make the broker's folders."""
    shutil.rmtree(env["VAR_DIR"], ignore_errors=True)
    (Path(env["VAR_DIR"]) / "logs").mkdir(parents=True)
    if args.broker == "redis":
        import psycopg
        import redis

        redis.Redis.from_url(args.redis_url).flushdb()
        with psycopg.connect(f"{args.postgres}/postgres", autocommit=True) as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)')
            conn.execute(f'CREATE DATABASE "{args.database}"')


def django_setup(env: dict[str, str]) -> None:
    os.environ.update(env)
    import django

    django.setup()


# ---- the files


def sources_read() -> list[Upload]:
    paths = sorted({p.resolve() for folder in SOURCE_DIRS if folder.is_dir() for p in folder.rglob("*.pdf")})
    return [Upload(p.name, p.read_bytes()) for p in paths]


def copies(sources: list[Upload], count: int) -> list[Upload]:
    """K files cycling over the sources, each with bytes of its own (a comment after %%EOF, which readers skip)."""
    run = secrets.token_hex(4)
    return [
        Upload(f"{number:04d}-{source.name}", source.content + f"\n% ingest-bench {run} {number}\n".encode())
        for number, source in ((n, sources[n % len(sources)]) for n in range(count))
    ]


def parse_alone(files: list[Upload]) -> Alone:
    """The parser's single-process speed on the same files, with the limits the task passes."""
    from django.conf import settings

    failed = 0
    started = time.perf_counter()
    for upload in files:
        try:
            parsing.parse_pdf(upload.content, max_bytes=settings.RESUME_MAX_BYTES, max_pages=settings.RESUME_MAX_PAGES)
        except parsing.UnreadablePdf:
            failed += 1
    return Alone(time.perf_counter() - started, len(files), failed)


def service_alone(files: list[Upload]) -> Alone:
    """The task's own work without Celery, in this process: `services.resume_parse` (claim, fetch the bytes, parse,
    store the candidate) on the same files, stored without a message; then the database is emptied again."""
    from django.core.management import call_command
    from django.utils import timezone

    from candidates import services
    from candidates.models import Resume, ResumeFile

    ids = []
    for upload in files:
        resume = Resume.objects.create(original_name=upload.name, size=len(upload.content), queued_at=timezone.now(),
                                       sha256=hashlib.sha256(upload.content).hexdigest())
        ResumeFile.objects.create(resume=resume, content=upload.content)
        ids.append(resume.pk)
    started = time.perf_counter()
    for resume_id in ids:
        services.resume_parse(resume_id=resume_id)
    seconds = time.perf_counter() - started
    failed = Resume.objects.filter(status=Resume.Status.FAILED).count()
    call_command("flush", interactive=False, verbosity=0)
    return Alone(seconds, len(ids), failed)


# ---- the workers


def workers_start(args: argparse.Namespace, env: dict[str, str]) -> list[subprocess.Popen]:
    """Real workers as `make worker` runs them; each in a session of its own, so its pool can be killed with it."""
    layout = [1] * args.workers if args.layout == "processes" else [args.workers]
    processes = []
    for number, concurrency in enumerate(layout, start=1):
        with (Path(env["VAR_DIR"]) / "logs" / f"worker-{number}.log").open("w") as log:
            processes.append(subprocess.Popen(
                [sys.executable, "-m", "celery", "-A", "recruiting", "worker", "--loglevel=INFO",
                 f"--concurrency={concurrency}", "-n", f"ingest{number}@%h"],
                cwd=ROOT, env={**os.environ, **env, "REMAP_SIGTERM": "SIGQUIT"}, stdout=log,
                stderr=subprocess.STDOUT, start_new_session=True))
    return processes


def worker_logs(env: dict[str, str]) -> list[Path]:
    return sorted((Path(env["VAR_DIR"]) / "logs").glob("worker-*.log"))


def workers_wait_ready(processes: list[subprocess.Popen], env: dict[str, str], timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if any(p.poll() is not None for p in processes):
            raise SystemExit(f"a worker exited at start: see {Path(env['VAR_DIR']) / 'logs'}")
        if all(" ready." in log.read_text(errors="replace") for log in worker_logs(env)):
            return
        time.sleep(0.2)
    raise SystemExit(f"the workers were not ready after {timeout:.0f} s: see {Path(env['VAR_DIR']) / 'logs'}")


def workers_stop(processes: list[subprocess.Popen], grace: float = 30) -> None:
    """SIGTERM, as systemd stops them (with `make worker`'s REMAP_SIGTERM a parse is handed back after a grace);
    whatever of their sessions is still there after `grace` seconds is killed."""
    for process in processes:
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + grace
    for process in processes:
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"  worker {process.pid} did not stop in {grace:.0f} s: killed")
        for pid in session_members(process.pid):  # the worker itself, or a pool process it left behind
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        process.wait()


def cpu_now(processes: list[subprocess.Popen]) -> Cpu:
    tick = os.sysconf("SC_CLK_TCK")
    machine = [int(n) for n in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:9]]
    workers = 0
    for pid in (member for process in processes for member in session_members(process.pid)):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue
        workers += sum(int(n) for n in fields[11:15])  # utime, stime, and those of its waited-for children
    return Cpu((sum(machine) - machine[3] - machine[4]) / tick, sum(machine) / tick, workers / tick,
               time.process_time())


def session_members(session: int) -> list[int]:
    """The processes of a session this bench started (each worker leads its own)."""
    members = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except (OSError, IndexError):
            continue  # gone meanwhile
        if int(fields[3]) == session:  # the fields after the name: state, ppid, pgrp, session
            members.append(int(stat.parent.name))
    return members


def log_problems(env: dict[str, str]) -> list[str]:
    lines = [f"{log.name}: {line.strip()}" for log in worker_logs(env)
             for line in log.read_text(errors="replace").splitlines()
             if " ERROR" in line or " CRITICAL" in line or line.startswith("Traceback")]
    return lines


# ---- the run


def uploader() -> AbstractBaseUser:
    from django.contrib.auth import get_user_model

    return get_user_model().objects.create_user("ingest-bench", password=secrets.token_urlsafe(16))


def upload_all(files: list[Upload], batch: int) -> tuple[float, float]:
    """Send the files through the service the upload view calls, `batch` at a time: when the first upload started
    (time.time()), and how long they all took."""
    from django.core.files.uploadedfile import SimpleUploadedFile

    from candidates import services

    user = uploader()
    first = time.time()
    started = time.perf_counter()
    for start in range(0, len(files), batch):
        chunk = [SimpleUploadedFile(f.name, f.content, "application/pdf") for f in files[start:start + batch]]
        verdicts = services.upload_batch(files=chunk, uploaded_by=user)
        refused = [v for v in verdicts if v.outcome != "queued"]
        if refused:
            raise SystemExit(f"{len(refused)} uploads not queued, e.g. {refused[0].name}: {refused[0].message}")
    return first, time.perf_counter() - started


def wait_done(count: int, processes: list[subprocess.Popen], timeout: float) -> float:
    """When (time.time()) every resume was seen parsed or failed, committed: to 50 ms."""
    from candidates.models import Resume

    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = Resume.objects.filter(status__in=[Resume.Status.PARSED, Resume.Status.FAILED]).count()
        if done >= count:
            return time.time()
        if all(p.poll() is not None for p in processes):
            print("  every worker has exited")
            break
        time.sleep(0.05)
    else:
        print(f"  still not done after {timeout:.0f} s")
    return time.time()


TASK_EVENT = re.compile(r"^\[(\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d{3}): INFO/[\w-]+\] Task candidates\.tasks\."
                        r"parse_resume_task\[[^\]]+\] (?:received|succeeded in ([0-9.]+)s)", re.MULTILINE)


def task_times(env: dict[str, str], single: bool) -> tuple[list[float], list[float]]:
    """From the workers' logs: each parse task's runtime, and (workers of concurrency 1 only) the gaps between
    one task's end and the next one's arrival in the same worker, which is what the broker's polling costs."""
    runtimes, gaps = [], []
    for log in worker_logs(env):
        ended = None
        for stamp, runtime in TASK_EVENT.findall(log.read_text(errors="replace")):
            at = datetime.strptime(stamp, "%Y-%m-%d %H:%M:%S,%f").timestamp()
            if runtime:
                runtimes.append(float(runtime))
                ended = at
            elif ended is not None and single:
                gaps.append(at - ended)
    return runtimes, gaps


def outcome(first: float, last: float, upload_seconds: float, cpu: Cpu, env: dict[str, str],
            single: bool) -> EndToEnd:
    from candidates.models import Resume

    runtimes, gaps = task_times(env, single)
    rows = list(Resume.objects.values("status", "queued_at", "finished_at", "error"))
    done = [r for r in rows if r["status"] in (Resume.Status.PARSED, Resume.Status.FAILED) and r["finished_at"]]
    return EndToEnd(
        seconds=last - first,
        upload_seconds=upload_seconds,
        parsed=sum(r["status"] == Resume.Status.PARSED for r in rows),
        failed=sum(r["status"] == Resume.Status.FAILED for r in rows),
        waiting=sum(r["status"] not in (Resume.Status.PARSED, Resume.Status.FAILED) for r in rows),
        latencies=[(r["finished_at"] - r["queued_at"]).total_seconds() for r in done],
        task_seconds=runtimes,
        gaps=gaps,
        cpu=cpu,
        errors=sorted({r["error"][:160] for r in rows if r["status"] == Resume.Status.FAILED}),
    )


# ---- the report


def percentile(values: list[float], share: float) -> float:
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(share * (len(ordered) - 1)))]


def report(args: argparse.Namespace, sources: int, parse: Alone, service: Alone, run: EndToEnd,
           problems: list[str]) -> bool:
    w = args.workers
    rate = (run.parsed + run.failed) / run.seconds * 60 if run.seconds > 0 else 0.0
    task_each = statistics.fmean(run.task_seconds) if run.task_seconds else float("nan")
    busy = sum(run.task_seconds) / (w * run.seconds) if run.seconds > 0 else float("nan")
    layout = f"{w} worker(s) x concurrency 1" if args.layout == "processes" else f"1 worker x concurrency {w}"
    print(f"\n{args.count} resumes ({sources} source PDFs), {layout}, broker {args.broker}, cpus {os.cpu_count()}, "
          f"load before {LOAD_BEFORE:.2f}, DEBUG {'on' if args.debug else 'off'}")
    print(f"  {machine.described()}")
    print(f"  parser alone, 1 process   {parse.per_minute:7.0f} /min  ({parse.seconds / parse.count * 1000:.0f} ms "
          f"each, {parse.failed} unreadable)")
    print(f"  service alone, 1 process  {service.per_minute:7.0f} /min  ({service.seconds / service.count * 1000:.0f} "
          f"ms each: claim, parse and store as the task does, without Celery)")
    print(f"  end to end                {rate:7.0f} /min  = {rate / (w * parse.per_minute):.0%} of {w} x parser alone "
          f"(target {TARGET:.0%}), {rate / (w * service.per_minute):.0%} of {w} x service alone")
    print(f"  wall                      {run.seconds:7.1f} s     (first upload to last parsed; the uploads took "
          f"{run.upload_seconds:.1f} s, {args.count / run.upload_seconds * 60:.0f} /min)")
    print(f"  parsed / failed / waiting {run.parsed} / {run.failed} / {run.waiting}")
    print(f"  upload to parsed          p50 {percentile(run.latencies, 0.5):.2f} s, "
          f"p95 {percentile(run.latencies, 0.95):.2f} s, max {max(run.latencies, default=float('nan')):.2f} s")
    print(f"  task in a worker          {task_each * 1000:7.0f} ms  each (Celery's runtime), "
          f"workers busy {busy:.0%} of W x wall")
    if run.gaps:
        print(f"  a task's end to the next  p50 {percentile(run.gaps, 0.5) * 1000:.0f} ms, "
              f"p95 {percentile(run.gaps, 0.95) * 1000:.0f} ms, mean {statistics.fmean(run.gaps) * 1000:.0f} ms "
              "(in one worker; the broker's polling)")
    cores, cpu = os.cpu_count() or 1, run.cpu
    elapsed = cpu.total / cores
    print(f"  processors meanwhile      {cpu.busy / elapsed:.2f} of {cores} busy: the workers "
          f"{cpu.workers / elapsed:.2f}, this process (uploads) {cpu.bench / elapsed:.2f}, the rest (database, "
          f"broker, anything else running) {(cpu.busy - cpu.workers - cpu.bench) / elapsed:.2f}")
    for error in run.errors[:5]:
        print(f"  failed: {error}")
    for line in problems[:10]:
        print(f"  log: {line}")
    return run.waiting == 0 and run.failed == 0


def main() -> int:
    args = arguments()
    env = bench_environment(args)
    signal.signal(signal.SIGTERM, lambda signum, frame: sys.exit(1))  # run the finally: no worker left behind
    site_reset(args, env)
    django_setup(env)
    sources = sources_read()
    if not sources:
        raise SystemExit("no PDFs found in " + ", ".join(str(d) for d in SOURCE_DIRS))
    files = copies(sources, args.count)
    print(f"parser alone on {len(files)} files ({len(sources)} sources) ...", flush=True)
    parse = parse_alone(files)

    from django.core.management import call_command

    call_command("migrate", verbosity=0, interactive=False)
    print("service alone on the same files ...", flush=True)
    service = service_alone(files)
    print(f"starting workers ({args.layout}, W={args.workers}, broker {args.broker}) ...", flush=True)
    processes = workers_start(args, env)
    try:
        workers_wait_ready(processes, env)
        print(f"uploading {len(files)} files, {args.batch} an upload ...", flush=True)
        cpu_before = cpu_now(processes)
        first, upload_seconds = upload_all(files, args.batch)
        last = wait_done(len(files), processes, args.timeout)
        cpu = cpu_now(processes) - cpu_before
    finally:
        workers_stop(processes)
    run = outcome(first, last, upload_seconds, cpu, env, single=args.layout == "processes")
    return 0 if report(args, len(sources), parse, service, run, log_problems(env)) else 1


if __name__ == "__main__":
    sys.exit(main())
