"""Every optimised filter and sort gives what a straightforward reading of the rows gives, on a small synthetic pool.

The pool is benchmarks/make_pool.py's (the one the speed figures are measured on), summarised by the product's own
service. The reference answers are computed here in Python from each candidate's rows, with none of the index,
precomputed columns, semi-joins, full-text engines or sampling the dashboard uses.
"""

import random
from decimal import Decimal

import pytest

from benchmarks import make_pool
from candidates import search
from candidates.parsing import institutions
from candidates.filters import TIERS_AT_LEAST, canonical_skill, canonical_venue
from candidates.models import DEGREE_RANK, PEER_REVIEWED_STATUSES, Candidate, DuplicatePair, Resume, Shortlist, Tag
from candidates.services import candidate_summarize

pytestmark = pytest.mark.django_db
POOL = 160


@pytest.fixture
def pool():
    fx = make_pool.fixtures_made()
    make_pool.batch_stored(make_pool.batch_drawn(11, 0, POOL, len(fx.recruiters)), fx)
    people = list(Candidate.objects.prefetch_related(
        "education", "experience", "publications", "skills", "tags", "ratings", "resumes", "shortlist_entries"))
    for candidate in people:
        candidate_summarize(candidate=candidate)
    return {c.pk: c for c in Candidate.objects.prefetch_related(
        "education", "publications", "skills", "tags", "ratings", "resumes", "shortlist_entries")}


def listed(client, params: dict) -> list[int]:
    """Every candidate the dashboard lists for these parameters, page after page, in order."""
    ids, page = [], 1
    while True:
        response = client.get("/", {**params, "page": page, "page_size": 50})
        assert response.status_code == 200, params
        ids += [c.pk for c in response.context["page"].object_list]
        if not response.context["page"].has_next():
            return ids
        page += 1


def papers(candidate, params: dict) -> list:
    status = params.get("pub_status", "peer_reviewed")
    out = []
    for paper in candidate.publications.all():
        if status == "peer_reviewed" and not (paper.status in PEER_REVIEWED_STATUSES and not paper.workshop):
            continue
        if status == "include_workshops" and paper.status not in PEER_REVIEWED_STATUSES:
            continue
        if "venue" in params and paper.venue.lower() not in {canonical_venue(v).lower() for v in params["venue"]}:
            continue
        if "venue_tier" in params and paper.venue_tier not in TIERS_AT_LEAST[params["venue_tier"]]:
            continue
        if "pub_year_min" in params and (paper.year is None or paper.year < params["pub_year_min"]):
            continue
        if "pub_year_max" in params and (paper.year is None or paper.year > params["pub_year_max"]):
            continue
        if params.get("first_author") and paper.first_author is not True:
            continue
        out.append(paper)
    return out


def has_words(candidate, query: str) -> bool:
    said = candidate.search_text.split()
    for term in search.parse(query):
        n = len(term.words)
        hit = any(said[i:i + n - 1] == list(term.words[:-1]) and (
            said[i + n - 1].startswith(term.words[-1]) if term.prefix else said[i + n - 1] == term.words[-1])
            for i in range(len(said) - n + 1))
        if hit == term.excluded:
            return False
    return True


def same_school(typed: str, printed: str) -> bool:
    """A known institution by the vocabulary (or by its name inside one it does not know), else by words: the
    typed words inside any name of the school."""
    asked, degree = institutions.lookup(typed), institutions.lookup(printed)
    if asked:
        return asked == degree if degree else inside(search.words(asked.name), search.words(printed))
    names = [printed, *degree.names] if degree else [printed]
    return any(inside(search.words(typed), search.words(name)) for name in names)


def inside(part: list[str], whole: list[str]) -> bool:
    return bool(part) and any(whole[i:i + len(part)] == part for i in range(len(whole) - len(part) + 1))


def expected(candidate, params: dict) -> bool:
    """Does the candidate match, read straight from their rows?"""
    c = candidate
    skills = {s.name for s in c.skills.all()}
    wanted = {canonical_skill(s) for s in params.get("skill", [])}
    pub_filters = {"venue", "venue_tier", "pub_year_min", "pub_year_max", "first_author", "pubs_min"}
    ratings = [r.stars for r in c.ratings.all()]
    checks = [
        "q" not in params or has_words(c, params["q"]),
        not wanted or (wanted & skills if params.get("skill_mode") == "any" else wanted <= skills),
        not (pub_filters & params.keys()) or len(papers(c, params)) >= max(1, params.get("pubs_min", 1)),
        "gpa_min" not in params or (c.gpa_4 is not None and c.gpa_4 >= Decimal(str(params["gpa_min"]))),
        "degree" not in params or c.highest_degree_level in params["degree"],
        "degree_min" not in params or DEGREE_RANK.get(c.highest_degree_level, -1) >= DEGREE_RANK[params["degree_min"]],
        "institution" not in params or any(same_school(params["institution"], e.institution) for e in c.education.all()),
        all(t.lower() in {x.name.lower() for x in c.tags.all()} for t in params.get("tag", [])),
        "shortlist" not in params or any(e.shortlist_id == params["shortlist"] for e in c.shortlist_entries.all()),
        "rating_min" not in params or (ratings and sum(ratings) / len(ratings) >= params["rating_min"]),
        "status" not in params or any(r.status == params["status"] for r in c.resumes.all()),
        not params.get("needs_review") or c.needs_review,
        not params.get("possible_duplicates") or DuplicatePair.objects.filter(
            status=DuplicatePair.Status.POSSIBLE).filter(first=c).union(
            DuplicatePair.objects.filter(status=DuplicatePair.Status.POSSIBLE, second=c)).exists(),
    ]
    return all(checks)


