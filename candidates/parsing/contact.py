"""The candidate's own emails, phones and links; contacts of hosts, mentors and referees are left out."""

from __future__ import annotations

import re

from .dates import find_range
from .layout import Row
from .pdf import LinkAnnotation

EMAIL_RE = re.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]*@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")
OTHER_PERSON_RE = re.compile(
    r"\b(host|mentor|advisor|adviser|supervisor|supervised|leader|manager|referee|reference|contact person|"
    r"professor|prof\.|dr\.?\s+[A-Z])\b|导师|老师|指导",
    re.IGNORECASE,
)
TITLE_WORDS = {"manager", "leader", "professor", "advisor", "adviser"}  # also job titles of the candidate
PHONE_LABEL_RE = re.compile(r"\b(phone|mobile|mob|cell|tel|telephone|contact|whatsapp)\b|☎|✆|📞|电话|手机|联系", re.IGNORECASE)
FULL_DATE_RE = re.compile(
    r"(?:0?[1-9]|[12]\d|3[01])([./\-])(?:0?[1-9]|1[0-2])\1(?:19|20)\d{2}|(?:19|20)\d{2}([./\-])(?:0?[1-9]|1[0-2])\2(?:0?[1-9]|[12]\d|3[01])"
)
BROKEN_PHONE_END_RE = re.compile(r"[\d)]\s?\d{2,4}[-.]$")
# '+48 501 234' / '567': an international number cut by the line end between its digit groups
BROKEN_INTL_END_RE = re.compile(r"\+\d{1,3}(?:[\s.-]\d{1,4}){1,3}$")
TWO_DIGITS_RE = re.compile(r"\d\d")
ORCID_RE = re.compile(r"\b\d{4}-\d{4}-\d{4}-\d{3}[\dX]\b")
PHONE_RE = re.compile(r"(?:\+|\(\+|00|\()?\d[\d \t().\-–]{5,}\d")
TLDS = (
    "com|org|net|edu|gov|io|ai|dev|me|name|info|biz|co|app|page|site|xyz|tech|blog|cc|us|uk|ca|de|fr|it|es|nl|"
    "be|ch|at|se|no|dk|fi|pl|cz|pt|gr|ie|eu|cn|hk|tw|jp|kr|sg|in|au|nz|br|mx|ru|il|tr|ir|za|ac\\.uk|edu\\.cn|"
    "github\\.io|gitlab\\.io|cloud|online|studio|design|codes|ninja|space|works|world|website|"
    "engineer|digital|email|ar|cl|co\\.uk|com\\.br|com\\.au|ng|ke|vn|ph|pk|eg|ua|ro|hu|sk|si|hr|lt|lv|ee"
)
URL_RE = re.compile(
    rf"(?<![@\w.])(?P<scheme>https?://)?(?P<host>(?:www\.)?(?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+(?(scheme)[a-z]{{2,24}}|(?:{TLDS})))"
    r"(?P<path>/[^\s,;|()<>\"'“”]*)?(?![\w@-])",
    re.IGNORECASE,
)
SOCIAL_HOSTS = ("facebook.com", "fb.com", "instagram.com", "twitter.com", "x.com", "youtube.com", "tiktok.com")
NOT_PROFILE_HOSTS = ("doi.org", "dx.doi.org", "orcid.org", "arxiv.org", "ieeexplore.ieee.org", "dl.acm.org")


ICON_LEAD_RE = re.compile(r"^(?:\(cid:\d+\)|\S)\s+(?=\S)")  # an icon font's glyph before the detail ('# jane@x.org', 'I +34 …')
HANDLE_RE = re.compile(r"@?[A-Za-z][\w.-]{2,38}")


def contact_shaped(text: str) -> bool:
    """A line that is nothing but an e-mail, a phone number or a web address: a contact detail wherever it is set
    (in a sidebar under 'About', say), not only in the letterhead. A row of such cells counts too ('☎ +34 …
    ✉ jane@x.org  github-handle', as a footer prints them), each perhaps after an icon."""
    cells = [ICON_LEAD_RE.sub("", cell.strip()) for cell in text.split("\t") if cell.strip()]
    if len(cells) > 1:
        shaped = [_contact_cell(cell) for cell in cells]
        return any(shaped) and all(ok or HANDLE_RE.fullmatch(cell) for ok, cell in zip(shaped, cells))
    if _contact_cell(text) or len(cells) != 1 or cells[0] == text.strip():
        return _contact_cell(text)
    icon = text.strip()[:1]
    return _contact_cell(cells[0]) or (not icon.isalnum() and bool(HANDLE_RE.fullmatch(cells[0])))


def _contact_cell(text: str) -> bool:
    text = text.strip().rstrip(".")
    if not text or len(text) > 60 or " " in text.strip() and not PHONE_RE.fullmatch(text):
        return False
    if EMAIL_RE.fullmatch(text) or URL_RE.fullmatch(text):
        return True
    if not PHONE_RE.fullmatch(text) or not 8 <= len(re.sub(r"\D", "", text)) <= 15:
        return False
    found = find_range(text)
    return not (found and found.start)  # '2015.09 - 2019.06' is a date range, not a number


