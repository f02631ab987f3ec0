"""The candidate page and triage in a real browser: a row's dates never overlap its title, however long,
at desktop width and on a phone (screenshots under tests/artifacts/, ignored by git); and the tag box keeps its own
id and its label."""

import pytest
from playwright.sync_api import expect

from tests.browser.test_accessibility import DESKTOP, LONG_TITLE, PHONE, make_pool

BOXES = """entry => [entry.querySelector('.entry-head > :first-child'), entry.querySelector('.dates')]
  .map(e => { const b = e.getBoundingClientRect(); return {left: b.left, right: b.right, top: b.top, bottom: b.bottom}; })"""


def intersect(one: dict, other: dict) -> bool:
    return (one["left"] < other["right"] and other["left"] < one["right"]
            and one["top"] < other["bottom"] and other["top"] < one["bottom"])


@pytest.mark.parametrize("viewport", [DESKTOP, PHONE], ids=["desktop", "phone"])
def test_dates_never_overlap_a_long_title(page, live_server, recruiter, sign_in, artifacts, viewport):
    candidate = make_pool(recruiter)[0]
    page.set_viewport_size(viewport)
    sign_in(page)
    for name, path in [("candidate", candidate.get_absolute_url()), ("triage", "/triage/?sort=name")]:
        page.goto(f"{live_server.url}{path}")
        entry = page.locator("section", has=page.get_by_role("heading", name="Experience")).locator(".entry").first
        expect(entry).to_contain_text(LONG_TITLE)
        expect(entry.locator(".dates")).to_have_text("2019-09 – 2023-06")
        title, dates = entry.evaluate(BOXES)
        assert not intersect(title, dates), (name, title, dates)
        section = entry.evaluate("e => e.closest('section').getBoundingClientRect().right")
        assert dates["right"] <= section, (name, dates, section)
        entry.screenshot(path=str(artifacts / f"{name}-experience-{viewport['width']}.png"))


def test_the_tag_box_has_its_own_id_and_its_label(page, live_server, recruiter, sign_in):
    candidate = make_pool(recruiter)[0]
    sign_in(page)
    page.goto(f"{live_server.url}{candidate.get_absolute_url()}")
    expect(page.get_by_label("New tag")).to_have_attribute("id", "tag_name")
    expect(page.get_by_label("Name", exact=True)).to_have_attribute("id", "id_name")  # the contacts form's
    ids = page.evaluate("[...document.querySelectorAll('[id]')].map(e => e.id)")
    assert sorted({i for i in ids if ids.count(i) > 1}) == []
