"""Triage: a search's matches one at a time, each action undoable and back at the same place."""

import pytest

from candidates import services
from candidates.models import BulkAction, Note, Rating
from tests.builders import make_candidate

pytestmark = pytest.mark.django_db


@pytest.fixture
def phds():
    return [make_candidate(name=f"Doctor {i}", highest_degree_level="phd") for i in range(3)]


def test_it_walks_the_search_in_its_order(recruiter_client, phds):
    make_candidate(name="Master Only", highest_degree_level="master")
    page = recruiter_client.get("/triage/", {"degree": "phd", "sort": "name", "at": "2"})
    body = page.content.decode()
    assert page.context["candidate"] == phds[1]
    assert "Candidate 2 of 3" in body
    assert 'href="/triage/?degree=phd&amp;sort=name&amp;at=1"' in body
    assert 'href="/triage/?degree=phd&amp;sort=name&amp;at=3"' in body
    last = recruiter_client.get("/triage/", {"degree": "phd", "sort": "name", "at": "3"})
    assert last.context["next_url"] is None and "Master Only" not in last.content.decode()


def test_past_the_last_match_it_says_so(recruiter_client, phds):
    body = recruiter_client.get("/triage/", {"degree": "phd", "at": "9"}).content.decode()
    assert "No candidate here" in body


def test_an_action_comes_back_to_the_same_place_with_an_undo(recruiter_client, recruiter, phds):
    here = "/triage/?degree=phd&sort=name&at=2"
    response = recruiter_client.post("/bulk/", {"action": "rate", "stars": "5", "scope": "selected",
                                                "candidates": phds[1].pk, "confirm": "1", "next": here})
    assert response.status_code == 302 and response.url == here
    assert Rating.objects.get(recruiter=recruiter).candidate == phds[1]
    body = recruiter_client.get(here).content.decode()
    action = BulkAction.objects.get()
    assert "Rated 1 candidate 5★" in body and f'action="/bulk/{action.pk}/undo/"' in body
    assert 'aria-pressed="true"' in body


def test_a_note_is_written_and_undone(recruiter_client, recruiter, phds):
    recruiter_client.post("/bulk/", {"action": "note", "body": "Strong <b>vision</b> work", "scope": "selected",
                                     "candidates": phds[0].pk, "confirm": "1"})
    note = Note.objects.get()
    assert (note.candidate, note.author, note.body) == (phds[0], recruiter, "Strong <b>vision</b> work")
    body = recruiter_client.get("/triage/", {"degree": "phd", "sort": "name"}).content.decode()
    assert "Strong &lt;b&gt;vision&lt;/b&gt; work" in body
    recruiter_client.post(f"/bulk/{BulkAction.objects.get().pk}/undo/")
    assert not Note.objects.exists()


def test_rejecting_needs_a_shortlist_and_keeps_the_reason(recruiter_client, recruiter, phds):
    shortlist = services.shortlist_create(name="Hiring", created_by=recruiter)
    recruiter_client.post("/bulk/", {"action": "stage", "stage": "rejected", "reason": "no vision papers",
                                     "shortlist": shortlist.pk, "scope": "selected", "candidates": phds[2].pk,
                                     "confirm": "1"})
    entry = shortlist.entries.get()
    assert (entry.candidate, entry.stage, entry.note) == (phds[2], "rejected", "Rejected: no vision papers")


def test_the_shortlist_last_used_is_offered_first(recruiter_client, recruiter, phds):
    services.shortlist_create(name="Alpha", created_by=recruiter)
    beta = services.shortlist_create(name="Beta", created_by=recruiter)
    recruiter_client.post("/bulk/", {"action": "shortlist", "shortlist": beta.pk, "scope": "selected",
                                     "candidates": phds[0].pk, "confirm": "1"})
    page = recruiter_client.get("/triage/", {"degree": "phd"})
    assert page.context["chosen_shortlist"] == beta
    assert f'<option value="{beta.pk}" selected>Beta</option>' in page.content.decode()


def test_every_key_is_listed_on_the_overlay(recruiter_client, phds):
    body = recruiter_client.get("/triage/", {"degree": "phd"}).content.decode()
    for key in ("j or →", "k or ←", "1 to 5", "<kbd>t</kbd>", "<kbd>s</kbd>", "<kbd>m</kbd>", "<kbd>r</kbd>",
                "<kbd>n</kbd>", "<kbd>u</kbd>", "<kbd>?</kbd>"):
        assert key in body
    for key in ('data-key="t"', 'data-key="s"', 'data-key="m"', 'data-key="r"', 'data-key="n"', 'data-key="?"',
                'data-key="j ArrowRight"', 'data-key="1"', 'data-key="5"'):
        assert key in body
