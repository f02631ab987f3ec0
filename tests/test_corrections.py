"""Corrections that stick: a recruiter's correction of the name and contact details is marked as edited and never
overwritten by a newer resume or a re-parse."""

from django.urls import reverse

from candidates import parsing, services
from candidates.models import Candidate, Resume

from .builders import make_resume


def _parse(monkeypatch, parsed, content=b"%PDF correction") -> Resume:
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    resume = make_resume(content=content)
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    return resume


def test_a_corrected_name_and_phone_survive_a_newer_resume(recruiter_client, recruiter, monkeypatch):
    first = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zang", emails=("wei@example.org",),
                                                     phones=("+86 139 0000 1111",)))
    candidate = first.candidate
    response = recruiter_client.post(reverse("candidates:contacts_edit", args=[candidate.pk]), {
        "name": "Wei Zhang", "emails": "wei@example.org", "phones": "+86 139 0000 2222", "links": ""})
    assert response.status_code == 302
    candidate.refresh_from_db()
    assert (candidate.name, candidate.phones) == ("Wei Zhang", ["+86 139 0000 2222"])
    assert candidate.edited["name"]["by"] == "rita" and candidate.edited["name"]["was"] == "Wei Zang"

    _parse(monkeypatch, parsing.ParsedResume(name="Wei Zang", emails=("wei@example.org", "wz@corp.example"),
                                             phones=("+86 139 0000 1111",)), content=b"%PDF newer")
    candidate = Candidate.objects.get()
    assert candidate.name == "Wei Zhang" and candidate.phones == ["+86 139 0000 2222"]  # kept as corrected
    assert candidate.emails == ["wei@example.org", "wz@corp.example"]  # not corrected: from the newer resume

    page = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert "edited by rita" in page and "was: Wei Zang" in page
    assert "Phones edited by rita" in page


def test_a_correction_is_in_the_history_with_its_author(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zang", emails=("wei@example.org",))).candidate
    recruiter_client.post(reverse("candidates:contacts_edit", args=[candidate.pk]),
                          {"name": "Wei Zhang", "emails": "wei@example.org"})
    latest = candidate.history.order_by("-history_date").first()
    assert (latest.name, latest.history_user.username) == ("Wei Zhang", "rita")


def test_a_corrected_email_brings_that_persons_next_resume_here(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zhang", emails=("typo@exmaple.org",))).candidate
    recruiter_client.post(reverse("candidates:contacts_edit", args=[candidate.pk]),
                          {"name": "Wei Zhang", "emails": "wei@example.org"})
    _parse(monkeypatch, parsing.ParsedResume(name="Wei Zhang", emails=("wei@example.org",)), content=b"%PDF next")
    assert Candidate.objects.count() == 1


def test_a_malformed_address_is_refused_with_its_reason(recruiter_client, monkeypatch):
    candidate = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zhang", emails=("wei@example.org",))).candidate
    response = recruiter_client.post(reverse("candidates:contacts_edit", args=[candidate.pk]),
                                     {"name": "Wei Zhang", "emails": "not an address"}, follow=True)
    assert "Not an e-mail address: not an address" in response.content.decode()
    candidate.refresh_from_db()
    assert candidate.emails == ["wei@example.org"] and candidate.edited == {}


def test_a_correction_in_the_admin_sticks_too(client, admin_user, monkeypatch):
    candidate = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zang", emails=("wei@example.org",))).candidate
    client.force_login(admin_user)
    url = reverse("admin:candidates_candidate_change", args=[candidate.pk])
    form = {"name": "Wei Zhang", "emails": "wei@example.org", "phones": "", "links": "", "edited": "{}"}
    for prefix in ("education", "experience", "publications", "awards", "resumes"):
        form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = client.post(url, form)
    assert response.status_code == 302, response.content.decode()[-2000:]
    candidate.refresh_from_db()
    assert candidate.name == "Wei Zhang" and candidate.edited["name"]["by"] == "ada"
    _parse(monkeypatch, parsing.ParsedResume(name="Wei Zang", emails=("wei@example.org",)), content=b"%PDF again")
    assert Candidate.objects.get().name == "Wei Zhang"


def test_the_admin_edits_contact_details_one_a_line_not_as_json(client, admin_user):
    candidate = Candidate.objects.create(name="Wei Zhang", emails=["wei@example.org", "wz@corp.example"],
                                         phones=["+86 139 0000 2222"])
    client.force_login(admin_user)
    url = reverse("admin:candidates_candidate_change", args=[candidate.pk])
    page = client.get(url).content.decode()
    assert 'id="id_emails">\nwei@example.org\nwz@corp.example</textarea>' in page and "[&quot;" not in page
    form = {"name": "Wei Zhang", "emails": "wei@example.org\n  \nnew@example.org ", "phones": "+86 139 0000 2222",
            "links": "github.com/weizhang"}
    for prefix in ("education", "experience", "publications", "awards", "resumes"):
        form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    assert client.post(url, form).status_code == 302
    candidate.refresh_from_db()
    assert (candidate.emails, candidate.links) == (["wei@example.org", "new@example.org"], ["github.com/weizhang"])
    refused = client.post(url, {**form, "emails": "not an address"}).content.decode()
    assert "Not an e-mail address: not an address" in refused


def test_a_corrected_skills_list_survives_a_re_parse(recruiter_client, monkeypatch):
    resume = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zhang", emails=("wei@example.org",),
                                                      skills=("python", "ml")))
    candidate = resume.candidate
    recruiter_client.post(reverse("candidates:skills_edit", args=[candidate.pk]), {"skills": "Python, PyTorch\nCUDA"})
    assert sorted(candidate.skills.values_list("name", flat=True)) == ["cuda", "python", "pytorch"]
    candidate.refresh_from_db()
    assert candidate.edited["skills"]["was"] == ["ml", "python"]
    assert services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    assert sorted(Candidate.objects.get().skills.values_list("name", flat=True)) == ["cuda", "python", "pytorch"]
    page = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert 'title="was: ml, python">edited by rita' in page
    assert "pytorch" in Candidate.objects.get().search_text


def test_a_skills_list_corrected_in_the_admin_sticks_too(client, admin_user, monkeypatch):
    resume = _parse(monkeypatch, parsing.ParsedResume(name="Wei Zhang", emails=("wei@example.org",),
                                                      skills=("python", "ml")))
    candidate = resume.candidate
    client.force_login(admin_user)
    form = {"name": "Wei Zhang", "emails": "wei@example.org", "phones": "", "links": "",
            "skills": [str(candidate.skills.get(name="python").pk)]}
    for prefix in ("education", "experience", "publications", "awards", "resumes"):
        form.update({f"{prefix}-TOTAL_FORMS": "0", f"{prefix}-INITIAL_FORMS": "0"})
    response = client.post(reverse("admin:candidates_candidate_change", args=[candidate.pk]), form)
    assert response.status_code == 302, response.content.decode()[-2000:]
    candidate.refresh_from_db()
    assert candidate.edited["skills"] == {**candidate.edited["skills"], "by": "ada", "was": ["ml", "python"]}
    assert services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    assert list(Candidate.objects.get().skills.values_list("name", flat=True)) == ["python"]
