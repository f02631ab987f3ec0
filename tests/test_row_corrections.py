"""Corrections that stick, row by row: a degree, a job, a paper or an award a recruiter corrects, adds or deletes on
the candidate page (in place, with htmx) or in the admin keeps that correction through every later parse."""

from decimal import Decimal
from pathlib import Path

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from candidates import corrections, parsing, services
from candidates.models import Candidate, Education, Publication, Resume

from .builders import make_resume

SHARED = Path(__file__).resolve().parents[2] / "shared"
SEEDS = [SHARED / "resumes" / "dev" / f"seed-00{n}.pdf" for n in (0, 1)]

MASTER = parsing.Education(institution="Zhejiang University", degree_level="master", degree="M.S.",
                           field="Information Engineering", start="2018-09", end="2021-06", gpa=3.2, gpa_scale=4.0)
BACHELOR = parsing.Education(institution="Zhejiang University", degree_level="bachelor", degree="B.Eng.",
                             field="Information Engineering", start="2014-09", end="2018-06")
PAPER = parsing.Publication(title="Sparse attention for long video understanding", venue="ICCV 2021", year=2021,
                            authors=("Wei Zhang", "Ana Ruiz"), author_position=1, first_author=True)


def _resume(**overrides) -> parsing.ParsedResume:
    fields = {"name": "Wei Zhang", "emails": ("wei@example.org",), "education": (MASTER, BACHELOR),
              "experience": (parsing.Experience(organization="Acme Vision", title="Research Intern", start="2020-06"),),
              "publications": (PAPER,), "awards": ("Best Paper Award",)}
    return parsing.ParsedResume(**{**fields, **overrides})


def _parse(monkeypatch, parsed, resume=None) -> Resume:
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    if resume is None:
        resume = make_resume(content=f"%PDF {parsed!r}".encode())
    else:
        assert services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    return resume


def _education_form(row: Education, **changes) -> dict:
    values = {name: getattr(row, name) for name in
              ("institution", "degree_level", "degree", "field", "start", "end", "gpa", "gpa_scale", "rank")}
    values = {name: "" if value is None else value for name, value in {**values, **changes}.items()}
    return values


