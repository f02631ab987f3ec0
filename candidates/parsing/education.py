"""Education entries: institution, degree and its level, field, dates, GPA, rank; honours named in them."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .dates import find_dates, find_range, only_dates, strip_dates
from .gpa import Gpa, parse_gpa, parse_rank
from .layout import Row, hyphen_continues, merge_rows, runs_on_by_a_word
from .model import Education
from .places import is_location, strip_location
from .text import clean, has_cjk, split_top_level, strip_punct

# 'Bachelor of Science', 'Master of Business Administration': a common degree name ends with its first word
# ('Bachelor of Engineering Artificial Intelligence' is the degree, then the field); others run on a few words
OF_SUBJECT = (r"(?:[^\S\t]+of[^\S\t]+(?:(?-i:Science|Engineering|Arts|Technology|Philosophy|Laws|Commerce|Education|"
              r"Medicine|Music|Architecture)(?![\w.])|(?-i:[A-Z])[\w.]*(?:[^\S\t]+(?:(?:of|and|&)[^\S\t]+)?(?-i:[A-Z])[\w.]*){0,2}))?")
# (pattern, level); the first match in a text wins, so longer and more specific forms come first
DEGREES: list[tuple[str, str]] = [
    (r"doctor\s+of\s+\w+(?:\s+\w+)?|ph\.?\s?d\.?|dr\.?\s?-\s?ing\.?|dr\.\s?rer\.\s?nat\.?|dr\.\s?sc\.?|d\.?\s?phil\.?|doctorate|doctorat|doctorado|doutorado|dottorato|"
     r"promotion\s*\(dr\.?[^)]*\)|博士(?:研究生)?", "phd"),
    (r"laurea\s+magistrale(?:\s*\([^)]*\))?|master(?:'?s)?" + OF_SUBJECT + r"|"
     r"m\.?\s?sc\.?|m\.?\s?eng\.?|m\.?\s?tech\.?|m\.?\s?phil\.?|m\.?\s?res\.?|m\.?\s?s\.(?!\w)|\bms\b|mba|"
     r"m\.?\s?a\.(?!\w)|\bma\b|\bmcs\b|\bmfa\b|m\.?\s?ed\.?|llm|diplom(?:-\w+)?|dipl[ôo]me\s+d['’]ing[ée]nieur|magister|ma[îi]trise|m[áa]ster(?:\s+universitario|\s+oficial)?|硕士(?:研究生)?|研究生", "master"),
    (r"laurea\s+triennale(?:\s*\([^)]*\))?|laurea|bachelor(?:'?s)?" + OF_SUBJECT + r"|"
     r"(?:b\.?\s?sc\.?|b\.?\s?eng\.?|b\.?\s?a\.?\s?sc\.?|b\.?\s?s\.?\s?e\.|bse|b\.?\s?tech\.?)(?:\s*\(hons?\.?\))?|"
     r"b\.?\s?e\.(?!\w)|b\.?\s?s\.(?!\w)|\bbs\b|\bbsc\b|\bbeng\b|"
     r"b\.?\s?a\.(?!\w)|\bba\b|a\.\s?b\.(?!\w)|s\.\s?b\.(?!\w)|b\.?\s?com\.?|b\.\s?b\.\s?a\.|bba|llb|licenciatura|licence|bacharelado|grado(?:\s+en\s+ingenier[íi]a)?|(?:engineer\s*\(\s*)?in[żz]ynier\)?|本科|学士",
     "bachelor"),
    (r"associate(?:'s)?\s+(?:of|degree|in)[\w\s]*?(?=\s+in\b|,|;|$)|\baa\b|\bas\b(?=\s+in)", "associate"),
    (r"(?:class|grade|standard|std\.?)\s+xii(?:\s*\([^)]*\))?|(?:class|grade|standard|std\.?)\s+x(?:\s*\([^)]*\))?|"
     r"(?:class|grade|standard|std\.?)\s+12(?:th)?|(?:class|grade|standard|std\.?)\s+10(?:th)?|"
     r"high\s+school(?:\s+diploma)?|secondary\s+school|higher\s+secondary|senior\s+secondary|\bhsc\b|\bssc\b|"
     r"a-?levels?|abitur|baccalaur[ée]at|高中|中学", "highschool"),
]
# a degree is a word of its own ('Firmware Engineer' holds no 'M.Eng'); Chinese has no spaces between words
LATIN_WORD = r"[^\W\u3400-\u9fff]"
DEGREE_RES = [(re.compile(rf"(?<![.]|{LATIN_WORD})(?:{p})(?!{LATIN_WORD})", re.IGNORECASE), lvl) for p, lvl in DEGREES]
# all levels in one pass: the leftmost match wins, and at one position the level listed first (as one by one);
# every degree pattern starts with one of the characters of the lookahead, a cheap test at each position
DEGREE_ANY_RE = re.compile(
    rf"(?<![.]|{LATIN_WORD})(?=[dpmlbeiachsg博硕研本学高中])(?:"
    + "|".join(rf"(?P<l{i}>(?:{p})(?!{LATIN_WORD}))" for i, (p, _) in enumerate(DEGREES)) + ")",
    re.IGNORECASE,
)
STATE_CODES = {"MA", "MS", "ME", "MD"}  # two-letter US states that read as degrees
TOWN_BEFORE_RE = re.compile(r"[A-Z][a-z]+,\s?$")
INSTITUTION_STRONG_RE = re.compile(
    r"universit|\buniv\.|universidad|universidade|institute|institut\b|instituto|istituto|faculdade|escola|college|politecnico|polytechnic|academy|école|ecole|hochschule|"
    r"vidyalaya|\bschool\b|\biit\b|\bnit\b|\beth\b|epfl|kaist|technion|caltech|\bmit\b|大学|学院|中学|高中",
    re.IGNORECASE,
)
# cells and clauses: separators, and a full stop after a word ('Lakeside College. GPA 3.9/4.0'; not 'St. Anne')
INSTITUTION_SPLIT_RE = re.compile(r"\s[—–|·•]\s|;|,\s*|\s{2,}|\t|(?<=[a-z]{3})\.\s+(?=[A-Z])")
CJK_SCHOOL_END_RE = re.compile(r"(?:大学|学院|研究院|研究所|中学|高中)(?:[（(][^）)]*[）)])?$")
WEAK_ORG_RE = re.compile(r"^(school|department|faculty|college|center|centre|lab)\s+of\b", re.IGNORECASE)
THESIS_RE = re.compile(r"\b(?:thesis|dissertation|tesi|m[ée]moire|abschlussarbeit|masterarbeit|bachelorarbeit|"
                       r"tfm|tfg)\b|论文", re.IGNORECASE)
PRESENT_LEAD_RE = re.compile(r"^(?:present|now|current|today|heute|actuel|actualidad|atual|至今)\b\s*", re.IGNORECASE)
BARE_GPA_RE = re.compile(r"[1-4]\.\d{1,2}")
NOT_A_DEGREE_RE = re.compile(r"^(?:project|course|training|workshop|bootcamp)\b", re.IGNORECASE)
NOT_AN_ENTRY_RE = re.compile(r"\b(exchange|visiting|semester\s+abroad|study\s+abroad|summer\s+school)\b", re.IGNORECASE)
HONOUR_RE = re.compile(
    r"scholarship|scholar\b|fellowship|award|prize|medal|winner|dean'?s\s+list|honou?rs?\b|"
    r"(?:outstanding|excellent|distinguished)\s+(?:graduate|student)|valedictorian|salutatorian|"
    r"奖学金|奖|优秀毕业生|三好学生",
    re.IGNORECASE,
)
CLASSIFICATION_RE = re.compile(
    r"^(?:with\s+)?(?:first[-\s]class(?:\s+honou?rs)?|second[-\s]class.*|upper\s+second.*|lower\s+second.*|"
    r"(?:high(?:est)?\s+)?distinction|merit|(?:summa\s+|magna\s+)?cum\s+laude|honou?rs(?:\s+degree)?|hons)$",
    re.IGNORECASE,
)


@dataclass
class _Block:
    rows: list[Row] = field(default_factory=list)
    institution: str | None = None
    degree: tuple[str, str] | None = None
    sibling: bool = False  # a second degree listed under the same school: it shares the school's dates
    not_a_degree: bool = False  # a project or a course listed among the degrees ('Project “…”' at a school)


@lru_cache(maxsize=4096)
def find_degree(text: str) -> tuple[str, str, re.Match] | None:
    match = DEGREE_ANY_RE.search(text)
    while match is not None and _us_state(text, match):
        match = DEGREE_ANY_RE.search(text, match.end())  # 'Worcester, MA': a US state, not a Master of Arts
    if match is None:
        return None
    level = DEGREES[int(match.lastgroup[1:])][1]
    return match.group(0).strip(), level, match


def _us_state(text: str, match: re.Match) -> bool:
    return match.group(0) in STATE_CODES and bool(TOWN_BEFORE_RE.search(text, 0, match.start()))


@lru_cache(maxsize=4096)
def find_institution(text: str) -> str | None:
    """The part of the text naming a school; 'University of X' beats 'School of Informatics'."""
    text = re.sub(r"\([^()]*\)", " ", text)
    parts = [strip_punct(p) for p in INSTITUTION_SPLIT_RE.split(text) if strip_punct(p)]
    # '北京理工大学 2013 年 9 月-2016 年 1 月': dates glued to the name go, the name stays
    parts = [_undated(p) if find_range(p) else p for p in parts]
    parts = [PRESENT_LEAD_RE.sub("", p) for p in parts]  # '2024 – Present Máster …' split at its dash
    parts = [p for p in parts if p and " / " not in p and not re.search(r"\d{4}|gpa|\d/\d", p, re.IGNORECASE)]
    parts = [p for p in parts if not _only_degree(p)]  # 'Máster Universitario' names a degree, not a school
    strong = [p for p in parts if INSTITUTION_STRONG_RE.search(p) and not WEAK_ORG_RE.match(p)]
    weak = [p for p in parts if INSTITUTION_STRONG_RE.search(p)]
    pick = (strong or weak or [None])[0]
    if pick is None:
        return None
    at = re.search(r"\s(?:at|@)\s+", pick)
    if at and INSTITUTION_STRONG_RE.search(pick[at.end():]):
        pick = pick[at.end():]  # 'Computer Science at Tsinghua University': the field, then the school
    first = pick.split()[0]
    if has_cjk(first) and first != pick and CJK_SCHOOL_END_RE.search(first):
        pick = first  # '浙江大学 计算机科学 硕士': the school, then its field and degree, set apart by spaces
    degree = find_degree(pick)
    if degree and degree[2].start() == 0 and not INSTITUTION_STRONG_RE.search(degree[0]):
        rest = pick[degree[2].end():]
        rest = re.sub(r"^\s*(in|of)\s+[^,]*?(?=\b(university|institute|college)\b)", "", rest, flags=re.I)
        pick = strip_punct(rest) or pick
    return strip_location(AT_LEAD_RE.sub("", pick))


AT_LEAD_RE = re.compile(r"^(?:at|@|from|in)\s+(?=[A-Z])")


def _only_degree(part: str) -> bool:
    degree = find_degree(part)
    return bool(degree) and degree[2].start() == 0 and degree[2].end() >= len(part.rstrip(". "))


def _undated(part: str) -> str:
    """'Khulna University of Engineering [ 10/01/2017 – 30/06/2022 ]', '北京理工大学 2013 年 9 月-2016 年 1 月':
    the dates glued to a name go, and the brackets they leave."""
    return strip_punct(re.sub(r"[\[(]\s*[\])]|\s*[\[(]\s*$|^\s*[\])]\s*", " ", strip_dates(part)))


def parse_education(rows: list[Row]) -> tuple[list[Education], list[str]]:
    joined: list[Row] = []
    for row in rows:
        if joined and _stacked_years(joined[-1], row):  # '2012' over '2015': one range, set in a narrow column
            seg = joined[-1].segments[0]
            joined[-1] = replace(joined[-1], segments=(replace(seg, text=f"{seg.text.strip()} – {row.text.strip()}"),),
                                 bottom=row.bottom)
            continue
        if joined and not find_range(clean(row.text)) and (
                runs_on_by_a_word(joined[-1], row) or _school_runs_on(joined[-1], row)
                or hyphen_continues(joined[-1], row)):
            joined[-1] = merge_rows(joined[-1], row)
        else:
            joined.append(row)
    blocks = _blocks(joined)
    entries, honours = [], []
    last_institution = None
    for block in blocks:
        entry = _entry(block, last_institution)
        if entry is None:
            continue
        if block.sibling and entries and entry.start is None and entry.end is None:
            entry = replace(entry, start=entries[-1].start, end=entries[-1].end)
        last_institution = entry.institution or last_institution
        entries.append(entry)
        entries.extend(_second_degree(entry, block))
        honours.extend(_honours(block))
    return entries, honours


def _stacked_years(previous: Row, row: Row) -> bool:
    if len(previous.segments) != 1 or len(row.segments) != 1 or abs(previous.x0 - row.x0) > 3:
        return False
    first, second = clean(previous.text), clean(row.text)
    if not (only_dates(first) and only_dates(second)):
        return False
    start, end = find_range(first), find_range(second)
    return bool(start and end and not start.start and not end.start and start.end and end.end
                and start.end != "present" and (end.end == "present" or start.end < end.end))


def _school_runs_on(previous: Row, row: Row) -> bool:
    """A school's name set over two lines in a narrow column ('Nanyang Technological' / 'University', 'University
    of Illinois' / 'Urbana-Champaign'): alike, flush, close, and the two lines name one school."""
    if len(previous.segments) != 1 or len(row.segments) != 1 or row.marker or previous.marker:
        return False
    first, second = previous.segments[0], row.segments[0]
    if (first.size, first.bold) != (second.size, second.bold) or abs(row.x0 - previous.x0) > 2:
        return False
    if row.top - previous.bottom > 0.6 * (previous.bottom - previous.top) or len(second.text.split()) > 3:
        return False
    text, above = clean(second.text), clean(first.text)
    if find_degree(text) or find_degree(above) or is_location(text) or parse_gpa(text) or not text[:1].isupper():
        return False
    school = find_institution(f"{above} {text}")
    return bool(school) and school.endswith(text) and school != find_institution(text)


