import pytest

from candidates.parsing.contact import URL_RE, find_emails, normalize_phone

from .rows import row


@pytest.mark.parametrize(
    "raw, phone",
    [
        ("(+86)-13777894581", "+8613777894581"),
        ("+44 (0)1632 960 841", "+441632960841"),
        ("+91-98450 12345", "+919845012345"),
        ("+1734-272-2163", "+17342722163"),
        ("+1 (734) 272-2163", "+17342722163"),
        ("314-319-2407", "3143192407"),
        ("(206) 555-0147", "2065550147"),
        ("+31 6 4172 9083", "+31641729083"),
        ("0044 20 7946 0958", "+442079460958"),
        ("2014 - 2017", None),
        ("12345", None),
    ],
)
def test_it_keeps_country_codes_where_printed(raw, phone):
    assert normalize_phone(raw) == phone


def test_it_keeps_every_email_without_trailing_punctuation():
    rows = [row("Email: Jane.Doe@Example.com, jdoe@cs.uni.edu; other@x.org.")]
    assert find_emails(rows) == ["jane.doe@example.com", "jdoe@cs.uni.edu", "other@x.org"]


def test_it_leaves_out_a_hosts_email():
    rows = [row("Research Intern  Host: wangtz@google.com"), row("me@mail.com")]
    assert find_emails(rows) == ["me@mail.com"]


@pytest.mark.parametrize(
    "text, link",
    [
        ("https://www.linkedin.com/in/xingyao-wang/", "linkedin.com/in/xingyao-wang"),
        ("github.com/luzai", "github.com/luzai"),
        ("http://chaopeng.name", "chaopeng.name"),
        ("Homepage: https://ehargreaves.github.io", "ehargreaves.github.io"),
    ],
)
def test_it_normalises_links(text, link):
    from candidates.parsing.contact import find_links

    assert find_links([row(text)], {0}, set()) == [link]


def test_a_company_name_in_running_text_is_not_a_link():
    from candidates.parsing.contact import find_links

    assert find_links([row("Senior Data Scientist at Booking.com")], set(), set()) == []
    assert URL_RE.search("Node.js") is None
