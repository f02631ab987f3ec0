"""Publications: title, venue (short name where known), year, authors, and the candidate's place among them.

Citation styles handled: IEEE (quoted title), APA ('Authors (2021). Title. Venue'; APA 7's ellipsis), ACM
('Authors. 2021. Title. In Venue'), Harvard ('Authors, 2020. Title, in: Venue' and 'Authors (2019) 'Title','),
Chicago, MLA, Nature and Springer LNCS ('Holt, M., Wang, X. & Orlov, P. Title. Venue (2022)'), Vancouver
('Holt M, Wang XL. Title. Venue. 2020;2:1-9'), Science/PNAS/Elsevier ('M. Holt, X. Wang, Title, Venue'),
GB/T 7714 ('Authors. Title[J]. Venue, 2023' and 'HOLT M, WANG X. Title//Venue'), homemade CV styles ('Title.
Authors. Venue Year', 'CVPR 2021, Title, first author', 'IJCAI 2022，《Title》，第二作者', 'Full Name, Full Name,
Title, Venue'), and a title / authors / venue set on separate lines or cells.

Before a citation is read, the section's items are put back together where the list splitter cut them
(a venue line, a note, the author line under a bold title), and item numbers and year cells are taken off.
benchmarks/citation_styles.py measures the readers on references rendered in many CSL styles.
"""

from __future__ import annotations

import re
from functools import lru_cache
from collections import Counter
from contextvars import ContextVar
from dataclasses import replace

from .citations import (
    clean_cell,
    same_person,
    is_workshop,
    join_wrapped,
    legend_of,
    mark_meanings,
    position_of,
    repair,
    role_position,
    status_of,
    strip_lead,
    strip_links,
)
from .dates import only_dates
from .items import split_items
from .layout import Row
from .model import Publication
from .places import is_location
from .text import has_cjk, strip_punct
from .venues import long_name_start, lookup, venue_of

NOT_A_PAPER_RE = re.compile(r"^(invited\s+)?(talk|patent|presentation|poster\s+presentation|keynote)s?\b", re.I)
YEAR_RE = re.compile(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])")
NAME_PART_RE = re.compile(
    r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž][\w'’\-]*\.?|[A-ZÀ-ÖØ-Þ]\.-[A-Za-z]\.?|van|von|de|der|den|da|di|du|del|della|dos|das|le|la|bin|binti|al|el|y|ter|"
    r"mc|st\.?)$|^[\u4e00-\u9fff·]{2,5}$"
)
VENUE_START_RE = re.compile(
    r",\s+(?=(?:in\s+|accepted\s+(?:by|at|to)\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:international|proceedings|proc\.|"
    r"conference|journal|ieee|acm|transactions|symposium|workshop|advances|arxiv|annual|european|asian|"
    r"american|springer|elsevier|nature|science)\b)",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bal)(?<!\bvs)(?<!\bet)(?<!-[a-z])"
    r"(?:\.|[?!](?=\s+(?:(?i:in|proc|accepted|arxiv)\b|[A-Z][\w.]*\s+(?:19|20)\d\d)))"
    r"(?=\s+(?:[\"“A-Z0-9(\[À-ÖØ-Þ]|(?i:arxiv)\b|in\s+[A-Z])|\s*$)"  # 'Recognition. Élodie …' too
)


def parse_publications(rows: list[Row], candidate: str | None) -> list[Publication]:
    _CELLS.clear()
    _venue_line.cache_clear()  # a cache for one list's lines, asked about again while the list is split
    token = _CANDIDATE.set(candidate)
    try:
        return _parse_section(rows, candidate)
    finally:
        _CANDIDATE.reset(token)


def _parse_section(rows: list[Row], candidate: str | None) -> list[Publication]:
    items = _regroup(_regroup(_split_at_authors(split_items(rows))))  # twice: a line wrapped inside a name first
    legend = legend_of(" ".join(row.text for row in rows)) if MARK_RE.search(" ".join(r.text for r in rows)) else {}
    found: list[tuple[Publication, str]] = []
    for item in items:
        lines, year_hint = _item_lines(item)
        text = strip_links(strip_lead(clean_cell(join_wrapped(lines))))
        text = re.sub(r"^\[[^\]]{1,6}\]\s*", "", text)
        lead = LEAD_YEAR_RE.match(text)
        if lead and (lead.group(1) in text[lead.end():] or (len(item) > 1 and item[0].x0 < item[1].x0 - 5)):
            # '2025 Jane Roe, Li Wei. 2025. Title …': the year hangs in the margin before the citation
            text, year_hint = text[lead.end():], year_hint or int(lead.group(1))
            lines = [LEAD_YEAR_RE.sub("", lines[0], count=1)] + lines[1:] if lines else lines
        tag = VENUE_TAG_RE.match(text)  # '[Pattern Recognition 2025] Title. Authors.': the venue and year in a tag
        if tag:
            text = text[tag.end():]
            lines = [VENUE_TAG_RE.sub("", strip_lead(lines[0]), count=1)] + lines[1:] if lines else lines
            year_hint = year_hint or int(tag.group("year"))
        dated = PUBLISHED_DATE_RE.search(text)  # 'Published on: Jan 01, 2020' under a title
        if dated:
            text = f"{text[:dated.start()].rstrip()} {text[dated.end():].lstrip()}".strip()
            year_hint = year_hint or int(dated.group("year"))
            lines = [PUBLISHED_DATE_RE.sub(" ", line).strip() for line in lines]
            lines = [line for line in lines if line]
        lines = [strip_lead(line) for line in lines[:1]] + lines[1:]
        if len(lines) > 1 and PUBLISHED_BY_RE.match(lines[0].strip()):
            # 'Published in AAAI' above the title: it goes under the title, before the authors
            at = next((i for i in range(2, len(lines)) if _looks_like_authors(lines[i].strip(" ."), 0.6)), len(lines))
            lines = lines[1:at] + lines[:1] + lines[at:]
            text = join_wrapped(lines)
        typed = _gbt(text)
        if typed:
            found.append((typed, text))
            continue
        text = DOC_TYPE_RE.sub("", text)
        if len(text) + len(CJK_CHAR_RE.findall(text)) < 25 or NOT_A_PAPER_RE.match(text) or LEGEND_LINE_RE.match(text):
            continue
        pub = _published_by(lines, year_hint) or _bold_titled(item) or _parse(text, lines)
        if pub and pub.title and tag and not pub.venue:
            pub = replace(pub, venue=_venue(tag.group("venue")))
        if pub and pub.title:
            pub = _venue_after_title(pub)
        if pub and pub.title and not pub.year and year_hint:
            pub = replace(pub, year=year_hint)
        if pub and pub.title and not pub.venue:
            named = next((line for line in lines if PUBLISHED_BY_RE.match(line)), None)
            pub = replace(pub, venue=_venue(named)) if named else pub  # 'Published by Neurocomputing' 
        if pub and pub.title and (pub.year or pub.venue or pub.authors or _role_printed(text)):
            found.append((pub, text))
        elif pub and pub.title and _title_only(text):
            found.append((replace(pub, authors=(), venue=None, year=year_hint), text))
    if any(p.year or p.venue or p.authors or _role_printed(t) for p, t in found):
        # bare titles count only in a list of bare titles; elsewhere they are notes and abstracts
        found = [(p, t) for p, t in found if p.year or p.venue or p.authors or _role_printed(t)]
    me = _who(candidate, [p for p, _ in found], rows)
    latin = _latin_stand_in(me, [p for p, _ in found], rows)
    return [_finish(pub, text, latin if latin and _latin_only(pub) else me, legend) for pub, text in found]


def _published_by(lines: list[str], year_hint: int | None) -> Publication | None:
    """Title lines, then 'Published by <venue>', then the date and the authors (as JSON Resume themes print a
    publication's name, publisher, release date and authors): each part from its own lines."""
    at = next((i for i, line in enumerate(lines) if i and PUBLISHED_BY_RE.match(line.strip())), None)
    if at is None:
        return None
    title = join_wrapped(lines[:at])
    venue_line = re.sub(r"^\s*(?:published\s+(?:by|in)|publisher|venue)\s*:?\s*", "", lines[at], flags=re.I)
    rest = [line for line in lines[at + 1:] if line.strip()]
    while rest and not only_dates(PUBLISHED_ON_RE.sub("", rest[0])) and not _looks_like_authors(rest[0].strip(" ."), 0.6) \
            and len(rest[0].split()) <= 6 and not re.search(r",", rest[0]):
        venue_line = f"{venue_line} {rest.pop(0).strip()}"  # the venue's name wrapped onto the next line
    dated = [line for line in rest if only_dates(PUBLISHED_ON_RE.sub("", line))]
    authors = " ".join(line for line in rest if line not in dated)
    year = _year(" ".join(dated)) or _year(venue_line) or year_hint
    pub = _make(title, authors if authors and _looks_like_authors(authors.strip(" ."), 0.6) else None, venue_line, year)
    if re.search(r"\bworkshops?\b", venue_line, re.I):
        pub = replace(pub, workshop=True)
    return pub if pub.title else None