JOINED_DEGREES_RE = re.compile(r"^\s*(?:and|&|/|,)\s*$", re.IGNORECASE)


def _second_degree(entry: Education, block: _Block) -> list[Education]:
    """'M.S. and Ph.D., Electrical and Computer Engineering': two degrees on one line, one entry each."""
    if not entry.degree:
        return []
    for row in block.rows:
        text = clean(row.text)
        first = find_degree(text)
        if not first or first[0] != entry.degree:
            continue
        second = find_degree(text[first[2].end():])
        if second and second[1] != entry.degree_level and JOINED_DEGREES_RE.match(
                text[first[2].end():first[2].end() + second[2].start()]):
            return [replace(entry, degree=second[0], degree_level=second[1])]
        return []
    return []


def _flush_right(rows: list[Row]) -> bool:
    """Lines set flush right (a right-hand sidebar): they end at one x and start wherever their length puts them,
    so no line is indented under another."""
    if len(rows) < 3:
        return False
    right = max(r.x1 for r in rows)
    return sum(1 for r in rows if right - r.x1 < 3) >= 0.8 * len(rows) and max(r.x0 for r in rows) - min(
        r.x0 for r in rows) > 20


def _blocks(rows: list[Row]) -> list[_Block]:
    left = min((r.x0 for r in rows), default=0.0)
    flush_right = _flush_right(rows)
    blocks = [_Block()]
    for row in rows:
        text = clean(row.text)
        excluded = bool(NOT_AN_ENTRY_RE.search(text))
        anchor = (row.x0 <= left + 8 or flush_right or _date_first(text)) and not excluded
        degree = find_degree(text) if anchor else None
        institution = find_institution(text) if anchor else None
        current = blocks[-1]
        if anchor and not degree and NOT_A_DEGREE_RE.match(text):
            blocks.append(_Block(not_a_degree=True))
            blocks[-1].rows.append(row)
            continue
        if current.not_a_degree and not degree:
            current.rows.append(row)  # the project's school, dates and details
            continue
        if not anchor and not excluded and not row.marker and current.institution is None:
            institution = find_institution(text)  # a school name set under an indented title
            current.institution = institution
            institution = None
        if not anchor and not excluded and not row.marker and current.institution:
            inner = _opening_degree(text)  # the degree on an indented line under its school
            if inner and not current.degree:
                current.degree = (inner[0], inner[1])
            elif inner and current.degree and _degree_line(current, text):
                blocks.append(_Block(institution=current.institution, degree=(inner[0], inner[1]), sibling=True))
                blocks[-1].rows.append(row)
                continue
        if (degree and current.degree) or (institution and current.institution and not degree
                                           and not _unit_of_school(institution, current.institution)):
            blocks.append(_Block())
            current = blocks[-1]
        elif (current.degree or current.institution) and _date_line(text) and any(_dated(r) for r in current.rows):
            blocks.append(_Block())  # a dates line above the next degree ('01/09/2011 – 30/06/2014 – Lyon')
            current = blocks[-1]
        current.rows.append(row)
        if degree and not current.degree:
            current.degree = (degree[0], degree[1])
        if institution and not current.institution:
            current.institution = institution
    return [b for b in blocks if b.rows]


