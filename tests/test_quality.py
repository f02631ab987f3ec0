"""Parse confidence (needs review) and publication marks (workshop, preprint, equal contribution)."""

import csv
import io

import pytest
from django.urls import reverse

from candidates import parsing, services
from candidates.models import Candidate, Publication, Resume
from candidates.parsing import ParsedResume, Quality
from tests.builders import make_resume

pytestmark = pytest.mark.django_db

DOUBTFUL = Quality(score=0.45, reasons=("no education found", "publications without years"))
CONFIDENT = Quality(score=0.92, reasons=("only 80% of the text was attributed to a section",))


def parsed(name: str, *, quality: Quality = CONFIDENT, publications=(), email: str = "") -> ParsedResume:
    email = email or f"{name.split()[0].lower()}@example.com"
    return ParsedResume(name=name, emails=(email,), publications=tuple(publications), quality=quality)


def store(name: str, *, uploaded_by=None, **kwargs) -> Candidate:
    resume = make_resume(content=f"{name} {kwargs}".encode(), uploaded_by=uploaded_by, original_name=f"{name}.pdf")
    return services.resume_store_parsed(resume=resume, parsed=parsed(name, **kwargs))


def paper(title: str, venue: str = "CVPR", **marks) -> parsing.Publication:
    return parsing.Publication(title=title, venue=venue, year=2023, authors=("Ana Lima", "Bo Chen"), **marks)


def names(response) -> list[str]:
    return sorted(c.name for c in response.context["page"].object_list)


# ---- parse confidence


def test_a_doubtful_parse_marks_the_resume_and_the_candidate_for_review(monkeypatch):
    monkeypatch.setattr(parsing, "parse_pdf", lambda *args, **kwargs: parsed("Ana Lima", quality=DOUBTFUL))
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.PARSED, resume.error
    assert resume.quality_score == pytest.approx(0.45)
    assert resume.quality_reasons == ["no education found", "publications without years"]
    assert resume.needs_review
    candidate = Candidate.objects.get()
    assert candidate.needs_review is True
    assert candidate.quality_score == pytest.approx(0.45)


def test_a_confident_parse_needs_no_review():
    candidate = store("Ana Lima", quality=CONFIDENT)
    candidate.refresh_from_db()
    assert candidate.needs_review is False
    assert candidate.quality_score == pytest.approx(0.92)
    assert not candidate.resumes.get().needs_review


def test_a_newer_confident_parse_clears_the_review():
    store("Ana Lima", quality=DOUBTFUL)
    candidate = store("Ana Lima", quality=CONFIDENT)  # the same email: a new version of the same CV
    candidate.refresh_from_db()
    assert candidate.resumes.count() == 2
    assert candidate.needs_review is False
    assert candidate.quality_score == pytest.approx(0.92)


def test_the_upload_page_says_why_a_parse_needs_review(recruiter_client, recruiter):
    store("Ana Lima", quality=DOUBTFUL, uploaded_by=recruiter)
    store("Bo Chen", quality=CONFIDENT, uploaded_by=recruiter)
    body = recruiter_client.get(reverse("candidates:upload"), headers={"HX-Request": "true"}).content.decode()
    assert '<span class="chip review">needs review: no education found; publications without years</span>' in body
    assert body.count("needs review") == 1  # Bo's parse is fine: a plain "Parsed"
    assert "only 80% of the text" not in body


def test_the_candidate_page_shows_the_review_banner(recruiter_client):
    doubtful = store("Ana Lima", quality=DOUBTFUL)
    confident = store("Bo Chen", quality=CONFIDENT)
    body = recruiter_client.get(doubtful.get_absolute_url()).content.decode()
    assert "<strong>Needs review:</strong> no education found; publications without years." in body
    assert "Needs review" not in recruiter_client.get(confident.get_absolute_url()).content.decode()


def test_the_banner_without_reasons_gives_the_score(recruiter_client):
    candidate = store("Ana Lima", quality=Quality(score=0.5))
    body = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert "<strong>Needs review:</strong> parse confidence 50%." in body


def test_the_list_filters_and_counts_the_candidates_that_need_review(recruiter_client):
    store("Ana Lima", quality=DOUBTFUL)
    store("Bo Chen", quality=CONFIDENT)
    store("Cy Patel", quality=Quality(score=0.69, reasons=("name not found",)))
    everyone = recruiter_client.get("/")
    assert names(everyone) == ["Ana Lima", "Bo Chen", "Cy Patel"]
    assert everyone.context["needs_review_count"] == 2
    response = recruiter_client.get("/", {"needs_review": "1"})
    assert names(response) == ["Ana Lima", "Cy Patel"]
    assert 'name="needs_review" value="1" checked' in response.content.decode()
    assert recruiter_client.get("/", {"needs_review": "1", "q": "bo"}).context["needs_review_count"] == 0


