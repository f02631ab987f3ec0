"""The charts page in a real browser: drawn under the Content-Security-Policy, a bar leads to its search, and the
bars' labels read at full size on a phone, overlapping nothing."""

from urllib.parse import parse_qs, urlsplit

import pytest
from playwright.sync_api import expect

from candidates import services
from candidates.models import Candidate, Education, Publication, Skill
from tests.browser.test_accessibility import DESKTOP, PHONE
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
    page.on("console", lambda message: errors.append(message.text) if message.type == "error" else None)
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


# Every label, bar and figure of each chart, as on screen: the font size it is drawn at (its computed size times
# the scale of the drawing, CSS transforms included) and its box.
DRAWN = """svg => [...svg.querySelectorAll('.bar-label, .bar, .bar-figure')].map(e => {
  const box = e.getBoundingClientRect(), frame = svg.getBoundingClientRect();
  return {what: e.classList[0] + ' ' + (e.closest('a, g').getAttribute('aria-label')),
          size: e.tagName === 'text' ? parseFloat(getComputedStyle(e).fontSize) * e.getScreenCTM().a : null,
          left: box.left, right: box.right, top: box.top, bottom: box.bottom, width: box.width,
          inside: box.left >= frame.left - .5 && box.right <= frame.right + .5}; })"""


def overlapping(drawn: list[dict]) -> list[tuple[str, str]]:
    return [(one["what"], other["what"]) for i, one in enumerate(drawn) for other in drawn[i + 1:]
            if one["width"] and other["width"] and one["left"] < other["right"] and other["left"] < one["right"]
            and one["top"] < other["bottom"] and other["top"] < one["bottom"]]


@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_bar_labels_read_at_full_size_and_overlap_nothing(page, live_server, recruiter, sign_in, artifacts, viewport):
    make_person("Ana Lima", "CVPR", "pytorch")
    make_person("Bo Chen", "International Conference on Machine Learning", "jax")
    services.shortlist_add(shortlist=services.shortlist_create(name="Vision hires", created_by=recruiter),
                           candidates=list(Candidate.objects.all()), added_by=recruiter)
    page.set_viewport_size(viewport)
    sign_in(page)
    page.goto(f"{live_server.url}/charts/")
    assert page.evaluate("document.documentElement.scrollWidth") <= viewport["width"]
    charts = page.locator("svg.bars")
    assert charts.count() >= 9
    for i in range(charts.count()):
        drawn = charts.nth(i).evaluate(DRAWN)
        small = [(d["what"], round(d["size"], 1)) for d in drawn if d["size"] is not None and d["size"] < 12]
        assert small == [], small
        assert [(d["what"], d["left"], d["right"]) for d in drawn if not d["inside"]] == []
        assert overlapping(drawn) == []
    bar = page.locator('#chart-venues a[aria-label="International Conference on Machine Learning: 1 candidate"]')
    expect(bar).to_be_visible()  # still a link by its name, its label shortened only on screen
    expect(bar.locator("text.bar-label")).to_have_text("International Conference on…")
    page.screenshot(path=str(artifacts / f"charts-{viewport['width']}.png"), full_page=True)