def _other_person(text: str) -> bool:
    """Someone else's contact on this line ('Host: Dr. Li', 'Supervisor: ...'); the candidate's own job title
    in the letterhead ('Senior Product Manager | Pune | ...') is not a label and names nobody else."""
    for match in OTHER_PERSON_RE.finditer(text):
        word = match.group(0).lower()
        if word not in TITLE_WORDS or re.match(r"\s*[:：]", text[match.end():]):
            return True
    return False


HYPHENATED_HEAD_RE = re.compile(r"(?:^|\s)([\w.+]{2,})-$")
URL_START_RE = re.compile(r"\s*[\w-]+\.[\w.-]*[a-z]{2,}(?:/|\s|$)")
COMPLETE_EMAIL_END_RE = re.compile(r"\.(?:com|org|net|edu|gov|io|me|ai|ch|de|cn|uk|fr|jp|kr|in|sg|ca|au|nl|se|it|es|br)$")
EMAIL_START_RE = re.compile(r"\s*[\w.+-]+@")
WRAPPED_EMAIL_RE = re.compile(r"@[\w-]+(?:\.[\w-]*)*$")  # an address running to the end of its line


def find_emails(rows: list[Row]) -> list[str]:
    found: list[str] = []
    for index, row in enumerate(rows):
        if "@" not in row.text:
            continue
        text = row.text
        following = rows[index + 1].text.strip() if index + 1 < len(rows) else ""
        wrapped = WRAPPED_EMAIL_RE.search(text)
        capitals = re.IGNORECASE if wrapped and wrapped.group(0).isupper() else 0  # a theme that sets all in capitals
        if wrapped and re.fullmatch(r"[a-z]{1,6}(?:\.[a-z]{2,6})*", following, capitals) \
                and not COMPLETE_EMAIL_END_RE.search(text.rstrip().lower()):
            text = text.rstrip() + following  # 'name@hotmail.' / 'com': an address wrapped in a narrow column
        head = HYPHENATED_HEAD_RE.search(rows[index - 1].segments[-1].text.strip()) if index else None
        if head and EMAIL_START_RE.match(text):
            text = head.group(1) + text.lstrip()  # 'moreau-' / 'manon@proton.me': TeX hyphenated the address
        for match in EMAIL_RE.finditer(text):
            before = text[:match.start()]
            if _other_person(before):
                continue
            email = match.group(0).lower().rstrip(".")
            if email not in found:
                found.append(email)
    return found


def find_phones(rows: list[Row], contact_rows: set[int], skip_rows: set[int] = frozenset()) -> list[str]:
    """Phones from the contact area, or from any row that labels a phone; referees' rows are skipped."""
    found: list[str] = []
    for index, row in enumerate(rows):
        if index in skip_rows:
            continue
        raw = row.text
        following = rows[index + 1].text if index + 1 < len(rows) else ""
        if BROKEN_PHONE_END_RE.search(raw) and re.match(r"\d{2,}", following) and index + 1 in contact_rows:
            raw = raw + re.match(r"\d[\d\s-]*", following).group(0)  # '(555) 010-' / '2345': a wrapped number
        elif index + 1 in contact_rows and re.match(r"\d{2,4}\b", following):
            cut = BROKEN_INTL_END_RE.search(raw.rstrip())
            if cut and len(re.sub(r"\D", "", cut.group(0))) < 10:
                raw = raw.rstrip() + " " + re.match(r"\d{2,4}", following).group(0)
        if not TWO_DIGITS_RE.search(raw) or (index not in contact_rows and not PHONE_LABEL_RE.search(raw)):
            continue  # no phone can be here: cheap tests before the costly e-mail and URL masking
        text = EMAIL_RE.sub(" ", raw) if "@" in raw else raw
        text = URL_RE.sub(" ", text) if "." in text else text
        if index not in contact_rows and not PHONE_LABEL_RE.search(text):
            continue
        if _other_person(text):
            continue
        for candidate in _phone_candidates(text):
            if candidate not in found:
                found.append(candidate)
    return found


def _phone_candidates(text: str) -> list[str]:
    out = []
    text = ORCID_RE.sub(" ", text)
    for part in re.split(r"\s/\s|/(?=\s*\+)|,\s|;|\s[–—]\s", text):
        for match in PHONE_RE.finditer(part):
            phone = normalize_phone(match.group(0))
            if phone:
                out.append(phone)
    return out


def normalize_phone(raw: str) -> str | None:
    """Digits, with '+' and the country code only when printed; a trunk '(0)' after the code is dropped."""
    raw = raw.strip()
    if re.fullmatch(r"(19|20)\d{2}\s*[-–]\s*(19|20)\d{2}", raw) or re.search(r"\d{4}\.\d{2}\b", raw):
        return None
    if FULL_DATE_RE.fullmatch(raw):
        return None  # a date of birth: '03.04.1990', '05-06-2001', '1990-04-03'

    bare = raw.lstrip("(")
    international = bare.startswith(("+", "00"))
    if international:
        raw = raw.replace("(0)", "", 1)
    digits = re.sub(r"\D", "", raw)
    if bare.startswith("00"):
        digits = digits[2:]
    if not 7 <= len(digits) <= 15:
        return None
    return f"+{digits}" if international else digits