def test_the_list_sorts_the_least_certain_parse_first(recruiter_client):
    store("Ana Lima", quality=DOUBTFUL)
    store("Bo Chen", quality=CONFIDENT)
    store("Cy Patel", quality=Quality(score=0.69))
    response = recruiter_client.get("/", {"sort": "quality"})
    assert [c.name for c in response.context["page"].object_list] == ["Ana Lima", "Cy Patel", "Bo Chen"]


def test_the_csv_export_has_a_needs_review_column(recruiter_client):
    store("Ana Lima", quality=DOUBTFUL)
    store("Bo Chen", quality=CONFIDENT)
    body = b"".join(recruiter_client.get(reverse("candidates:export")).streaming_content).decode()
    rows = {row["name"]: row["needs_review"] for row in csv.DictReader(io.StringIO(body))}
    assert rows == {"Ana Lima": "yes", "Bo Chen": "no"}


def test_the_admin_filters_on_needs_review(admin_user, client):
    store("Ana Lima", quality=DOUBTFUL)
    store("Bo Chen", quality=CONFIDENT)
    client.force_login(admin_user)
    body = client.get("/admin/candidates/candidate/", {"needs_review__exact": "1"}).content.decode()
    assert "Ana Lima" in body and "Bo Chen" not in body
    body = client.get("/admin/candidates/resume/", {"needs_review": "1"}).content.decode()
    assert "Ana Lima.pdf" in body and "Bo Chen.pdf" not in body
    resume = Resume.objects.get(original_name="Ana Lima.pdf")
    body = client.get(f"/admin/candidates/resume/{resume.pk}/change/").content.decode()
    assert "no education found" in body
    candidate = store("Cy Patel", quality=DOUBTFUL, publications=[paper("W", workshop=True)])
    response = client.get(f"/admin/candidates/candidate/{candidate.pk}/change/")
    assert response.status_code == 200
    assert 'name="publications-0-workshop"' in response.content.decode()


# ---- publication marks


def test_the_marks_the_parser_found_are_stored():
    candidate = store("Ana Lima", publications=[
        paper("Main", status="accepted", author_position=2, equal_contribution=True, corresponding=True),
        paper("Workshop", workshop=True, first_author=True),
        paper("Guessed", venue="ICCV", status="preprint"),
        paper("Odd", venue="ICCV", status="camera-ready?"),
    ])
    main, workshop, guessed, odd = candidate.publications.order_by("position")
    # The parser's position wins over matching the name ("Ana Lima" is first in the author list).
    assert (main.status, main.author_position, main.equal_contribution, main.corresponding) == ("accepted", 2,
                                                                                               True, True)
    assert (main.venue, main.venue_tier, main.workshop) == ("CVPR", "A*", False)
    # A workshop keeps its venue's name but not the main conference's CORE rank.
    assert (workshop.venue, workshop.venue_tier, workshop.workshop, workshop.author_position) == ("CVPR", "", True, 1)
    # Without a position from the parser, the name is matched in the author list.
    assert (guessed.status, guessed.author_position, guessed.corresponding) == ("preprint", 1, False)
    assert odd.status == Publication.Status.PUBLISHED


def test_the_candidate_page_shows_the_marks(recruiter_client):
    candidate = store("Ana Lima", publications=[
        paper("Main", status="accepted", author_position=2, equal_contribution=True, corresponding=True),
        paper("Side", workshop=True),
        paper("Draft", venue="arXiv", status="preprint"),
        paper("Pending", venue="ICCV", status="under_review"),
    ])
    body = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    main = body[body.index("<strong>Main</strong>"):body.index("<strong>Side</strong>")]
    main = main[:main.index('<details class="correct"')]  # the marks, not the correction form's labels
    assert '<span class="chip pub-status">To appear</span>' in main
    assert "author 2 of 2" in main
    assert '<span class="mark">equal contribution</span>' in main
    assert '<span class="mark">corresponding</span>' in main
    assert "Workshop" not in main
    side = body[body.index("<strong>Side</strong>"):body.index("<strong>Draft</strong>")]
    side = side[:side.index('<details class="correct"')]
    assert '<span class="chip pub-status">Workshop</span>' in side
    assert "equal contribution" not in side and "To appear" not in side
    assert '<span class="chip pub-status">Preprint</span>' in body
    assert '<span class="chip pub-status">Under review</span>' in body


