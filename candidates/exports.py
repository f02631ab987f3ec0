"""CSV exports, streamed in chunks so that a 100,000-row export never sits in memory (its ids do: 100,000 integers).

Rows are read as tuples, a chunk at a time, with one query per chunk for each list column
(skills, tags, venues, shortlists): building model instances for 100,000 rows is what made a
prefetch-based export slow.
"""

import csv
import io
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator
from itertools import islice

from django.contrib.postgres.aggregates import ArrayAgg, StringAgg
from django.db import connection
from django.db.models import Func, QuerySet, TextField
from django.http import HttpRequest, StreamingHttpResponse
from django.utils.http import content_disposition_header
from django.urls import reverse

from .models import PEER_REVIEWED, Candidate, DegreeLevel, DuplicatePair, Publication, Shortlist, ShortlistEntry
from .search import among

CANDIDATE_COLUMNS = [
    "id", "name", "emails", "phones", "highest_degree", "institution", "gpa", "gpa_scale", "gpa_4",
    "publications", "venues", "skills", "tags", "rating", "shortlists", "needs_review", "possible_duplicates", "url",
]
SHORTLIST_COLUMNS = CANDIDATE_COLUMNS + ["stage", "stage_note"]
SCALARS = [
    "pk", "name", "emails", "phones", "highest_degree", "highest_degree_level", "highest_institution",
    "gpa", "gpa_scale", "gpa_4", "publication_count", "avg_rating", "needs_review",
]
CHUNK = 5000
DEGREE_LABELS = dict(DegreeLevel.choices)
# A cell a spreadsheet would run as a formula (OWASP's list, '+1-1' and '-2+3' included): a leading apostrophe
# makes it text, which the spreadsheet shows without the apostrophe.
FORMULA = tuple("=+-@\t\r")
TEXT_COLUMNS = {"phones"}  # always text: '+8613800001111' or '0612345678' would become numbers
# Cells written here from numbers, flags and choices, never from what a person or a parse wrote: no formula check.
OURS = {"id", "gpa", "gpa_scale", "gpa_4", "publications", "rating", "needs_review", "url", "stage"}
LINES = 1000  # rows a streamed piece holds: one piece a row made the export's Python twice as slow
BOM = "\ufeff"  # Excel reads the file as UTF-8 only with it: Chinese and accented names garble without


def safe(value, text: bool = False) -> str:
    """A cell as a spreadsheet will show it, never as a formula it would run; `text` keeps digits as they are."""
    value = "" if value is None else str(value)
    return "'" + value if value.startswith(FORMULA) or (text and value) else value


SEPARATOR = "; "


def joined(values: Iterable) -> str:
    return SEPARATOR.join(str(v) for v in values)


def _number(value) -> str:
    return "" if value is None else f"{value.normalize():f}"


def _chunks(rows: Iterator, size: int) -> Iterator[list]:
    while chunk := list(islice(rows, size)):
        yield chunk


def _grouped(pairs: Iterable[tuple[int, str]]) -> dict[int, list[str]]:
    groups = defaultdict(list)
    for candidate_id, value in pairs:
        groups[candidate_id].append(value)
    return groups


def _lists_for(ids: list[int]) -> dict[str, dict[int, str]]:
    """The list columns of these candidates, as cells, one query each."""
    venues = _names(Publication.objects.filter(PEER_REVIEWED, **among("candidate_id", ids)).exclude(venue=""),
                    "venue", ordering="position", cells=False)
    return {
        "skills": _names(Candidate.skills.through.objects.filter(**among("candidate_id", ids)), "skill__name"),
        "tags": _names(Candidate.tags.through.objects.filter(**among("candidate_id", ids)), "tag__name"),
        "shortlists": _names(ShortlistEntry.objects.filter(**among("candidate_id", ids)), "shortlist__name"),
        # Most frequent first, as on the list page.
        "venues": {pk: joined(v for v, _ in Counter(names).most_common()) for pk, names in venues.items()},
        "possible_duplicates": {pk: joined(names) for pk, names in _possible_duplicates(ids).items()},
    }


def _names(rows: QuerySet, name: str, ordering: str = "", cells: bool = True) -> dict:
    """Each candidate's names (skills, tags, shortlists, venues) in order, joined into a cell or (`cells` false) as a
    list. On PostgreSQL one string or array per candidate, which spares fetching and grouping a row per name (15
    skills a candidate: 1.5 million rows for the whole pool). Never in the model's default order, which for papers
    joins the candidate table to sort."""
    ordering = ordering or name
    if connection.vendor == "postgresql":
        together = StringAgg(name, SEPARATOR, order_by=ordering) if cells else ArrayAgg(name, order_by=ordering)
        return dict(rows.order_by().values("candidate_id").annotate(names=together).values_list("candidate_id", "names"))
    grouped = _grouped(rows.order_by("candidate_id", ordering).values_list("candidate_id", name))
    return {pk: joined(names) for pk, names in grouped.items()} if cells else grouped


