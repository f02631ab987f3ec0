"""Reading order: pdfminer's line fragments grouped into visual rows, columns read one after the other.

A row keeps its fragments as segments (a title on the left, its dates on the right), so extractors can
tell the parts of an entry header apart. A sidebar next to the main column is read as its own column.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from functools import cached_property
from statistics import median

from .dates import PRESENT_WORDS  # dates reads text only: no import back
from .pdf import PdfPage, Run, TextLine

BULLET_CHARS = "•◦▪▫■□●○◆◇►▸‣⁃∙·*-–—➢➤✓✔→⋆★☆✦\uf0b7\uf0a7\uf0d8\uf076\uf0fc\uf0a8\uf0e0\uf06e\uf0a1"
BULLET_RE = re.compile(
    rf"^\s*([{re.escape(BULLET_CHARS)}]|\(?\d{{1,3}}[.)]|\[\d{{1,3}}\]|\(cid:\d+\))\s+|^\s*([•◦▪‣►▸➢➤]|\(cid:\d+\))(?=[^\W\d_])"
)  # the second form: a bullet glyph set tight against its text ('•Researching …'), as some exporters do
MARKER_ONLY_RE = re.compile(rf"^\s*([{re.escape(BULLET_CHARS)}]|\(?\d{{1,3}}[.)]|\[\d{{1,3}}\])\s*$")
MARKER_STARTS = frozenset(BULLET_CHARS + "0123456789([")  # the first character of any marker, '(cid:123)' included
# a row of icon-font glyphs alone (unmapped '(cid:0)' codes, private-use code points): decoration, no text
ICON_ONLY_RE = re.compile(r"(?:\(cid:\d+\)|[\ue000-\uf8ff\s])+")
# one punctuation glyph standing alone beside text: an icon font mapped to ']' or '§' (dashes and slashes may
# be a date range's, and stay)
GLYPH_RE = re.compile(r"\s*[^\w\s\-–—/~:,.'’\"“”()%+&]\s*")
DATEISH_RE = re.compile(
    r"\b(19|20)\d{2}\b|\bpresent\b|\bnow\b|至今", re.IGNORECASE
)


@dataclass(frozen=True)
class Segment:
    text: str
    x0: float
    x1: float
    size: float
    bold: bool
    font: str
    color: str
    runs: tuple[Run, ...]


@dataclass(frozen=True)
class Row:
    page: int
    column: int
    top: float
    bottom: float
    segments: tuple[Segment, ...]
    marker: str = ""  # the bullet or number that started the row, if any
    page_width: float = 612.0
    col_left: float = 0.0  # the text column's edges on this page, to tell a wrapped line from a short one
    col_right: float = 612.0

    @cached_property
    def text(self) -> str:
        return "\t".join(s.text for s in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1].x1

    @cached_property
    def size(self) -> float:
        return max(s.size for s in self.segments)

    @property
    def bold(self) -> bool:
        return all(s.bold for s in self.segments)

    @property
    def style(self) -> tuple:
        first = self.segments[0]
        return (first.font, round(first.size))


def read_rows(pages: list[PdfPage]) -> list[Row]:
    """All rows of the document in reading order, page furniture (running headers, page numbers) removed."""
    rows: list[Row] = []
    for page in pages:
        rows.extend(row for row in _page_rows(page) if not ICON_ONLY_RE.fullmatch(row.text))
    return _drop_page_furniture(rows, pages)


def _page_rows(page: PdfPage) -> list[Row]:
    lines = [ln for ln in page.lines if ln.text.strip()]
    if not lines:
        return []
    split = _find_gutter(lines, page.width, page.height)
    if split is None:
        return _rows_of(lines, page, 0)
    gutter, header_bottom = split
    header = [ln for ln in lines if ln.top < header_bottom]
    body = [ln for ln in lines if ln.top >= header_bottom]
    left = [ln for ln in body if ln.x1 <= gutter + 1]
    right = [ln for ln in body if ln.x1 > gutter + 1]
    margin = _margin_headings(left)
    if margin is not None:
        return _with_margin_headings(_rows_of(header + right, page, 0), margin, page)
    return _rows_of(header, page, 0) + _rows_of(left, page, 1) + _rows_of(right, page, 2)


def _margin_headings(lines: list[TextLine]) -> list[TextLine] | None:
    """A left column that holds nothing but section names (academic CV classes set them in the margin, some
    over two lines: 'Professional' / 'Experience'): the names joined, one per heading, or None for a sidebar."""
    if not lines:
        return None
    lines = sorted(lines, key=lambda ln: ln.top)
    groups: list[list[TextLine]] = [[lines[0]]]
    for line in lines[1:]:
        last = groups[-1][-1]
        if line.top - last.bottom < 0.6 * (last.bottom - last.top) and abs(line.size - last.size) < 0.5:
            groups[-1].append(line)
        else:
            groups.append([line])
    joined = [_joined_line(group) for group in groups]
    if any(len(ln.text.split()) > 5 or re.search(r"\d|@", ln.text) for ln in joined):
        return None
    from .sections import heading_kind  # sections builds on the rows made in this module

    named = sum(1 for ln in joined if heading_kind(ln.text))
    return joined if len(joined) >= 2 and named >= 0.6 * len(joined) else None


def _joined_line(group: list[TextLine]) -> TextLine:
    first = group[0]
    if len(group) == 1:
        return first
    return replace(
        first,
        text=" ".join(ln.text.strip() for ln in group),
        x1=max(ln.x1 for ln in group),
        bottom=group[-1].bottom,
        runs=tuple(run for ln in group for run in ln.runs),
    )


def _with_margin_headings(rows: list[Row], headings: list[TextLine], page: PdfPage) -> list[Row]:
    """Each margin heading becomes a row of its own, just before the first text row at or below its top."""
    out = list(rows)
    for heading in sorted(headings, key=lambda ln: ln.top, reverse=True):
        row = _make_row([heading], page, 0)
        if row is None:
            continue
        index = next((i for i, r in enumerate(out) if r.bottom > heading.top + 1), len(out))
        out.insert(index, replace(row, top=heading.top - 0.01, col_left=rows[0].col_left if rows else row.x0,
                                  col_right=rows[0].col_right if rows else row.x1))
    return out


def _find_gutter(lines: list[TextLine], width: float, height: float) -> tuple[float, float] | None:
    """A vertical band no body line crosses, with text on both sides: a sidebar layout.

    Lines crossing the band are allowed only in a header at the top of the page. A narrow column of dates
    or labels next to the text is not a sidebar: those rows are read across.
    """
    best: tuple[float, float, float] | None = None
    limit = 0.3 * height
    spans = [(ln.x0, ln.x1, ln.top, ln.bottom) for ln in lines]
    for x in _candidate_xs(width, lines):
        lo, hi = x - 1, x + 1
        header_bottom = 0.0
        for x0, x1, _top, bottom in spans:
            if x0 < lo and hi < x1 and bottom > header_bottom:
                header_bottom = bottom
        if header_bottom > limit:
            continue
        n_left = n_right = 0
        for _x0, x1, top, _bottom in spans:
            if top >= header_bottom:
                if x1 <= hi:
                    n_left += 1
                else:
                    n_right += 1
        score = min(n_left, n_right)
        if score < 3 or (best is not None and score <= best[2]):
            continue
        left = [ln for ln in lines if ln.top >= header_bottom and ln.x1 <= hi]
        right = [ln for ln in lines if ln.top >= header_bottom and ln.x1 > hi]
        if score < 6 and not _contact_column(left if n_left < n_right else right):
            continue  # a few lines beside the text are a sidebar only when they are the contact details
        if _is_label_column(left) or _is_label_column(right) or _row_aligned(left, right) \
                or _headings_only_left(left, right) or _cuts_off_dates(left, right):
            continue
        best = (x, header_bottom, score)
    return None if best is None else (best[0], best[1])


def _contact_column(lines: list[TextLine]) -> bool:
    """A short column of contact details (phone, e-mail, profile) beside the text, as moderncv's styles set it."""
    from .contact import contact_shaped  # contact reads the rows made in this module

    lines = [ln for ln in lines if not ICON_ONLY_RE.fullmatch(ln.text)]
    return sum(1 for ln in lines if contact_shaped(ln.text)) >= max(2, 0.5 * len(lines))