def _unit_of_school(name: str, school: str) -> bool:
    """'计算机学院' or 'School of Informatics' under '慕尼黑工业大学' / 'University of Edinburgh': a faculty of the
    school above it, not a new entry."""
    if has_cjk(name):
        return "大学" not in name and "大学" in school
    return bool(WEAK_ORG_RE.match(name)) and not WEAK_ORG_RE.match(school)


def _opening_degree(text: str) -> tuple[str, str, re.Match] | None:
    """The degree a line opens with ('Ph.D. in …'), not one it only mentions ('Thesis for the M.Sc.')."""
    degree = find_degree(text)
    return degree if degree and degree[2].start() == 0 else None


def _degree_line(block: _Block, text: str) -> bool:
    """A second indented degree line under one school ('Bachelor of Science in Mathematics' then '… in Computer
    Science'), not a line that only mentions one ('Thesis: …')."""
    return any(_opening_degree(clean(r.text)) for r in block.rows) and not parse_gpa(text)


def _date_first(text: str) -> bool:
    """'2017  Grade XII, …': a row led by its date, as in a left date column whose dates are set flush right."""
    dates = find_dates(text)
    return bool(dates) and dates[0].start == 0


def _unnamed_school(header: list[str]) -> str | None:
    """A school with no school word ('INSA Lyon · 2012 – 2017' above the degree): the first short proper name
    on a line of the entry that holds no degree, once dates, places, grades and labels are set aside."""
    for text in header:
        if find_degree(text):
            school = _school_after_field(text) or _school_among_fields(text) or _school_after_at(text)
            if school:
                return school
            continue
        for part in INSTITUTION_SPLIT_RE.split(strip_dates(text)):
            part = strip_punct(part)
            words = part.split()
            if not words or len(words) > 6 or not part[:1].isupper() or re.search(r"\d|[:：@]", part):
                continue
            if is_location(part) or HONOUR_RE.search(part) or CLASSIFICATION_RE.search(part) or parse_gpa(part):
                continue
            return part
    return None


