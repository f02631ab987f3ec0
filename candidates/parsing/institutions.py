"""Universities and research institutes with their abbreviations and other-language names, from data/institutions.json.

``lookup("ZJU")``, ``lookup("浙江大学")``, ``lookup("Zhejiang University, Hangzhou, China")`` and
``lookup("College of Computer Science and Technology, Zhejiang University")`` all give Zhejiang University;
``lookup("Zhejiang University of Technology")`` gives that other university, and a name the vocabulary does not
hold gives None: never the nearest known name, which could be a different university.

How a printed name is read:

- Folded before comparing: case, accents ("Universitat Zurich" is "Universität Zürich"; German names also match
  "ue" for "ü"), punctuation and spacing, "&" for "and", small words ("The", "of", "at", "de", "di" ...), initials
  with full stops ("M.I.T."), and "Univ."/"Uni"/"Universität"/"Université"/"Universidad" ... as one word; Chinese
  names match in traditional and simplified characters (Japanese names in their simplified form too).
- Cut into pieces at commas, semicolons, slashes, dashes, parentheses and changes of script; a name is the whole
  text, the text without its parentheses, or a run of pieces ("Beijing University of Posts and Telecommunications
  (BUPT)", "NTU, Singapore", "School of Computer Science, Fudan University"), the leftmost first.
- Within one piece, a known name of two or more words, or an abbreviation, is also found when a department
  follows or opens the piece ("Carnegie Mellon University Robotics Institute", "School of Computing National
  University of Singapore"), and a one-word name when a school of it follows ("Harvard Medical School"). What
  continues a name otherwise keeps it unknown: "Zhejiang University of Technology" is not Zhejiang University,
  nor "George Washington University" Washington University, nor "Tsinghua University Press" Tsinghua University.
- Chinese, Japanese and Korean print no space between a school and its department: a known name ending in
  大学/學院/研究所/대학교 ... opens the piece and what follows names no other university ("浙江大学计算机科学与技术
  学院", "東京大学大学院情報理工学系研究科"). An independent college named after its parent university
  ("浙江大学宁波理工学院") reads as the parent unless the vocabulary lists it, as it lists 南京大学金陵学院.

Ambiguous names (NTU: Nanyang Technological or National Taiwan; USC, UT, UW, UVA, IIT, NIT, MSU, "University of
California", 中大, 交大 ...) are listed under "ambiguous" in the data file with the institutions each could mean, and
never map to one of them: ``lookup`` gives None and ``ambiguous(name)`` the candidates, for a search to offer or
match all of them. A longer form that settles it is an alias ("NTU Singapore", "UT Austin", "IIT Bombay").

``lookup(text)`` reads a printed institution, with the decorations above. ``find(text)`` also looks inside running
text ("Ph.D. in Computer Science from Zhejiang University in 2018", "本科毕业于浙江大学"): a known name there must
be set off by small words, years, degrees or punctuation. Each call takes 5-30 µs on a school as a resume prints it
(about 15 µs on average, measured on a shared 2-core machine), 100 µs on a whole degree line; the index of some
3,250 folded names is built once, on first use, in about 70 ms.
"""

from __future__ import annotations

import json
import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple


@dataclass(frozen=True)
class Institution:
    name: str
    aliases: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


# Han, kana and Hangul: these scripts print no spaces between words, so a run of them is one word here
CJK = "\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af\uf900-\ufaff"
CJK_RE = re.compile(rf"[{CJK}]")
TOKEN_RE = re.compile(rf"[{CJK}]+|(?:(?![{CJK}])[^\W_])+")
PAREN_RE = re.compile(r"(\([^()]*\))")
# a dash between spaces parts a name from what follows it; within a name ("Wisconsin–Madison", "A&M University–Commerce")
# it joins words like a hyphen
SEPARATOR_RE = re.compile(r"[,;:|/\\()\[\]{}<>•·\n\t]|\s[-–—]+\s|—")
# letters that do not decompose into a base letter and an accent
FOLDS = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ı": "i", "ß": "ss", "æ": "ae", "œ": "oe", "þ": "th", "ð": "d"})
MARKS_RE = re.compile("[\u0300-\u036f]")  # accents only: kana voicing marks and Hangul jamo stay
ELISION_RE = re.compile(r"\b[dl]['’](?=\w)")  # "Université d'Ottawa" is "Université Ottawa"; "Xi'an" is "Xian"
APOSTROPHE_RE = re.compile(r"['’`ʻʼ]")
LETTERS_AND_RE = re.compile(r"\b([a-z])\s*&\s*([a-z])\b")  # "A&M", "A&F": initials, not "A and M"
UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue", "Ä": "Ae", "Ö": "Oe", "Ü": "Ue"})

