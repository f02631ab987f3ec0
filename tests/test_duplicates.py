"""Probably the same person: flagged with the reasons, never merged, and a recruiter's "no" sticks."""

import csv
import io

import pytest
from django.urls import reverse

from candidates import parsing, services
from candidates.duplicates import Profile, pinyin_matches, place_key, reasons, title_key
from candidates.models import Candidate, DuplicatePair

from .builders import make_resume

ZJU = {place_key("Zhejiang University"): "Zhejiang University"}


def profile(name, places=(), titles=()):
    return Profile(pk=0, name=name, places={place_key(p): p for p in places}, titles={title_key(t): t for t in titles})


def test_the_same_name_and_a_shared_school_is_a_reason():
    found = reasons(profile("Jane A. Roe", ["The University of Tokyo"]), profile("ROE Jane", ["University of Tokyo"]))
    assert found == ["same name (Jane A. Roe / ROE Jane) and both at The University of Tokyo"]


@pytest.mark.parametrize("short, full", [("Vishal R", "Vishal Ramesh"), ("R. Vishal", "Vishal Ramesh"),
                                         ("J. Roe", "Jane Roe")])
def test_a_name_with_a_word_cut_to_its_initial_and_a_shared_school_is_a_reason(short, full):
    found = reasons(profile(short, ["SASTRA University"]), profile(full, ["SASTRA University"]))
    assert found == [f"same name with a word cut to its initial ({short} / {full}) and both at SASTRA University"]


@pytest.mark.parametrize("one, other", [("Vishal R", "Vikram Ramesh"), ("V. R.", "Vishal Ramesh"),
                                        ("Vishal R", "Vishal Ramesh Kumar"), ("J. Roe", "Jane Rowe")])
def test_initials_that_do_not_fit_word_for_word_are_no_reason(one, other):
    assert reasons(profile(one, ["SASTRA University"]), profile(other, ["SASTRA University"])) == []


def test_the_same_name_alone_is_no_reason():
    assert reasons(profile("Jane Roe", ["University of Tokyo"]), profile("Jane Roe", ["ETH Zurich"])) == []


def test_two_shared_papers_are_a_reason_and_one_is_not():
    one = profile("Jane Roe", titles=["Sparse Attention for Tracking", "Token Pruning at Scale", "Other Paper Title"])
    two = profile("J. Roe", titles=["Sparse attention for tracking.", "Token Pruning at Scale"])
    assert reasons(one, two) == ['2 publications in common: “Sparse Attention for Tracking”, “Token Pruning at Scale”']
    assert reasons(one, profile("J. Roe", titles=["Token Pruning at Scale"])) == []


@pytest.mark.parametrize("latin", ["Xinlu Wang", "Wang Xinlu", "Xin-Lu Wang", "Xinglu Wang"])
def test_a_chinese_name_and_its_pinyin_in_either_order_with_a_shared_school(latin):
    found = reasons(profile("王新路", ["Zhejiang University"]), profile(latin, ["Zhejiang University"]))
    assert len(found) == 1 and "read as one name in Chinese and in pinyin" in found[0]


def test_pinyin_needs_the_family_name_and_nearly_the_given_name():
    assert pinyin_matches("欧阳娜娜", "Nana Ouyang")
    assert not pinyin_matches("王新路", "Xinlu Zhang")
    assert not pinyin_matches("王新路", "Jianguo Wang")
    assert reasons(profile("王新路", ["Zhejiang University"]), profile("Xinlu Wang", ["Fudan University"])) == []


def _parse(monkeypatch, *versions):
    queue = iter(versions)
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: next(queue))
    resumes = [make_resume(content=f"%PDF person {i}".encode()) for i in range(len(versions))]
    for resume in resumes:
        services.resume_parse(resume_id=resume.pk)
        resume.refresh_from_db()
    return [resume.candidate for resume in resumes]


def _zju(name, email):
    return parsing.ParsedResume(name=name, emails=(email,), education=(
        parsing.Education(institution="Zhejiang University", degree_level="master"),))


