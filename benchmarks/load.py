"""Load: signed-in recruiters searching, reading, annotating and uploading at once, while workers parse.

    .venv/bin/python benchmarks/load.py [--users 8] [--duration 60] [--workers 2] [--candidates 400]
                                        [--mix 40,30,15,5,3] [--iterations N] [--think S] [--drop-db]

Needs PostgreSQL (user postgres, trust auth) and Redis on 127.0.0.1, and takes about three minutes. Builds a production-like site of its own on 127.0.0.1: a PostgreSQL database `load_bench` (dropped and
made again at each start), Redis db 13 with the queue `load-bench`, var/load/ for static files and logs;
it migrates, fills a pool of candidates (the fictional resumes in demo/resumes/ and
tests/parsing/corpus_sample/, parsed once and stored through `services.resume_store_parsed` under
other names and contact details), makes one recruiter login per user, then starts gunicorn (DEBUG off,
WhiteNoise) and Celery workers as subprocesses.

Each simulated recruiter is a thread with its own cookies and keep-alive connection. It signs in through
the login form, then, until the time or its iteration count is up, mixes: searches with filters and
free text (half of them htmx swaps), candidate pages (and the embedded PDF), a note, a tag or a rating
posted with the page's CSRF token as htmx does, CSV exports of a search, and uploads of fictional PDFs
(unique bytes each, so none is taken for a duplicate) that the workers parse meanwhile.

It prints requests per second, count, p50/p95/p99/max latency and errors per kind of request (any
status other than 2xx/3xx, a redirect to the login page, a refused form or an exception is an error,
with a sample), then how many uploaded resumes got parsed (waiting up to --drain seconds for the queue)
and at what rate, and the errors and tracebacks in the server's and workers' logs (var/load/logs/).
Exit status: 1 if any request failed, 2 if an upload failed to parse or was still waiting, else 0.
The database is left for inspection (--drop-db drops it); no process is left running.
"""

import argparse
import hashlib
import html
import http.client
import math
import multiprocessing
import os
import random
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
import uuid
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field, replace
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from candidates import parsing  # noqa: E402  (the parser library imports no Django)

VENV_BIN = ROOT / ".venv" / "bin"
HOST = "127.0.0.1"
TEMPLATE_DIRS = [ROOT / "demo" / "resumes", ROOT / "tests" / "parsing" / "corpus_sample"]
PASSWORD = "load-bench-recruiter"  # bench logins only, in a database of their own

FIRST_NAMES = ("Ada Bruno Chiara Dmitri Elena Farid Greta Hiro Ines Jonas Kofi Lena Mateo Nadia Omar Priya Quentin "
               "Rosa Sven Tamar Umar Vera Wei Xenia Yusuf Zara Aaron Bianca Cyril Dana Emil Fatima Gustav Hana Ivo "
               "Julia Karim Lucia Milan Noor").split()
LAST_NAMES = ("Abbott Becker Castillo Dubois Eriksen Fischer Gallo Horvat Ibrahim Jansen Kowalski Lindqvist Moreno "
              "Novak Okafor Petrov Quinn Rossi Sato Tanaka Ueda Varga Weber Xu Yilmaz Zimmermann Alvarez Bauer Costa "
              "Dimitrov Engel Ferrari Grant Haddad Ivanova Jovanovic Kaur Laine Marsh Nakamura Ortiz Park Reyes "
              "Schmidt Torres Urban Vogel Walsh Young Zhou").split()
FREE_TEXT = ["learning", "vision", "university", "research", "robot", "language", "data", "systems", "graph",
             '"machine learning"', "detection", "transformer", "intern", "engineer"]
TAGS = ["strong", "follow-up", "phd-intern", "vision", "nlp", "systems", "relocation", "senior"]
NOTES = ["Strong publication record; worth a call.", "GPA checked against the transcript.",
         "Asked a colleague about the internship.", "Good fit for the perception team.", "Re-read later."]
SORTS = ["", "newest", "-gpa", "-pubs", "name", "quality"]