def _row_aligned(left: list[TextLine], right: list[TextLine]) -> bool:
    """Two sides whose lines pair up on shared baselines are the cells of one table or tab-stop layout
    (labels or dates beside their text), read across; a sidebar's lines keep their own rhythm."""
    small, big = (left, right) if len(left) <= len(right) else (right, left)
    if _contact_column(small):
        return False  # contact details beside the text are a sidebar, whichever line they share a baseline with
    if _section_headings(small) >= 2 and _flush_left(small):
        return False  # a flush-left column with section headings of its own is a sidebar, whatever its rhythm;
        # labels and dates beside the text are set flush right, or have no headings
    tops = sorted(ln.top for ln in big)
    paired = 0
    for ln in small:
        i = bisect.bisect_left(tops, ln.top - 1.5)
        if i < len(tops) and tops[i] <= ln.top + 1.5:
            paired += 1
    return paired >= 0.6 * len(small)


def _cuts_off_dates(left: list[TextLine], right: list[TextLine]) -> bool:
    """Most dates that open the right side's rows share a baseline with a line on the left: the band runs between
    entries and their flush-right dates (a main column beside a sidebar further right), not between two columns."""
    dates = [ln for ln in right if len(ln.text.split()) <= 6 and DATEISH_RE.search(ln.text)
             and not any(o.x0 < ln.x0 and o.top < ln.bottom and ln.top < o.bottom for o in right)]  # first on its row
    others = [ln.x0 for ln in right if ln not in dates]
    if others:  # a sidebar's own dates start where its lines start; the entries' dates stand apart, left of them
        edge = max(others, key=lambda x: sum(1 for o in others if abs(o - x) <= 3))
        dates = [ln for ln in dates if ln.x0 < edge - 5]
    edges = sorted(edge for ln in left for edge in (ln.top, ln.bottom))
    paired = 0
    for ln in dates:
        for edge in (ln.top, ln.bottom):
            i = bisect.bisect_left(edges, edge - 1.5)
            if i < len(edges) and edges[i] <= edge + 1.5:
                paired += 1
                break
    return paired >= 3 and paired >= 0.6 * len(dates)