STOPWORDS = frozenset(
    "the of at in and for de des du la le les di del della degli dei delle der zu und y et do da dos van".split()
)
UNIVERSITY_WORDS = (
    "univ uni university universite universitat universitaet universita universiteit universidad universidade "
    "universitet universitetet uniwersytet univerzita univerzitet universiti universitas universitatea universitesi"
)
SYNONYMS = {word: "univ" for word in UNIVERSITY_WORDS.split()} | {
    "saint": "st", "inst": "institute", "tech": "technology", "technol": "technology", "natl": "national",
    "sci": "science", "intl": "international",
}

# words that open a department, lab or school of a university printed next to the university's name
UNIT_WORDS = frozenset(
    "school college department dept faculty institute lab labs laboratory laboratories center centre graduate "
    "division program programme key state campus medical research".split()
)
# these also end names of their own ('Notre Dame College', 'Zhejiang University City College'): after a known name
# they open a department only as 'College of ...', 'School for ...'
NAMING_UNIT_WORDS = frozenset(("college", "school", "institute"))
FIELD_WORDS = frozenset(
    "computer computing electrical electronic electronics engineering informatics information mathematics math "
    "physics statistics robotics automation artificial machine data software csail eecs cs cse ece ee ai media "
    "business law medicine".split()
)
# a department printed before the university, in one piece; not 'Medical' ('Medical University of South Carolina')
LEADING_UNIT_WORDS = frozenset(
    "school college department dept faculty institute lab labs laboratory laboratories center centre graduate "
    "division program programme".split()
)
# after a one-word name ("Harvard", "Stanford") only its schools: "Berkeley College" and "Cornell College" are others
ONE_WORD_UNITS = frozenset("school department dept faculty graduate medical law business".split())
# running text (find): what may stand right before or after a name
PROSE_WORDS = frozenset(
    "from graduated graduate attended joined studied studying with to by phd ph d dphil ms msc ma mba meng mtech "
    "mphil bs bsc ba beng btech be sc eng bachelor bachelors master masters doctor doctorate doctoral postdoc "
    "postdoctoral student candidate researcher fellow intern professor visiting exchange degree".split()
)
PROSE_STOPS = frozenset(("at", "in", "the", "and", "for"))
# a Chinese, Japanese or Korean school name, which its department's name may follow without a space
CJK_SCHOOL_END_RE = re.compile(r"(?:大学|大學|学院|學院|院|研究所|实验室|實驗室|대학교|원|연구소)$")
# in what follows such a name, another school: "中国科学院" + "大学" is UCAS, "中国人民大学" + "附属中学" a high
# school; 大学院 is a graduate school
CJK_OTHER_SCHOOL_RE = re.compile(r"大[学學](?!院)|대학교|[中小]學|[中小]学|高中|附中")
MAX_RUN = 4  # pieces joined into one name: "University of California, Los Angeles, CA, USA" needs two

# traditional (and Japanese) forms of the characters in institution names, and their simplified forms
TRADITIONAL = (
    "學國臺灣華東際師範陽興業藝術醫藥農電氣機資訊經濟貿廣漢鐵體長輔吳嶺會門實驗計數據應聯陸島廈蘇蘭遼寧雲貴慶龍鄭爾濱葉黃區書圖語"
    "統設開關傳與發萬專屬軍總協員製網絡線視覺聲習論證測環態質礦產動務處團獎職樂園衛歐亞義財後瀋僑頭寶壢橋獻銘課運輸遠進達邊選"
    "鋼錦鎮閩陝隴雙離難頓領顏風飛養館魯鹽麗點齒齊廠倫鄉復靜靈鳳鶴稲広総県戸栄鉄浜経済営図応覚気豊沖縄児恵徳帰薬験読芸並斉歯巻"
    "鉱沢舗穂弾東産縣滬臨郵繪紡織場車護療豐贛粵瓊內溫紹錫揚連"
)
SIMPLIFIED = (
    "学国台湾华东际师范阳兴业艺术医药农电气机资讯经济贸广汉铁体长辅吴岭会门实验计数据应联陆岛厦苏兰辽宁云贵庆龙郑尔滨叶黄区书图语"
    "统设开关传与发万专属军总协员制网络线视觉声习论证测环态质矿产动务处团奖职乐园卫欧亚义财后沈侨头宝坜桥献铭课运输远进达边选"
    "钢锦镇闽陕陇双离难顿领颜风飞养馆鲁盐丽点齿齐厂伦乡复静灵凤鹤稻广总县户荣铁滨经济营图应觉气丰冲绳儿惠德归药验读艺并齐齿卷"
    "矿泽铺穗弹东产县沪临邮绘纺织场车护疗丰赣粤琼内温绍锡扬连"
)
TO_SIMPLIFIED = str.maketrans(TRADITIONAL, SIMPLIFIED)


