"""Merging two records of one person, and undoing it: nothing is lost, and undo gives both back as they were."""

import pytest
from django.urls import reverse

from candidates import parsing, services
from candidates.models import Award, Candidate, DuplicatePair, Education, Merge, Publication, ShortlistEntry, Skill

from .builders import make_candidate, make_resume


def state(candidate_id: int) -> dict:
    """Everything a recruiter sees of a record, in a comparable form."""
    c = Candidate.objects.get(pk=candidate_id)
    return {
        "fields": (c.name, c.emails, c.phones, c.links),
        "edited": c.edited,
        "education": [(e.institution, e.degree, e.gpa) for e in c.education.all()],
        "publications": [(p.title, p.venue) for p in c.publications.all()],
        "rows edited": [row.edited for name in ("education", "publications", "awards") for row in getattr(c, name).all()],
        "awards": [a.title for a in c.awards.all()],
        "skills": sorted(c.skills.values_list("name", flat=True)),
        "tags": sorted(c.tags.values_list("name", flat=True)),
        "notes": sorted(c.notes.values_list("pk", "body")),
        "ratings": sorted(c.ratings.values_list("recruiter__username", "stars")),
        "shortlists": sorted(c.shortlist_entries.values_list("shortlist__name", "stage")),
        "resumes": sorted(c.resumes.values_list("pk", flat=True)),
    }


@pytest.fixture
def two_records(recruiter, other_recruiter):
    """One person twice: the older record from a student CV, the newer from an industry CV."""
    old = make_candidate(name="Wei Zhang", emails=["wei@uni.example"], phones=["+86 139 0000 1111"])
    new = make_candidate(name="Zhang Wei", emails=["wei.zhang@corp.example"], links=["github.com/weizhang"])
    Education.objects.create(candidate=old, institution="Zhejiang University", degree="B.Eng.", degree_level="bachelor")
    Education.objects.create(candidate=new, institution="Zhejiang University", degree="B.Eng.", degree_level="bachelor",
                             gpa="3.8", gpa_scale="4")
    Education.objects.create(candidate=new, institution="ETH Zurich", degree="M.Sc.", degree_level="master", position=1)
    Publication.objects.create(candidate=old, title="Sparse Attention for Tracking", venue="ICCV")
    Publication.objects.create(candidate=new, title="Token Pruning at Scale", venue="CVPR")
    Award.objects.create(candidate=old, title="Outstanding Graduate")
    old.skills.add(Skill.objects.create(name="pytorch"))
    new.skills.add(Skill.objects.create(name="kubernetes"))
    services.tag_add(candidate=old, name="strong")
    services.tag_add(candidate=new, name="industry")
    services.note_create(candidate=old, author=recruiter, body="Great ICCV paper.")
    services.note_create(candidate=new, author=other_recruiter, body="Met at the job fair.")
    services.rating_set(candidate=old, recruiter=recruiter, stars=5)
    services.rating_set(candidate=new, recruiter=recruiter, stars=3)  # the same recruiter rated both
    services.rating_set(candidate=new, recruiter=other_recruiter, stars=4)
    vision = services.shortlist_create(name="Vision", created_by=recruiter)
    infra = services.shortlist_create(name="Infra", created_by=recruiter)
    services.shortlist_add(shortlist=vision, candidates=[old, new], added_by=recruiter)  # in one list twice
    services.shortlist_add(shortlist=infra, candidates=[new], added_by=recruiter)
    make_resume(content=b"%PDF student cv", candidate=old)
    make_resume(content=b"%PDF industry cv", candidate=new)
    for candidate in (old, new):
        services.candidate_summarize(candidate=candidate)
    return old, new


def test_a_merge_keeps_the_chosen_values_and_moves_everything_else(two_records, recruiter):
    old, new = two_records
    new_id = new.pk
    before = state(new_id)
    merge = services.candidates_merge(survivor=old, absorbed=new, user=recruiter,
                                      chosen={"name": "survivor", "education": "absorbed", "publications": "both"})
    assert not Candidate.objects.filter(pk=new_id).exists()
    after = state(old.pk)
    assert after["fields"] == ("Wei Zhang", ["wei@uni.example", "wei.zhang@corp.example"], ["+86 139 0000 1111"],
                               ["github.com/weizhang"])
    assert after["education"] == before["education"]  # the chosen side, GPA included
    assert after["publications"] == [("Sparse Attention for Tracking", "ICCV"), ("Token Pruning at Scale", "CVPR")]
    assert after["skills"] == ["kubernetes", "pytorch"] and after["tags"] == ["industry", "strong"]
    assert {body for _, body in after["notes"]} == {"Great ICCV paper.", "Met at the job fair."}
    assert after["ratings"] == [("omar", 4), ("rita", 5)]  # rita's own rating of the survivor stays
    assert after["shortlists"] == [("Infra", "shortlisted"), ("Vision", "shortlisted")]
    assert len(after["resumes"]) == 2
    assert (merge.merged_by, merge.absorbed_id, merge.absorbed_name) == (recruiter, new_id, "Zhang Wei")
    assert len(merge.moved["resumes"]) == 1 and len(merge.moved["notes"]) == 1 and len(merge.moved["ratings"]) == 1


