import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from candidates.models import (
    Award,
    Candidate,
    DuplicatePair,
    Education,
    Erasure,
    Experience,
    Merge,
    Note,
    Publication,
    Rating,
    Resume,
    ResumeFile,
    Shortlist,
    ShortlistEntry,
    Skill,
    Tag,
)
from tests.builders import make_candidate, make_pdf, make_resume, summarize

pytestmark = pytest.mark.django_db


def pdf_upload(name: str, content: bytes | None = None) -> SimpleUploadedFile:
    return SimpleUploadedFile(name, content or make_pdf(), content_type="application/pdf")


@pytest.mark.parametrize(
    "url",
    ["/", "/candidates/1/", "/upload/", "/resumes/1/file/", "/admin/", "/candidates/1/merge/2/",
     "/candidates/1/erase/"],
)
def test_every_page_needs_a_login(client, url):
    response = client.get(url)
    assert response.status_code == 302
    assert "login" in response["Location"]


@pytest.mark.parametrize("url", ["/candidates/1/merge/2/", "/merges/1/undo/", "/duplicates/1/dismiss/"])
def test_anonymous_merges_and_judgements_are_refused(client, url):
    response = client.post(url)
    assert response.status_code == 302 and "login" in response["Location"]


def test_anonymous_retry_is_refused(client):
    resume = make_resume(status=Resume.Status.FAILED)
    response = client.post(reverse("candidates:resume_retry", args=[resume.pk]))
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert Resume.objects.get(pk=resume.pk).status == Resume.Status.FAILED


def test_the_login_page_is_public(client):
    assert client.get(reverse("login")).status_code == 200


def test_upload_stores_each_file_and_queues_it(recruiter_client, recruiter, django_capture_on_commit_callbacks):
    files = [pdf_upload("one.pdf", make_pdf([("One", 12, "Helvetica")])), pdf_upload("two.pdf")]
    with django_capture_on_commit_callbacks() as callbacks:
        response = recruiter_client.post(reverse("candidates:upload"), {"files": files})
    assert response.status_code == 302
    assert len(callbacks) == 2
    assert sorted(Resume.objects.values_list("original_name", flat=True)) == ["one.pdf", "two.pdf"]
    assert set(Resume.objects.values_list("uploaded_by", flat=True)) == {recruiter.pk}
    assert ResumeFile.objects.count() == 2


def test_upload_of_the_same_file_twice_says_so(recruiter_client):
    content = make_pdf()
    recruiter_client.post(reverse("candidates:upload"), {"files": [pdf_upload("a.pdf", content)]})
    response = recruiter_client.post(
        reverse("candidates:upload"), {"files": [pdf_upload("b.pdf", content)]}, follow=True
    )
    assert Resume.objects.count() == 1
    assert "b.pdf: the same file was already uploaded as a.pdf." in response.content.decode()


def test_upload_without_files_shows_the_error(recruiter_client):
    response = recruiter_client.post(reverse("candidates:upload"), {})
    assert response.status_code == 200
    assert "This field is required." in response.content.decode()
    assert Resume.objects.count() == 0


