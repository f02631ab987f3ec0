"""The charts page in a real browser: drawn under the Content-Security-Policy, and a bar leads to its search."""

from urllib.parse import parse_qs, urlsplit

from playwright.sync_api import expect

from candidates.models import Education, Publication, Skill
from tests.builders import make_candidate, summarize


def make_person(name: str, venue: str, skill: str) -> None:
    candidate = make_candidate(name=name, emails=[f"{name.split()[0].lower()}@example.com"])
    Education.objects.create(candidate=candidate, institution="University of Lisbon", degree_level="phd")
    Publication.objects.create(candidate=candidate, title=f"{name}'s paper", venue=venue, venue_tier="A*", year=2021,
                               first_author=True)
    candidate.skills.set([Skill.objects.get_or_create(name=skill)[0], Skill.objects.get_or_create(name="python")[0]])
    summarize(candidate)


def test_a_bar_opens_the_list_with_its_filter(page, live_server, recruiter, sign_in):
    make_person("Ana Lima", "CVPR", "pytorch")
    make_person("Bo Chen", "ICML", "jax")
    errors = []
    # any error but the browser's own request for a favicon, which the site does not have
    page.on("console", lambda message: errors.append(message.text) if message.type == "error"
            and not message.location.get("url", "").endswith("/favicon.ico") else None)
    sign_in(page)
    page.goto(f"{live_server.url}/charts/?skill=python")
    expect(page.get_by_role("heading", name="The pool at a glance")).to_be_visible()
    expect(page.locator("#chart-venues svg")).to_be_visible()
    bar = page.locator('#chart-venues a[aria-label="CVPR: 1 candidate"]')
    expect(bar).to_have_count(1)
    bar.click()
    page.wait_for_url(lambda url: "venue=CVPR" in url)
    assert parse_qs(urlsplit(page.url).query) == {"skill": ["python"], "venue": ["CVPR"]}
    expect(page.locator("#results")).to_contain_text("Ana Lima")
    expect(page.locator("#results")).not_to_contain_text("Bo Chen")
    assert errors == []
