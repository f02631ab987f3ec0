"""Small text helpers shared by the extractors."""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

CJK_RE = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
DASHES = "‐‑‒–—―−"


def has_cjk(text: str) -> bool:
    return bool(CJK_RE.search(text or ""))


def normalize_spaces(text: str) -> str:
    return re.sub(r"\s+", " ", text or "").strip()


def normalize_keep_tabs(text: str) -> str:
    """Collapse spaces but keep a wide gap ('Intern  Host: ...', two cells of a row) as one tab."""
    text = re.sub(r"[ \u00a0]{2,}|\s*\t\s*", "\t", text or "")
    text = re.sub(r"[^\S\t]+", " ", text)
    return re.sub(r" *\t[\t ]*", "\t", text).strip()


@lru_cache(maxsize=8192)
def clean(text: str) -> str:
    """NFKC (ligatures like 'ﬂ' -> 'fl'), dashes unified to '–', spaces collapsed, small caps cells decapitalised."""
    text = (text or "").replace("\u3000", "\t")  # an ideographic space separates cells in Chinese layouts
    text = unicodedata.normalize("NFKC", text)
    text = re.sub(f"[{DASHES}]", "–", text)
    return "\t".join(decap(cell) for cell in normalize_keep_tabs(text).split("\t"))


SMALL_WORDS = {"of", "in", "and", "at", "for", "the", "on", "to", "with", "a", "an", "de", "di", "du", "der", "la"}


def decap(text: str) -> str:
    """A cell set in capitals or small caps ('MASTER OF SCIENCE IN PHYSICS') in title case; short
    acronyms (IIT, AI) stay as printed. Text with any lower-case letter is returned unchanged."""
    letters = re.sub(r"[^A-Za-z]", "", text)
    if len(letters) < 4 or not letters.isupper() or "@" in text or "/" in text:
        return text
    words = text.split(" ")
    out = []
    for i, word in enumerate(words):
        bare = re.sub(r"[^A-Za-z]", "", word)
        if i and bare.lower() in SMALL_WORDS and bare == word:
            out.append(word.lower())
        elif len(bare) <= 3 and "." not in word:
            out.append(word)
        else:
            out.append(re.sub(r"[A-Za-z]+", lambda m: m.group(0).capitalize(), word))
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
            out += line
        else:
            out = f"{out} {line}" if out else line
    return out
