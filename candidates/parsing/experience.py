"""Jobs, internships and assistantships: organisation, title, dates. Theses and projects are not jobs.

An entry is a group of header rows (title, employer, place, dates in any order and arrangement) followed
by its description (bullets or indented text). The parts of the header are told apart by what they say:
a role word makes a title, a place is dropped, dates are dates, and the employer is what remains.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from .dates import find_range, only_dates, strip_dates
from .layout import Row, hyphen_continues, merge_rows, runs_on_by_a_word
from .model import Experience
from .places import is_location, strip_location
from .skills import lookup as lookup_skill
from .text import clean, has_cjk, strip_punct, word_count

ROLE_RE = re.compile(
    r"\b(intern(ship)?|engineer|developer|scientist|researcher|research\s+(assistant|associate|fellow)|"
    r"assistant|associate|analyst|manager|lead|director|consultant|fellow|postdoc(toral)?|professor|lecturer|"
    r"instructor|tutor|teacher|architect|designer|officer|head|founder|co-founder|cto|ceo|cfo|vp|president|"
    r"specialist|administrator|programmer|coordinator|trainee|apprentice|co-op|staff|member\s+of\s+technical|"
    r"principal|technician|editor|student\s+researcher|visiting\s+(student|scholar|researcher)|ta|ra|sde|swe|"
    r"mts|partner|advisor|owner|writer|clerk|working\s+student|werkstudent|economist|accountant|auditor|actuary|"
    r"statistician|strategist|planner|representative|executive|supervisor|operator|technologist|chemist|physicist|"
    r"nurse|physician|pharmacist|therapist|counsell?or|lawyer|attorney|paralegal|recruiter|trader|underwriter|"
    r"banker|controller|editor|journalist|reporter|translator|librarian|curator|mechanic|electrician|surveyor|"
    r"producer|marketer|buyer|agent|broker|chef|pilot|secretary|receptionist|cashier|"
    # the same roles in French, Spanish, Portuguese, German and Italian resumes
    r"d[ée]veloppeu(?:r|se)|ing[ée]nieu(?:r|re)|stagiaire|chercheu(?:r|se)|analyste|responsable|directeur|directrice|"
    r"chef\s+de\s+projet|charg[ée]e?\s+d[e']|desarrollador(?:a)?|ingenier[oa]|becari[oa]|pasante|practicante|analista|"
    r"gerente|investigador(?:a)?|desenvolvedor(?:a)?|engenheir[oa]|estagi[áa]ri[oa]|entwickler(?:in)?|"
    r"ingenieur(?:in)?|praktikant(?:in)?|berater(?:in)?|leiter(?:in)?|sviluppat(?:ore|rice)|ingegnere|stagista|"
    r"tirocinante|ricercat(?:ore|rice))\b|实习生|工程师|研究员|助理|助教|经理|总监|顾问|实习|分析师|设计师|"
    r"主管|专员|讲师|教授|博士后",
    re.IGNORECASE,
)
NOT_A_JOB_RE = re.compile(
    r"\b(thesis|dissertation|project|capstone|volunteer|member(?!\s+of\s+(?:the\s+)?(?:technical|research)\s+staff)|"
    r"competition|hackathon|coursework)\b|论文|项目",
    re.IGNORECASE,
)
ORG_RE = re.compile(
    r"\b(inc|ltd|llc|llp|gmbh|ag|se|sa|s\.p\.a|corp(oration)?|co\.|company|group|labs?|laborator(y|ies)|research|"
    r"institute|universit\w*|college|school|cent(er|re)|department|dept|technolog(y|ies)|systems|solutions|"
    r"bank|capital|partners|studio|foundation|hospital|agency|ministry|academy|services|software|networks|"
    r"ventures|consulting|pvt|limited|plc|nv|bv|ab|oy|kk)\b|公司|大学|研究院|实验室|集团|研究所",
    re.IGNORECASE,
)
PERSON_LABEL_RE = re.compile(
    r"^(advisor|adviser|mentor|supervisor|host|leader|manager|pi|reference|team|group|tech stack|stack|"
    r"tools|technologies|导师|负责人)\s*[:：]",
    re.IGNORECASE,
)
TEAM_PART_RE = re.compile(r"(?-i:\b(group|team|lab|squad|org)\b)$|\bcourse\b|课程", re.IGNORECASE)
ACRONYM_RE = re.compile(r"(?-i:\b[A-Z]{2,6}\b)")
DATED_ASIDE_RE = re.compile(r"\s*\([^()]*\b(?:19|20)\d{2}\b[^()]*\)")
PAREN_RE = re.compile(r"\([^()]*\)")
PROJECT_ROLE_RE = re.compile(
    r"\bprojects?\s+(?=(?:manager|coordinator|engineer|lead|leader|director|officer|analyst|assistant|associate|"
    r"specialist|administrator|architect|consultant|controller|planner|scientist)\b)",
    re.IGNORECASE,
)
TITLE_SPLIT_RE = re.compile(r",\s+|\s+at\s+|\s+@\s+")
PIECE_SPLIT_RE = re.compile(r"\s+[|•·◦—]\s+|\s{2,}|\t|\s+–\s+(?=[A-Z])|\s+-\s+(?=[A-Z])")


@dataclass
class _Entry:
    header: list[Row] = field(default_factory=list)
    has_dates: bool = False
    described: bool = False


def parse_experience(rows: list[Row]) -> list[Experience]:
    entries = []
    group = None  # an employer heading several roles ('Acme Corp' / '3 years 2 months' / role / role …)
    for entry in _entries(rows):
        job = _job(entry.header)
        if job is None:
            continue
        if job.organization is None and group:
            job = replace(job, organization=group)
        elif any(TENURE_RE.match(clean(r.text)) for r in entry.header):
            group = job.organization
        else:
            group = None
        entries.append(job)
    return entries


# a name that ends with an abbreviation's full stop ('Snap Inc.', 'Huawei Technologies Co., Ltd.'), not a sentence
ABBREVIATION_END_RE = re.compile(r"\b(?:inc|ltd|co|corp|llc|plc|gmbh|ag|s\.\s?a|s\.\s?p\.\s?a|pvt|dept|univ|st)\.$",
                                 re.IGNORECASE)
DESCRIPTION_LABEL_RE = re.compile(
    r"(?:key\s+)?(?:highlights|achievements|accomplishments|responsibilities|tasks|duties|contributions|"
    r"main\s+tasks|summary|description|tech(?:nologies|\s+stack)?|tools\s+used)\s*[:：]?|"
    r"(?:主要)?(?:工作内容|职责|成果|工作职责)\s*[:：]?",
    re.IGNORECASE,
)
DURATION_RE = re.compile(r"\(?\s*(?:\d+\s+(?:years?|yrs?|months?|mos?)\s*)+\)?", re.IGNORECASE)
# the time spent at one employer, printed under its name above the roles held there (LinkedIn's export)
TENURE_RE = re.compile(r"^\d+\s+years?(?:\s+\d+\s+months?)?$|^\d+\s+months?$", re.IGNORECASE)


def _entries(rows: list[Row]) -> list[_Entry]:
    if not rows:
        return []
    left = min(r.x0 for r in rows)
    lead_style = next((r.style for r in rows if _is_header(r, left)), None)
    entries = [_Entry()]
    previous_text = ""
    in_bullet = False  # inside a bulleted line and the lines it runs on to (set flush with the headers by some)
    for row in rows:
        current = entries[-1]
        if current.header and not current.described and (
                _wraps(current.header[-1], row) or hyphen_continues(current.header[-1], row)):
            current.header[-1] = merge_rows(current.header[-1], row)
            continue
        runs_on = in_bullet and not row.marker and _runs_on(previous_text, row.text)
        in_bullet = bool(row.marker) or runs_on
        previous_text = row.text
        if runs_on or (not _is_header(row, left) and not _continues_header(current, row)):
            if current.header and not current.has_dates and len(row.segments) > 1 \
                    and only_dates(row.segments[-1].text):
                # the entry's dates set level with its first description line, in a right-hand date column
                current.header.append(replace(row, segments=row.segments[-1:], marker=""))
                current.has_dates = True
            current.described = current.described or bool(current.header)
            continue
        dated = _has_date(row)
        starts = current.header and (
            current.described
            or (dated and current.has_dates)
            or (row.style == lead_style and any(r.style != lead_style for r in current.header) and current.has_dates
                and not _completes_with_role(current, row, dated))
        )
        if starts:
            entries.append(_Entry())
            current = entries[-1]
        current.header.append(row)
        current.has_dates = current.has_dates or dated
    return [e for e in entries if e.header]


def _completes_with_role(entry: _Entry, row: Row, dated: bool) -> bool:
    """'JD.com' / 'Nov 2020 – Aug 2022' / 'Data Science Intern': the role under an employer and dates that name
    none, set in the employer's type; not the next employer."""
    return not dated and bool(ROLE_RE.search(row.text)) and not any(ROLE_RE.search(clean(r.text)) for r in entry.header)


