"""Real-browser tests: Playwright's sync API driving Debian's Chromium against a live server.

The long scenario uploads demo resumes through the page, lets a real `celery worker` parse them,
then filters, annotates, shortlists and exports the way a recruiter would. Screenshots of the list
and of a candidate page are saved under tests/artifacts/ (ignored by git).
"""

import csv
import re
import time
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

from candidates import services
from candidates.models import Resume, Skill
from tests.builders import make_candidate, make_pdf, make_resume

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parent.parent.parent
DEMO = ROOT / "demo" / "resumes"

# Chosen from the parser's current output (manage.py parse_resume demo/resumes/X.pdf), on facts it gets right:
#               c++   venues                     GPA on 4.0
# Haoran Liu    yes   CVPR, AAAI, ICCV, ...      3.91 (3.91/4, bachelor's; the PhD has none)
# Amara         yes   CVPR                       none
# Daniel        yes   EMNLP, NAACL               3.8
# Wenjing       yes   AAAI, ICASSP               3.58 (3.85/4.3)
# Lorenzo       no    ESWA, ECML PKDD            3.93 (108/110)
UPLOADS = ["haoran-liu", "amara-nwachukwu", "daniel-whitaker", "wenjing-zhang", "lorenzo-bellini"]
HAORAN, AMARA, DANIEL, WENJING, LORENZO = (
    "Haoran Liu", "Amara Nwachukwu", "Daniel R. Whitaker", "Wenjing Zhang", "Lorenzo Bellini",
)
CSV_HEADER = [
    "id", "name", "emails", "phones", "highest_degree", "institution", "gpa", "gpa_scale", "gpa_4",
    "publications", "venues", "skills", "tags", "rating", "shortlists", "needs_review", "possible_duplicates", "url",
]
PARSE_TIMEOUT = 90


def expect(*args, **kwargs):
    from playwright.sync_api import expect

    return expect(*args, **kwargs)


def query(page) -> dict[str, list[str]]:
    """The current URL's non-blank GET parameters."""
    return parse_qs(urlsplit(page.url).query)


def wait_for_query(page, **expected: list[str]) -> None:
    """Wait until htmx has pushed a URL whose GET parameters include these values (compared unordered)."""

    def matches(url: str) -> bool:
        params = parse_qs(urlsplit(url).query)
        return all(sorted(params.get(name, [])) == sorted(values) for name, values in expected.items())

    page.wait_for_url(matches)


def listed_names(page) -> set[str]:
    return {name.strip() for name in page.locator("#results a.candidate-link").all_inner_texts()}


def expect_results(page, names: set[str]) -> None:
    """Wait for htmx to swap in exactly these candidates."""
    count = len(names)
    expect(page.locator("#results h1")).to_have_text(f"{count} candidate{'' if count == 1 else 's'}")
    expect(page.locator("#results a.candidate-link")).to_have_count(count)
    assert listed_names(page) == names


def wait_until_all_parsed(page, worker, expected: int) -> None:
    """Poll the upload page's status table, which htmx refreshes every 2 s while anything is in flight."""
    rows = page.locator("#upload-status tr[data-status]")
    deadline = time.monotonic() + PARSE_TIMEOUT
    while time.monotonic() < deadline:
        failed = page.locator("#upload-status tr[data-status=failed]")
        if failed.count():
            pytest.fail("a resume failed to parse: " + " | ".join(failed.all_inner_texts()))
        if page.locator("#upload-status tr[data-status=parsed]").count() == expected:
            return
        assert worker.poll() is None, "the celery worker process died"
        page.wait_for_timeout(500)
    statuses = [rows.nth(i).get_attribute("data-status") for i in range(rows.count())]
    pytest.fail(f"not all {expected} resumes parsed after {PARSE_TIMEOUT} s: {statuses}")


def mark_document(page) -> None:
    """A flag that a full page load would wipe: proves that htmx swapped a fragment instead."""
    page.evaluate("window.__noReload = true")


def assert_no_reload(page, url: str) -> None:
    assert page.url == url
    assert page.evaluate("window.__noReload === true"), "the page was reloaded"


def read_csv(download) -> list[dict]:
    with open(download.path(), newline="", encoding="utf-8-sig") as f:
        rows = list(csv.reader(f))
    assert rows[0] == CSV_HEADER
    return [dict(zip(rows[0], row, strict=True)) for row in rows[1:]]


