"""A second reading for documents whose headings the section finder could not see.

Headings set as images, drawn in a font with no text, run into a table's cells or simply absent leave the
whole document under the letterhead. Then every paragraph is judged by what it says instead: a degree and a
school make education, a dated line with a role makes a job, an author list with a year and a venue makes a
publication, a list of known tools makes skills, lines naming prizes make awards. Consecutive paragraphs of
one kind become a section, read by the usual extractors.
"""

from __future__ import annotations

import re
from statistics import median

from .dates import find_range
from .education import find_degree, find_institution
from .experience import ROLE_RE
from .layout import Row
from .sections import Section
from .skills import lookup as lookup_skill
from .text import clean
from .venues import venue_of

CORE_KINDS = {"education", "experience", "publications", "skills"}
YEAR_RE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
CITATION_RE = re.compile(
    r"[“”\"]|\bin\s+proc|proceedings|\bjournal\b|\btrans(?:actions)?\b|\bconference\b|\bworkshop\b|arxiv|"
    r"\bet\s+al\b|\bvol\.|\bpp\.|\bdoi\b",
    re.IGNORECASE,
)
INITIALS_RE = re.compile(r"\b[A-Z]\.\s?(?:[A-Z]\.\s?)?[A-Z][a-z]+")
AWARD_RE = re.compile(r"award|scholarship|prize|medal|fellowship|honou?r|winner|finalist|dean'?s\s+list|奖", re.I)
GPA_RE = re.compile(r"\b(?:c?gpa|grade|cgpa)\b|绩点", re.IGNORECASE)
CONTACT_RE = re.compile(r"@|linkedin|github|https?://", re.IGNORECASE)
PHONE_RUN_RE = re.compile(r"\+?\d[\d ().-]{7,}\d")
SKILL_SPLIT_RE = re.compile(r"\s*[,;|/·•、，]\s*")


LETTERHEAD_CHARS = 300  # a name, a title and a line or two of contacts


