"""Accessibility in a real browser: axe-core (shipped inside axe-playwright-python, nothing fetched at run time)
finds no serious or critical problem on the dashboard's pages, at desktop width and on a phone; and the keyboard
reaches the results through the skip link and keeps its place when it rates a candidate."""

from collections import Counter

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from candidates import services
from candidates.models import Education, Experience, Publication, Resume, Skill
from candidates.saved_searches import saved_search_create
from tests.builders import make_candidate, make_resume

DESKTOP = {"width": 1400, "height": 900}
PHONE = {"width": 390, "height": 844}
BLOCKING = {"serious", "critical"}
# The candidate page's iframe holds Chromium's PDF viewer, which is not this site's markup.
AXE_OPTIONS = {"resultTypes": ["violations"], "iframes": False}
LONG_TITLE = "Senior Research Engineer, Perception and Multi-Sensor Fusion for Autonomous Driving"


def make_pool(recruiter) -> list:
    """Three candidates with everything a page can show: degrees, papers, skills, notes, tags, ratings, a shortlist."""
    python, pytorch = Skill.objects.create(name="python"), Skill.objects.create(name="pytorch")
    shortlist = services.shortlist_create(name="Vision hires", created_by=recruiter)
    people = []
    for n, name in enumerate(["Ana Lima", "Ben Okafor", "Cai Wen"]):
        candidate = make_candidate(name=name, emails=[f"{name.split()[0].lower()}@example.com"])
        candidate.skills.set([python, pytorch])
        Education.objects.create(candidate=candidate, institution="University of Lisbon", degree="PhD",
                                 field="Computer Vision", degree_level="phd", gpa="3.8", gpa_scale="4")
        Publication.objects.create(candidate=candidate, title="Seeing in the dark", venue="CVPR", venue_tier="A*",
                                   year=2023, author_position=1, first_author=True, authors=[name, "B. Other"])
        Experience.objects.create(candidate=candidate, position=0, title=LONG_TITLE, organization="Acme Vision",
                                  start="2019-09", end="2023-06")
        services.note_create(candidate=candidate, author=recruiter, body="Strong systems background.")
        services.tag_add(candidate=candidate, name="strong-ml")
        services.rating_set(candidate=candidate, recruiter=recruiter, stars=4 - n)
        services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)
        services.candidate_summarize(candidate=candidate)
        people.append(candidate)
    make_resume(status=Resume.Status.PARSED, candidate=people[0], uploaded_by=recruiter, original_name="ana.pdf")
    return people


def make_saved_searches(recruiter, other) -> None:
    saved_search_create(owner=recruiter, name="Vision PhDs", query="degree=phd&venue=CVPR", shared=False, alert=True)
    saved_search_create(owner=other, name="Strong ML", query="tag=strong-ml", shared=True, alert=False)


BULK_CONFIRMATION = "bulk confirmation"


def pages_of(people) -> dict[str, str]:
    """The pages to check, by name: a path, or for the bulk confirmation (a POST) the list its form is sent from."""
    compared = "&".join(f"candidates={c.pk}" for c in people)
    return {
        "list": "/", "candidate": people[0].get_absolute_url(), "compare": f"/compare/?{compared}",
        "charts": "/charts/", "shortlists": "/shortlists/", "upload": "/upload/", "triage": "/triage/?sort=name",
        "saved searches": "/searches/", BULK_CONFIRMATION: "/",
    }


def visit(page, url: str, name: str) -> None:
    """Open a page of pages_of(); the bulk confirmation as a recruiter reaches it: select a row on the list, choose
    "Tag", type the tag and press "Apply…"."""
    page.goto(url)
    if name == BULK_CONFIRMATION:
        page.locator("#results tbody input[name=candidates]").first.check()
        page.locator("#bulk select[name=action]").select_option("tag")
        page.locator("#bulk input[name=tag]").fill("x")
        page.get_by_role("button", name="Apply…").click()
        expect(page.get_by_role("heading", name="Tag 1 candidate “x”?")).to_be_visible()
    page.wait_for_load_state("load")


def audit(page) -> list[dict]:
    return Axe().run(page, options=AXE_OPTIONS).response["violations"]