TITLE_TAIL_RE = re.compile(r",\s*([^,]{2,80})$")


def _venue_after_title(pub: Publication) -> Publication:
    """'Title, Neurocomputing' or 'Title, ICCV' + 'Workshops' on the next line: a theme that prints the venue
    after the title, in the title's type. A tail that names a known venue is the venue."""
    match = TITLE_TAIL_RE.search(pub.title)
    known = lookup(match.group(1).strip(" .")) if match else None
    if known is None or (pub.venue and lookup(pub.venue) and pub.venue != known.short):
        return pub
    workshop = pub.workshop or bool(pub.venue and re.fullmatch(r"workshops?", pub.venue.strip(" ."), re.I))
    return replace(pub, title=pub.title[:match.start()].strip(), venue=known.short, workshop=workshop)


def _latin_only(pub: Publication) -> bool:
    return bool(pub.authors) and not any(has_cjk(a) for a in pub.authors)


def _latin_stand_in(me: str | None, pubs: list[Publication], rows: list[Row]) -> str | None:
    """A Chinese name is on no Latin author list ('李思远' for 'Siyuan Li'): for those lists, the bold author, else
    the author common to most of them."""
    if not me or not has_cjk(me):
        return None
    latin = [p for p in pubs if _latin_only(p)]
    if not latin:
        return None
    return _who(None, latin, rows)


_CANDIDATE: ContextVar[str | None] = ContextVar("candidate", default=None)  # the name being parsed for


def _is_candidate(text: str) -> bool:
    """A lone name that is the candidate's: a single-author paper ('Elena Ortega', 'J. Wagner')."""
    candidate = _CANDIDATE.get()
    text = MARKS_RE.sub("", text).strip(" .,")
    return bool(candidate) and 1 <= len(text.split()) <= 4 and same_person(candidate, text)


CJK_CHAR_RE = re.compile(r"[\u4e00-\u9fff]")  # a Chinese character says as much as two Latin ones
MARK_RE = re.compile(r"[*∗†‡§#✉]|equal\s+contribution|co-?first|corresponding|通讯|共同")
LEGEND_LINE_RE = re.compile(r"^[*†‡§#✉]|^(?:note|equal contribution|corresponding author)", re.IGNORECASE)


def parse_citation(text: str, lines: list[str] | None = None, candidate: str | None = None) -> Publication | None:
    """One citation's parts; with the candidate's name, their author position and marks too."""
    text = strip_links(strip_lead(clean_cell(repair(text))))
    lines = [clean_cell(repair(line)) for line in lines] if lines else None
    token = _CANDIDATE.set(candidate)
    try:
        pub = _gbt(text) or _parse(DOC_TYPE_RE.sub("", text), lines)
    finally:
        _CANDIDATE.reset(token)
    return _finish(pub, text, candidate, {}) if pub else None


def _item_lines(item: list[Row]) -> tuple[list[str], int | None]:
    """The item's lines as text; a date or place cell beside a line ('Title | Yokohama, Japan', 'Title | 06/2019')
    is taken off, its year kept as a hint."""
    lines, hint = [], None
    for row in item:
        cells = list(_cells(row))
        while len(cells) > 1 and LABEL_CELL_RE.fullmatch(cells[0]):
            cells.pop(0)  # a category label in the margin ('Workshop', 'Journal Papers')
        while len(cells) > 1 and only_dates(cells[0]) and not lines:
            years = re.findall(r"(?:19|20)\d{2}", cells.pop(0))  # a date column before the title ('2024 | Title')
            hint = hint or (int(years[-1]) if years else None)
        while len(cells) > 1 and (only_dates(cells[-1]) or is_location(cells[-1])):
            if only_dates(cells[-1]) and hint is None:
                years = re.findall(r"(?:19|20)\d{2}", cells[-1])
                hint = int(years[-1]) if years else None
            cells.pop()
        if len(cells) == 1 and is_location(cells[0]) and lines:
            continue  # a place on its own line under the title
        if len(cells) == 1 and (lines or len(item) > 1) and only_dates(PUBLISHED_ON_RE.sub("", cells[0])):
            if hint is None:  # a date on its own line ('01/2023', 'Published on: Jan 01, 2025')
                years = re.findall(r"(?:19|20)\d{2}", cells[0])
                hint = int(years[-1]) if years else None
            continue
        lines.append("\t".join(cells))
    return lines, hint


LABEL_CELL_RE = re.compile(
    r"(?:(?:selected|refereed|peer[- ]reviewed|conference|journal|workshop|invited)\s+)?(?:workshops?|publications?|"
    r"conferences?|journals?|preprints?|papers?|articles?|books?|(?:book\s+)?chapters?|theses|thesis|manuscripts?|"
    r"under\s+review|in\s+submission|in\s+preparation)",
    re.IGNORECASE,
)


def _has_bold(row: Row) -> bool:
    return any(run.bold and run.text.strip() for seg in row.segments for run in seg.runs)


def _bold_titled(item: list[Row]) -> Publication | None:
    """A bold title, then plain lines with its year and venue, maybe an abstract; no author line."""
    heads = 0
    while heads < len(item) and item[heads].bold:
        heads += 1
    if not heads or heads == len(item) or any(_has_bold(r) for r in item[heads:]) or _has_author_line(item):
        return None
    title = join_wrapped(_item_lines(item[:heads])[0])
    details, hint = _item_lines(item[heads:])
    if any("," in part and _looks_like_authors(part.strip(" ."), 0.8) for part in _sentences(join_wrapped(details))):
        return None  # the authors follow the title's last words on its last line: a citation, read as one
    kept = []
    for line in details:
        if _prose(line):
            break  # an abstract or a summary: not the venue
        kept.append(line)
    venue_text = re.sub(r"\b(?:ISSN|ISBN|e-ISSN|DOI)\s*:?\s*[\w\-/.]+,?|\bVol(?:ume|\.)?\s*\d+,?|\bIssues?\s*\d+,?",
                        " ", " ".join(kept), flags=re.I)
    year = _year(" ".join(kept)) or hint
    venue_text = re.sub(r"\[(?:19|20)\d{2}\]", " ", venue_text).strip(" ,;")
    venue = _venue(venue_text) if re.search(r"[A-Za-z]{3}", re.sub(r"\b[a-z]+\b|(?:19|20)\d{2}|" + MONTHS, "", venue_text)) else None
    return Publication(title=strip_punct(title.strip(" .")) or None, venue=venue, year=year)


MONTHS = r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"


def _prose(line: str) -> bool:
    words = line.split()
    lower = sum(1 for w in words if w[:1].islower())
    return len(words) >= 8 and lower >= 0.6 * len(words)


_CELLS: dict[int, tuple[Row, tuple[str, ...]]] = {}


def _cells(row: Row) -> tuple[str, ...]:
    """The row's cells, cleaned; remembered for the rows of the section being read (items are re-read as they merge)."""
    known = _CELLS.get(id(row))
    if known is not None and known[0] is row:
        return known[1]
    cells = tuple(clean_cell(seg.text) for seg in row.segments)
    if len(_CELLS) > 4096:
        _CELLS.clear()
    _CELLS[id(row)] = (row, cells)
    return cells


PUBLISHED_ON_RE = re.compile(r"^\s*(?:published|presented|accepted|date)(?:\s+(?:on|in))?\s*:?\s*", re.IGNORECASE)


def _role_printed(text: str) -> bool:
    return role_position(text)[1]


def _title_only(text: str) -> bool:
    """A bare paper title: a handful of words or more, no sentence inside it."""
    words = text.split()
    return 4 <= len(words) <= 30 and not re.search(r"[.!?]\s+[A-Z]", text) and not text.endswith(":")