@pytest.fixture
def cvpr_pool():
    return {
        "main": store("Ana Lima", publications=[paper("A", first_author=True)]),
        "workshop": store("Bo Chen", publications=[paper("B", workshop=True, first_author=True)]),
        "review": store("Cy Patel", publications=[paper("C", status="under_review", first_author=True)]),
        "preprint": store("Di Rossi", publications=[paper("D", status="preprint")]),
        "to_appear": store("Eve Moss", publications=[paper("E", status="accepted")]),
        "two": store("Fay Wu", publications=[paper("F1"), paper("F2", workshop=True)]),
    }


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"venue": "CVPR"}, ["Ana Lima", "Eve Moss", "Fay Wu"]),
        ({"venue": "CVPR", "pub_status": "peer_reviewed"}, ["Ana Lima", "Eve Moss", "Fay Wu"]),
        ({"venue": "CVPR", "pub_status": "include_workshops"}, ["Ana Lima", "Bo Chen", "Eve Moss", "Fay Wu"]),
        ({"venue": "CVPR", "pub_status": "any"}, ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi", "Eve Moss",
                                                  "Fay Wu"]),
        ({"venue_tier": "A*"}, ["Ana Lima", "Eve Moss", "Fay Wu"]),
        ({"first_author": "1"}, ["Ana Lima"]),
        ({"first_author": "1", "pub_status": "include_workshops"}, ["Ana Lima", "Bo Chen"]),
        ({"first_author": "1", "pub_status": "any"}, ["Ana Lima", "Bo Chen", "Cy Patel"]),
        ({"pubs_min": 2}, []),
        ({"pubs_min": 2, "pub_status": "include_workshops"}, ["Fay Wu"]),
        ({"pub_status": "peer_reviewed"}, ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi", "Eve Moss", "Fay Wu"]),
    ],
)
def test_the_venue_filters_count_only_peer_reviewed_main_track_papers(recruiter_client, cvpr_pool, params,
                                                                       expected):
    assert names(recruiter_client.get("/", params)) == expected


def test_the_venue_facet_and_chips_agree_with_the_filter(recruiter_client, cvpr_pool):
    response = recruiter_client.get("/")
    assert {o["value"]: o["count"] for o in response.context["venue_options"]} == {"CVPR": 3}
    response = recruiter_client.get("/", {"pub_status": "any"})
    assert {o["value"]: o["count"] for o in response.context["venue_options"]} == {"CVPR": 6}
    rows = {c.name: c.top_venues() for c in response.context["page"].object_list}
    assert rows["Ana Lima"] == ["CVPR"]
    assert rows["Bo Chen"] == []  # a workshop paper is not a CVPR paper
    assert rows["Cy Patel"] == []  # nor is one under review there


# ---- the migration


def test_a_list_cut_short_by_et_al_is_not_shown_as_complete(recruiter_client):
    candidate = store("Ana Lima", publications=[
        paper("Cut", author_position=2, authors_truncated=True),
        paper("Whole", author_position=2),
    ])
    assert Publication.objects.get(title="Cut").authors_truncated
    body = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    cut = body[body.index("<strong>Cut</strong>"):body.index("<strong>Whole</strong>")]
    assert "author 2 of at least 2" in cut
    assert "author 2 of 2" in body[body.index("<strong>Whole</strong>"):]


@pytest.mark.django_db(transaction=True)
def test_the_migration_adds_the_fields_with_safe_defaults_to_existing_rows():
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = ("candidates", "0003_search_text")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    try:
        old = executor.loader.project_state([before]).apps
        candidate = old.get_model("candidates", "Candidate").objects.create(name="Old Timer")
        old.get_model("candidates", "Publication").objects.create(candidate=candidate, title="Paper", venue="CVPR")
        old.get_model("candidates", "Resume").objects.create(
            candidate=candidate, original_name="old.pdf", size=1, sha256="0" * 64, status="parsed"
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())  # back to the latest, for the tests that follow
    candidate = Candidate.objects.get(name="Old Timer")
    assert (candidate.needs_review, candidate.quality_score) == (False, None)
    resume = candidate.resumes.get()
    assert (resume.quality_score, resume.quality_reasons, resume.needs_review) == (None, [], False)
    publication = candidate.publications.get()
    assert (publication.status, publication.workshop, publication.equal_contribution, publication.corresponding) == (
        "published", False, False, False
    )
    assert publication.is_peer_reviewed
