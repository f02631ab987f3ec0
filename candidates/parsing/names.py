"""The candidate's name, found by typography: the largest name-shaped text near the top of page one."""

from __future__ import annotations

import re

from .layout import Row
from .sections import heading_kind
from .text import has_cjk

TITLE_PREFIX_RE = re.compile(r"^(?:(?:dr|prof|professor|mr|mrs|ms|miss|mx|sir)\.?\s+)+", re.IGNORECASE)
DOCUMENT_TITLE_RE = re.compile(r"^(?:curriculum\s+vit(?:ae|æ)|r[ée]sum[ée]|cv)\s*[:|–—-]?\s+(?=\S+\s+\S)", re.IGNORECASE)
SUFFIX_RE = re.compile(
    r"(?:,?\s+(?:ph\.?\s?d\.?|m\.?d\.?|m\.?sc?\.?|mba|b\.?sc?\.?|jr\.?|sr\.?|ii|iii|pe|cfa|mphil|dphil))+\s*$",
    re.IGNORECASE,
)
NOT_NAME_WORDS = {
    "resume", "résumé", "curriculum", "vitae", "cv", "contact", "profile", "page", "email", "phone",
    "address", "summary", "portfolio", "university", "institute", "engineer", "developer", "scientist",
    "student", "researcher", "research", "experience", "education", "skills", "objective", "about",
}
NAME_WORD_RE = re.compile(r"^(?:[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-Z]+)*|[A-Z]\.|[a-z]{1,3})$")


def clean_name(text: str) -> str | None:
    """'Dr Maria L. Ortega' -> 'Maria L. Ortega'; None when the text is not a person's name."""
    text = re.sub(r"\s+", " ", text).strip(" ,|·•")
    text = DOCUMENT_TITLE_RE.sub("", text)
    text = TITLE_PREFIX_RE.sub("", text)
    text = SUFFIX_RE.sub("", text).strip(" ,")
    if has_cjk(text):
        if re.fullmatch(r"(?:[\u4e00-\u9fff][\s\u3000]+){1,4}[\u4e00-\u9fff]", text):
            text = re.sub(r"[\s\u3000]+", "", text)
        return text if re.fullmatch(r"[\u4e00-\u9fff·]{2,5}", text) else None
    words = text.split()
    if not 2 <= len(words) <= 5 or any(w.lower().strip(".") in NOT_NAME_WORDS for w in words):
        return None
    if not all(NAME_WORD_RE.match(w) for w in words) or not words[0][:1].isupper():
        return None
    if sum(1 for w in words if w[:1].isupper()) < 2 or heading_kind(text):
        return None
    return text


def find_name(rows: list[Row], body: float) -> tuple[str | None, list[Row]]:
    """The name and the rows it was read from (a name may be set on two lines: 'Amara' / 'Nwachukwu').

    Segments, not rows, compete: a large name often shares its baseline with small contact details.
    """
    limit = 0.45 * _page_height_guess(rows)
    candidates = [r for r in rows if r.page == 0 and r.top < limit]
    ranked = sorted(((seg, row) for row in candidates for seg in row.segments), key=lambda p: -p[0].size)
    for seg, row in ranked[:6]:
        if not (seg.size >= body * 1.25 or (seg.bold and seg.size >= body * 1.1)):
            break
        pieces = _name_pieces(seg, row, candidates)
        name = clean_name(" ".join(text for text, _ in pieces))
        if name:
            return name, [r for _, r in pieces]
    return None, []


def _name_pieces(seg, row: Row, candidates: list[Row]) -> list[tuple[str, Row]]:
    """The segment, plus the next row in the same column when it is set in the same large type."""
    pieces = [(seg.text, row)]
    index = candidates.index(row)
    if len(seg.text.split()) == 1 and index + 1 < len(candidates):
        nxt = candidates[index + 1]
        first = nxt.segments[0]
        if nxt.column == row.column and abs(first.size - seg.size) < 0.5 and len(first.text.split()) <= 2:
            pieces.append((first.text, nxt))
    return pieces


def _page_height_guess(rows: list[Row]) -> float:
    return max((r.bottom for r in rows if r.page == 0), default=792.0) + 40