def _headings_only_left(left: list[TextLine], right: list[TextLine]) -> bool:
    """Every section heading in the left column, none in the right: the left is a margin of headings, dates and
    labels for the text beside it (a Word table, a theme's margin), read across; a sidebar holds sections of
    its own beside a main column with its own. A margin of headings alone is read by _with_margin_headings."""
    return _section_headings(left) >= 2 and _section_headings(right) == 0 and _margin_headings(left) is None


def _flush_left(lines: list[TextLine]) -> bool:
    """Most lines start at one x and end where they end: ragged right, as a column of text is set."""
    def share(values: list[float], near: float) -> float:
        best = max(sum(1 for w in values if abs(w - v) <= near) for v in values)
        return best / len(values)

    # within a few points: a tag chip's padding ('Python' in a rounded box) moves its text in a little
    return share([ln.x0 for ln in lines], 3.5) >= 0.7 and share([ln.x1 for ln in lines], 2) < 0.5


def _section_headings(lines: list[TextLine]) -> int:
    # imported here: sections builds on the rows made in this module
    from .sections import is_heading_phrase

    return sum(1 for ln in lines if len(ln.text) <= 40 and is_heading_phrase(ln.text))


def _candidate_xs(width: float, lines: list[TextLine]):
    """A grid across the middle of the page, and just left of where lines start (a narrow gutter between a
    sidebar and the text can fall between grid steps)."""
    step = width / 60
    xs = set()
    x = width * 0.2
    while x < width * 0.8:
        xs.add(round(x, 1))
        x += step
    xs.update(round(ln.x0 - 1.5) for ln in lines if width * 0.2 < ln.x0 < width * 0.8)
    return sorted(xs)


def _is_label_column(lines: list[TextLine]) -> bool:
    """Mostly short date- or place-like fragments: the right-aligned dates of a one-column layout."""
    short = [ln for ln in lines if len(ln.text.split()) <= 6]
    dated = [ln for ln in short if DATEISH_RE.search(ln.text)]
    return len(short) >= 0.8 * len(lines) and len(dated) >= 0.4 * len(lines)


def _rows_of(lines: list[TextLine], page: PdfPage, column: int) -> list[Row]:
    groups: list[list[TextLine]] = []
    top = bottom = 0.0
    heights: list[float] = []
    for line in sorted(lines, key=lambda ln: (ln.top, ln.x0)):
        height = line.bottom - line.top
        if groups and _same_row(top, bottom, heights, line):
            groups[-1].append(line)
            top, bottom = min(top, line.top), max(bottom, line.bottom)
            heights.append(height)
        else:
            groups.append([line])
            top, bottom, heights = line.top, line.bottom, [height]
    rows = [_make_row(group, page, column) for group in groups]
    rows = _headings_first(_join_table_wraps(_join_split_ranges(_join_wrapped_cells([r for r in rows if r is not None]))))
    if not rows:
        return rows
    left, right = min(ln.x0 for ln in lines), max(ln.x1 for ln in lines)
    return [Row(r.page, r.column, r.top, r.bottom, r.segments, r.marker, r.page_width, left, right) for r in rows]


def _headings_first(rows: list[Row]) -> list[Row]:
    """A heading in a left margin set a little lower than the first line beside it (smaller type on another
    baseline) goes before that line, not after it."""
    from .sections import is_heading_phrase  # sections builds on the rows made in this module

    for i in range(1, len(rows)):
        row, before = rows[i], rows[i - 1]
        if before.bottom > row.top + 0.5 and before.x0 > row.x1 and len(row.segments) == 1 \
                and is_heading_phrase(row.text):
            rows[i - 1], rows[i] = row, before
    return rows


