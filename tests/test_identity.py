"""Contact keys: the e-mails, phones and profile links that say two resumes are one person's."""

import pytest

from candidates.identity import contact_keys, link_key, phone_key


@pytest.mark.parametrize("printed, other", [
    ("+86 139 8626 5335", "139-8626-5335"),
    ("(412) 268-7386", "+1 412 268 7386"),
    ("0044 20 7946 0958", "+44 (20) 7946-0958"),
])
def test_one_phone_printed_two_ways_gives_one_key(printed, other):
    assert phone_key(printed) == phone_key(other) is not None


def test_a_number_too_short_to_name_anyone_gives_no_key():
    assert phone_key("12345") is None


@pytest.mark.parametrize("link, key", [
    ("https://github.com/Jane-Roe/", "github.com/jane-roe"),
    ("https://www.linkedin.com/in/Jane-Roe?trk=profile", "linkedin.com/in/jane-roe"),
    ("de.linkedin.com/in/jane-roe/", "linkedin.com/in/jane-roe"),
    ("https://scholar.google.com/citations?hl=en&user=AbC123xyz", "scholar.google.com/citations?user=AbC123xyz"),
    ("scholar.google.co.uk/citations?user=AbC123xyz", "scholar.google.com/citations?user=AbC123xyz"),
    ("orcid.org/0000-0002-1825-009x", "orcid.org/0000-0002-1825-009X"),
    ("http://jane.github.io/", "jane.github.io"),
    ("cs.example.edu/~jane", "cs.example.edu/~jane"),
])
def test_a_profile_link_is_written_one_way(link, key):
    assert link_key(link) == key


@pytest.mark.parametrize("link", [
    "github.com/pytorch/pytorch",  # a project many people link to
    "https://vision.example.edu",  # a lab's site
    "arxiv.org/abs/2401.00001",
    "linkedin.com/company/acme",
])
def test_a_link_to_something_shared_names_nobody(link):
    assert link_key(link) is None


def test_keys_come_from_every_kind_of_contact_detail():
    keys = contact_keys(emails=["Jane.Roe@Example.org"], phones=["+1 412 268 7386"], links=["github.com/janeroe"])
    assert keys == {("email", "jane.roe@example.org"), ("phone", "4122687386"), ("link", "github.com/janeroe")}