def test_recruiter_journey(page, live_server, recruiter, worker, sign_in, artifacts):
    base = live_server.url

    # Sign in through the form.
    sign_in(page)
    expect(page.locator("header.topbar")).to_contain_text("Sign out rita")

    # Upload five demo resumes through the page and wait for the worker to parse them all.
    page.click("header.topbar a:has-text('Upload')")
    page.wait_for_url(f"{base}/upload/")
    page.set_input_files("input[name=files]", [str(DEMO / f"{name}.pdf") for name in UPLOADS])
    page.click("button:has-text('Upload')")
    page.wait_for_url(f"{base}/upload/")
    expect(page.locator(".batch-progress")).to_contain_text("of 5")
    wait_until_all_parsed(page, worker, expected=len(UPLOADS))
    expect(page.locator(".batch-progress")).to_contain_text("5 parsed · 0 left, of 5")
    assert Resume.objects.filter(status=Resume.Status.PARSED).count() == len(UPLOADS)

    # The dashboard lists everyone.
    page.click("header.topbar a:has-text('Candidates')")
    page.wait_for_url(f"{base}/")
    expect_results(page, {HAORAN, AMARA, DANIEL, WENJING, LORENZO})

    # Skill, typed in the free-text box and sent with Enter: Lorenzo has no C++.
    page.fill("#filters input[type=search][name=skill]", "C++")
    page.press("#filters input[type=search][name=skill]", "Enter")
    expect_results(page, {HAORAN, AMARA, DANIEL, WENJING})
    wait_for_query(page, skill=["C++"])
    expect(page.locator("#filters input[name=skill][value='c++']")).to_be_checked()

    # Venue, from the facet checkboxes (which now count the four C++ candidates).
    expect(page.locator("#filters label.facet:has(input[name=venue][value=CVPR]) .count")).to_have_text("2")
    page.check("#filters input[name=venue][value=CVPR]")
    expect_results(page, {HAORAN, AMARA})
    wait_for_query(page, skill=["c++"], venue=["CVPR"])

    # GPA on the 4.0 scale: Amara's resume states none.
    page.fill("#filters input[name=gpa_min]", "3.5")
    page.press("#filters input[name=gpa_min]", "Enter")
    expect_results(page, {HAORAN})
    wait_for_query(page, skill=["c++"], venue=["CVPR"], gpa_min=["3.5"])

    # A second venue widens to either venue: Wenjing (AAAI, 3.85/4.3 ≈ 3.58) comes in, Daniel (EMNLP) does not.
    page.fill("#filters input[type=search][name=venue]", "AAAI")
    page.press("#filters input[type=search][name=venue]", "Enter")
    expect_results(page, {HAORAN, WENJING})
    wait_for_query(page, skill=["c++"], venue=["AAAI", "CVPR"], gpa_min=["3.5"])
    wenjing_row = page.locator("#results tbody tr", has=page.locator("a.candidate-link", has_text=WENJING))
    expect(wenjing_row.locator("td.gpa")).to_have_text("3.85/4.3 ≈ 3.58")

    # The pushed URL is shareable: loading it afresh gives the same list.
    filtered_url = page.url
    page.goto(filtered_url)
    expect_results(page, {HAORAN, WENJING})
    expect(page.locator("#filters input[name=venue][value=AAAI]")).to_be_checked()
    expect(page.locator("#filters input[name=gpa_min]")).to_have_value("3.5")
    page.screenshot(path=str(artifacts / "list.png"), full_page=True)

    # Open Haoran's page from the filtered list.
    page.click(f"#results a.candidate-link:has-text('{HAORAN}')")
    page.wait_for_url(re.compile(r"/candidates/\d+/"))
    expect(page.locator("article.candidate h1")).to_have_text(HAORAN)
    expect(page.locator("nav.crumbs")).to_contain_text("of 2")
    candidate_url = page.url
    candidate_id = int(re.search(r"/candidates/(\d+)/", candidate_url).group(1))
    mark_document(page)

    # Rate, tag, shortlist and note, each swapped in by htmx without leaving the page.
    page.click("#rating button.star[aria-label='Rate 4 of 5']")
    expect(page.locator("#rating")).to_contain_text("Team: 4.0★ from 1 recruiter")
    expect(page.locator("#rating button.star.on")).to_have_count(4)
    assert_no_reload(page, candidate_url)

    page.fill("#tags input[name=name]", "vision")
    page.click("#tags button:has-text('Add tag')")
    expect(page.locator("#tags .chip.tag")).to_have_count(1)
    expect(page.locator("#tags .chip.tag")).to_contain_text("vision")
    assert_no_reload(page, candidate_url)

    page.fill("#shortlists input[name=new_shortlist]", "Vision hires")
    page.click("#shortlists form.row button[type=submit]")
    expect(page.locator("#shortlists li a")).to_have_text("Vision hires")
    assert_no_reload(page, candidate_url)

    note = "Strong 3D vision; ask about the CVPR paper."
    page.fill("#notes textarea[name=body]", note)
    page.click("#notes button:has-text('Add note')")
    expect(page.locator("#notes .note")).to_have_count(1)
    expect(page.locator("#notes .note")).to_contain_text(note)
    expect(page.locator("#notes .note .meta")).to_contain_text("rita")
    assert_no_reload(page, candidate_url)
    page.evaluate("window.scrollTo(0, 0)")  # the PDF column is sticky: show it beside the top of the page
    page.screenshot(path=str(artifacts / "candidate.png"), full_page=True)

    # Back to the same results; the annotations show in the list.
    page.click("nav.crumbs a:has-text('Back to results')")
    page.wait_for_url(re.compile(r"^" + re.escape(base) + r"/\?"))
    expect_results(page, {HAORAN, WENJING})
    haoran_row = page.locator("#results tbody tr", has=page.locator("a.candidate-link", has_text=HAORAN))
    expect(haoran_row.locator(".chip.tag")).to_have_text("vision")
    expect(haoran_row).to_contain_text("4.0★")
    expect(haoran_row).to_contain_text("Vision hires")

    # Bulk-add Wenjing to the same shortlist from the list.
    page.check(f"#results input[name=candidates][aria-label='Select {WENJING}']")
    page.select_option("#bulk select[name=shortlist]", label="Vision hires")
    page.click("#bulk button:has-text('Apply')")
    expect(page.locator("h1")).to_have_text("Add 1 candidate to Vision hires?")
    page.click("button:has-text('Yes, do it')")
    expect(page.locator(".messages")).to_contain_text("Added 1 candidate to Vision hires.")
    expect_results(page, {HAORAN, WENJING})
    assert sorted(query(page)["venue"]) == ["AAAI", "CVPR"], "the bulk form should come back to the same search"

    # Export CSV: exactly the filtered candidates, with their annotations.
    export = page.locator("#results a:has-text('Export CSV')")
    assert parse_qs(urlsplit(export.get_attribute("href")).query) == query(page)
    with page.expect_download() as download:
        export.click()
    assert download.value.suggested_filename == "candidates.csv"
    rows = {row["name"]: row for row in read_csv(download.value)}
    assert set(rows) == {HAORAN, WENJING}
    haoran = rows[HAORAN]
    assert haoran["id"] == str(candidate_id)
    assert haoran["url"] == f"{base}/candidates/{candidate_id}/"
    assert haoran["gpa_4"] == "3.91"
    assert "c++" in haoran["skills"].split("; ")
    assert {"CVPR", "AAAI"} <= set(haoran["venues"].split("; "))
    assert (haoran["tags"], haoran["rating"], haoran["shortlists"]) == ("vision", "4.0", "Vision hires")
    wenjing = rows[WENJING]
    assert (wenjing["gpa"], wenjing["gpa_scale"], wenjing["gpa_4"]) == ("3.85", "4.3", "3.58")
    assert (wenjing["tags"], wenjing["rating"], wenjing["shortlists"]) == ("", "", "Vision hires")

    # The team filters find the annotated candidate again, from the whole pool.
    page.goto(f"{base}/")
    expect_results(page, {HAORAN, AMARA, DANIEL, WENJING, LORENZO})
    page.check("#filters input[name=tag][value=vision]")
    expect_results(page, {HAORAN})
    page.uncheck("#filters input[name=tag][value=vision]")
    expect_results(page, {HAORAN, AMARA, DANIEL, WENJING, LORENZO})
    page.select_option("#filters select[name=rating_min]", "4")
    expect_results(page, {HAORAN})
    wait_for_query(page, rating_min=["4"])

    # The shortlist page lists both, and exports them.
    page.click("header.topbar a:has-text('Shortlists')")
    page.click("a:has-text('Vision hires')")
    page.wait_for_url(re.compile(r"/shortlists/\d+/$"))
    shortlisted = page.locator("section.stage[data-stage=shortlisted] .entry-card a")
    expect(shortlisted).to_have_count(2)
    assert set(shortlisted.all_inner_texts()) == {HAORAN, WENJING}
    with page.expect_download() as download:
        page.click("text=Export CSV")
    with open(download.value.path(), newline="", encoding="utf-8") as f:
        shortlist_rows = list(csv.DictReader(f))
    assert sorted(row["name"] for row in shortlist_rows) == [HAORAN, WENJING]
    assert {row["stage"] for row in shortlist_rows} == {"shortlisted"}


