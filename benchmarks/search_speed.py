"""Search speed: a fixed set of dashboard requests over a large synthetic pool, timed through the real views.

    .venv/bin/python benchmarks/search_speed.py [--candidates 100000] [--keep] [--repeat 7]
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/test .venv/bin/python benchmarks/search_speed.py --keep

It works on its own database, never on real data nor on pytest's: `recruiting_bench` on the PostgreSQL server
of DATABASE_URL (the database DATABASE_URL names is not touched), or var/bench-pool.sqlite3 without it. The
database is made, migrated and filled by benchmarks/make_pool.py, and dropped at the end unless `--keep`. The
next run with `--keep` reuses a kept pool: migrated to the current code, filled up with only the candidates
missing (numbered on, so that it matches a pool filled at once), used whole if it holds more. A run without
`--keep` replaces a kept pool.

A signed-in recruiter (django.test.Client) asks for the plain list, each filter alone, common combinations,
free-text searches (a rare word, a word in most resumes, a quoted phrase, a name, a name without its
accent), every sort, deep pages, the htmx partial, a candidate page reached from a deep list page (its link,
with whatever search it carries), the charts page (/charts/) of the whole pool and of a few searches, the CSV
export of about 1,000 rows and that of the whole pool. Each request
runs once to warm up and count its SQL queries, then `--repeat` times timed (streamed content consumed). It
prints figures and asserts nothing; a status other than 200 is marked but the run goes on.
"""

from __future__ import annotations

import argparse
import csv
import html
import io
import math
import os
import re
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlencode

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")

import django  # noqa: E402

django.setup()

from recruiting.wsgi import warm_up  # noqa: E402

from django.conf import settings  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.db.models import Count  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

import machine  # noqa: E402
import make_pool  # noqa: E402
from candidates.filters import SORT_CHOICES  # noqa: E402
from candidates.models import Candidate, Shortlist, Skill, Tag  # noqa: E402

BENCH_DATABASE = "recruiting_bench"
CANDIDATE_LINK = re.compile(r'href="(/candidates/\d+/[^"]*)"')
EXPORT_ROWS = 1000


@dataclass
class Request:
    name: str
    url: str
    kind: str = "list"  # "list", "candidate" (a page reached from `url`'s first candidate link) or "export"
    headers: dict[str, str] = field(default_factory=dict)


@dataclass
class Measured:
    request: Request
    url: str  # what was fetched: for a candidate page, the link found on the list
    status: int = 0
    queries: int = 0
    size: int = 0
    seconds: list[float] = field(default_factory=list)
    rows: int | None = None  # the export's data rows
    error: str = ""

    def percentile(self, p: float) -> float:
        return nearest_rank(self.seconds, p)


def nearest_rank(values: list[float], p: float) -> float:
    if not values:
        return math.nan
    ordered = sorted(values)
    return ordered[max(0, math.ceil(p / 100 * len(ordered)) - 1)]


def url(path: str = "/", **params: str | int | list[str]) -> str:
    return f"{path}?{urlencode(params, doseq=True)}" if params else path


# ---- the database: its own, made by create_test_db so that it is migrated like pytest's


def database_prepared(keep: bool) -> str:
    """The benchmark's database, made or (kept) reused and migrated: its name."""
    test = connection.settings_dict.setdefault("TEST", {})
    if connection.vendor == "sqlite":
        test["NAME"] = str(Path(settings.VAR_DIR) / "bench-pool.sqlite3")
    else:
        test["NAME"] = BENCH_DATABASE
    # serialize=False: pytest's copy of the whole database for rollback emulation would read the entire pool
    return connection.creation.create_test_db(verbosity=0, autoclobber=True, serialize=False, keepdb=keep)


def pool_filled(wanted: int) -> float:
    started = time.perf_counter()
    have = Candidate.objects.count()
    if have < wanted:
        print(f"the pool holds {have:,} candidates: adding {wanted - have:,} (benchmarks/make_pool.py)", flush=True)
        make_pool.fill(wanted - have)
    spread = make_pool.stage_times_spread()  # a pool kept from before shortlist entries had a stage date
    if spread:
        print(f"gave {spread:,} shortlist entries a stage date (benchmarks/make_pool.py)", flush=True)
    return time.perf_counter() - started


# ---- what to ask: values taken from the pool where the pool decides them


@dataclass
class Picks:
    name: str
    tag: str
    shortlist: int
    export_skill: str
    export_skill_count: int