def _date_line(text: str) -> bool:
    """Only dates, perhaps with a place: 'Sep 2012 – Jun 2014', '01/09/2011 – 30/06/2014 – Lyon, France'."""
    found = find_range(text)
    if found is None or not found.start:
        return False
    rest = strip_punct(strip_dates(text))
    return not rest or is_location(rest)


def _dated(row: Row) -> bool:
    found = find_range(clean(row.text))
    return found is not None


def _entry(block: _Block, last_institution: str | None) -> Education | None:
    if block.not_a_degree or (not block.degree and not block.institution):
        return None
    texts = [clean(r.text) for r in block.rows]
    header = [clean(r.text) for r in block.rows if not r.marker]
    joined = " \n ".join(texts)
    dates = _dates(block.rows)
    graded = [_before_thesis(t) for t in texts]  # a thesis grade ('Thesis: 28/30') is not the degree's GPA
    gpa = parse_gpa(" \n ".join(graded))
    gpa_row = next((t for t in graded if parse_gpa(t)), "")
    if gpa is None:  # a grade printed alone on its line under the degree ('3.78')
        bare = next((t for t, r in zip(texts, block.rows) if BARE_GPA_RE.fullmatch(t) and not r.marker), None)
        gpa = Gpa(float(bare), None) if bare else None
    if not block.degree and not dates:
        return None
    degree_text, level = block.degree or (None, "other")
    return Education(
        institution=block.institution or _unnamed_school(header) or last_institution,
        degree_level=level,
        degree=degree_text,
        field=_field(header, degree_text),
        start=dates[0] if dates else None,
        end=dates[1] if dates else None,
        gpa=gpa.value if gpa else None,
        gpa_scale=gpa.scale if gpa else None,
        rank=parse_rank(gpa_row) or _labelled_rank(joined),
        gpa_4_stated=gpa.four_scale if gpa else None,
    )


