"""Bulk actions on the list: on the selection or on a whole search, confirmed with their count, and undone."""

import csv
import io

import pytest

from candidates import bulk, services
from candidates.models import BulkAction, Candidate, Rating, Shortlist, ShortlistEntry, Tag
from tests.builders import make_candidate

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    return [make_candidate(name=f"Person {i}", highest_degree_level="phd" if i < 3 else "master") for i in range(5)]


def apply(client, confirm=True, **data):
    data = {"next": "/?degree=phd", **data}
    if confirm:
        data["confirm"] = "1"
    return client.post("/bulk/", data)


def test_it_asks_first_saying_how_many(recruiter_client, people):
    response = apply(recruiter_client, confirm=False, action="tag", tag="strong-ml", scope="selected",
                     candidates=[people[0].pk, people[1].pk])
    body = response.content.decode()
    assert response.status_code == 200
    assert "Tag 2 candidates “strong-ml”?" in body
    assert 'name="confirm" value="1"' in body and f'name="candidates" value="{people[1].pk}"' in body
    assert not Tag.objects.exists()


def test_tagging_the_selection_tags_them_and_undo_takes_back_only_what_it_added(recruiter_client, people):
    services.tag_add(candidate=people[0], name="Strong-ML")  # had it before: undo leaves it
    response = apply(recruiter_client, action="tag", tag="strong-ml", scope="selected",
                     candidates=[people[0].pk, people[1].pk, people[2].pk])
    assert response.status_code == 302 and response.url == "/?degree=phd"
    tagged = set(Candidate.objects.filter(tags__name="Strong-ML").values_list("pk", flat=True))
    assert tagged == {people[0].pk, people[1].pk, people[2].pk}
    action = BulkAction.objects.get()
    assert action.summary == "Tagged 2 candidates “Strong-ML” (1 had it already)"

    page = recruiter_client.get(response.url).content.decode()
    assert "Tagged 2 candidates" in page and f'action="/bulk/{action.pk}/undo/"' in page
    recruiter_client.post(f"/bulk/{action.pk}/undo/")
    assert set(Candidate.objects.filter(tags__name="Strong-ML").values_list("pk", flat=True)) == {people[0].pk}


def test_an_action_on_the_whole_search_takes_every_match(recruiter_client, people):
    apply(recruiter_client, action="rate", stars="4", scope="search", query="degree=phd", candidates=[people[4].pk])
    rated = set(Rating.objects.values_list("candidate_id", flat=True))
    assert rated == {p.pk for p in people[:3]}  # the search's, not the stray selection's
    assert Candidate.objects.get(pk=people[0].pk).avg_rating == 4


def test_rating_many_and_undoing_restores_each_previous_rating(recruiter_client, recruiter, other_recruiter, people):
    services.rating_set(candidate=people[0], recruiter=recruiter, stars=2)
    services.rating_set(candidate=people[0], recruiter=other_recruiter, stars=4)
    apply(recruiter_client, action="rate", stars="5", scope="selected", candidates=[people[0].pk, people[1].pk])
    people[0].refresh_from_db()
    assert (people[0].avg_rating, people[0].rating_count) == (4.5, 2)

    recruiter_client.post(f"/bulk/{BulkAction.objects.get().pk}/undo/")
    people[0].refresh_from_db()
    people[1].refresh_from_db()
    assert Rating.objects.get(candidate=people[0], recruiter=recruiter).stars == 2
    assert (people[0].avg_rating, people[0].rating_count) == (3, 2)
    assert (people[1].avg_rating, people[1].rating_count) == (None, 0)


def test_adding_to_a_new_shortlist_and_undoing(recruiter_client, people):
    apply(recruiter_client, action="shortlist", new_shortlist="Vision hires", scope="selected",
          candidates=[p.pk for p in people[:2]])
    shortlist = Shortlist.objects.get(name="Vision hires")
    assert shortlist.entries.count() == 2
    recruiter_client.post(f"/bulk/{BulkAction.objects.get().pk}/undo/")
    assert shortlist.entries.count() == 0


