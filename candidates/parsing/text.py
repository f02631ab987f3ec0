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
    """NFKC (ligatures like 'ﬂ' -> 'fl'), dashes unified to '–', spaces collapsed."""
    text = unicodedata.normalize("NFKC", text or "")
    text = re.sub(f"[{DASHES}]", "–", text)
    return normalize_keep_tabs(text)


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
