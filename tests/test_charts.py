"""The pool at a glance (/charts/): counts of the candidates a list search finds, each bar a link to that search."""

import re
from datetime import timedelta
from decimal import Decimal
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.urls import reverse
from django.utils import timezone

from candidates import charts, services
from candidates.models import Candidate, Education, Publication, ShortlistEntry, Skill
from tests.builders import make_candidate, summarize

SCRIPT = "<script>alert(1)</script>"


def make_person(name: str, *, level: str, school: str, gpa: str | None = None, skills=(), papers=()) -> Candidate:
    candidate = make_candidate(name=name, emails=[f"{name.split()[0].lower()}@example.com"])
    Education.objects.create(candidate=candidate, institution=school, degree_level=level,
                             gpa=Decimal(gpa) if gpa else None, gpa_scale=Decimal(4) if gpa else None)
    for i, (venue, tier, year, first) in enumerate(papers):
        Publication.objects.create(candidate=candidate, position=i, title=f"{name} paper {i}", venue=venue,
                                   venue_tier=tier, year=year, first_author=first)
    candidate.skills.set([Skill.objects.get_or_create(name=s)[0] for s in skills])
    return summarize(candidate)


@pytest.fixture
def pool(db):
    return {
        "ana": make_person("Ana Lima", level="phd", school="Zhejiang University", gpa="3.9",
                           skills=["pytorch", "python"],
                           papers=[("CVPR", "A*", 2021, True), ("NeurIPS", "A*", 2022, False)]),
        "bo": make_person("Bo Chen", level="master", school="ZJU", gpa="3.5", skills=["python"],
                          papers=[("ICML", "A*", 2021, False), ("WACV", "B", 2022, True)]),
        "cy": make_person(f"Cy {SCRIPT}", level="bachelor", school=f"{SCRIPT} Institute", skills=["rust"]),
    }


def chart(response, slug: str) -> dict[str, charts.Bar]:
    found = [c for _, section in response.context["sections"] for c in section if c.slug == slug]
    found += [c for c in response.context["shortlists"] if c.slug == slug]
    return {bar.label: bar for bar in found[0].bars}


def figures(response, slug: str) -> dict[str, int]:
    return {label: bar.n for label, bar in chart(response, slug).items() if bar.n}


def params(href: str) -> dict[str, list[str]]:
    return parse_qs(urlsplit(href).query, keep_blank_values=True)


def test_it_counts_every_chart_of_a_small_pool_exactly(recruiter_client, pool):
    response = recruiter_client.get(reverse("candidates:charts"))
    assert response.status_code == 200
    assert not response.context["counts"].estimated
    assert figures(response, "venues") == {"CVPR": 1, "ICML": 1, "NeurIPS": 1, "WACV": 1}
    assert figures(response, "tiers") == {"A*": 2, "A or better": 2, "B or better": 2, "C or better": 2}
    assert figures(response, "years") == {"2022": 2, "2021": 2}
    assert figures(response, "first-author") == {"First author of a paper": 2, "No counted paper": 1}
    assert figures(response, "gpa") == {"3.8–4.0": 1, "3.4–3.6": 1, "No GPA": 1}
    assert figures(response, "degrees") == {"PhD": 1, "Master": 1, "Bachelor": 1}
    assert figures(response, "skills") == {"python": 2, "pytorch": 1, "rust": 1}
    # ZJU and Zhejiang University are one school
    assert figures(response, "institutions") == {"Zhejiang University": 2, f"{SCRIPT} Institute": 1}
    assert "every figure is exact" in response.content.decode()


def test_each_bar_links_to_the_list_search_it_counts(recruiter_client, pool):
    response = recruiter_client.get(reverse("candidates:charts"), {"skill": "python", "sort": "-gpa"})
    expected = {
        ("venues", "CVPR"): {"venue": ["CVPR"]},
        ("tiers", "A or better"): {"venue_tier": ["A"]},
        ("years", "2021"): {"pub_year_min": ["2021"], "pub_year_max": ["2021"]},
        ("first-author", "First author of a paper"): {"first_author": ["1"]},
        ("gpa", "3.4–3.6"): {"gpa_min": ["3.4"]},
        ("degrees", "PhD"): {"degree": ["phd"]},
        ("institutions", "Zhejiang University"): {"institution": ["Zhejiang University"]},
        ("skills", "pytorch"): {"skill": ["python", "pytorch"]},
    }
    for (slug, label), own in expected.items():
        href = chart(response, slug)[label].href
        assert urlsplit(href).path == reverse("candidates:list")
        assert params(href) == {"skill": ["python"], "sort": ["-gpa"], **own}, (slug, label)
    # what the list has no filter for is drawn without a link
    assert not chart(response, "gpa")["No GPA"].href
    assert not chart(response, "tiers")["At unranked venues"].href


@pytest.mark.parametrize("slug, label", [("venues", "CVPR"), ("skills", "pytorch"), ("degrees", "PhD"),
                                         ("years", "2021"), ("institutions", "Zhejiang University")])
def test_the_list_a_bar_links_to_finds_as_many_as_the_bar_says(recruiter_client, pool, slug, label):
    bar = chart(recruiter_client.get(reverse("candidates:charts"), {"degree": "phd"}), slug)[label]
    found = recruiter_client.get(bar.href)
    assert found.context["page"].paginator.count == bar.n