def test_an_anonymous_browser_is_sent_to_the_login_page(page, live_server, recruiter):
    page.goto(f"{live_server.url}/upload/")
    page.wait_for_url(re.compile(r"/accounts/login/\?next=/upload/$"))
    expect(page.locator("h1")).to_have_text("Sign in")
    assert page.locator("nav a:has-text('Upload')").count() == 0

    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", "wrong password")
    page.click("button:has-text('Sign in')")
    expect(page.locator(".error")).to_contain_text("didn't match")

    page.fill("input[name=username]", "rita")
    page.fill("input[name=password]", "secret-pass-1")
    page.click("button:has-text('Sign in')")
    page.wait_for_url(f"{live_server.url}/upload/")  # back where the recruiter was going

    page.click("button:has-text('Sign out rita')")
    page.wait_for_url(re.compile(r"/accounts/login/"))
    page.goto(f"{live_server.url}/")
    page.wait_for_url(re.compile(r"/accounts/login/\?next=/$"))


def test_the_candidate_page_embeds_the_resume_pdf(page, live_server, recruiter, sign_in):
    candidate = make_candidate(name="Mira Castellanos", emails=["mira.castellanos@example.com"])
    content = make_pdf()
    resume = make_resume(content=content, status=Resume.Status.PARSED, candidate=candidate, original_name="mira.pdf")
    sign_in(page)

    file_url = f"{live_server.url}/resumes/{resume.pk}/file/"
    with page.expect_response(file_url) as response_info:
        page.goto(f"{live_server.url}/candidates/{candidate.pk}/")
    response = response_info.value
    assert response.status == 200
    assert response.headers["content-type"] == "application/pdf"
    assert response.headers["x-frame-options"] == "SAMEORIGIN"
    assert response.frame.parent_frame == page.main_frame, "the PDF should load in the page's iframe"
    frame = page.locator("aside.pdf iframe")
    expect(frame).to_have_attribute("src", f"/resumes/{resume.pk}/file/")
    expect(frame).to_have_attribute("title", "Resume of Mira Castellanos")
    # Chromium hands the iframe's bytes to its PDF viewer; fetch them again with the same session cookie.
    assert page.request.get(file_url).body() == content


