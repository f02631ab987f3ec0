"""Saved searches: saving, sharing, renaming, deleting, opening, and the alerts (the list's count and the digest)."""

from datetime import timedelta

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from candidates import saved_searches
from candidates.models import Resume, SavedSearch
from candidates.tasks import saved_search_digests_task
from tests.builders import make_candidate, make_pdf
from tests.test_e2e import wait_until_done, worker  # noqa: F401  (the real `celery worker` process fixture)


def save(client, name="PyTorch people", query="skill=pytorch&sort=-gpa", **flags) -> SavedSearch:
    data = {"name": name, "query": query, **{k: "on" for k, v in flags.items() if v}}
    response = client.post("/searches/save/", data)
    assert response.status_code == 302
    return SavedSearch.objects.get(name=name)


def test_it_keeps_the_search_without_the_page_the_position_and_blanks():
    from django.http import QueryDict
    query = saved_searches.search_query(QueryDict("q=vision&skill=pytorch&skill=&page=3&at=51&gpa_min=&sort=-gpa"))
    assert query == "q=vision&skill=pytorch&sort=-gpa"


def test_saving_a_search_lands_back_on_it_and_lists_it_in_the_menu(recruiter_client, recruiter):
    response = recruiter_client.post("/searches/save/", {"name": " CV stars ", "query": "venue=ICCV&page=2"})
    assert response.status_code == 302 and response.url == "/?venue=ICCV"
    saved = SavedSearch.objects.get()
    assert (saved.name, saved.owner, saved.query, saved.shared, saved.alert) == ("CV stars", recruiter, "venue=ICCV",
                                                                                  False, False)
    menu = recruiter_client.get("/").content.decode()
    assert f'href="/searches/{saved.pk}/"' in menu and "CV stars" in menu


def test_saving_again_under_the_same_name_replaces_the_search(recruiter_client):
    save(recruiter_client, name="Mine", query="venue=ICCV")
    save(recruiter_client, name="Mine", query="venue=CVPR")
    assert list(SavedSearch.objects.values_list("query", flat=True)) == ["venue=CVPR"]


def test_a_search_needs_a_name(recruiter_client):
    response = recruiter_client.post("/searches/save/", {"name": "  ", "query": "venue=ICCV"}, follow=True)
    assert not SavedSearch.objects.exists()
    assert "Give the search a name." in response.content.decode()


def test_saving_refuses_get(recruiter_client):
    assert recruiter_client.get("/searches/save/").status_code == 405


def test_opening_a_search_shows_it_on_the_list(recruiter_client):
    saved = save(recruiter_client, query="venue=ICCV&sort=-gpa")
    response = recruiter_client.get(f"/searches/{saved.pk}/")
    assert response.status_code == 302 and response.url == "/?venue=ICCV&sort=-gpa"


def test_a_private_search_is_hidden_from_the_team_and_a_shared_one_is_not(recruiter_client, client, other_recruiter):
    private = save(recruiter_client, name="Private")
    shared = save(recruiter_client, name="Shared", shared=True)
    recruiter_client.get("/searches/")  # shows (and so drops) the messages "Saved the search …"
    client.force_login(other_recruiter)
    menu = client.get("/").content.decode()
    assert "Shared" in menu and "Private" not in menu
    assert client.get(f"/searches/{private.pk}/").status_code == 404
    assert client.get(f"/searches/{shared.pk}/").status_code == 302


def test_only_the_owner_renames_or_deletes_a_search(recruiter_client, client, other_recruiter):
    saved = save(recruiter_client, name="Shared", shared=True)
    client.force_login(other_recruiter)
    assert client.post(f"/searches/{saved.pk}/edit/", {"name": "Hijacked"}).status_code == 404
    assert client.post(f"/searches/{saved.pk}/delete/").status_code == 404
    assert SavedSearch.objects.get(pk=saved.pk).name == "Shared"


def test_the_owner_renames_shares_and_deletes_a_search(recruiter_client):
    saved = save(recruiter_client, name="Old")
    recruiter_client.post(f"/searches/{saved.pk}/edit/", {"name": "New", "shared": "on", "alert": "on"})
    saved.refresh_from_db()
    assert (saved.name, saved.shared, saved.alert) == ("New", True, True)
    page = recruiter_client.get("/searches/").content.decode()
    assert 'value="New"' in page
    recruiter_client.post(f"/searches/{saved.pk}/delete/")
    assert not SavedSearch.objects.exists()


def test_a_rename_to_a_name_in_use_is_refused(recruiter_client):
    save(recruiter_client, name="One")
    two = save(recruiter_client, name="Two")
    response = recruiter_client.post(f"/searches/{two.pk}/edit/", {"name": "One"}, follow=True)
    assert "You already have a saved search called “One”." in response.content.decode()
    assert SavedSearch.objects.get(pk=two.pk).name == "Two"


