"""A search's results for the list: one read of its first matches, its pages and its facet counts.

A search reads the ids of its first matches once (`read_matches`). Where that read holds all of them, which is
the case of every narrow search, it gives the exact count, the ids the facets count over and the ids the page is
then taken from, by primary key, so the search's own conditions run once per request however selective they
are. A broad search gives a count only so far (an estimate past it, on PostgreSQL), and its facets are counted
over the ids read.
"""

from dataclasses import dataclass

from django.core.paginator import Page, Paginator
from django.db import connection
from django.db.models import Count, Q, QuerySet
from django.utils.functional import cached_property

from . import search
from .filters import counted_papers
from .models import Candidate, Publication, Skill

MAX_RESULTS = 10_000  # pages of a search go this far (SearchPaginator)
COUNT_EXACT = 1_000  # PostgreSQL counts this far, then gives its planner's estimate (read_matches)
FACET_SIZE = 12
FACET_SAMPLE = 1_000  # past this many matches, facet counts are estimated from this many of them


@dataclass(frozen=True)
class Matches:
    count: int
    how: str | None  # None (exact), "estimated" or "more than"
    ids: list[int]  # the matches read: all of them when `every`, else the first ones the database found
    every: bool = False

    @property
    def sample(self) -> list[int]:
        """The ids the facets count over."""
        return self.ids[:FACET_SAMPLE]


def read_matches(results: "QuerySet | search.Ranked") -> Matches:
    """How many candidates match, how far to trust it, and the ids of the first ones (all, for a narrow search).

    Counting every match of a common word reads most of the table; so the count stops past COUNT_EXACT on
    PostgreSQL, where each match of a full-text search may be read out of TOAST, and past MAX_RESULTS on SQLite;
    past that PostgreSQL's own estimate stands in, rounded, where it agrees that there are more. The ids come in
    whatever order the database finds them: sorting every match to pick some costs what it saves.
    """
    if isinstance(results, search.Ranked):  # its newest matches were read already, to be ranked
        if results.complete:
            return Matches(len(results.best_first), None, results.best_first, every=True)
        # more than it ranked: past the count's limit already if it ranked as many
        return Matches(*match_count(results.queryset, known_past=len(results.best_first) >= _count_limit(),
                                    expected=results.expected), results.best_first)
    read = max(FACET_SAMPLE, COUNT_EXACT) + 1
    ids = list(results.order_by().values_list("pk", flat=True)[:read])
    limit = _count_limit()
    if len(ids) < read and len(ids) <= limit:
        return Matches(len(ids), None, ids, every=True)
    if len(ids) < read and connection.vendor != "postgresql":
        return Matches(limit, "more than", ids)
    return Matches(*match_count(results, known_past=len(ids) > limit), ids)


def match_count(queryset: QuerySet, known_past: bool = False, expected: int | None = None) -> tuple[int, str | None]:
    """read_matches' count and how far to trust it, for a search read no further than its first matches;
    `known_past` when they showed already that there are more than the count goes to, `expected` the planner's
    estimate where it was asked already."""
    limit = _count_limit()
    if not known_past:
        counted = queryset.order_by().values("pk")[:limit + 1].count()
        if counted <= limit:
            return counted, None
    if connection.vendor == "postgresql":
        expected = search.expected_rows(queryset) if expected is None else expected
        if expected > limit:
            return int(float(f"{expected:.2g}")), "estimated"
    return limit, "more than"


def _count_limit() -> int:
    return COUNT_EXACT if connection.vendor == "postgresql" else MAX_RESULTS


def by_ids(results: "QuerySet | search.Ranked", matches: Matches, base: QuerySet) -> "QuerySet | search.Ranked":
    """The results to take pages from: where every match was read, `base` (what a row shows) narrowed to their
    ids, in the search's order. The planner then sorts a known thousand rows at most, where it would otherwise
    guess how far along an index it must walk to find a page of a selective search (100 ms and more at
    100,000 candidates). A search ordered by an annotation (SQLite's relevance) stays as it is."""
    if not matches.every or not isinstance(results, QuerySet) or results.query.annotations:
        return results
    return base.filter(**search.among("pk", matches.ids)).order_by(*results.query.order_by)


class SearchPaginator(Paginator):
    """Pages of a search, up to its first MAX_RESULTS matches: deep offsets cost a scan of every row before them,
    and nobody reads page 4,000; the page says so and asks for a narrower search. The count is the one
    `matches` gives; where it is not exact, pages go on while they are full."""

    def __init__(self, object_list, per_page: int, matches: Matches):
        super().__init__(object_list, per_page)
        self.matches = matches

    @cached_property
    def count(self) -> int:
        return self.matches.count

    @property
    def exact(self) -> bool:
        return self.matches.how is None

    @property
    def estimated(self) -> bool:
        return self.matches.how == "estimated"

    @property
    def capped(self) -> bool:
        return self.matches.how == "more than"

    @property
    def num_pages(self) -> int:
        return max(1, -(-min(self.count if self.exact else MAX_RESULTS, MAX_RESULTS) // self.per_page))

    def validate_number(self, number) -> int:
        return min(super().validate_number(number), self.num_pages)

    def page(self, number) -> Page:
        page = super().page(number)
        # an inexact count does not say where the last page is: a full page may have a next one
        page.more = page.has_next() and (self.exact or len(page.object_list) == self.per_page)
        return page


def facets(matches: Matches, pub_status: str | None = None) -> dict:
    """How many of the matches have each top skill, venue and highest degree, and need review.

    The counts come from the matches read (FACET_SAMPLE at most): exact when there are no more; past that scaled
    to the total (`estimated`); and past the capped count, where the total is not known, given as a share of the
    matches (`shares`). So a search of the whole pool never counts every row of it again. Venues count the papers
    the venue filter counts (`pub_status`). The review count rides on the degree query.
    """
    ids, total = matches.sample, matches.count
    shares = matches.how is not None
    scale = 100 / max(1, len(ids)) if shares else total / len(ids) if total > len(ids) else 1

    def scaled(n: int) -> int:
        return round(n * scale)

    degrees = list(
        Candidate.objects.filter(**search.among("pk", ids))
        .values("highest_degree_level")
        .annotate(n=Count("pk"), review=Count("pk", filter=Q(needs_review=True)))
        .order_by("-n", "highest_degree_level")
    )
    skills = Skill.objects.filter(**search.among("candidates__id", ids)).annotate(n=Count("candidates")).order_by(
        "-n", "name")
    venues = (Publication.objects.filter(counted_papers(pub_status), **search.among("candidate_id", ids))
              .exclude(venue="")
              .values("venue").annotate(n=Count("candidate", distinct=True)).order_by("-n", "venue"))
    return {
        "skills": [(s.name, scaled(s.n)) for s in skills[:FACET_SIZE]],
        "venues": [(v["venue"], scaled(v["n"])) for v in venues[:FACET_SIZE]],
        "degrees": [{**d, "n": scaled(d["n"])} for d in degrees if d["highest_degree_level"]],
        "needs_review": scaled(sum(d["review"] for d in degrees)),
        "estimated": scale != 1,
        "shares": shares,
    }