def _before_thesis(text: str) -> str:
    match = THESIS_RE.search(text)
    return text[:match.start()] if match else text


def _labelled_rank(text: str) -> str | None:
    rank = parse_rank(text)
    return rank if rank and not rank.lower().startswith("top") else None


EXPECTED_RE = re.compile(r"预计|expected|anticipated|prévu|voraussichtlich", re.IGNORECASE)


def _dates(rows: list[Row]) -> tuple[str | None, str | None] | None:
    found = _printed_dates(rows)
    for row in rows:  # '2021.10 - 至今' with '预计 2023 年 12 月毕业': the expected date is the end
        text = clean(row.text)
        expected = find_range(text) if EXPECTED_RE.search(text) else None
        if found and expected and expected.start is None and found[1] == "present":
            return found[0], expected.end
    return found


def _printed_dates(rows: list[Row]) -> tuple[str | None, str | None] | None:
    single = None
    for row in rows:
        for seg in row.segments:
            found = find_range(clean(seg.text))
            if found and found.start:
                return found.start, found.end
            if found and single is None and not row.marker:
                single = (None, found.end)
    return single


def _field(header: list[str], degree: str | None) -> str | None:
    if not degree:
        return None
    for text in header:
        position = text.find(degree)
        if position < 0:
            continue
        after = text[position + len(degree):]
        after = re.split(r"\s(?:at|@)\s", after.split("\t")[0])[0]  # '… Electrical Engineering at BITS Pilani'
        field_first = _field_before(text, position)
        if field_first:
            return field_first
        match = re.match(r"\s*(?:in|of|en|em|,)?\s*([A-Z][^,;|·—(\t]*?)(?=\s*(?:[,;|·—(\t]|\s{2}|GPA|$))", after)
        if match and not INSTITUTION_STRONG_RE.search(match.group(1)):
            return strip_punct(match.group(1)) or None
        before = strip_punct(text[:position].split("\t")[-1])
        if not before and has_cjk(degree):  # '浙江大学  计算机科学  硕士': the field is the cell before the degree
            cells = [strip_punct(c) for c in text[:position].split("\t") if strip_punct(c)]
            before = cells[-1] if cells and has_cjk(cells[-1]) and not re.search(r"\d", cells[-1]) else ""
        if before and not INSTITUTION_STRONG_RE.search(before) and len(before.split()) <= 6:
            return before
        named = re.match(r"(?:bachelor|master)\s+of\s+(.+)", degree, re.IGNORECASE)
        if named and not re.match(r"(science|arts|engineering|technology|philosophy)$", named.group(1), re.I):
            return named.group(1)
    return None


