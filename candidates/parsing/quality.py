"""How far a parse can be trusted: a score in 0..1 with reasons a recruiter can act on.

The estimate looks at what the parser could not do (no name, no education, a publication list it could
not read), at anomalies in what it did read (papers without years, schools without names), and at how much
of the document's text fell under a section the parser understood. A low score does not mean the record
is wrong, only that a person should look before trusting a filter on it.
"""

from __future__ import annotations

from .model import ParsedResume, Quality
from .sections import Section

LETTERHEAD_CHARS = 400  # a name, a title and a line or two of contacts; more before any heading is unread text
KNOWN_FREE_KINDS = {"header", "other", "duplicate"}  # text under these was not attributed to a section


def assess(parsed: ParsedResume, sections: list[Section]) -> Quality:
    penalties: list[tuple[float, str]] = []
    kinds = {s.kind for s in sections if s.rows}
    if not parsed.name:
        penalties.append((0.3, "name not found"))
    if not parsed.emails and not parsed.phones:
        penalties.append((0.15, "no e-mail or phone found"))
    penalties += _education(parsed, kinds)
    penalties += _work(parsed, kinds)
    penalties += _publications(parsed, kinds)
    if not parsed.skills:
        penalties.append((0.05 if "skills" not in kinds else 0.15,
                          "no skills found" if "skills" not in kinds else "a skills section could not be read"))
    coverage = attributed_share(sections)
    if coverage < 0.6:
        penalties.append((0.6 - coverage, f"only {round(100 * coverage)}% of the text was attributed to a section"))
    score = max(0.0, 1.0 - sum(p for p, _ in penalties))
    reasons = tuple(reason for _, reason in sorted(penalties, key=lambda p: -p[0]))
    return Quality(score=round(score, 2), reasons=reasons)


def _education(parsed: ParsedResume, kinds: set[str]) -> list[tuple[float, str]]:
    if not parsed.education:
        if "education" in kinds:
            return [(0.3, "an education section was found but no degree could be read")]
        return [(0.25, "no education found")]
    nameless = sum(1 for e in parsed.education if not e.institution)
    if nameless:
        return [(0.1, f"{nameless} education entr{'y' if nameless == 1 else 'ies'} without an institution")]
    return []


def _work(parsed: ParsedResume, kinds: set[str]) -> list[tuple[float, str]]:
    if "experience" in kinds and not parsed.experience:
        return [(0.2, "an experience section was found but no job could be read")]
    if not parsed.experience and not parsed.publications:
        return [(0.1, "no experience or publications found")]
    unnamed = sum(1 for e in parsed.experience if not e.organization)
    if parsed.experience and unnamed * 2 > len(parsed.experience):
        return [(0.1, "most jobs without an employer")]
    return []


def _publications(parsed: ParsedResume, kinds: set[str]) -> list[tuple[float, str]]:
    papers = parsed.publications
    if "publications" in kinds and not papers:
        return [(0.2, "a publications section was found but no paper could be read")]
    if len(papers) >= 2:
        undated = sum(1 for p in papers if p.year is None)
        if undated * 2 > len(papers):
            return [(0.1, "publications without years")]
        untitled = sum(1 for p in papers if not p.title or len(p.title.split()) < 3)
        if untitled * 2 > len(papers):
            return [(0.1, "publications without readable titles")]
    return []


def attributed_share(sections: list[Section]) -> float:
    """The share of the text (by characters) that sits under a section the parser knows; the letterhead
    at the top of the first page (name and contacts) counts as known, up to a letterhead's length."""
    total = known = 0
    for index, section in enumerate(sections):
        size = sum(len(row.text) for row in section.rows)
        total += size
        if section.kind not in KNOWN_FREE_KINDS:
            known += size
        elif index == 0:
            known += min(size, LETTERHEAD_CHARS)
    return known / total if total else 0.0
