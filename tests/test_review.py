"""The needs-review queue: doubtful parses one at a time, least trusted first, the PDF beside the record with the
parser's reasons; corrected in place and marked reviewed, each leaves the queue."""

from django.test import Client
from django.urls import reverse

from candidates import parsing, services
from candidates.models import Candidate, Resume

from .builders import make_resume


def _parsed(monkeypatch, name: str, score: float, reasons=()) -> Candidate:
    parsed = parsing.ParsedResume(name=name, emails=(f"{name.split()[0].lower()}@example.org",),
                                  quality=parsing.Quality(score=score, reasons=tuple(reasons)))
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    resume = make_resume(content=f"%PDF {name}".encode(), original_name=f"{name}.pdf")
    services.resume_parse(resume_id=resume.pk)
    return Candidate.objects.get(name=name)


def test_the_queue_shows_the_least_trusted_first_with_the_pdf_and_the_reasons(recruiter_client, monkeypatch):
    _parsed(monkeypatch, "Ana Lima", 0.6, ["no education section found"])
    worst = _parsed(monkeypatch, "Bo Chen", 0.4, ["the name was not found", "no dates read"])
    _parsed(monkeypatch, "Cy Diaz", 0.95)  # trusted: not in the queue
    page = recruiter_client.get(reverse("candidates:review")).content.decode()
    assert "Review <a href=\"%s\">Bo Chen</a>" % worst.get_absolute_url() in page
    assert "the name was not found; no dates read" in page and "parse confidence 40%" in page
    assert f'<iframe src="{worst.resumes.get().get_file_url()}"' in page
    assert "2 left" in page and "Cy Diaz" not in page
    assert 'id="education"' in page and "Add to education" in page  # corrected in place, as on its page


def test_marking_reviewed_takes_the_record_out_of_the_queue_and_opens_the_next(recruiter_client, monkeypatch):
    first = _parsed(monkeypatch, "Bo Chen", 0.4)
    second = _parsed(monkeypatch, "Ana Lima", 0.6)
    resume = first.resumes.get()
    response = recruiter_client.post(reverse("candidates:resume_reviewed", args=[resume.pk]),
                                     {"next": reverse("candidates:review")})
    assert response.status_code == 302 and response["Location"] == reverse("candidates:review")
    resume.refresh_from_db()
    assert resume.reviewed_by.get_username() == "rita" and resume.reviewed_at is not None
    first.refresh_from_db()
    assert first.needs_review is False
    assert list(Candidate.objects.filter(needs_review=True)) == [second]
    page = recruiter_client.get(reverse("candidates:review")).content.decode()
    assert "Ana Lima" in page and "1 left" in page
    detail = recruiter_client.get(first.get_absolute_url()).content.decode()
    assert "reviewed by rita" in detail and "Mark reviewed" not in detail


def test_a_record_skipped_comes_after_the_others(recruiter_client, monkeypatch):
    first = _parsed(monkeypatch, "Bo Chen", 0.4)
    _parsed(monkeypatch, "Ana Lima", 0.6)
    page = recruiter_client.get(reverse("candidates:review") + f"?skip={first.pk}").content.decode()
    assert "Ana Lima" in page and "1 skipped" in page
    rest = recruiter_client.get(reverse("candidates:review") + f"?skip={first.pk},999").content.decode()
    assert "Ana Lima" in rest
    empty = recruiter_client.get(reverse("candidates:review") + f"?skip={first.pk},{first.pk + 1}").content.decode()
    assert "Nothing needs review but the 2 records skipped" in empty


def test_a_correction_made_from_the_queue_comes_back_to_the_queue(recruiter_client, monkeypatch):
    candidate = _parsed(monkeypatch, "Bo Chen", 0.4)
    here = reverse("candidates:review")
    response = recruiter_client.post(reverse("candidates:contacts_edit", args=[candidate.pk]),
                                     {"name": "Bo Chen", "emails": "bo.chen@example.org", "next": here})
    assert response["Location"] == here
    assert Candidate.objects.get().edited["emails"]["by"] == "rita"


def test_the_candidate_page_offers_to_mark_a_doubtful_parse_reviewed(recruiter_client, monkeypatch):
    candidate = _parsed(monkeypatch, "Bo Chen", 0.4, ["no dates read"])
    page = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert "Needs review:</strong> no dates read" in page
    assert reverse("candidates:resume_reviewed", args=[candidate.resumes.get().pk]) in page


def test_the_queue_and_marking_are_refused_to_anonymous_users_and_get(recruiter_client, monkeypatch):
    resume = _parsed(monkeypatch, "Bo Chen", 0.4).resumes.get()
    anonymous = Client()
    assert "/accounts/login/" in anonymous.get(reverse("candidates:review"))["Location"]
    url = reverse("candidates:resume_reviewed", args=[resume.pk])
    assert "/accounts/login/" in anonymous.post(url)["Location"]
    assert recruiter_client.get(url).status_code == 405
    assert Resume.objects.get().reviewed_at is None


def test_an_admin_sees_only_unreviewed_doubtful_resumes_under_needs_review(client, admin_user, monkeypatch):
    reviewed = _parsed(monkeypatch, "Bo Chen", 0.4).resumes.get()
    _parsed(monkeypatch, "Ana Lima", 0.6)
    services.resume_mark_reviewed(resume=reviewed, user=admin_user)
    client.force_login(admin_user)
    page = client.get(reverse("admin:candidates_resume_changelist") + "?needs_review=1").content.decode()
    assert "Ana Lima.pdf" in page and "Bo Chen.pdf" not in page