def test_the_resume_pdf_is_not_served_to_an_anonymous_browser(page, live_server, recruiter):
    resume = make_resume(status=Resume.Status.PARSED, candidate=make_candidate())
    response = page.goto(f"{live_server.url}/resumes/{resume.pk}/file/")
    assert response.url.startswith(f"{live_server.url}/accounts/login/")
    assert response.headers["content-type"].startswith("text/html")


def make_skilled(name: str, skill: str):
    candidate = make_candidate(name=name)
    candidate.skills.add(Skill.objects.get_or_create(name=skill)[0])
    return candidate


def test_back_from_a_candidate_returns_to_the_whole_filtered_dashboard(page, live_server, recruiter, sign_in):
    make_skilled("Ann Alpha", "pytorch")
    make_skilled("Bob Beta", "java")
    sign_in(page)
    expect_results(page, {"Ann Alpha", "Bob Beta"})
    page.check("#filters input[name=skill][value=pytorch]")
    expect_results(page, {"Ann Alpha"})
    wait_for_query(page, skill=["pytorch"])
    page.click("#results a.candidate-link")
    page.wait_for_url(re.compile(r"/candidates/\d+/"))

    page.go_back()
    wait_for_query(page, skill=["pytorch"])
    assert page.locator("header.topbar").count() == 1, "Back showed a page without its header"
    assert page.locator("#filters").count() == 1, "Back showed a page without its filters"
    expect_results(page, {"Ann Alpha"})


def test_back_between_filters_without_htmx_history_cache(page, live_server, recruiter, sign_in):
    """htmx keeps 10 snapshots in localStorage; past those (or without storage) it asks the server."""
    make_skilled("Ann Alpha", "pytorch")
    make_skilled("Bob Beta", "java")
    sign_in(page)
    page.evaluate("htmx.config.historyCacheSize = 0")
    page.check("#filters input[name=skill][value=java]")
    expect_results(page, {"Bob Beta"})
    page.uncheck("#filters input[name=skill][value=java]")
    expect_results(page, {"Ann Alpha", "Bob Beta"})

    with page.expect_response(lambda r: r.request.headers.get("hx-history-restore-request") == "true"):
        page.go_back()
    wait_for_query(page, skill=["java"])
    expect_results(page, {"Bob Beta"})  # waits for htmx to swap the restored page in
    assert page.locator("header.topbar").count() == 1, "the restored page lost its header"
    assert page.locator("#filters").count() == 1, "the restored page lost its filters"


