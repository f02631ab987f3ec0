"""GPA, its scale and class rank, in the forms real resumes print them.

'3.93/4', 'GPA: 4.00 / 4.00', 'Cum. GPA: 90.75/100', 'CGPA 8.7/10', '85%', 'GPA 3.67 (Major: 3.9)',
'90.21/100 (3.93/4.0)', 'Final grade: 110/110'. A rank ('7/174') or a date is never a GPA.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

NUM = r"\d{1,3}(?:[.,]\d{1,3})?"
LABEL = (
    r"(?:cum(?:ulative)?\.?\s*|overall\s*|major\s*|average\s*)?"
    r"(?:c?gpa|gpa|cpi|spi|wam|gpa\s*score|grade\s*point\s*average|average\s*grade|final\s*grade|"
    r"final\s*mark|overall\s*grade|grade|marks?|score|percentage|aggregate|绩点|平均分|成绩)"
)
LABELED_RE = re.compile(
    rf"(?<![\w]){LABEL}\s*(?:\([^)]*\))?\s*[:：=]?\s*(?P<value>{NUM})\s*(?P<pct>%)?"
    rf"(?:\s*(?:/|out\s+of|of)\s*(?P<scale>{NUM}))?",
    re.IGNORECASE,
)
RATIO_RE = re.compile(rf"(?<![\w./]){'(?P<value>' + NUM + ')'}\s*/\s*(?P<scale>{NUM})(?![\d/])")
PERCENT_RE = re.compile(rf"(?<![\w.]){'(?P<value>' + NUM + ')'}\s*%")
RANK_RE = re.compile(
    r"(?:class\s+)?rank(?:ing|ed)?\s*[:：]?\s*(?:no\.?\s*)?(?P<rank>\d+(?:st|nd|rd|th)?\s*(?:/|out\s+of|of)\s*\d+)"
    r"|排名\s*[:：]?\s*(?P<cnrank>\d+\s*/\s*\d+)"
    r"|(?P<top>top\s*\d+(?:\.\d+)?\s*%|前\s*\d+(?:\.\d+)?\s*%)",
    re.IGNORECASE,
)
SCALES = (4.0, 4.3, 4.33, 4.5, 5.0, 6.0, 7.0, 10.0, 12.0, 20.0, 30.0, 100.0, 110.0)  # 12: the Danish scale
NOT_GPA_LABELS = re.compile(r"toefl|ielts|gre|gmat|sat|act|gaokao|高考|cet", re.IGNORECASE)


@dataclass(frozen=True)
class Gpa:
    value: float
    scale: float | None
    four_scale: float | None = None  # a 4.0-scale equivalent the resume itself states


def _num(text: str) -> float:
    return float(text.replace(",", "."))


@lru_cache(maxsize=4096)
def parse_gpa(text: str) -> Gpa | None:
    """The first cumulative GPA in the text, with the scale when one is printed."""
    found = _labeled(text) or _unlabeled(text)
    if found is None:
        return None
    four = found.value if found.scale in (4.0,) else _stated_four_scale(text, found)
    return Gpa(found.value, found.scale, four)


def _labeled(text: str) -> Gpa | None:
    for match in LABELED_RE.finditer(text):
        if NOT_GPA_LABELS.search(text[max(0, match.start() - 8):match.start()]):
            continue
        gpa = _from_match(match, labeled=True)
        if gpa:
            return gpa
    return None


def _unlabeled(text: str) -> Gpa | None:
    for match in RATIO_RE.finditer(text):
        gpa = _from_match(match, labeled=False)
        if gpa and not _inside_rank(text, match.start()):
            return gpa
    for match in PERCENT_RE.finditer(text):
        value = _num(match.group("value"))
        before = text[max(0, match.start() - 12):match.start()].lower()
        if 40 <= value <= 100 and not re.search(r"top|rank|first|best|\bin\b|by", before):
            return Gpa(value, 100.0)
    return None


def _from_match(match: re.Match, *, labeled: bool) -> Gpa | None:
    value = _num(match.group("value"))
    if match.groupdict().get("pct"):
        return Gpa(value, 100.0) if value <= 100 else None
    scale_text = match.group("scale")
    scale = _num(scale_text) if scale_text else None
    if scale is not None:
        if value > scale or scale not in SCALES:
            return None
        return Gpa(value, scale)
    if not labeled or value > 110 or re.fullmatch(r"(19|20)\d\d", match.group("value")):
        return None
    return Gpa(value, None)


def _inside_rank(text: str, position: int) -> bool:
    return bool(re.search(r"rank(ing)?\s*[:：]?\s*$", text[max(0, position - 12):position], re.IGNORECASE))


def _stated_four_scale(text: str, primary: Gpa) -> float | None:
    for match in RATIO_RE.finditer(text):
        scale = _num(match.group("scale"))
        value = _num(match.group("value"))
        if scale == 4.0 and value <= 4.0 and value != primary.value:
            return value
    return None


def parse_rank(text: str) -> str | None:
    match = RANK_RE.search(text)
    if not match:
        return None
    rank = match.group("rank") or match.group("cnrank") or match.group("top")
    return re.sub(r"\s+", " ", rank).strip()