def _same_row(top: float, bottom: float, heights: list[float], line: TextLine) -> bool:
    """The line overlaps the row so far by half a line height (the group's top, bottom and line heights)."""
    overlap = min(bottom, line.bottom) - max(top, line.top)
    if overlap <= 0:
        return False
    typical = heights[0] if len(heights) == 1 else median(heights)
    return overlap >= 0.5 * min(line.bottom - line.top, typical)


def ungrid(rows: list[Row]) -> list[Row]:
    """Entries set as cards side by side ('University of Tokyo' | 'Nanyang Technological University', then each
    one's dates, then each one's degree): a run of rows whose cells line up, each column holding an entry's
    dates and its words, is read column by column."""
    from .dates import only_dates  # dates reads text, not rows; imported where used to keep this module light

    out: list[Row] = []
    i = 0
    while i < len(rows):
        row = rows[i]
        k = len(row.segments)
        j = i
        if k >= 2:
            xs = [seg.x0 for seg in row.segments]
            while j + 1 < len(rows) and len(rows[j + 1].segments) == k and rows[j + 1].page == row.page and all(
                    abs(seg.x0 - x) < 4 for seg, x in zip(rows[j + 1].segments, xs)):
                j += 1
        run = rows[i:j + 1]
        if len(run) >= 2 and all(
                any(only_dates(r.segments[c].text) for r in run)
                and any(len(r.segments[c].text.split()) >= 2 and not only_dates(r.segments[c].text) for r in run)
                for c in range(k)):
            for c in range(k):  # each card moved under the first, so its lines keep their indents
                shift = xs[c] - xs[0]
                out.extend(replace(r, segments=(replace(r.segments[c], x0=r.segments[c].x0 - shift,
                                                        x1=r.segments[c].x1 - shift),)) for r in run)
        else:
            out.extend(run)
        i = j + 1
    return out


def runs_on_by_a_word(previous: Row, row: Row) -> bool:
    """A long entry line that ran on by a word or two ('…, Department of Mechanical and' / 'Aerospace
    Engineering'; '…, Nanyang Technological' / 'University'): set flush under it, alike, right below it,
    and the line above reached the column's right edge."""
    if len(previous.segments) != 1 or len(row.segments) != 1 or row.marker or abs(row.x0 - previous.x0) >= 2:
        return False
    text, above = row.text.strip(), previous.text.rstrip()
    if len(text.split()) > 2 or not text[:1].isupper() or text.endswith(".") or above[-1:] in ",.;":
        return False
    return (_same_type(previous.segments[-1], row.segments[0])
            and row.top - previous.bottom < 0.6 * (previous.bottom - previous.top)
            and previous.x1 > previous.col_right - 0.15 * (previous.col_right - previous.col_left))


def _same_type(last: Segment, first: Segment) -> bool:
    """Where the line above ended and the next begins are set alike (a header may open in bold and end plain)."""
    end_bold = next((run.bold for run in reversed(last.runs) if run.text.strip()), last.bold)
    start_bold = next((run.bold for run in first.runs if run.text.strip()), first.bold)
    return abs(last.size - first.size) < 0.5 and end_bold == start_bold


def hyphen_continues(previous: Row, row: Row) -> bool:
    """'…, KTH Royal Institute of Technol-' / 'ogy': a word TeX hyphenated at the line end goes on in lower case
    on the next line, wherever that line starts."""
    return _hyphenated(previous) is not None and len(row.segments) == 1 and not row.marker \
        and row.page == previous.page and row.text[:1].islower() \
        and 0 <= row.top - previous.bottom < 0.8 * (previous.bottom - previous.top)


HYPHEN_END_RE = re.compile(r"[^\W\d_]{2}-$")


def _hyphenated(row: Row) -> int | None:
    """The index of the segment ending in a hyphenated word: the last, or the last before a dates cell."""
    from .dates import only_dates  # dates reads text, not rows

    for index in range(len(row.segments) - 1, -1, -1):
        text = row.segments[index].text.rstrip()
        if HYPHEN_END_RE.search(text):
            return index
        if not only_dates(text):
            return None
    return None


def merge_rows(previous: Row, row: Row) -> Row:
    """The row's text appended to the last segment of the row above (a hyphenated word closed up, also before a
    dates cell)."""
    index = _hyphenated(previous) if row.text[:1].islower() else None
    if index is not None:
        seg = previous.segments[index]
        joined = replace(seg, text=f"{seg.text.rstrip()[:-1]}{row.segments[0].text}")
        return replace(previous, segments=previous.segments[:index] + (joined,) + previous.segments[index + 1:],
                       bottom=row.bottom)
    last = previous.segments[-1]
    joined = replace(last, text=f"{last.text} {row.segments[0].text}", x1=max(last.x1, row.x1))
    return replace(previous, segments=previous.segments[:-1] + (joined,), bottom=row.bottom)


