"""What a citation says beyond its title and venue: its status (to appear, under review, preprint), whether it
is a workshop paper, the marks on an author's name (equal contribution, corresponding author), and whether an
author in the list is the candidate ('X. Wang', 'Wang, X.', 'XL Wang', 'H.-Y. He', 'WANG Xinglu', 王新路).

Also the text repairs a citation needs before it is split: accents LaTeX sets as separate characters
('G´eraldine'), the asterisk operator '∗', hyphens broken at line ends, an item number or a year cell before it.
"""

from __future__ import annotations

import re
import unicodedata

from .text import has_cjk
from .venues import lookup

# ---------------------------------------------------------------- text repairs
SPACING_ACCENTS = {"´": "\u0301", "¨": "\u0308", "ˆ": "\u0302", "˜": "\u0303", "ˇ": "\u030c", "˚": "\u030a",
                   "¸": "\u0327", "˝": "\u030b", "˘": "\u0306"}
SPACING_ACCENT_RE = re.compile(r"(?:(?<=\b[A-Za-z])[ \t]+)?([´¨ˆ˜ˇ˚¸˝˘])\s?([A-Za-z])")
COMBINING_RE = re.compile(r"(?:(?<=\b[A-Za-z])[ \t]+|(?<=\s))([\u0300-\u036f])\s?([A-Za-z])")
MARK_CHARS = "*∗⋆★☆†‡§¶#♯✉✝⁎﹡＊"
MARK_MAP = str.maketrans({"∗": "*", "⋆": "*", "⁎": "*", "﹡": "*", "＊": "*", "♯": "#", "✝": "†"})


def repair(text: str) -> str:
    """Accents set apart from their letter ('G´eraldine', 'K ¨ubler') put back on it; star variants read as '*'."""
    if any(c in text for c in SPACING_ACCENTS):
        text = SPACING_ACCENT_RE.sub(lambda m: m.group(2) + SPACING_ACCENTS[m.group(1)], text)
        text = unicodedata.normalize("NFC", text)
    if COMBINING_RE.search(text):
        text = unicodedata.normalize("NFC", COMBINING_RE.sub(lambda m: m.group(2) + m.group(1), text))
    return text.translate(MARK_MAP)


DASHES_RE = re.compile("[‐‑‒–—―−]")


def clean_cell(text: str) -> str:
    """Like text.clean, but a cell in capitals stays in capitals ('PLDI 2019' is a venue, not 'Pldi 2019') and
    the wide gaps of justified text are plain spaces."""
    text = unicodedata.normalize("NFKC", repair(text or "").replace("\u3000", " ").replace("\u00ad", "-"))
    text = DASHES_RE.sub("–", text)
    text = re.sub(r"(?<=[^\W\d_])–(?=[^\W\d_])", "-", text)  # a hyphen inside a word ('Zhao‐Heng', U+2010)
    return re.sub(r"\s*\t\s*", "\t", re.sub(r"[^\S\t]+", " ", text)).strip()  # a tab: between two cells


# a hyphen at a line end is kept when the part before it is a word that takes one ('multi-', 'real-', 'face-to-')
KEEP_HYPHEN_RE = re.compile(
    r"(?:^|[\s(\"“])(?:multi|self|non|semi|cross|well|end|real|state|long|short|high|low|large|small|fine|open|"
    r"zero|few|one|two|three|single|data|model|task|domain|user|human|open|graph|text|image|video|co|pre|post|"
    r"sub|inter|intra|meta|out|over|under|anti|auto|bi|de|e|in|on|to|of|by|in-the|at|ad|so|vision|language|"
    r"time|space|point|deep|low|wide|first|second|third|large-scale)-$",
    re.IGNORECASE,
)
# ... or the part after it is a word that ends compounds ('Instance-' 'aware', 'Transformer-' 'based')
SECOND_PART_RE = re.compile(
    r"(?:aware|based|level|wise|free|scale|shot|specific|driven|guided|like|centric|agnostic|invariant|efficient|"
    r"oriented|dependent|supervised|grained|modal|view|conditioned|augmented|informed|constrained|consistent|"
    r"preserving|sensitive|intensive|friendly|world|stage|step|order|domain|task|source|resolution|range|term|"
    r"time|of-the-art|the-art|to-end|to-image|to-text|to-speech)\b"
)
ACRONYM_HYPHEN_RE = re.compile(r"(?:^|\s)(?:[A-Za-z]*[A-Z][A-Za-z]*[A-Z][A-Za-z]*|\w*\d\w*)-$")  # 'NeRF-', '3D-'



