import csv
import io

import pytest
from django.urls import reverse

from candidates import services
from candidates.models import Note, Rating, Shortlist, ShortlistEntry, Tag
from tests.builders import make_candidate

pytestmark = pytest.mark.django_db
HTMX = {"HX-Request": "true"}


@pytest.fixture
def candidate():
    return make_candidate(name="Ana Lima")


def post_only_urls(candidate, recruiter) -> list[str]:
    note = services.note_create(candidate=candidate, author=recruiter, body="n")
    tag = services.tag_add(candidate=candidate, name="t")
    shortlist = services.shortlist_create(name="S", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)
    entry = shortlist.entries.get()
    return [
        reverse("candidates:note_create", args=[candidate.pk]),
        reverse("candidates:note_update", args=[note.pk]),
        reverse("candidates:note_delete", args=[note.pk]),
        reverse("candidates:tag_add", args=[candidate.pk]),
        reverse("candidates:tag_remove", args=[candidate.pk, tag.pk]),
        reverse("candidates:rating_set", args=[candidate.pk]),
        reverse("candidates:shortlist_add"),
        reverse("candidates:shortlist_remove", args=[shortlist.pk, candidate.pk]),
        reverse("candidates:shortlist_rename", args=[shortlist.pk]),
        reverse("candidates:shortlist_delete", args=[shortlist.pk]),
        reverse("candidates:shortlist_entry_update", args=[entry.pk]),
    ]


def test_every_write_endpoint_refuses_get(recruiter_client, recruiter, candidate):
    for url in post_only_urls(candidate, recruiter):
        assert recruiter_client.get(url).status_code == 405, url
    assert Note.objects.count() == Tag.objects.count() == Shortlist.objects.count() == 1


def test_every_write_endpoint_needs_a_login(client, recruiter, candidate):
    for url in post_only_urls(candidate, recruiter):
        response = client.post(url, {"body": "x", "name": "x", "stars": "3", "stage": "hired"})
        assert response.status_code == 302 and "login" in response["Location"], url
    assert Note.objects.get().body == "n"
    assert ShortlistEntry.objects.get().stage == "shortlisted"


def test_annotation_endpoints_need_a_login(client, candidate):
    response = client.post(reverse("candidates:note_create", args=[candidate.pk]), {"body": "hi"})
    assert response.status_code == 302
    assert Note.objects.count() == 0


def test_a_note_is_added_in_place_with_author_and_time(recruiter_client, recruiter, candidate):
    response = recruiter_client.post(reverse("candidates:note_create", args=[candidate.pk]),
                                     {"body": "Strong <b>CV</b> background"}, headers=HTMX)
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="notes"')
    assert "Strong &lt;b&gt;CV&lt;/b&gt; background" in body
    assert "rita ·" in body
    note = Note.objects.get()
    assert (note.author, note.candidate) == (recruiter, candidate)


def test_without_htmx_a_note_redirects_back_to_the_candidate(recruiter_client, candidate):
    response = recruiter_client.post(reverse("candidates:note_create", args=[candidate.pk]), {"body": "ok"})
    assert response.status_code == 302
    assert response["Location"] == candidate.get_absolute_url()


def test_an_empty_note_is_not_saved(recruiter_client, candidate):
    recruiter_client.post(reverse("candidates:note_create", args=[candidate.pk]), {"body": "  "}, headers=HTMX)
    assert Note.objects.count() == 0


def test_the_author_edits_and_deletes_their_note(recruiter_client, recruiter, candidate):
    note = services.note_create(candidate=candidate, author=recruiter, body="first")
    recruiter_client.post(reverse("candidates:note_update", args=[note.pk]), {"body": "second"}, headers=HTMX)
    assert Note.objects.get().body == "second"
    recruiter_client.post(reverse("candidates:note_delete", args=[note.pk]), headers=HTMX)
    assert Note.objects.count() == 0


def test_another_recruiter_cannot_edit_or_delete_a_note(client, recruiter, other_recruiter, candidate):
    note = services.note_create(candidate=candidate, author=recruiter, body="mine")
    client.force_login(other_recruiter)
    assert client.post(reverse("candidates:note_update", args=[note.pk]), {"body": "theirs"}).status_code == 403
    assert client.post(reverse("candidates:note_delete", args=[note.pk])).status_code == 403
    assert Note.objects.get().body == "mine"
    body = client.get(candidate.get_absolute_url()).content.decode()
    assert "mine" in body
    assert reverse("candidates:note_delete", args=[note.pk]) not in body


def test_tags_are_made_on_the_fly_and_reused_whatever_the_case(recruiter_client, candidate):
    other = make_candidate(name="Bo Chen")
    recruiter_client.post(reverse("candidates:tag_add", args=[candidate.pk]), {"name": "Top  pick"}, headers=HTMX)
    response = recruiter_client.post(reverse("candidates:tag_add", args=[other.pk]), {"name": "top pick"},
                                     headers=HTMX)
    assert list(Tag.objects.values_list("name", flat=True)) == ["Top pick"]
    assert 'class="chip tag">Top pick' in response.content.decode()
    assert list(other.tags.values_list("name", flat=True)) == ["Top pick"]


def test_a_tag_can_be_removed(recruiter_client, candidate):
    tag = services.tag_add(candidate=candidate, name="later")
    recruiter_client.post(reverse("candidates:tag_remove", args=[candidate.pk, tag.pk]), headers=HTMX)
    assert candidate.tags.count() == 0


def test_the_tag_box_offers_existing_tags(recruiter_client, candidate):
    Tag.objects.create(name="visa needed")
    body = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert '<datalist id="tag-names"><option value="visa needed">' in body