def picks_made() -> Picks:
    middle = Candidate.objects.order_by("pk").values_list("pk", flat=True)[Candidate.objects.count() // 2]
    names = Candidate.objects.filter(pk__gte=middle).order_by("pk").values_list("name", flat=True)[:500]
    name = next((n for n in names if re.fullmatch(r"[A-Za-z]+ [A-Za-z]+", n)), names[0])
    tag = Tag.objects.annotate(n=Count("candidates")).order_by("-n", "name").values_list("name", flat=True)[0]
    shortlist = Shortlist.objects.annotate(n=Count("entries")).order_by("-n", "pk").values_list("pk", flat=True)[0]
    counts = Skill.objects.annotate(n=Count("candidates")).values_list("name", "n")
    skill, count = min(counts, key=lambda item: (abs(item[1] - EXPORT_ROWS), item[0]))
    return Picks(name, tag, shortlist, skill, count)


def requests_planned(p: Picks) -> list[Request]:
    common, rare = make_pool.COMMON_WORD, make_pool.rare_word()
    plan = [
        Request("list", "/"),
        Request("q (a common word)", url(q=common)),
        Request("skill", url(skill="pytorch")),
        Request("skill, any of two", url(skill=["rust", "haskell"], skill_mode="any")),
        Request("venue", url(venue="CVPR")),
        Request("venue_tier", url(venue_tier="A*")),
        Request("pub_year_min", url(pub_year_min=2024)),
        Request("pub_year_max", url(pub_year_max=2014)),
        Request("first_author", url(first_author=1)),
        Request("pubs_min", url(pubs_min=10)),
        Request("pub_status", url(pub_status="any")),
        Request("pub_status with venue", url(pub_status="include_workshops", venue="CVPR")),
        Request("gpa_min", url(gpa_min="3.7")),
        Request("degree", url(degree="phd")),
        Request("institution", url(institution="Tsinghua")),
        Request("tag", url(tag=p.tag)),
        Request("shortlist", url(shortlist=p.shortlist)),
        Request("rating_min", url(rating_min=4)),
        Request("status", url(status="parsed")),
        Request("needs_review", url(needs_review=1)),
        Request("possible_duplicates", url(possible_duplicates=1)),
        Request("skill+venue+gpa", url(skill="pytorch", venue="CVPR", gpa_min="3.5")),
        Request("venue_tier+first_author+pubs_min", url(venue_tier="A*", first_author=1, pubs_min=2)),
        Request("degree+gpa+skill", url(degree="phd", gpa_min="3.6", skill="python")),
        Request("institution+skill", url(institution="Zürich", skill="pytorch")),
        Request("q (a rare word)", url(q=rare)),
        Request("q (a quoted phrase)", url(q=f'"{make_pool.PHRASE}"')),
        Request("q (a name)", url(q=p.name)),
        Request("q (accent left out)", url(q=make_pool.UNACCENTED)),
        Request("q (two words)+skill", url(q=f"{common} lidar", skill="python")),
    ]
    plan += [Request(f"sort {value}", url(sort=value)) for value, _ in SORT_CHOICES]
    plan += [
        Request("sort relevance, q common", url(q=common, sort="relevance")),
        Request("sort relevance, q phrase", url(q=f'"{make_pool.PHRASE}"', sort="relevance")),
        Request("page 40", url(page=40)),
        Request("page 399", url(page=399)),
        Request("page 399, sort -gpa", url(sort="-gpa", page=399)),
        Request("page 399, q common", url(q=common, page=399)),
        Request("htmx partial, skill+gpa", url(skill="pytorch", gpa_min="3.5"), headers={"HX-Request": "true"}),
        Request("htmx partial, q common page 2", url(q=common, page=2), headers={"HX-Request": "true"}),
        Request("candidate, from list page 40", url(page=40), kind="candidate"),
        Request("candidate, deep in q common", url(q=common, sort="-gpa", page=200), kind="candidate"),
        Request("candidate, deep in degree=phd", url(degree="phd", page=100), kind="candidate"),
        Request("charts", url("/charts/")),
        Request("charts skill", url("/charts/", skill="pytorch")),
        Request("charts venue+gpa_min", url("/charts/", venue="CVPR", gpa_min="3.5")),
        Request("charts skill+venue+gpa", url("/charts/", skill="pytorch", venue="CVPR", gpa_min="3.5")),
        Request("charts q common", url("/charts/", q=common)),
        Request(f"export.csv skill={p.export_skill}", url("/candidates/export.csv", skill=p.export_skill),
                kind="export"),
        Request("export.csv, the whole pool", url("/candidates/export.csv"), kind="export"),
    ]
    seen: set[tuple[str, str]] = set()
    return [r for r in plan if (r.url, r.kind) not in seen and not seen.add((r.url, r.kind))]


# ---- measuring


def fetched(client: Client, path: str, headers: dict[str, str]) -> tuple[int, bytes, str]:
    response = client.get(path, headers=headers)
    body = b"".join(response.streaming_content) if response.streaming else response.content
    exc_info = getattr(response, "exc_info", None)
    error = f"{exc_info[0].__name__}: {exc_info[1]}"[:160] if exc_info else ""
    return response.status_code, body, error


def candidate_link(client: Client, request: Request) -> tuple[str | None, str]:
    """The first candidate link of a list page, as the page wrote it (with the search it carries)."""
    status, body, error = fetched(client, request.url, request.headers)
    found = CANDIDATE_LINK.search(body.decode("utf-8", "replace"))
    if status != 200 or not found:
        return None, error or f"list page {request.url} gave HTTP {status} and no candidate link"
    return html.unescape(found.group(1)), ""


def measured(client: Client, request: Request, repeat: int) -> Measured:
    path, error = request.url, ""
    if request.kind == "candidate":
        path, error = candidate_link(client, request)
        if path is None:
            return Measured(request, request.url, error=error)
    result = Measured(request, path)
    with CaptureQueriesContext(connection) as queries:
        result.status, body, result.error = fetched(client, path, request.headers)
    result.queries, result.size = len(queries), len(body)
    if request.kind == "export" and result.status == 200:
        result.rows = max(0, sum(1 for _ in csv.reader(io.StringIO(body.decode("utf-8-sig")))) - 1)
    for _ in range(repeat):
        started = time.perf_counter()
        fetched(client, path, request.headers)
        result.seconds.append(time.perf_counter() - started)
    return result


# ---- printing


def row_printed(m: Measured) -> None:
    status = str(m.status) if m.status == 200 else f"!! {m.status or 'no request'} !!"
    p50, p95 = (f"{m.percentile(p) * 1000:8.0f}" if m.seconds else f"{'-':>8}" for p in (50, 95))
    print(f"{m.request.name[:38]:<38} {p50} {p95} {m.queries:7d} {m.size / 1024:8.0f} KiB  {status:<8} {m.url}",
          flush=True)
    if m.status != 200:
        print(f"{'':38} !! NOT 200: {m.error or 'see the log above'}", flush=True)


def summary_printed(results: list[Measured]) -> None:
    pages = [s for m in results if m.request.kind != "export" for s in m.seconds]
    failed = [m.request.name for m in results if m.status != 200]
    print(f"\nall list and candidate requests ({len(pages)} timed runs): p50 {nearest_rank(pages, 50) * 1000:.0f} ms, "
          f"p95 {nearest_rank(pages, 95) * 1000:.0f} ms")
    for m in (m for m in results if m.request.kind == "export" and m.rows is not None and m.seconds):
        seconds = m.percentile(50)
        print(f"CSV export: {m.rows:,} rows in {seconds * 1000:.0f} ms (p50): {m.rows / seconds:,.0f} rows/s, "
              f"{m.size / 1024:.0f} KiB")
    if failed:
        print(f"!! {len(failed)} request(s) did not answer 200: {', '.join(failed)}")


def vendor() -> str:
    if connection.vendor == "postgresql":
        return f"PostgreSQL {connection.pg_version // 10000}.{connection.pg_version % 10000}"
    if connection.vendor == "sqlite":
        import sqlite3

        return f"SQLite {sqlite3.sqlite_version}"
    return connection.vendor


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--candidates", type=int, default=100_000, help="pool size (default 100000)")
    parser.add_argument("--keep", action="store_true", help="keep the pool for the next run, and reuse a kept one")
    parser.add_argument("--repeat", type=int, default=7, help="timed runs per request after one warm-up (7)")
    args = parser.parse_args()

    # As in production: no query log outside the counted warm-up, and no setup_test_environment(), whose copies
    # of every template context for the test client would weigh on the garbage collector.
    settings.DEBUG = False
    settings.ALLOWED_HOSTS = [*settings.ALLOWED_HOSTS, "testserver"]
    configured = connection.settings_dict["NAME"]
    name = database_prepared(args.keep)
    try:
        fill_seconds = pool_filled(args.candidates)
        total = Candidate.objects.count()
        print(f"\ndatabase: {vendor()} ({name}); N = {total:,} candidates (pool ready in {fill_seconds:.1f} s); "
              f"{args.repeat} timed runs per request after a warm-up\n")
        print(machine.described() + "\n")
        picks = picks_made()
        print(f"picked from the pool: name {picks.name!r}, tag {picks.tag!r}, shortlist #{picks.shortlist}, "
              f"export skill {picks.export_skill!r} ({picks.export_skill_count:,} candidates)\n")
        user, _ = get_user_model().objects.get_or_create(username="bench-recruiter")
        client = Client(raise_request_exception=False)
        client.force_login(user)
        print(f"{'request':<38} {'p50 ms':>8} {'p95 ms':>8} {'queries':>7} {'size':>12}  {'status':<8} url")
        results = []
        planned = requests_planned(picks)
        make_pool.caches_cleared()
        warm_up()  # what recruiting/wsgi.py does in each gunicorn worker: vocabularies built, startup objects frozen
        for request in planned:
            results.append(measured(client, request, args.repeat))
            row_printed(results[-1])
        summary_printed(results)
    finally:
        connection.creation.destroy_test_db(configured, verbosity=0, keepdb=args.keep)
    if args.keep:
        print(f"\nthe pool is kept in {name}: the same command with --keep reuses it")


if __name__ == "__main__":
    main()
