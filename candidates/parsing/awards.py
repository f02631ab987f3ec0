"""Honours, prizes and scholarships, one string each as printed."""

from __future__ import annotations

import re

from .contact import contact_shaped
from .dates import find_range, only_dates
from .items import item_text, split_items
from .layout import Row
from .text import clean, join_lines, split_top_level, strip_punct

AWARD_WORD_RE = re.compile(
    r"award|scholarship|prize|medal|fellowship|honou?r|grant|winner|finalist|place|dean'?s\s+list|"
    r"recipient|champion|奖|荣誉",
    re.IGNORECASE,
)
YEAR_LEAD_RE = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–&,/]\s*(?:(?:19|20)?\d{2})?)?\s+(?=\D|\d+(?:st|nd|rd|th)\b)")  # '2015 & 16 Top 1% …', '2019 2nd place …'
YEAR_LABEL_RE = re.compile(r"^(?:19|20)\d{2}(?:\s*[-–]\s*(?:(?:19|20)\d{2})?)?\s*:\s+")
# what a template prints for a field it was not given ('undefined NaN' for an award's missing date)
TEMPLATE_LEFTOVER_RE = re.compile(r"(?:undefined|NaN|null|None|Invalid Date|\[object Object\])(?:[\s,]+(?:undefined|NaN|null))*")
AWARD_NOTE_RE = re.compile(r",\s*(?:awarded|ranked|granted|given|selected|presented|conferred)\b.*$", re.IGNORECASE)
DETAIL_LINE_RE = re.compile(
    r"^(?:(?:awarded|issued|granted|conferred|received)(?:\s+(?:on|in|by))?\b[^A-Za-z]*(?:by\b.*)?$|by\b|"
    r"(?:awarded|issued|granted|conferred|received)(?:\s+(?:on|in))?\s*:?\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?"
    r"(?:19|20)\d{2}\s*$|"
    r"(?:awarder|issuer|issued\s+by|awarded\s+by|granted\s+by)\s*:?)",
    re.IGNORECASE,
)
ETC_RE = re.compile(r"[,;]?\s*(?:etc\.?|and so on|等)\s*$", re.IGNORECASE)
# a certification listed under 'Awards & Certifications' is not an award ('AWS Certified Developer')
CERTIFICATION_RE = re.compile(r"\bcertified\b|\bcertificat(?:e|ion)\b|\blicen[cs]ed?\b|认证", re.IGNORECASE)
LATIN_HONOURS_RE = re.compile(
    r"^(?:summa|magna)?\s*cum\s+laude$|^first[-\s]class\s+honou?rs$|^with\s+(?:high(?:est)?\s+)?distinction$",
    re.IGNORECASE,
)


def parse_awards(rows: list[Row]) -> list[str]:
    awards: list[str] = []
    items = _without_details(split_items(rows))
    # lines opening with a bare year: a year column set too close to be its own cell (the year printed once
    # for several awards of that year, so not every line has one)
    led = sum(1 for item in items if YEAR_LEAD_RE.match(clean(item[0].text)))
    year_column = len(items) >= 2 and led >= 0.4 * len(items)
    if year_column:  # every line opening with its year is an award of its own, however long the line before
        items = [part for item in items for part in _split_at_years(item)]
    for item in _split_listed(items):
        text = clean(join_lines(item_text(item, drop_date_cells=True)))
        if year_column:
            text = YEAR_LEAD_RE.sub("", text, count=1)
        text = YEAR_LABEL_RE.sub("", text, count=1)  # '2019: Best Demo Award'
        if DETAIL_LINE_RE.match(text) or TEMPLATE_LEFTOVER_RE.fullmatch(text) or all(
                contact_shaped(row.text) for row in item):  # a footer of contact details set below the awards
            continue  # 'Awarded 2019', 'by ACM', 'Issued by …': when and by whom, under the award

        text = AWARD_NOTE_RE.sub("", text)  # 'Intel Scholarship, Awarded top 5 among 100 competitors.'
        for award in split_awards(text):
            awards.append(award)
    return awards


