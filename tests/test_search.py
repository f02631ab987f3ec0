"""The free-text search: words as words, accents folded, phrases, exclusions, prefixes, relevance, snippets.

Runs on the suite's database, so on SQLite (FTS5) and, in CI's second run, on PostgreSQL (tsvector + GIN).
"""

import pytest
from django.db import connection

from candidates import search
from candidates.models import Candidate, Education, Resume, Skill
from tests.builders import make_candidate, make_resume, summarize

pytestmark = pytest.mark.django_db


def person(name: str, text: str = "", *, skills=(), institution: str = "") -> Candidate:
    candidate = make_candidate(name=name, emails=[f"{abs(hash(name))}@example.com"])
    for skill in skills:
        candidate.skills.add(Skill.objects.get_or_create(name=skill)[0])
    if institution:
        Education.objects.create(candidate=candidate, institution=institution, degree_level="master")
    make_resume(content=name.encode(), candidate=candidate, status=Resume.Status.PARSED, text=text)
    return summarize(candidate)


def found(client, **params) -> list[str]:
    return [c.name for c in client.get("/", params).context["page"].object_list]


@pytest.fixture
def pool():
    person("Gina Google", "Software engineer at Google; designed a ranking algorithm")
    person("Gus Gopher", "Backend services in Go and Rust", skills=["go"])
    person("Jo Java", "Ten years of Java and Spring")
    person("Jas Script", "Frontend in JavaScript and TypeScript")
    person("Kasia Wiśniewska", "Pracowała nad systemami wizji; Łódź")
    person("Cai Plus", "Real-time rendering engines in C++ and CUDA")


@pytest.mark.parametrize(("query", "expected"), [
    ("go", ["Gus Gopher"]),  # not Google, not algorithm
    ("java", ["Jo Java"]),  # not JavaScript
    ("javascript", ["Jas Script"]),
    ("wisniewska", ["Kasia Wiśniewska"]),  # accents fold, both ways
    ("WIŚNIEWSKA", ["Kasia Wiśniewska"]),
    ("lodz", ["Kasia Wiśniewska"]),  # ł is no accented l to Unicode, but folds all the same
    ("c++", ["Cai Plus"]),
    ("c", []),  # "c++" is a word of its own
    ('"real time"', ["Cai Plus"]),
    ("real-time", ["Cai Plus"]),
    ('"time real"', []),  # a phrase keeps its order
    ("gin*", ["Gina Google"]),  # a prefix, asked for
    ("gin", []),
    ("java -spring", []),
    ("engineer -rust", ["Gina Google"]),
    ("-java", []),  # only exclusions: no search, everyone
    ("!!", []),
])
def test_words_match_as_words(recruiter_client, pool, query, expected):
    if query in ("-java", "!!"):
        assert len(found(recruiter_client, q=query)) == 6
    else:
        assert sorted(found(recruiter_client, q=query)) == expected


def test_chinese_words_match_inside_unspaced_text(recruiter_client):
    person("Li Wei", "2018-2022 浙江大学计算机科学与技术学院 本科")
    person("Wang Fang", "大学 浙江 省")
    assert found(recruiter_client, q="浙江大学") == ["Li Wei"]
    assert sorted(found(recruiter_client, q="浙江")) == ["Li Wei", "Wang Fang"]


def test_the_best_match_comes_first_and_the_sort_menu_says_so(recruiter_client):
    person("Once", "vision " + "filler words " * 200)
    person("Often", "vision transformers for vision, vision and more vision")
    response = recruiter_client.get("/", {"q": "vision"})
    assert [c.name for c in response.context["page"].object_list] == ["Often", "Once"]
    assert '<option value="relevance" selected>' in response.content.decode()
    assert found(recruiter_client, q="vision", sort="name") == ["Often", "Once"]
    assert found(recruiter_client, q="vision", sort="-name") == ["Once", "Often"]
    assert found(recruiter_client, sort="relevance")  # without a query, newest first rather than an error


def test_each_result_shows_why_it_matched(recruiter_client):
    person("Mark Up", "Interned at <b>Acme</b>. Built LiDAR odometry for robots; then a lidar-based mapper.")
    body = recruiter_client.get("/", {"q": "lidar"}).content.decode()
    assert '<p class="snippet">Interned at &lt;b&gt;Acme&lt;/b&gt;. Built <mark>LiDAR</mark> odometry' in body
    assert "then a <mark>lidar</mark>-based mapper." in body


def test_snippet_marks_phrases_and_prefixes_only_where_they_match():
    terms = search.parse('"deep learning" optim*')
    text = "Deep thoughts. Learning to rank with deep learning and optimization."
    assert search.snippet(text, terms) == (
        "Deep thoughts. Learning to rank with <mark>deep</mark> <mark>learning</mark> and <mark>optimization</mark>.")
    assert search.snippet("nothing here", terms) == ""


def test_the_snippet_of_a_long_resume_is_where_the_word_first_shows_as_a_word():
    """Reading starts shortly before the first place the word shows as letters (search._reading_start), unless it
    may show earlier written otherwise; the snippet is the same as reading from the start."""
    filler = "filler words " * 100
    late = f"Start. {filler}Google and algorithms. {filler}We go far with Go."
    assert search.snippet(late, search.parse("go")) == (
        "…words filler words filler words filler words We <mark>go</mark> far with <mark>Go</mark>.")
    accented_first = f"{filler}Worked with Wiśniewski. {filler}Thanks to wisniewski."
    assert "with <mark>Wiśniewski</mark>." in search.snippet(accented_first, search.parse("wisniewski"))
    plus_first = f"{filler}Wrote C++ daily. {filler}Also cpp files."
    assert "Wrote <mark>C++</mark> daily" in search.snippet(plus_first, search.parse("cpp"))
    assert search.snippet(late, search.parse("nowhere")) == ""