def _make_row(group: list[TextLine], page: PdfPage, column: int) -> Row | None:
    group.sort(key=lambda ln: ln.x0)
    marker = ""
    while group and MARKER_ONLY_RE.match(group[0].text) and len(group) > 1:
        marker = marker or group[0].text.strip()
        group = group[1:]
    segments = [_segment(ln) for ln in group]
    if not marker and segments[0].text[:1] in MARKER_STARTS:
        match = BULLET_RE.match(segments[0].text)
        if match and _is_marker(match.group(1) or match.group(2), segments[0].text):
            marker = match.group(1) or match.group(2)
            segments[0] = _replace_text(segments[0], segments[0].text[match.end():])
    segments = _dash_to_date(segments)
    segments = [s for s in segments if s.text and not (
        len(segments) > 1 and (MARKER_ONLY_RE.match(s.text) or ICON_ONLY_RE.fullmatch(s.text) or GLYPH_RE.fullmatch(s.text)))]
    if not segments:
        return None
    top = min(ln.top for ln in group)
    bottom = max(ln.bottom for ln in group)
    return Row(page.number, column, top, bottom, tuple(segments), marker, page.width)


def _dash_to_date(segments: list[Segment]) -> list[Segment]:
    """'2015.09' and a dash or 'to' set apart after it (its end date on the line below): one cell, '2015.09 –'."""
    out: list[Segment] = []
    for seg in segments:
        if out and RANGE_JOINER_RE.fullmatch(seg.text.strip()) and ENDS_WITH_DATE_RE.search(out[-1].text.rstrip()) \
                and seg.x0 - out[-1].x1 < 5 * seg.size:  # a dash set at the date column's right edge
            out[-1] = replace(out[-1], text=f"{out[-1].text.rstrip()} {seg.text.strip()}", x1=seg.x1)
        else:
            out.append(seg)
    return out


ONGOING_RE = re.compile(PRESENT_WORDS, re.IGNORECASE)  # 'Present' in the languages the date reader knows
TO_WORDS = r"to|till|until|bis|au|à|al|hasta|a|até"  # the words between a range's two dates
RANGE_JOINER_RE = re.compile(rf"[-‒–—−]|{TO_WORDS}", re.IGNORECASE)
ENDS_WITH_DATE_RE = re.compile(r"(?:^|\s)(?:\d{1,2}[./])?(?:19|20)\d{2}(?:[./-]\d{1,2})?$")
TO = rf"(?:[-‒–—−]|\s(?:{TO_WORDS}))"  # what joins a range's two dates
DANGLING_RANGE_RE = re.compile(
    r"\b(?:19|20)\d{2}\s*[-‒–—−]$|^\D*\d{1,2}[./]\d{4}\s*[-‒–—−]$|\b(?:19|20)\d{2}[./-]\d{1,2}\s*[-‒–—−]$|"
    rf"\b(?:19|20)\d{{2}}\s*{TO}\s*[^\W\d_]{{3,}}\.?-?$|"  # 'September 2019 - Juni' / '2023', '… - Novem-' / 'ber 2023'
    rf"\b(?:19|20)\d{{2}}(?:[./-]\d{{1,2}})?\s+(?:{TO_WORDS})$"  # '2017.05 to' / '2019.07'
)
MONTH_LEFT_OPEN_RE = re.compile(rf"{TO}\s*[^\W\d_]{{3,}}\.?$")  # '… – November', '… to July': the year is below
DANGLING_WORD_RE = re.compile(r"\s(?:of|and|for|at|in|the|&|St\.|Sta\.|Ste\.)$")
MONTH_DATE_RE = re.compile(
    r"^(?:19|20)\d{2}[./-]\d{1,2}$|^\d{1,2}[./](?:19|20)\d{2}$|"
    r"^(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+(?:19|20)\d{2}$",
    re.IGNORECASE,
)
HYPHENATED_RE = re.compile(r"[^\W\d_]{2}-$")
LONE_DATE_RE = re.compile(
    r"^(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2}[./])?(?:19|20)\d{2}$|^(?:19|20)\d{2}[./-]\d{1,2}$|^(?:present|now|current)$", re.I
)


