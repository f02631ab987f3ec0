"""Publication venues: short names, full names, aliases and a CORE-style tier, from data/venues.json.

``lookup("ICCV'2019")`` and ``lookup("IEEE International Conference on Image Processing")`` both work;
``venue_of(citation_part)`` finds the venue inside a citation's text.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

YEAR_SUFFIX_RE = re.compile(r"\s*['’`]?\s*(?:19|20)?\d{2}$")


@dataclass(frozen=True)
class Venue:
    short: str
    full: str
    tier: str | None  # "A*", "A", "B", "C" or None (unranked)
    kind: str  # "conference" or "journal"
    aliases: tuple[str, ...] = ()

    @property
    def is_top(self) -> bool:
        return self.tier in ("A*", "A")


def _key(name: str) -> str:
    name = re.sub(r"\s+", " ", name or "").strip(" .,;:()")
    name = YEAR_SUFFIX_RE.sub("", name) if re.search(r"[A-Za-z]['’`\s]*\d{2,4}$", name) else name
    return re.sub(r"[^\w&+*]+", " ", name.lower()).strip()


@lru_cache(maxsize=1)
def all_venues() -> tuple[Venue, ...]:
    raw = json.loads(resources.files(__package__).joinpath("data/venues.json").read_text("utf-8"))
    return tuple(Venue(v["short"], v["full"], v["tier"], v["kind"], tuple(v["aliases"])) for v in raw)


@lru_cache(maxsize=1)
def _index() -> dict[str, Venue]:
    index: dict[str, Venue] = {}
    for venue in all_venues():
        for name in (venue.short, venue.full, *venue.aliases):
            index.setdefault(_key(name), venue)
    return index


@lru_cache(maxsize=1)
def _long_names() -> list[tuple[re.Pattern, Venue]]:
    """Full names and long aliases (three words or more), longest first, for finding inside a citation."""
    names = []
    for venue in all_venues():
        for name in (venue.full, *venue.aliases):
            if len(name.split()) >= 3:
                names.append((name, venue))
    names.sort(key=lambda item: -len(item[0]))
    return [(re.compile(_name_pattern(name), re.IGNORECASE), venue) for name, venue in names]


@lru_cache(maxsize=1)
def _any_long_name() -> re.Pattern:
    return re.compile("|".join(f"(?:{pattern.pattern})" for pattern, _ in _long_names()), re.IGNORECASE)


def _name_pattern(name: str) -> str:
    words = [re.escape(w) for w in re.split(r"[\s\-–]+", name)]
    # the name must end there: 'Conference on Computer Vision and Pattern Analysis' is not ICCV
    return r"(?<!\w)" + r"[\s\-–]+".join(words) + r"(?=\s*(?:$|[(),.:;'’]|\d|workshops?\b|–|-|\bin\b))"


@lru_cache(maxsize=1)
def _acronyms() -> dict[str, Venue]:
    found: dict[str, Venue] = {}
    for venue in all_venues():
        for name in (venue.short, *venue.aliases):
            if " " not in name.strip() and any(c.isupper() for c in name[1:]) or name.isupper():
                found.setdefault(name.lower(), venue)
    return found


def lookup(name: str) -> Venue | None:
    """A venue by its short name, full name or an alias, case-insensitive; a year suffix is ignored."""
    if not name:
        return None
    return _index().get(_key(name))


def search(query: str) -> list[Venue]:
    """Venues whose names or aliases contain the query: the dashboard's venue filter."""
    key = _key(query)
    if not key:
        return list(all_venues())
    return [v for v in all_venues() if any(key in _key(n) for n in (v.short, v.full, *v.aliases))]


def long_name_start(text: str) -> int | None:
    """Where the first venue named in full begins in the text ('Title Proceedings of the ... Conference on ...')."""
    found = _any_long_name().search(text)
    return found.start() if found else None


def venue_of(text: str) -> Venue | None:
    """The known venue a piece of citation text names: '(ICIP)', "ICCV'2019", 'Int. Conf. on ...'."""
    for inner in re.findall(r"\(([^()]{2,40})\)", text):
        venue = _acronym_in(inner)
        if venue:
            return venue
    if _any_long_name().search(text):  # one pass first: most texts name no venue in full
        for pattern, venue in _long_names():
            if pattern.search(text):
                return venue
    return _acronym_in(text) or _abbreviated(text)


# ISO 4 journal abbreviations ('IEEE Trans. Pattern Anal. Mach. Intell.', also printed without the full stops):
# each word stands for the start of a word of the full name; the full name's small words ('on', 'and') are left out
SMALL_WORDS = {"on", "and", "of", "the", "for", "in", "&"}
ABBREVIATION_RE = re.compile(r"\b[A-Z][a-z]{0,8}\.?\s+[A-Z][a-z]{0,8}\b")


@lru_cache(maxsize=1)
def _full_words() -> list[tuple[list[str], Venue]]:
    out = []
    for venue in all_venues():
        words = [w.lower() for w in re.findall(r"[A-Za-z]+", venue.full) if w.lower() not in SMALL_WORDS]
        if len(words) >= 2:
            out.append((words, venue))
    return out


def _abbreviated(text: str) -> Venue | None:
    if not ABBREVIATION_RE.search(text):
        return None
    printed = [w.lower() for w in re.findall(r"[A-Za-z]+\.?", text) if w.lower().rstrip(".") not in SMALL_WORDS]
    initials = {w[0] for w in printed}
    for words, venue in _full_words():
        if len(words) <= len(printed) and all(w[0] in initials for w in words) and _abbreviates(printed, words):
            return venue
    return None


def _abbreviates(printed: list[str], full: list[str]) -> bool:
    """Some run of the printed words abbreviates every word of the full name, in order, one word at least cut short."""
    first = full[0]
    for start in range(len(printed) - len(full) + 1):
        if not first.startswith(printed[start].rstrip(".")):
            continue  # the run must open with the name's first word, whole or cut (a cheap test first)
        run = printed[start:start + len(full)]
        cut = False
        if len(full) == 2 and not all(w.endswith(".") or w.rstrip(".") != whole for w, whole in zip(run, full)):
            continue  # a two-word name only from two cut words: 'Sci. Robot.', 'Sci Robot', not 'Science Rob'
        for word, whole in zip(run, full):
            bare = word.rstrip(".")
            if bare == whole:
                continue
            if not whole.startswith(bare) or not (len(bare) >= 3 or word.endswith(".")):
                break
            cut = True
        else:
            if cut:
                return True
    return False


def _acronym_in(text: str) -> Venue | None:
    for token in re.findall(r"[A-Za-z][\w&\-]*(?:['’`]\s?\d{2,4})?", text):
        base = re.sub(r"['’`]?\s?\d{2,4}$", "", token) if re.search(r"[A-Za-z]['’`]?\s?\d{2,4}$", token) else token
        if len(base) < 2 or not any(c.isupper() for c in base):
            continue
        venue = _acronyms().get(base.lower())
        if venue and (base.isupper() or base == venue.short or base in venue.aliases):
            return venue
    return None