def needs_fallback(sections: list[Section]) -> bool:
    """Fewer than two core sections found, and far more text outside them (beyond a letterhead) than in them."""
    core = [s for s in sections if s.kind in CORE_KINDS and s.rows]
    loose = sum(len(r.text) for s in sections if s.kind in ("header", "other") for r in s.rows)
    inside = sum(len(r.text) for s in core for r in s.rows)
    return len({s.kind for s in core}) < 2 and loose - LETTERHEAD_CHARS > max(inside, LETTERHEAD_CHARS // 2)


def read_by_content(sections: list[Section]) -> list[Section]:
    """The sections with every header or unknown section's paragraphs judged by their content."""
    out: list[Section] = []
    for section in sections:
        if section.kind not in ("header", "other") or not section.rows:
            out.append(section)
            continue
        kept = Section(section.kind, section.heading)
        out.append(kept)
        top = section is sections[0]  # the letterhead: the first paragraphs, up to the last with contact details
        for number, block in enumerate(_paragraphs(section.rows)):
            top = top and (number == 0 or any(_contact(r.text) for r in block))
            kind = None if top else _kind(block)
            if kind is None:
                out[-1].rows.extend(block)  # the letterhead, or the description of the entry above
            elif out[-1].kind == kind and not out[-1].heading:
                out[-1].rows.extend(block)
            else:
                out.append(Section(kind, "", list(block)))
    return [s for s in out if s.rows or s.heading]


def relabel_citations(sections: list[Section], candidate: str | None = None) -> list[Section]:
    """A section under an ambiguous or unknown heading ('Research') that holds mostly citations is a publication
    list; jobs and projects do not read like '[1] H. He, M. Li, "Title," in Proc. ICML, 2024'."""
    for section in sections:
        if section.kind in ("other", "experience") and len(section.rows) >= 2 and _cited_rows(section.rows) >= 2 \
                and _mostly_citations(section.rows):
            section.kind = "publications"
        elif section.kind == "projects" and _author_listed(section.rows, candidate):
            section.kind = "publications"  # papers under a 'Projects' heading: titles over author lists
    return sections


INITIALLED_RE = re.compile(r"(?:[^\W\d_]\.[-\s]?){1,3}\s?[^\W\d_][\w'’-]+[*†‡]*")


def _author_listed(rows: list[Row], candidate: str | None) -> bool:
    """Most entries carry a line of authors: with initials ('Lee, S., Park, H.-e.' or 'S. Lee, H. Park'), or
    names among which the candidate's own; and no entry has dates: papers, not projects."""
    from .publications import split_authors  # publications reads sections this module makes

    lists = 0
    for row in rows:
        text = clean(row.text).strip()
        found = find_range(text)
        if found and found.start:
            return False
        names = split_authors(text) if "," in text or " and " in text else []
        if names and all(INITIALLED_RE.fullmatch(name.strip()) for name in names):  # 'Reddy, K.' alone too
            lists += 1
        elif any(name in text for name in _printed_forms(candidate)) and len(text.split()) <= 16 \
                and not re.search(r"[.!?]\s+[A-Z]", text):
            lists += 1  # 'Qingyang Yang, Hassan Al-Mansouri†', or the candidate alone
    return lists >= 2 and lists >= 0.2 * len(rows)


def _printed_forms(candidate: str | None) -> tuple[str, ...]:
    """'Rohan Bhatt' and 'Bhatt, Rohan'."""
    words = (candidate or "").split()
    return (candidate, f"{words[-1]}, {' '.join(words[:-1])}") if len(words) >= 2 else ()


def _cited_rows(rows: list[Row]) -> int:
    """A cheap first look: rows holding a year and a citation cue."""
    return sum(1 for r in rows if YEAR_RE.search(r.text) and CITATION_RE.search(r.text))


def _mostly_citations(rows: list[Row]) -> bool:
    items: list[list[Row]] = []
    for row in rows:
        if row.marker or not items:
            items.append([row])
        else:
            items[-1].append(row)
    if len(items) < 2:
        items = _paragraphs(rows)
    cited = [item for item in items if _publication_score([clean(r.text) for r in item],
                                                          " ".join(clean(r.text) for r in item)) >= 3]
    size = sum(len(r.text) for r in rows)
    return len(cited) >= 2 and sum(len(r.text) for item in cited for r in item) >= 0.6 * size


def _contact(text: str) -> bool:
    """An e-mail, a profile or a phone number ('2015 - 2019' is no phone: too few digits)."""
    return bool(CONTACT_RE.search(text)) or any(
        len(re.sub(r"\D", "", m.group(0))) >= 9 for m in PHONE_RUN_RE.finditer(text))


def _paragraphs(rows: list[Row]) -> list[list[Row]]:
    """Rows split where the line pitch opens up, or where the page or column changes."""
    if not rows:
        return []
    gaps = [b.top - a.bottom for a, b in zip(rows, rows[1:]) if b.page == a.page and b.top > a.bottom - 1]
    usual = sorted(gaps)[len(gaps) // 4] if gaps else 2.0  # the gap between lines; breaks are the larger ones
    heights = [r.bottom - r.top for r in rows]
    opening = max(usual * 1.8, median(heights) * 0.6)
    blocks: list[list[Row]] = [[rows[0]]]
    for previous, row in zip(rows, rows[1:]):
        new = row.page != previous.page or row.column != previous.column or row.top - previous.bottom > opening
        if new:
            blocks.append([row])
        else:
            blocks[-1].append(row)
    return blocks


def _kind(block: list[Row]) -> str | None:
    texts = [clean(r.text).replace("\t", "  ") for r in block]
    joined = " ".join(texts)
    scores = {
        "education": _education_score(texts),
        "publications": _publication_score(texts, joined),
        "skills": _skills_score(texts),
        "experience": _experience_score(texts),
        "awards": _awards_score(texts),
    }
    kind, best = max(scores.items(), key=lambda item: item[1])
    return kind if best >= 2 else None


def _education_score(texts: list[str]) -> int:
    degree = any(find_degree(t) for t in texts)
    school = any(find_institution(t) for t in texts)
    return 2 * degree + school + any(GPA_RE.search(t) for t in texts) if degree or school else 0


def _publication_score(texts: list[str], joined: str) -> int:
    if not YEAR_RE.search(joined):
        return 0
    cues = len(CITATION_RE.findall(joined)) + len(INITIALS_RE.findall(joined)) // 2
    return min(3, cues) + (1 if venue_of(joined) else 0)


def _skills_score(texts: list[str]) -> int:
    items = [i for t in texts for i in SKILL_SPLIT_RE.split(re.sub(r"^[^:：]{1,30}[:：]", "", t)) if i.strip()]
    known = sum(1 for i in items if lookup_skill(i.strip(" .")))
    return 3 if known >= 3 and known >= 0.5 * len(items) else 0


def _experience_score(texts: list[str]) -> int:
    dated = any(find_range(t) and find_range(t).start for t in texts[:3])
    role = any(ROLE_RE.search(t) for t in texts[:3])
    return 2 * dated + role if dated and role else 0


def _awards_score(texts: list[str]) -> int:
    named = sum(1 for t in texts if AWARD_RE.search(t) and len(t.split()) <= 20)
    return 2 if named and named >= 0.5 * len(texts) else 0