def searches(pool: dict) -> list[dict]:
    """Each filter alone, with values drawn from the pool, and random combinations of them."""
    rng = random.Random(3)
    people = list(pool.values())
    venues = sorted({p.venue for c in people for p in c.publications.all() if p.venue})
    skills = sorted({s.name for c in people for s in c.skills.all()})
    schools = sorted({e.institution for c in people for e in c.education.all() if e.institution})
    words = sorted({w for c in people for w in c.search_text.split()[:400:7]})
    one_of_each = [
        {"q": rng.choice(words)}, {"q": f"{rng.choice(words)} {rng.choice(words)}"}, {"q": make_pool.COMMON_WORD},
        {"q": f'"{make_pool.PHRASE}"'}, {"q": make_pool.UNACCENTED}, {"q": f"{make_pool.COMMON_WORD} -{words[3]}"},
        {"q": words[5][:3] + "*"},
        {"skill": [rng.choice(skills)]}, {"skill": rng.sample(skills, 2)},
        {"skill": rng.sample(skills, 2), "skill_mode": "any"},
        {"venue": [rng.choice(venues)]}, {"venue": rng.sample(venues, 3)},
        {"venue_tier": "A*"}, {"venue_tier": "B"}, {"pub_year_min": 2020}, {"pub_year_max": 2016},
        {"first_author": True}, {"pubs_min": 5}, {"pubs_min": 0}, {"pub_status": "any", "pubs_min": 3},
        {"pub_status": "include_workshops", "venue_tier": "A"},
        {"gpa_min": 3.5}, {"degree": ["phd"]}, {"degree": ["bachelor", "phd"]},
        {"degree_min": "master"}, {"degree_min": "bachelor"},
        {"institution": rng.choice(schools)}, {"institution": rng.choice(schools).split()[0]},
        {"institution": "ZJU"}, {"institution": "浙江大学"},
        {"tag": [Tag.objects.order_by("pk").first().name]}, {"shortlist": Shortlist.objects.order_by("pk").first().pk},
        {"rating_min": 3}, {"status": Resume.Status.PARSED}, {"needs_review": True}, {"possible_duplicates": True},
    ]
    # combinations of the broad ones, so that they leave something to compare
    broad = [s for s in one_of_each if sum(expected(c, s) for c in people) >= len(people) // 5]
    combined = [dict(kv for s in rng.sample(broad, k) for kv in s.items()) for k in (2, 3) for _ in range(12)]
    return one_of_each + combined


def test_every_filter_gives_what_the_rows_say(recruiter_client, pool):
    for params in searches(pool):
        query = {k: ("1" if v is True else v) for k, v in params.items()}
        want = {pk for pk, c in pool.items() if expected(c, params)}
        assert set(listed(recruiter_client, query)) == want, params


@pytest.mark.parametrize(("sort", "key"), [
    ("newest", lambda c: (-c.created_at.timestamp(), -c.pk)),
    ("-newest", lambda c: (c.created_at.timestamp(), c.pk)),
    ("-gpa", lambda c: (c.gpa_4 is None, -(c.gpa_4 or 0), c.pk)),
    ("gpa", lambda c: (c.gpa_4 is None, c.gpa_4 or 0, c.pk)),
    ("-pubs", lambda c: (-c.publications.count(), c.pk)),
    ("pubs", lambda c: (c.publications.count(), c.pk)),
    ("quality", lambda c: (c.quality_score is None, c.quality_score or 0, c.pk)),
])
def test_every_sort_orders_as_the_rows_say(recruiter_client, pool, sort, key):
    assert listed(recruiter_client, {"sort": sort}) == [c.pk for c in sorted(pool.values(), key=key)]


def test_the_best_matches_come_first(recruiter_client, pool):
    """Relevance: the candidates saying the word most often, for their length, lead."""
    ids = listed(recruiter_client, {"q": make_pool.COMMON_WORD})
    share = {pk: pool[pk].search_text.split().count(make_pool.COMMON_WORD) / len(pool[pk].search_text.split())
             for pk in ids}
    top, bottom = ids[:len(ids) // 4], ids[-(len(ids) // 4):]
    assert sum(share[pk] for pk in top) / len(top) > sum(share[pk] for pk in bottom) / len(bottom)
