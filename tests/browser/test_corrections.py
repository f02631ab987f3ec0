"""In a real browser: a degree's GPA corrected in place (no page load), marked, and a wrong award deleted."""

from playwright.sync_api import expect

from candidates import services
from candidates.models import Award, Education
from tests.builders import make_candidate


def test_a_gpa_is_corrected_and_an_award_deleted_without_leaving_the_page(page, live_server, recruiter, sign_in):
    candidate = make_candidate(name="Lena Fischer")
    Education.objects.create(candidate=candidate, institution="TU Munich", degree_level="master", degree="M.Sc.",
                             gpa="1.7", gpa_scale="4")
    Award.objects.create(candidate=candidate, title="Page 2 of 2")
    services.candidate_summarize(candidate=candidate)
    sign_in(page)
    page.goto(f"{live_server.url}/candidates/{candidate.pk}/")
    page.evaluate("window.notReloaded = true")  # gone if the browser loads a new page

    education = page.locator("section#education")
    degree = education.locator(".entry").first
    degree.get_by_text("Correct", exact=True).click()
    expect(degree.get_by_label("GPA", exact=True)).to_have_value("1.7")
    degree.get_by_label("GPA", exact=True).fill("3.7")
    degree.get_by_role("button", name="Save").click()
    expect(education).to_contain_text("GPA 3.7/4")
    expect(education).to_contain_text("corrected by rita")
    expect(page.locator("#summary")).to_contain_text("GPA 3.7/4")  # the header follows

    awards = page.locator("section#awards")
    awards.get_by_text("Correct", exact=True).click()
    page.once("dialog", lambda dialog: dialog.accept())
    awards.get_by_role("button", name="Delete this entry").click()
    expect(awards.locator("del")).to_have_text("Page 2 of 2")
    assert page.evaluate("window.notReloaded") is True
    assert not Award.objects.filter(candidate=candidate).exists()
    assert Education.objects.get(candidate=candidate).edited["gpa"]["by"] == "rita"
