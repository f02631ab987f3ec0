"""Triage and the list with the keyboard only: no click after signing in."""

from playwright.sync_api import expect

from candidates import services
from candidates.models import Note, Rating, ShortlistEntry
from tests.builders import make_candidate


def test_triage_is_driven_by_keys_alone(page, live_server, recruiter, sign_in):
    people = [make_candidate(name=name, highest_degree_level="phd") for name in ("Ana Lima", "Bo Chen", "Cy Dias")]
    shortlist = services.shortlist_create(name="Vision hires", created_by=recruiter)
    sign_in(page)
    page.goto(f"{live_server.url}/triage/?degree=phd&sort=name")
    heading = page.locator("#candidate-name")
    expect(heading).to_contain_text("Ana Lima")

    page.keyboard.press("?")
    expect(page.locator("#shortcuts")).to_be_visible()
    expect(page.locator("#shortcuts")).to_contain_text("Undo the last action")
    page.keyboard.press("Escape")
    expect(page.locator("#shortcuts")).to_be_hidden()

    page.keyboard.press("4")
    expect(page.locator(".messages")).to_contain_text("Rated 1 candidate 4★")
    assert Rating.objects.get(recruiter=recruiter, candidate=people[0]).stars == 4

    page.keyboard.press("t")
    page.keyboard.type("strong-ml")
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Tagged 1 candidate “strong-ml”")

    page.keyboard.press("n")
    page.keyboard.type("Great ICCV paper.")
    page.keyboard.press("Control+Enter")
    expect(page.locator(".messages")).to_contain_text("Wrote a note on 1 candidate")
    assert Note.objects.filter(candidate=people[0], body="Great ICCV paper.").exists()
    page.keyboard.press("u")
    expect(page.locator(".messages")).to_contain_text("Undone: Wrote a note on 1 candidate")
    assert not Note.objects.exists()

    page.keyboard.press("j")
    expect(heading).to_contain_text("Bo Chen")
    page.keyboard.press("s")  # the only shortlist is chosen already
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Added 1 candidate to Vision hires")
    page.keyboard.press("m")
    page.keyboard.press("ArrowDown")  # shortlisted -> contacted
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Moved 1 candidate to Contacted on Vision hires")
    assert ShortlistEntry.objects.get(shortlist=shortlist, candidate=people[1]).stage == "contacted"

    page.keyboard.press("ArrowRight")
    expect(heading).to_contain_text("Cy Dias")
    page.keyboard.press("r")
    page.keyboard.type("no publications")
    page.keyboard.press("Enter")
    expect(page.locator(".messages")).to_contain_text("Moved 1 candidate to Rejected on Vision hires (no publications)")
    entry = ShortlistEntry.objects.get(shortlist=shortlist, candidate=people[2])
    assert (entry.stage, entry.note) == ("rejected", "Rejected: no publications")

    page.keyboard.press("k")
    expect(heading).to_contain_text("Bo Chen")
    page.keyboard.press("o")
    page.wait_for_url(f"{live_server.url}{people[1].get_absolute_url()}")


def test_the_list_answers_j_k_x_and_enter(page, live_server, recruiter, sign_in):
    for name in ("Ana Lima", "Bo Chen", "Cy Dias"):
        make_candidate(name=name)
    sign_in(page)
    page.goto(f"{live_server.url}/?sort=name")
    page.locator("body").focus()
    page.keyboard.press("j")
    expect(page.locator("a.candidate-link", has_text="Ana Lima")).to_be_focused()
    page.keyboard.press("j")
    expect(page.locator("a.candidate-link", has_text="Bo Chen")).to_be_focused()
    page.keyboard.press("x")
    expect(page.get_by_label("Select Bo Chen")).to_be_checked()
    page.keyboard.press("k")
    expect(page.locator("a.candidate-link", has_text="Ana Lima")).to_be_focused()
    expect(page.get_by_label("Select Bo Chen")).to_be_checked()
    page.keyboard.press("Enter")
    page.wait_for_url("**/candidates/*/**")
    expect(page.locator("h1")).to_contain_text("Ana Lima")
