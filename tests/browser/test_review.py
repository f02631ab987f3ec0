"""In a real browser, keys only: the review queue's first record marked reviewed with `r`, the next skipped with
`s`, and a GPA corrected from the keyboard in between."""

from decimal import Decimal

from playwright.sync_api import expect

from candidates import parsing, services
from candidates.models import Candidate, Resume
from tests.builders import make_pdf, make_resume


def _doubtful(monkeypatch, name: str, score: float) -> Candidate:
    parsed = parsing.ParsedResume(
        name=name, emails=(f"{name.split()[0].lower()}@example.org",),
        education=(parsing.Education(institution="Zhejiang University", degree_level="master", gpa=3.1,
                                     gpa_scale=4.0),),
        quality=parsing.Quality(score=score, reasons=("the dates could not be read",)))
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    resume = make_resume(content=make_pdf([(name, 20, "Helvetica-Bold")]), original_name=f"{name}.pdf")
    services.resume_parse(resume_id=resume.pk)
    return Candidate.objects.get(name=name)


def test_review_with_the_keyboard_only(page, live_server, recruiter, sign_in, monkeypatch):
    first = _doubtful(monkeypatch, "Bo Chen", 0.4)
    _doubtful(monkeypatch, "Ana Lima", 0.6)
    sign_in(page)
    page.goto(f"{live_server.url}/review/")
    expect(page.locator("h1")).to_contain_text("Bo Chen")
    expect(page.locator(".banner.review")).to_contain_text("the dates could not be read")

    # Tab to the degree's "Correct", open it, fix the GPA, save with Enter: in place
    summary = page.locator("section#education .entry details.correct > summary").first
    summary.focus()
    page.keyboard.press("Enter")
    gpa = page.locator("section#education .entry").first.get_by_label("GPA", exact=True)
    gpa.focus()
    page.keyboard.press("Control+A")
    page.keyboard.type("3.6")
    page.keyboard.press("Enter")
    expect(page.locator("section#education")).to_contain_text("corrected by rita")
    # the saved form was swapped out with its section, so the keys are the page's again
    page.keyboard.press("r")
    expect(page.locator("h1")).to_contain_text("Ana Lima")
    expect(page.locator(".crumbs")).to_contain_text("1 left")
    page.keyboard.press("s")
    expect(page.locator("main")).to_contain_text("Nothing needs review but the 1 record skipped")

    assert first.education.get().gpa == Decimal("3.6")
    assert Resume.objects.get(candidate=first).reviewed_by == recruiter
