"""The dashboard on a phone (390 px wide) in a real browser: no page scrolls sideways, the list's filters fold
behind a button (and show without JavaScript), and the results read as cards. Screenshots of the list at both
widths are saved under tests/artifacts/ (ignored by git) for a person to look at."""

from playwright.sync_api import expect

from tests.browser.test_accessibility import DESKTOP, PHONE, make_pool, make_saved_searches, pages_of, visit

# The elements wider than the screen, to say what pushes a page sideways rather than only that something does.
OVERFLOWING = """() => [...document.querySelectorAll('body *')]
  .filter(e => e.getBoundingClientRect().right > document.documentElement.clientWidth + 0.5
               && !e.closest('.compare-scroll') && e.getClientRects().length)
  .slice(0, 8).map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className && typeof e.className === 'string'
               ? '.' + e.className.trim().split(/\\s+/).join('.') : '') + ' ' + Math.round(e.getBoundingClientRect().right))"""


def scroll_width(page) -> int:
    return page.evaluate("document.documentElement.scrollWidth")


def test_no_page_scrolls_sideways_on_a_phone(page, live_server, recruiter, other_recruiter, sign_in):
    people = make_pool(recruiter)
    make_saved_searches(recruiter, other_recruiter)
    page.set_viewport_size(PHONE)
    sign_in(page)
    too_wide = {}
    for name, path in pages_of(people).items():
        visit(page, f"{live_server.url}{path}", name)
        if name == "list":  # with its filters open too
            page.get_by_role("button", name="Filters").click()
        if scroll_width(page) > PHONE["width"]:
            too_wide[name] = (scroll_width(page), page.evaluate(OVERFLOWING))
        for part in ["header.topbar", "main"]:
            right = page.locator(part).evaluate("e => e.getBoundingClientRect().right")
            assert right <= PHONE["width"], f"{name}: {part} ends at {right}px"
    assert too_wide == {}


def test_the_filters_fold_behind_a_button_on_a_phone(page, live_server, recruiter, sign_in):
    make_pool(recruiter)
    page.set_viewport_size(PHONE)
    sign_in(page)
    toggle = page.get_by_role("button", name="Filters")
    filters = page.locator("form#filters")
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(toggle).to_have_attribute("aria-controls", "filters")
    expect(filters).to_be_hidden()
    expect(page.get_by_role("link", name="Ana Lima")).to_be_visible()  # the results come first

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "true")
    expect(filters).to_be_visible()
    page.check("#filters input[name=skill][value=pytorch]")  # the filters still filter
    expect(page.locator("#results h1")).to_have_text("3 candidates")
    page.wait_for_url(lambda url: "skill=pytorch" in url)

    toggle.click()
    expect(toggle).to_have_attribute("aria-expanded", "false")
    expect(filters).to_be_hidden()


def test_at_desktop_width_the_filters_show_without_a_button(page, live_server, recruiter, sign_in):
    make_pool(recruiter)
    sign_in(page)
    expect(page.locator("form#filters")).to_be_visible()
    expect(page.get_by_role("button", name="Filters")).to_be_hidden()


def test_without_javascript_the_filters_show_on_a_phone(browser, live_server, recruiter, sign_in):
    context = browser.new_context(viewport=PHONE, java_script_enabled=False)
    try:
        page = context.new_page()
        make_pool(recruiter)
        sign_in(page)
        expect(page.locator("form#filters")).to_be_visible()
        expect(page.get_by_role("button", name="Filters")).to_be_hidden()
        assert scroll_width(page) <= PHONE["width"]
    finally:
        context.close()


def test_the_results_read_as_labelled_cards_on_a_phone(page, live_server, recruiter, sign_in, artifacts):
    make_pool(recruiter)
    page.set_viewport_size(PHONE)
    sign_in(page)
    row = page.locator("#results table.results tbody tr").first
    expect(row).to_be_visible()
    assert row.evaluate("r => getComputedStyle(r).display") != "table-row"
    expect(page.get_by_label("Select all")).to_be_visible()  # the header keeps its checkbox, not its column names
    expect(page.locator("#results thead th", has_text="Highest degree")).to_have_css("width", "1px")
    gpa = row.locator("td.gpa")
    assert gpa.evaluate("td => getComputedStyle(td, '::before').content") == '"GPA"'
    expect(gpa).to_have_attribute("data-label", "GPA")
    labels = row.locator("td[data-label]").evaluate_all("cells => cells.map(td => td.dataset.label)")
    assert labels == ["Highest degree", "GPA", "Publications", "Top skills", "Tags", "Rating", "Shortlists"]
    box = row.bounding_box()
    assert box["x"] >= 0 and box["x"] + box["width"] <= PHONE["width"]
    page.screenshot(path=str(artifacts / "list-phone.png"), full_page=True)
    page.get_by_role("button", name="Filters").click()
    page.screenshot(path=str(artifacts / "list-phone-filters.png"), full_page=True)

    page.set_viewport_size(DESKTOP)  # the same page at desktop width is a table again
    expect(row).to_be_visible()
    assert row.evaluate("r => getComputedStyle(r).display") == "table-row"
    page.screenshot(path=str(artifacts / "list-desktop.png"), full_page=True)


def test_the_skip_link_shows_on_focus_on_a_phone(page, live_server, recruiter, sign_in):
    make_pool(recruiter)
    page.set_viewport_size(PHONE)
    sign_in(page)
    skip = page.get_by_role("link", name="Skip to results")
    assert skip.evaluate("a => a.getBoundingClientRect().bottom <= 0 || a.getBoundingClientRect().width <= 1")
    page.keyboard.press("Tab")
    expect(skip).to_be_focused()
    box = skip.bounding_box()
    assert box["y"] >= 0 and box["width"] > 1 and box["x"] + box["width"] <= PHONE["width"]
