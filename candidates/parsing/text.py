"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CJK_RE = re.compile(r"[\u2e80-\u2eff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
DASHES = "‐‑‒–—―−"


def has_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text or ""))


SPACES_RE = re.compile(r"\s+")
CJK_RUN_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]+")


def word_count(text: str) -> int:
    """Words as a reader counts them: Chinese is written without spaces, so two characters make a word
    ('参与多个自然语言处理相关的研究项目' is a sentence, not one word)."""
    cjk = sum(len(run) for run in CJK_RUN_RE.findall(text or ""))
    return len(CJK_RUN_RE.sub(" ", text or "").split()) + (cjk + 1) // 2


def normalize_spaces(text: str) -> str:
    return SPACES_RE.sub(" ", text or "").strip()


SPACING_RE = re.compile(r"  |[^\S ]")
WIDE_GAP_RE = re.compile(r"[ \u00a0]{2,}|\s*\t\s*")
OTHER_SPACES_RE = re.compile(r"[^\S\t]+")
TAB_RUN_RE = re.compile(r" *\t[\t ]*")
DASHES_RE = re.compile(f"[{DASHES}]")
CID_RE = re.compile(r"\(cid:\d+\)")
ASCII_LOWER_RE = re.compile(r"[a-z]")
NON_LETTER_RE = re.compile(r"[^A-Za-z]")
LETTERS_RE = re.compile(r"[A-Za-z]+")


def normalize_keep_tabs(text: str) -> str:
    """Collapse spaces but keep a wide gap ('Intern  Host: ...', two cells of a row) as one tab."""
    if not text:
        return ""
    if not SPACING_RE.search(text):
        return text.strip()  # single plain spaces only: nothing to collapse
    text = WIDE_GAP_RE.sub("\t", text)
    text = OTHER_SPACES_RE.sub(" ", text)
    return TAB_RUN_RE.sub("\t", text).strip()


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """NFKC (ligatures like 'ﬂ' -> 'fl'), dashes unified to '–', spaces collapsed, small caps cells decapitalised."""
    text = (text or "").replace("\u3000", "\t")  # an ideographic space separates cells in Chinese layouts
    if "(cid:" in text:  # an icon font's unmapped glyph ('(cid:0) 3 months') is no text
        text = CID_RE.sub(" ", text)
    text = unicodedata.normalize("NFKC", text)
    text = DASHES_RE.sub("–", text)
    return "\t".join(decap(cell) for cell in normalize_keep_tabs(text).split("\t"))


SMALL_WORDS = {"of", "in", "and", "at", "for", "the", "on", "to", "with", "a", "an", "de", "di", "du", "der", "la"}


def decap(text: str) -> str:
    """A cell set in capitals or small caps ('MASTER OF SCIENCE IN PHYSICS') in title case; short
    acronyms (IIT, AI) stay as printed. Text with any lower-case letter is returned unchanged."""
    if ASCII_LOWER_RE.search(text):
        return text  # any lower-case letter: not a capitals cell
    letters = NON_LETTER_RE.sub("", text)
    if len(letters) < 4 or not letters.isupper() or "@" in text or "/" in text:
        return text
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        bare = NON_LETTER_RE.sub("", word)
        if i and bare.lower() in SMALL_WORDS and bare == word:
            out.append(word.lower())
        elif len(bare) <= 3 and "." not in word:
            out.append(word)
        else:
            out.append(LETTERS_RE.sub(lambda m: m.group(0).capitalize(), word))
    return " ".join(out)


def strip_punct(text: str) -> str:
    return (text or "").strip(" \t,;:|•·-–—/")


def split_top_level(text: str, separators: str) -> list[str]:
    """Split on any of the separator characters outside parentheses and brackets."""
    parts, depth, current = [], 0, []
    for char in text:
        if char in "([{（":
            depth += 1
        elif char in ")]}）":
            depth = max(0, depth - 1)
        if char in separators and depth == 0:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return [p.strip() for p in parts if p.strip()]


def join_lines(lines: list[str]) -> str:
    """Join wrapped lines; a line ending in a hyphen between letters continues the word."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if out.endswith("-") and len(out) > 1 and out[-2].isalpha() and line[:1].isalpha():
            # 'Math-' / 'ematical': a word broken by the typesetter loses its hyphen; 'Multi-' / 'Exit' keeps it
            out = out[:-1] + line if line[:1].islower() and out[-2].islower() else out + line
        else:
            out = f"{out} {line}" if out else line
    return out
