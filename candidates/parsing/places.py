"""Places: a printed location ('Seattle, WA', 'Beijing, China') is neither an employer nor a school."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources

ORGISH_RE = re.compile(
    r"universit|institut|research|lab|college|school|inc\b|ltd|corp|company|group|cent(er|re)|academy|bank", re.I
)


@lru_cache(maxsize=1)
def _places() -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    raw = json.loads(resources.files(__package__).joinpath("data/places.json").read_text("utf-8"))
    return frozenset(raw["countries"]), frozenset(raw["regions"]), frozenset(raw["cities"])


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", text.strip(" ,.;()").lower())


def _town_of_country(text: str) -> bool:
    match = TOWN_COUNTRY_RE.match(text)
    return bool(match) and _key(match.group(1)) in _places()[0] and not ORGISH_RE.search(text)


def is_place_word(text: str) -> bool:
    countries, regions, cities = _places()
    key = _key(text)
    return key in countries or key in regions or key in cities


def is_location(text: str) -> bool:
    """'Seattle, WA', 'Milan, Italy', 'HangZhou, Zhejiang', 'Remote', '北京,中国'."""
    parts = [p for p in re.split(r"\s*[,，]\s*", text.strip(" ,.;")) if p]
    if not 1 <= len(parts) <= 3 or len(text.split()) > 6:
        return False
    countries, regions, cities = _places()
    keys = [_key(p) for p in parts]
    if all(k in countries or k in regions or k in cities for k in keys):
        return True
    if len(keys) == 3 and keys[1] not in regions and keys[1] not in countries:
        return False  # 'Acme, Round Rock, TX': an employer before 'Town, State' ('Town, State, Country' is a place)
    # 'Springfield, IL' or 'Eindhoven, Netherlands': an unknown town before a known state or country
    return (
        len(keys) >= 2 and (keys[-1] in countries or keys[-1] in regions)
        and len(parts[0].split()) <= 3 and not ORGISH_RE.search(text)
    )


PLACE_NOTE_RE = re.compile(r"^(.+?)\s*\([^()]{1,30}\)$")


def _place_with_note(text: str) -> bool:
    """'Lyon (remote)', 'Madrid (hybrid)': a known place with a short note on how the job was done."""
    match = PLACE_NOTE_RE.match(text)
    return bool(match) and is_place_word(match.group(1))


TOWN_COUNTRY_RE = re.compile(r"^[^\W\d][\w .'’-]{0,30}\(([^()]+)\)$")


def strip_location(text: str) -> str:
    """'Politecnico di Torino, Turin, Italy' -> 'Politecnico di Torino'; keeps names that only contain a place.
    'Acme GmbH, Ulm (Germany)': a town followed by its country in parentheses is a place too."""
    parts = [p.strip() for p in re.split(r"\s*,\s*", text)]
    while len(parts) > 1 and (is_place_word(parts[-1]) or _town_of_country(parts[-1]) or _place_with_note(parts[-1])):
        parts.pop()
    return ", ".join(parts).strip(" ,")