def _runs_on(previous: str, text: str) -> bool:
    """The line continues the sentence above: it starts in lower case or with a bracket, or ends a sentence that
    the line above left open ('…, and societal' / 'impact.')."""
    text = text.strip()
    if text[:1].islower() or text[:1] in "([":
        return True
    open_end = not previous.rstrip().endswith((".", "!", "?", "。", ";", "；", ":"))
    return open_end and text.endswith(".") and len(text.split()) <= 3


def _is_header(row: Row, left: float) -> bool:
    """Entry header rows sit at the left edge; a bulleted row is a header only when bold or dated. A label
    that opens the description ('Highlights', 'Key achievements:') is not."""
    if DESCRIPTION_LABEL_RE.fullmatch(clean(row.text)):
        return False
    if row.marker and not (row.x0 <= left + 6 and (row.segments[0].bold or _has_range(row))):
        return False
    text = row.text
    if _has_range(row) or find_range(text):
        return word_count(strip_dates(text)) <= 30
    words = text.split()
    sentence = text.rstrip().endswith(".") and (
        len(words) > 5 or (len(words) >= 3 and sum(w[:1].islower() for w in words) * 2 >= len(words))
    )  # 'Built the data pipeline.': a short description line is not a header ('Acme Inc.' is)
    sentence = sentence or text.rstrip().endswith(("。", "；", ";"))
    return row.x0 <= left + 6 and word_count(text) <= 16 and not sentence


