from datetime import timedelta
from decimal import Decimal

import pytest
from django.db import OperationalError
from django.utils import timezone

from candidates import parsing, services
from candidates.models import Candidate, DuplicatePair, Education, MatchKey, Publication, Resume
from tests.builders import make_pdf, make_resume

pytestmark = pytest.mark.django_db

SCHEMA_KEYS = {"name", "emails", "phones", "links", "education", "experience", "publications", "skills", "awards"}


def test_it_stores_the_upload_and_queues_it_after_commit(django_capture_on_commit_callbacks, recruiter):
    content = make_pdf()
    with django_capture_on_commit_callbacks() as callbacks:
        resume, created = services.resume_create(original_name="mira.pdf", content=content, uploaded_by=recruiter)
    assert created
    assert len(callbacks) == 1
    resume.refresh_from_db()
    assert resume.status == Resume.Status.QUEUED
    assert resume.size == len(content)
    assert bytes(resume.file.content) == content
    assert resume.uploaded_by == recruiter


def test_the_same_bytes_twice_give_the_first_resume_back(django_capture_on_commit_callbacks):
    content = make_pdf()
    first, _ = services.resume_create(original_name="a.pdf", content=content)
    with django_capture_on_commit_callbacks() as callbacks:
        second, created = services.resume_create(original_name="copy of a.pdf", content=content)
    assert not created
    assert second.pk == first.pk
    assert callbacks == []
    assert Resume.objects.count() == 1


def test_parsing_writes_the_structured_record():
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.PARSED, resume.error
    assert resume.parser_version == parsing.PARSER_VERSION
    assert set(resume.parsed) == SCHEMA_KEYS
    assert "mira.castellanos@example.com" in resume.candidate.emails
    assert "Stanford University" in resume.text
    assert resume.attempts == 1
    assert resume.finished_at is not None


def test_it_ignores_a_second_delivery_of_the_message():
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    finished_at = Resume.objects.get(pk=resume.pk).finished_at
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.finished_at == finished_at
    assert resume.attempts == 1
    assert Candidate.objects.count() == 1


def test_it_does_not_claim_a_resume_another_worker_is_parsing():
    resume = make_resume(status=Resume.Status.PARSING, started_at=timezone.now())
    assert not services.resume_claim(resume_id=resume.pk)


def test_it_takes_over_a_claim_older_than_the_time_limit(settings):
    stale = timezone.now() - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 5)
    resume = make_resume(status=Resume.Status.PARSING, started_at=stale)
    assert services.resume_claim(resume_id=resume.pk)


def test_an_unreadable_file_is_kept_with_its_reason():
    resume = make_resume(content=b"this is a word document, honest")
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.FAILED
    assert "not a PDF" in resume.error
    assert bytes(resume.file.content) == b"this is a word document, honest"


def test_a_parser_crash_is_recorded_not_raised(monkeypatch):
    def crash(*args, **kwargs):
        raise ValueError("unexpected layout")

    monkeypatch.setattr(parsing, "parse_pdf", crash)
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.FAILED
    assert resume.error == "the parser failed (ValueError: unexpected layout)"


def test_a_database_error_gives_the_resume_back_to_the_queue(monkeypatch):
    def lose_connection(**kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr(services, "resume_store_parsed", lose_connection)
    resume = make_resume()
    with pytest.raises(OperationalError):
        services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.QUEUED


def test_a_failed_resume_can_be_queued_again(django_capture_on_commit_callbacks):
    resume = make_resume(status=Resume.Status.FAILED, error="timed out")
    with django_capture_on_commit_callbacks() as callbacks:
        assert services.resume_requeue(resume=resume)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.QUEUED
    assert resume.error == ""
    assert len(callbacks) == 1


def test_a_resume_in_flight_is_not_queued_twice(django_capture_on_commit_callbacks):
    resume = make_resume(status=Resume.Status.PARSING, started_at=timezone.now())
    with django_capture_on_commit_callbacks() as callbacks:
        assert not services.resume_requeue(resume=resume)
    assert callbacks == []


def test_parsing_again_replaces_the_rows_instead_of_adding():
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    educations = Education.objects.count()
    services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    assert Candidate.objects.count() == 1
    assert Education.objects.count() == educations


def test_nul_characters_never_reach_the_database(monkeypatch):
    parsed = parsing.ParsedResume(name="Ana\x00 Lima", emails=("ana@example.com",), text="A\x00B")
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.candidate.name == "Ana Lima"
    assert resume.text == "AB"
    assert resume.parsed["name"] == "Ana Lima"


@pytest.mark.parametrize(
    ("name", "authors", "expected"),
    [
        ("Xiao Wen Li", ["Wei Chen", "Xiao Wen Li"], 2),
        ("Xiao Li", ["X. Li", "B. Smith"], 1),
        ("Priya Raman", ["A. Kumar", "B. Singh", "P. Raman"], 3),
        ("Priya Raman", ["A. Kumar", "R. Priya"], None),
        ("Priya", ["Priya"], None),
    ],
)
def test_author_position_matches_initials_and_family_names(name, authors, expected):
    assert services.author_position(name, authors) == expected


def test_a_failure_to_store_the_result_is_recorded(monkeypatch):
    def broken_store(**kwargs):
        raise KeyError("venue")

    monkeypatch.setattr(services, "resume_store_parsed", broken_store)
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.FAILED
    assert resume.error == "the result could not be stored (KeyError: 'venue')"


def test_a_new_version_of_a_resume_updates_the_same_candidate(monkeypatch):
    versions = iter([
        parsing.ParsedResume(name="Ana Lima", emails=("ana@example.com",), skills=("python",)),
        parsing.ParsedResume(name="Ana P. Lima", emails=("work@example.org", "ANA@example.com"), skills=("rust",)),
    ])
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: next(versions))
    first = make_resume(content=b"%PDF v1")
    second = make_resume(content=b"%PDF v2")
    services.resume_parse(resume_id=first.pk)
    services.resume_parse(resume_id=second.pk)
    assert Candidate.objects.count() == 1
    candidate = Candidate.objects.get()
    assert candidate.name == "Ana P. Lima"
    assert list(candidate.skills.values_list("name", flat=True)) == ["rust"]
    assert candidate.resumes.count() == 2