def test_no_link_carries_an_empty_parameter(recruiter_client, pool):
    response = recruiter_client.get("/charts/?q=&skill=python&skill=&venue_tier=&gpa_min=&page=3&sort=")
    html = response.content.decode()
    links = [unescape(h) for h in re.findall(r'href="([^"]*)"', html) if h.startswith("/?") or h == "/"]
    assert links and 'href="/?skill=python"' in html  # back to the list, with the same search
    for link in links:
        for name, values in params(link).items():
            assert all(values), (name, link)
        assert "page" not in params(link)


def test_the_search_filter_applies(recruiter_client, pool):
    response = recruiter_client.get(reverse("candidates:charts"), {"skill": "python", "venue": "CVPR"})
    assert response.context["counts"].total == 1
    assert figures(response, "degrees") == {"PhD": 1}
    # the publication charts count the papers the search's publication filters count: CVPR ones
    assert figures(response, "venues") == {"CVPR": 1}
    assert figures(response, "years") == {"2021": 1}


def test_free_text_applies_too(recruiter_client, pool):
    response = recruiter_client.get(reverse("candidates:charts"), {"q": "rust"})
    assert response.context["counts"].total == 1
    assert figures(response, "degrees") == {"Bachelor": 1}


def test_it_estimates_from_a_sample_past_the_sample_size(recruiter_client, pool, monkeypatch):
    monkeypatch.setattr("candidates.results.FACET_SAMPLE", 2)
    response = recruiter_client.get(reverse("candidates:charts"))
    counts = response.context["counts"]
    assert (counts.sampled, counts.total, counts.estimated) == (2, 3, True)
    html = response.content.decode()
    assert "estimated from 2 of 3 matches" in html
    assert all(bar.shown.startswith("≈") for bar in chart(response, "degrees").values())
    # a sampled count is scaled to the total: 1 of 2 read is ≈2 of 3
    assert set(figures(response, "degrees").values()) <= {2}


def test_past_a_count_it_does_not_finish_it_gives_shares_of_the_matches(recruiter_client, pool, monkeypatch):
    monkeypatch.setattr("candidates.results.FACET_SAMPLE", 1)
    monkeypatch.setattr("candidates.results.COUNT_EXACT", 1)
    monkeypatch.setattr("candidates.results.MAX_RESULTS", 1)
    monkeypatch.setattr("candidates.search.expected_rows", lambda queryset: 1)  # the planner knows no better
    response = recruiter_client.get(reverse("candidates:charts"))
    assert response.context["counts"].shares
    assert "figures are shares of the matches (%)" in response.content.decode()
    assert set(bar.shown for bar in chart(response, "degrees").values()) <= {"0%", "100%"}


def test_shortlists_show_their_stages_and_time_in_stage(recruiter_client, recruiter, pool):
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=list(pool.values()), added_by=recruiter)
    entries = {e.candidate_id: e for e in shortlist.entries.all()}
    days_ago = {pool["ana"].pk: 10, pool["bo"].pk: 30, pool["cy"].pk: 4}
    for candidate_id, entry in entries.items():
        ShortlistEntry.objects.filter(pk=entry.pk).update(
            stage="interviewing" if candidate_id != pool["cy"].pk else "shortlisted",
            stage_changed_at=timezone.now() - timedelta(days=days_ago[candidate_id], hours=1))
    bars = chart(recruiter_client.get(reverse("candidates:charts")), f"shortlist-{shortlist.pk}")
    assert [label for label in bars] == ["Whole shortlist", "Shortlisted", "Contacted", "Interviewing", "Offer",
                                         "Hired", "Rejected"]
    assert (bars["Whole shortlist"].n, bars["Interviewing"].n, bars["Shortlisted"].n) == (3, 2, 1)
    assert bars["Interviewing"].note == "median 20 days in stage"
    assert "20 days (median)" in bars["Interviewing"].aside
    assert params(bars["Whole shortlist"].href) == {"shortlist": [str(shortlist.pk)]}
    # with a search, only its candidates count
    bars = chart(recruiter_client.get(reverse("candidates:charts"), {"skill": "rust"}), f"shortlist-{shortlist.pk}")
    assert (bars["Whole shortlist"].n, bars["Interviewing"].n, bars["Shortlisted"].n) == (1, 0, 1)
    assert params(bars["Whole shortlist"].href) == {"skill": ["rust"], "shortlist": [str(shortlist.pk)]}


def test_names_are_escaped(recruiter_client, recruiter, pool):
    services.shortlist_create(name=f"List {SCRIPT}", created_by=recruiter)
    html = recruiter_client.get(reverse("candidates:charts")).content.decode()
    assert SCRIPT not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Institute" in html


def test_it_needs_a_login(client, pool):
    response = client.get(reverse("candidates:charts"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_an_empty_pool_has_a_page(recruiter_client):
    response = recruiter_client.get(reverse("candidates:charts"))
    assert response.status_code == 200
    assert "No candidates match this search." in response.content.decode()


def test_it_reads_the_pool_in_a_constant_number_of_queries(recruiter_client, pool, django_assert_max_num_queries):
    with django_assert_max_num_queries(14):
        recruiter_client.get(reverse("candidates:charts"), {"skill": "python", "venue": "CVPR", "gpa_min": "3.5"})