def test_the_index_follows_changes_and_deletions(recruiter_client):
    candidate = person("Old Name", "text")
    candidate.name = "Zofia Nowak"
    candidate.save()
    summarize(candidate)
    assert found(recruiter_client, q="zofia") == ["Zofia Nowak"]
    assert found(recruiter_client, q="old") == []
    candidate.delete()
    assert found(recruiter_client, q="zofia") == []


def test_the_index_follows_the_text_whatever_else_an_update_writes(recruiter_client):
    candidate = person("Ida Lund", "lidar odometry")
    Candidate.objects.filter(pk=candidate.pk).update(avg_rating=4.5, rating_count=2)  # the text untouched
    assert found(recruiter_client, q="odometry") == ["Ida Lund"]
    Candidate.objects.filter(pk=candidate.pk).update(search_text="ida lund radar")
    assert found(recruiter_client, q="radar") == ["Ida Lund"] and found(recruiter_client, q="odometry") == []


def test_an_institution_is_found_by_any_of_its_names(recruiter_client):
    """ZJU, 浙江大学 and Zhejiang University are one school, in the filter and in the free text; a school whose name
    holds another's (Zhejiang University of Technology) is not that school."""
    person("Printed English", institution="College of Computer Science, Zhejiang University")
    person("Printed Chinese", institution="浙江大学计算机科学与技术学院")
    person("Printed Short", institution="ZJU")
    person("Other School", institution="Zhejiang University of Technology")
    person("Unknown Campus", institution="Zhejiang University Somewhere Unlisted Campus Institute")
    same = ["Printed Chinese", "Printed English", "Printed Short"]
    for name in ("ZJU", "浙江大学", "Zhejiang University", "zhejiang univ."):
        assert sorted(found(recruiter_client, institution=name)) == [*same, "Unknown Campus"], name
    for name in ("ZJU", "浙江大学"):
        assert sorted(found(recruiter_client, q=name)) == same, name
    assert sorted(found(recruiter_client, institution="zhejiang")) == sorted([*same, "Other School", "Unknown Campus"])
    assert found(recruiter_client, institution="Zhejiang University of Technology") == ["Other School"]


@pytest.mark.parametrize("toast_read", [0, 10**6], ids=["walking the newest rows", "sorting the index's matches"])
def test_a_word_too_common_to_rank_everywhere_ranks_the_newest_matches_then_the_rest(
        recruiter_client, monkeypatch, toast_read):
    """On PostgreSQL only the newest RANK_WINDOW matches are ranked, best first; the older ones follow newest
    first, on every page and in the candidate page's previous/next, whichever way the newest are found
    (search.newest_ids). SQLite ranks them all."""
    monkeypatch.setattr(search, "RANK_WINDOW", 3)
    monkeypatch.setattr(search, "TOAST_READ", toast_read)
    people = [person(f"P{i}", "vision " * (1 + i % 3) + "filler " * 20) for i in range(12)]  # P11 is the newest
    pages = found(recruiter_client, q="vision", page_size=10) + found(recruiter_client, q="vision", page_size=10,
                                                                       page=2)
    if connection.vendor == "postgresql":
        # the newest three by relevance (P11 says it three times, P10 twice, P9 once), then the others newest first
        assert pages == ["P11", "P10", "P9", "P8", "P7", "P6", "P5", "P4", "P3", "P2", "P1", "P0"]
    else:
        assert pages == ["P11", "P8", "P5", "P2", "P10", "P7", "P4", "P1", "P9", "P6", "P3", "P0"]
    tenth = people[int(pages[9][1:])]
    response = recruiter_client.get(tenth.get_absolute_url(), {"q": "vision", "at": 10})
    assert (response.context["previous"], response.context["following"], response.context["position"]) == (
        people[int(pages[8][1:])].pk, people[int(pages[10][1:])].pk, 10)


@pytest.mark.django_db(transaction=True)
def test_the_migration_indexes_the_records_already_there(client, django_user_model):
    """Candidates stored before the index existed are found by it, ratings and paper counts filled, and
    institutions keyed, on either database."""
    from django.db.migrations.executor import MigrationExecutor

    before = ("candidates", "0017_upload_verdicts")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    try:
        old = executor.loader.project_state([before]).apps
        candidate = old.get_model("candidates", "Candidate").objects.create(
            name="Old Timer", search_text="old timer wiśniewska c++ tensorflow")
        old.get_model("candidates", "Education").objects.create(candidate=candidate, institution="浙江大学")
        old.get_model("candidates", "Publication").objects.create(candidate=candidate, title="A", venue="CVPR",
                                                                  first_author=True)
        old.get_model("candidates", "Publication").objects.create(candidate=candidate, title="B", status="preprint")
        user = old.get_model("auth", "User").objects.create(username="old-rater")
        old.get_model("candidates", "Rating").objects.create(candidate=candidate, recruiter_id=user.pk, stars=4)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    migrated = Candidate.objects.get(name="Old Timer")
    assert (migrated.avg_rating, migrated.rating_count) == (4.0, 1)
    assert (migrated.paper_count, migrated.first_author_paper_count) == (1, 1)
    assert Education.objects.get().institution_key.startswith("* zhejiang university |")
    client.force_login(django_user_model.objects.create_user("rita"))
    for query in ("wisniewska", "c++", "tensorflow"):
        assert found(client, q=query) == ["Old Timer"], query
    assert found(client, institution="ZJU") == ["Old Timer"]
    assert found(client, pubs_min=1, first_author=1) == ["Old Timer"]
