"""Who a resume belongs to: the contact keys that name one person.

An e-mail address, a phone number or a profile link printed on two resumes says they are one person's,
once each is written one way: addresses in lower case, phones as their last ten digits (so '+86 139 8626
5335' and '139-8626-5335' agree), links as host and path without scheme, 'www.', query or trailing slash.
Only links that name a person count: 'github.com/jane-roe' does, 'github.com/pytorch/pytorch' (a project
two people may both link to) does not.
"""

from __future__ import annotations

import re
from typing import Iterable

EMAIL, PHONE, LINK = "email", "phone", "link"

PHONE_DIGITS = 10  # enough to tell people apart, few enough to drop a country code printed on one copy only
MIN_PHONE_DIGITS = 7
# hosts where one path segment names a person: github.com/jane-roe
HANDLE_HOSTS = {
    "github.com", "gitlab.com", "huggingface.co", "kaggle.com", "twitter.com", "x.com", "medium.com",
    "bitbucket.org", "codeforces.com", "leetcode.com", "behance.net", "dribbble.com",
}
SCHOLAR_RE = re.compile(r"^scholar\.google\.[a-z.]+/citations\?.*\buser=([\w-]+)", re.IGNORECASE)
LINKEDIN_RE = re.compile(r"^(?:[a-z]{2,3}\.)?linkedin\.com/in/([^/?#]+)", re.IGNORECASE)
ORCID_RE = re.compile(r"^orcid\.org/(\d{4}-\d{4}-\d{4}-\d{3}[\dX])", re.IGNORECASE)
# hosts whose pages are about papers, employers or many people: never one person's key on their own
INSTITUTION_HOST_RE = re.compile(r"\.(?:edu|gov|mil)(?:\.[a-z]{2})?$|\.ac\.[a-z]{2}$|\.(?:edu|ac)$")
SHARED_HOSTS = {
    "arxiv.org", "doi.org", "dx.doi.org", "ieeexplore.ieee.org", "dl.acm.org", "openreview.net", "youtube.com",
    "facebook.com", "instagram.com", "researchgate.net", "linkedin.com", "scholar.google.com", "google.com",
}


def email_key(email: str) -> str | None:
    email = email.strip().lower()
    return email if "@" in email and "." in email.rsplit("@", 1)[-1] else None


def phone_key(phone: str) -> str | None:
    digits = re.sub(r"\D", "", phone)
    return digits[-PHONE_DIGITS:] if len(digits) >= MIN_PHONE_DIGITS else None


def link_key(link: str) -> str | None:
    """The person a link names, as 'host/path', or None for a link to something shared."""
    bare = re.sub(r"^[a-z][a-z0-9+.-]*://", "", link.strip(), flags=re.IGNORECASE)
    bare = re.sub(r"^www\.", "", bare, flags=re.IGNORECASE)
    if match := SCHOLAR_RE.match(bare):
        return f"scholar.google.com/citations?user={match.group(1)}"
    if match := LINKEDIN_RE.match(bare):
        return f"linkedin.com/in/{match.group(1).lower()}"
    if match := ORCID_RE.match(bare):
        return f"orcid.org/{match.group(1).upper()}"
    bare = re.split(r"[?#]", bare, maxsplit=1)[0].rstrip("/").lower()
    host, _, path = bare.partition("/")
    segments = [s for s in path.split("/") if s]
    if not host or "." not in host or host in SHARED_HOSTS:
        return None
    if host in HANDLE_HOSTS:
        return f"{host}/{segments[0]}" if len(segments) == 1 else None
    if not segments and INSTITUTION_HOST_RE.search(host):
        return None  # 'vision.example.edu': a lab's or a school's site, which many people list
    return "/".join([host, *segments[:2]])  # a homepage: 'jane.github.io', 'janeroe.dev', 'cs.example.edu/~jane'


def contact_keys(*, emails: Iterable[str] = (), phones: Iterable[str] = (), links: Iterable[str] = ()) -> set[tuple[str, str]]:
    """Every (kind, key) the contact details give."""
    keys = {(EMAIL, k) for k in map(email_key, emails) if k}
    keys |= {(PHONE, k) for k in map(phone_key, phones) if k}
    keys |= {(LINK, k) for k in map(link_key, links) if k}
    return keys