def _continues_header(entry: _Entry, row: Row) -> bool:
    """A short line set right under a header line ('Employer | City' under 'dates  Title') is header too."""
    if not entry.header or entry.described or row.marker:
        return False
    previous = entry.header[-1]
    height = previous.bottom - previous.top
    gap = row.top - previous.bottom
    text = row.text.strip()
    if text.endswith(("。", "；", ";")) or (text.endswith(".") and not ABBREVIATION_END_RE.search(text)) \
            or DESCRIPTION_LABEL_RE.fullmatch(clean(text)):
        return False
    if gap < 0.8 * height:
        return word_count(text) <= 12
    # the role on a line of its own under an employer that names none, a paragraph apart (a Word table cell)
    return gap < 2.5 * height and word_count(text) <= 6 and bool(ROLE_RE.search(text)) \
        and not any(ROLE_RE.search(clean(r.text)) for r in entry.header)


def _drop_aside(match: re.Match) -> str:
    """A dated aside goes ('(promoted to lead in Mar 2019)'); dates alone in parentheses are the entry's own."""
    inner = match.group(0).strip()[1:-1]
    return f" {inner} " if only_dates(inner) else " "


def _has_date(row: Row) -> bool:
    """Any date of the entry's own ('Fall 2022'); a dated aside in parentheses does not count."""
    text = PAREN_RE.sub(_drop_aside, clean(row.text))
    return find_range(text) is not None


def _has_range(row: Row) -> bool:
    found = find_range(clean(row.text))
    return bool(found and found.start)


def _wraps(previous: Row, row: Row) -> bool:
    """A header line that ran on to the next line, e.g. a long title next to a date column."""
    last = previous.segments[-1]
    under_text = (len(previous.segments) >= 2 and abs(row.x0 - last.x0) < 4) or (
        len(previous.segments) == 1 and _has_range(previous) and row.x0 > previous.x0 + 20
    ) or runs_on_by_a_word(previous, row)
    return (
        under_text and len(row.segments) == 1 and not row.marker
        and row.top - previous.bottom < 0.6 * (previous.bottom - previous.top)
        and not _has_range(row) and previous.text.rstrip()[-1:] not in ".;"
        and last.x1 > previous.col_right - 0.15 * (previous.col_right - previous.col_left)
    )