def test_the_status_partial_polls_while_a_resume_is_in_flight(recruiter_client, recruiter):
    make_resume(uploaded_by=recruiter)
    response = recruiter_client.get(reverse("candidates:upload"), headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "<html" not in body
    assert 'hx-trigger="every 2s"' in body
    assert 'data-status="queued"' in body
    assert "<small>1 queued</small>" in body


def test_the_status_partial_stops_polling_when_all_are_done(recruiter_client, recruiter):
    make_resume(uploaded_by=recruiter, status=Resume.Status.FAILED, error="no text layer: a scanned image")
    response = recruiter_client.get(reverse("candidates:upload"), headers={"HX-Request": "true"})
    body = response.content.decode()
    assert "hx-trigger" not in body
    assert "no text layer: a scanned image" in body
    assert "Retry" in body


def test_a_recruiter_sees_only_their_own_uploads(recruiter_client, other_recruiter):
    make_resume(uploaded_by=other_recruiter, original_name="not-mine.pdf")
    assert "not-mine.pdf" not in recruiter_client.get(reverse("candidates:upload")).content.decode()


def test_retry_refuses_get(recruiter_client):
    resume = make_resume(status=Resume.Status.FAILED)
    assert recruiter_client.get(reverse("candidates:resume_retry", args=[resume.pk])).status_code == 405


def test_retry_queues_a_failed_resume_again(recruiter_client, django_capture_on_commit_callbacks):
    resume = make_resume(status=Resume.Status.FAILED, error="timed out")
    with django_capture_on_commit_callbacks() as callbacks:
        response = recruiter_client.post(reverse("candidates:resume_retry", args=[resume.pk]))
    assert response.status_code == 302
    assert Resume.objects.get(pk=resume.pk).status == Resume.Status.QUEUED
    assert len(callbacks) == 1


def test_the_original_pdf_is_served_to_a_signed_in_user(recruiter_client):
    content = make_pdf()
    resume = make_resume(content=content, original_name="mira castellanos.pdf")
    response = recruiter_client.get(resume.get_file_url())
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "inline" in response["Content-Disposition"]
    assert b"".join(response.streaming_content) == content


def test_the_list_shows_each_candidate_with_degree_gpa_and_skills(recruiter_client):
    candidate = make_candidate(name="Lena Vogel")
    Education.objects.create(candidate=candidate, institution="ETH Zurich", degree="M.Sc.", degree_level="master",
                             gpa="5.6", gpa_scale="6", end="2021")
    Education.objects.create(candidate=candidate, institution="TU Munich", degree="B.Sc.", degree_level="bachelor",
                             end="2019", position=1)
    Publication.objects.create(candidate=candidate, title="Sparse Things", venue="CVPR", year=2022)
    candidate.skills.add(Skill.objects.create(name="pytorch"))
    summarize(candidate)
    body = recruiter_client.get("/").content.decode()
    assert "Lena Vogel" in body
    assert "M.Sc., ETH Zurich" in body
    assert "5.6/6 ≈ 3.73" in body
    assert "pytorch" in body


def test_the_list_escapes_what_a_resume_says(recruiter_client):
    make_candidate(name="<script>alert(1)</script>")
    body = recruiter_client.get("/").content.decode()
    assert "<script>alert(1)</script>" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body


def test_the_detail_page_shows_every_parsed_field(recruiter_client):
    candidate = make_candidate(name="Lena Vogel", emails=["lena@example.org"], phones=["+41441234567"],
                               links=["github.com/lvogel"])
    Education.objects.create(candidate=candidate, institution="ETH Zurich", degree="M.Sc.", field="Robotics",
                             degree_level="master", gpa="90.75", gpa_scale="100", gpa_4_stated="3.86", rank="3/120")
    Experience.objects.create(candidate=candidate, organization="DeepMind", title="Research Intern",
                              start="2022-06", end="2022-09")
    Publication.objects.create(candidate=candidate, title="Sparse Things", venue="CVPR", venue_tier="A*",
                               year=2022, authors=["Lena Vogel", "Bo Li"], author_position=1, first_author=True)
    Award.objects.create(candidate=candidate, title="Best Paper Award")
    candidate.skills.add(Skill.objects.create(name="pytorch"))
    resume = make_resume(candidate=candidate, status=Resume.Status.PARSED)
    body = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    for text in ["lena@example.org", "+41441234567", "github.com/lvogel", "ETH Zurich", "Robotics", "90.75/100",
                 "stated 3.86/4", "3/120", "DeepMind", "Research Intern", "2022-06", "Sparse Things", "CVPR", "A*",
                 "author 1 of 2", "Best Paper Award", "pytorch", resume.get_file_url()]:
        assert text in body, text


def test_a_missing_candidate_is_a_404(recruiter_client):
    assert recruiter_client.get("/candidates/999/").status_code == 404


@pytest.mark.parametrize("model", [Candidate, Resume, ResumeFile, Education, Experience, Publication, Skill, Award,
                                   Tag, Note, Rating, Shortlist, ShortlistEntry, DuplicatePair, Merge, Erasure])
def test_admin_lists_every_model(client, admin_user, model):
    client.force_login(admin_user)
    url = reverse(f"admin:candidates_{model._meta.model_name}_changelist")
    assert client.get(url).status_code == 200


def test_admin_can_open_a_candidate_to_correct_it(client, admin_user):
    candidate = make_candidate(name="Lena Vogel")
    Education.objects.create(candidate=candidate, institution="ETH Zurich", degree_level="master")
    client.force_login(admin_user)
    response = client.get(reverse("admin:candidates_candidate_change", args=[candidate.pk]))
    assert response.status_code == 200
    assert "ETH Zurich" in response.content.decode()


def test_a_recruiter_who_is_not_staff_cannot_use_admin(recruiter_client):
    response = recruiter_client.get("/admin/")
    assert response.status_code == 302


def test_an_admin_correction_updates_the_dashboard_summary(client, admin_user):
    candidate = make_candidate(name="Lena Vogel")
    client.force_login(admin_user)
    url = reverse("admin:candidates_candidate_change", args=[candidate.pk])
    form = {
        "name": "Lena Vogel", "emails": '["lena@example.org"]', "phones": "[]", "links": "[]",
        "education-TOTAL_FORMS": "1", "education-INITIAL_FORMS": "0",
        "education-0-institution": "ETH Zurich", "education-0-degree_level": "phd", "education-0-gpa": "5.5",
        "education-0-gpa_scale": "6", "education-0-position": "0",
    }
    for prefix in ("experience", "publications", "awards", "resumes"):
        form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[:2000]
    candidate.refresh_from_db()
    assert (candidate.highest_degree_level, candidate.highest_institution) == ("phd", "ETH Zurich")
    assert str(candidate.gpa_4) == "3.67"


def test_fragments_vary_on_the_htmx_header_so_back_shows_the_whole_page(recruiter_client):
    for url in ("/", "/upload/"):
        response = recruiter_client.get(url, headers={"HX-Request": "true"})
        assert "HX-Request" in response["Vary"]


def test_htmx_history_restore_gets_the_whole_page(recruiter_client):
    response = recruiter_client.get("/", headers={"HX-Request": "true", "HX-History-Restore-Request": "true"})
    assert "<html" in response.content.decode()


def test_a_file_over_the_upload_limit_is_refused_by_name_and_the_rest_stored(recruiter_client, settings):
    settings.UPLOAD_MAX_BYTES = 2000
    big = pdf_upload("huge.pdf", b"%PDF-1.4 " + b"x" * 3000)
    small = pdf_upload("small.pdf", b"%PDF-1.4 small")
    response = recruiter_client.post(reverse("candidates:upload"), {"files": [big, small]}, follow=True)
    body = response.content.decode()
    assert "huge.pdf was not stored: 2.9\xa0KB, over the 2.0\xa0KB limit." in body
    assert list(Resume.objects.values_list("original_name", flat=True)) == ["small.pdf"]


def test_the_candidate_page_lists_every_resume_and_shows_the_one_asked_for(recruiter_client):
    candidate = make_candidate(name="Wei Zhang")
    older = make_resume(content=b"%PDF older", candidate=candidate, status=Resume.Status.PARSED, original_name="cv-2024.pdf")
    newer = make_resume(content=b"%PDF newer", candidate=candidate, status=Resume.Status.PARSED, original_name="cv-2026.pdf")
    body = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert "Resumes (2)" in body
    assert body.count(older.get_file_url()) >= 1 and "cv-2024.pdf" in body
    assert f'<iframe src="{newer.get_file_url()}"' in body  # the newest parsed one by default
    body = recruiter_client.get(f"{candidate.get_absolute_url()}?resume={older.pk}").content.decode()
    assert f'<iframe src="{older.get_file_url()}"' in body


def test_a_resume_of_someone_else_cannot_be_shown_on_a_candidate_page(recruiter_client):
    candidate = make_candidate(name="Wei Zhang")
    own = make_resume(content=b"%PDF own", candidate=candidate, status=Resume.Status.PARSED)
    other = make_resume(content=b"%PDF other", candidate=make_candidate(name="Li Wei"), status=Resume.Status.PARSED)
    body = recruiter_client.get(f"{candidate.get_absolute_url()}?resume={other.pk}").content.decode()
    assert f'<iframe src="{own.get_file_url()}"' in body
    assert other.get_file_url() not in body


def test_a_signed_in_users_pages_are_not_stored_by_the_browser(recruiter_client, client):
    for url in ("/", "/upload/", "/shortlists/"):
        response = recruiter_client.get(url)
        assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
        assert "{#" not in response.content.decode()  # a template comment left unparsed shows on the page
