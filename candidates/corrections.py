"""Corrections that stick: which parsed entry a corrected row stands for, so that a new parse leaves it alone.

A row a person corrected (its `edited` names the fields, each with who, when and what it was) or added is kept
through every later parse. The entry the new parse finds for it is recognised by the words that name an entry
(a school and degree, an employer and title, a paper's title), as the parser printed them before the correction,
and updates only the fields nobody corrected. An entry a person deleted stays deleted: the candidate keeps a
note of it (its words, who, when) and a new parse that finds it again skips it.
"""

from __future__ import annotations

import re
from decimal import Decimal

# what a person may correct in each section, as the candidate page and the admin show it
FIELDS = {
    "education": ("institution", "degree_level", "degree", "field", "start", "end", "gpa", "gpa_scale",
                  "gpa_4_stated", "rank"),
    "experience": ("organization", "title", "start", "end"),
    "publications": ("title", "venue", "venue_tier", "year", "authors", "author_position", "first_author", "status",
                     "workshop", "equal_contribution", "corresponding", "authors_truncated"),
    "awards": ("title",),
}
# the words that name an entry, whatever else about it is corrected
IDENTITY = {
    "education": ("institution", "degree_level", "field", "end"),
    "experience": ("organization", "title", "start"),
    "publications": ("title",),
    "awards": ("title",),
}
# a field a person sets decides the fields derived from it: a venue its CORE rank, a GPA its stated 4.0 equivalent
DERIVED = {
    "venue": ("venue_tier",),
    "workshop": ("venue_tier",),
    "author_position": ("first_author",),
    "gpa": ("gpa_4_stated",),
    "gpa_scale": ("gpa_4_stated",),
}
ADDED = "added"  # the `edited` key of a row a person added: every field of it is theirs
SAME_ENTRY = 0.6  # share of words two names of an entry have in common to be the same entry

WORD_RE = re.compile(r"[^\W_]+")
CJK_RE = re.compile(r"[\u3400-\u9fff]")


def words(section: str, values: dict) -> frozenset[str]:
    """The words that name an entry, lower-cased; Chinese counted character by character (it has no spaces)."""
    found = set()
    for name in IDENTITY[section]:
        for word in WORD_RE.findall(str(values.get(name) or "").lower()):
            found.update(CJK_RE.findall(word) if CJK_RE.search(word) else [word])
    return frozenset(found)


def similarity(one: frozenset[str], other: frozenset[str]) -> float:
    if not one or not other:
        return 0.0
    return len(one & other) / len(one | other)


def locked(edited: dict) -> set[str] | None:
    """The fields a new parse must leave as they are; None for a row a person added (all of it)."""
    if ADDED in edited:
        return None
    return set(edited)


def as_parsed(values: dict, edited: dict) -> dict:
    """A row's values as the parser gave them: each corrected field's value before the correction."""
    return {**values, **{name: mark["was"] for name, mark in edited.items() if name != ADDED}}


def pair_up(kept: list[frozenset[str]], parsed: list[frozenset[str]]) -> dict[int, int]:
    """Which parsed entry each kept row stands for ({kept index: parsed index}), best matches first."""
    scored = sorted(
        ((similarity(k, p), i, j) for i, k in enumerate(kept) for j, p in enumerate(parsed)),
        key=lambda t: (-t[0], t[1], t[2]),
    )
    pairs: dict[int, int] = {}
    taken: set[int] = set()
    for score, i, j in scored:
        if score < SAME_ENTRY:
            break
        if i not in pairs and j not in taken:
            pairs[i] = j
            taken.add(j)
    return pairs


def is_removed(section: str, values: dict, removed: list[dict]) -> bool:
    """Whether a parsed entry is one a person deleted from the record."""
    mine = words(section, values)
    return any(similarity(mine, words(section, gone["was"])) >= SAME_ENTRY for gone in removed)


def merged_order(parsed_count: int, pairs: dict[int, int], kept_positions: list[int]) -> list[tuple[str, int]]:
    """The section's rows in order: ('parsed', j) for each parsed entry, where a kept row standing for it takes its
    place as ('kept', i); kept rows that stand for no parsed entry keep their old place among them."""
    by_parsed = {j: i for i, j in pairs.items()}
    order = [("kept", by_parsed[j]) if j in by_parsed else ("parsed", j) for j in range(parsed_count)]
    for i in sorted((i for i in range(len(kept_positions)) if i not in pairs), key=lambda i: kept_positions[i]):
        order.insert(min(kept_positions[i], len(order)), ("kept", i))
    return order


def jsonable(value):
    """A field's value as the `edited` JSON keeps it (a GPA is a Decimal)."""
    return format(value.normalize(), "f") if isinstance(value, Decimal) else value
