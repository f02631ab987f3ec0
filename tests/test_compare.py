import re
from decimal import Decimal

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from candidates import services
from candidates.compare import author_place
from candidates.models import Education, Experience, Publication, Skill
from tests.builders import make_candidate, summarize

URL = reverse("candidates:compare")


def compare_url(*ids) -> str:
    return URL + "?" + "&".join(f"candidates={i}" for i in ids)


def with_skills(candidate, *names):
    candidate.skills.add(*(Skill.objects.get_or_create(name=name)[0] for name in names))
    return candidate


def paper(candidate, venue, tier, year, position, authors=3, **fields):
    return Publication.objects.create(
        candidate=candidate, title=f"A paper at {venue} {year}", venue=venue, venue_tier=tier, year=year,
        author_position=position, first_author=position == 1, authors=[f"Author {n}" for n in range(authors)],
        **fields)


def rows(html: str, caption: str) -> list[list[str]]:
    """The text of each body row (header cell, then one cell per candidate) of the table with this caption."""
    table = re.search(rf"<caption>{re.escape(caption)}.*?</table>", html, re.S).group(0)
    body = table.split("<tbody>", 1)[1]
    return [[" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in re.findall(r"<t[hd][^>]*>(.*?)</t[hd]>", row,
                                                                                      re.S)]
            for row in re.findall(r"<tr[^>]*>(.*?)</tr>", body, re.S)]


@pytest.fixture
def trio(db):
    ana = with_skills(make_candidate(name="Ana Lima", emails=["ana@example.com"]), "python", "pytorch", "go")
    ben = with_skills(make_candidate(name="Ben Okafor"), "python", "rust")
    cai = with_skills(make_candidate(name="Cai Wen"), "pytorch", "python", "java")
    Education.objects.create(candidate=ana, institution="University of Lisbon", degree_level="master",
                             degree="MSc", field="Computer Science", gpa=Decimal("17"), gpa_scale=Decimal("20"),
                             start="2019", end="2021")
    Education.objects.create(candidate=ben, institution="Stanford University", degree_level="master",
                             degree="MS", gpa=Decimal("3.9"), gpa_scale=Decimal("4"))
    Education.objects.create(candidate=cai, institution="Zhejiang University", degree_level="bachelor",
                             gpa=Decimal("90.75"), gpa_scale=Decimal("100"))
    Experience.objects.create(candidate=ben, organization="Acme Robotics", title="Research intern", start="2022-06",
                              end="2022-09")
    paper(ana, "CVPR", "A*", 2023, 1)
    paper(ana, "ICIP", "B", 2021, 2, authors=5)
    paper(cai, "CVPR", "A*", 2022, 2, authors=5)
    paper(cai, "NeurIPS", "A*", 2023, 3)
    paper(ben, "NeurIPS", "A*", 2024, 1)
    paper(ben, "NeurIPS", "", 2021, 4, authors=5, workshop=True)
    return [summarize(c) for c in (ana, ben, cai)]


def test_it_keeps_the_order_the_ids_came_in(recruiter_client, trio):
    ana, ben, cai = trio
    html = recruiter_client.get(compare_url(cai.pk, ana.pk, ben.pk)).content.decode()
    heads = rows(html, "Skills")[0]
    assert html.index("Cai Wen") < html.index("Ana Lima") < html.index("Ben Okafor")
    assert heads[0] == "python"


def test_it_aligns_shared_skills_on_rows_most_widely_held_first(recruiter_client, trio):
    ana, ben, cai = trio
    html = recruiter_client.get(compare_url(ana.pk, ben.pk, cai.pk)).content.decode()
    assert rows(html, "Skills") == [
        ["python", "✓ yes", "✓ yes", "✓ yes"],
        ["pytorch", "✓ yes", "– no", "✓ yes"],
        ["Other skills", "go", "rust", "java"],
    ]


def test_it_aligns_venues_on_rows_best_tier_and_most_papers_first(recruiter_client, trio):
    ana, ben, cai = trio
    html = recruiter_client.get(compare_url(ana.pk, ben.pk, cai.pk)).content.decode()
    table = rows(html, "Publications")
    assert table[0] == ["Peer-reviewed papers", "2", "1", "2"]
    assert table[1] == ["First-author papers", "1", "1", "0"]
    venues = [row[0] for row in table[2:]]
    assert venues == ["CVPR A*", "NeurIPS A*", "ICIP B", "NeurIPS workshop"]
    cvpr, neurips, icip, workshop = table[2:]
    assert cvpr[1].startswith("2023 · 1st author") and cvpr[3].startswith("2022 · 2nd of 5")
    assert cvpr[2] == "— none"
    assert neurips[2].startswith("2024 · 1st author") and neurips[3].startswith("2023 · 3rd of 3")
    assert icip[1].startswith("2021 · 2nd of 5")
    assert workshop[2].startswith("2021 · 4th of 5")


def test_it_shows_each_gpa_as_printed_and_on_the_four_scale_and_marks_the_best(recruiter_client, trio):
    ana, ben, cai = trio
    html = recruiter_client.get(compare_url(ana.pk, ben.pk, cai.pk)).content.decode()
    master, bachelor = rows(html, "Degrees")
    assert master[0] == "Master" and bachelor[0] == "Bachelor"
    assert "GPA 17/20 ≈ 3.4" in master[1] and "best GPA" not in master[1]
    assert "GPA 3.9/4 best GPA" in master[2]
    assert master[3] == "— none"
    assert "GPA 90.75/100 ≈ 3.63 best GPA" in bachelor[3]
    assert "MSc, Computer Science 2019 – 2021" in master[1]