# ---------------------------------------------------------------- items
CONTINUATION_END_RE = re.compile(r"(?:[-–,:;&(]|\b(?:for|of|and|the|a|an|in|on|with|to|via|by|from|at|under|using))$")
VENUE_OPEN_RE = re.compile(
    r"^(?:(?:in\s*:?|published\s+(?:in|by)|publisher\s*:|accepted\s+(?:by|at|to|in)|to\s+appear\s+(?:in|at)|under\s+review\s+(?:at|in)|"
    r"in\s+submission\s*(?:to|at)?|submitted\s+to)\s+)?(?:[-–:]\s*)?(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:\d+(?:st|nd|rd|th)\s+)?"
    r"(?:proceedings|proc\.|ieee|acm|international|int\.|intl\.?|conference|conf\.|journal|transactions|trans\.|advances\s+in|"
    r"workshops?|symposium|arxiv|biorxiv|tech(?:nical)?\.?\s+report|annual|european|asian|american|findings\s+of|"
    r"neural\s+information|computer\s+vision\s+and|science\b|nature\b)",
    re.IGNORECASE,
)
LEAD_YEAR_RE = re.compile(r"^((?:19|20)\d{2})\s+(?=[^\W\d_])")
VENUE_TAG_RE = re.compile(r"^\[(?P<venue>[^\]\d]{2,40}?)\s*['’]?(?P<year>(?:19|20)\d{2})\]\s*")
PUBLISHED_DATE_RE = re.compile(
    r"\b(?:published|presented|accepted|released)(?:\s+(?:on|in))?\s*:\s*(?:[A-Za-z]{3,9}\.?\s+)?(?:\d{1,2},?\s+)?"
    r"(?P<year>(?:19|20)\d{2})\b", re.IGNORECASE)
PUBLISHED_BY_RE = re.compile(r"(?:published\s+(?:by|in)|publisher|venue)\b\s*:?", re.IGNORECASE)
STATUS_LINE_RE = re.compile(
    r"^[(\[]?(?:in\s+submission|under\s+review|submitted|to\s+appear|accepted|in\s+press|in\s+preparation|preprint|"
    r"oral|spotlight|poster|highlight|best\s+\w+\s+award|best\s+paper|selected|invited)\b",
    re.IGNORECASE,
)


def _regroup(items: list[list[Row]]) -> list[list[Row]]:
    """Items the list splitter cut apart put back together: a venue line, a note ('(Oral, 4% acceptance rate)'),
    the author line under a title, a line the previous one runs on into ('... Perception for' / 'In-Hand ...')."""
    out: list[list[Row]] = []
    meta_first = bool(items) and _meta_only(items[0][:1])  # each paper's date and venue printed above its title
    for item in items:
        if meta_first and out and _meta_only(out[-1]):
            out[-1] = out[-1] + item
        elif meta_first and _meta_only(item[:1]):
            out.append(item)
        elif out and _belongs_to(out[-1], item):
            out[-1] = out[-1] + item
        else:
            out.append(item)
    return out


def _wrapped_title(title: Row, row: Row) -> bool:
    """A title's last word or two on the line below, in its type, right under it ('… in Multi-Object' /
    'Tracking')."""
    text, above = row.text.strip(), title.segments[0].text.rstrip()
    return len(row.segments) == 1 and not row.marker and 1 <= len(text.split()) <= 4 and text[:1].isupper() \
        and not re.search(r"[.,;:]$", above) and not re.search(r"[\d.]$", text) and abs(row.x0 - title.x0) < 2 \
        and abs(row.size - title.segments[0].size) < 0.5 and 0 <= row.top - title.bottom < 0.6 * (title.bottom - title.top) \
        and not _venue_line(text) and not _looks_like_authors(text, 1.0)


def _meta_only(item: list[Row]) -> bool:
    """Nothing but a date and a 'Published in <venue>' line."""
    return all(only_dates(PUBLISHED_ON_RE.sub("", row.text)) or (
        PUBLISHED_BY_RE.match(row.text.strip()) and len(row.text.split()) <= 20) for row in item)


def _belongs_to(previous: list[Row], item: list[Row]) -> bool:
    if item[0].marker:
        return False
    text = join_wrapped(_item_lines(item)[0])
    bare = strip_lead(text)
    if bare != text.lstrip():
        return False  # an item number of its own: 'P.7 ...', '[3] ...'
    before = join_wrapped(_item_lines(previous)[0])
    if (previous[0].bold and not previous[-1].bold and not any(_has_bold(r) for r in item)
            and not _has_author_line(previous) and not _has_author_line(item)):
        return True  # the details and the abstract under a bold paper title
    if all(r.bold for r in previous) and not item[0].bold \
            and min(r.size for r in previous) >= max(r.size for r in item) + 1:
        return True  # a title set as a headline, then its venue, date and authors in smaller type
    if CONTINUATION_END_RE.search(before) and not _opens_with_authors(LEAD_YEAR_RE.sub("", bare)) and len(item) <= 2:
        return True
    if re.search(r"(?:^|[\s,])[^\W\d_]\.(?:-[^\W\d_]\.)?$", before) and re.match(r"[^\W\d_][\w'’\-]+[,.]", bare):
        return True  # the previous line ends with a given name's initial: 'S.-y.' / 'Lim, H. Hoffmann.'

    if STATUS_LINE_RE.match(bare) and len(bare.split()) <= 12:
        return True
    if len(previous) == 1 and len(item) == 1 and _wrapped_title(previous[0], item[0]):
        return True
    first_line = strip_lead(_item_lines(item[:1])[0][0]) if item else ""
    if _venue_line(first_line) and len(item) > 1 and not _has_author_line(previous) \
            and (_has_author_line(item[1:]) or _looks_like_authors(clean_cell(item[1].text).strip(" ."), 1.0)) \
            and not any(_venue_line(line) for line in _item_lines(previous)[0]):
        return True  # the venue and the authors under a title: 'ICCV Workshops' / 'M. Cho, J. Deng'
    if PUBLISHED_BY_RE.match(bare) and len(bare.split()) <= 20:
        return True  # 'Published by Neurocomputing', 'Published by Under review': the venue line under a title
    if only_dates(PUBLISHED_ON_RE.sub("", bare)) or is_location(bare) or (len(item) == 1 and _is_candidate(bare)):
        return True  # a date, a place, or the candidate's own name alone (a single-author paper)
    if _venue_line(bare):
        return not _venue_line(before)
    if (not re.search(r"[.?!)\]\"”'’\d]$", before) and first_line.endswith(".") and len(first_line.split()) <= 6
            and not _authors_then_tail(first_line)[0] and not _venue_line(first_line)):
        return True  # the end of a title cut off at a line end: '... Recipe for Dexterous' / 'Manipulation.'
    if (_authors_then_tail(first_line)[0] and not _has_author_line(previous)
            and len(_sentences(before)) == 1 and not _venue_line(before)):
        return True  # 'Authors. Venue, 2021.' under a title line
    for candidate in (first_line, bare):
        if len(item) <= 3 and _looks_like_authors(candidate.strip(" ."), 1.0) and re.search(r",|\band\b", candidate):
            return not _has_author_line(previous) and (candidate is bare or not _has_author_line(item[1:]))
    return False


SHORT_VENUE_RE = re.compile(
    r"(?:[A-Z][A-Za-z]*[A-Z][\w&\-]*|(?:[A-Z][a-z]+\s+){1,2}(?:Symposium|Workshop|Conference|Forum|Summit|Letters|Journal))"
    r"\s*['’]?\s*(?:19|20)\d{2}[.,]?(?:\s*\([^()]{1,40}\))?"
)


@lru_cache(maxsize=4096)
def _venue_line(text: str) -> bool:
    """A line naming only a venue, its date and notes: 'International Conference on Robotics and Automation (ICRA),
    2025', 'Tech Report, July 2026', 'In Submission - IEEE Robotics and Automation Letters 2025 (RAL 2025).'"""
    if len(text.split()) > 25 or re.search(r"[.?!][\"”]?\s+[A-Z][a-z]+\s+[a-z]+\s+[a-z]+", text):
        return False  # a sentence follows: more than a venue
    if "\t" in text and max(len(cell.split()) for cell in text.split("\t")) > 6:
        return False  # 'arXiv 2019 | Title. Authors.': a venue cell before a whole citation
    if VENUE_OPEN_RE.match(text) or SHORT_VENUE_RE.fullmatch(text.strip()):
        return True
    rest = re.sub(r"\([^()]*\)|\[[^\]]*\]", " ", text)
    rest = re.sub(r"(?:19|20)\d{2}|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?", " ", rest, flags=re.I)
    venue = venue_of(text) or lookup(re.sub(r"[\s,.]*(?:19|20)\d{2}[\s.]*$", "", text).strip(" .,"))
    if venue:
        for name in (venue.short, venue.full, *venue.aliases):
            rest = re.sub(re.escape(name), " ", rest, flags=re.I)
    words = re.findall(r"[A-Za-z]{2,}", rest)
    return bool(venue) and len(words) <= 3