def _join_wrapped_cells(rows: list[Row]) -> list[Row]:
    """Cells that wrapped onto the next line are joined back to the line they started on: a date range
    broken after its dash ('06/2020–' / '08/2021'), a name broken after 'of' ('University of' /
    'Melbourne'), a word hyphenated at the line end ('Engi-' / 'neering')."""
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is None or row.top - previous.bottom > 0.5 * (previous.bottom - previous.top) or (
                row.marker and len(row.segments) < 2):
            out.append(row)
            continue
        marked = bool(row.marker)  # a bulleted line: only a date cell beside it may be the end of a range above
        above = list(previous.segments)
        below = list(row.segments)
        for i, seg in enumerate(above):
            for j, nxt in enumerate(below):
                if nxt is None or (marked and j == 0):
                    continue
                text, more = seg.text.rstrip(), nxt.text.strip()
                # a timeline sets the end date under its start, shifted: both open their lines, and overlap
                staggered = i == j == 0 and seg.x0 < nxt.x1 and nxt.x0 < seg.x1 and bool(DANGLING_RANGE_RE.search(text)) \
                    and bool(MONTH_DATE_RE.match(more))
                if abs(seg.x0 - nxt.x0) > 3 and abs(seg.x1 - nxt.x1) > 3 and not staggered:
                    continue
                # the end date right under its start: alone on its line, or a month-precise date ('2016.03 –' /
                # '2018.11'); a year or season beside other text may open the next entry ('2020–' / 'Summer 2018')
                aligned = abs(seg.x0 - nxt.x0) <= 3 or abs(seg.x1 - nxt.x1) <= 3 or staggered
                alone = aligned and (sum(1 for s in below if s is not None) == 1 or bool(MONTH_DATE_RE.match(more))
                                     or bool(ONGOING_RE.fullmatch(more))  # 'Present' opens no entry
                                     or (bool(MONTH_LEFT_OPEN_RE.search(text)) and bool(re.fullmatch(r"(?:19|20)\d{2}", more))))
                if aligned and _month_only(text) and re.match(r"(?:19|20)\d{2}\b", more) and len(more) <= 12:
                    joined = f"{text} {more}"  # 'February' / '2018 -': a date column too narrow for the month and year
                elif aligned and DANGLING_RANGE_RE.search(text) and re.search(r"[-–—]$", text) and _month_only(more):
                    joined = f"{text} {more}"  # '2018 -' / 'February' (and then '2020')
                elif aligned and LONE_DATE_RE.match(text) and re.match(r"[-‒–—−]\s*\S", more) \
                        and LONE_DATE_RE.match(more.lstrip("-‒–—− ")):
                    joined = f"{text} {more}"  # 'Januar 2023' / '- Mai 2025': the dash opens the second line
                elif DANGLING_RANGE_RE.search(text) and LONE_DATE_RE.match(more) \
                        and (alone or _cell_full(seg, above, i, row)):
                    joined = text[:-1] + more if HYPHENATED_RE.search(text) and more[:1].islower() else f"{text} {more}"
                elif marked:
                    continue
                elif DANGLING_WORD_RE.search(text) and abs(seg.x0 - nxt.x0) <= 3 and len(more.split()) <= 3 \
                        and more[:1].isupper() and not LONE_DATE_RE.match(more) and (len(above) > 1 or (
                            len(below) == 1 and (seg.font, seg.bold, round(seg.size, 1)) ==
                            (nxt.font, nxt.bold, round(nxt.size, 1)) and len(more.split()) <= 2)):
                    joined = f"{text} {more}"  # 'Washington University in St.' / 'Louis' in a narrow column
                elif HYPHENATED_RE.search(text) and more[:1].islower() and abs(seg.x0 - nxt.x0) <= 3 \
                        and len(above) == 1 and len(below) == 1:
                    joined = text[:-1] + more
                else:
                    continue
                above[i] = replace(seg, text=joined, x1=max(seg.x1, nxt.x1))
                below[j] = None
                break
        kept = [s for s in below if s is not None]
        if len(kept) == len(below):
            out.append(row)
            continue
        out[-1] = replace(previous, segments=tuple(above), bottom=max(previous.bottom, row.bottom) if not kept
                          else previous.bottom)
        if kept:
            out.append(replace(row, segments=tuple(kept)))
    return out