def join_wrapped(lines: list[str]) -> str:
    """Join a citation's lines; a word broken at a line end ('Scan-' + 'ning') is mended, a compound kept."""
    out = ""
    for line in lines:
        line = line.strip()
        if not line:
            continue
        if not out:
            out = line
            continue
        if re.search(r"\b[A-Z]\.[-–‐]$", out) and re.match(r"[A-Za-z]\.", line):
            out = out[:-1] + "-" + line  # 'Choi, J.-' 'w.'
        elif re.search(r"[A-Za-z][-–‐]$", out) and line[:1].isalpha():
            head = out[:-1] + "-"
            if (line[:1].islower() and not KEEP_HYPHEN_RE.search(head[-40:]) and not ACRONYM_HYPHEN_RE.search(head[-40:])
                    and not SECOND_PART_RE.match(line)):
                out = head[:-1] + line  # 'Scan-' 'ning' -> 'Scanning'
            elif line[:1].isupper() and re.search(r"\b(?:Mc|Mac|O|De|Di|Van|Le|La)-$", head):
                out = head[:-1] + line  # 'Mc-' 'Carthy'
            else:
                out = head + line  # 'Zero-' 'Shot'
        else:
            out = f"{out} {line}"
    return out


LEAD_NUMBER_RE = re.compile(
    r"^(?:(?:\[\s*[A-Za-z]{0,3}\s*\d{1,3}\s*\]|\(\s*[A-Za-z]{0,3}\d{1,3}\s*\)|[A-Z]{1,2}\.?\s?\d{1,3}[.:)]?|"
    r"\d{1,3}[.)]?|#\d{1,3}[.:]?)(?=\s|$)|(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)(?=[A-Z\u4e00-\u9fff“\"]))"
)  # '[C3] ', 'P.12 ', '18 ', and glued on: '[1]M. Holt', '1.Holt, M.', '(1)Holt'



def strip_lead(text: str) -> str:
    """'[C3] ', 'P.12 ', '18 ', 'J1. ' item numbers and a date column's year ('2026 P.1 Ann Lee, ...') taken off."""
    for _ in range(3):
        before = text
        text = text.lstrip(" \t•·-–")
        text = LEAD_NUMBER_RE.sub("", text, count=1).lstrip(" \t")
        if re.match(r"^(?:19|20)\d{2}(?:\s+|\t)(?:\[|[A-Z]{1,2}\.?\s?\d{1,3}\b)", text):
            text = text[4:].lstrip()  # '2026 P.1 ...': a year column in front of a numbered item
        elif re.match(r"^(?:19|20)\d{2}\t", text):
            text = text[5:].lstrip()
        if text == before:
            break
    return text


TRAILING_LINKS_RE = re.compile(
    r"(?:\s*(?:\[(?:paper|pdf|code|video|project|slides|poster|website|arxiv|link|doi|bib|bibtex|github|demo|"
    r"page|project page|talk|blog|data|dataset)\]|\|\s*(?:paper|pdf|code|video|project|slides)\b))+",
    re.IGNORECASE,
)


def strip_links(text: str) -> str:
    return TRAILING_LINKS_RE.sub(" ", text).strip()


# ---------------------------------------------------------------- status and workshop
UNDER_REVIEW_RE = re.compile(
    r"\bunder\s+(?:review|submission|revision)\b|\bin\s+(?:submission|review)\b|\bsubmitted\b|\bsubmission\s+to\b|"
    r"\brevise\s+and\s+resubmit\b|\bmajor\s+revision\b|\bminor\s+revision\b|在审|审稿中|投稿中|已投稿|在投",
    re.IGNORECASE,
)
ACCEPTED_RE = re.compile(
    r"\bto\s+appear\b|\baccepted\b|\bin\s+press\b|\bforthcoming\b|\bconditionally\s+accepted\b|已接收|已录用|录用|接收",
    re.IGNORECASE,
)
PREPRINT_RE = re.compile(
    r"\barxiv\b|\bbiorxiv\b|\bmedrxiv\b|\bchemrxiv\b|\bssrn\b|\bpreprint\b|\bpre-print\b|\btech(?:nical)?\.?\s+report\b|"
    r"\bCoRR\b|\bworking\s+paper\b|\bmanuscript\b|预印本",
    re.IGNORECASE,
)