def _has_author_line(item: list[Row]) -> bool:
    for row in item:
        line = strip_lead(clean_cell(row.text))
        dated = re.match(r"(.{3,300}?)[\s,.]*\(?(?:19|20)\d{2}[a-z]?\)?\.", line)  # 'Lee, A., & Li, B. (2020).'
        listed = re.search(r",|\band\b|&", line) and _looks_like_authors(line.strip(" ."))
        if listed or _opens_with_authors(line) or (dated and _looks_like_authors(dated.group(1))) or _is_candidate(line):
            return True
    return False


DOC_TYPE_RE = re.compile(r"\s*\[(?:J|C|M|D|R|N|P|S|A|Z|G|EB/OL|J/OL|C/OL|M/OL)\](?=\s*[.,:]?)")  # GB/T 7714 type codes


GBT_RE = re.compile(
    r"(?P<authors>[^.\[\]]{2,300}?)[.．]\s*(?P<title>[^\[\]]{4,300}?)\s*\[(?:J|C|D|M|R|A|N|P|S|Z|G|EB/OL|J/OL|C/OL)\]"
    r"\s*[.．]?\s*(?:(?:\/\/\s*)?(?P<venue>[^,，.．]{2,120}?))?\s*[,，.．]\s*(?P<year>(?:19|20)\d{2})"
)
CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,5}")


def _gbt(text: str) -> Publication | None:
    """The Chinese national citation style (GB/T 7714): 'Authors. Title[J]. Venue, 2023, 46(5): 1-10.'"""
    match = GBT_RE.match(text)
    if not match:
        return None
    authors = [a.strip() for a in re.split(r"[,，、]|\band\b", match.group("authors")) if a.strip()]
    authors = [a for a in authors if not re.fullmatch(r"(?:et\s+al\.?|等)", a)]
    if not authors or not all(CJK_NAME_RE.fullmatch(a) or NAME_PART_RE.match(a.split()[0]) for a in authors):
        return None
    authors = [re.sub(r"^(\S+(?:\s\S+)?)\s+([A-Z]{1,2}(?:\s[A-Z])?)$", r"\2 \1", a) for a in authors]  # 'HOLT M'
    venue = (match.group("venue") or "").strip()
    known = venue_of(venue) if venue else None
    if STATUS_ONLY_RE.fullmatch(venue):
        venue = ""  # '[J]//Under review': a status, not a journal
    return Publication(
        title=strip_punct(match.group("title")),
        venue=known.short if known else (venue or None),
        year=int(match.group("year")),
        authors=tuple(authors),
        first_author=None,
    )


def _split_at_authors(items: list[list[Row]]) -> list[list[Row]]:
    """Two citations read as one (a full-width line looks wrapped): a line that ends a citation with a full stop,
    followed by a line opening with an author list and a full stop ('Wei Zhou, Ana Ruiz, Tom Berg. Title')."""
    out: list[list[Row]] = []
    for item in items:
        out.append([item[0]])
        for previous, row in zip(item, item[1:]):
            text = clean_cell(row.text)
            if clean_cell(previous.text).rstrip().endswith(".") and not row.marker and _opens_with_authors(text):
                out.append([row])
            else:
                out[-1].append(row)
    return out


def _opens_with_authors(line: str) -> bool:
    match = re.match(r"([^.]{3,200}?)\.\s+\S", line)
    head = match.group(1) if match else ""
    if head and ("," in head or " and " in head) and _looks_like_authors(head):
        return True
    # initials first or family name first: 'E. Romero, C. Laurent, ...', 'Holt, M., Wang, X., ...'
    return bool(re.match(rf"{INITIALS_FIRST_NAME}(?:,\s|\s+and\s){INITIALS_FIRST_NAME}|"
                         rf"{INVERTED_NAME}(?:[,;]\s|,?\s(?:&|and)\s){INVERTED_NAME}", line))


def _parse(text: str, lines: list[str] | None = None, heads: bool = True) -> Publication | None:
    for parser in (_book_title, _venue_first, _quoted, _apa, _title_first, _acm, _harvard, _inverted, _vancouver,
                   _initials_first, _iop, _by_authors, _comma_names_unless_sentences):
        if not heads and parser in (_book_title, _venue_first):
            continue
        pub = parser(text)
        if pub:
            return pub
    return _by_lines(lines or []) or _plain(text)


def _title_first(text: str) -> Publication | None:
    """'Title. Élodie Lefèvre*, Do-hyun Kang*, Fatima Aziz. CVPR Workshops, 2025.': the title, then the author
    list as a sentence of its own, then the venue and year (a homemade style many CVs use)."""
    parts = _sentences(text)
    if len(parts) < 3 or not YEAR_RE.search(" ".join(parts[2:])):
        return None
    title, authors = parts[0], parts[1]
    bare = MARK_CHARS_RE.sub("", authors).strip(" ,.")
    if len(title.split()) < 3 or _looks_like_authors(MARK_CHARS_RE.sub("", title).strip(" ,."), 0.6) \
            or not _looks_like_authors(bare, 0.8):
        return None
    return _make(title, authors, ". ".join(parts[2:]), _year(" ".join(parts[2:])))


MARK_CHARS_RE = re.compile(r"[*∗†‡§✉]")


def _make(title: str, authors: str | None, venue_text: str, year: int | None) -> Publication:
    title = strip_punct(re.sub(r"\s*\t\s*", " ", title).strip(" .,\"“”'")).rstrip(":")
    venue_text = re.sub(r"\s*\t\s*", ", ", venue_text or "").strip(" ,")
    authors = re.sub(r"\s*\t\s*", " ", authors) if authors else authors
    return Publication(
        title=title or None,
        venue=_venue(venue_text),
        year=year if year is not None else _year(venue_text),
        authors=tuple(split_authors(authors, keep_marks=True)) if authors else (),
        first_author=None,
    )


def _quoted(text: str) -> Publication | None:
    match = re.search(r"[“\"”](?P<title>[^“”\"]{10,})[”\"]", text)
    if not match:
        return None
    authors = text[:match.start()].strip(" ,")
    dated = re.search(r"[.,]?\s*\(?((?:19|20)\d{2})[a-z]?\)?[.,]?$", authors)  # Chicago author-date: 'Authors. 2020.'
    if dated and dated.start() > 0:
        authors = authors[:dated.start()]
    return _make(match.group("title"), authors, text[match.end():], int(dated.group(1)) if dated and dated.start() else None)


def _apa(text: str) -> Publication | None:
    match = re.match(r"(?P<authors>.{3,1500}?)\s*\((?:(?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)]*)?|in\s+press)\)\.?\s+(?P<rest>.+)", text, re.I)
    if not match or not match.group("rest") or not _looks_like_authors(match.group("authors"), 1.0):
        return None  # every part a name: 'Venue 12 (2024)' after a title is not an APA author list
    quoted = re.match(r"[‘'](?P<title>.{4,}?)[’'](?:,|\.)\s*(?P<venue>.*)$", match.group("rest"))  # Harvard: 'Title',
    title, venue = (quoted.group("title"), quoted.group("venue")) if quoted else _title_and_rest(match.group("rest"))
    year = int(match.group("year")) if match.group("year") else None
    pub = _make(title, match.group("authors"), venue, year)
    return pub if year else replace(pub, year=None)


BOOK_TITLE_RE = re.compile(r"《(?P<title>[^》]{4,})》")
VENUE_FIRST_RE = re.compile(
    r"^(?:[\[【(](?P<bvenue>[A-Za-z][\w/&\-.]*(?:\s+[A-Za-z][\w/&\-]*){0,3}?)\s*['’]?\s*(?P<byear>(?:19|20)?\d{2})[\]】)]\s*"
    r"[,，:：|–]?|(?P<venue>[A-Za-z][\w/&\-.]*(?:\s+[A-Za-z][\w/&\-]*){0,3}?)\s*['’]?(?P<year>(?:19|20)\d{2})\s*[,，:：|–\t])"
    r"\s*(?P<rest>.{10,})$"
)


def _book_title(text: str) -> Publication | None:
    """Titles in 《》 (Chinese CVs): 'CVPR 2021，《Title》，第一作者' or 'Authors，《Title》，Venue，2021'."""
    match = BOOK_TITLE_RE.search(text)
    if not match:
        return None
    before, after = text[:match.start()].strip(" ,，;；.。"), text[match.end():].strip(" ,，;；.。")
    parts = [p for p in re.split(r"[,，;；]", before) if p.strip()]
    authors = before if before and _looks_like_authors(before) and not venue_of(before) else None
    venue_text = after if authors or not before else f"{before}, {after}"
    if authors is None and parts and _looks_like_authors(parts[0]) and not venue_of(parts[0]):
        authors, venue_text = parts[0], ", ".join(parts[1:] + [after])
    venue_text = re.sub(r"[,，]?\s*(?:第[一二三四五六七八九十\d]作者|学生一作|共同一作|通讯作者|一作)\S*", " ", venue_text)
    return _make(match.group("title"), authors, venue_text, None)


