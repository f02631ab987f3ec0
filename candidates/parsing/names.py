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
NAME_WORD_RE = re.compile(r"^(?:(?:Mc|Mac|De|Le|La|Di|Van|O')?[A-ZÀ-ÖØ-Þ][a-zà-öø-ÿ'’]+(?:-[A-ZÀ-ÖØ-Þa-zà-öø-ÿ][a-zà-öø-ÿ'’]+)*|[A-ZÀ-ÖØ-Þ]{2,}(?:-[A-Z]+)*|[A-Z]\.|[a-z]{1,3})$")


CJK_NOT_NAME_RE = re.compile(r"简历|履历|简介|个人|信息|求职|应聘")
# a name printed as a labelled field ('姓名：…', 'Name  …'), as form-like resumes do
NAME_LABEL_RE = re.compile(
    r"^(?:姓\s*名|(?:full\s+)?name\b|personal\s+(?:information|details|data)|informaci[óo]n\s+personal|"
    r"informations?\s+personnelles|pers[öo]nliche\s+(?:angaben|daten|informationen)|dati\s+personali)\s*[:：]?\s*",
    re.IGNORECASE,
)  # Europass sets the name beside 'PERSONAL INFORMATION'
NAME_TITLE_SPLIT_RE = re.compile(r"\s+[—–|·•,]\s+|\s+-\s+|\s{2,}")
# '何浩源 Hao-Yuan He', 'Hao-Yuan He (何浩源)': the name in Chinese characters beside the Latin one
CJK_PART_RE = re.compile(r"[(（]?\s*[\u2e80-\u2eff\u3400-\u9fff·]+\s*[)）]?")
LETTER_SPACED_RE = re.compile(r"(?:[^\W\d_] ){2,}[^\W\d_](?:\s{2,}(?:[^\W\d_] )+[^\W\d_])+")


def _name_word(word: str) -> bool:
    """'Zdeněk', 'Łucja', "O'Hara", 'Weiß-Ötker', 'DVOŘÁK', 'L.', 'de': any script with cases."""
    if NAME_WORD_RE.match(word):
        return True
    if len(word) == 2 and word[0].isupper() and word[1] == ".":
        return True
    parts = re.split(r"[-'’]", word)
    if not all(part.isalpha() for part in parts if part) or not word[:1].isupper():
        return False
    return word.isupper() and len(word) >= 2 or all(part[1:].islower() or not part[1:] for part in parts if part)


def clean_name(text: str) -> str | None:
    """'Dr Maria L. Ortega' -> 'Maria L. Ortega'; None when the text is not a person's name."""
    text = text.strip(" ,|·•")
    if LETTER_SPACED_RE.fullmatch(text):  # 'J A N   D V O Ř Á K': letters spaced out, words by wider gaps
        text = " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text))
    text = re.sub(r"\s+", " ", text)
    text = DOCUMENT_TITLE_RE.sub("", text)
    text = TITLE_PREFIX_RE.sub("", text)
    text = SUFFIX_RE.sub("", text).strip(" ,")
    if has_cjk(text) and re.search(r"[A-Za-z]{2}", text):
        latin_part = CJK_PART_RE.sub(" ", text)
        latin = None if has_cjk(latin_part) else clean_name(latin_part)
        if latin:
            return latin
        text = " ".join(CJK_PART_RE.findall(text)).strip("()（） ")
    if has_cjk(text):
        if re.fullmatch(r"(?:[\u4e00-\u9fff][\s\u3000]+){1,4}[\u4e00-\u9fff]", text):
            text = re.sub(r"[\s\u3000]+", "", text)
        if CJK_NOT_NAME_RE.search(text) or heading_kind(text):
            return None  # the document's title ('个人简历') or a section heading ('教育经历'), not a person
        return text if re.fullmatch(r"[\u2e80-\u2eff\u4e00-\u9fff·]{2,5}", text) else None
    words = text.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:  # a theme printing the name twice
        words = words[:half]
        text = " ".join(words)
    if not 2 <= len(words) <= 5 or any(w.lower().strip(".") in NOT_NAME_WORDS for w in words):
        return None
    if not all(_name_word(w) for w in words) or not words[0][:1].isupper():
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
        text = " ".join(text for text, _ in pieces)
        name = clean_name(text) or clean_name(NAME_TITLE_SPLIT_RE.split(text)[0])  # 'Name — Job Title'
        if name:
            return name, [r for _, r in pieces]
    name, name_rows = _labelled_name(candidates)
    if name:
        return name, name_rows
    return _first_line_name(candidates, body)


def _first_line_name(rows: list[Row], body: float) -> tuple[str | None, list[Row]]:
    """A name set only a little larger than the text, alone on the first line of the page."""
    for row in rows[:2]:
        if len(row.segments) == 1 and row.segments[0].size > body * 1.05:
            name = clean_name(row.segments[0].text)
            if name:
                return name, [row]
    return None, []


def _labelled_name(rows: list[Row]) -> tuple[str | None, list[Row]]:
    """'姓名 | 王小明' in a form-like table, or 'Name: Jane Roe': the value after a name label."""
    for row in rows:
        for index, seg in enumerate(row.segments):
            label = NAME_LABEL_RE.match(seg.text.strip())
            if not label:
                continue
            rest = seg.text.strip()[label.end():]
            value = rest or (row.segments[index + 1].text if index + 1 < len(row.segments) else "")
            name = clean_name(value)
            if name:
                return name, [row]
    return None, []


def _name_pieces(seg, row: Row, candidates: list[Row]) -> list[tuple[str, Row]]:
    """The segment, plus the next row in the same column when it is set in the same large type."""
    pieces = [(seg.text, row)]
    index = candidates.index(row)
    if len(CJK_PART_RE.sub(" ", seg.text).split()) == 1 and index + 1 < len(candidates):  # '黄文杰 Wenjie' / 'Huang'
        nxt = candidates[index + 1]
        first = nxt.segments[0]
        if nxt.column == row.column and abs(first.size - seg.size) < 0.5 and len(first.text.split()) <= 2:
            pieces.append((first.text, nxt))
    return pieces


def _page_height_guess(rows: list[Row]) -> float:
    return max((r.bottom for r in rows if r.page == 0), default=792.0) + 40