def _job(header: list[Row]) -> Experience | None:
    pieces, dates = _pieces(header)
    if any(_not_a_job(p) and word_count(p) <= 4 for p in pieces):
        return None  # 'Master Thesis', 'Course Project': the entry is not a job
    title, title_index, rest, before = _title(pieces)
    if title is None or _not_a_job(title):
        return None
    organization = _organization(pieces, title_index, rest, before)
    if organization and organization.endswith(".") and not ABBREVIATION_END_RE.search(organization):
        organization = organization[:-1]  # the full stop that ends the header line ('… Sorbonne Université.')
    if organization is None and dates is None:
        return None
    start, end = dates if dates else (None, None)
    if start is None and end is not None:
        start = end  # a job held in one season: start = end
    return Experience(organization=organization, title=title, start=start, end=end)


def _pieces(header: list[Row]) -> tuple[list[str], tuple[str | None, str | None] | None]:
    pieces: list[str] = []
    dates = None
    for row in header:
        for seg in row.segments:
            # '(promoted from SDE I in Oct 2022)': a dated aside, not the entry's dates
            text = DATED_ASIDE_RE.sub(_drop_aside, clean(seg.text))
            found = find_range(text)
            if found and (dates is None or (found.start and not dates[0])):
                dates = (found.start, found.end)
            if found:
                text = text[:found.span[0]] + "\t" + text[found.span[1]:]
            text = CJK_TAG_RE.sub(" ", text)
            for piece in _split_pieces(text):
                piece = strip_punct(re.sub(r"\(\s*\)", "", piece))
                piece = _without_trailing_place(piece)
                if piece and not only_dates(piece) and not PERSON_LABEL_RE.match(piece) and not is_location(piece) \
                        and LETTER_RE.search(piece) and not _tool_list(piece) and not DURATION_RE.fullmatch(piece):
                    pieces.append(piece)
    return pieces, dates


# '中科院自动化所（实习）', 'ThoughtWorks（工作）': a tag saying what kind of post it was, not part of a name
CJK_TAG_RE = re.compile(r"[（(](?:实习|工作|全职|兼职|其他|其它|远程)[）)]")
LETTER_RE = re.compile(r"[^\W\d_]")  # an icon font's glyph ('§', ']') alone is not a piece of the header
TOOL_SPLIT_RE = re.compile(r"\s*[/,|、，]\s*")


def _without_trailing_place(piece: str) -> str:
    """'北京源仪迅驰科技有限公司 北京': a city after the employer, set apart by a space."""
    head, _, last = piece.rpartition(" ")
    return head.strip() if has_cjk(head) and is_location(last) and not is_location(head) else piece


def _tool_list(piece: str) -> bool:
    """'.NET / Angular JS / PowerShell', 'C++ / Python / CUDA': the stack used, listed under a job title."""
    parts = [p for p in TOOL_SPLIT_RE.split(piece) if p]
    return len(parts) >= 3 and sum(1 for p in parts if lookup_skill(p)) >= 0.6 * len(parts)


# the words of a role's specialty ('Research Intern - Computer Vision'); an employer ('– Google') has others
FIELD_WORDS = {
    "data", "science", "analytics", "machine", "learning", "deep", "ai", "ml", "nlp", "computer", "vision", "cv",
    "robotics", "research", "engineering", "software", "backend", "back-end", "frontend", "front-end", "full-stack",
    "fullstack", "infrastructure", "platform", "security", "systems", "algorithms", "algorithm", "speech", "audio",
    "graphics", "perception", "autonomy", "mlops", "devops", "cloud", "mobile", "web", "product", "quantitative",
    "finance", "hardware", "embedded", "language", "natural", "processing", "generative", "statistics", "and", "&",
}
PIECE_SEPARATED_RE = re.compile(f"({PIECE_SPLIT_RE.pattern})")


def _split_pieces(text: str) -> list[str]:
    """The header's parts; 'Graduate Trainee - Data Science' stays one title: a short field after a role, joined
    by a hyphen, is the role's specialty, not an employer."""
    parts = PIECE_SEPARATED_RE.split(text)
    pieces = [parts[0]]
    for separator, part in zip(parts[1::2], parts[2::2]):
        previous = pieces[-1]
        words = part.lower().split()
        specialty = separator.strip() in ("-", "–") and _ends_with_role(previous.strip()) and 1 <= len(words) <= 3 \
            and all(w in FIELD_WORDS for w in words)
        if specialty:
            pieces[-1] = f"{previous}{separator}{part}"
        else:
            pieces.append(part)
    return pieces