def _venue_first(text: str) -> Publication | None:
    """Homemade: 'CVPR 2021, Title, first author' or '[ICCV'23] Title. Authors.'"""
    match = VENUE_FIRST_RE.match(text)
    if not match:
        return None
    printed, year = match.group("venue") or match.group("bvenue"), match.group("year") or match.group("byear")
    venue = venue_of(printed)
    if not venue or len(printed.split()) > 3:
        return None
    year = int(year) if len(year) == 4 else 2000 + int(year)
    rest = match.group("rest")
    pieces = [p for p in re.split(r"\s*[,，;；]\s*(?=[^,，;；]*$)", rest)]
    role_text = pieces[-1] if len(pieces) == 2 and (role_position(pieces[-1])[1] or STATUS_ONLY_RE.fullmatch(
        strip_punct(pieces[-1]))) else ""
    body = pieces[0] if role_text else rest
    if not role_text and _sentences(body)[1:]:
        inner = _parse(body, None, heads=False)  # 'CVPR 2024 | Title. Authors. CVPR Workshops.': a citation of its own
        if inner and inner.title:
            return replace(inner, venue=inner.venue or _venue(printed), year=inner.year or year)
    quoted = re.match(r"[“\"”](?P<title>[^“”\"]{4,})[”\"]\s*(?P<after>.*)$", body)
    title, after = (quoted.group("title"), quoted.group("after")) if quoted else (body, "")
    if not quoted:
        sentences = _sentences(body)
        if len(sentences) > 1 and _looks_like_authors(sentences[-1]):
            title, after = " ".join(sentences[:-1]), sentences[-1]
    authors = after.strip(" .,") if after and _looks_like_authors(after.strip(" .,")) else None
    return _make(title, authors, f"{printed} {year}", year)


UP = "A-ZÀ-ÖØ-ÞĀ-Ž"  # capitals, with those of Latin-1 and Latin Extended-A ('É. Bonnet', 'Šimek')
INITIALS = rf"[{UP}]\.(?:\s?-?[{UP}a-z]\.)*"  # 'X.', 'X. L.', 'H.-Y.', 'J.-w.'
INVERTED_NAME = (rf"[{UP}][\w'’\-]+(?:\s(?:[{UP}][\w'’\-]+|van|von|de|der|da|di|du|del|le|la))*[*†‡§#]*,\s{INITIALS}"
                 r"[*†‡§#]*")
INVERTED_RE = re.compile(
    rf"^(?P<authors>{INVERTED_NAME}(?:(?:[,;]\s|[,;]?\s(?:&|and)\s){INVERTED_NAME})*(?:,?\s(?:et\s+al\.|&\s+others))?)"
    r"\s*(?::\s*|\s+)(?P<rest>[^(\s].+)$"
)


def _inverted(text: str) -> Publication | None:
    """'Holt, M., Wang, X. & Orlov, P. Title. Nat. Mach. Intell. 4, 1–9 (2022).' (Nature) and
    'Holt, M., Wang, X.: Title. In: Venue. LNCS, vol. 1, pp. 1–9. Springer (2022)' (Springer LNCS)."""
    match = INVERTED_RE.match(text)
    if not match or re.match(r"\(?(?:19|20)\d{2}|(?:and|&)\s", match.group("rest")):
        return None  # an APA year after the authors: the APA reader's
    title, venue = _title_and_rest(match.group("rest"))
    venue = re.sub(r"^in:\s*", "", venue.strip(), flags=re.I)
    year = re.search(r"\((?:[^()]*\s)?((?:19|20)\d{2})\)\.?\s*$", venue)
    return _make(title, match.group("authors"), venue, int(year.group(1)) if year else None)


VANCOUVER_NAME = rf"[{UP}][\w'’\-]+(?:\s[{UP}][a-z][\w'’\-]*)?\s[{UP}]{{1,3}}[*†‡§#]*"
VANCOUVER_RE = re.compile(
    rf"^(?P<authors>{VANCOUVER_NAME}(?:,\s{VANCOUVER_NAME})*(?:,?\s(?:et\s+al|and\s+others|等))?)\.\s+(?P<rest>.+)$"
)


def _vancouver(text: str) -> Publication | None:
    """'Holt M, Wang XL, Orlov P. Title. Lancet Digit Health. 2020;2(10):e497-506.' (Vancouver, PubMed)."""
    match = VANCOUVER_RE.match(text)
    if not match or re.match(r"[A-Z][\w'’\-]+(?:,\s+[A-Z]|[.:]\s|\s+(?:and|&)\s+[A-Z])", match.group("rest")):
        return None  # 'Arya D. McCarthy, Ryan ...': a middle initial, not a Vancouver name
    if "," not in match.group("authors") and not re.fullmatch(r"(?:[A-Z][a-z'’\-]+|[A-Z]{2,})\s[A-Z]{1,2}",
                                                              match.group("authors")):
        return None  # one name only: a plain surname and initials ('Holt M.'), not 'GraphQ IR.'

    names = [re.sub(r"^(.+?)\s([A-Z]{1,3})([*†‡§#]*)$", r"\2 \1\3", n.strip())
             for n in re.split(r",\s", re.sub(r",?\s(?:et\s+al|and\s+others|等)$", "", match.group("authors")))]
    title, venue = _title_and_rest(match.group("rest"))
    venue = re.sub(r"^in:\s*", "", venue.strip(), flags=re.I)
    return _make(title, ", ".join(names), venue, None)


INITIALS_FIRST_NAME = rf"(?:[{UP}]\.\s?(?:-?[{UP}a-z]\.\s?)*)[{UP}][\w'’\-]+(?:\s[{UP}][\w'’\-]+)?[*†‡§#]*"
INITIALS_FIRST_RE = re.compile(
    rf"^(?P<authors>{INITIALS_FIRST_NAME}(?:(?:,\s|,?\s(?:and|&)\s){INITIALS_FIRST_NAME})*(?:,?\s+et\s+al\.?)?),\s+"
    r"(?!and\s|&)(?P<rest>[^,].+)$"
)


def _initials_first(text: str) -> Publication | None:
    """'M. Holt, X. Wang, P. Orlov, Title. Venue 12, 1–9 (2022).' (Science, PNAS, Elsevier, APS, IOP)."""
    match = INITIALS_FIRST_RE.match(text)
    if not match or re.match(rf"{INITIALS_FIRST_NAME}(?:[,.]|\s+(?:and|&)\s)", match.group("rest")):
        return None  # the list goes on: the authors end elsewhere ('K. Lee, L. Fu, and J. Osei. Title.')
    title, venue = _title_and_rest(match.group("rest"))
    year = re.search(r"\((?:[^()]*\s)?((?:19|20)\d{2})\)", venue)
    return _make(title, match.group("authors"), venue, int(year.group(1)) if year else None)


def _comma_names_unless_sentences(text: str) -> Publication | None:
    """Only for a citation whose authors are not ended by a full stop (that one is the plain reader's)."""
    first = _sentences(text)[0]
    if _looks_like_authors(first, 1.0) and re.search(r",|\band\b", first):
        return None
    return _comma_names(text)


def _comma_names(text: str) -> Publication | None:
    """'Mira Holt, Xinyu Wang, Title of the Paper, IEEE Transactions on ..., 2023': full names, then the title,
    all joined by commas."""
    pieces = text.split(", ")
    names = []
    for piece in pieces:
        bare = re.sub(r"^and\s+", "", MARKS_RE.sub("", piece)).strip()
        words = bare.split()
        if not 2 <= len(words) <= 4 or not all(NAME_PART_RE.match(w) for w in words) or is_location(bare):
            break
        names.append(piece)
    if len(names) < 2 or len(names) >= len(pieces):
        return None
    rest = ", ".join(pieces[len(names):])
    if re.match(r"(?:and|&)\s", rest) or _venue_line(rest.split(", ")[0]):
        return None
    title, venue = _title_and_rest(rest)
    if len(title.split()) < 2:
        return None
    return _make(title, ", ".join(names), venue, None)


IOP_RE = re.compile(
    rf"^(?P<authors>{VANCOUVER_NAME}(?:,\s{VANCOUVER_NAME})*(?:,?\s(?:and|&)\s{VANCOUVER_NAME})?(?:\set\sal)?)\s+"
    r"(?P<year>(?:19|20)\d{2})[a-z]?\s+(?P<rest>.+)$"
)
UNMARKED_VENUE_RE = re.compile(
    r"\s(?=(?:Proceedings|Proc\.|(?:IEEE|ACM)(?:/\w+)?\s|International\s|Advances\s+in|Journal\s+of|Transactions\s|"
    r"Conference\s|Medical\s+Image|arXiv\b|bioRxiv\b)|[A-Z][a-z]{1,6}\.\s[A-Z][a-z]{1,8}\.)"
)