def test_names_and_queries_are_escaped(recruiter_client):
    save(recruiter_client, name="<script>x</script>", query="q=<b>")
    for page in ("/", "/searches/"):
        body = recruiter_client.get(page).content.decode()
        assert "<script>x</script>" not in body and "&lt;script&gt;x&lt;/script&gt;" in body


def test_an_alert_counts_the_matches_added_since_the_owner_last_looked(recruiter_client, recruiter):
    make_candidate(name="Before", highest_degree_level="phd")
    saved = save(recruiter_client, query="degree=phd", alert=True)
    make_candidate(name="After one", highest_degree_level="phd")
    make_candidate(name="After two", highest_degree_level="phd")
    make_candidate(name="Not a match", highest_degree_level="master")
    assert saved_searches.new_count(saved) == 2
    assert "2 new since you last looked" in recruiter_client.get("/").content.decode()

    response = recruiter_client.get(f"/searches/{saved.pk}/", {"new": "1"})
    listing = recruiter_client.get(response.url).content.decode()
    assert "After one" in listing and "After two" in listing and "Before" not in listing
    assert "new since you last looked" not in recruiter_client.get("/").content.decode()


def test_the_list_adds_one_query_per_alerting_search(recruiter_client, django_assert_num_queries):
    recruiter_client.get("/")
    with CaptureQueriesContext(connection) as plain:
        recruiter_client.get("/")
    without = len(plain)  # now: the next request empties the log the context reads
    save(recruiter_client, name="A", query="degree=phd", alert=True)
    save(recruiter_client, name="B", query="q=vision", alert=True)
    save(recruiter_client, name="C", query="degree=master")
    with django_assert_num_queries(without + 2):
        recruiter_client.get("/")


def test_an_alert_switched_on_later_counts_from_then(recruiter_client):
    saved = save(recruiter_client, query="degree=phd")
    SavedSearch.objects.filter(pk=saved.pk).update(seen_at=timezone.now() - timedelta(days=30))
    make_candidate(name="Old news", highest_degree_level="phd")
    recruiter_client.post(f"/searches/{saved.pk}/edit/", {"name": saved.name, "alert": "on"})
    saved.refresh_from_db()
    assert saved_searches.new_count(saved) == 0


@pytest.mark.django_db
def test_the_digest_mails_each_owner_their_new_matches_once(recruiter, other_recruiter, settings):
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    settings.SITE_URL = "https://dash.example.org"
    recruiter.email = "rita@example.org"
    recruiter.save()
    saved_searches.saved_search_create(owner=recruiter, name="PhDs", query="degree=phd", shared=False, alert=True)
    saved_searches.saved_search_create(owner=recruiter, name="Quiet", query="degree=master", shared=False, alert=True)
    saved_searches.saved_search_create(owner=other_recruiter, name="No mail address", query="degree=phd",
                                       shared=False, alert=True)
    make_candidate(name="Ada <Lovelace>", highest_degree_level="phd")

    saved_search_digests_task()
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["rita@example.org"]
    assert message.subject == "1 new candidate for your saved searches"
    saved = SavedSearch.objects.get(name="PhDs")
    assert "PhDs: 1 new" in message.body and "Ada <Lovelace>" in message.body
    assert f"https://dash.example.org/searches/{saved.pk}/" in message.body
    assert "Quiet" not in message.body

    saved_search_digests_task()
    assert len(mail.outbox) == 1  # nothing new since the last digest


@pytest.mark.e2e
@pytest.mark.django_db(transaction=True)
def test_a_resume_parsed_by_the_worker_after_saving_shows_up_as_new_once(client, recruiter, worker):  # noqa: F811
    client.force_login(recruiter)
    saved = save(client, name="Warsaw", query="q=warsaw", alert=True)
    content = make_pdf([
        ("Tomasz Wierzbicki", 20, "Helvetica-Bold"),
        ("tomasz.w@example.org   +48 601 555 123", 10, "Helvetica"),
        ("EDUCATION", 12, "Helvetica-Bold"),
        ("Warsaw University of Technology, M.Sc. in Computer Science, 2019 - 2021", 10, "Helvetica"),
    ])
    client.post("/upload/", {"files": [SimpleUploadedFile("tomasz.pdf", content)]})
    resume = wait_until_done(Resume.objects.get(original_name="tomasz.pdf").pk, worker)
    assert resume.status == Resume.Status.PARSED, resume.error

    assert "1 new since you last looked" in client.get("/").content.decode()
    listing = client.get(client.get(f"/searches/{saved.pk}/", {"new": "1"}).url).content.decode()
    assert "Tomasz Wierzbicki" in listing
    assert "new since you last looked" not in client.get("/").content.decode()
