import csv
import re
import io
from decimal import Decimal

import pytest
from django.db import connection
from django.urls import reverse

from candidates import services
from candidates.models import Candidate, Education, Experience, Publication, Resume, Skill
from tests.builders import make_candidate, make_resume, summarize

pytestmark = pytest.mark.django_db


def researcher(name, *, degree="master", gpa=None, scale=None, stated=None, institution="MIT", pubs=(), skills=(),
               organization="", text=""):
    """A candidate with one degree, publications given as (venue, year, first_author), and skills."""
    candidate = make_candidate(name=name, emails=[f"{name.split()[0].lower()}@example.com"])
    Education.objects.create(candidate=candidate, institution=institution, degree_level=degree, gpa=gpa,
                             gpa_scale=scale, gpa_4_stated=stated, end="2020")
    for i, (venue, year, first) in enumerate(pubs):
        known = {"ICCV": "A*", "CVPR": "A*", "AAAI": "A*", "ICIP": "B"}
        Publication.objects.create(candidate=candidate, position=i, title=f"{name} paper {i}", venue=venue,
                                   venue_tier=known.get(venue, ""), year=year, first_author=first)
    for skill in skills:
        candidate.skills.add(Skill.objects.get_or_create(name=skill)[0])
    if organization:
        Experience.objects.create(candidate=candidate, organization=organization, title="Intern")
    make_resume(content=name.encode() + b" resume", candidate=candidate, status=Resume.Status.PARSED, text=text)
    return summarize(candidate)


@pytest.fixture
def pool():
    return {
        "ana": researcher("Ana Lima", degree="phd", gpa="3.9", scale="4", skills=["pytorch", "python"],
                          pubs=[("ICCV", 2019, True), ("CVPR", 2021, False), ("CVPR", 2022, True)]),
        "bo": researcher("Bo Chen", gpa="90.75", scale="100", skills=["pytorch", "c++"],
                         pubs=[("ICIP", 2020, True)], organization="Huawei"),
        "cy": researcher("Cy Patel", degree="bachelor", gpa="8.7", scale="10", skills=["tensorflow"],
                         pubs=[("AAAI", 2018, False)], institution="IIT Bombay"),
        "di": researcher("Di Rossi", skills=["python"], text="worked on lidar odometry"),
    }


def names(response) -> list[str]:
    return [c.name for c in response.context["page"].object_list]


def search(client, **params):
    return names(client.get("/", params))


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        ({"q": "ana"}, ["Ana Lima"]),
        ({"q": "tensorflow"}, ["Cy Patel"]),
        ({"q": "bombay"}, ["Cy Patel"]),
        ({"q": "huawei"}, ["Bo Chen"]),
        ({"q": "paper 2"}, ["Ana Lima"]),
        ({"q": '"lidar odometry"'}, ["Di Rossi"]),
        ({"skill": ["Pytorch"]}, ["Ana Lima", "Bo Chen"]),
        ({"skill": ["torch", "python"]}, ["Ana Lima"]),
        ({"skill": ["c++", "tensorflow"], "skill_mode": "any"}, ["Bo Chen", "Cy Patel"]),
        ({"venue": ["ICCV'2019"]}, ["Ana Lima"]),
        ({"venue": ["CVPR", "icip"]}, ["Ana Lima", "Bo Chen"]),
        ({"venue_tier": "A*"}, ["Ana Lima", "Cy Patel"]),
        ({"venue_tier": "B"}, ["Ana Lima", "Bo Chen", "Cy Patel"]),
        ({"pub_year_min": 2020, "pub_year_max": 2020}, ["Bo Chen"]),
        ({"venue": ["AAAI"], "first_author": "1"}, []),
        ({"venue": ["CVPR"], "first_author": "1", "pub_year_max": 2021}, []),
        ({"venue": ["CVPR"], "first_author": "1"}, ["Ana Lima"]),
        ({"pubs_min": 2}, ["Ana Lima"]),
        ({"venue": ["CVPR"], "pubs_min": 2}, ["Ana Lima"]),
        ({"venue": ["CVPR"], "first_author": "1", "pubs_min": 2}, []),
        ({"gpa_min": "3.6"}, ["Ana Lima", "Bo Chen"]),  # 90.75/100 is 3.63
        ({"gpa_min": "3.7"}, ["Ana Lima"]),
        ({"gpa_min": "0"}, ["Ana Lima", "Bo Chen", "Cy Patel"]),  # no GPA: excluded
        ({"degree": "phd"}, ["Ana Lima"]),
        ({"institution": "iit"}, ["Cy Patel"]),
        ({"skill": ["pytorch"], "venue": ["CVPR"], "gpa_min": "3.5"}, ["Ana Lima"]),
    ],
)
def test_filters(recruiter_client, pool, params, expected):
    assert sorted(search(recruiter_client, **params)) == expected


