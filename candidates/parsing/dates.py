"""Dates as resumes print them: 'Sep. 2018', '03/2021', '2017.06', 'Fall 2021', '2019年5月', ranges, 'Present'."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

# month names and abbreviations in English, German, French, Spanish, Italian and Portuguese -> month number
MONTH_WORDS = {
    1: "january jan januar janvier enero ene gennaio gen janeiro jän",
    2: "february feb februar février fevrier febrero febbraio fevereiro fév fev",
    3: "march mar märz maerz mars marzo março mär",
    4: "april apr avril abril aprile avr abr",
    5: "may mai mayo maggio maio mag",
    6: "june jun juni juin junio giugno junho giu",
    7: "july jul juli juillet julio luglio julho juil lug",
    8: "august aug août aout agosto ago",
    9: "september sep sept septembre septiembre setembro settembre set",
    10: "october oct oktober octobre octubre ottobre outubro okt ott out",
    11: "november nov novembre noviembre novembro",
    12: "december dec dezember décembre decembre diciembre dicembre dezembro dez déc dic",
}
MONTHS = {word: number for number, words in MONTH_WORDS.items() for word in words.split()}
MONTH_NAMES = "|".join(sorted(MONTHS, key=len, reverse=True))
MONTH = rf"(?P<mon>{MONTH_NAMES})\.?"
YEAR = r"(?P<year>(?:19|20)\d{2})"
# 'present' in English, French, Spanish, Portuguese, German, Italian ('aujourd'hui', 'atual', 'heute', 'oggi')
PRESENT_WORDS = (
    r"present|now|current(?:ly)?|ongoing|today|date|至今|今|aujourd['’]hui|actuel(?:lement)?|en\s+cours|"
    r"presente|actualidad|actualmente|atual(?:mente)?|heute|oggi|in\s+corso"
)
PRESENT = rf"(?P<present>{PRESENT_WORDS})"
SEASON = r"(?:spring|summer|fall|autumn|winter)"

TOKEN_RES = [re.compile(p, re.IGNORECASE) for p in [
        rf"(?<![\w]){MONTH}\s*,?\s*'?{YEAR}(?!\d)",
        rf"(?<![\w]){MONTH}\s*['’‘]\s*(?P<yy>\d{{2}})(?!\d)",  # 'Aug ’19': moderncv and others
        rf"(?<![\d.]){YEAR}\s*年\s*(?P<cmon>\d{{1,2}})\s*月",
        rf"(?<![\d./])(?:0?[1-9]|[12]\d|3[01])(?P<sep>[./\-])(?P<dmon>0?[1-9]|1[0-2])(?P=sep){YEAR}(?!\d)",
        rf"(?<![\d.]){YEAR}[./\-](?P<ymon>0?[1-9]|1[0-2])(?![\d/])",
        rf"(?<![\d./])(?P<mnum>0?[1-9]|1[0-2])[./\-]{YEAR}(?!\d)",
        rf"(?<![\w]){SEASON}\s*,?\s*{YEAR}(?!\d)",
        rf"(?<![\w.]){YEAR}(?![\d%])",
        rf"(?<![\w]){PRESENT}(?![\w])",
    ]
]
# what each pattern of TOKEN_RES needs besides a year (None: no year needed) -- any one of the words
TOKEN_NEEDS = [
    tuple(sorted({word[:3] for word in MONTHS})),
    ("'", "’", "‘"),
    ("年",),
    (), (), (),
    ("spring", "summer", "fall", "autumn", "winter"),
    (),
    None,
]
TOKEN_HINTS = [re.compile("|".join(map(re.escape, needs))) if needs else None for needs in TOKEN_NEEDS]
# every date token holds a digit or a 'present'-like word: text with neither has no dates
DIGIT_OR_WORD_RE = re.compile(rf"\d|{PRESENT_WORDS}", re.IGNORECASE)
ANY_YEAR_RE = re.compile(r"(?:19|20)\d{2}")
OPEN_END_RE = re.compile(r"\s*(?:--|[-–—])\s*(?:$|[)\]])")
RANGE_WORD_RE = re.compile(r"(?<!\w)(?:--|[-–—~]|to|until)(?=\s|$)")
EXPECTED_PAREN_RE = re.compile(r"\(\s*(?:expected|exp\.?|anticipated)?\s*\)", re.IGNORECASE)
SPACES_RE = re.compile(r"\s+")
EXPECTED_WORD_RE = re.compile(r"\b(?:expected|exp|anticipated)\b\.?", re.IGNORECASE)
WORD_CHAR_RE = re.compile(r"\w")
RANGE_SEP_RE = re.compile(
    r"^\s*(?:--|[-–—~～至]|to|until|till|through|[-–—]\s*to)\s*(?:\(?(?:expected|exp\.?|anticipated|est\.?)\)?)?\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class DateToken:
    value: str  # "YYYY-MM", "YYYY" or "present"
    start: int
    end: int


@dataclass(frozen=True)
class DateRange:
    start: str | None
    end: str | None
    span: tuple[int, int]


@lru_cache(maxsize=8192)
def find_dates(text: str) -> tuple[DateToken, ...]:
    """Date tokens in text order; where patterns overlap, the more specific one (listed first) wins."""
    if not DIGIT_OR_WORD_RE.search(text):
        return ()
    tokens: list[DateToken] = []
    lower = text.lower()
    has_year = ANY_YEAR_RE.search(text) is not None
    for regex, needs, hint in zip(TOKEN_RES, TOKEN_NEEDS, TOKEN_HINTS):
        # cheap tests first: each pattern needs a year and some also a word ('Sep', 'Fall', '年')
        year_needed = needs is not None and "'" not in needs
        if (year_needed and not has_year) or (hint is not None and not hint.search(lower)):
            continue
        for match in regex.finditer(text):
            value = _value(match)
            if value and not any(t.start < match.end() and match.start() < t.end for t in tokens):
                tokens.append(DateToken(value, match.start(), match.end()))
    return tuple(sorted(tokens, key=lambda t: t.start))


def _value(match: re.Match) -> str | None:
    groups = {k: v for k, v in match.groupdict().items() if v}
    if "present" in groups:
        return "present"
    year = groups.get("year")
    if "yy" in groups:
        year = ("20" if int(groups["yy"]) <= 50 else "19") + groups["yy"]
    if not year:
        return None
    month = None
    if "mon" in groups:
        month = MONTHS[groups["mon"].lower()]
    for key in ("cmon", "ymon", "mnum", "dmon"):
        if key in groups:
            month = int(groups[key])
    if month is not None and not 1 <= month <= 12:
        return None
    return f"{year}-{month:02d}" if month else year


MONTH_SPAN_RE = re.compile(
    rf"(?<![\w])(?P<first>{MONTH_NAMES})\.?\s*[-–—]\s*{MONTH}\s*,?\s*(?:['’‘]\s*(?P<yy>\d{{2}})(?!\d)|{YEAR})",
    re.IGNORECASE,
)


@lru_cache(maxsize=8192)
def find_range(text: str) -> DateRange | None:
    """The first 'start – end' pair in the text, else a lone date as the end ('2016', 'May 2025 (expected)')."""
    span = MONTH_SPAN_RE.search(text) if "–" in text or "-" in text or "—" in text else None
    if span:  # 'May–Jul 2018', 'Jun - Aug ’19': two months of one year
        end = _value(span)
        if end:
            first = MONTHS[span.group("first").lower()]
            year = int(end[:4]) - (1 if first > int(end[5:7]) else 0)  # 'Dec – Feb 2020' began in 2019
            return DateRange(f"{year}-{first:02d}", end, span.span())
    tokens = find_dates(text)
    for first, second in zip(tokens, tokens[1:]):
        if first.value != "present" and RANGE_SEP_RE.match(text[first.end:second.start]):
            return DateRange(first.value, second.value, (first.start, second.end))
    for token in tokens:  # '2021–' or '(2019–)': an open-ended range is ongoing
        if token.value != "present" and OPEN_END_RE.match(text, token.end):
            return DateRange(token.value, "present", (token.start, len(text.rstrip())))
    dated = [t for t in tokens if t.value != "present"]
    if dated:
        return DateRange(None, dated[0].value, (dated[0].start, dated[0].end))
    return None


@lru_cache(maxsize=8192)
def strip_dates(text: str) -> str:
    """The text without its dates and range separators: what is left of 'Seattle, WA Mar 2021 – Present'."""
    for token in reversed(find_dates(text)):
        text = text[:token.start] + " " + text[token.end:]
    text = RANGE_WORD_RE.sub(" ", text)
    text = EXPECTED_PAREN_RE.sub(" ", text)
    return SPACES_RE.sub(" ", text).strip(" ,;|·•-–—()")


@lru_cache(maxsize=8192)
def only_dates(text: str) -> bool:
    """True when nothing but dates and separators: a date column cell."""
    if not find_dates(text):
        return False
    return not WORD_CHAR_RE.search(EXPECTED_WORD_RE.sub("", strip_dates(text)))
