"""Publications: title, venue (short name where known), year, authors, whether the candidate is first.

Citation styles handled: IEEE (quoted title), APA ('Authors (2021). Title. Venue'), ACM ('Authors. 2021.
Title. In Venue'), Harvard ('Authors, 2020, October. Title. In Venue'), 'Title: by Authors. Venue', the
plain 'Authors. Title, Venue, Year', and a title / authors / venue set on separate lines.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace

from .items import item_text, split_items
from .layout import Row
from .model import Publication
from .text import clean, join_lines, strip_punct
from .venues import venue_of

NOT_A_PAPER_RE = re.compile(r"^(invited\s+)?(talk|patent|presentation|poster\s+presentation|keynote)s?\b", re.I)
YEAR_RE = re.compile(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])")
NAME_PART_RE = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[a-z]{1,3}|van|von|de|der|da|di|le|la)$|^[\u4e00-\u9fff]{2,4}$")
VENUE_START_RE = re.compile(
    r",\s+(?=(?:in\s+|accepted\s+(?:by|at|to)\s+)?(?:the\s+)?(?:\d+(?:st|nd|rd|th)\s+)?(?:international|proceedings|proc\.|"
    r"conference|journal|ieee|acm|transactions|symposium|workshop|advances|arxiv|annual|european|asian|"
    r"american|springer|elsevier|nature|science)\b)",
    re.IGNORECASE,
)
SENTENCE_END_RE = re.compile(
    r"(?<!\b[A-Z])(?<!\bal)(?<!\bvs)(?<!\bet)"
    r"(?:\.|[?!](?=\s+(?:(?i:in|proc|accepted|arxiv)\b|[A-Z][\w.]*\s+(?:19|20)\d\d)))"
    r"(?=\s+(?:[\"“A-Z0-9(\[]|(?i:arxiv)\b)|\s*$)"
)


def parse_publications(rows: list[Row], candidate: str | None) -> list[Publication]:
    pubs = []
    for item in _split_at_authors(split_items(rows)):
        lines = [clean(line) for line in item_text(item)]
        text = clean(join_lines(lines))
        text = re.sub(r"^\[[^\]]{1,6}\]\s*", "", text)
        typed = _gbt(text)
        if typed:
            pubs.append(typed)
            continue
        text = DOC_TYPE_RE.sub("", text)
        if len(text) < 25 or NOT_A_PAPER_RE.match(text) or re.match(r"^[*†‡§]|^(note|equal contribution)", text, re.I):
            continue
        pub = parse_citation(text, lines)
        if pub and pub.title and (pub.year or pub.venue or pub.authors):
            pubs.append(pub)
    return mark_first_author(pubs, candidate)


DOC_TYPE_RE = re.compile(r"\s*\[(?:J|C|M|D|R|N|P|S|A|Z|G|EB/OL|J/OL|C/OL|M/OL)\](?=\s*[.,:]?)")  # GB/T 7714 type codes


GBT_RE = re.compile(
    r"(?P<authors>[^.\[\]]{2,300}?)[.．]\s*(?P<title>[^\[\]]{4,300}?)\s*\[(?:J|C|D|M|R|A|N|P|S|Z|G|EB/OL|J/OL|C/OL)\]"
    r"\s*[.．]?\s*(?:(?:\/\/\s*)?(?P<venue>[^,，.．]{2,120}?))?\s*[,，.．]\s*(?P<year>(?:19|20)\d{2})"
)
CJK_NAME_RE = re.compile(r"[\u4e00-\u9fff·]{2,5}")


def _gbt(text: str) -> Publication | None:
    """The Chinese national citation style (GB/T 7714): 'Authors. Title[J]. Venue, 2023, 46(5): 1-10.'"""
    match = GBT_RE.match(text)
    if not match:
        return None
    authors = [a.strip() for a in re.split(r"[,，、]|\band\b", match.group("authors")) if a.strip()]
    authors = [a for a in authors if not re.fullmatch(r"(?:et\s+al\.?|等)", a)]
    if not authors or not all(CJK_NAME_RE.fullmatch(a) or NAME_PART_RE.match(a.split()[0]) for a in authors):
        return None
    venue = (match.group("venue") or "").strip()
    known = venue_of(venue) if venue else None
    return Publication(
        title=strip_punct(match.group("title")),
        venue=known.short if known else (venue or None),
        year=int(match.group("year")),
        authors=tuple(authors),
        first_author=None,
    )


def _split_at_authors(items: list[list[Row]]) -> list[list[Row]]:
    """Two citations read as one (a full-width line looks wrapped): a line that ends a citation with a full stop,
    followed by a line opening with an author list and a full stop ('Wei Zhou, Ana Ruiz, Tom Berg. Title')."""
    out: list[list[Row]] = []
    for item in items:
        out.append([item[0]])
        for previous, row in zip(item, item[1:]):
            text = clean(row.text)
            if clean(previous.text).rstrip().endswith(".") and not row.marker and _opens_with_authors(text):
                out.append([row])
            else:
                out[-1].append(row)
    return out


def _opens_with_authors(line: str) -> bool:
    match = re.match(r"([^.]{3,200}?)\.\s+\S", line)
    head = match.group(1) if match else ""
    return bool(head) and ("," in head or " and " in head) and _looks_like_authors(head)


def parse_citation(text: str, lines: list[str] | None = None) -> Publication | None:
    for parser in (_quoted, _apa, _acm, _harvard, _by_authors):
        pub = parser(text)
        if pub:
            return pub
    return _by_lines(lines or []) or _plain(text)


def _make(title: str, authors: str | None, venue_text: str, year: int | None) -> Publication:
    title = strip_punct(title.strip(" .,\"“”'")).rstrip(":")
    venue_text = venue_text or ""
    return Publication(
        title=title or None,
        venue=_venue(venue_text),
        year=year if year is not None else _year(venue_text),
        authors=tuple(split_authors(authors)) if authors else (),
        first_author=None,
    )


def _quoted(text: str) -> Publication | None:
    match = re.search(r"[“\"](?P<title>[^”\"]{10,})[”\"]", text)
    if not match:
        return None
    authors = text[:match.start()].strip(" ,")
    return _make(match.group("title"), authors, text[match.end():], None)


def _apa(text: str) -> Publication | None:
    match = re.match(r"(?P<authors>.{3,300}?)\s*\((?:(?P<year>(?:19|20)\d{2})[a-z]?(?:,[^)]*)?|in\s+press)\)\.?\s+(?P<rest>.+)", text, re.I)
    if not match or not match.group("rest") or not _looks_like_authors(match.group("authors")):
        return None
    title, venue = _title_and_rest(match.group("rest"))
    year = int(match.group("year")) if match.group("year") else None
    pub = _make(title, match.group("authors"), venue, year)
    return pub if year else replace(pub, year=None)


def _acm(text: str) -> Publication | None:
    match = re.match(r"(?P<authors>.{3,300}?)\.\s+(?P<year>(?:19|20)\d{2})[a-z]?\.\s+(?P<rest>.+)", text)
    if not match or not _looks_like_authors(match.group("authors")):
        return None
    title, venue = _title_and_rest(match.group("rest"))
    return _make(title, match.group("authors"), venue, int(match.group("year")))


def _harvard(text: str) -> Publication | None:
    match = re.match(
        r"(?P<authors>.{3,300}?),\s*(?P<year>(?:19|20)\d{2})(?:,\s*[A-Z][a-z]+\.?)?\.\s+(?P<rest>.+)", text
    )
    if not match or not _looks_like_authors(match.group("authors")):
        return None
    title, venue = _title_and_rest(match.group("rest"))
    return _make(title, match.group("authors"), venue, int(match.group("year")))


def _by_authors(text: str) -> Publication | None:
    match = re.match(r"(?P<title>.{10,}?)[:.,]?\s+by\s+(?P<authors>[^.]+?(?:et\s+al\.?)?)[.;]\s+(?P<rest>.+)", text)
    if not match or not _looks_like_authors(re.sub(r",?\s*et\s+al\.?", "", match.group("authors"))):
        return None
    return _make(match.group("title"), match.group("authors"), match.group("rest"), None)


def _by_lines(lines: list[str]) -> Publication | None:
    """Title on one line, authors on the next, venue after (or beside the title)."""
    if len(lines) < 2:
        return None
    for index in range(1, len(lines)):
        authors, tail = _authors_then_tail(lines[index])
        if authors:
            title = " ".join(lines[:index])
            venue = " ".join([tail, *lines[index + 1:]]).strip()
            head_venue = venue_of(title)
            if head_venue and not venue:
                venue = title
                title = re.sub(r"\s*\S*" + re.escape(head_venue.short) + r"\S*.*$", "", title) or title
            return _make(title, authors, venue, None)
    return None


def _authors_then_tail(line: str) -> tuple[str | None, str]:
    """'Ann Lee, Bo Li, and Cy Wu. CVPR 2023' -> the authors, and the venue after them."""
    line = line.strip()
    if _looks_like_authors(line.strip(" .")) and ("," in line or " and " in line):
        return line.strip(" ."), ""
    for match in reversed(list(re.finditer(r"\.\s+", line))):
        head = line[:match.start()]
        if ("," in head or " and " in head) and _looks_like_authors(head) and not re.search(r"\b[A-Z]$", head):
            return head, line[match.end():]
    return None, ""


def _plain(text: str) -> Publication | None:
    """'Authors. Title, Venue, Year.' or 'Title. Venue, Year.'"""
    sentences = _sentences(text)
    authors = None
    if len(sentences) > 1 and _looks_like_authors(sentences[0]):
        authors = sentences.pop(0)
    if not sentences:
        return None
    first, rest = sentences[0], " ".join(sentences[1:])
    if not rest:
        first, rest = _split_title_venue(first)
    return _make(first, authors, rest, None)


def _split_title_venue(text: str) -> tuple[str, str]:
    match = VENUE_START_RE.search(text)
    if match:
        return text[:match.start()], text[match.end():]
    parts = text.rsplit(", ", 2)
    if len(parts) == 3 and YEAR_RE.fullmatch(parts[2].strip(" .")):
        return parts[0], f"{parts[1]}, {parts[2]}"
    return text, ""


def _title_and_rest(rest: str) -> tuple[str, str]:
    match = SENTENCE_END_RE.search(rest)
    if not match:
        return _split_title_venue(rest)
    return rest[:match.end()].rstrip("."), rest[match.end():].strip()


def _sentences(text: str) -> list[str]:
    out, start = [], 0
    for match in SENTENCE_END_RE.finditer(text):
        piece = text[start:match.end()].strip()
        if piece:
            out.append(piece.rstrip("."))
        start = match.end()
    tail = text[start:].strip()
    if tail:
        out.append(tail)
    return out


def _looks_like_authors(text: str) -> bool:
    text = re.sub(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰#]|\d(?=,|$)|\bet\s+al\.?", "", text).strip(" ,.")
    parts = [p.strip() for p in re.split(r",|;|\band\b|&", text) if p.strip()]
    if not parts or len(text) > 400:
        return False
    good = sum(1 for p in parts if 1 <= len(p.split()) <= 4 and all(NAME_PART_RE.match(w) for w in p.split()))
    return good >= max(1, 0.8 * len(parts))


def split_authors(text: str) -> list[str]:
    """'Chen, Q. and Park, J.' -> ['Q. Chen', 'J. Park']; 'A. Smith, B. Jones, and C. Lee' -> three names."""
    text = re.sub(r"[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰#]|\bet\s+al\.?|\band\s+others\b", "", text)
    text = re.sub(r"(?<=[A-Za-z])\d+(?=\s*(,|$|and))", "", text)
    parts = [strip_punct(p) for p in re.split(r",|;|\band\b|&", text)]
    parts = [p for p in parts if p]
    parts = [p.rstrip(".") if not re.search(r"\b[A-Z]\.$", p) else p for p in parts]
    if len(parts) >= 2 and len(parts) % 2 == 0 and _surname_first(parts):
        return [f"{parts[i + 1]} {parts[i]}" for i in range(0, len(parts), 2)]
    if len(parts) >= 3 and _chicago(parts, text):
        return [f"{parts[1]} {parts[0]}"] + parts[2:]
    return parts


def _chicago(parts: list[str], text: str) -> bool:
    """'Berg, Tom, Ana Ruiz, and Wei Zhou': two one-word parts, then full names of two words
    or more, the first two joined by a comma only (the inverted first author)."""
    head = re.match(r"\s*([^,;&]+),\s*([^,;&]+?)\s*(?:,|\band\b|&)", text)
    if not head or strip_punct(head.group(1)) != parts[0]:
        return False
    one_word = len(parts[0].split()) == 1 and len(parts[1].rstrip(".").split()) == 1
    return one_word and all(len(p.split()) >= 2 for p in parts[2:])


def _surname_first(parts: list[str]) -> bool:
    initials = re.compile(r"^(?:[A-Z]\.\s?-?)+$|^(?:[A-Z]\.?\s?)+$")
    given = parts[1::2]
    surnames = parts[0::2]
    if all(initials.match(g) for g in given) and all(len(s.split()) <= 2 for s in surnames):
        return True
    return all(len(p.split()) == 1 for p in parts)


def _venue(text: str) -> str | None:
    text = text.strip()
    if not text:
        return None
    known = venue_of(text)
    if known:
        return known.short
    acronym = re.search(r"\(([A-Za-z][A-Za-z\-&]{1,14})(?:\s*['’]?\d{2,4})?\)", text)
    if acronym and sum(c.isupper() for c in acronym.group(1)) >= 2:
        return acronym.group(1)
    return _printed_venue(text)


def _printed_venue(text: str) -> str | None:
    if STATUS_ONLY_RE.fullmatch(strip_punct(text.strip())):
        return None
    text = re.sub(r"^(?:in\s*:?\s+|accepted\s+(?:by|at|to|in)\s+|to\s+appear\s+in\s+)", "", text, flags=re.I)
    text = re.sub(r"^(?:proceedings\s+of\s+(?:the\s+)?|proc\.\s+(?:of\s+)?(?:the\s+)?)", "", text, flags=re.I)
    text = re.sub(r"^(?:the\s+)?(?:(?:19|20)\d{2}\s+)?(?:\d+(?:st|nd|rd|th)\s+)?", "", text, flags=re.I)
    text = re.split(r",\s*(?=\d|\(|pp\b|vol\b|no\b|article\b|p\.\s)|\s\d+\(\d+\)|\.\s|,\s*(?:19|20)\d{2}", text)[0]
    text = re.sub(r"[,.;]?\s*\(?(?:in\s+press|forthcoming|to\s+appear|accepted)\)?\s*$", "", text, flags=re.I)
    text = strip_punct(re.sub(r"\s*['’]?\d{2,4}$", "", text.strip(" .")))
    if STATUS_ONLY_RE.fullmatch(text):
        return None  # 'Under review', 'Submitted': a status, not a venue
    return text or None


STATUS_ONLY_RE = re.compile(
    r"(?:under\s+(?:review|submission)|submitted|in\s+(?:preparation|submission|review)|manuscript|working\s+paper|"
    r"preprint|in\s+press|forthcoming)(?:\s+(?:at|to)\b.*)?",
    re.IGNORECASE,
)


def _year(text: str) -> int | None:
    if re.search(r"\bin\s+press\b", text, re.I):
        return None
    years = YEAR_RE.findall(text)
    if years:
        return int(years[-1])
    short = re.search(r"[A-Za-z]['’](\d{2})\b", text)
    return 2000 + int(short.group(1)) if short else None


def _name_key(name: str) -> tuple[str, str]:
    words = re.sub(r"[^\w\s\-]", " ", name).split()
    if not words:
        return ("", "")
    return (words[-1].lower(), words[0][0].lower())


def mark_first_author(pubs: list[Publication], candidate: str | None) -> list[Publication]:
    """first_author by the candidate's name; without one, the author common to most papers stands in."""
    me = _name_key(candidate) if candidate else _most_common_author(pubs)
    marked = []
    for pub in pubs:
        if not pub.authors or me is None:
            marked.append(pub)
            continue
        first = _name_key(pub.authors[0])
        marked.append(replace(pub, first_author=first == me or (first[0] == me[0] and not me[1])))
    return marked


def _most_common_author(pubs: list[Publication]) -> tuple[str, str] | None:
    counts: Counter = Counter()
    order: dict[tuple[str, str], float] = {}
    for pub in pubs:
        for position, author in enumerate(pub.authors):
            key = _name_key(author)
            counts[key] += 1
            order[key] = order.get(key, 0) + position
    if not counts:
        return None
    return min(counts, key=lambda k: (-counts[k], order[k] / counts[k]))