def _join_table_wraps(rows: list[Row]) -> list[Row]:
    """The cells of a table row (three cells or more) that wrapped onto a second line: every fragment of the
    next line sits inside one cell's span, right under it ('M.Tech (Electrical' / 'and Electronics)')."""
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is None or len(previous.segments) < 3 or row.marker or len(row.segments) >= len(previous.segments) \
                or row.top - previous.bottom > 0.6 * (previous.bottom - previous.top):
            out.append(row)
            continue
        cells = list(previous.segments)
        placed: dict[int, list[Segment]] = {}
        for seg in row.segments:
            inside = [i for i, cell in enumerate(cells) if cell.x0 - 3 <= seg.x0 and (
                seg.x1 <= cell.x1 + 3 or (HYPHENATED_RE.search(cell.text) and abs(seg.x0 - cell.x0) <= 3
                                          and i + 1 < len(cells) and seg.x1 < cells[i + 1].x0))]
            if len(inside) != 1 or not _wrapped_in_cell(cells, inside[0], seg, row):
                placed = {}
                break
            placed.setdefault(inside[0], []).append(seg)
        if not placed:
            out.append(row)
            continue
        for i, segs in placed.items():
            text = cells[i].text
            for seg in segs:  # 'Bach-' / 'elor': a word the typesetter broke joins without its hyphen
                broken = HYPHENATED_RE.search(text) and seg.text[:1].islower()
                text = text[:-1] + seg.text if broken else f"{text} {seg.text}"
            cells[i] = replace(cells[i], text=text, x1=max([cells[i].x1] + [s.x1 for s in segs]))
        out[-1] = replace(previous, segments=tuple(cells), bottom=max(previous.bottom, row.bottom))
    return out


def _wrapped_in_cell(cells: list[Segment], index: int, seg: Segment, row: Row) -> bool:
    """The fragment continues the cell's text: set in the same type, and either centred under it (a centred
    cell) or starting under it with a first word that had no room left on the line above."""
    cell = cells[index]
    if HYPHENATED_RE.search(cell.text) and seg.text[:1].islower() and abs(cell.x0 - seg.x0) <= 3 \
            and index < len(cells) - 1:
        return True  # 'Doc-' / 'torat': a word the typesetter broke in a narrow cell before the others
    if (cell.font, round(cell.size, 1), cell.bold) != (seg.font, round(seg.size, 1), seg.bold):
        return False  # a second line in another type ('Senior Planner' / 'Acme Logistics') is its own line
    if abs((cell.x0 + cell.x1) / 2 - (seg.x0 + seg.x1) / 2) <= 3 and abs(cell.x0 - seg.x0) > 3:
        return True
    if index == len(cells) - 1 and abs(cell.x1 - seg.x1) <= 3 and abs(cell.x0 - seg.x0) > 3:
        return bool(LONE_DATE_RE.match(seg.text.strip()))  # a right-aligned date cell: 'Sep 2020 - Dec' / '2024'
    if abs(cell.x0 - seg.x0) > 3:
        return False
    room = (cells[index + 1].x0 if index + 1 < len(cells) else row.col_right) - cell.x1
    word = seg.text.split()[0] if seg.text.split() else ""
    char = (seg.x1 - seg.x0) / max(1, len(seg.text))
    return (len(word) + 1) * char > room - seg.size


OPEN_RANGE_RE = re.compile(rf"(?:19|20)\d{{2}}\s*{TO}$|(?:19|20)\d{{2}}\s*{TO}\s*[^\W\d_]{{3,}}\.?$")


def _join_split_ranges(rows: list[Row]) -> list[Row]:
    """A date column whose range ends a few lines further down ('February 2018 -' beside the title, 'February
    2020' beside the second bullet, nothing in the column between): the end date goes back to its start. The
    line right under is _join_wrapped_cells' to judge; a date earlier than the start opens the next entry."""
    rows = list(rows)
    for i, row in enumerate(rows):
        for k, seg in enumerate(row.segments):
            if not OPEN_RANGE_RE.search(seg.text.rstrip()):
                continue
            for j in range(i + 1, min(i + 4, len(rows))):
                later = rows[j]
                if later.page != row.page:
                    break
                month_open = bool(MONTH_LEFT_OPEN_RE.search(seg.text.rstrip()))  # '… – November' wants a year
                match = next((t for t in later.segments if (abs(t.x0 - seg.x0) <= 3 or abs(t.x1 - seg.x1) <= 3)
                              and (re.fullmatch(r"(?:19|20)\d{2}", t.text.strip()) if month_open
                                   else LONE_DATE_RE.match(t.text.strip()))), None)
                if match is not None and j >= i + 2 \
                        and _ordered(f"{seg.text.rstrip()} {match.text.strip()}"):
                    joined = replace(seg, text=f"{seg.text.rstrip()} {match.text.strip()}")
                    rows[i] = row = replace(row, segments=row.segments[:k] + (joined,) + row.segments[k + 1:])
                    rows[j] = replace(later, segments=tuple(t for t in later.segments if t is not match))
                    break
                if any(t.x0 < seg.x1 and t.x1 > seg.x0 for t in later.segments):
                    break  # the column holds something else first: not this range's end
    return [row for row in rows if row.segments]


def _ordered(text: str) -> bool:
    from .dates import find_range  # dates reads text, not rows

    found = find_range(text)
    return bool(found and found.start and found.end and found.end != "present" and found.start <= found.end)