def _iop(text: str) -> Publication | None:
    """'Holt M, Wang X and Orlov P 2023 Title Venue (IEEE) pp 2019–27' (Institute of Physics): nothing but
    the venue's own words ends the title."""
    match = IOP_RE.match(text)
    if not match:
        return None
    rest = match.group("rest")
    cut = UNMARKED_VENUE_RE.search(rest)
    long_name = long_name_start(rest) or None
    starts = [m for m in (cut and cut.end(), long_name) if m]
    if not starts:
        return None
    start = min(starts)
    names = [re.sub(r"^(.+?)\s([A-Z]{1,3})([*†‡§#]*)$", r"\2 \1\3", n.strip())
             for n in re.split(r",\s|\s(?:and|&)\s", re.sub(r"\set\sal$", "", match.group("authors")))]
    return _make(rest[:start], ", ".join(names), rest[start:], int(match.group("year")))


def _acm(text: str) -> Publication | None:
    match = re.match(r"(?P<authors>.{3,1500}?)\.\s+(?P<year>(?:19|20)\d{2})[a-z]?\.\s+(?P<rest>.+)", text)
    if not match or not _looks_like_authors(match.group("authors")):
        return None
    title, venue = _title_and_rest(match.group("rest"))
    return _make(title, match.group("authors"), venue, int(match.group("year")))


def _harvard(text: str) -> Publication | None:
    match = re.match(
        r"(?P<authors>.{3,1500}?),\s*(?P<year>(?:19|20)\d{2})(?:,\s*[A-Z][a-z]+\.?)?\.\s+(?P<rest>.+)", text
    )
    if not match or not _looks_like_authors(match.group("authors")):
        return None
    title, venue = _title_and_rest(match.group("rest"))
    return _make(title, match.group("authors"), venue, int(match.group("year")))


def _by_authors(text: str) -> Publication | None:
    match = re.match(r"(?P<title>.{10,}?)[:.,]?\s+by\s+(?P<authors>[^.]+?(?:et\s+al\.?)?)[.;]\s+(?P<rest>.+)", text)
    if not match or not _looks_like_authors(re.sub(r",?\s*et\s+al\.?", "", match.group("authors"))):
        return None
    return _make(match.group("title"), match.group("authors"), match.group("rest"), None)


def _by_lines(lines: list[str]) -> Publication | None:
    """Title on one line, authors on the next, venue after (or beside the title)."""
    if len(lines) < 2:
        return None
    mended: list[str] = []
    for line in lines:
        if mended and re.search(r"\b[^\W\d_]\.[-–]$", mended[-1]) and re.match(r"[^\W\d_]\.", line):
            mended[-1] = mended[-1][:-1] + "-" + line  # 'Choi, J.-' 'w.'
        else:
            mended.append(line)
    lines = mended
    listed = re.search(r",|\band\b|&", lines[0]) and _looks_like_authors(lines[0].strip(" .,"))
    if _opens_with_authors(lines[0]) or listed or _authors_then_tail(lines[0])[0]:
        return None  # the citation starts with its authors: not a title line
    for index in range(1, len(lines)):
        authors, tail = _authors_then_tail(lines[index])
        if not authors and _is_candidate(lines[index]):
            authors, tail = lines[index].strip(" ."), ""
        if authors and not re.search(r"[.?!:]$", lines[index - 1].strip()):
            head = lines[index].split(". ", 1)[0]
            if not re.search(r",|&|\band\b", head) and not _is_candidate(head) \
                    and sum(1 for word in head.split() if len(word.strip(".")) >= 3) >= 2:
                return None  # 'Title begins' / 'and ends. A. Author, B. Author': the title's end, then the authors
        if authors:
            end = index
            while not tail and end + 1 < len(lines) and (authors.endswith(",") or not lines[end].rstrip().endswith(".")):
                more, more_tail = _authors_then_tail(lines[end + 1])
                if not more and re.fullmatch(r"[^\W\d_][\w'’-]+(?:\s[^\W\d_][\w'’-]+)?[*†‡]*", lines[end + 1].strip()) \
                        and not re.search(r"\d", lines[end + 1]) and not _venue_line(lines[end + 1].strip()) \
                        and not STATUS_LINE_RE.match(lines[end + 1].strip()) \
                        and not lookup(lines[end + 1].strip()) and not authors.rstrip().endswith("."):
                    more, more_tail = lines[end + 1].strip(), ""  # 'Wenjie Huang, …, Manon' / 'Lefèvre'
                if not more:
                    break
                authors, tail, end = f"{authors} {more}", more_tail, end + 1
            title_lines = lines[:index]
            if len(_sentences(join_wrapped(title_lines))) > 1:
                return None  # 'Title. First Author,' / 'Second Author. Venue': the plain reader's
            joined = join_wrapped(title_lines)
            inside = VENUE_START_RE.search(joined)
            if inside and inside.start() > 10:  # 'Title, IEEE International' / 'Conference on Image Processing'
                title_lines, tail = [joined[:inside.start()]], " ".join([joined[inside.end():], tail]).strip()
            for cut in range(1, len(title_lines)):
                portion = join_wrapped(title_lines[cut:])
                known = lookup(re.sub(r"[\s,.]*(?:19|20)\d{2}[\s.]*$", "", portion).strip(" .,"))
                status = STATUS_ONLY_RE.fullmatch(strip_punct(portion.strip(" .")))
                if known or status or (VENUE_OPEN_RE.match(portion) or SHORT_VENUE_RE.fullmatch(portion)) and _venue_line(portion):
                    tail = " ".join([join_wrapped(title_lines[cut:]), tail]).strip()
                    title_lines = title_lines[:cut]  # title, venue, then the authors
                    break
            title = join_wrapped(title_lines)
            venue = " ".join([tail, *lines[end + 1:]]).strip()
            head_venue = venue_of(title)
            if head_venue and not venue:
                split_title, split_venue = _split_title_venue(title)
                if split_venue:
                    title, venue = split_title, split_venue  # 'Title, International Conference on ...'
                else:
                    venue = title
                    title = re.sub(r"\s*\S*" + re.escape(head_venue.short) + r"\S*.*$", "", title) or title
            return _make(title, authors, venue, None)
    if (_venue_line(lines[-1]) and not any(_venue_line(line) for line in lines[:-1])
            and len(_sentences(join_wrapped(lines[:-1]))) == 1):
        return _make(join_wrapped(lines[:-1]), None, lines[-1], None)  # a title, then its venue
    return None


def _authors_then_tail(line: str) -> tuple[str | None, str]:
    """'Ann Lee, Bo Li, and Cy Wu. CVPR 2023' -> the authors, and the venue after them."""
    line = line.strip()
    listed = "," in line or " and " in line
    if listed and _looks_like_authors(line.strip(" ."), 1.0):
        return _trim_end(line), ""
    for match in reversed(list(re.finditer(r"\.\s+", line))):
        head = line[:match.start()]
        if ("," in head or " and " in head) and _looks_like_authors(head) and not re.search(r"\b[A-Z]$", head):
            return head, line[match.end():]
    if listed and _looks_like_authors(line.strip(" .")):
        return _trim_end(line), ""
    return None, ""


def _trim_end(text: str) -> str:
    """A list's closing full stop off, unless it ends an initial ('..., Reddy, N.')."""
    text = text.strip()
    return text if re.search(r"(?:^|[\s\-])\w\.$", text) else text.rstrip(" .")


def _plain(text: str) -> Publication | None:
    """'Authors. Title, Venue, Year.' or 'Title. Venue, Year.'"""
    sentences = _sentences(text)
    authors = None
    if len(sentences) > 1 and _looks_like_authors(sentences[0]):
        authors = sentences.pop(0)
    elif len(sentences) > 1 and (re.search(r",|\band\b|&", sentences[1]) and _looks_like_authors(sentences[1], 1.0)
                                 or _is_candidate(sentences[1])):
        authors = sentences.pop(1)  # 'Title. Authors. Venue Year.'
    if not sentences:
        return None
    first, rest = sentences[0], " ".join(sentences[1:])
    if not rest:
        first, rest = _split_title_venue(first)
    return _make(first, authors, rest, None)