def _field_before(text: str, position: int) -> str | None:
    """'Information Engineering, M.Eng., BITS Pilani': the field printed first, then the degree, then the school,
    each between commas (as themes print area, study type and institution)."""
    before = text[:position].split("\t")[-1]
    after = text[position:].split("\t")[0]
    if not re.search(r",\s*$", before) or not re.match(r"[^,]+,\s*\S", after):
        return None
    field = strip_punct(before)
    if not field or "," in field or INSTITUTION_STRONG_RE.search(field) or len(field.split()) > 6 or re.search(r"\d", field):
        return None
    return field


def _school_after_field(text: str) -> str | None:
    """The school of 'Field, Degree, School' (see _field_before)."""
    degree = find_degree(text)
    if degree is None or not _field_before(text, degree[2].start()):
        return None
    rest = text[degree[2].end():].split("\t")[0]
    school = strip_punct(rest.split(",")[1] if rest.lstrip(" .").startswith(",") and rest.count(",") >= 1 else "")
    return school if school and school[:1].isupper() and not re.search(r"\d", school) else None


FIELD_WORD_RE = re.compile(
    r"\b(?:engineering|science|sciences|mathematics|statistics|physics|chemistry|biology|economics|finance|"
    r"informatics|computing|technology|intelligence|robotics|electronics|design|management|learning|data|"
    r"ingenier[íi]a|informatique|informatik|ing[ée]nierie)\b", re.IGNORECASE)