def test_undo_gives_both_records_back_as_they_were(two_records, recruiter):
    old, new = two_records
    new_id = new.pk
    before = (state(old.pk), state(new_id))
    merge = services.candidates_merge(survivor=old, absorbed=new, user=recruiter,
                                      chosen={"name": "absorbed", "education": "absorbed", "skills": "both"})
    services.merge_undo(merge=merge, user=recruiter)
    assert (state(old.pk), state(new_id)) == before
    merge.refresh_from_db()
    assert merge.undone_by == recruiter and merge.undone_at is not None
    with pytest.raises(services.MergeError):
        services.merge_undo(merge=merge, user=recruiter)


def test_what_a_merge_chose_outlives_the_survivors_next_parse(two_records, recruiter, monkeypatch):
    old, new = two_records
    services.candidates_merge(survivor=old, absorbed=new, user=recruiter,
                              chosen={"name": "absorbed", "publications": "both"})
    old.refresh_from_db()
    assert old.edited["name"]["was"] == "Wei Zhang"
    parsed = parsing.ParsedResume(name="Wei Zhang", emails=("wei@uni.example",), publications=(
        parsing.Publication(title="Sparse Attention for Tracking", venue="ICCV"),))
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsed)
    resume = old.resumes.order_by("-created_at").first()
    services.resume_parse(resume_id=resume.pk)
    assert state(old.pk)["fields"][0] == "Zhang Wei"
    assert state(old.pk)["publications"] == [("Sparse Attention for Tracking", "ICCV"), ("Token Pruning at Scale", "CVPR")]


def test_a_resume_that_arrived_after_the_merge_stays_with_the_survivor_on_undo(two_records, recruiter):
    old, new = two_records
    merge = services.candidates_merge(survivor=old, absorbed=new, user=recruiter)
    later = make_resume(content=b"%PDF a later cv", candidate=old)
    services.merge_undo(merge=merge, user=recruiter)
    later.refresh_from_db()
    assert later.candidate_id == old.pk


def test_the_merge_page_shows_both_sides_and_merges_and_undoes_from_the_page(recruiter_client, two_records):
    old, new = two_records
    new_id = new.pk
    page = recruiter_client.get(reverse("candidates:merge", args=[old.pk, new.pk])).content.decode()
    for text in ("Wei Zhang", "Zhang Wei", "wei.zhang@corp.example", "ETH Zurich · M.Sc.", "Token Pruning at Scale · CVPR"):
        assert text in page, text
    response = recruiter_client.post(reverse("candidates:merge", args=[old.pk, new.pk]), {"name": "absorbed"})
    assert response.status_code == 302 and response["Location"] == old.get_absolute_url()
    body = recruiter_client.get(old.get_absolute_url()).content.decode()
    assert "Zhang Wei" in body and "merged in by rita" in body and "Undo this merge" in body
    merge = Merge.objects.get()
    recruiter_client.post(reverse("candidates:merge_undo", args=[merge.pk]))
    assert Candidate.objects.filter(pk=new_id).exists()
    assert Candidate.objects.get(pk=old.pk).name == "Wei Zhang"
    assert "Undone by rita" in recruiter_client.get(old.get_absolute_url()).content.decode()


def test_the_duplicate_flag_offers_the_merge(recruiter_client, two_records):
    old, new = two_records
    for candidate in (old, new):  # as storing their resumes does
        services.duplicates_refresh(candidate=candidate)  # same name in another order, the same school
    assert DuplicatePair.objects.filter(first=old, second=new).exists()
    body = recruiter_client.get(old.get_absolute_url()).content.decode()
    assert reverse("candidates:merge", args=[old.pk, new.pk]) in body


def test_an_admin_merges_from_the_list_and_undoes_from_the_merges(client, admin_user, two_records):
    old, new = two_records
    new_id = new.pk
    client.force_login(admin_user)
    client.post(reverse("admin:candidates_candidate_changelist"),
                {"action": "merge_into_oldest", "_selected_action": [old.pk, new.pk]})
    assert list(Candidate.objects.values_list("pk", flat=True)) == [old.pk]
    merge = Merge.objects.get()
    assert merge.merged_by == admin_user
    client.post(reverse("admin:candidates_merge_changelist"), {"action": "undo", "_selected_action": [merge.pk]})
    assert Candidate.objects.count() == 2
    assert ShortlistEntry.objects.filter(candidate_id=new_id).count() == 2