def _split_title_venue(text: str) -> tuple[str, str]:
    if "\t" in text:
        head, _, cell = text.rpartition("\t")
        if _venue_line(cell.strip()) or STATUS_ONLY_RE.fullmatch(strip_punct(cell.strip())):
            return head.strip(), cell.strip()  # 'Title | CVPR 2024': the venue in a cell of its own
    match = VENUE_START_RE.search(text)
    if match:
        return text[:match.start()], text[match.end():]
    head, _, last = text.rpartition(", ")
    if head and len(head.split()) >= 2 and _venue_line(last.strip(" .")):
        return head, last  # 'Title, CVPR 2024'
    parts = text.rsplit(", ", 2)
    if len(parts) == 3 and YEAR_RE.fullmatch(parts[2].strip(" .")):
        return parts[0], f"{parts[1]}, {parts[2]}"
    return text, ""


def _title_and_rest(rest: str) -> tuple[str, str]:
    match = SENTENCE_END_RE.search(rest)
    comma = COMMA_VENUE_RE.search(rest)
    for inside in IN_VENUE_RE.finditer(rest):  # 'Title in Interspeech, (IEEE, 2021)' (PNAS)
        if (not match or inside.start() < match.start()) and (not comma or inside.start() < comma.start()) \
                and lookup(inside.group(1)) and inside.start() > 10:
            return rest[:inside.start()], rest[inside.start():].strip()
    if comma and (not match or comma.start() < match.start()) and comma.start() > 3:
        return rest[:comma.start()].rstrip(" ,"), rest[comma.end():].strip()  # 'Title, in: Venue', 'Title//Venue'
    dated = re.fullmatch(r"((?:(?!\.\s).){4,}?),?\s*\(((?:19|20)\d{2})\)\.?", rest.strip())
    if dated:
        return dated.group(1), f"({dated.group(2)})"  # 'Title, (2024).': a year and no venue
    if not match:
        return _split_title_venue(rest)
    return rest[:match.end()].rstrip("."), rest[match.end():].strip()


IN_VENUE_RE = re.compile(r"\s+in\s+([A-Z][\w\-&]{2,})\b")
# where a title ends and its venue begins without a full stop: 'Title, in: CVPR', 'Title//Proceedings of ...' (GB/T),
# 'Title, IEEE Trans. Pattern Anal.', 'Title, Nat. Mach. Intell.', 'Title in Proceedings of ...' (PNAS)
COMMA_VENUE_RE = re.compile(
    r"\s*//\s*|,\s+in:?\s+(?=\S)|\s+in\s+(?=(?:the\s+)?(?:\d{4}\s+)?(?:Proceedings|Proc\.|Advances\s+in|IEEE|ACM|International|Conference|"
    r"Workshop|Symposium|Annual|European|Asian|Medical\s+Image|Findings\s+of)\b)|"
    r",\s+(?=(?:IEEE|ACM)\s+(?:Trans|J|Journal|Transactions)\b|[A-Z][a-z]{1,6}\.\s+[A-Z][a-z]{1,8}\.(?:\s|$)|"
    r"(?:Proceedings|Proc\.|Advances\s+in|Journal\s+of|arXiv)\b)"
)


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        piece = text[start:match.end()].strip()
        if piece:
            out.append(piece.rstrip("."))
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


ROLE_NOTE_RE = re.compile(
    r"[(（](?:co-?first|equal|joint|corresponding|student|共同|通讯|通信|第[一二三四五六七八九十\d]作者)[^)）]*[)）]", re.IGNORECASE
)


NOT_NAME_WORDS = frozenset(
    "conference workshop workshops symposium proceedings journal transactions international recognition vision "
    "learning networks network systems computer computing processing intelligence letters analysis engineering "
    "robotics automation machine neural pattern image images detection segmentation retrieval translation language "
    "approach models generation estimation tracking registration distillation optimization applications association "
    "society university institute laboratory department preprint arxiv".split()
)


def _name_words_ok(part: str) -> bool:
    """Not a venue's or a title's words: 'Pattern Recognition Workshops', 'NeurIPS Workshops'."""
    for word in part.split():
        bare = word.strip(".,;:()")
        if bare.lower() in NOT_NAME_WORDS:
            return False
        if len(bare) >= 3 and sum(c.isupper() for c in bare) >= 2 and lookup(bare) is not None and bare != bare.title():
            return False
    return True