def _month_only(text: str) -> bool:
    from .dates import MONTHS  # dates reads text, not rows

    return text.strip().rstrip(".").lower() in MONTHS


def _cell_full(seg: Segment, segments: list[Segment], index: int, row: Row) -> bool:
    """The cell ran out of room: it ends against the next cell or the column's right edge."""
    edge = segments[index + 1].x0 if index + 1 < len(segments) else row.col_right
    if index + 1 >= len(segments):
        edge = max(edge, max(s.x1 for s in row.segments))
    return edge - seg.x1 < 1.5 * seg.size


PHONE_START_RE = re.compile(r"^\(?\d{2,4}\)?[\s.-]*\d{3}[\s.-]?\d{3,4}\b")


def _is_marker(marker: str, text: str) -> bool:
    # "- 2019" or "1. Introduction" are markers; "-5%" is not (no space follows); a year like "2019." is not;
    # nor is the area code of a phone: "(555) 010-2345"
    text = text.strip()
    return not re.match(r"^\(?\d{4}", text) and not PHONE_START_RE.match(text)


SPACE_RUN_RE = re.compile(r" {2,}")
OTHER_SPACE_RE = re.compile(r"[^\S \u3000]+")


ODD_SPACING_RE = re.compile(r"  |[^\S ]")


def _segment(line: TextLine) -> Segment:
    text = line.text
    if ODD_SPACING_RE.search(text):
        text = SPACE_RUN_RE.sub("  ", OTHER_SPACE_RE.sub(" ", text))  # keep ideographic spaces
    text = text.strip()
    return Segment(text, line.x0, line.x1, line.size, line.bold, line.font, line.color, line.runs)


def _replace_text(segment: Segment, text: str) -> Segment:
    return Segment(text.strip(), segment.x0, segment.x1, segment.size, segment.bold, segment.font,
                   segment.color, segment.runs)


PAGE_NUMBER_RE = re.compile(r"^(page\s*)?[-–—]?\s*\d{1,3}\s*([-–—/]|of)?\s*\d{0,3}\s*[-–—]?$", re.IGNORECASE)


def _drop_page_furniture(rows: list[Row], pages: list[PdfPage]) -> list[Row]:
    """Running headers/footers repeat on every page with only the page number changing."""
    from .contact import contact_shaped  # contact reads the rows made in this module

    heights = {p.number: p.height for p in pages}
    if len(pages) < 2:
        return [r for r in rows if not _is_page_number(r, heights)]
    edge_texts: dict[str, set[int]] = {}
    for row in rows:
        if _in_margin(row, heights[row.page]):
            for seg in row.segments:
                edge_texts.setdefault(_digits_masked(seg.text), set()).add(row.page)
    repeated = {text for text, on_pages in edge_texts.items() if len(on_pages) >= 2}

    def furniture(row: Row) -> bool:
        if not _in_margin(row, heights[row.page]):
            return False
        if not all(_digits_masked(s.text) in repeated for s in row.segments):
            return False
        if row.page == 0 and contact_shaped(row.text):
            return False  # contact details printed in every page's footer: page one's are the candidate's
        return row.page > 0 or row.top > heights[row.page] / 2  # page one keeps its own letterhead

    return [r for r in rows if not _is_page_number(r, heights) and not furniture(r)]


def _in_margin(row: Row, height: float) -> bool:
    return row.top < 0.08 * height or row.bottom > 0.92 * height


def _is_page_number(row: Row, heights: dict[int, float]) -> bool:
    """'3', '- 3 -', 'Page 3 of 5', or a footer naming the page ('Lena Lehmann - Page 1 of 1')."""
    text = row.text.strip()
    return _in_margin(row, heights[row.page]) and bool(PAGE_NUMBER_RE.match(text) or PAGE_OF_RE.search(text))


# 'Page 2 of 3', 'Page 1 / ??' (a LaTeX reference left unresolved), or a copyright line ('© European Union')
PAGE_OF_RE = re.compile(r"\bpage\s+\d{1,3}\s*(?:of|/)\s*(?:\d{1,3}|\?+)\s*$|©|\(c\)\s+\d{4}", re.IGNORECASE)


def _digits_masked(text: str) -> str:
    return re.sub(r"\W+", "", re.sub(r"\d+", "#", text.lower()))


def body_size(rows: list[Row]) -> float:
    """The font size most of the text is set in, weighted by characters."""
    weights: dict[float, int] = {}
    for row in rows:
        for seg in row.segments:
            key = round(seg.size, 1)
            weights[key] = weights.get(key, 0) + len(seg.text)
    return max(weights, key=weights.get) if weights else 10.0