def find_links(rows: list[Row], contact_rows: set[int], skip_rows: set[int]) -> list[str]:
    found: list[str] = []
    for index, row in enumerate(rows):
        if index in skip_rows:
            continue
        if index and WRAPPED_EMAIL_RE.search(rows[index - 1].text) \
                and re.fullmatch(r"[a-z.]{1,12}", row.text.strip(), re.IGNORECASE if row.text.isupper() else 0):
            continue  # the end of an e-mail address wrapped onto this line ('…@yahoo.c' / 'o.com')
        text = EMAIL_RE.sub(" ", row.text) if "@" in row.text else row.text
        text = text.replace("\u223c", "~").replace("\u02dc", "~")  # TeX sets '~' in URLs as '∼' or '˜'
        if "." not in text:
            continue  # every link has a dot
        head = HYPHENATED_HEAD_RE.search(rows[index - 1].segments[-1].text.strip()) if index else None
        if head and URL_START_RE.match(text) and "@" not in rows[index - 1].text:
            text = head.group(1) + text.lstrip()  # 'moreaumath-' / 'ieu.github.io': TeX hyphenated the address
        for match in URL_RE.finditer(text):
            link = _link_of(match, in_contact=index in contact_rows)
            if link and link not in found:
                found.append(link)
    return found


def _link_of(match: re.Match, *, in_contact: bool) -> str | None:
    host = match.group("host").lower()
    path = (match.group("path") or "").rstrip("/.")
    if not (match.group("scheme") or host.startswith("www.") or path or in_contact):
        return None  # a bare 'Acme.io' in running text is a company, not a link
    if not (match.group("scheme") or path) and DEGREE_HOST_RE.fullmatch(match.group("host")):
        return None  # 'M.Tech.', 'B.Tech': a degree, not a host
    host = host.removeprefix("www.")
    if host in NOT_PROFILE_HOSTS or re.fullmatch(r"[\d.]+", host):
        return None
    if not in_contact and host in SOCIAL_HOSTS:
        return None  # a club's or an employer's page named in the body, not the candidate's profile
    path, _, query = path.partition("?")
    if query and KEPT_QUERY_RE.search(query):
        path = f"{path}?{query}"  # a Scholar profile is named by its query; other queries track the click
    return host + path.rstrip("/")


DEGREE_HOST_RE = re.compile(r"[A-Z]\.[A-Z][a-z]+")
KEPT_QUERY_RE = re.compile(r"(?:^|&)(?:user|id|uid|authorid|pid)=", re.IGNORECASE)


PROFILE_URI_RE = re.compile(r"^https?://(?:www\.)?(?:github\.com|gitlab\.com|linkedin\.com/in|scholar\.google\.[a-z.]+|"
                            r"twitter\.com|x\.com|huggingface\.co|kaggle\.com)/\S+", re.IGNORECASE)


def annotation_links(annotations: list[LinkAnnotation], rows: list[Row], contact_rows: set[int],
                     letterhead_bottom: float = 0.0) -> list[str]:
    """Icons and handles whose hyperlink is the profile ('GitHub' linking to github.com/who)."""
    found = []
    for annot in annotations:
        if not annot.uri.lower().startswith(("http://", "https://")):
            continue
        under = [(i, r) for i, r in enumerate(rows) if _covers(annot, r)]
        if not under and annot.page == 0 and annot.bottom <= letterhead_bottom and PROFILE_URI_RE.search(annot.uri):
            under = []  # an icon alone in the letterhead (its row of glyphs is not text) linking to a profile
        elif not under or not all(i in contact_rows or _handle_of(r.text, annot.uri) for i, r in under):
            continue
        if any(URL_RE.search(EMAIL_RE.sub(" ", seg.text)) for _, r in under for seg in r.segments
               if min(seg.x1, annot.x1) > max(seg.x0, annot.x0)):
            continue  # the printed URL text wins over the hyperlink target
        match = URL_RE.search(annot.uri)
        link = _link_of(match, in_contact=True) if match else None
        if link and "/" in link:
            found.append(link)
    return found


def _handle_of(text: str, uri: str) -> bool:
    """'diego-delgado' linking to github.com/diego-delgado: a profile handle printed on its own line."""
    text = text.strip().lstrip("@")
    # 'in/jane-roe' linking to linkedin.com/in/jane-roe: the handle with the profile's path
    return bool(re.fullmatch(r"(?:in/)?[\w.-]{2,40}", text, re.IGNORECASE)) and uri.lower().rstrip("/").endswith("/" + text.lower())


def _covers(annot: LinkAnnotation, row: Row) -> bool:
    if row.page != annot.page:
        return False
    vertical = min(row.bottom, annot.bottom) - max(row.top, annot.top)
    horizontal = min(row.x1, annot.x1) - max(row.x0, annot.x0)
    return vertical > 0.3 * (row.bottom - row.top) and horizontal > 0