def test_each_recruiter_rates_once_and_the_team_average_is_shown(client, recruiter, other_recruiter, candidate):
    url = reverse("candidates:rating_set", args=[candidate.pk])
    client.force_login(recruiter)
    client.post(url, {"stars": "5"}, headers=HTMX)
    client.post(url, {"stars": "4"}, headers=HTMX)
    client.force_login(other_recruiter)
    response = client.post(url, {"stars": "2"}, headers=HTMX)
    assert Rating.objects.count() == 2
    assert "3.0★</strong> from 2 recruiters" in response.content.decode()
    client.post(url, {"stars": ""}, headers=HTMX)
    assert list(Rating.objects.values_list("stars", flat=True)) == [4]


def test_a_rating_outside_1_to_5_is_ignored(recruiter_client, candidate):
    recruiter_client.post(reverse("candidates:rating_set", args=[candidate.pk]), {"stars": "9"}, headers=HTMX)
    assert Rating.objects.count() == 0


def test_shortlists_are_created_renamed_and_deleted(recruiter_client):
    response = recruiter_client.post(reverse("candidates:shortlist_list"), {"name": "Vision 2026"})
    shortlist = Shortlist.objects.get()
    assert response["Location"] == shortlist.get_absolute_url()
    recruiter_client.post(reverse("candidates:shortlist_rename", args=[shortlist.pk]), {"name": "Vision team"})
    assert Shortlist.objects.get().name == "Vision team"
    recruiter_client.post(reverse("candidates:shortlist_delete", args=[shortlist.pk]))
    assert Shortlist.objects.count() == 0


def test_shortlist_names_are_unique_whatever_the_case(recruiter_client, recruiter):
    services.shortlist_create(name="Vision", created_by=recruiter)
    response = recruiter_client.post(reverse("candidates:shortlist_list"), {"name": "vision"})
    assert response.status_code == 200
    assert "There is already a shortlist called" in response.content.decode()
    assert Shortlist.objects.count() == 1


def test_a_candidate_is_shortlisted_from_their_page(recruiter_client, recruiter, candidate):
    response = recruiter_client.post(reverse("candidates:shortlist_add"),
                                     {"candidates": [candidate.pk], "new_shortlist": "Vision"}, headers=HTMX)
    body = response.content.decode()
    assert body.lstrip().startswith('<div id="shortlists"')
    assert "Vision</a> · Shortlisted" in body
    entry = ShortlistEntry.objects.get()
    assert (entry.candidate, entry.added_by, entry.stage) == (candidate, recruiter, "shortlisted")


def test_many_candidates_are_shortlisted_at_once_from_the_list(recruiter_client, recruiter, candidate):
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    others = [make_candidate(name=f"P{i}") for i in range(3)]
    services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)
    response = recruiter_client.post(reverse("candidates:shortlist_add"), {
        "candidates": [candidate.pk] + [c.pk for c in others], "shortlist": shortlist.pk, "next": "/?q=p",
    }, follow=True)
    assert response.redirect_chain[-1][0] == "/?q=p"
    assert "3 candidates added to Vision (1 already on it)." in response.content.decode()
    assert shortlist.entries.count() == 4


def test_bulk_shortlisting_without_a_shortlist_says_what_is_missing(recruiter_client, candidate):
    response = recruiter_client.post(reverse("candidates:shortlist_add"), {"candidates": [candidate.pk]}, follow=True)
    assert "Choose a shortlist or name a new one." in response.content.decode()
    assert ShortlistEntry.objects.count() == 0


def test_the_shortlist_page_groups_by_stage_and_entries_move(recruiter_client, recruiter, candidate):
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    bo = make_candidate(name="Bo Chen")
    services.shortlist_add(shortlist=shortlist, candidates=[candidate, bo], added_by=recruiter)
    entry = ShortlistEntry.objects.get(candidate=bo)
    recruiter_client.post(reverse("candidates:shortlist_entry_update", args=[entry.pk]),
                          {"stage": "interviewing", "note": "Tuesday 10:00"})
    response = recruiter_client.get(shortlist.get_absolute_url())
    stages = {value: [e.candidate.name for e in entries] for value, _, entries in response.context["by_stage"]}
    assert stages["shortlisted"] == ["Ana Lima"]
    assert stages["interviewing"] == ["Bo Chen"]
    assert ShortlistEntry.objects.get(candidate=bo).note == "Tuesday 10:00"


def test_a_shortlist_exports_its_candidates_with_their_stage(recruiter_client, recruiter, candidate):
    shortlist = services.shortlist_create(name="Vision team", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)
    make_candidate(name="Not on it")
    response = recruiter_client.get(reverse("candidates:shortlist_export", args=[shortlist.pk]))
    assert 'filename="shortlist-vision-team.csv"' in response["Content-Disposition"]
    rows = list(csv.DictReader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert [(r["name"], r["stage"], r["shortlists"]) for r in rows] == [("Ana Lima", "shortlisted", "Vision team")]


def test_removing_from_a_shortlist(recruiter_client, recruiter, candidate):
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)
    recruiter_client.post(reverse("candidates:shortlist_remove", args=[shortlist.pk, candidate.pk]), headers=HTMX)
    assert ShortlistEntry.objects.count() == 0


def test_next_never_redirects_off_the_site(recruiter_client, recruiter, candidate):
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    response = recruiter_client.post(reverse("candidates:shortlist_add"), {
        "candidates": [candidate.pk], "shortlist": shortlist.pk, "next": "https://evil.example/phish",
    })
    assert response["Location"] == reverse("candidates:list")
    response = recruiter_client.post(reverse("candidates:shortlist_remove", args=[shortlist.pk, candidate.pk]),
                                     {"next": "//evil.example/"})
    assert response["Location"] == candidate.get_absolute_url()