def test_a_corrected_gpa_survives_a_re_parse_and_the_parse_updates_the_rest(recruiter_client, monkeypatch):
    resume = _parse(monkeypatch, _resume())
    candidate = resume.candidate
    master = candidate.education.get(degree_level="master")
    url = reverse("candidates:row_edit", args=[candidate.pk, "education", master.pk])
    response = recruiter_client.post(url, _education_form(master, gpa="3.9"), HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    page = response.content.decode()
    assert '<section id="education"' in page and "corrected by rita" in page and "GPA was 3.2" in page
    assert 'id="summary" hx-swap-oob="true"' in page and "3.9" in page  # the header's GPA follows

    moved = _resume(education=(MASTER.__class__(**{**MASTER.__dict__, "end": "2021-07", "gpa": 3.3}), BACHELOR))
    _parse(monkeypatch, moved, resume=resume)
    master = Candidate.objects.get().education.get(degree_level="master")
    assert master.gpa == Decimal("3.9") and master.edited["gpa"]["was"] == "3.2"  # the correction stays
    assert master.end == "2021-07"  # what nobody corrected follows the parse
    assert Candidate.objects.get().gpa_4 == Decimal("3.90")
    assert Education.objects.count() == 2


def test_a_deleted_entry_stays_deleted_and_can_be_restored(recruiter_client, monkeypatch):
    resume = _parse(monkeypatch, _resume())
    candidate = resume.candidate
    award = candidate.awards.get()
    recruiter_client.post(reverse("candidates:row_delete", args=[candidate.pk, "awards", award.pk]))
    _parse(monkeypatch, _resume(), resume=resume)
    candidate.refresh_from_db()
    assert not candidate.awards.exists()
    assert candidate.edited["removed"]["awards"][0]["by"] == "rita"
    page = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert "<del>Best Paper Award</del>" in page and "deleted by rita" in page

    recruiter_client.post(reverse("candidates:row_restore", args=[candidate.pk, "awards", 0]))
    candidate.refresh_from_db()
    assert [a.title for a in candidate.awards.all()] == ["Best Paper Award"] and "removed" not in candidate.edited


def test_an_added_entry_stays_and_is_not_doubled_when_a_parse_finds_it(recruiter_client, monkeypatch):
    resume = _parse(monkeypatch, _resume(publications=()))
    candidate = resume.candidate
    response = recruiter_client.post(reverse("candidates:row_add", args=[candidate.pk, "publications"]), {
        "title": PAPER.title, "venue": "ICCV", "year": "2021", "status": "published",
        "authors": "Wei Zhang\nAna Ruiz", "author_position": "1"})
    assert response.status_code == 302
    paper = Publication.objects.get()
    assert (paper.venue, paper.venue_tier, paper.first_author) == ("ICCV", "A*", True)
    assert corrections.ADDED in paper.edited
    _parse(monkeypatch, _resume(), resume=resume)  # a better parser now finds the paper too
    assert list(Publication.objects.values_list("title", flat=True)) == [PAPER.title]
    assert Candidate.objects.get().publication_count == 1


def test_a_corrected_venue_and_author_position_decide_rank_and_first_author(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, _resume()).candidate
    paper = candidate.publications.get()
    recruiter_client.post(reverse("candidates:row_edit", args=[candidate.pk, "publications", paper.pk]), {
        "title": paper.title, "venue": "ICIP", "year": "2021", "status": "published",
        "authors": "Ana Ruiz\nWei Zhang", "author_position": "2"})
    paper.refresh_from_db()
    assert (paper.venue, paper.author_position, paper.first_author) == ("ICIP", 2, False)
    assert paper.venue_tier != "A*" and {"venue", "venue_tier", "authors", "author_position"} <= set(paper.edited)
    assert paper.edited["venue"]["was"] == "ICCV"


def test_a_bad_value_is_refused_in_place_with_its_reason(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, _resume()).candidate
    master = candidate.education.get(degree_level="master")
    url = reverse("candidates:row_edit", args=[candidate.pk, "education", master.pk])
    response = recruiter_client.post(url, _education_form(master, gpa="4.5", end="June 2021"), HTTP_HX_REQUEST="true")
    page = response.content.decode()
    assert "A GPA of 4.5 does not fit a scale of 4.00" in page and "as YYYY, YYYY-MM or" in page
    assert "<details class=\"correct\" open>" in page  # the form stays open at the row
    master.refresh_from_db()
    assert master.gpa == Decimal("3.2") and master.edited == {}


def test_corrections_of_rows_are_refused_to_anonymous_users_and_to_get(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, _resume()).candidate
    award = candidate.awards.get()
    url = reverse("candidates:row_delete", args=[candidate.pk, "awards", award.pk])
    response = Client().post(url)
    assert response.status_code == 302 and "/accounts/login/" in response["Location"] and candidate.awards.exists()
    assert recruiter_client.get(url).status_code == 405
    other = _parse(monkeypatch, _resume(name="Ana Ruiz", emails=("ana@example.org",))).candidate
    wrong = reverse("candidates:row_delete", args=[other.pk, "awards", award.pk])  # a row of someone else
    assert recruiter_client.post(wrong).status_code == 404 and candidate.awards.exists()


def test_a_row_corrected_in_the_admin_is_marked_and_survives_a_re_parse(client, admin_user, monkeypatch):
    resume = _parse(monkeypatch, _resume())
    candidate = resume.candidate
    client.force_login(admin_user)
    url = reverse("admin:candidates_candidate_change", args=[candidate.pk])
    form = {"name": candidate.name, "emails": '["wei@example.org"]', "phones": "[]", "links": "[]"}
    for prefix in ("experience", "publications", "awards", "resumes"):
        form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    rows = list(candidate.education.order_by("position"))
    form.update({"education-TOTAL_FORMS": str(len(rows)), "education-INITIAL_FORMS": str(len(rows))})
    for i, row in enumerate(rows):
        values = {**_education_form(row), "gpa_4_stated": "", "position": row.position, "id": row.pk,
                  "candidate": candidate.pk}
        if row.degree_level == "master":
            values["gpa"] = "3.7"
        form.update({f"education-{i}-{name}": value for name, value in values.items()})
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[-3000:]
    master = candidate.education.get(degree_level="master")
    assert master.gpa == Decimal("3.7") and master.edited["gpa"]["by"] == "ada"
    assert "gpa" not in candidate.education.get(degree_level="bachelor").edited
    _parse(monkeypatch, _resume(), resume=resume)
    assert Candidate.objects.get().education.get(degree_level="master").gpa == Decimal("3.7")


def test_a_row_correction_is_in_the_history_with_its_author(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, _resume()).candidate
    job = candidate.experience.get()
    recruiter_client.post(reverse("candidates:row_edit", args=[candidate.pk, "experience", job.pk]),
                          {"title": "Research Scientist Intern", "organization": "Acme Vision", "start": "2020-06"})
    latest = job.history.latest()
    assert latest.title == "Research Scientist Intern" and latest.history_user.get_username() == "rita"


@pytest.mark.skipif(not all(p.exists() for p in SEEDS), reason=f"no seed resumes at {SHARED}")
def test_an_edited_gpa_survives_a_re_parse_of_all_resumes(recruiter_client):
    """The seed pair, parsed for real: two resumes of one person, one record; its master's GPA corrected; then
    the re-parse command queues every resume and each is parsed again."""
    for path in SEEDS:
        services.resume_parse(resume_id=make_resume(content=path.read_bytes(), original_name=path.name).pk)
    candidate = Candidate.objects.exclude(name="").get()  # seed-000 prints no name nor contact: flagged, not joined
    master = candidate.education.get(degree_level="master")
    recruiter_client.post(reverse("candidates:row_edit", args=[candidate.pk, "education", master.pk]),
                          _education_form(master, gpa="3.85", gpa_scale="4"))
    call_command("reparse_resumes", "--all")
    assert Resume.objects.filter(status=Resume.Status.QUEUED).count() == 2
    for resume in Resume.objects.order_by("pk"):
        services.resume_parse(resume_id=resume.pk)
    candidate = Candidate.objects.get(pk=candidate.pk)
    master = candidate.education.get(degree_level="master")
    assert (master.gpa, master.gpa_scale) == (Decimal("3.85"), Decimal("4"))
    assert candidate.education.count() == 2 and candidate.gpa_4 == Decimal("3.85")
    assert Resume.objects.filter(status=Resume.Status.PARSED).count() == 2