# ---- configuration and environment


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--users", type=int, default=8, help="concurrent recruiters (default 8)")
    parser.add_argument("--duration", type=float, default=60, help="seconds of load (default 60)")
    parser.add_argument("--iterations", type=int, default=0, help="actions per recruiter, 0: no limit (default)")
    parser.add_argument("--mix", default="40,30,15,5,3",
                        help="weights of search, candidate page, annotation, CSV export, upload (default 40,30,15,5,3)")
    parser.add_argument("--think", type=float, default=0.0, help="mean seconds a recruiter pauses between actions")
    parser.add_argument("--workers", type=int, default=2, help="Celery worker processes (default 2)")
    parser.add_argument("--web-workers", type=int, default=2, help="gunicorn worker processes (default 2)")
    parser.add_argument("--web-threads", type=int, default=4, help="threads per gunicorn worker (default 4)")
    parser.add_argument("--candidates", type=int, default=400, help="candidates in the pool (default 400)")
    parser.add_argument("--drain", type=float, default=180, help="seconds to wait for the uploads' parses")
    parser.add_argument("--database", default="load_bench", help="PostgreSQL database, dropped first (load_*)")
    parser.add_argument("--redis-db", type=int, default=13, help="Redis db number, flushed first (default 13)")
    parser.add_argument("--queue", default="load-bench", help="Celery queue name (default load-bench)")
    parser.add_argument("--drop-db", action="store_true", help="drop the database at the end")
    parser.add_argument("--seed", type=int, default=1, help="random seed of the recruiters' choices")
    args = parser.parse_args()
    if not re.fullmatch(r"\d+(,\d+){4}", args.mix):
        parser.error("--mix takes five whole numbers: search, candidate page, annotation, CSV export, upload")
    if not re.fullmatch(r"load_[a-z0-9_]+", args.database):
        parser.error("--database must look like load_<name>: it is dropped and made again")
    return args


def bench_environment(args: argparse.Namespace) -> dict[str, str]:
    """The settings every process of the bench shares (README, "Configuration")."""
    var_dir = ROOT / "var" / "load"
    return {
        "DEBUG": "0",
        "SECRET_KEY": secrets.token_urlsafe(40),
        "ALLOWED_HOSTS": f"{HOST},localhost",
        "SECURE_COOKIES": "0",  # plain HTTP on 127.0.0.1: a browser would not send Secure cookies back
        "DATABASE_URL": f"postgres://postgres@{HOST}:5432/{args.database}",
        "CELERY_BROKER_URL": f"redis://{HOST}:6379/{args.redis_db}",
        "CELERY_QUEUE": args.queue,
        "VAR_DIR": str(var_dir),
        "STATIC_ROOT": str(var_dir / "static"),
        "LOG_LEVEL": "INFO",
        "DJANGO_SETTINGS_MODULE": "recruiting.settings",
    }


def postgres(*statements: str) -> None:
    """Run statements on the server's maintenance database (CREATE and DROP DATABASE cannot run in a transaction)."""
    import psycopg

    with psycopg.connect(f"postgresql://postgres@{HOST}:5432/postgres", autocommit=True) as conn:
        for statement in statements:
            conn.execute(statement)


def redis_flush(url: str) -> None:
    import redis

    redis.Redis.from_url(url).flushdb()  # the bench's own db: messages of an earlier run name rows now gone


def django_setup(env: dict[str, str]) -> None:
    os.environ.update(env)
    import django

    django.setup()


# ---- the pool of candidates and the logins


@dataclass(frozen=True)
class Template:
    """A fictional resume: its file, to upload, and its parse, to clone into the pool."""

    name: str
    content: bytes
    parsed: parsing.ParsedResume


def in_parallel() -> ProcessPoolExecutor:
    """One process per core, forked so that each starts with Django set up (and opens its own connection)."""
    from django.db import connection

    connection.close()  # a forked process must not share this process's socket to the database
    return ProcessPoolExecutor(max_workers=os.cpu_count() or 2, mp_context=multiprocessing.get_context("fork"))


def template_read(path: Path) -> Template | None:
    content = path.read_bytes()
    try:
        return Template(path.name, content, parsing.parse_pdf(content))
    except parsing.UnreadablePdf as error:
        print(f"  skipped {path.name}: {error}")
        return None