def status_of(text: str) -> str:
    """published, accepted ('to appear', 'accepted at'), under_review ('under review', 'in submission'), preprint."""
    if UNDER_REVIEW_RE.search(text):
        return "under_review"
    if ACCEPTED_RE.search(text):
        return "accepted"
    if PREPRINT_RE.search(text):
        return "preprint"
    return "published"


NOT_WORKSHOP_W_RE = re.compile(r"\b(?:WWW|WSDM|WACV)\b")


def is_workshop(venue_text: str) -> bool:
    """'CVPR Workshops', 'NeurIPS Workshop on ...', 'CVPRW', 'ICCVW 2023', 'ECCV-W', 研讨会."""
    if re.search(r"\bworkshops?\b|研讨会", venue_text, re.IGNORECASE):
        return True
    for match in re.finditer(r"\b([A-Z][A-Za-z]{1,8})[-\s]?W(?:s)?\b", NOT_WORKSHOP_W_RE.sub(" ", venue_text)):
        if sum(c.isupper() for c in match.group(1)) >= 2 and lookup(match.group(1)) is not None:  # 'CVPRW'
            return True
    return False


# ---------------------------------------------------------------- marks
EQUAL_WORDS_RE = re.compile(
    r"equal\s+contribut\w*|contributed\s+equally|co-?\s?first(?:\s+author)?|joint\s+first|共同一作|共同第一作者|并列第一",
    re.IGNORECASE,
)
CORRESPONDING_WORDS_RE = re.compile(r"corresponding\s+author|通讯作者|通信作者", re.IGNORECASE)
DEFAULT_MARKS = {"*": "equal", "#": "equal", "‡": "equal", "†": "corresponding", "✉": "corresponding",
                 "§": "equal", "¶": "equal", "★": "equal", "☆": "equal"}


def legend_of(text: str) -> dict[str, str]:
    """'* equal contribution, † corresponding author' -> {'*': 'equal', '†': 'corresponding'}."""
    found: dict[str, str] = {}
    text = repair(text)
    for match in re.finditer(r"([*†‡§¶#✉★☆])\s*[:=]?\s*([^*†‡§¶#✉★☆;,.()]{3,60})", text):
        words = match.group(2)
        if EQUAL_WORDS_RE.search(words) or re.search(r"\bequal|co-?first|共同", words, re.I):
            found[match.group(1)] = "equal"
        elif CORRESPONDING_WORDS_RE.search(words) or re.search(r"correspond|通讯|advis|supervis", words, re.I):
            found[match.group(1)] = "corresponding"
    for match in re.finditer(r"(?:equal\s+contribut\w*|co-?first\s+authors?)\s*[:(（]?\s*([*†‡§¶#])", text, re.I):
        found[match.group(1)] = "equal"
    for match in re.finditer(r"corresponding\s+authors?\s*[:(（]?\s*([*†‡§¶#✉])", text, re.I):
        found[match.group(1)] = "corresponding"
    return found


def mark_meanings(marks: str, legend: dict[str, str]) -> tuple[bool, bool]:
    """(equal contribution, corresponding) for the marks printed on one name."""
    equal = corresponding = False
    for mark in marks:
        meaning = legend.get(mark) or DEFAULT_MARKS.get(mark)
        equal |= meaning == "equal"
        corresponding |= meaning == "corresponding"
    return equal, corresponding


# ---------------------------------------------------------------- who is the candidate
def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    return "".join(c for c in text if not unicodedata.combining(c)).lower()


def _letters(token: str) -> str:
    return re.sub(r"[^a-z]", "", token)


def _initials(token: str, raw: str) -> str | None:
    """'x.' -> 'x'; 'x.-l.' -> 'xl'; 'XL' printed in capitals -> 'xl'; a full word -> None."""
    if re.fullmatch(r"(?:[a-z]\.?\s?-?)+", token) and ("." in token or len(_letters(token)) == 1):
        return _letters(token)
    if re.fullmatch(r"[A-Z]{2,3}\.?", raw):
        return raw.strip(".").lower()
    return None


def _subsequence(letters: str, word: str) -> bool:
    position = 0
    for letter in letters:
        position = word.find(letter, position)
        if position < 0:
            return False
        position += 1
    return True