class _Piece(NamedTuple):
    words: tuple[str, ...]
    gaps: tuple[tuple[str, ...], ...]  # the small words before each word ("of" in "University of Tokyo")
    cjk: bool
    in_parentheses: bool

    @property
    def key(self) -> str:
        return ("" if self.cjk else " ").join(self.words)


class _Vocabulary(NamedTuple):
    index: dict[str, Institution]  # folded name -> institution, or _AMBIGUOUS
    candidates: dict[str, tuple[Institution, ...]]  # ambiguous folded name -> what it could mean
    open_ended: frozenset[str]  # names that may be followed by a department within one piece
    longest_from: dict[str, int]  # first word of a name -> the most words a name starting with it has
    cjk_heads: frozenset[str]  # first two characters of the CJK names that may be followed by a department
    cjk_longest: int


_AMBIGUOUS = Institution("(ambiguous)")


@lru_cache(maxsize=1)
def _data() -> dict:
    return json.loads(resources.files(__package__).joinpath("data/institutions.json").read_text("utf-8"))


@lru_cache(maxsize=1)
def all_institutions() -> tuple[Institution, ...]:
    return tuple(Institution(i["name"], tuple(i["aliases"])) for i in _data()["institutions"])


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    if not text.isascii():
        text = unicodedata.normalize("NFC", MARKS_RE.sub("", unicodedata.normalize("NFD", text.translate(FOLDS))))
    text = APOSTROPHE_RE.sub("", ELISION_RE.sub("", text))
    return LETTERS_AND_RE.sub(r"\1\2", text).replace("&", " and ")


def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    for part in PAREN_RE.split(_fold(text)):
        in_parentheses = part.startswith("(")
        for chunk in SEPARATOR_RE.split(part):
            _add_pieces(chunk, in_parentheses, pieces)
    return pieces


def _add_pieces(chunk: str, in_parentheses: bool, pieces: list[_Piece]) -> None:
    """The chunk's words, a new piece at each change of script ('浙江大学 Zhejiang University' is two names)."""
    words: list[str] = []
    gaps: list[tuple[str, ...]] = []
    gap: list[str] = []
    cjk = initials = False
    for token in TOKEN_RE.findall(chunk):
        token_cjk = bool(CJK_RE.match(token))
        if words and token_cjk != cjk:
            pieces.append(_Piece(tuple(words), tuple(gaps), cjk, in_parentheses))
            words, gaps, gap = [], [], []
        cjk = token_cjk
        token = SYNONYMS.get(token, token)
        if token in STOPWORDS:
            gap.append(token)
        elif len(token) == 1 and token.isascii() and token.isalpha() and initials and not gap:
            words[-1] += token  # "M.I.T.", "U.C. Berkeley": initials make one word
        else:
            initials = len(token) == 1 and token.isascii() and token.isalpha()
            words.append(token)
            gaps.append(tuple(gap))
            gap = []
    if words:
        pieces.append(_Piece(tuple(words), tuple(gaps), cjk, in_parentheses))


def _join(pieces: list[_Piece] | tuple[_Piece, ...]) -> str:
    out: list[str] = []
    for i, piece in enumerate(pieces):
        if i and not (piece.cjk and pieces[i - 1].cjk):
            out.append(" ")
        out.append(piece.key)
    return "".join(out)


def _key(name: str) -> str:
    """The folded form under which a name is indexed and looked up."""
    return _join(_pieces(name))


