"""CSV exports, streamed row by row so that a 100,000-row export never sits in memory."""

import csv
import re
from collections.abc import Iterable, Iterator

from django.db.models import QuerySet
from django.http import HttpRequest, StreamingHttpResponse

from .models import Candidate, Shortlist, ShortlistEntry

CANDIDATE_COLUMNS = [
    "id", "name", "emails", "phones", "highest_degree", "institution", "gpa", "gpa_scale", "gpa_4",
    "publications", "venues", "skills", "tags", "rating", "shortlists", "url",
]
SHORTLIST_COLUMNS = CANDIDATE_COLUMNS + ["stage", "stage_note"]
CHUNK = 1000
# A cell a spreadsheet would run as a formula; a phone number like +86138... is left alone.
FORMULA = re.compile(r"^[=@\t\r]|^[+-](?![\d\s().-]+$)")


class _Echo:
    def write(self, value: str) -> str:
        return value


def safe(value) -> str:
    text = "" if value is None else str(value)
    return "'" + text if FORMULA.match(text) else text


def joined(values: Iterable) -> str:
    return "; ".join(str(v) for v in values)


def candidate_row(request: HttpRequest, candidate: Candidate) -> list:
    return [
        candidate.pk,
        candidate.name,
        joined(candidate.emails),
        joined(candidate.phones),
        candidate.highest_degree or candidate.get_highest_degree_level_display(),
        candidate.highest_institution,
        _number(candidate.gpa),
        _number(candidate.gpa_scale),
        _number(candidate.gpa_4),
        candidate.publication_count,
        joined(candidate.top_venues(limit=None)),
        joined(skill.name for skill in candidate.skills.all()),
        joined(tag.name for tag in candidate.tags.all()),
        f"{candidate.avg_rating:.1f}" if candidate.avg_rating is not None else "",
        joined(candidate.shortlist_names()),
        request.build_absolute_uri(candidate.get_absolute_url()),
    ]


def _number(value) -> str:
    return "" if value is None else f"{value.normalize():f}"


def stream_csv(filename: str, header: list[str], rows: Iterator[list]) -> StreamingHttpResponse:
    writer = csv.writer(_Echo())
    lines = (writer.writerow([safe(v) for v in row]) for row in _with_header(header, rows))
    response = StreamingHttpResponse(lines, content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _with_header(header: list[str], rows: Iterator[list]) -> Iterator[list]:
    yield header
    yield from rows


def candidates_csv(request: HttpRequest, candidates: QuerySet, *, filename: str) -> StreamingHttpResponse:
    rows = (candidate_row(request, c) for c in candidates.iterator(chunk_size=CHUNK))
    return stream_csv(filename, CANDIDATE_COLUMNS, rows)


def shortlist_csv(request: HttpRequest, shortlist: Shortlist) -> StreamingHttpResponse:
    candidates = Candidate.objects.for_dashboard().filter(shortlist_entries__shortlist=shortlist)
    stages = dict(ShortlistEntry.objects.filter(shortlist=shortlist).values_list("candidate_id", "stage"))
    notes = dict(ShortlistEntry.objects.filter(shortlist=shortlist).values_list("candidate_id", "note"))
    rows = (
        candidate_row(request, c) + [stages.get(c.pk, ""), notes.get(c.pk, "")]
        for c in candidates.order_by("name", "pk").iterator(chunk_size=CHUNK)
    )
    slug = re.sub(r"[^\w-]+", "-", shortlist.name).strip("-").lower() or "shortlist"
    return stream_csv(f"shortlist-{slug}.csv", SHORTLIST_COLUMNS, rows)
