"""List items of a section (awards, publications): where one item ends and the next begins.

An item starts at a bullet or number, after a vertical gap, or on a new line when the previous line
did not run to the right margin; otherwise a line continues the item above (a wrapped line).
"""

from __future__ import annotations

import re
from statistics import median

from .dates import only_dates
from .layout import Row
from .text import has_cjk


def split_items(rows: list[Row]) -> list[list[Row]]:
    rows = [r for r in rows if r.segments]
    if not rows:
        return []
    uses_markers = sum(1 for r in rows if r.marker) >= max(1, len(rows) // 4)
    pitch = _line_pitch(rows)
    right = max(max(_text_x1(r) for r in rows), max(r.col_right for r in rows) - 30)
    left = min(r.x0 for r in rows)
    items: list[list[Row]] = []
    for row in rows:
        if not items or _starts_item(items[-1][-1], row, uses_markers, pitch, right, left):
            items.append([row])
        else:
            items[-1].append(row)
    return items


def _starts_item(previous: Row, row: Row, uses_markers: bool, pitch: float, right: float, left: float) -> bool:
    if row.page != previous.page or row.column != previous.column:
        return bool(row.marker) or not uses_markers
    if row.marker:
        return True
    if row.bold and not _has_bold(previous) and not uses_markers:
        return True  # a bold title after a plain line: the next entry of a list of bold-titled items
    gap = row.top - previous.top
    if gap > 1.25 * pitch:
        return True
    if uses_markers:
        return False
    if CONTINUES_RE.search(previous.text):
        return False  # 'Best Paper Award:' / 'Systems Track': a line ending in a colon or 'of' runs on
    if previous.bold and not _has_bold(row):
        return False  # the plain line under a bold title belongs to it
    if row.x0 > previous.x0 + 3:
        return False  # a hanging indent continues the item
    if row.x0 < previous.x0 - 3:
        return True
    if CITATION_END_RE.search(previous.text) and AUTHOR_START_RE.match(row.text):
        return True  # '…, 2021.' then 'O. Haddad. …': one citation ended, the next one starts with its authors
    if CLOSING_YEAR_RE.search(previous.text) and row.text[:1].isupper():
        return True  # '… (AAAI), 2022.' then 'Uncertainty-Aware …': a citation that ends with its year ended
    # the line broke early only if the next line's first word would have fitted at its end
    return _first_word_fits(previous, row, right)


CITATION_END_RE = re.compile(r"(?:19|20)\d{2}[a-z]?\)?\.$")
CLOSING_YEAR_RE = re.compile(r"[,\s](?:19|20)\d{2}[a-z]?\.$")  # ', 2022.' ('(2020).' opens an APA citation)
AUTHOR_START_RE = re.compile(r"^(?:[A-Z]\.\s?(?:-?[A-Z]\.\s?)?[A-Z][\w'’-]+|[A-Z][\w'’-]+,\s[A-Z]\.)[,.;]")


CONTINUES_RE = re.compile(r"(?:[:–—&]|\b(?:of|and|for|the|in|at|on|to|with))\s*$", re.IGNORECASE)


def _first_word_fits(previous: Row, row: Row, right: float) -> bool:
    """The next line's first word would have fitted at the end of this one: this line was not wrapped."""
    seg = row.segments[0]
    words = seg.text.split()
    if not words or not seg.text:
        return False
    char = (seg.x1 - seg.x0) / max(1, len(seg.text))
    word = words[0][:1] if has_cjk(words[0]) else words[0]  # Chinese breaks between any two characters
    return _text_x1(previous) + (len(word) + 1.5) * char < right


def _has_bold(row: Row) -> bool:
    return any(run.bold and run.text.strip() for seg in row.segments for run in seg.runs)


def _line_pitch(rows: list[Row]) -> float:
    gaps = [b.top - a.top for a, b in zip(rows, rows[1:]) if b.page == a.page and 0 < b.top - a.top < 40]
    return median(gaps) if gaps else 14.0


def _text_x1(row: Row) -> float:
    """The right edge of the row's text, ignoring a date column at the far right."""
    segments = [s for s in row.segments if not only_dates(s.text)] or list(row.segments)
    return segments[-1].x1


def item_text(rows: list[Row], *, drop_date_cells: bool = False) -> list[str]:
    """The lines of an item; optionally without date-only cells (a year column beside an award)."""
    lines = []
    for row in rows:
        segments = [s for s in row.segments if not (drop_date_cells and only_dates(s.text))]
        if segments:
            lines.append(" ".join(s.text for s in segments))
    return lines