def _derived_keys(name: str, key: str) -> set[str]:
    """Other spellings of a name: 'Zuerich' for 'Zürich', simplified characters for traditional or Japanese ones."""
    keys = {key.translate(TO_SIMPLIFIED)} if not key.isascii() else set()
    if any(c in name for c in "äöüÄÖÜ"):
        keys.add(_key(name.translate(UMLAUTS)))
    keys.discard(key)
    return keys


def _open_ended(name: str, key: str) -> bool:
    """May a department follow this name in the same piece? Names of two words or more, abbreviations, CJK names
    ending in 大学/学院/研究所 ... or printed in parts ('港中大（深圳）'), but not 'Stanford' or 'Berkeley'."""
    if CJK_RE.search(key):
        return bool(CJK_SCHOOL_END_RE.search(key.translate(TO_SIMPLIFIED))) or len(_pieces(name)) > 1
    compact = name.replace(".", "")
    abbreviation = " " not in compact and sum(c.isupper() for c in compact) >= 2
    return abbreviation or " " in key


@lru_cache(maxsize=1)
def _vocabulary() -> _Vocabulary:
    primary: dict[str, set[Institution]] = {}
    derived: dict[str, set[Institution]] = {}
    open_ended: set[str] = set()
    for institution in all_institutions():
        for name in institution.names:
            key = _key(name)
            primary.setdefault(key, set()).add(institution)
            for other in _derived_keys(name, key):
                derived.setdefault(other, set()).add(institution)
            if _open_ended(name, key):
                open_ended.add(key)
    by_name = {institution.name: institution for institution in all_institutions()}
    for entry in _data()["ambiguous"]:
        could_be = set(by_name[name] for name in entry["could_be"])
        key = _key(entry["name"])
        primary[key] = could_be
        for other in _derived_keys(entry["name"], key):
            derived.setdefault(other, set()).update(could_be)
    index: dict[str, Institution] = {}
    candidates: dict[str, tuple[Institution, ...]] = {}
    for key, found in (*derived.items(), *primary.items()):  # a name as written beats another's derived spelling
        index[key] = next(iter(found)) if len(found) == 1 else _AMBIGUOUS
        if len(found) > 1:
            candidates[key] = tuple(sorted(found, key=lambda institution: institution.name))
        else:
            candidates.pop(key, None)
    return _Vocabulary(index, candidates, frozenset(open_ended), *_heads(index))


def _heads(index: dict[str, Institution]) -> tuple[dict[str, int], frozenset[str], int]:
    longest_from: dict[str, int] = {}
    cjk_heads: set[str] = set()
    cjk_longest = 0
    for key in index:
        if CJK_RE.match(key):
            cjk_heads.add(key[:2])
            cjk_longest = max(cjk_longest, len(key))
        else:
            words = key.split()
            longest_from[words[0]] = max(longest_from.get(words[0], 0), len(words))
    return longest_from, frozenset(cjk_heads), cjk_longest


def _get(key: str) -> Institution | None:
    index = _vocabulary().index
    found = index.get(key)
    if found is None and not key.isascii():
        found = index.get(key.translate(TO_SIMPLIFIED))  # '浙江大學' for '浙江大学'
    return found


def lookup(text: str) -> Institution | None:
    """The institution a printed name refers to (the first, where it names two), or None: unknown or ambiguous."""
    return _resolve(text, prose=False)


def find(text: str) -> Institution | None:
    """The first known institution named in a longer text ('B.Sc. from Zhejiang University, 2018'), or None."""
    return _resolve(text, prose=True)


def ambiguous(text: str) -> tuple[Institution, ...]:
    """What an ambiguous name could mean ('NTU': Nanyang Technological and National Taiwan); () for any other text."""
    candidates = _vocabulary().candidates
    key = _key(text or "")
    return candidates.get(key) or candidates.get(key.translate(TO_SIMPLIFIED), ())


def _resolve(text: str, prose: bool) -> Institution | None:
    pieces = _pieces(text) if text else []
    if not pieces:
        return None
    found = _get(_join(pieces))
    if found is not None:
        return None if found is _AMBIGUOUS else found
    outside = [p for p in pieces if not p.in_parentheses]
    if outside and len(outside) < len(pieces):
        found = _get(_join(outside))
        if found is not None and found is not _AMBIGUOUS:
            return found  # 'Indian Institute of Technology (IIT) Bombay'; an ambiguous 'NTU (Singapore)' reads on
    for start in range(len(pieces)):
        found = _run_from(pieces, start) or _within(pieces[start], prose)
        if found is not None and found is not _AMBIGUOUS:
            return found
    return None