def _possible_duplicates(ids: list[int]) -> dict[int, list[str]]:
    """For each candidate, the other records flagged as probably the same person: 'Name (#id)'."""
    flagged = DuplicatePair.objects.filter(status=DuplicatePair.Status.POSSIBLE).order_by("pk")
    pairs = [*flagged.filter(**among("first_id", ids)).values_list("first_id", "second_id", "second__name"),
             *flagged.filter(**among("second_id", ids)).values_list("second_id", "first_id", "first__name")]
    return _grouped((pk, f"{name or 'Candidate'} (#{other})") for pk, other, name in pairs)


class _JoinedList(Func):
    """A JSON list of strings as one cell, joined by PostgreSQL: decoding 200,000 JSON lists took a tenth of an
    export of the whole pool."""

    template = "array_to_string(ARRAY(SELECT jsonb_array_elements_text(%(expressions)s)), '; ')"
    output_field = TextField()


def _scalars(ids: list[int]) -> QuerySet:
    """The one-value columns of these candidates as tuples (SCALARS), e-mails and phones as cells on PostgreSQL."""
    rows = Candidate.objects.filter(**among("pk", ids))
    if connection.vendor != "postgresql":
        return rows.values_list(*SCALARS)
    rows = rows.annotate(emails_cell=_JoinedList("emails"), phones_cell=_JoinedList("phones"))
    return rows.values_list(*(f"{name}_cell" if name in ("emails", "phones") else name for name in SCALARS))


def _cell(value: str | list) -> str:
    return value if isinstance(value, str) else joined(value)


def candidate_rows(request: HttpRequest, candidates: QuerySet) -> Iterator[list]:
    url = request.build_absolute_uri(reverse("candidates:detail", args=[0])).replace("/0/", "/{}/")
    # the ids first, in one plain query that the planner plans for all rows (a server-side cursor is planned for
    # the first few, which for a selective filter meant probing every candidate in list order), then by chunks
    ids = list(candidates.values_list("pk", flat=True))
    for chunk_ids in _chunks(iter(ids), CHUNK):
        scalars = {row[0]: row for row in _scalars(chunk_ids)}
        chunk = [scalars[pk] for pk in chunk_ids if pk in scalars]
        lists = _lists_for(chunk_ids)
        for pk, name, emails, phones, degree, level, institution, gpa, scale, gpa_4, pubs, rating, review in chunk:
            yield [
                pk, name, _cell(emails), _cell(phones), degree or DEGREE_LABELS.get(level, ""), institution,
                _number(gpa), _number(scale), _number(gpa_4), pubs,
                lists["venues"].get(pk, ""), lists["skills"].get(pk, ""),
                lists["tags"].get(pk, ""), f"{rating:.1f}" if rating is not None else "",
                lists["shortlists"].get(pk, ""), "yes" if review else "no",
                lists["possible_duplicates"].get(pk, ""), url.format(pk),
            ]


def stream_csv(filename: str, header: list[str], rows: Iterator[list]) -> StreamingHttpResponse:
    """A CSV that opens right in Excel: UTF-8 with a byte-order mark, formulas neutralised, phone numbers as text,
    and a download name that survives any language (RFC 6266 filename*)."""
    response = StreamingHttpResponse(_pieces(header, rows), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = content_disposition_header(as_attachment=True, filename=filename)
    return response


def _pieces(header: list[str], rows: Iterator[list]) -> Iterator[str]:
    """The file, LINES rows a piece; every cell that holds someone's text made safe (`safe`)."""
    checked = [(index, name in TEXT_COLUMNS) for index, name in enumerate(header) if name not in OURS]
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    buffer.write(BOM)
    writer.writerow(header)
    for chunk in _chunks(rows, LINES):
        for row in chunk:
            for index, text in checked:
                row[index] = safe(row[index], text)
        writer.writerows(chunk)
        yield buffer.getvalue()
        buffer.seek(0)
        buffer.truncate()
    if buffer.tell():  # no rows: the header alone
        yield buffer.getvalue()


def candidates_csv(request: HttpRequest, candidates: QuerySet, *, filename: str) -> StreamingHttpResponse:
    return stream_csv(filename, CANDIDATE_COLUMNS, candidate_rows(request, candidates))


def shortlist_csv(request: HttpRequest, shortlist: Shortlist) -> StreamingHttpResponse:
    candidates = Candidate.objects.filter(shortlist_entries__shortlist=shortlist).order_by("name", "pk")
    entries = {e.candidate_id: e for e in ShortlistEntry.objects.filter(shortlist=shortlist).only(
        "candidate_id", "stage", "note")}
    rows = (row + [entries[row[0]].stage, entries[row[0]].note] for row in candidate_rows(request, candidates))
    slug = re.sub(r"[^\w-]+", "-", shortlist.name).strip("-").lower() or "shortlist"
    return stream_csv(f"shortlist-{slug}.csv", SHORTLIST_COLUMNS, rows)