def test_moving_a_stage_with_a_reason_and_undoing(recruiter_client, recruiter, people):
    shortlist = services.shortlist_create(name="Hiring", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[people[0]], added_by=recruiter)
    entry = shortlist.entries.get()
    before = entry.stage_changed_at
    apply(recruiter_client, action="stage", shortlist=shortlist.pk, stage="rejected", reason="no  publications",
          scope="selected", candidates=[people[0].pk, people[1].pk])
    entries = {e.candidate_id: e for e in shortlist.entries.all()}
    assert {e.stage for e in entries.values()} == {"rejected"}
    assert entries[people[0].pk].note == "Rejected: no publications"
    assert entries[people[0].pk].stage_changed_at > before

    recruiter_client.post(f"/bulk/{BulkAction.objects.get().pk}/undo/")
    entry.refresh_from_db()
    assert (entry.stage, entry.note, entry.stage_changed_at) == ("shortlisted", "", before)
    assert not shortlist.entries.filter(candidate=people[1]).exists()


def test_undo_happens_once_and_only_for_its_author(recruiter_client, client, other_recruiter, people):
    apply(recruiter_client, action="tag", tag="x", scope="selected", candidates=[people[0].pk])
    action = BulkAction.objects.get()
    client.force_login(other_recruiter)
    assert client.post(f"/bulk/{action.pk}/undo/").status_code == 404
    client.force_login(action.user)
    client.post(f"/bulk/{action.pk}/undo/")
    services.tag_add(candidate=people[0], name="x")  # tagged again by hand after the undo
    response = client.post(f"/bulk/{action.pk}/undo/", follow=True)
    assert "Already undone" in response.content.decode()
    assert people[0].tags.filter(name="x").exists()


@pytest.mark.parametrize("data, message", [
    ({"action": "tag", "scope": "selected"}, "Name the tag."),
    ({"action": "rate", "scope": "selected"}, "Choose 1 to 5 stars."),
    ({"action": "stage", "scope": "selected", "stage": "offer"}, "Choose a shortlist or name a new one."),
    ({"action": "tag", "tag": "x", "scope": "selected", "candidates": []},
     "Select candidates first, or choose every match of the search."),
])
def test_an_incomplete_action_says_what_is_missing(recruiter_client, people, data, message):
    data.setdefault("candidates", [people[0].pk])
    response = apply(recruiter_client, **data)
    page = recruiter_client.get(response.url).content.decode()
    assert message in page
    assert not BulkAction.objects.exists()


def test_a_search_larger_than_an_action_takes_is_refused(recruiter_client, people, monkeypatch):
    monkeypatch.setattr(bulk, "BULK_MAX", 2)
    response = apply(recruiter_client, action="tag", tag="x", scope="search", query="degree=phd")
    assert "more than 2 candidates" in recruiter_client.get(response.url).content.decode()
    assert not Tag.objects.exists()


def test_exporting_the_selection_gives_those_rows_only(recruiter_client, people):
    response = apply(recruiter_client, confirm=False, action="export", scope="selected",
                     candidates=[people[1].pk, people[3].pk])
    assert response.status_code == 302
    export = recruiter_client.get(response.url)
    rows = list(csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig"))))
    assert sorted(r["name"] for r in rows) == ["Person 1", "Person 3"]


def test_bulk_refuses_get(recruiter_client):
    assert recruiter_client.get("/bulk/").status_code == 405


def test_a_bulk_stage_is_one_write_whatever_the_count(recruiter, django_assert_max_num_queries):
    shortlist = services.shortlist_create(name="Many", created_by=recruiter)
    ids = [make_candidate(name=f"P{i}").pk for i in range(60)]
    with django_assert_max_num_queries(8):
        bulk.stage_many(user=recruiter, ids=ids, shortlist=shortlist, stage=ShortlistEntry.Stage.CONTACTED)
    assert shortlist.entries.filter(stage="contacted").count() == 60