def test_it_shows_the_header_experience_and_the_team_view(recruiter_client, recruiter, other_recruiter, trio):
    ana, ben, _ = trio
    services.rating_set(candidate=ana, recruiter=recruiter, stars=4)
    services.rating_set(candidate=ana, recruiter=other_recruiter, stars=3)
    services.tag_add(candidate=ana, name="strong")
    shortlist = services.shortlist_create(name="Vision", created_by=recruiter)
    services.shortlist_add(shortlist=shortlist, candidates=[ben], added_by=recruiter)
    for n in range(5):
        services.note_create(candidate=ben, author=other_recruiter, body=f"note {n}")
    html = recruiter_client.get(compare_url(ana.pk, ben.pk)).content.decode()
    assert f'href="{ana.get_absolute_url()}"' in html and "mailto:ana@example.com" in html
    assert rows(html, "Candidates")[0][1] == "Master (MSc) University of Lisbon"
    assert rows(html, "Experience") == [["Positions", "— none", "Acme Robotics Research intern 2022-06 – 2022-09"]]
    team = {row[0]: row[1:] for row in rows(html, "The team")}
    assert team["Team rating"] == ["3.5★ from 2 recruiters", "not rated yet"]
    assert team["Your rating"] == ["4 of 5", "not rated by you"]
    assert team["Tags"][0] == "strong"
    assert team["Shortlists"][1] == "Vision · Shortlisted"
    assert team["Newest notes"][1].startswith("omar") and "note 4" in team["Newest notes"][1]
    assert "note 1" not in team["Newest notes"][1] and "all 5 notes" in team["Newest notes"][1]


def test_it_escapes_a_script_in_a_note(recruiter_client, recruiter, trio):
    services.note_create(candidate=trio[0], author=recruiter, body="<script>alert('x')</script>")
    html = recruiter_client.get(compare_url(trio[0].pk, trio[1].pk)).content.decode()
    assert "<script>alert" not in html
    assert "&lt;script&gt;alert(&#x27;x&#x27;)&lt;/script&gt;" in html


@pytest.mark.parametrize(("position", "authors", "truncated", "shown"), [
    (1, 4, False, "1st author"), (2, 5, False, "2nd of 5"), (3, 3, True, "3rd of at least 3"),
    (2, 0, False, "2nd author"), (None, 3, False, ""),
])
def test_it_says_where_the_candidate_stands_among_the_authors(position, authors, truncated, shown):
    paper = Publication(author_position=position, authors=["x"] * authors, authors_truncated=truncated)
    assert author_place(paper) == shown


@pytest.mark.parametrize("count", [1, 5])
def test_it_asks_for_two_to_four_candidates(recruiter_client, db, count):
    ids = [make_candidate().pk for _ in range(count)]
    response = recruiter_client.get(compare_url(*ids))
    assert response.status_code == 200
    assert f"Choose 2 to 4 candidates to compare; you chose {count}." in response.content.decode()
    assert "<table" not in response.content.decode()


def test_it_counts_a_candidate_chosen_twice_once(recruiter_client, trio):
    response = recruiter_client.get(compare_url(trio[0].pk, trio[0].pk))
    assert "you chose 1." in response.content.decode()


def test_it_names_the_ids_it_does_not_know(recruiter_client, trio):
    response = recruiter_client.get(compare_url(trio[0].pk, 999999))
    assert "No candidate has the id 999999 (erased or merged, perhaps); choose again" in response.content.decode()
    response = recruiter_client.get(compare_url(trio[0].pk, "abc", "²", 10**30))
    assert f"No candidate has the ids abc, ², {10**30} (erased" in response.content.decode()


def test_it_ignores_the_list_forms_other_fields_and_links_back_to_a_local_next(recruiter_client, trio):
    query = f"candidates={trio[0].pk}&candidates={trio[1].pk}&csrfmiddlewaretoken=x&shortlist=&new_shortlist="
    html = recruiter_client.get(f"{URL}?{query}&next=/%3Fq%3Dpython").content.decode()
    assert 'href="/?q=python"' in html and "Ana Lima" in html
    html = recruiter_client.get(f"{URL}?candidates=1&next=https://evil.example.com/").content.decode()
    assert "evil.example.com" not in html and f'href="{reverse("candidates:list")}"' in html


def test_it_needs_a_sign_in(client, trio):
    response = client.get(compare_url(trio[0].pk, trio[1].pk))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_its_queries_do_not_grow_with_the_candidates_or_their_rows(recruiter_client, recruiter, trio):
    ana, ben, cai = trio
    fourth = make_candidate(name="Dee Park")

    def queries(*ids) -> int:
        with CaptureQueriesContext(connection) as captured:
            assert recruiter_client.get(compare_url(*ids)).status_code == 200
        return len(captured)

    few = queries(ana.pk, fourth.pk)
    for candidate in trio:
        services.note_create(candidate=candidate, author=recruiter, body="fine")
        services.tag_add(candidate=candidate, name="strong")
        services.rating_set(candidate=candidate, recruiter=recruiter, stars=5)
    assert queries(ana.pk, ben.pk, cai.pk, fourth.pk) == few <= 11
