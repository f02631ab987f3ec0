"""In a real browser: a flagged pair, compared side by side, merged with a field chosen, and the merge undone."""

from playwright.sync_api import expect

from candidates import services
from candidates.models import Candidate, Education
from tests.builders import make_candidate


def test_compare_merge_and_undo_a_flagged_pair(page, live_server, recruiter, sign_in):
    one = make_candidate(name="王新路", emails=["wxl@zju.example"])
    two = make_candidate(name="Xinglu Wang", emails=["xinglu@corp.example"])
    for candidate in (one, two):
        Education.objects.create(candidate=candidate, institution="Zhejiang University", degree_level="master")
        services.candidate_summarize(candidate=candidate)
        services.duplicates_refresh(candidate=candidate)
    two_id = two.pk
    sign_in(page)

    page.goto(f"{live_server.url}/candidates/{one.pk}/")
    duplicates = page.locator("section.duplicates")
    expect(duplicates).to_contain_text("Xinglu Wang")
    expect(duplicates).to_contain_text("both at Zhejiang University")
    duplicates.get_by_role("link", name="Compare and merge into this record").click()

    expect(page.locator("table.merge")).to_contain_text("xinglu@corp.example")
    page.get_by_role("row", name="Name").get_by_label(f"#{two_id}").check()  # keep the Latin-script name
    page.get_by_role("button", name=f"Merge #{two_id} into #{one.pk}").click()
    page.wait_for_url(f"{live_server.url}/candidates/{one.pk}/")
    expect(page.locator(".messages")).to_contain_text("merged into this record")
    expect(page.locator("h1")).to_contain_text("Xinglu Wang")
    assert not Candidate.objects.filter(pk=two_id).exists()

    page.get_by_role("button", name="Undo this merge").click()
    page.wait_for_url(f"{live_server.url}/candidates/{one.pk}/")
    expect(page.locator(".messages")).to_contain_text("The merge was undone")
    expect(page.locator("h1")).to_contain_text("王新路")
    assert Candidate.objects.get(pk=two_id).emails == ["xinglu@corp.example"]