def test_gpa_comes_from_the_highest_degree_that_has_one(recruiter_client):
    candidate = researcher("Eve Moss", degree="bachelor", gpa="3.2", scale="4")
    Education.objects.create(candidate=candidate, institution="ETH", degree_level="phd", end="2024")
    Education.objects.create(candidate=candidate, institution="ETH", degree_level="master", gpa="95", gpa_scale="100",
                             end="2021")
    summarize(candidate)
    candidate.refresh_from_db()
    assert candidate.highest_degree_level == "phd"
    assert str(candidate.gpa_4) == "3.80"
    assert search(recruiter_client, gpa_min="3.75") == ["Eve Moss"]


def test_tags_shortlists_ratings_and_status_filter(recruiter_client, recruiter, other_recruiter, pool):
    services.tag_add(candidate=pool["bo"], name="strong")
    services.tag_add(candidate=pool["cy"], name="Strong")
    services.tag_add(candidate=pool["cy"], name="remote")
    shortlist = services.shortlist_create(name="Vision team", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[pool["ana"], pool["di"]], added_by=recruiter)
    services.rating_set(candidate=pool["ana"], recruiter=recruiter, stars=5)
    services.rating_set(candidate=pool["ana"], recruiter=other_recruiter, stars=3)
    services.rating_set(candidate=pool["bo"], recruiter=recruiter, stars=3)
    make_resume(content=b"newer", candidate=pool["di"], status=Resume.Status.QUEUED)  # a newer resume on its way

    assert sorted(search(recruiter_client, tag=["strong"])) == ["Bo Chen", "Cy Patel"]
    assert search(recruiter_client, tag=["strong", "remote"]) == ["Cy Patel"]
    assert sorted(search(recruiter_client, shortlist=shortlist.pk)) == ["Ana Lima", "Di Rossi"]
    assert sorted(search(recruiter_client, rating_min=4)) == ["Ana Lima"]  # (5 + 3) / 2
    assert sorted(search(recruiter_client, rating_min=3)) == ["Ana Lima", "Bo Chen"]
    assert search(recruiter_client, status="queued") == ["Di Rossi"]