def test_back_to_the_upload_page_after_its_status_refreshed(page, live_server, recruiter, sign_in):
    make_resume(status=Resume.Status.QUEUED, uploaded_by=recruiter, original_name="waiting.pdf")  # keeps it polling
    candidate = make_candidate(name="Ann Alpha")
    sign_in(page)
    with page.expect_response(lambda r: r.url.endswith("/upload/") and r.request.headers.get("hx-request") == "true"):
        page.goto(f"{live_server.url}/upload/")
    page.goto(f"{live_server.url}/candidates/{candidate.pk}/")

    page.go_back()
    page.wait_for_url(f"{live_server.url}/upload/")
    assert page.locator("header.topbar").count() == 1, "Back showed a page without its header"
    assert page.locator("input[name=files]").count() == 1, "Back showed a page without its upload form"


def test_a_search_url_holds_only_what_it_asks_for_and_facets_stay_put(page, live_server, recruiter, sign_in):
    for i, skills in enumerate([("pytorch", "java"), ("pytorch", "go"), ("pytorch",), ("java", "go"), ("rust",)]):
        candidate = make_candidate(name=f"Person {i}")
        for skill in skills:
            candidate.skills.add(Skill.objects.get_or_create(name=skill)[0])
    sign_in(page)
    order = page.locator("#facets fieldset[data-keep-order] input[name=skill][type=checkbox]")
    before = [order.nth(i).get_attribute("value") for i in range(order.count())]
    assert before[0] == "pytorch"
    page.check("#filters input[name=skill][value=go]")
    expect_results(page, {"Person 1", "Person 3"})
    assert urlsplit(page.url).query == "skill=go"  # no empty box, no default left in the URL
    after = [order.nth(i).get_attribute("value") for i in range(order.count())]
    assert after[:len([v for v in before if v in after])] == [v for v in before if v in after], (before, after)


def test_back_shows_the_search_typed_and_the_annotations_as_they_are_now(page, live_server, recruiter, sign_in):
    candidate = make_skilled("Ann Alpha", "pytorch")
    for person in (candidate, make_skilled("Bob Beta", "java")):
        services.candidate_summarize(candidate=person)  # the words a search finds
    sign_in(page)
    page.fill("#id_q", "alpha")
    expect_results(page, {"Ann Alpha"})
    wait_for_query(page, q=["alpha"])
    page.click("#results a.candidate-link")
    page.wait_for_url(re.compile(r"/candidates/\d+/"))
    page.locator("#tags input[name=name]").fill("strong-ml")
    page.locator("#tags button:has-text('Add tag')").click()
    expect(page.locator("#tags")).to_contain_text("strong-ml")
    page.goto(f"{live_server.url}/shortlists/")

    page.go_back()
    expect(page.locator("#tags")).to_contain_text("strong-ml")  # not the page as it was before the tag
    page.go_back()
    wait_for_query(page, q=["alpha"])
    expect(page.locator("#id_q")).to_have_value("alpha")
    expect_results(page, {"Ann Alpha"})
    assert candidate.tags.filter(name="strong-ml").exists()


def test_files_dropped_anywhere_on_the_upload_page_are_uploaded(page, live_server, recruiter, sign_in):
    sign_in(page)
    page.goto(f"{live_server.url}/upload/")
    pdf = list(make_pdf([("Dropped Person", 20, "Helvetica-Bold")]))
    page.evaluate("""(bytes) => {
        const files = new DataTransfer();
        files.items.add(new File([new Uint8Array(bytes)], "dropped.pdf", {type: "application/pdf"}));
        const over = new DragEvent("dragover", {dataTransfer: files, bubbles: true, cancelable: true});
        document.querySelector("h1").dispatchEvent(over);
        if (!over.defaultPrevented) throw new Error("the page refused the drag");
        document.querySelector("h1").dispatchEvent(
            new DragEvent("drop", {dataTransfer: files, bubbles: true, cancelable: true}));
    }""", pdf)
    expect(page.locator("#upload-status")).to_contain_text("dropped.pdf")
    assert Resume.objects.filter(original_name="dropped.pdf", uploaded_by=recruiter).exists()
