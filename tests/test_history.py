"""Roles and history: recruiters use the dashboard, staff the admin; every change to a candidate's data is in a
history staff can read, and an erasure takes the person's history with it."""

from django.contrib.auth.models import Group
from django.urls import reverse

from candidates import parsing, services
from candidates.models import Candidate, Education, Erasure

from .builders import make_candidate, make_resume


def _parsed(monkeypatch, parsed):
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    resume = make_resume(content=b"%PDF history")
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    return resume.candidate


def test_a_parse_is_in_the_history_without_a_user(monkeypatch, db):
    candidate = _parsed(monkeypatch, parsing.ParsedResume(name="Ana Lima", emails=("ana@example.com",), education=(
        parsing.Education(institution="ETH Zurich", degree_level="master"),)))
    record = candidate.history.get()
    assert (record.history_type, record.name, record.history_user) == ("+", "Ana Lima", None)
    assert Education.history.filter(candidate_id=candidate.pk, institution="ETH Zurich").exists()


def test_changes_made_through_the_site_name_who_made_them(recruiter_client, recruiter, client, admin_user):
    one = make_candidate(name="Wei Zhang", emails=["wei@uni.example"])
    two = make_candidate(name="Zhang Wei", emails=["wei@corp.example"])
    two_id = two.pk
    recruiter_client.post(reverse("candidates:merge", args=[one.pk, two.pk]), {"name": "absorbed"})
    changed = one.history.order_by("-history_date").first()
    assert (changed.name, changed.history_user) == ("Zhang Wei", recruiter)
    assert Candidate.history.filter(id=two_id, history_type="-").get().history_user == recruiter

    client.force_login(admin_user)
    page = client.get(reverse("admin:candidates_candidate_history", args=[one.pk]))
    assert page.status_code == 200 and "rita" in page.content.decode()


def test_an_erasure_takes_the_persons_history_and_keeps_its_own_entry(monkeypatch, admin_user):
    candidate = _parsed(monkeypatch, parsing.ParsedResume(name="Ana Lima", emails=("ana@example.com",), education=(
        parsing.Education(institution="ETH Zurich", degree_level="master"),)))
    candidate_id = candidate.pk
    services.candidate_erase(candidate=candidate, user=admin_user, reason=Erasure.Reason.REQUEST)
    assert not Candidate.history.filter(id=candidate_id).exists()
    assert not Education.history.filter(candidate_id=candidate_id).exists()
    assert Erasure.objects.filter(candidate_id=candidate_id, erased_by=admin_user).exists()


def test_recruiters_have_their_group_and_the_admin_stays_closed_to_them(client, recruiter):
    recruiters = Group.objects.get(name="Recruiters")  # made by a migration
    recruiter.groups.add(recruiters)
    client.force_login(recruiter)
    assert client.get(reverse("candidates:list")).status_code == 200
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