def _looks_like_authors(text: str, share: float = 0.8) -> bool:
    text = ROLE_NOTE_RE.sub(" ", text).replace("…", ",").replace("...", ",")
    text = re.sub(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰#✉]|\d(?=,|$)|\bet\.?\s*al\b\.?|(?<=[\u4e00-\u9fff])\s*等$", "", text).strip(" ,.")
    parts = [p.strip() for p in re.split(r",|;|\band\b|&|，|、", text) if p.strip()]
    if not parts or len(text) > 2000 or is_location(text):
        return False
    good = sum(1 for p in parts if 1 <= len(p.split()) <= 4 and all(NAME_PART_RE.match(w) for w in p.split())
               and _name_words_ok(p))
    return good >= max(1, share * len(parts))


def split_authors(text: str, keep_marks: bool = False) -> list[str]:
    """'Chen, Q. and Park, J.' -> ['Q. Chen', 'J. Park']; 'A. Smith, B. Jones, and C. Lee' -> three names.
    With keep_marks, a name keeps the marks printed on it ('Ann Lee*', 'Bo Li†'); "et al." is never a name."""
    text = re.sub(r"\bet\.?\s*al\b\.?|\band\s+others\b|\bet\s+al$|(?<=[\u4e00-\u9fff])\s*等$", "", ROLE_NOTE_RE.sub(" ", text))
    text = re.sub(r"[¹²³⁴⁵⁶⁷⁸⁹⁰]", "", text)
    text = re.sub(r"(?<=[A-Za-z])\d+(?=\s*(,|$|and|[*†‡§#]))", "", text)
    parts, marks = [], []
    for piece in re.split(r",|;|\band\b|&|，|、|…|\.\.\.", text):
        mark = "".join(MARKS_RE.findall(piece))
        piece = strip_punct(MARKS_RE.sub("", piece))
        if piece:
            parts.append(piece)
            marks.append(mark)
        elif mark and marks:
            marks[-1] += mark
    parts = [p if re.search(r"(?:^|[\s\-.])[^\W\d_]\.$", p) else p.rstrip(".") for p in parts]
    if len(parts) >= 2 and len(parts) % 2 == 0 and _surname_first(parts):
        names = [f"{parts[i + 1]} {parts[i]}" for i in range(0, len(parts), 2)]
        marks = [marks[i] + marks[i + 1] for i in range(0, len(parts), 2)]
    elif len(parts) >= 3 and _chicago(parts, text):
        names = [f"{parts[1]} {parts[0]}"] + parts[2:]
        marks = [marks[0] + marks[1]] + marks[2:]
    else:
        names = parts
    return [n + m for n, m in zip(names, marks)] if keep_marks else names


def _chicago(parts: list[str], text: str) -> bool:
    """'Berg, Tom, Ana Ruiz, and Wei Zhou': two one-word parts, then full names of two words
    or more, the first two joined by a comma only (the inverted first author)."""
    head = re.match(r"\s*([^,;&]+),\s*([^,;&]+?)\s*(?:,|\band\b|&)", text)
    if not head or strip_punct(head.group(1)) != parts[0]:
        return False
    one_word = len(parts[0].split()) == 1 and len(parts[1].rstrip(".").split()) == 1
    return one_word and all(len(p.split()) >= 2 for p in parts[2:])


def _surname_first(parts: list[str]) -> bool:
    initials = re.compile(r"^(?:[A-Z]\.\s?-?)+$|^[A-Z]{1,3}$|^(?:[A-Z]\s){1,2}[A-Z]$")  # 'X.-L.', 'XL', 'X L'; not 'HOLT'

    given = parts[1::2]
    surnames = parts[0::2]
    if all(initials.match(g) for g in given) and all(len(s.split()) <= 2 for s in surnames):
        return True
    return all(len(p.split()) == 1 for p in parts)


def _venue(text: str) -> str | None:
    text = text.strip(" .,;:")
    if not text:
        return None
    text = re.sub(r"^(?:published\s+(?:by|in)|publisher|venue)\s*:?\s*", "", text, flags=re.I)
    lead = re.split(r"\s*[,(;]|\.\s", re.sub(r"^(?:in\s*:?\s+|proc\.\s+)", "", text, flags=re.I))[0]
    known = lookup(lead) if len(lead.split()) <= 8 and not re.search(r"workshop", lead, re.I) else None
    # 'Interspeech, (ISCA, 2021)': the venue, then its publisher; 'CVPR Workshops' is CVPR's (flagged a workshop)
    known = known or venue_of(text)
    if known:
        return known.short
    if re.search(r"\b\d{4}\.\d{4,5}(?:v\d+)?\b", text) and not re.search(r"\bpp?\.\s*\d{4}\.", text):
        return "arXiv"  # a bare arXiv identifier ('1806.06438 (2018)')
    acronym = re.search(r"\(([A-Za-z][A-Za-z0-9\-&]{1,14}?)(?:\s*['’]?\d{2,4})?\)", text)
    if acronym and sum(c.isupper() for c in acronym.group(1)) >= 2:
        return acronym.group(1)
    return _printed_venue(text)


def _printed_venue(text: str) -> str | None:
    if STATUS_ONLY_RE.fullmatch(strip_punct(text.strip())):
        return None
    text = re.sub(
        r"^(?:(?:in\s+submission|under\s+review|submitted)(?:\s+(?:to|at))?\s*[-–:]?\s*|published\s+in\s+|"
        r"in\s*:?\s+|accepted\s+(?:by|at|to|in)\s+|to\s+appear\s+(?:in|at)\s+)+", "", text, flags=re.I)
    text = re.sub(r"^(?:proceedings\s+of\s+(?:the\s+)?|proc\.\s+(?:of\s+)?(?:the\s+)?)", "", text, flags=re.I)
    text = re.sub(r"^(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:\d+(?:st|nd|rd|th)\s+)?", "", text, flags=re.I)
    text = re.split(r",\s*(?=\d|\(|pp\b|vol\b|no\b|article\b|p\.\s)|\s\d+\(\d+\)|\.\s|;\s|,?\s*(?:19|20)\d{2}\b", text)[0]
    text = re.sub(r",?\s*\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?$", "", text.strip(" ,."),
                  flags=re.I)
    text = re.sub(r"[,.;]?\s*\(?(?:in\s+press|forthcoming|to\s+appear|accepted)\)?\s*$", "", text, flags=re.I)
    text = re.sub(r"(?:\s+\d+(?:\s*\(\d+\))?)?[\s(\[,:]*$", "", text)  # a volume ('Nature Communications 12 (')
    text = strip_punct(re.sub(r"\s*['’]?\d{2,4}$", "", text.strip(" .")))
    if STATUS_ONLY_RE.fullmatch(text):
        return None  # 'Under review', 'Submitted': a status, not a venue
    return text or None


STATUS_ONLY_RE = re.compile(
    r"(?:under\s+(?:review|submission)|submitted|in\s+(?:preparation|submission|review)|manuscript|working\s+paper|"
    r"preprint|in\s+press|forthcoming)(?:\s+(?:at|to)\b.*)?",
    re.IGNORECASE,
)


PAGES_RE = re.compile(
    r"\b(?:pp?\.|pages?|S\.)\s*\d+\s*(?:[–\-]\s*\d+)?|\b\d+\s*[–\-]\s*\d+\b|\b\d{4}\.\d{4,5}(?:v\d+)?\b|:\s*\d+(?:\s*[–\-]\s*\d+)?\b"
    r"|\bvol(?:ume|\.)?\s*\d+|\bno\.\s*\d+|\d+\s*\(\d{1,3}\)",
    re.IGNORECASE,
)  # pages ('pp. 2019–2027', '1234–1242'), arXiv numbers, volume and issue: never the year


def _year(text: str) -> int | None:
    if re.search(r"\bin\s+press\b", text, re.I):
        return None
    years = YEAR_RE.findall(PAGES_RE.sub(" ", text))
    if years:
        return int(years[-1])
    short = re.search(r"[A-Za-z]['’](\d{2})\b", text)
    return 2000 + int(short.group(1)) if short else None


def _name_key(name: str) -> tuple[str, str]:
    words = re.sub(r"[^\w\s\-]", " ", name).split()
    if not words:
        return ("", "")
    return (words[-1].lower(), words[0][0].lower())


def _who(candidate: str | None, pubs: list[Publication], rows: list[Row] | None = None) -> str | None:
    """The name to look for in author lists: the candidate's, if some list has it; else a name set in bold in the
    author lists (CVs bold their owner); else, without a usable name, the author common to most papers."""
    lists = [[_bare(a) for a in p.authors] for p in pubs if p.authors]
    if candidate and any(position_of(candidate, names) for names in lists):
        return candidate
    bold = _bold_author(lists, rows or [])
    if bold:
        return bold
    common = _most_common_author([replace(p, authors=tuple(_bare(a) for a in p.authors)) for p in pubs])
    if common is None:
        return candidate
    if candidate and not has_cjk(candidate):
        # a Latin name on no paper: a CV lists its owner's papers, so the name read is not the one printed in
        # the author lists; the author on most of them stands in, if on most of them
        share = sum(1 for names in lists if any(_name_key(n) == common for n in names))
        if share < max(2, (len(lists) + 1) // 2):
            return candidate
    for names in lists:
        for name in names:
            if _name_key(name) == common:
                return name
    return None


def _bold_author(lists: list[list[str]], rows: list[Row]) -> str | None:
    bold_texts = set()
    for row in rows:
        runs = [run for seg in row.segments for run in seg.runs if run.text.strip()]
        if runs and not all(run.bold for run in runs):
            bold_texts.update(_bare(clean_cell(run.text)).strip(" ,.;") for run in runs if run.bold)
    if not bold_texts:
        return None
    counts: Counter = Counter()
    for names in lists:
        for name in names:
            if name in bold_texts:
                counts[name] += 1
    if not counts:
        return None
    name, count = counts.most_common(1)[0]
    return name if count >= max(1, len(lists) // 3) else None


def mark_first_author(pubs: list[Publication], candidate: str | None) -> list[Publication]:
    """first_author (and the author position) by the candidate's name; without one, the author common to most papers."""
    me = _who(candidate, pubs)
    return [_finish(pub, "", me, {}) for pub in pubs]


MARKS_RE = re.compile(r"[*†‡§#✉★☆¶]+")
TEXT_EQUAL_RE = re.compile(r"\(?(?:equal\s+contribution|co-?first\s+author|joint\s+first\s+author|共同一作|共同第一作者)\)?",
                           re.IGNORECASE)
TEXT_CORRESPONDING_RE = re.compile(r"\(?(?:corresponding\s+author|通讯作者|通信作者)\)?", re.IGNORECASE)


def _bare(author: str) -> str:
    return strip_punct(MARKS_RE.sub("", author)).strip()


def _finish(pub: Publication, text: str, me: str | None, legend: dict[str, str]) -> Publication:
    """Marks off the names; the candidate's position, marks and role; status and workshop from the citation."""
    names = [_bare(a) for a in pub.authors]
    marks = ["".join(MARKS_RE.findall(a)) for a in pub.authors]
    position = position_of(me, names) if me and names else None
    role, role_printed = role_position(text)
    if role is not None and position is None:
        position = role
    first = pub.first_author
    if names and me:
        first = position == 1
    elif role_printed:
        first = role == 1
    equal = corresponding = False
    if position is not None and names and position <= len(marks):
        equal, corresponding = mark_meanings(marks[position - 1], legend)
    rest = text.replace(pub.title or "", " ") if text else ""
    if names and (position is None or (any(marks) and not marks[position - 1])):
        pass  # a note on someone else's name, or on the marked names only
    elif rest:
        equal |= bool(TEXT_EQUAL_RE.search(rest)) and not LEGEND_LINE_RE.match(rest.strip())
        corresponding |= bool(TEXT_CORRESPONDING_RE.search(rest)) and not LEGEND_LINE_RE.match(rest.strip())
    venue_text = rest or (pub.venue or "")
    return replace(
        pub,
        authors=tuple(n for n in names if n),
        first_author=first,
        author_position=position,
        status=_status(rest, pub),
        workshop=is_workshop(venue_text) or is_workshop(pub.venue or ""),
        equal_contribution=equal,
        corresponding=corresponding,
        authors_truncated=bool(ET_AL_RE.search(text or "")),
    )


ET_AL_RE = re.compile(r"\bet\s*al\b|\band\s+others\b|等(?:人)?[.,，。]", re.IGNORECASE)


def _status(rest: str, pub: Publication) -> str:
    status = status_of(rest) if rest else pub.status
    if status == "published" and pub.venue and re.fullmatch(r"arxiv|biorxiv|medrxiv|ssrn|corr|tech(?:nical)? report",
                                                            pub.venue, re.IGNORECASE):
        return "preprint"  # 'D. Lee, "Title," 1806.06438 (2018)': a bare arXiv number
    return status


def _most_common_author(pubs: list[Publication]) -> tuple[str, str] | None:
    counts: Counter = Counter()
    order: dict[tuple[str, str], float] = {}
    for pub in pubs:
        for position, author in enumerate(pub.authors):
            key = _name_key(author)
            counts[key] += 1
            order[key] = order.get(key, 0) + position
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], order[k] / counts[k]))