def test_resumes_without_a_shared_email_are_different_candidates(monkeypatch):
    versions = iter([
        parsing.ParsedResume(name="Ana Lima", emails=("ana@example.com",)),
        parsing.ParsedResume(name="Ana Lima", emails=("lima@example.com",)),
    ])
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: next(versions))
    for content in (b"%PDF a", b"%PDF b"):
        services.resume_parse(resume_id=make_resume(content=content).pk)
    assert Candidate.objects.count() == 2


def _parse_in_turn(monkeypatch, *versions: parsing.ParsedResume) -> list[Resume]:
    """Upload and parse one resume per version, in order; the resumes, oldest first."""
    queue = iter(versions)
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: next(queue))
    resumes = [make_resume(content=f"%PDF version {i}".encode()) for i in range(len(versions))]
    for resume in resumes:
        services.resume_parse(resume_id=resume.pk)
    return resumes


def test_a_resume_with_the_same_phone_printed_another_way_is_the_same_person(monkeypatch):
    _parse_in_turn(
        monkeypatch,
        parsing.ParsedResume(name="Wei Zhang", emails=("wei@example.edu",), phones=("+86 139 8626 5335",)),
        parsing.ParsedResume(name="Wei Zhang", emails=("wei.zhang@corp.example",), phones=("139-8626-5335",)),
    )
    candidate = Candidate.objects.get()
    assert candidate.resumes.count() == 2
    assert candidate.emails == ["wei.zhang@corp.example"]  # from the newest resume


def test_a_resume_with_the_same_profile_link_is_the_same_person(monkeypatch):
    _parse_in_turn(
        monkeypatch,
        parsing.ParsedResume(name="Jane Roe", emails=("jane@uni.example",), links=("linkedin.com/in/jane-roe",)),
        parsing.ParsedResume(name="Jane Roe", emails=("jr@startup.example",),
                             links=("https://www.linkedin.com/in/Jane-Roe/", "github.com/janeroe")),
    )
    assert Candidate.objects.count() == 1


def test_a_link_to_a_shared_project_does_not_make_two_people_one(monkeypatch):
    _parse_in_turn(
        monkeypatch,
        parsing.ParsedResume(name="Jane Roe", emails=("jane@uni.example",), links=("github.com/pytorch/pytorch",)),
        parsing.ParsedResume(name="Li Wei", emails=("li@uni.example",), links=("github.com/pytorch/pytorch",)),
    )
    assert Candidate.objects.count() == 2


def test_an_older_resume_parsed_again_does_not_overwrite_the_newer_record(monkeypatch):
    old, new = _parse_in_turn(
        monkeypatch,
        parsing.ParsedResume(name="Ana Lima", emails=("ana@example.com",), skills=("python",)),
        parsing.ParsedResume(name="Ana P. Lima", emails=("ana@example.com", "ana@work.example"), skills=("rust",)),
    )
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsing.ParsedResume(
        name="Ana Lima", emails=("ana@example.com",), skills=("python", "java")))
    assert services.resume_requeue(resume=old)  # queued again, as after a parser upgrade
    services.resume_parse(resume_id=old.pk)
    candidate = Candidate.objects.get()
    assert candidate.name == "Ana P. Lima"
    assert list(candidate.skills.values_list("name", flat=True)) == ["rust"]
    old.refresh_from_db()
    assert old.status == Resume.Status.PARSED and old.candidate == candidate


def test_an_address_only_an_older_resume_printed_still_finds_the_person(monkeypatch):
    _parse_in_turn(
        monkeypatch,
        parsing.ParsedResume(name="Ana Lima", emails=("ana@student.example",), phones=("+55 11 91234 5678",)),
        parsing.ParsedResume(name="Ana Lima", emails=("ana@work.example",), phones=("+55 11 91234 5678",)),
        parsing.ParsedResume(name="Ana Lima", emails=("ana@student.example",)),  # the old address again
    )
    assert Candidate.objects.count() == 1
    assert Candidate.objects.get().resumes.count() == 3


