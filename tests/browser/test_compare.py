"""The comparison page in a real browser: nothing the Content-Security-Policy blocks, no script error, and on a
phone-sized screen the table scrolls inside its own box while the page does not scroll sideways."""

from playwright.sync_api import expect

from candidates import services
from candidates.models import Education, Publication, Skill
from tests.builders import make_candidate


def three_candidates(recruiter) -> list:
    python = Skill.objects.create(name="python")
    people = []
    for n, name in enumerate(["Ana Lima", "Ben Okafor", "Cai Wen"]):
        candidate = make_candidate(name=name, emails=[f"{name.split()[0].lower()}.long.address@example.com"])
        candidate.skills.add(python)
        Education.objects.create(candidate=candidate, institution="Universidade Federal do Rio Grande do Sul",
                                 degree_level="phd", gpa=90 + n, gpa_scale=100)
        Publication.objects.create(candidate=candidate, title="On aligning many very long titles " * 3, venue="CVPR",
                                   venue_tier="A*", year=2023, author_position=n + 1, authors=["a", "b", "c"])
        services.note_create(candidate=candidate, author=recruiter, body="Strong systems background. " * 5)
        services.candidate_summarize(candidate=candidate)
        people.append(candidate)
    return people


def test_three_candidates_side_by_side_fit_a_phone_screen(page, live_server, recruiter, sign_in):
    people = three_candidates(recruiter)
    errors = []
    # the site has no favicon, and the browser's request for one is none of this page's doing
    page.on("console", lambda message: errors.append(message.text)
            if message.type == "error" and not message.location.get("url", "").endswith("/favicon.ico") else None)
    page.set_viewport_size({"width": 390, "height": 844})
    sign_in(page)
    query = "&".join(f"candidates={c.pk}" for c in people)
    page.goto(f"{live_server.url}/compare/?{query}")

    expect(page.get_by_role("columnheader", name="Ana Lima").first).to_be_visible()
    expect(page.locator("caption", has_text="Skills")).to_be_visible()
    assert errors == []
    page_width = page.evaluate("[document.documentElement.scrollWidth, document.documentElement.clientWidth]")
    assert page_width[0] <= page_width[1], f"the page scrolls sideways: {page_width}"
    table_box = page.evaluate("(box => [box.scrollWidth, box.clientWidth])(document.querySelector('.compare-scroll'))")
    assert table_box[0] > table_box[1], "the comparison should scroll inside its own box"
