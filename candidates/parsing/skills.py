"""Skills: items of the skills sections, mapped to canonical lower-case names through data/skills.json.

Items are split on commas, slashes and parentheses ('C/C++' -> c, c++; 'Python (pandas, scikit-learn)'
-> three); levels, versions and row labels ('Languages:') are dropped; spoken languages are not skills.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from .contact import contact_shaped
from .layout import Row
from .text import clean, has_cjk

SPOKEN = {
    "english", "chinese", "mandarin", "cantonese", "spanish", "french", "german", "italian", "dutch", "japanese",
    "korean", "hindi", "arabic", "russian", "portuguese", "turkish", "polish", "swedish", "norwegian", "danish",
    "finnish", "greek", "hebrew", "persian", "farsi", "urdu", "bengali", "tamil", "telugu", "marathi", "kannada",
    "malayalam", "vietnamese", "thai", "indonesian", "malay", "czech", "hungarian", "romanian", "ukrainian",
    "英语", "中文", "汉语", "普通话", "日语", "韩语",
}
LEVELS = {
    "expert", "advanced", "intermediate", "basic", "beginner", "proficient", "proficiency", "familiar", "fluent",
    "native", "novice", "competent", "good", "excellent", "strong", "working knowledge", "experienced", "level",
    "skilled", "learning", "prior experience", "a1", "a2", "b1", "b2", "c1", "c2", "mother tongue", "bilingual", "精通", "熟练", "熟悉", "了解", "掌握",
}
GENERIC = {
    "area", "areas", "tools", "tool", "technologies", "technology", "skills", "skill", "level", "and", "others",
    "other", "etc", "languages", "language", "frameworks", "framework", "libraries", "library", "software",
    "platforms", "platform", "programming", "databases", "database", "cloud", "devops", "web", "misc", "various",
}
NOT_SKILL_LABEL_RE = re.compile(
    r"certif|coursework|courses|interests|hobbies|spoken|soft\s+skills|strengths|research\s+areas|awards|practices|methods|methodolog|"
    r"mother\s+tongue|native\s+language|other\s+languages|languages?\s+known|driving|licen[cs]e|证书|兴趣",
    re.IGNORECASE,
)
LABEL_RE = re.compile(r"^\s*([^:：]{1,40})[:：]\s*(?=\S)")
SPLIT_RE = re.compile(r"\s*(?:[,;，、|•·>()（）\[\]\t]|/|\band\b|\s&\s|(?<=\w)\+(?=\w)|\s\+\s|\s-\s)\s*")
LETTER_PAIR_RE = re.compile(r"\b([A-Z])/([A-Z])(?=\s+[A-Za-z])")
LANGUAGE_TEST_RE = re.compile(
    r"^(?:toefl|ielts|gre|gmat|sat|act|toeic|jlpt|cet|cet-?[46]|hsk|tef|dele|goethe|pte)\b|雅思|托福|六级|四级|日语|英语",
    re.IGNORECASE,
)
CJK_ONLY_RE = re.compile(r"[\u3400-\u9fff\s，。、]+")
LANGUAGE_VERSION_RE = re.compile(r"(?<=[+#])\d{1,2}$")
SLASHED_RE = re.compile(r"(?<![\w/])[\w+#.]+(?:\s?/\s?[\w+#.]+)+(?![\w/])")
SLASH_KEEP = "\u2044"  # a fraction slash stands for '/' inside a known name while the list is split
LINK_RE = re.compile(r"(?:https?://|www\.)\S+|\b[\w-]+(?:\.[\w-]+)*\.(?:com|org|io|net|edu|dev)/\S*", re.IGNORECASE)
URL_WORDS = {"http", "https", "www", "ftp"}


def _keep_known_slash(match: re.Match) -> str:
    skill = lookup(match.group(0))
    return match.group(0).replace("/", SLASH_KEEP) if skill and "/" in skill.name else match.group(0)


AMPERSAND_RE = re.compile(r"(?<![\w&])[\w.+#-]+\s&\s[\w.+#-]+(?![\w&])")
AMPERSAND_KEEP = "\uff06"


def _keep_known_ampersand(match: re.Match) -> str:
    return match.group(0).replace("&", AMPERSAND_KEEP) if lookup(match.group(0)) else match.group(0)


VERSION_RE = re.compile(r"\s+v?\d+(?:\.\d+)*\+?$", re.IGNORECASE)


@dataclass(frozen=True)
class Skill:
    name: str
    category: str
    aliases: tuple[str, ...] = ()


def _key(name: str) -> str:
    name = clean(name).lower().replace("\\", "")
    name = re.sub(r"c\s*\+\s*\+", "c++", name)
    return re.sub(r"[\s_\-]+", " ", name).strip(" .")


def _squash(name: str) -> str:
    return re.sub(r"[\s.\-_]", "", _key(name))


@lru_cache(maxsize=1)
def all_skills() -> tuple[Skill, ...]:
    raw = json.loads(resources.files(__package__).joinpath("data/skills.json").read_text("utf-8"))
    return tuple(Skill(s["name"], s["category"], tuple(s["aliases"])) for s in raw)


@lru_cache(maxsize=1)
def _index() -> dict[str, Skill]:
    index: dict[str, Skill] = {}
    for skill in all_skills():
        for name in (skill.name, *skill.aliases):
            index.setdefault(_key(name), skill)
            index.setdefault(_squash(name), skill)
    return index


def lookup(name: str) -> Skill | None:
    """A skill by its canonical name or an alias: 'Pytorch' -> pytorch, 'C + +' -> c++, 'Tensorflow 2' -> tensorflow."""
    if not name or not name.strip():
        return None
    key = _key(name)
    index = _index()
    found = index.get(key) or index.get(_squash(name))
    if found is None and VERSION_RE.search(key):
        base = VERSION_RE.sub("", key)
        found = index.get(base) or index.get(_squash(base))
    if found is None and LANGUAGE_VERSION_RE.search(key):  # 'C++17', 'C#10'
        found = index.get(LANGUAGE_VERSION_RE.sub("", key))
    return found


def search(query: str) -> list[Skill]:
    key = _key(query)
    return [s for s in all_skills() if any(key in _key(n) for n in (s.name, *s.aliases))]


def parse_skills(rows: list[Row]) -> list[str]:
    found: list[str] = []
    plain_rows = any(not r.bold for r in rows)
    for index, row in enumerate(rows):
        if plain_rows and row.bold and not re.search(r"[,;:|·/]", row.text):
            continue  # the label row of a skills grid ('Languages   Backend   Cloud')
        if contact_shaped(row.text):
            continue  # a footer of contact details printed under the skills
        following = rows[index + 1] if index + 1 < len(rows) else None
        if following is not None and following.x0 > row.x0 + 20 and len(row.segments) == 1 \
                and not re.search(r"[,;:|·/]", row.text) and not lookup(clean(row.text)):
            continue  # a label whose list starts on the next line, in the label column's right-hand cell
        for text in _row_texts(row):
            for skill in skills_in(text):
                if skill not in found:
                    found.append(skill)
    return found


def _row_texts(row: Row) -> list[str]:
    """The item lists of a row; a label cell or 'Label:' prefix is dropped, and so is a row labelled
    as something that is not a skill (certifications, coursework)."""
    segments = [clean(s.text) for s in row.segments]
    if len(segments) > 1 and len(segments[0].split()) <= 4 and not re.search(r"[,;·•|]", segments[0]) \
            and not row.marker:
        if NOT_SKILL_LABEL_RE.search(segments[0]):
            return []
        if not lookup(segments[0]) or row.segments[0].bold and not all(s.bold for s in row.segments[1:]):
            segments = segments[1:]
    texts = []
    for text in segments:
        label = LABEL_RE.match(text)
        if label:
            if NOT_SKILL_LABEL_RE.search(label.group(1)) or _key(label.group(1)) in SPOKEN:
                continue
            text = text[label.end():]
        texts.append(_strip_bold_label(row, text))
    return texts


def _strip_bold_label(row: Row, text: str) -> str:
    """'Programming Python, C++' where 'Programming' is set in bold: the bold run is a label."""
    runs = row.segments[0].runs
    if len(runs) >= 2 and runs[0].bold and not runs[1].bold:
        label = clean(runs[0].text)
        if text.startswith(label) and not lookup(label) and len(label.split()) <= 4:
            return text[len(label):]
    return text


RATING_GLYPHS_RE = re.compile(r"[●○◐◑◒◓◔◕★☆✩✪⬤◯■□▪▫◆◇]+")


def skills_in(text: str) -> list[str]:
    if "\t" in text and " " not in text.strip():
        text = text.replace("\t", " ")  # justified text, every gap wide: words, not cells
    text = RATING_GLYPHS_RE.sub(" ", text)  # 'Python ●●●●○': a level drawn in glyphs
    text = LINK_RE.sub(" ", text)  # 'https://github.com/org/tool': a link to a project, not a list of tools
    text = re.sub(r"c\s*\+\s*\+", "C++", text, flags=re.IGNORECASE)
    text = LETTER_PAIR_RE.sub(r"\1\2", text)  # 'A/B testing' is one phrase, not two one-letter languages
    text = SLASHED_RE.sub(_keep_known_slash, text)  # 'CI/CD' is one skill, 'C/C++' two
    if " & " in text:
        text = AMPERSAND_RE.sub(_keep_known_ampersand, text)  # 'Weights & Biases' is one tool
    items = [item.strip(" .:-–*") for item in SPLIT_RE.split(text)]
    items = [item for item in items if item]
    # a list of methods ('Statistical Analysis, A/B Testing, Feature Engineering (PCA)') names few tools:
    # only the tools the vocabulary knows are taken from it
    unknown = [item for item in items if not lookup(item)]
    phrases = [item for item in unknown if len(item.split()) >= 2]
    known_only = len(items) >= 4 and len(unknown) > 0.6 * len(items) and len(phrases) >= 0.5 * len(unknown)
    found = []
    for item in items:
        if known_only and not lookup(item):
            continue
        for name in _item_skills(item):
            if name not in found:
                found.append(name)
    return found


def _item_skills(item: str) -> list[str]:
    if ":" in item or "：" in item:
        label, _, rest = item.replace("：", ":").partition(":")
        if _key(label) in SPOKEN:
            return []  # 'German: Goethe B2' is a language certificate
        if len(label.split()) <= 3 and rest.strip():
            item = rest.strip()
    if not item or len(item) > 40 or not re.search(r"[^\W\d_]", item):
        return []  # a rating drawn in glyphs ('●●●○○', '★★★☆☆') or a bare number is a level, not a skill
    if CJK_ONLY_RE.fullmatch(item) and len(item) >= 6 and not lookup(item):
        return []  # a phrase ('能够独立完成数据分析报告'), not a tool
    item = item.replace(SLASH_KEEP, "/").replace(AMPERSAND_KEEP, "&")
    if "&" in item and " " not in item:  # 'Git&Github': two tools joined without spaces
        parts = [lookup(p) for p in item.split("&")]
        if all(parts):
            return [p.name for p in parts]
    skill = lookup(item)
    if skill:
        return [skill.name]
    if item.lower() in URL_WORDS:
        return []  # the scheme of a link cut at its colon
    if LANGUAGE_TEST_RE.search(item):
        return []  # a language test is not a skill
    key = _key(item)
    words = key.split()
    if key in SPOKEN or key in LEVELS or all(w in GENERIC or w in LEVELS for w in words):
        return []
    if re.search(r"@|https?:|www\.|\.(com|org|net|io)\b", key) or (len(words) >= 2 and words[-1] in GENERIC):
        return []  # a contact detail, or a sub-label such as "Deep Learning Frameworks"
    spaced = _space_separated(words)
    if spaced:
        return spaced
    known = _known_inside(words)
    if known:
        return known
    if has_cjk(item):
        return []  # tools are named in Latin script: '等主流框架' is prose
    if len(words) > 3 or re.search(r"\d{3,}|[.!?]$", item) or any(w in SPOKEN for w in words):
        return []
    if words[-1].endswith("ing") and len(words[-1]) > 5:
        return []  # an activity ('stakeholder interviewing', 'load testing', 'scheduling'), not a tool: tools are known
    return [VERSION_RE.sub("", key)]


def _space_separated(words: list[str]) -> list[str]:
    """'Python Kotlin Scala': tools listed with spaces only; every word (or run of words) must be a known tool."""
    if len(words) < 2:
        return []
    found, start = [], 0
    while start < len(words):
        for size in (3, 2, 1):
            skill = lookup(" ".join(words[start:start + size])) if start + size <= len(words) else None
            if skill:
                found.append(skill.name)
                start += size
                break
        else:
            return []
    return found if len(found) >= 2 else []


def _known_inside(words: list[str]) -> list[str]:
    """'Infrastructure AWS' -> aws: a label run into its first item."""
    for size in (3, 2, 1):
        for start in range(0, len(words) - size + 1):
            skill = lookup(" ".join(words[start:start + size]))
            if skill and size < len(words):
                return [skill.name]
    return []