def describe(violation: dict) -> str:
    targets = ", ".join(" ".join(node["target"]) for node in violation["nodes"][:3])
    return f"{violation['id']} ({violation['impact']}, {len(violation['nodes'])}): {violation['help']} [{targets}]"


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_axe_finds_no_serious_problem(page, live_server, recruiter, other_recruiter, sign_in, viewport):
    people = make_pool(recruiter)
    make_saved_searches(recruiter, other_recruiter)
    page.set_viewport_size(viewport)
    sign_in(page)
    blocking = []
    for name, path in pages_of(people).items():
        visit(page, f"{live_server.url}{path}", name)
        violations = audit(page)
        counts = Counter(v["impact"] for v in violations)
        print(f"{viewport['width']}px {name}: {dict(counts) or 'no violation'}")
        for violation in violations:
            print(f"  {describe(violation)}")
            if violation["impact"] in BLOCKING:
                blocking.append(f"{name}: {describe(violation)}")
        # axe-core (since 4.7) leaves duplicate ids unreported, but a label's `for` finds only the first of them
        ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
        blocking += [f"{name}: two elements with id={i}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    assert blocking == [], "\n".join(blocking)


def test_the_skip_link_comes_first_and_leads_to_the_results(page, live_server, recruiter, sign_in):
    make_pool(recruiter)
    sign_in(page)
    page.keyboard.press("Tab")
    skip = page.locator(":focus")
    expect(skip).to_have_text("Skip to results")
    expect(skip).to_be_visible()  # hidden until focused, then shown
    page.keyboard.press("Enter")
    expect(page.locator("#results h1")).to_be_focused()  # the results' heading: "3 candidates"
    page.keyboard.press("Tab")  # and the next Tab goes on inside the results
    assert page.evaluate("document.querySelector('#results').contains(document.activeElement)")


def test_rating_with_the_keyboard_keeps_focus_on_the_rating(page, live_server, recruiter, sign_in):
    candidate = make_pool(recruiter)[0]
    sign_in(page)
    page.goto(f"{live_server.url}{candidate.get_absolute_url()}")
    page.locator("#rating button.star[aria-label='Rate 2 of 5']").focus()
    page.keyboard.press("Enter")
    expect(page.locator("#rating")).to_contain_text("Team: 2.0★")
    expect(page.locator("#rating button.star[aria-label='Rate 2 of 5']")).to_be_focused()
    page.keyboard.press("Tab")  # the keyboard goes on from there, not from the top of the page
    expect(page.locator("#rating button.star[aria-label='Rate 3 of 5']")).to_be_focused()

    page.locator("#rating").get_by_role("button", name="clear").focus()  # a control the swap takes away
    page.keyboard.press("Enter")
    expect(page.locator("#rating")).to_contain_text("not rated yet")
    expect(page.locator("#rating button.star[aria-label='Rate 1 of 5']")).to_be_focused()


def contrast(one: str, other: str) -> float:
    """WCAG's contrast ratio of two computed colours ("rgb(r, g, b)")."""

    def luminance(color: str) -> float:
        channels = [int(part) / 255 for part in color[color.index("(") + 1:].rstrip(")").split(",")[:3]]
        r, g, b = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * r + 0.7152 * g + 0.0722 * b

    light, dark = sorted([luminance(one), luminance(other)], reverse=True)
    return (light + 0.05) / (dark + 0.05)


def test_fields_and_stars_stand_out_from_their_background(page, live_server, recruiter, sign_in):
    """axe-core leaves these to people (it skips symbols such as ★, and does not measure borders)."""
    candidate = make_pool(recruiter)[0]  # rated 4 by rita: four stars set, one not
    sign_in(page)
    page.goto(f"{live_server.url}{candidate.get_absolute_url()}")
    white = "rgb(255, 255, 255)"
    style = "(e, property) => getComputedStyle(e).getPropertyValue(property)"
    for field in [page.get_by_label("New tag"), page.get_by_label("New note"), page.locator("#shortlists select")]:
        border = field.evaluate(style, "border-top-color")
        assert contrast(border, white) >= 3, f"{field}'s border {border}"
    set_star = page.locator("#rating button.star.on").first.evaluate(style, "color")
    unset_star = page.locator("#rating button.star:not(.on)").evaluate(style, "-webkit-text-stroke-color")
    assert contrast(set_star, white) >= 4.5 and contrast(unset_star, white) >= 4.5, (set_star, unset_star)