def _run_from(pieces: list[_Piece], start: int) -> Institution | None:
    """The longest run of pieces from this one that names an institution: 'Zhejiang University, Hangzhou, China'."""
    for end in range(min(len(pieces), start + MAX_RUN), start, -1):
        if end - start == len(pieces):
            continue  # the whole text: looked up already
        found = _get(_join(pieces[start:end]))
        if found is not None:
            return found
    return None


def _within(piece: _Piece, prose: bool) -> Institution | None:
    """A known name inside one piece, set off from the rest of it by a department ('Fudan University School of
    Computer Science'), or in running text by small words, years, degrees."""
    if piece.cjk:
        return _within_cjk(piece.key, prose)
    vocabulary = _vocabulary()
    words, count = piece.words, len(piece.words)
    for start in range(count):
        longest = vocabulary.longest_from.get(words[start])
        if longest is None or start and not _opens(piece, start, prose):
            continue
        for end in range(min(count, start + longest), start, -1):
            if start == 0 and end == count:
                continue  # the whole piece: looked up already
            key = " ".join(words[start:end])
            found = _get(key)
            if found is not None:
                if found is not _AMBIGUOUS and _closes(piece, end, key in vocabulary.open_ended, prose):
                    return found
                break  # a longer known name did not fit here: a shorter one inside it would fit worse
    return None


def _opens(piece: _Piece, start: int, prose: bool) -> bool:
    """May a name begin at this word? After a department that opens the piece ('School of Computing National
    University of Singapore'); in running text also after 'at', 'from', a degree or a year."""
    words = piece.words
    if words[0] in LEADING_UNIT_WORDS or words[:2] == ("state", "key"):
        return True
    return prose and (words[start - 1] in PROSE_WORDS or words[start - 1].isdigit()
                      or bool(PROSE_STOPS.intersection(piece.gaps[start])))


def _closes(piece: _Piece, end: int, open_ended: bool, prose: bool) -> bool:
    """May the name end before this word? Not before 'of' ('Zhejiang University of Technology') nor before a word
    that continues it ('Zhejiang University City College'); before a department it may, and in running text
    before small words, years and degrees."""
    if end == len(piece.words):
        return open_ended or prose
    gap, following = piece.gaps[end], piece.words[end]
    if "of" in gap:
        return False
    if gap == ("and",) and _names_one(piece.words[end:]):
        return open_ended or prose  # 'McGill University and Mila'; not 'Indian Institute of Science and Technology'
    if not gap and (following in UNIT_WORDS or following in FIELD_WORDS):
        if following in NAMING_UNIT_WORDS and not _of_follows(piece, end + 1):
            return False
        return open_ended or following in ONE_WORD_UNITS
    return prose and (bool(gap) and gap != ("and",) or following.isdigit() or following in PROSE_WORDS)


def _of_follows(piece: _Piece, at: int) -> bool:
    return at < len(piece.words) and ("of" in piece.gaps[at] or "for" in piece.gaps[at])


def _names_one(words: tuple[str, ...]) -> bool:
    """Do these words open with a known name? ('Mila' in 'McGill University and Mila')"""
    for end in range(1, len(words) + 1):
        found = _get(" ".join(words[:end]))
        if found is not None and found is not _AMBIGUOUS:
            return True
    return False


def _within_cjk(text: str, prose: bool) -> Institution | None:
    """'浙江大学计算机科学与技术学院': a known school name opens the text, and what follows names no other school.
    In running text ('本科毕业于浙江大学') the name may start anywhere."""
    vocabulary = _vocabulary()
    heads, simplified = vocabulary.cjk_heads, text.translate(TO_SIMPLIFIED)
    for start in range(len(text) - 1 if prose else 1):
        if text[start:start + 2] not in heads and simplified[start:start + 2] not in heads:
            continue  # no known name starts here: most places in running text
        for end in range(min(len(text), start + vocabulary.cjk_longest), start + 1, -1):
            name = text[start:end]
            found = _get(name)
            if found is None:
                continue
            key = name if name in vocabulary.index else name.translate(TO_SIMPLIFIED)
            if found is not _AMBIGUOUS and key in vocabulary.open_ended and not CJK_OTHER_SCHOOL_RE.search(text[end:]):
                return found
            break
    return None
