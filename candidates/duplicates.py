"""Two records that are probably one person: the evidence, in words a recruiter can check.

No contact detail is shared (those join a resume to its candidate outright, see identity.py), but:
- the same name (accents, case, word order and middle initials aside, or a word cut to its initial: 'Vishal R' and
  'Vishal Ramesh') and a shared school or employer;
- two or more shared publication titles;
- a Chinese name and its pinyin, in either order, and a shared school or employer ('王新路' and 'Xinlu Wang';
  a letter of difference in the given name is allowed, as romanisations vary: 'Xinglu').
Nothing is merged on this evidence: the pair is flagged with its reasons for a person to judge.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

CJK_RE = re.compile(r"[\u3400-\u9fff]")
CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]{2,4}")
SMALL_WORDS = {"the", "of", "and", "at", "de", "di", "du", "la", "le", "del", "der", "für", "fur"}
MIN_SHARED_TITLES = 2


@dataclass
class Profile:
    """What the comparison looks at, for one candidate."""

    pk: int
    name: str
    places: dict[str, str] = field(default_factory=dict)  # normalised school or employer -> as printed
    titles: dict[str, str] = field(default_factory=dict)  # normalised publication title -> as printed


MIN_TITLE_CHARS = 12  # 'Introduction' or 'Poster' is no paper to recognise a person by


def profile_of(pk: int, name: str, places, titles) -> Profile:
    """A candidate's profile from their schools and employers and their paper titles, as printed."""
    return Profile(
        pk=pk,
        name=name,
        places={place_key(p): p for p in places if place_key(p)},
        titles={title_key(t): t for t in titles if len(title_key(t)) >= MIN_TITLE_CHARS},
    )


def fold(text: str) -> str:
    """Lower case, accents and punctuation off, one space between words."""
    text = unicodedata.normalize("NFKD", text or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).lower()
    return " ".join(re.sub(r"[^\w\s]", " ", text).split())


def place_key(text: str) -> str:
    return " ".join(w for w in fold(text).split() if w not in SMALL_WORDS)


def title_key(text: str) -> str:
    return fold(text)


def latin_name_key(name: str) -> str:
    """'Jane A. Roe', 'ROE, Jane', 'Jáne Roe' -> 'jane roe': words sorted, initials and other scripts dropped."""
    words = [w for w in fold(CJK_RE.sub(" ", name)).split() if len(w) > 1]
    return " ".join(sorted(words)) if len(words) >= 2 else ""


def initials_match(one: str, other: str) -> bool:
    """'Vishal R' and 'Vishal Ramesh', 'J. Roe' and 'Jane Roe': word for word (in either order) the same, but for
    words cut to their initial; at least one whole word in common."""
    a, b = (fold(CJK_RE.sub(" ", name)).split() for name in (one, other))
    if len(a) != len(b) or len(a) < 2:
        return False
    for ordered in (b, b[::-1]):
        pairs = list(zip(a, ordered))
        whole = any(x == y and len(x) > 1 for x, y in pairs)
        cut = any(x != y for x, y in pairs)
        if whole and cut and all(x == y or (min(len(x), len(y)) == 1 and x[0] == y[0]) for x, y in pairs):
            return True
    return False


def _chinese_part(name: str) -> str | None:
    match = CJK_RUN_RE.search(name or "")
    return match.group(0) if match else None


@lru_cache(maxsize=4096)
def _pinyin(hanzi: str) -> tuple[str, ...]:
    from pypinyin import lazy_pinyin  # a dictionary of some megabytes: loaded only when a Chinese name is seen

    return tuple(lazy_pinyin(hanzi))


def pinyin_matches(hanzi: str, latin: str) -> bool:
    """'王新路' and 'Xinlu Wang' or 'Wang Xin-Lu' (or 'Xinglu Wang': one letter off in the given name)."""
    syllables = _pinyin(hanzi)
    words = [w.replace("-", "") for w in fold(latin.replace("-", "")).split()]
    if len(syllables) < 2 or len(words) != 2:
        return False
    for cut in (1, 2):  # a family name of one character or two (欧阳)
        if cut >= len(syllables):
            continue
        family, given = "".join(syllables[:cut]), "".join(syllables[cut:])
        for printed_family, printed_given in (words, words[::-1]):
            if printed_family == family and _one_edit_apart(printed_given, given):
                return True
    return False


def _one_edit_apart(a: str, b: str) -> bool:
    if a == b:
        return True
    if abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = (a, b) if len(a) < len(b) else (b, a)
    return any(long_[:i] + long_[i + 1:] == short for i in range(len(long_)))


def reasons(one: Profile, other: Profile) -> list[str]:
    """Why the two are probably one person, or [] when nothing says so."""
    found = []
    shared_places = [one.places[k] for k in one.places.keys() & other.places.keys()]
    key = latin_name_key(one.name)
    if key and key == latin_name_key(other.name) and shared_places:
        found.append(f"same name ({one.name} / {other.name}) and both at {_listed(shared_places)}")
    elif shared_places and initials_match(one.name, other.name):
        found.append(f"same name with a word cut to its initial ({one.name} / {other.name}) and both at "
                     f"{_listed(shared_places)}")
    elif shared_places and _chinese_and_pinyin(one.name, other.name):
        found.append(f"{one.name} and {other.name} read as one name in Chinese and in pinyin, "
                     f"and both at {_listed(shared_places)}")
    shared_titles = sorted(one.titles[k] for k in one.titles.keys() & other.titles.keys())
    if len(shared_titles) >= MIN_SHARED_TITLES:
        found.append(f"{len(shared_titles)} publications in common: {_listed(shared_titles, quote=True)}")
    return found


def _chinese_and_pinyin(one: str, other: str) -> bool:
    for hanzi_side, latin_side in ((one, other), (other, one)):
        hanzi = _chinese_part(hanzi_side)
        latin = CJK_RE.sub(" ", latin_side).strip()
        if hanzi and latin and pinyin_matches(hanzi, latin):
            return True
    return False


def _listed(items: list[str], quote: bool = False, most: int = 3) -> str:
    shown = [f"“{i}”" if quote else i for i in items[:most]]
    more = f" and {len(items) - most} more" if len(items) > most else ""
    return ", ".join(shown) + more


PLACE, TITLE = "place", "title"


def name_words(name: str) -> set[str]:
    """The words a family name may be among: every Latin word, and a Chinese name's one- or two-character
    family name in pinyin ('王新路' -> wang; '欧阳娜娜' -> ou, ouyang)."""
    words = {w for w in fold(CJK_RE.sub(" ", name or "")).split() if len(w) > 1}
    hanzi = _chinese_part(name)
    if hanzi:
        syllables = _pinyin(hanzi)
        words |= {"".join(syllables[:cut]) for cut in (1, 2) if cut < len(syllables)}
    return words


def match_keys(profile: Profile) -> set[tuple[str, str]]:
    """The keys that find the records worth comparing with this one (a shared place with a shared name word,
    or a shared title)."""
    words = name_words(profile.name)
    keys = {(PLACE, f"{place}|{word}"[:255]) for place in profile.places for word in words}
    return keys | {(TITLE, title[:255]) for title in profile.titles}
