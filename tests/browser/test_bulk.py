"""The list's bulk bar in a real browser: the chosen action's fields only, a confirmation that counts, and Undo."""

from playwright.sync_api import expect

from candidates.models import Candidate
from tests.builders import make_candidate


def test_tagging_a_selection_is_confirmed_then_undone(page, live_server, recruiter, sign_in):
    for name in ("Ana Lima", "Bo Chen", "Cy Dias"):
        make_candidate(name=name)
    sign_in(page)
    bar = page.locator("#bulk")
    expect(bar.get_by_label("Tag", exact=True)).to_be_hidden()  # the default action adds to a shortlist
    bar.get_by_label("Action").select_option("tag")
    expect(bar.get_by_label("Tag", exact=True)).to_be_visible()
    expect(bar.get_by_label("Shortlist", exact=True)).to_be_hidden()

    page.get_by_label("Select Ana Lima").check()
    page.get_by_label("Select Bo Chen").check()
    bar.get_by_label("Tag", exact=True).fill("strong-ml")
    bar.get_by_role("button", name="Apply…").click()
    expect(page.locator("h1")).to_have_text("Tag 2 candidates “strong-ml”?")
    page.get_by_role("button", name="Yes, do it").click()

    expect(page.locator(".messages")).to_contain_text("Tagged 2 candidates “strong-ml”.")
    assert set(Candidate.objects.filter(tags__name="strong-ml").values_list("name", flat=True)) == {"Ana Lima",
                                                                                                     "Bo Chen"}
    page.locator(".messages").get_by_role("button", name="Undo").click()
    expect(page.locator(".messages")).to_contain_text("Undone: Tagged 2 candidates “strong-ml”.")
    assert not Candidate.objects.filter(tags__name="strong-ml").exists()