RICH = parsing.ParsedResume(
    name="Wei Zhang", emails=("wei.zhang@example.com",), phones=("+86 138 0000 1111",),
    links=("https://github.com/weizhang",),
    education=(
        parsing.Education(institution="浙江大学", degree_level="bachelor", degree="B.Eng.", field="Computer Science",
                          start="2014", end="2018", gpa=91.5, gpa_scale=100),
        # a float just under a rounding edge (3.94499...): the summary must round it as the stored row does
        parsing.Education(institution="ETH Zürich", degree_level="master", degree="MSc", end="2020", gpa=3.945,
                          gpa_scale=4),
        parsing.Education(institution="Class XII, City School", degree_level="highschool", gpa=9.1, gpa_scale=10),
    ),
    experience=(parsing.Experience(organization="Acme Vision", title="Research Engineer", start="2020-07"),),
    publications=(
        parsing.Publication(title="Sparse depth from motion", venue="ICCV", year=2021,
                            authors=("Wei Zhang", "A. Author"), first_author=True),
        parsing.Publication(title="Tiny detectors", venue="CVPR", year=2022, authors=("B. Author", "W. Zhang"),
                            workshop=True),
        parsing.Publication(title="Under review thing", venue="AAAI", status="under_review",
                            authors=("W. Zhang",), first_author=None),
        parsing.Publication(title="Image coding", venue="ICIP", year=2019, authors=("C. Author", "Wei Zhang")),
    ),
    skills=("PyTorch", "C++", "python", "Go"),
    awards=("Best paper award",),
    text="Wei Zhang 浙江大学 ETH Zürich research engineer PyTorch depth from motion",
    quality=parsing.Quality(score=0.7, reasons=("two columns",)),
)
SUMMARY = [*services.SUMMARY_FIELDS[:-1], "name", "emails", "phones", "links"]  # not updated_at


def _record(candidate: Candidate) -> dict:
    """What a parse leaves of a candidate: the summary, every row (without ids), the skills and both kinds of key."""
    candidate = Candidate.objects.get(pk=candidate.pk)
    record = {field: getattr(candidate, field) for field in SUMMARY}
    for section, model in services.SECTIONS.items():
        record[section] = list(model.objects.filter(candidate=candidate).values(
            *[f.name for f in model._meta.concrete_fields if f.name not in ("id", "candidate")]))
    record["skills"] = sorted(candidate.skills.values_list("name", flat=True))
    record["contact keys"] = sorted(candidate.contact_keys.values_list("kind", "value"))
    record["match keys"] = sorted(MatchKey.objects.filter(candidate=candidate).values_list("kind", "value"))
    return record


def test_a_new_candidate_is_stored_as_a_parse_into_an_existing_one_would_store_it(monkeypatch):
    """A person seen for the first time takes the short path (services._candidate_create); parsing the same resume
    again goes the long way (reconciling rows, summarising from the database) and must find nothing to change."""
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: RICH)
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.PARSED, resume.error
    first = _record(resume.candidate)
    assert (first["gpa_4"], first["highest_degree_level"]) == (Decimal("3.95"), "master")
    assert (first["publication_count"], first["paper_count"], first["first_author_paper_count"]) == (4, 2, 1)
    assert first["skills"] == ["c++", "go", "python", "pytorch"]
    assert first["contact keys"] and first["match keys"]
    assert first["education"][0]["institution_key"].startswith("*")  # a known school, by its aliases

    services.candidate_summarize(candidate=resume.candidate)
    assert _record(resume.candidate) == first
    entries = [model.history.count() for model in (Candidate, *services.SECTIONS.values())]
    services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    assert _record(resume.candidate) == first
    # nothing changed, so the history says nothing: no row deleted and made again
    assert [model.history.count() for model in (Candidate, *services.SECTIONS.values())] == entries


def test_a_new_candidate_has_one_history_entry_with_its_skills(monkeypatch):
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: RICH)
    resume = make_resume()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    entry = resume.candidate.history.get()
    assert (entry.history_type, entry.name, entry.history_user) == ("+", "Wei Zhang", None)
    assert sorted(entry.skills.values_list("skill__name", flat=True)) == ["c++", "go", "python", "pytorch"]
    assert Publication.history.filter(candidate_id=resume.candidate.pk, history_type="+").count() == 4


def test_a_new_candidate_is_flagged_beside_a_probable_duplicate(monkeypatch):
    """The short path flags as the long one does: same name, a shared school, no shared contact."""
    other = parsing.ParsedResume(name="Wei Zhang", emails=("wz@elsewhere.example",),
                                 education=(parsing.Education(institution="浙江大学"),))
    for parsed in (other, RICH):
        monkeypatch.setattr(parsing, "parse_pdf", lambda *a, parsed=parsed, **k: parsed)
        services.resume_parse(resume_id=make_resume(content=make_pdf([(parsed.emails[0], 10, "Helvetica")])).pk)
    assert Candidate.objects.count() == 2
    assert DuplicatePair.objects.count() == 1