def _school_after_at(text: str) -> str | None:
    """'M.S. Electrical Engineering at BITS Pilani': the school after ' at ' on the degree's line."""
    match = re.search(r"\s(?:at|@)\s+([A-Z][^,;|\t(]{1,60})", strip_dates(text.split("\t")[0]))
    school = strip_punct(match.group(1)) if match else ""
    return school if school and not re.search(r"\d", school) and not is_location(school) else None


def _school_among_fields(text: str) -> str | None:
    """'Ph.D., BITS Pilani, Computer Engineering': after the degree, the one part that is a proper name and no
    field of study, beside a part that is one."""
    degree = find_degree(text)
    if degree is None:
        return None
    parts = [strip_punct(p) for p in re.split(r",|\t", strip_dates(text[degree[2].end():]))]
    parts = [p for p in parts if p]
    fields = [p for p in parts if FIELD_WORD_RE.search(p)]
    names = [p for p in parts if p not in fields and p[:1].isupper() and len(p.split()) <= 5
             and not re.search(r"\d|[:：@%]", p) and not is_location(p) and not HONOUR_RE.search(p)
             and not CLASSIFICATION_RE.search(p) and not parse_gpa(p)]
    return names[0] if fields and len(names) == 1 else None


def _classification(text: str) -> bool:
    """'First Class Honours', also beside the dates or a separator ('2010 – 2014 · First Class Honours')."""
    if CLASSIFICATION_RE.search(strip_punct(text)):
        return True
    parts = [strip_punct(p) for p in re.split(r"\s[·•|—–]\s|;|\t", strip_dates(text))]
    parts = [p for p in parts if p]
    return bool(parts) and all(CLASSIFICATION_RE.search(p) for p in parts)


HONOURS_LABEL_RE = re.compile(
    r"^(?:honou?rs?(?:\s+(?:and|&)\s+awards?)?|awards?(?:\s+(?:and|&)\s+honou?rs?)?|scholarships?|荣誉奖项|荣誉|获奖情况|奖项)"
    r"\s*[:：]\s*", re.IGNORECASE)
ANY_LABEL_RE = re.compile(r"^[^\s:：,，]{1,12}(?:\s[^\s:：,，]{1,12}){0,2}\s*[:：]")


def _labelled_honours(rows: list[Row]) -> tuple[list[str], set[int]]:
    """'Honors: Dean's List (2018), EY Scholarship (2017), …', possibly wrapped: every item of the list."""
    found: list[str] = []
    used: set[int] = set()
    for index, row in enumerate(rows):
        label = HONOURS_LABEL_RE.match(clean(row.text))
        if not label:
            continue
        text = clean(row.text)[label.end():]
        used.add(index)
        for later in range(index + 1, len(rows)):
            nxt = clean(rows[later].text)
            above = rows[later - 1]
            wrapped = above.x1 > above.col_right - 0.1 * (above.col_right - above.col_left)  # ran to the edge
            if rows[later].marker or ANY_LABEL_RE.match(nxt) or (
                    not wrapped and (find_degree(nxt) or find_institution(nxt))):
                break
            text = f"{text} {nxt}"
            used.add(later)
        found += [strip_punct(p) for p in split_top_level(text.replace("\t", " "), ",，;；、") if strip_punct(p)]
    return found, used


def _honours(block: _Block) -> list[str]:
    found, used = _labelled_honours(block.rows)
    for index, row in enumerate(block.rows):
        if index in used:
            continue
        text = clean(row.text).replace("\t", " ")
        plain = row.marker or (len(text.split()) <= 12 and not find_degree(text) and not find_institution(text))
        if plain and HONOUR_RE.search(text) and not _classification(text) \
                and not parse_gpa(text) and not re.match(r"(thesis|dissertation|coursework|courses)\b", text, re.I):
            found.append(strip_punct(text))
            continue
        inline = [p for p in re.split(r"\s[·•|—–]\s|;|\t", text) if p.strip()] if len(text.split()) > 3 else []
        for part in inline[1:]:
            part = strip_punct(part)
            if HONOUR_RE.search(part) and not CLASSIFICATION_RE.search(part) and not parse_gpa(part) \
                    and not find_degree(part) and not find_institution(part) and len(part.split()) <= 10:
                found.append(part)
        for inner in re.findall(r"\(([^()]*)\)", text):
            if HONOUR_RE.search(inner) and not CLASSIFICATION_RE.search(inner.strip()) and not only_dates(inner):
                found.append(strip_punct(inner))
    return found