def _split_at_years(item: list[Row]) -> list[list[Row]]:
    parts: list[list[Row]] = []
    for row in item:
        if not parts or YEAR_LEAD_RE.match(clean(row.text)):
            parts.append([row])
        else:
            parts[-1].append(row)
    return parts


def _without_details(items: list[list[Row]]) -> list[list[Row]]:
    """'Outstanding Graduate Student    2023' over 'Nanjing University' set smaller: the second line says who gave
    the award, it is not an award. Lines set smaller than the dated award lines, with no date, are dropped."""
    dated = sorted(item[0].size for item in items if len(item[0].segments) > 1 and find_range(item[0].segments[-1].text))
    if len(dated) < 2:
        return items
    lead = dated[len(dated) // 2]
    return [item for item in items if item[0].size >= lead - 0.5 or find_range(clean(item[0].text))]


def _split_listed(items: list[list[Row]]) -> list[list[Row]]:
    """Award lines in a narrow column can look wrapped; a line is its own award when the line before it is
    complete: it ends with its dates in parentheses ('Travel Grant (2016, 2018)'), or both lines name an
    award and the next one starts with a capital."""
    out: list[list[Row]] = []
    for item in items:
        out.append([item[0]])
        for previous, row in zip(item, item[1:]):
            if _year_cell(row):
                out.append([row])  # a year in its own column starts the next award
                continue
            if _year_cell(out[-1][0]) and not _runs_to_edge(previous):
                continue  # a short line under a dated award describes it ('For outstanding PhD research …')
            before, text = clean(previous.text).rstrip(), clean(row.text).strip()
            closed = bool(DATES_CLOSED_RE.search(before))
            both = bool(AWARD_WORD_RE.search(before) and AWARD_WORD_RE.search(text)) and not DANGLING_END_RE.search(before)
            if text[:1].isupper() and (closed or both):
                out.append([row])
            else:
                out[-1].append(row)
    return out


def _year_cell(row: Row) -> bool:
    return len(row.segments) > 1 and only_dates(row.segments[0].text)


def _runs_to_edge(row: Row) -> bool:
    """The line fills its column, so the next line continues it."""
    return row.x1 >= row.col_right - 0.12 * (row.col_right - row.col_left)


DATES_CLOSED_RE = re.compile(r"\((?:\s*(?:19|20)\d{2}\s*[,–-]?)+\)$")
DANGLING_END_RE = re.compile(r"(?:[,:;–—&-]|\b(?:of|and|for|the|in|at|on|to|with|by))$", re.IGNORECASE)


def split_awards(text: str) -> list[str]:
    """'A; B; C' is three awards; 'A, B, C' only when at least three parts each name an award."""
    text = ETC_RE.sub("", text).strip()
    parts = split_top_level(text, ";")
    out = []
    for part in parts:
        pieces = [ETC_RE.sub("", p).strip() for p in split_top_level(part, ",，、")]
        pieces = [p for p in pieces if p]
        if len(pieces) >= 3 and sum(1 for p in pieces if AWARD_WORD_RE.search(p)) >= 3:
            out.extend(_merge_tails(pieces))
        else:
            out.append(part)
    return [strip_punct(a) for a in out if strip_punct(a) and not LATIN_HONOURS_RE.match(strip_punct(a))
            and not _certification(a)]


def _certification(text: str) -> bool:
    return bool(CERTIFICATION_RE.search(text)) and not re.search(r"merit|excellence|achievement|award|prize|honou?r",
                                                                 text, re.IGNORECASE)


def _merge_tails(pieces: list[str]) -> list[str]:
    """A piece without an award word belongs to the one before ('Prize, University of X')."""
    merged: list[str] = []
    for piece in pieces:
        if merged and not AWARD_WORD_RE.search(piece):
            merged[-1] = f"{merged[-1]}, {piece}"
        else:
            merged.append(piece)
    return merged