@pytest.mark.parametrize(
    ("sort", "expected"),
    [
        ("-gpa", ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi"]),  # 3.9, 3.63, 3.48, none last
        ("gpa", ["Cy Patel", "Bo Chen", "Ana Lima", "Di Rossi"]),
        ("-pubs", ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi"]),
        ("name", ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi"]),
        ("-name", ["Di Rossi", "Cy Patel", "Bo Chen", "Ana Lima"]),
        ("newest", ["Di Rossi", "Cy Patel", "Bo Chen", "Ana Lima"]),
        ("-newest", ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi"]),
    ],
)
def test_sorts(recruiter_client, pool, sort, expected):
    assert search(recruiter_client, sort=sort) == expected


def test_page_size_is_kept_between_10_and_200(recruiter_client, pool):
    for i in range(12):
        make_candidate(name=f"Extra {i}")
    assert len(search(recruiter_client, page_size=3)) == 10
    assert len(search(recruiter_client, page_size=500)) == 16
    response = recruiter_client.get("/", {"page_size": 10, "page": 2})
    assert len(names(response)) == 6


def test_the_list_shows_counts_facets_and_converted_gpas(recruiter_client, pool):
    response = recruiter_client.get("/", {"skill": "pytorch"})
    body = response.content.decode()
    assert "2 candidates" in body
    assert "90.75/100 ≈ 3.63" in body
    skills = {o["value"]: o["count"] for o in response.context["skill_options"]}
    assert skills == {"pytorch": 2, "python": 1, "c++": 1}
    venues = {o["value"]: o["count"] for o in response.context["venue_options"]}
    assert venues == {"CVPR": 1, "ICCV": 1, "ICIP": 1}
    degrees = {o["value"]: o["count"] for o in response.context["degree_options"]}
    assert degrees == {"phd": 1, "master": 1, "bachelor": None}  # the usual three always offered, counted if any


def test_past_the_sample_size_facet_counts_are_estimated_and_say_so(recruiter_client, pool, monkeypatch):
    """Counted over the newest FACET_SAMPLE matches, scaled to all of them, and marked ≈."""
    monkeypatch.setattr("candidates.results.FACET_SAMPLE", 2)  # two of the four, whichever the database gives first
    response = recruiter_client.get("/")
    skills = {o["value"]: o["count"] for o in response.context["skill_options"]}
    assert all(n in (2, 4) for n in skills.values())  # one or both of two, scaled to four
    assert 2 <= len(skills) <= 4
    body = response.content.decode()
    assert "Counts marked ≈ are estimated from 2 of the matches." in body
    assert '<span class="count">≈2</span>' in body
    monkeypatch.setattr("candidates.results.FACET_SAMPLE", 4)
    response = recruiter_client.get("/")
    assert "estimated" not in response.content.decode() and '<span class="count">≈' not in response.content.decode()
    skills = {o["value"]: o["count"] for o in response.context["skill_options"]}
    assert skills == {"python": 2, "pytorch": 2, "c++": 1, "tensorflow": 1}


def test_an_htmx_request_gets_the_results_and_the_facets_only(recruiter_client, pool):
    response = recruiter_client.get("/", {"q": "ana"}, headers={"HX-Request": "true"})
    body = response.content.decode()
    assert body.lstrip().startswith('<section id="results">')
    assert 'id="facets" hx-swap-oob="true"' in body
    assert "<html" not in body


def test_the_list_issues_the_same_queries_whatever_the_page_size(recruiter_client, recruiter, pool,
                                                                  django_assert_num_queries):
    shortlist = services.shortlist_create(name="All", created_by=recruiter)
    for i in range(40):
        candidate = researcher(f"Filler {i}", gpa="3.1", scale="4", skills=["python", f"s{i % 5}"],
                               pubs=[("CVPR", 2020, True)])
        services.tag_add(candidate=candidate, name=f"t{i % 3}")
        services.rating_set(candidate=candidate, recruiter=recruiter, stars=4)
        services.shortlist_add(shortlist=shortlist, candidates=[candidate], added_by=recruiter)
    recruiter_client.get("/")
    for size in (10, 50, 200):
        with django_assert_num_queries(16):  # with the menu of saved searches (none alerts: no count)
            response = recruiter_client.get("/", {"page_size": size, "skill": "python"})
        assert len(response.context["page"].object_list) == min(size, 42)


def read_csv(response) -> list[dict]:
    body = b"".join(response.streaming_content)
    assert body.startswith("\ufeff".encode())  # Excel reads UTF-8 only with the byte-order mark
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def test_the_csv_export_has_the_filtered_candidates(recruiter_client, recruiter, pool):
    services.tag_add(candidate=pool["ana"], name="strong")
    services.rating_set(candidate=pool["ana"], recruiter=recruiter, stars=4)
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[pool["ana"]], added_by=recruiter)
    response = recruiter_client.get(reverse("candidates:export"), {"skill": "pytorch", "sort": "name"})
    assert response.streaming
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    assert 'filename="candidates.csv"' in response["Content-Disposition"]
    rows = read_csv(response)
    assert list(rows[0]) == ["id", "name", "emails", "phones", "highest_degree", "institution", "gpa", "gpa_scale",
                             "gpa_4", "publications", "venues", "skills", "tags", "rating", "shortlists",
                             "needs_review", "possible_duplicates", "url"]
    assert [r["name"] for r in rows] == ["Ana Lima", "Bo Chen"]
    ana, bo = rows
    assert ana["venues"] == "CVPR; ICCV"
    assert ana["skills"] == "python; pytorch"
    assert (ana["tags"], ana["rating"], ana["shortlists"], ana["needs_review"]) == ("strong", "4.0", "Vision", "no")
    assert ana["url"] == f"http://testserver/candidates/{pool['ana'].pk}/"
    assert (bo["gpa"], bo["gpa_scale"], bo["gpa_4"], bo["publications"]) == ("90.75", "100", "3.63", "1")


def test_the_csv_export_joins_every_email_and_phone_into_one_cell(recruiter_client):
    make_candidate(name="Two Mails", emails=["a@x.example", "b@x.example"], phones=["+1 415 555 0199", "020 7946"])
    make_candidate(name="No Contact", emails=[], phones=[])
    rows = {r["name"]: r for r in read_csv(recruiter_client.get(reverse("candidates:export")))}
    assert rows["Two Mails"]["emails"] == "a@x.example; b@x.example"
    assert rows["Two Mails"]["phones"] == "'+1 415 555 0199; 020 7946"
    assert (rows["No Contact"]["emails"], rows["No Contact"]["phones"]) == ("", "")


@pytest.mark.parametrize("name", ['=HYPERLINK("http://evil")', "+1-1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"])
def test_the_csv_export_neutralises_spreadsheet_formulas(recruiter_client, name):
    make_candidate(name=name, phones=["+8613777894581"])
    row = read_csv(recruiter_client.get(reverse("candidates:export")))[0]
    assert row["name"] == "'" + name


def test_the_csv_export_keeps_phone_numbers_as_text_and_names_in_any_script(recruiter_client, recruiter):
    make_candidate(name="王新路", phones=["13777894581"])
    make_candidate(name="Łukasz Wiśniewski", phones=["+48 601 555 123"])
    rows = read_csv(recruiter_client.get(reverse("candidates:export"), {"sort": "name"}))
    assert [(r["name"], r["phones"]) for r in rows] == [("Łukasz Wiśniewski", "'+48 601 555 123"),
                                                         ("王新路", "'13777894581")]


def test_a_shortlist_with_a_non_ascii_name_downloads_under_that_name(recruiter_client, recruiter):
    shortlist = services.shortlist_create(name="视觉 Équipe", created_by=recruiter)
    response = recruiter_client.get(reverse("candidates:shortlist_export", args=[shortlist.pk]))
    disposition = response["Content-Disposition"]
    assert disposition.startswith("attachment; filename*=utf-8''") and "%E8%A7%86%E8%A7%89" in disposition


def test_the_candidate_page_links_to_its_neighbours_in_the_search(recruiter_client, pool):
    url = reverse("candidates:detail", args=[pool["bo"].pk])
    response = recruiter_client.get(url, {"skill": "pytorch", "sort": "name"})
    assert (response.context["previous"], response.context["following"]) == (pool["ana"].pk, None)
    assert (response.context["position"], response.context["total"]) == (2, 2)
    body = response.content.decode()
    assert f'href="/candidates/{pool["ana"].pk}/?skill=pytorch&amp;sort=name&amp;at=1" rel="prev"' in body
    response = recruiter_client.get(url, {"sort": "name"})
    assert (response.context["previous"], response.context["following"]) == (pool["ana"].pk, pool["cy"].pk)


@pytest.mark.parametrize("at", ["2", "4", "999999", "x"])
def test_neighbours_come_from_the_position_the_list_gave_or_are_looked_for(recruiter_client, pool, at):
    """The list's link says where the candidate stood (at=2); a stale or odd position still finds the right ones."""
    url = reverse("candidates:detail", args=[pool["bo"].pk])
    response = recruiter_client.get(url, {"sort": "name", "at": at})
    assert (response.context["previous"], response.context["following"]) == (pool["ana"].pk, pool["cy"].pk)
    assert (response.context["position"], response.context["total"]) == (2, 4)


def test_the_list_links_each_candidate_with_its_position(recruiter_client, pool):
    body = recruiter_client.get("/", {"sort": "name", "page_size": 10}).content.decode()
    assert f'href="/candidates/{pool["cy"].pk}/?sort=name&amp;page_size=10&amp;at=3"' in body


def test_the_candidate_page_embeds_the_pdf(recruiter_client, pool):
    body = recruiter_client.get(pool["ana"].get_absolute_url()).content.decode()
    resume = pool["ana"].resumes.first()
    assert f'<iframe src="{resume.get_file_url()}"' in body


def test_the_skills_a_search_asked_for_are_shown_first(recruiter_client):
    candidate = researcher("Fay Wu", skills=["airflow", "bash", "c", "docker", "git", "java", "rust"])
    body = recruiter_client.get("/", {"skill": "rust"}).content.decode()
    row = body[body.index("Fay Wu"):]
    assert row.index(">rust<") < row.index(">airflow<")
    assert '<span class="chip matched">rust</span>' in row
    assert candidate.skills.count() == 7


def test_a_broad_search_is_counted_only_so_far_and_says_so(recruiter_client, pool, monkeypatch):
    """The count stops past COUNT_EXACT on PostgreSQL (its planner's estimate then stands in, where it agrees there
    are more) and past MAX_RESULTS on SQLite; facets then give shares of the matches, and pages go on while full."""
    monkeypatch.setattr("candidates.results.MAX_RESULTS", 2)
    monkeypatch.setattr("candidates.results.COUNT_EXACT", 2)
    response = recruiter_client.get("/", {"page_size": 10, "page": 5})
    body = response.content.decode()
    if connection.vendor == "postgresql":
        assert re.search(r"(About \d+ candidates <small[^>]*>\(estimated\)|More than 2 candidates)", body)
    else:
        assert "More than 2 candidates" in body
    assert response.context["page"].number == 1  # pages stop at the first MAX_RESULTS matches
    assert "Shares of the matches" in body and '<span class="count">50%</span>' in body  # python: 2 of 4
    assert not response.context["page"].more  # four on a page of ten: the last one, whatever the count said
    monkeypatch.setattr("candidates.results.MAX_RESULTS", 10_000)
    body = recruiter_client.get("/", {"page_size": 10}).content.decode()
    if connection.vendor == "postgresql":  # still past COUNT_EXACT: pages without an "of N", none after a short one
        assert "<span>Page 1</span>" in body and 'rel="next"' not in body
    else:  # SQLite counts up to MAX_RESULTS
        assert "4 candidates" in body


def test_the_csv_export_keeps_the_search_order_across_chunks(recruiter_client, recruiter, pool, monkeypatch):
    monkeypatch.setattr("candidates.exports.CHUNK", 3)
    services.tag_add(candidate=pool["di"], name="last chunk")
    rows = read_csv(recruiter_client.get(reverse("candidates:export"), {"sort": "name"}))
    assert [r["name"] for r in rows] == ["Ana Lima", "Bo Chen", "Cy Patel", "Di Rossi"]
    assert rows[3]["tags"] == "last chunk" and rows[0]["venues"] == "CVPR; ICCV"


def test_a_school_leaving_mark_is_not_the_candidates_gpa(recruiter_client):
    candidate = researcher("Ravi Kumar", degree="bachelor", institution="IIT Delhi")
    Education.objects.create(candidate=candidate, institution="Delhi Public School", degree_level="highschool",
                             degree="Class XII", gpa="92.4", gpa_scale="100", end="2016", position=1)
    summarize(candidate)
    assert (candidate.gpa, candidate.gpa_4, candidate.gpa_level) == (None, None, "")
    assert search(recruiter_client, gpa_min="3.0") == []


def test_the_gpa_says_which_degree_it_is_of(recruiter_client):
    candidate = researcher("Mei Wang", degree="bachelor", gpa="3.94", scale="4", institution="Fudan University")
    Education.objects.create(candidate=candidate, institution="MIT", degree_level="phd", end="2024", position=1)
    summarize(candidate)
    assert (candidate.highest_degree_level, candidate.gpa, candidate.gpa_level) == ("phd", Decimal("3.94"), "bachelor")
    page = recruiter_client.get(candidate.get_absolute_url()).content.decode()
    assert "GPA 3.94/4 <small>(bachelor&#x27;s)</small>" in page
    listing = recruiter_client.get("/").content.decode()
    assert "3.94/4<br><small>bachelor&#x27;s</small>" in listing


def test_the_filters_applied_are_listed_above_the_results_each_removable(recruiter_client, recruiter, pool):
    shortlist = services.shortlist_create(name="Vision <team>", created_by=recruiter)
    response = recruiter_client.get("/", {"skill": ["pytorch", "python"], "degree": "phd", "venue_tier": "A",
                                          "first_author": "on", "shortlist": shortlist.pk, "sort": "-gpa",
                                          "gpa_min": "", "page": "2"})
    active = {a["label"]: a["url"] for a in response.context["active_filters"]}
    assert active == {
        "Skills: pytorch": "/?skill=python&degree=phd&venue_tier=A&first_author=on&shortlist="
                           f"{shortlist.pk}&sort=-gpa",
        "Skills: python": f"/?skill=pytorch&degree=phd&venue_tier=A&first_author=on&shortlist={shortlist.pk}&sort=-gpa",
        "Highest degree: PhD": f"/?skill=pytorch&skill=python&venue_tier=A&first_author=on&shortlist={shortlist.pk}"
                               "&sort=-gpa",
        "Venue tier: A or better": f"/?skill=pytorch&skill=python&degree=phd&first_author=on&shortlist={shortlist.pk}"
                                   "&sort=-gpa",
        "First author only": f"/?skill=pytorch&skill=python&degree=phd&venue_tier=A&shortlist={shortlist.pk}&sort=-gpa",
        "Shortlist: Vision <team>": "/?skill=pytorch&skill=python&degree=phd&venue_tier=A&first_author=on&sort=-gpa",
    }
    body = response.content.decode()
    assert "Shortlist: Vision &lt;team&gt;" in body and 'aria-label="Remove the filter Highest degree: PhD"' in body


def test_several_degree_levels_or_a_level_and_above(recruiter_client, pool):
    assert sorted(search(recruiter_client, degree=["master", "bachelor"])) == ["Bo Chen", "Cy Patel", "Di Rossi"]
    assert sorted(search(recruiter_client, degree_min="master")) == ["Ana Lima", "Bo Chen", "Di Rossi"]
    assert sorted(search(recruiter_client, degree_min="phd")) == ["Ana Lima"]
    options = recruiter_client.get("/", {"degree": "phd"}).context["degree_options"]
    assert [(o["value"], o["checked"]) for o in options] == [("phd", True), ("master", False), ("bachelor", False)]


def test_a_row_shows_the_skills_in_the_resumes_order_not_a_to_z(recruiter_client):
    researcher("Ola Nowak", skills=["tensorflow", "c++", "python", "bash"])
    row = recruiter_client.get("/").context["page"].object_list[0]
    assert [s.name for s in row.skills.all()] == ["tensorflow", "c++", "python", "bash"]
    matched = recruiter_client.get("/", {"skill": "python"}).content.decode()
    chips = re.findall(r'<span class="chip[^"]*">([^<]+)</span>', matched[matched.index("Ola Nowak"):])[:4]
    assert chips == ["python", "tensorflow", "c++", "bash"]  # what the search asked for first


@pytest.mark.django_db(transaction=True)
def test_the_migration_regrades_the_candidates_already_there():
    """A school-leaving mark stored as a candidate's GPA before gpa_level existed is dropped; a university GPA
    stays, and learns its degree."""
    from django.db import connection
    from django.db.migrations.executor import MigrationExecutor

    before = ("candidates", "0025_bulk_action")
    executor = MigrationExecutor(connection)
    executor.migrate([before])
    try:
        old = executor.loader.project_state([before]).apps
        OldCandidate, Education = old.get_model("candidates", "Candidate"), old.get_model("candidates", "Education")
        school = OldCandidate.objects.create(name="School Mark", gpa="92.4", gpa_scale="100", gpa_4="3.70")
        Education.objects.create(candidate=school, degree_level="bachelor", institution="IIT Delhi")
        Education.objects.create(candidate=school, degree_level="highschool", gpa="92.4", gpa_scale="100",
                                 position=1)
        kept = OldCandidate.objects.create(name="University Mark", gpa="3.94", gpa_scale="4", gpa_4="3.94")
        Education.objects.create(candidate=kept, degree_level="bachelor", gpa="3.94", gpa_scale="4")
        Education.objects.create(candidate=kept, degree_level="phd", position=1)
    finally:
        executor = MigrationExecutor(connection)
        executor.migrate(executor.loader.graph.leaf_nodes())
    school, kept = (Candidate.objects.get(name=n) for n in ("School Mark", "University Mark"))
    assert (school.gpa, school.gpa_4, school.gpa_level) == (None, None, "")
    assert (kept.gpa, kept.gpa_4, kept.gpa_level) == (Decimal("3.94"), Decimal("3.94"), "bachelor")


def test_every_sort_of_the_list_walks_an_index_rather_than_sorting_the_pool():
    """SQLite walks an index for each sort (the parse score's comes from the post-migrate check, which a table
    rebuild cannot lose); PostgreSQL has one per sort with its NULLS placement (migration 0020)."""
    from candidates.filters import SORTS

    with connection.cursor() as cursor:
        if connection.vendor == "sqlite":
            for value, ordering in SORTS.items():
                sql, params = Candidate.objects.order_by(*ordering).values("pk")[:25].query.sql_with_params()
                cursor.execute("EXPLAIN QUERY PLAN " + sql, params)
                plan = [row[-1] for row in cursor.fetchall()]
                assert any("INDEX" in step for step in plan), (value, plan)
                assert "USE TEMP B-TREE FOR ORDER BY" not in plan, (value, plan)
        else:
            cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = 'candidates_candidate'")
            names = {row[0] for row in cursor.fetchall()}
            assert {"candidates_quality_idx", "candidates_gpa_asc_idx", "candidates_gpa_desc_idx"} <= names