def templates_read() -> list[Template]:
    paths = sorted(p for folder in TEMPLATE_DIRS for p in folder.glob("*.pdf"))
    with in_parallel() as pool:
        return [template for template in pool.map(template_read, paths) if template]


def unique_copy(content: bytes, tag: str) -> bytes:
    """The same PDF with a comment after its end: other bytes (another sha256), the same document."""
    return content + f"\n% load-bench {tag}\n".encode()


def person(template: Template, number: int) -> parsing.ParsedResume:
    """Another person with this resume's contents: own name, contact details and paper titles."""
    first = FIRST_NAMES[number % len(FIRST_NAMES)]
    last = LAST_NAMES[(number // len(FIRST_NAMES)) % len(LAST_NAMES)]
    name = f"{first} {last}"
    parsed = template.parsed
    papers = []
    for paper in parsed.publications:
        authors = list(paper.authors)
        if paper.author_position and paper.author_position <= len(authors):
            authors[paper.author_position - 1] = name
        papers.append(replace(paper, title=f"{paper.title or 'Untitled'} (v{number})", authors=tuple(authors)))
    return replace(
        parsed, name=name, emails=(f"{first}.{last}.{number}@example.org".lower(),),
        phones=(f"+1 415 555 {number % 10000:04d}",), links=(f"https://github.com/{first}{last}{number}".lower(),),
        publications=tuple(papers),
    )


def pool_fill(templates: list[Template], count: int) -> None:
    """Store `count` parsed resumes through the service the workers use (not through the queue), on every core."""
    shares = os.cpu_count() or 2
    with in_parallel() as pool:
        list(pool.map(people_store, [templates] * shares, [range(n, count, shares) for n in range(shares)]))


def people_store(templates: list[Template], numbers: range) -> None:
    from django.db import connection
    from django.utils import timezone

    from candidates import services
    from candidates.models import Resume, ResumeFile

    for number in numbers:
        template = templates[number % len(templates)]
        content = unique_copy(template.content, f"pool {number}")
        now = timezone.now()
        resume = Resume.objects.create(
            original_name=template.name, size=len(content), sha256=hashlib.sha256(content).hexdigest(),
            status=Resume.Status.PARSING, queued_at=now, started_at=now,
        )
        ResumeFile.objects.create(resume=resume, content=content)
        services.resume_store_parsed(resume=resume, parsed=person(template, number))
    connection.close()


def recruiters_create(count: int) -> list[str]:
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    group = Group.objects.get(name="Recruiters")
    names = []
    for number in range(count):
        user = get_user_model().objects.create_user(f"recruiter{number}", password=PASSWORD)
        user.groups.add(group)
        names.append(user.username)
    return names


@dataclass
class Vocabulary:
    """What the recruiters search for: the pool's commonest skills and venues, and some words."""

    skills: list[str]
    venues: list[str]
    words: list[str]


def vocabulary_read() -> Vocabulary:
    from django.db.models import Count

    from candidates.models import Publication, Skill

    skills = Skill.objects.annotate(n=Count("candidates")).order_by("-n").values_list("name", flat=True)[:15]
    venues = (Publication.objects.exclude(venue_tier="").values("venue").annotate(n=Count("id"))
              .order_by("-n").values_list("venue", flat=True)[:10])
    return Vocabulary(list(skills), list(venues), FREE_TEXT + [n.lower() for n in LAST_NAMES[:6]])


def site_prepare(args: argparse.Namespace, env: dict[str, str]) -> tuple[list[Template], list[str], Vocabulary]:
    from django.core.management import call_command
    from django.db import connection

    started = time.perf_counter()
    postgres(f'DROP DATABASE IF EXISTS "{args.database}" WITH (FORCE)', f'CREATE DATABASE "{args.database}"')
    redis_flush(env["CELERY_BROKER_URL"])
    django_setup(env)
    call_command("migrate", verbosity=0)
    templates = templates_read()
    print(f"setup: migrated, {len(templates)} fictional resumes parsed "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    pool_fill(templates, args.candidates)
    users = recruiters_create(args.users)
    vocabulary = vocabulary_read()
    call_command("collectstatic", interactive=False, clear=True, verbosity=0)  # last: the freshest static files
    connection.close()  # the recruiters' load goes through gunicorn; this process only reads the outcome
    print(f"setup: {args.candidates} candidates, {len(users)} recruiters in {args.database} "
          f"({time.perf_counter() - started:.0f} s)", flush=True)
    return templates, users, vocabulary


# ---- gunicorn and the workers


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind((HOST, 0))
        return sock.getsockname()[1]


def spawn(name: str, argv: list[str], env: dict[str, str], log_dir: Path) -> subprocess.Popen:
    with open(log_dir / f"{name}.log", "wb") as log:  # the child has its own copy of the file descriptor
        return subprocess.Popen(argv, cwd=ROOT, env={**os.environ, **env}, stdout=log, stderr=subprocess.STDOUT,
                                start_new_session=True)  # its own process group, to find every child at the end


def processes_start(args: argparse.Namespace, env: dict[str, str], port: int) -> dict[str, subprocess.Popen]:
    log_dir = Path(env["VAR_DIR"]) / "logs"
    log_dir.mkdir(parents=True, exist_ok=True)
    for old in log_dir.glob("*.log"):
        old.unlink()
    processes = {"gunicorn": spawn("gunicorn", [
        str(VENV_BIN / "gunicorn"), "recruiting.wsgi", "--bind", f"{HOST}:{port}",
        "--workers", str(args.web_workers), "--threads", str(args.web_threads), "--worker-class", "gthread",
        "--keep-alive", "75", "--timeout", "120", "--access-logfile", "-",
        "--no-control-socket",  # the default socket is one per user: it would meet another gunicorn's
    ], env, log_dir)}
    for number in range(args.workers):
        processes[f"worker{number}"] = spawn(f"worker{number}", [
            str(VENV_BIN / "celery"), "-A", "recruiting", "worker", "--loglevel=INFO", "--concurrency=1",
            "-n", f"load-bench-{number}@%h",
        ], {**env, "REMAP_SIGTERM": "SIGQUIT"}, log_dir)
    return processes


def processes_wait_ready(processes: dict[str, subprocess.Popen], port: int, log_dir: Path,
                         timeout: float = 60) -> None:
    """Until the site answers its login page and every worker has said 'ready'."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        dead = [name for name, process in processes.items() if process.poll() is not None]
        if dead:
            raise RuntimeError(f"{', '.join(dead)} exited at start: see the logs above and in {log_dir}")
        workers_ready = all(" ready." in (log_dir / f"{name}.log").read_text(errors="replace")
                            for name in processes if name.startswith("worker"))
        if workers_ready and site_answers(port):
            return
        time.sleep(0.5)
    raise RuntimeError(f"the site or the workers were not ready after {timeout:.0f} s: see {log_dir}")


def site_answers(port: int) -> bool:
    try:
        conn = http.client.HTTPConnection(HOST, port, timeout=5)
        conn.request("GET", "/accounts/login/")
        return conn.getresponse().status == 200
    except OSError:
        return False


def processes_stop(processes: dict[str, subprocess.Popen], grace: float = 20) -> None:
    """SIGTERM each main process (a worker hands its parse back, gunicorn finishes its requests), then SIGKILL
    whatever is left of each process group, so nothing the bench started outlives it."""
    for process in processes.values():
        if process.poll() is None:
            process.terminate()
    deadline = time.monotonic() + grace
    for name, process in processes.items():
        try:
            process.wait(timeout=max(0.1, deadline - time.monotonic()))
        except subprocess.TimeoutExpired:
            print(f"  {name} (pid {process.pid}) did not stop in {grace:.0f} s: killed")
        try:
            os.killpg(process.pid, signal.SIGKILL)  # children of a stopped or stuck main process
        except ProcessLookupError:
            pass
        process.wait()


# ---- a recruiter's browser


@dataclass
class Stats:
    """Latencies (ms) and errors per kind of request, from every recruiter's thread."""

    latencies: dict[str, list[float]] = field(default_factory=dict)
    errors: dict[str, list[str]] = field(default_factory=dict)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def record(self, kind: str, milliseconds: float, error: str | None) -> None:
        with self.lock:
            self.latencies.setdefault(kind, []).append(milliseconds)
            if error:
                self.errors.setdefault(kind, []).append(error)


@dataclass
class Response:
    status: int
    location: str
    body: bytes

    @property
    def text(self) -> str:
        return self.body.decode("utf-8", errors="replace")


class Browser:
    """One keep-alive connection and a cookie jar, as one recruiter's browser tab."""

    def __init__(self, port: int, stats: Stats):
        self.port = port
        self.stats = stats
        self.cookies: dict[str, str] = {}
        self.conn: http.client.HTTPConnection | None = None

    def request(self, kind: str, method: str, path: str, body: bytes | None = None,
                headers: dict[str, str] | None = None, check=None) -> Response | None:
        """Send, read the whole answer and record its time; None (and an error recorded) if it failed.
        `check(response)` returns what is wrong with an answer whose status is fine, if anything."""
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{name}={value}" for name, value in self.cookies.items())
        started = time.perf_counter()
        try:
            if self.conn is None:
                self.conn = http.client.HTTPConnection(HOST, self.port, timeout=120)
            self.conn.request(method, path, body=body, headers=headers)
            raw = self.conn.getresponse()
            response = Response(raw.status, raw.getheader("Location", ""), raw.read())
        except (OSError, http.client.HTTPException) as error:
            self.close()
            self.stats.record(kind, (time.perf_counter() - started) * 1000, f"{method} {path}: {error!r}")
            return None
        elapsed = (time.perf_counter() - started) * 1000
        for header in raw.headers.get_all("Set-Cookie") or []:
            self.cookies.update({name: morsel.value for name, morsel in SimpleCookie(header).items()})
        if raw.will_close:
            self.close()
        problem = response_problem(response) or (check(response) if check else None)
        self.stats.record(kind, elapsed, f"{method} {path}: {problem}" if problem else None)
        return None if problem else response

    def close(self) -> None:
        if self.conn is not None:
            self.conn.close()
            self.conn = None


def response_problem(response: Response) -> str | None:
    if not 200 <= response.status < 400:
        return f"HTTP {response.status}: {' '.join(response.text[:300].split())}"
    if response.status in (301, 302) and response.location.startswith("/accounts/login/"):
        return "signed out: redirected to the login page"
    return None


def form_token(page: str) -> str | None:
    """The CSRF token the page's forms post (the same one htmx sends as X-CSRFToken)."""
    found = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page)
    return found.group(1) if found else None


def multipart(fields: dict[str, str], files: list[tuple[str, bytes]]) -> tuple[bytes, str]:
    boundary = uuid.uuid4().hex
    parts = [f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
             for name, value in fields.items()]
    for filename, content in files:
        parts.append(f'--{boundary}\r\nContent-Disposition: form-data; name="files"; filename="{filename}"\r\n'
                     f"Content-Type: application/pdf\r\n\r\n".encode() + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


# ---- what a recruiter does


class Recruiter:
    """A signed-in recruiter going from search to candidate page to annotation, and uploading now and then."""

    def __init__(self, username: str, browser: Browser, plan: "Plan", rng: random.Random):
        self.username = username
        self.browser = browser
        self.plan = plan
        self.rng = rng
        self.links: list[str] = []  # candidate pages from the last search, with its query string
        self.candidate: tuple[str, str] | None = None  # (path, CSRF token) of the page open
        self.uploads = 0

    def sign_in(self) -> bool:
        page = self.browser.request("sign in page", "GET", "/accounts/login/")
        token = page and form_token(page.text)
        if not token:
            return False
        body = urlencode({"csrfmiddlewaretoken": token, "username": self.username, "password": PASSWORD, "next": "/"})
        signed_in = self.browser.request(
            "sign in", "POST", "/accounts/login/", body.encode(),
            {"Content-Type": "application/x-www-form-urlencoded"},
            check=lambda r: None if r.status == 302 and "sessionid" in self.browser.cookies else "login refused",
        )
        return signed_in is not None

    def search_query(self) -> str:
        rng, words = self.rng, self.plan.vocabulary
        params: list[tuple[str, str]] = []
        if words.skills and rng.random() < 0.5:
            params += [("skill", s) for s in rng.sample(words.skills, rng.randint(1, 2))]
            params += [("skill_mode", "any")] if rng.random() < 0.3 else []
        if words.venues and rng.random() < 0.3:
            params.append(("venue", rng.choice(words.venues)))
        optional = [(0.15, "venue_tier", "A*"), (0.1, "first_author", "1"), (0.3, "gpa_min", rng.choice(["3", "3.5"])),
                    (0.2, "degree", rng.choice(["phd", "master"])), (0.4, "q", rng.choice(words.words)),
                    (0.1, "needs_review", "1"), (0.1, "tag", rng.choice(TAGS)), (0.05, "rating_min", "3"),
                    (0.15, "page_size", "50"), (0.1, "page", "2")]
        params += [(name, value) for chance, name, value in optional if rng.random() < chance]
        sort = rng.choice(SORTS)
        return urlencode(params + ([("sort", sort)] if sort else []))

    def search(self) -> None:
        htmx = self.rng.random() < 0.5  # a filter changed on the page: the results swap in place
        headers = {"HX-Request": "true", "HX-Current-URL": f"http://{HOST}/"} if htmx else {}
        page = self.browser.request("search (htmx)" if htmx else "search", "GET", f"/?{self.search_query()}",
                                    headers=headers)
        if page:
            self.links = [html.unescape(h) for h in re.findall(r'class="candidate-link" href="([^"]+)"', page.text)]

    def open_candidate(self) -> None:
        if not self.links or self.rng.random() < 0.2:
            self.search()
        path = self.rng.choice(self.links) if self.links else f"/candidates/{self.rng.randint(1, self.plan.pool)}/"
        page = self.browser.request("candidate page", "GET", path,
                                    check=lambda r: None if form_token(r.text) else "no CSRF token on the page")
        if not page:
            return
        self.candidate = (path.split("?")[0], form_token(page.text))
        pdf = re.search(r'<iframe src="([^"]+)"', page.text)
        if pdf and self.rng.random() < 0.5:  # the embedded PDF, when the browser shows it
            self.browser.request("resume PDF", "GET", html.unescape(pdf.group(1)))

    def annotate(self) -> None:
        if self.candidate is None or self.rng.random() < 0.3:
            self.open_candidate()
        if self.candidate is None:
            return
        path, token = self.candidate
        kind, suffix, fields, expected = self.rng.choice([
            ("note", "notes/", {"body": f"{self.rng.choice(NOTES)} ({self.username}, {uuid.uuid4().hex[:8]})"}, "body"),
            ("tag", "tags/", {"name": self.rng.choice(TAGS)}, "name"),
            ("rating", "rating/", {"stars": str(self.rng.randint(1, 5))}, None),
        ])
        shown = html.escape(fields[expected]) if expected else None
        self.browser.request(
            kind, "POST", path + suffix, urlencode(fields).encode(),
            {"Content-Type": "application/x-www-form-urlencoded", "HX-Request": "true", "X-CSRFToken": token},
            check=lambda r: None if shown is None or shown in r.text else f"{fields[expected]!r} not on the answer",
        )

    def export(self) -> None:
        self.browser.request("CSV export", "GET", f"/candidates/export.csv?{self.search_query()}",
                             check=lambda r: None if b"id,name," in r.body[:20] else "not the CSV's header")

    def upload(self) -> None:
        page = self.browser.request("upload page", "GET", "/upload/")
        token = page and form_token(page.text)
        if not token:
            return
        files = []
        for template in self.rng.sample(self.plan.templates, self.rng.randint(1, self.plan.batch)):
            self.uploads += 1
            files.append((template.name, unique_copy(template.content, f"{self.username} {self.uploads}")))
        body, content_type = multipart({"csrfmiddlewaretoken": token}, files)
        sent = self.browser.request("upload", "POST", "/upload/", body, {"Content-Type": content_type},
                                    check=lambda r: None if r.status == 302 else "the form was refused")
        if sent:
            self.browser.request("upload page", "GET", sent.location)  # the redirect, with the queue's state

    def run(self, deadline: float, iterations: int, think: float) -> None:
        if not self.sign_in():
            return
        actions = [self.search, self.open_candidate, self.annotate, self.export, self.upload]
        done = 0
        while time.monotonic() < deadline and (not iterations or done < iterations):
            try:
                self.rng.choices(actions, weights=self.plan.weights)[0]()
            except Exception as error:  # a bug of this script: counted, so that the run does not look clean
                self.browser.stats.record("(script error)", 0, f"{error!r}")
                raise
            done += 1
            if think:
                time.sleep(self.rng.uniform(0, 2 * think))
        self.browser.close()


@dataclass
class Plan:
    """What the recruiters draw on: the pool's size and vocabulary, the files to upload, how often each action."""

    pool: int
    vocabulary: Vocabulary
    templates: list[Template]
    weights: tuple[int, ...]  # search, candidate page, annotation, export, upload
    batch: int = 4  # files in one upload, at most


def load_run(args: argparse.Namespace, port: int, users: list[str], plan: Plan) -> tuple[Stats, float]:
    stats = Stats()
    deadline = time.monotonic() + args.duration
    threads = [
        threading.Thread(target=Recruiter(name, Browser(port, stats), plan, random.Random(args.seed * 1000 + n)).run,
                         args=(deadline, args.iterations, args.think), name=name, daemon=True)
        for n, name in enumerate(users)
    ]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return stats, time.perf_counter() - started


# ---- the report


KINDS = ["sign in page", "sign in", "search", "search (htmx)", "candidate page", "resume PDF", "note", "tag", "rating",
         "CSV export", "upload page", "upload"]


def percentile(values: list[float], share: float) -> float:
    ordered = sorted(values)
    return ordered[max(0, math.ceil(share * len(ordered)) - 1)]


def requests_report(stats: Stats, seconds: float) -> int:
    """The table of latencies per kind of request; returns the number of failed requests."""
    total = sum(len(values) for values in stats.latencies.values())
    failed = sum(len(errors) for errors in stats.errors.values())
    print(f"\n{total} requests in {seconds:.1f} s: {total / seconds:.1f} requests/s, {failed} failed\n")
    print(f"{'kind':<16}{'count':>7}{'req/s':>8}{'p50 ms':>9}{'p95 ms':>9}{'p99 ms':>9}{'max ms':>9}{'errors':>8}")
    kinds = [k for k in KINDS if k in stats.latencies] + sorted(set(stats.latencies) - set(KINDS))
    for kind in kinds:
        values = stats.latencies[kind]
        figures = "".join(f"{percentile(values, share):9.0f}" for share in (0.5, 0.95, 0.99, 1.0))
        print(f"{kind:<16}{len(values):7d}{len(values) / seconds:8.1f}{figures}{len(stats.errors.get(kind, [])):8d}")
    for kind, errors in stats.errors.items():
        print(f"\n{len(errors)} failed {kind} requests, e.g.:")
        for sample in list(dict.fromkeys(errors))[:3]:
            print(f"  {sample[:400]}")
    return failed


def uploads_outcome(users: list[str], drain: float) -> dict:
    """Wait for the parses of the uploads (up to `drain` seconds), then what became of them."""
    from django.db import close_old_connections

    from candidates.models import Resume

    close_old_connections()
    uploads = Resume.objects.filter(uploaded_by__username__in=users)
    started = time.monotonic()
    pending = [Resume.Status.QUEUED, Resume.Status.PARSING]
    while uploads.filter(status__in=pending).exists() and time.monotonic() - started < drain:
        time.sleep(1)
    rows = list(uploads.values("status", "error", "created_at", "started_at", "finished_at", "candidate_id"))
    return {"rows": rows, "waited": time.monotonic() - started}


def uploads_report(outcome: dict, workers: int) -> int:
    """How many uploads got parsed, how fast; returns how many failed or still wait."""
    rows = outcome["rows"]
    statuses = Counter(row["status"] for row in rows)
    done = [row for row in rows if row["status"] == "parsed"]
    unfinished = len(rows) - len(done)
    print(f"\nuploads: {len(rows)} resumes; {statuses['parsed']} parsed, {statuses['failed']} failed, "
          f"{statuses['queued'] + statuses['parsing']} still waiting after {outcome['waited']:.0f} s of draining; "
          f"{len({row['candidate_id'] for row in done})} candidates made or joined")
    if done:
        span = (max(r["finished_at"] for r in done) - min(r["created_at"] for r in rows)).total_seconds()
        waits = [(r["finished_at"] - r["created_at"]).total_seconds() for r in done]
        parses = [(r["finished_at"] - r["started_at"]).total_seconds() for r in done]
        print(f"parse rate: {len(done) / span:.2f} resumes/s with {workers} workers, inside a parse "
              f"{sum(parses) / (span * workers):.0%} of the time (first upload to last parse: {span:.0f} s)\n"
              f"upload to parsed: p50 {percentile(waits, 0.5):.1f} s, p95 {percentile(waits, 0.95):.1f} s, "
              f"max {max(waits):.1f} s; one parse: p50 {percentile(parses, 0.5):.2f} s, max {max(parses):.2f} s")
    for error in list(dict.fromkeys(row["error"] for row in rows if row["status"] == "failed"))[:3]:
        print(f"  failed: {error[:300]}")
    return unfinished


def logs_report(log_dir: Path) -> None:
    """Errors the server and the workers logged, with the first traceback of each log."""
    print()
    for log in sorted(log_dir.glob("*.log")):
        lines = log.read_text(errors="replace").splitlines()
        errors = [line for line in lines if re.search(r" (ERROR|CRITICAL)[ /:]|WORKER TIMEOUT|\] retry: ", line)]
        starts = [n for n, line in enumerate(lines) if line.startswith("Traceback (most recent call last)")]
        print(f"{log.name}: {len(errors)} error lines, {len(starts)} tracebacks ({log})")
        for line in errors[:3]:
            print(f"  {line[:300]}")
        if starts:
            first = starts[0]
            end = next((n for n in range(first + 1, len(lines)) if lines[n] and not lines[n].startswith(" ")), first)
            print("\n".join("  | " + line for line in lines[max(0, first - 1):end + 1][-60:]))


def interrupt(signum, frame) -> None:
    raise KeyboardInterrupt  # a SIGTERM to the bench stops its processes as Ctrl-C does (the `finally` in main)


def main() -> int:
    args = arguments()
    signal.signal(signal.SIGTERM, interrupt)
    env = bench_environment(args)
    templates, users, vocabulary = site_prepare(args, env)
    port = free_port()
    log_dir = Path(env["VAR_DIR"]) / "logs"
    processes = processes_start(args, env, port)
    try:
        processes_wait_ready(processes, port, log_dir)
        print(f"load: {args.users} recruiters for {args.duration:.0f} s"
              f"{f' (at most {args.iterations} actions each)' if args.iterations else ''} on gunicorn "
              f"({args.web_workers} workers x {args.web_threads} threads, port {port}) with {args.workers} "
              f"Celery workers; PostgreSQL {args.database}, Redis db {args.redis_db}, queue {args.queue}; "
              f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} before the run", flush=True)
        plan = Plan(args.candidates, vocabulary, templates, tuple(int(w) for w in args.mix.split(",")))
        stats, seconds = load_run(args, port, users, plan)
        failed = requests_report(stats, seconds)
        unfinished = uploads_report(uploads_outcome(users, args.drain), args.workers)
    finally:
        processes_stop(processes)
        logs_report(log_dir)
    if args.drop_db:
        postgres(f'DROP DATABASE "{args.database}" WITH (FORCE)')
    print(f"\ndatabase {args.database} {'dropped' if args.drop_db else 'kept for inspection'}; every process stopped")
    return 1 if failed else 2 if unfinished else 0


if __name__ == "__main__":
    sys.exit(main())
