"""Section headings, found by vocabulary (English and Chinese) and by typography.

A heading matched by vocabulary teaches us the document's heading style; a short row set in that same
style is a heading too, even when its words are not in the vocabulary, so that an unknown section
("Selected Talks", "Mentoring") ends the previous one instead of being swallowed by it.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache
from importlib import resources

from .layout import Row, body_size
from .text import has_cjk, normalize_spaces

MAX_HEADING_WORDS = 6
NON_WORD_RE = re.compile(r"[^\w]")
SPLIT_CAPITAL_RE = re.compile(r"\b([A-Z]) (?=[A-Z]{2,}\b)")
EXACT_ONLY = {"research", "work"}  # headings on their own only: 'Research Output' or 'Work Samples' are other kinds


@dataclass
class Section:
    kind: str  # education, experience, ..., "header" before the first heading, "other" for unknown ones
    heading: str
    rows: list[Row] = field(default_factory=list)

    @property
    def is_cjk(self) -> bool:
        return has_cjk(self.heading)


@lru_cache(maxsize=1)
def vocabulary() -> dict[str, str]:
    """Heading phrase (normalised) -> section kind."""
    raw = json.loads(resources.files(__package__).joinpath("data/sections.json").read_text("utf-8"))
    return {_normalize(phrase): kind for kind, phrases in raw.items() for phrase in phrases}


@lru_cache(maxsize=4096)
def _normalize(text: str) -> str:
    text = _letter_spaced(text) or normalize_spaces(text)
    if re.fullmatch(r"(?:\w ){2,}\w", text):  # letter-spaced "E D U C A T I O N"
        text = text.replace(" ", "")
    text = re.sub(r"\([^)]*\)", " ", text)
    text = re.sub(r"[:：|/&,.;_\-–—•·]+", " ", text.lower())
    text = re.sub(r"\band\b|\bof\b|\bmy\b", " ", text)
    return normalize_spaces(text)


def _letter_spaced(text: str) -> str | None:
    """'W O R K  E X P E R I E N C E', 'E D U C AT I O N' (a kerned pair stays together): letters spaced out,
    words set apart by a wider gap. The words, or None for ordinary text."""
    tokens = text.split()
    if len(tokens) < 4 or sum(1 for t in tokens if len(t) <= 2) < 0.7 * len(tokens) or not text.strip().isupper():
        return None
    return " ".join(word.replace(" ", "") for word in re.split(r"\s{2,}", text.strip()))


@lru_cache(maxsize=1)
def _phrase_re() -> re.Pattern:
    phrases = sorted((p for p in vocabulary() if not has_cjk(p) and p not in EXACT_ONLY), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(p) for p in phrases) + r")(?!\w)")


@lru_cache(maxsize=4096)
def heading_kind(text: str) -> str | None:
    """The section kind a heading's words name, or None. 'Honors and Awards' -> awards.

    With several vocabulary phrases in one heading, the earliest wins ('Skills and Certifications').
    """
    norm = _normalize(text)
    if not norm or len(norm.split()) > MAX_HEADING_WORDS or re.search(r"\d", norm):
        return None
    if norm not in vocabulary() and SPLIT_CAPITAL_RE.search(text):
        joined = SPLIT_CAPITAL_RE.sub(r"\1", text)  # small caps: 'A WARDS' -> 'AWARDS'
        if _normalize(joined) in vocabulary():
            return vocabulary()[_normalize(joined)]
    vocab = vocabulary()
    if norm in vocab:
        return vocab[norm]
    if has_cjk(norm) and LATIN_RE.search(norm):
        return _bilingual_kind(norm)
    if has_cjk(norm):
        return _cjk_kind(norm, vocab)
    kinds = {vocab[m.group(0)] for m in _phrase_re().finditer(norm)}
    if MIXED_WORK <= kinds:
        return "experience"
    match = _phrase_re().search(norm)  # leftmost, and the longest phrase at that position
    return vocab[match.group(0)] if match else None


# 'Work and Projects', '工作/项目经历': jobs listed among projects; the experience reader tells them apart
MIXED_WORK = {"experience", "projects"}


LATIN_RE = re.compile(r"[a-z]{2}")
CJK_RUN_RE = re.compile(r"[\u3400-\u9fff]+(?:\s*[\u3400-\u9fff]+)*")


def _bilingual_kind(norm: str) -> str | None:
    """'教育背景 Education', 'Publications 发表论文': one heading in two languages, each half naming the same
    section ('技能：Python, C++' is a labelled line, not a heading)."""
    cjk = " ".join(CJK_RUN_RE.findall(norm))
    latin = normalize_spaces(CJK_RUN_RE.sub(" ", norm))
    first, second = heading_kind(cjk), heading_kind(latin)
    if first and second is None and len(latin.replace(" ", "")) <= 3:
        return first  # 'IT 技能': a short Latin qualifier inside a Chinese heading
    return first if first and first == second else None


def _cjk_kind(norm: str, vocab: dict[str, str]) -> str | None:
    compact = norm.replace(" ", "")
    if len(compact) > 8:
        return None
    hits = [(len(p), k) for p, k in vocab.items() if has_cjk(p) and p in compact]
    if MIXED_WORK <= {k for _, k in hits} or ("工作" in compact and "项目" in compact):
        return "experience"
    return max(hits)[1] if hits else None


def split_sections(rows: list[Row], name_row: Row | None = None, body: float | None = None) -> list[Section]:
    body = body_size(rows) if body is None else body
    rows = _join_two_line_headings(rows)
    headings = _find_headings(rows, name_row, body)
    sections = [Section("header", "")]
    for index, row in enumerate(rows):
        if index in headings:
            sections.append(Section(headings[index], row.text))
            continue
        previous = rows[index - 1] if index else None
        following = rows[index + 1] if index + 1 < len(rows) else None
        if previous is not None and row.page != previous.page and row.size >= 1.3 * body and _letterhead(row) \
                and not (following is not None and _style(following) == _style(row)):  # a title's first line
            sections.append(Section("header", ""))  # a new page opening with a letterhead (a second-language copy)
        elif previous is not None and row.page == previous.page and row.column != previous.column \
                and previous.column != 0 and sections[-1].kind != "header":
            sections.append(Section("header", ""))  # the top of the next column, before its first heading
        label = _label_heading(row, sections[-1].kind, body)
        if label:
            sections.append(Section(label, row.segments[0].text))
            row = replace(row, segments=row.segments[1:])
        sections[-1].rows.append(row)
    return sections


def _letterhead(row: Row) -> bool:
    """A page opening with a person's name: the letterhead of a copy in another language, not a paper's title
    carried over from the page before."""
    from .names import clean_name  # names reads headings through this module

    return len(row.text.strip()) >= 3 and (bool(clean_name(row.text)) or len(row.text.split()) <= 4)


def _join_two_line_headings(rows: list[Row]) -> list[Row]:
    """A heading set over two lines in a narrow margin ('EXPÉRIENCE' / 'PROFESSIONNELLE'): one heading when the
    two lines, alike and close, make a heading phrase that the second line alone is not."""
    out: list[Row] = []
    for row in rows:
        previous = out[-1] if out else None
        if previous is not None and len(previous.segments) > 1 and len(row.segments) == 1 \
                and row.x1 < previous.segments[1].x0 and _label_tail(previous, row):
            # 'Expérience' beside the first entry, 'professionnelle' under it in the label column
            label = replace(previous.segments[0], text=f"{previous.segments[0].text} {row.text}")
            out[-1] = replace(previous, segments=(label,) + previous.segments[1:])
            continue
        if previous is not None and len(previous.segments) == 1 and len(row.segments) == 1 \
                and previous.page == row.page and _style(previous) == _style(row) \
                and 0 <= row.top - previous.bottom < 0.8 * (row.bottom - row.top) \
                and len(previous.text.split()) <= 3 and len(row.text.split()) <= 2 and not heading_kind(row.text) \
                and _exact(f"{previous.text} {row.text}"):
            out[-1] = replace(previous, segments=(replace(previous.segments[0], text=f"{previous.text} {row.text}"),),
                              bottom=row.bottom)
            continue
        out.append(row)
    return out


def _label_tail(previous: Row, row: Row) -> bool:
    """The second line of a two-line label cell: alike, right under the first, and the two make a heading."""
    label, seg = previous.segments[0], row.segments[0]
    return (seg.size, seg.bold) == (label.size, label.bold) and len(label.text.split()) <= 3 \
        and len(row.text.split()) <= 2 and 0 < row.top - previous.top < 2 * label.size \
        and not heading_kind(row.text) and _exact(f"{label.text} {row.text}")


LABEL_INSIDE = {"skills": {"skills", "languages"}, "contact": {"contact", "languages"}}


def _label_heading(row: Row, current: str, body: float) -> str | None:
    """A heading set as the label cell of a label column ('Experience' beside the first job, in a table whose
    left cells name the sections): the label opens its section and the rest of the row is its first line.
    Labels inside a skills grid ('Languages  Python, C++') or a contact block stay labels."""
    if len(row.segments) < 2 or row.marker:
        return None
    label, content = row.segments[0], row.segments[1]
    text = label.text.strip()
    if not text or len(text.split()) > 4 or content.x0 - label.x1 < label.size or re.search(r"\d", text):
        return None
    norm = _normalize(text)
    kind = vocabulary().get(norm) or heading_kind(text)
    if not kind or kind == current or kind in LABEL_INSIDE.get(current, ()):
        return None
    # the whole label names the section ('Honours and awards'), not one word of an entry ('Software Tester')
    return kind if all(word in _kind_words().get(kind, ()) for word in norm.split()) else None


@lru_cache(maxsize=1)
def _kind_words() -> dict[str, frozenset[str]]:
    words: dict[str, set[str]] = {}
    for phrase, kind in vocabulary().items():
        words.setdefault(kind, set()).update(phrase.split())
    return {kind: frozenset(found) for kind, found in words.items()}


def _find_headings(rows: list[Row], name_row: Row | None, body: float) -> dict[int, str]:
    found: dict[int, str] = {}
    for index, row in enumerate(rows):
        if row is name_row or not _heading_shaped(row):
            continue
        kind = heading_kind(row.text)
        if kind and not _exact(row.text) and row.size < body - 0.5:
            continue  # small caps set below the body size ('SOFTWARE ENGINEER' under an employer) are entry titles
        if kind and not _exact(row.text) and _entry_line(row.text):
            continue  # 'Software Engineering Intern, Infosys': a job named with a heading's words
        if kind and index and _runs_on_from(rows[index - 1], row):
            continue  # 'Recognition' under '… in Pattern': the end of a wrapped line, not a heading
        if kind and not _exact(row.text) and index + 1 < len(rows) and _wraps_onto(row, rows[index + 1]):
            continue  # 'Scalable Test-Time Training for Question' / 'Answering': a title in the headings' type
        if kind and (_stands_out(row, body) or _exact(row.text)):
            found[index] = kind
    # a heading that names its section only through one of its words ('Software Support Specialist' -> skills)
    # must look like the headings named exactly: otherwise it is an entry title set in bold
    exact_styles = {_style(rows[i]) for i in found if _exact(rows[i].text)}
    # section names set as label cells beside their first entry ('Work   Research Intern') show the style too
    # (a label inside a section it belongs to is not one: 'Languages   Libraries   Tools' heads a skills grid)
    labels = {i: kind for i, r in enumerate(rows)
              if (kind := _label_heading(r, found[max((k for k in found if k < i), default=-1)] if any(
                  k < i for k in found) else "", body))}
    exact_styles |= {_segment_style(rows[i].segments[0]) for i in labels}
    if exact_styles:
        for index in [i for i in found if not _exact(rows[i].text)]:
            if _style(rows[index]) not in exact_styles and not (
                    _sub_heading(index, found, labels) and not LABELLED_LINE_RE.search(rows[index].text)):
                del found[index]
    # only strong headings (larger or bold) teach a style: small caps labels inside a sidebar do not
    styles = {_style(rows[i]) for i in found if rows[i].size >= body + 0.9 or (rows[i].bold and _caps(rows[i]))}
    extra = [
        index for index, row in enumerate(rows)
        if index not in found and row is not name_row and _style(row) in styles and _stands_out(row, body)
    ]
    # a style that many non-heading rows share (bold entry titles) says nothing about headings; a type size
    # well above the body's is kept for headings, so more of them may be unknown ('技术能力', 'Outreach')
    if len(extra) > max(2, len(found) // 2):
        extra = [i for i in extra if rows[i].size >= body + 2]
        extra = extra if len(extra) <= len(found) + 2 else []
    for index in extra:
        if found.get(index - 1, "other") != "other":
            continue  # right under a known heading, in its type: the section's first entry ('University of Tokyo')
        if _heading_shaped(rows[index]) and _plain_title(rows[index].text) and not _entry_line(rows[index].text):
            found[index] = "other"  # an unknown heading, not an award or a job named in the headings' type
    return found


LABELLED_LINE_RE = re.compile(r"[:：]\s*\S")  # 'Programming Languages: Python, Java' is a line of a list


def _sub_heading(index: int, found: dict[int, str], labels: dict[int, str]) -> bool:
    """'Invited Publications' inside 'Publications': a heading of the section it stands in, kept as one."""
    before = [(i, k) for i, k in list(found.items()) + list(labels.items()) if i < index]
    return bool(before) and max(before)[1] == found[index]


def _runs_on_from(previous: Row, row: Row) -> bool:
    """The row continues the line above: same column and type, no space between them, and the line above did
    not end a sentence or a label."""
    before, after = _style(previous), _style(row)
    if previous.page != row.page or previous.column != row.column or (before[0], before[3]) != (after[0], after[3]):
        return False  # another page, column, size or colour
    gap = row.top - previous.bottom
    return gap < 0.5 * (row.bottom - row.top) and not previous.segments[0].text.rstrip().endswith((".", ":", "：", ";")) \
        and abs(previous.x0 - row.x0) < 3 and len(previous.segments[0].text) > 25 and not after[2]


def _wraps_onto(row: Row, following: Row) -> bool:
    """The line goes on in the next one: same column and type right under it, and the next is no heading."""
    return len(following.segments) == 1 and following.page == row.page and following.column == row.column \
        and _style(following) == _style(row) and abs(following.x0 - row.x0) < 3 and not _caps(row) \
        and 0 <= following.top - row.bottom < 0.5 * (row.bottom - row.top) and not heading_kind(following.text)


ROLE_END_RE = re.compile(
    r"\b(?:intern|engineer|developer|scientist|researcher|assistant|analyst|manager|consultant|architect|"
    r"specialist|lead|fellow)s?$|\b(?:award|prize|medal|scholarship|fellowship)$", re.IGNORECASE)
# an honour's name ends in the singular ('… Teaching Assistant Award'); a heading names them in the plural


def _entry_line(text: str) -> bool:
    """An entry's title line that happens to hold a heading's words: it ends with a role ('Software Engineering
    Intern') or an honour ('Excellent Teaching Assistant Award') or names mostly other things between its commas ('…, Infosys'; 'Grants, Awards and Honours' is a
    heading)."""
    parts = [p for p in re.split(r"\s*,\s*", text.strip()) if p]
    return any(ROLE_END_RE.search(p) for p in parts) or (
        len(parts) > 1 and sum(1 for p in parts if not heading_kind(p)) * 2 > len(parts))


def _heading_shaped(row: Row) -> bool:
    text = re.sub(r"\s*\([^()]*\)\s*$", "", row.text.strip()) or row.text.strip()  # 'Publications (* equal…)'
    if len(row.segments) > 1 or row.marker or not text:
        return False
    if len(text) > 60 or text.endswith((".", ",", ";")) or LABELLED_LINE_RE.search(text):
        return False  # a sentence, or a labelled line ('Frameworks: ROS, OpenCV')
    return bool(re.search(r"[^\W\d_]", text))


def _exact(text: str) -> bool:
    return _normalize(text) in vocabulary() or _normalize(SPLIT_CAPITAL_RE.sub(r"\1", text)) in vocabulary()


def is_heading_phrase(text: str) -> bool:
    """The whole text is a section heading of the vocabulary ('SKILLS', 'Work Experience')."""
    return _exact(text)


def _stands_out(row: Row, body: float) -> bool:
    seg = row.segments[0]
    letters = NON_WORD_RE.sub("", seg.text)
    return seg.size >= body + 0.9 or seg.bold or (letters.isupper() and len(letters) > 2) or has_cjk(seg.text)


def _caps(row: Row) -> bool:
    letters = NON_WORD_RE.sub("", row.text)
    return letters.isupper() and len(letters) > 2


def _style(row: Row) -> tuple:
    return _segment_style(row.segments[0])


def _segment_style(seg) -> tuple:
    letters = NON_WORD_RE.sub("", seg.text)
    return (round(seg.size * 2) / 2, seg.bold, letters.isupper(), seg.color)


def _plain_title(text: str) -> bool:
    words = text.split()
    if not 1 <= len(words) <= 5 or re.search(r"\d|@|https?:|[.,;:]$", text):
        return False
    return all(w[:1].isupper() or not w[:1].isalpha() or w.lower() in {"and", "of", "&", "in"} for w in words)
