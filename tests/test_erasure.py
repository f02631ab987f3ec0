"""Erasure: a data-subject request or the end of the retention period removes the person and keeps only an audit
entry without their data."""

from datetime import timedelta
from io import StringIO

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone

from candidates import services
from candidates.models import (
    Candidate,
    ContactKey,
    DuplicatePair,
    Erasure,
    Merge,
    Note,
    Rating,
    Resume,
    ResumeFile,
    ShortlistEntry,
)

from .builders import make_candidate, make_resume


@pytest.fixture
def person(recruiter):
    candidate = make_candidate(name="Jane Roe", emails=["jane@example.org"])
    make_resume(content=b"%PDF jane one", candidate=candidate, status=Resume.Status.PARSED, text="Jane Roe resume text")
    make_resume(content=b"%PDF jane two", candidate=candidate, status=Resume.Status.PARSED)
    services.note_create(candidate=candidate, author=recruiter, body="Strong candidate")
    services.rating_set(candidate=candidate, recruiter=recruiter, stars=5)
    services.tag_add(candidate=candidate, name="strong")
    services.shortlist_add(shortlist=services.shortlist_create(name="Vision", created_by=recruiter),
                           candidates=[candidate], added_by=recruiter)
    services.contact_keys_refresh(candidate=candidate)
    return candidate


def _nothing_of(candidate_id: int) -> None:
    assert not Candidate.objects.filter(pk=candidate_id).exists()
    assert not Resume.objects.filter(text__contains="Jane").exists() and not ResumeFile.objects.exists()
    for model in (Note, Rating, ShortlistEntry, ContactKey):
        assert not model.objects.filter(candidate_id=candidate_id).exists(), model


def test_an_erasure_removes_the_person_and_keeps_an_entry_without_their_data(person, admin_user):
    candidate_id = person.pk
    erasure = services.candidate_erase(candidate=person, user=admin_user, reason=Erasure.Reason.REQUEST)
    _nothing_of(candidate_id)
    assert (erasure.candidate_id, erasure.erased_by, erasure.resumes) == (candidate_id, admin_user, 2)
    assert "Jane" not in str(Erasure.objects.values().get())  # no name, no e-mail in the audit entry


def test_an_erasure_takes_the_merges_that_kept_a_copy_of_the_person(person, admin_user, recruiter):
    other = make_candidate(name="J. Roe", emails=["j.roe@corp.example"])
    services.candidates_merge(survivor=person, absorbed=other, user=recruiter)
    assert Merge.objects.exists()
    services.candidate_erase(candidate=person, user=admin_user, reason=Erasure.Reason.REQUEST)
    assert not Merge.objects.exists() and not DuplicatePair.objects.exists()


def test_staff_erase_from_the_candidate_page_and_recruiters_cannot(client, recruiter_client, admin_user, person):
    url = reverse("candidates:erase", args=[person.pk])
    assert recruiter_client.post(url).status_code == 403
    assert Candidate.objects.filter(pk=person.pk).exists()
    client.force_login(admin_user)
    assert "Erase this candidate" in client.get(person.get_absolute_url()).content.decode()
    assert "cannot be undone" in client.get(url).content.decode()
    candidate_id = person.pk
    response = client.post(url)
    assert response.status_code == 302
    _nothing_of(candidate_id)
    assert Erasure.objects.get().erased_by == admin_user


def test_deleting_in_the_admin_is_an_erasure(client, admin_user, person):
    client.force_login(admin_user)
    candidate_id = person.pk
    client.post(reverse("admin:candidates_candidate_delete", args=[person.pk]), {"post": "yes"})
    _nothing_of(candidate_id)
    assert Erasure.objects.get().reason == Erasure.Reason.REQUEST


def test_purge_erases_only_records_unchanged_for_the_retention_period_and_has_a_dry_run(person, settings):
    stale = make_candidate(name="Old Timer", emails=["old@example.org"])
    make_resume(content=b"%PDF old", candidate=stale, status=Resume.Status.PARSED)
    Candidate.objects.filter(pk=stale.pk).update(updated_at=timezone.now() - timedelta(days=800))
    settings.RETENTION_MONTHS = 24

    out = StringIO()
    call_command("purge", "--dry-run", stdout=out)
    assert f"would erase #{stale.pk}" in out.getvalue() and f"#{person.pk}" not in out.getvalue()
    assert Candidate.objects.count() == 2 and not Erasure.objects.exists()

    call_command("purge", stdout=StringIO())
    assert list(Candidate.objects.values_list("pk", flat=True)) == [person.pk]
    erasure = Erasure.objects.get()
    assert (erasure.candidate_id, erasure.reason, erasure.erased_by, erasure.resumes) == (
        stale.pk, Erasure.Reason.RETENTION, None, 1)
    call_command("purge", "--months", "1", stdout=StringIO())  # a shorter period of its own
    assert Candidate.objects.count() == 1  # the other record changed today
