"""The parser: PDF bytes -> layout rows -> sections -> each extractor -> one frozen ParsedResume."""

from __future__ import annotations

import re
from dataclasses import replace

from .awards import parse_awards
from .contact import annotation_links, contact_shaped, find_emails, find_links, find_phones
from .dates import find_dates, find_range
from .education import INSTITUTION_STRONG_RE, parse_education
from .experience import parse_experience
from .fallback import needs_fallback, read_by_content, relabel_citations
from .layout import Row, body_size, read_rows, ungrid
from .model import Experience, ParsedResume
from .names import find_name
from .pdf import read_pdf
from .publications import parse_publications
from .quality import assess
from .sections import Section, split_sections
from .skills import lookup as lookup_skill
from .skills import parse_skills
from .text import clean, strip_punct

PARSER_VERSION = "1.6"
DEFAULT_MAX_BYTES = 20 * 1024 * 1024
DEFAULT_MAX_PAGES = 30

CONTACT_KINDS = {"header", "contact"}
NO_LINK_KINDS = {"publications", "references", "talks"}
ENTRY_KINDS = {"experience", "education", "projects", "awards"}
BARE_DOMAIN_RE = re.compile(r"[\w-]+(?:\.[\w-]+)+")
MERGED_KINDS = {"skills"}  # a second-language skills list may add items; other kinds would duplicate


def parse_pdf(data: bytes, *, max_bytes: int = DEFAULT_MAX_BYTES, max_pages: int = DEFAULT_MAX_PAGES) -> ParsedResume:
    """Parse a resume PDF. Raises UnreadablePdf, with a message saying why, for files we cannot read."""
    pages = read_pdf(data, max_bytes=max_bytes, max_pages=max_pages)
    rows = read_rows(pages)
    body = body_size(rows)
    name, name_rows = find_name(rows, body)
    rows = _without_running_header(rows, name)
    sections = _one_language(split_sections(rows, name_rows[0] if name_rows else None, body))
    if needs_fallback(sections):
        sections = read_by_content(sections)
    sections = relabel_citations(sections, name)
    rows_in_order = [row for section in sections for row in section.rows]
    entry_rows = _indexes(rows_in_order, sections, ENTRY_KINDS)
    contact_rows = _indexes(rows_in_order, sections, CONTACT_KINDS) | {
        i for i, row in enumerate(rows_in_order) if row.page == 0 and contact_shaped(row.text)
        and not (i in entry_rows and BARE_DOMAIN_RE.fullmatch(row.text.strip()))}  # 'JD.com' as an employer
    links = find_links(rows_in_order, contact_rows, _indexes(rows_in_order, sections, NO_LINK_KINDS))
    letterhead = [row.bottom for row in (sections[0].rows if sections[0].kind == "header" else []) if row.page == 0]
    # icons linking to profiles sit in the letterhead, perhaps in a row of their own under it: above the first section
    first_section = next((row.top for section in sections[1:] for row in section.rows[:1] if row.page == 0), 0.0)
    top_of_page = max(max(letterhead, default=0.0) + 30, first_section - 30 if letterhead else 0.0)
    links += [link for link in annotation_links([a for p in pages for a in p.links], rows_in_order, contact_rows,
                                                top_of_page)
              if link not in links]
    links = [link for link in links if not any(o != link and o.startswith(link) for o in links)]  # cut at a wrap
    education, edu_awards = _education(sections)
    parsed = ParsedResume(
        name=name,
        emails=tuple(find_emails(_rows(sections, exclude={"references"}))),
        phones=tuple(find_phones(rows_in_order, contact_rows, _indexes(rows_in_order, sections, {"references"}))),
        links=tuple(links),
        education=tuple(education),
        experience=tuple(_experience(sections)),
        publications=tuple(parse_publications(_rows(sections, include={"publications"}), name)),
        skills=tuple(_skills(sections)),
        awards=tuple(_awards(sections, edu_awards)),
        text="\n".join(row.text for row in rows),
        pages=len(pages),
    )
    return replace(parsed, quality=assess(parsed, sections))


def _without_running_header(rows: list[Row], name: str | None) -> list[Row]:
    """A later page's first line that names the candidate ('Curriculum vitae Minh Dang', 'Jane Roe – CV') is a
    running header, not part of the section it falls in."""
    if not name:
        return rows
    first_on_page = {}
    for row in rows:
        first_on_page.setdefault(row.page, row)
    return [row for row in rows if not (
        row.page > 0 and first_on_page[row.page] is row and row.top < 72 and name in row.text
        and len(row.text) <= len(name) + 30 and "," not in row.text.replace(name, ""))]  # an author list has commas