def _title(pieces: list[str]) -> tuple[str | None, int, list[str], list[str]]:
    """The first piece naming a role; a 'Title, Team, Employer' piece is split into title and the rest, and
    an 'Employer, Title' piece into the parts before the title and the title."""
    for index, piece in enumerate(pieces):
        parts = [strip_punct(p) for p in TITLE_SPLIT_RE.split(piece) if strip_punct(p)]
        for j, part in enumerate(parts):
            if PERSON_LABEL_RE.match(part):
                continue  # 'Supervisor: Prof. …' names a person, not the candidate's role
            if ROLE_RE.search(part) and not (ORG_RE.search(part) and j > 0 and not _ends_with_role(part)):
                title = re.sub(r"\s*\([^)]*\d{4}[^)]*\)", "", part).strip()
                return title, index, parts[j + 1:], parts[:j]
    return None, -1, [], []


def _not_a_job(text: str) -> bool:
    """'Course Project', 'Master Thesis'; but 'Project Manager' is a role whose first word names its work."""
    return bool(NOT_A_JOB_RE.search(PROJECT_ROLE_RE.sub(" ", text)))


def _ends_with_role(part: str) -> bool:
    """'Research Engineer', 'Research Technician': a title ending in its role noun, even with an organisation word."""
    last = None
    for last in ROLE_RE.finditer(part):
        pass
    return last is not None and not part[last.end():].strip()


def _organization(pieces: list[str], title_index: int, rest: list[str], before: list[str] = ()) -> str | None:
    """An organisation word wins ('Ltd', 'University'), then an acronym ('ZJU'), then the first other piece;
    the part before the title in 'Employer, Title' counts as a piece of its own."""
    others = [p for i, p in enumerate(pieces) if i != title_index and not _is_role_only(p) and not _sentence(p)]
    if before and not any(is_location(p) for p in before):
        others = [", ".join(before)] + others
    keyed = [p for p in others if ORG_RE.search(p)] or [p for p in others if ACRONYM_RE.search(p)]
    choice = keyed[0] if keyed else (others[0] if others else None)
    if before and others and others[0] == ", ".join(before) and not TEAM_PART_RE.search(others[0]) \
            and len(others[0].split()) >= 2:
        choice = others[0]  # 'Meta FAIR, Research Scientist': the employer named beside the title wins
    rest_keyed = [p for p in rest if ORG_RE.search(p) and not TEAM_PART_RE.search(p)]
    if not others and rest_keyed:
        choice = ", ".join(rest_keyed)
    if choice is None and rest:
        kept = [p for p in rest if not TEAM_PART_RE.search(p)] or rest
        choice = ", ".join(kept)
    if choice is None:
        return None
    parts = [p for p in re.split(r",\s+", choice)]
    kept = [p for p in parts if not TEAM_PART_RE.search(p)] or parts
    organization = strip_location(", ".join(kept))
    organization = re.sub(r"\s*\((?:[^()]*;[^()]*|[^()]{25,})\)$|\s*\([^()]*$|\s*[\[(]\s*[\])]?\s*$", "", organization)
    return strip_punct(organization) or None


NAME_PARTICLES = {"of", "at", "and", "the", "for", "in", "on", "de", "du", "des", "la", "le", "di", "da", "do", "von",
                  "van", "der", "y", "e", "&"}


def _sentence(piece: str) -> bool:
    """'Contributing to research that…', 'I was working on…': a description line, never an employer."""
    words = piece.split()
    if len(words) < 4 or has_cjk(piece):
        return False
    lower = sum(1 for w in words if w[:1].islower() and w.lower() not in NAME_PARTICLES)
    verb_first = bool(re.match(r"[A-Z][a-z]+(?:ed|ing)$", words[0]))  # 'Mentored Students on …', 'Spearheading …'
    return lower >= 0.4 * len(words) or verb_first and (lower >= 1 or not ORG_RE.search(piece))


def _is_role_only(piece: str) -> bool:
    """'TA', 'Research Intern': a second role label, not an employer."""
    return bool(ROLE_RE.search(piece)) and not ORG_RE.search(piece) and word_count(piece) <= 4