@pytest.fixture
def flagged(db, monkeypatch):
    return _parse(monkeypatch, _zju("王新路", "wxl@zju.example"), _zju("Xinglu Wang", "xinglu@corp.example"))


def test_a_probable_duplicate_is_flagged_with_its_reasons_and_not_merged(flagged):
    one, two = flagged
    assert Candidate.objects.count() == 2
    pair = DuplicatePair.objects.get()
    assert (pair.first, pair.second, pair.status) == (one, two, DuplicatePair.Status.POSSIBLE)
    assert "both at Zhejiang University" in pair.reasons[0]


def test_the_candidate_page_shows_the_reasons_and_the_list_and_export_find_the_pair(recruiter_client, flagged):
    one, two = flagged
    body = recruiter_client.get(one.get_absolute_url()).content.decode()
    assert "Possible duplicates" in body and two.get_absolute_url() in body and "both at Zhejiang University" in body
    listed = recruiter_client.get(reverse("candidates:list"), {"possible_duplicates": "1"}).content.decode()
    assert one.get_absolute_url() in listed and two.get_absolute_url() in listed
    export = recruiter_client.get(reverse("candidates:export"), {"possible_duplicates": "1", "sort": "name"})
    rows = {int(r["id"]): r for r in csv.DictReader(io.StringIO(b"".join(export.streaming_content).decode("utf-8-sig")))}
    assert rows[one.pk]["possible_duplicates"] == f"Xinglu Wang (#{two.pk})"
    assert rows[two.pk]["possible_duplicates"] == f"王新路 (#{one.pk})"


def test_not_the_same_person_sticks_through_a_new_parse(recruiter_client, recruiter, flagged, monkeypatch):
    one, two = flagged
    pair = DuplicatePair.objects.get()
    response = recruiter_client.post(reverse("candidates:duplicate_dismiss", args=[pair.pk]), {"from": two.pk})
    assert response.status_code == 302 and response["Location"] == two.get_absolute_url()
    pair.refresh_from_db()
    assert (pair.status, pair.decided_by) == (DuplicatePair.Status.DISTINCT, recruiter)
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: _zju("Xinglu Wang", "xinglu@corp.example"))
    resume = two.resumes.get()
    assert services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    pair.refresh_from_db()
    assert pair.status == DuplicatePair.Status.DISTINCT
    listed = recruiter_client.get(reverse("candidates:list"), {"possible_duplicates": "1"}).content.decode()
    assert one.get_absolute_url() not in listed
    assert "marked not the same person by" in recruiter_client.get(one.get_absolute_url()).content.decode()


def test_a_flag_whose_evidence_is_gone_is_withdrawn(flagged, monkeypatch):
    _, two = flagged
    monkeypatch.setattr(parsing, "parse_pdf", lambda *a, **k: parsing.ParsedResume(
        name="Xinglu Wang", emails=("xinglu@corp.example",), education=(
            parsing.Education(institution="Fudan University", degree_level="master"),)))
    resume = two.resumes.get()
    assert services.resume_requeue(resume=resume)
    services.resume_parse(resume_id=resume.pk)
    assert not DuplicatePair.objects.exists()


def test_only_a_signed_in_user_can_dismiss_a_pair(client, flagged):
    pair = DuplicatePair.objects.get()
    response = client.post(reverse("candidates:duplicate_dismiss", args=[pair.pk]))
    assert response.status_code == 302 and "/login" in response["Location"]
    pair.refresh_from_db()
    assert pair.status == DuplicatePair.Status.POSSIBLE


def test_an_admin_marks_pairs_not_the_same_person_in_bulk(client, admin_user, flagged):
    client.force_login(admin_user)
    pair = DuplicatePair.objects.get()
    url = reverse("admin:candidates_duplicatepair_changelist")
    client.post(url, {"action": "mark_distinct", "_selected_action": [pair.pk]})
    pair.refresh_from_db()
    assert (pair.status, pair.decided_by) == (DuplicatePair.Status.DISTINCT, admin_user)