def _one_language(sections: list[Section]) -> list[Section]:
    """A resume that repeats itself in a second language: keep each kind in the language it first appears in."""
    first_script: dict[str, bool] = {}
    kept = []
    for section in sections:
        if section.kind in ("header", "other") or section.kind in MERGED_KINDS:
            kept.append(section)
            continue
        script = first_script.setdefault(section.kind, section.is_cjk)
        kept.append(section if script == section.is_cjk else Section("duplicate", section.heading, section.rows))
    return kept


def _of(sections: list[Section], kind: str) -> list[Section]:
    return [s for s in sections if s.kind == kind]


def _rows(sections: list[Section], *, include: set[str] | None = None, exclude: set[str] = frozenset()) -> list[Row]:
    return [r for s in sections if (include is None or s.kind in include) and s.kind not in exclude for r in s.rows]


def _indexes(rows: list[Row], sections: list[Section], kinds: set[str]) -> set[int]:
    wanted = {id(r) for s in sections if s.kind in kinds for r in s.rows}
    return {i for i, r in enumerate(rows) if id(r) in wanted}


def _education(sections: list[Section]):
    entries, honours = [], []
    for section in _of(sections, "education"):
        found, named = parse_education(ungrid(section.rows))
        entries.extend(found)
        honours.extend(named)
    return entries, honours


MIXED_HEADING_RE = re.compile(r"project|项目", re.IGNORECASE)
# a post that is a job wherever it is listed, a projects section included ('Research Assistant, X Lab')
HELD_POST_RE = re.compile(r"\b(?:intern(?:ship)?|research\s+assistant|teaching\s+assistant)\b|实习生|研究助理", re.IGNORECASE)


def _experience(sections: list[Section]):
    for section in sections:
        if section.kind == "experience" and MIXED_HEADING_RE.search(section.heading):
            # 'Projects and Internships' (项目与实习经历): an entry naming no organisation is a project
            yield from (job for job in parse_experience(section.rows) if job.organization)
        elif section.kind == "experience":
            yield from parse_experience(section.rows)
        elif section.kind == "teaching":
            yield from _teaching_posts(section.rows)
        elif section.kind == "projects":
            yield from (job for job in parse_experience(section.rows)
                        if job.organization and HELD_POST_RE.search(job.title or "") and job.start)


TEACHING_TITLE_RE = re.compile(r"\b(?:teaching\s+assistant|TA|grader|tutor|teaching\s+fellow)\b|助教", re.IGNORECASE)
ACRONYM_ORG_RE = re.compile(r"[A-Z]{2,6}(?:\s+[A-Z]{2,6})*")


def _teaching_posts(rows: list[Row]):
    """Assistantships listed one a line in a teaching section, '[year] Teaching Assistant, Course, Professor,
    School, Term': a job when the line names a school ('JHU', 'University of …'); course lines are not jobs."""
    year = None
    for row in rows:
        text = clean(row.text).replace("\t", ", ")
        found = find_range(text)
        lead = find_dates(text)
        if lead and lead[0].start == 0:
            year = lead[0].value  # a year column: it holds for the lines below it
        body = text[lead[0].end:].lstrip(" ,") if lead and lead[0].start == 0 else text
        title = TEACHING_TITLE_RE.match(body)
        if not title:
            continue
        parts = [strip_punct(p) for p in body[title.end():].split(",")]
        schools = [p for p in parts if INSTITUTION_STRONG_RE.search(p) or ACRONYM_ORG_RE.fullmatch(p)]
        start, end = (found.start or found.end, found.end) if found else (year, year)
        if schools and start:
            yield Experience(organization=schools[-1], title=title.group(0), start=start, end=end)


def _skills(sections: list[Section]) -> list[str]:
    found: list[str] = []
    for section in sections:
        if section.kind == "skills":
            found += [skill for skill in parse_skills(section.rows) if skill not in found]
        elif section.kind == "languages":  # 'Languages: Python, Kotlin' means programming languages to some
            found += [skill for skill in parse_skills(section.rows) if lookup_skill(skill) and skill not in found]
    return found


def _awards(sections: list[Section], from_education: list[str]) -> list[str]:
    awards = [a for s in _of(sections, "awards") for a in parse_awards(s.rows)]
    seen = {_award_key(a) for a in awards}
    for award in from_education:
        if _award_key(award) not in seen:
            awards.append(award)
            seen.add(_award_key(award))
    return awards


def _award_key(award: str) -> str:
    """'Founders Scholarship (2015)', 'Founders Scholarship (two terms)' and 'Founders Scholarship' name one award:
    years and asides in parentheses are left out."""
    award = re.sub(r"\([^()]*\)|\b(?:19|20)\d{2}\b", " ", award)  # '(2015)', '(4 semesters)': asides
    return "".join(c for c in award.lower() if c.isalnum())