def _given_fits(printed: list[tuple[str, str]], given: list[str]) -> bool:
    """The printed given names (whole or initials) fit the candidate's: 'X.-L.', 'XL' or 'Xinglu' for 'Xinglu'."""
    if not printed or not given:
        return False
    whole = "".join(_letters(g) for g in given)
    first = _letters(given[0])
    initials = [_initials(token, raw) for token, raw in printed]
    if all(i is not None for i in initials):
        letters = "".join(initials)
        return letters[:1] == first[:1] and _subsequence(letters[1:], whole[1:])
    word = _letters(printed[0][0])
    return bool(word) and (word == first or word == whole)


def _tokens(name: str) -> list[tuple[str, str]]:
    """(folded, printed) word pairs of a name, marks and digits left out; 'A.G. Dimakis' -> 'A.', 'G.', 'Dimakis'."""
    name = re.sub(rf"[{re.escape(MARK_CHARS)}\d¹²³⁴⁵⁶⁷⁸⁹⁰()]", " ", name)
    name = re.sub(r"(?<=[A-Za-z]\.)(?=[A-Za-z]{2,})", " ", name)  # 'A.Dimakis'
    name = re.sub(r"(?<=\b[A-Z]\.)(?=[A-Z]\.)", " ", name)  # 'A.G.' -> 'A. G.'
    return [(_fold(t), t) for t in re.split(r"[\s,]+", name) if t.strip(".-") and t.lower() not in PARTICLES]


PARTICLES = {"van", "von", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "le", "la", "ter", "bin"}


def same_person(candidate: str, author: str, family_first: bool | None = None) -> bool:
    """Whether a printed author name is the candidate: initials, family-name-first and Chinese forms allowed."""
    if not candidate or not author:
        return False
    if has_cjk(candidate) or has_cjk(author):
        printed = re.sub(rf"[\s{re.escape(MARK_CHARS)}\d·]", "", author)
        return has_cjk(printed) and printed == re.sub(r"[\s·]", "", candidate)
    cand = _tokens(candidate)
    auth = _tokens(author)
    if len(cand) < 2 or len(auth) < 2:
        return False
    orders = {None: (len(cand) - 1, 0), False: (len(cand) - 1,), True: (0,)}[family_first]
    for family_index in orders:
        family = _letters(cand[family_index][0])
        if len(family) < 2:
            continue
        given = [t for i, (t, _) in enumerate(cand) if i != family_index]
        for at, (token, _) in enumerate(auth):
            if _letters(token) == family and _given_fits(auth[:at] + auth[at + 1:], given):
                return True
    return False


def position_of(candidate: str | None, authors: list[str] | tuple[str, ...]) -> int | None:
    """The candidate's 1-based place in the list: read as 'Given Family' first, then family-name-first."""
    if not candidate:
        return None
    for family_first in (False, True):
        for index, author in enumerate(authors, start=1):
            if same_person(candidate, author, family_first=family_first):
                return index
    return None


ROLE_FIRST_RE = re.compile(r"第一作者|一作|\bfirst\s+author\b|\b1st\s+author\b|\blead\s+author\b", re.IGNORECASE)
ROLE_NTH_RE = re.compile(
    r"第([一二三四五六七八九十\d])作者|\b(\d)(?:st|nd|rd|th)\s+author\b|\b(second|third|fourth|fifth)\s+author\b",
    re.IGNORECASE,
)
CN_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
EN_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5}


def role_position(text: str) -> tuple[int | None, bool]:
    """A printed role: ('第三作者' -> 3), ('first author' -> 1); 学生一作 (first among students) is not first.

    Returns (position, whether a role was printed at all)."""
    if re.search(r"学生一作|学生第一作者|student\s+first\s+author|first\s+student\s+author", text, re.I):
        return None, True
    match = ROLE_NTH_RE.search(text)
    if match:
        value = match.group(1) or match.group(2) or match.group(3)
        number = CN_DIGITS.get(value) or EN_ORDINALS.get(value.lower()) if not value.isdigit() else int(value)
        return number, True
    if re.search(r"共同一作|共同第一作者|co-?first\s+author|joint\s+first\s+author", text, re.I):
        return None, True
    if ROLE_FIRST_RE.search(text):
        return 1, True
    return None, False
