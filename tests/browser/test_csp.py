"""Under the Content-Security-Policy (no inline script, handler or style, nothing from other origins) every page
still works: the page fixture fails a test on any violation the browser reports."""

from playwright.sync_api import expect

from candidates import services
from candidates.models import Education
from tests.builders import make_candidate


def test_the_admin_and_the_dashboard_pages_work_under_the_policy(page, live_server, admin_user, sign_in):
    candidate = make_candidate(name="Ana Lima")
    Education.objects.create(candidate=candidate, institution="University of Lisbon", degree_level="master")
    services.candidate_summarize(candidate=candidate)
    shortlist = services.shortlist_create(name="Vision", created_by=admin_user)
    services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=admin_user)
    sign_in(page, username="ada", password="secret-pass-3")
    for path, sign in [
        ("/", "Ana Lima"), (candidate.get_absolute_url(), "University of Lisbon"), ("/upload/", "Upload resumes"),
        ("/shortlists/", "Vision"), (shortlist.get_absolute_url(), "Ana Lima"), ("/review/", "Nothing needs review"),
        ("/admin/", "Site administration"), ("/admin/candidates/candidate/", "Ana Lima"),
        (f"/admin/candidates/candidate/{candidate.pk}/change/", "University of Lisbon"),
    ]:
        page.goto(f"{live_server.url}{path}")
        expect(page.locator("body")).to_contain_text(sign)
    # the behaviour moved out of inline handlers still works: select all on the list
    page.goto(f"{live_server.url}/")
    page.get_by_label("Select all").check()
    expect(page.locator("input[name=candidates]").first).to_be_checked()
