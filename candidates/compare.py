"""Two to four candidates side by side: one column each, their degrees, venues and skills on shared rows."""

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from decimal import Decimal

from django.contrib.auth.base_user import AbstractBaseUser
from django.contrib.humanize.templatetags.humanize import ordinal
from django.db.models import Count, F, Prefetch, QuerySet
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET

from .filters import TIERS
from .gpa import on_four_scale
from .models import (
    DEGREE_RANK,
    Candidate,
    DegreeLevel,
    Education,
    Experience,
    Note,
    Publication,
    Rating,
    ShortlistEntry,
)

FEWEST, MOST = 2, 4
NEWEST_NOTES = 3
TIER_ORDER = [tier for tier, _ in TIERS]  # A*, A, B, C


@require_GET
def compare(request: HttpRequest) -> HttpResponse:
    """The candidates ticked on the list (`candidates`, in the order they came), or why they cannot be compared."""
    chosen = list(dict.fromkeys(value.strip() for value in request.GET.getlist("candidates") if value.strip()))
    context = {"back": back_url(request), "problem": None}
    if not FEWEST <= len(chosen) <= MOST:
        context["problem"] = f"Choose {FEWEST} to {MOST} candidates to compare; you chose {len(chosen)}."
        return render(request, "candidates/compare.html", context)
    found = {str(c.pk): c for c in for_comparison(request.user).filter(pk__in=[v for v in chosen if is_id(v)])}
    if unknown := [value for value in chosen if value not in found]:
        context["problem"] = (f"No candidate has the id{pluralize(unknown)} {', '.join(unknown)} (erased or merged, "
                              "perhaps); "
                              "choose again from the list.")
        return render(request, "candidates/compare.html", context)
    candidates = [found[value] for value in chosen]
    return render(request, "candidates/compare.html", {
        **context,
        "candidates": candidates,
        "degree_rows": degree_rows(candidates),
        "venue_rows": venue_rows(candidates),
        **skill_rows(candidates),
    })


def is_id(value: str) -> bool:
    """Worth looking up: a number the database's integer column can hold (a larger one makes SQLite fail)."""
    return value.isascii() and value.isdigit() and int(value) < 2**63


def back_url(request: HttpRequest) -> str:
    """The list the candidates were chosen on (its `next`) if that is on this site, else the list itself."""
    target = request.GET.get("next", "")
    if target and url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False):
        return target
    return reverse("candidates:list")


def for_comparison(user: AbstractBaseUser) -> QuerySet:
    """Everything the page shows, in the same few queries for two candidates as for four."""
    newest_notes = Note.objects.select_related("author").order_by("-created_at", "-id")[:NEWEST_NOTES]
    return Candidate.objects.defer("search_text", "search_vector").annotate(note_count=Count("notes")).prefetch_related(
        Prefetch("education", queryset=Education.objects.order_by("position")),
        Prefetch("experience", queryset=Experience.objects.order_by("position")),
        Prefetch("publications", queryset=Publication.objects.order_by(F("year").desc(nulls_last=True), "position")),
        "skills",
        "tags",
        Prefetch("shortlist_entries", queryset=ShortlistEntry.objects.select_related("shortlist")),
        Prefetch("ratings", queryset=Rating.objects.filter(recruiter=user), to_attr="my_ratings"),
        Prefetch("notes", queryset=newest_notes, to_attr="newest_notes"),
    )


@dataclass
class Degree:
    row: Education
    gpa_4: Decimal | None
    best: bool = False


def degree_rows(candidates: list[Candidate]) -> list[dict]:
    """A row per degree level any of them holds, most advanced first; in each, the best GPA on the 4.0 scale among
    university degrees is marked."""
    by_level: dict[str, list[list[Degree]]] = defaultdict(lambda: [[] for _ in candidates])
    for column, candidate in enumerate(candidates):
        for row in candidate.education.all():
            by_level[row.degree_level][column].append(Degree(row, on_four_scale(row.gpa, row.gpa_scale,
                                                                                 row.gpa_4_stated)))
    labels = dict(DegreeLevel.choices)
    rows = []
    for level in sorted(by_level, key=lambda level: -DEGREE_RANK.get(level, -1)):
        cells = by_level[level]
        degrees = [degree for cell in cells for degree in cell if degree.gpa_4 is not None]
        if degrees and level != DegreeLevel.HIGHSCHOOL:
            best = max(degree.gpa_4 for degree in degrees)
            for degree in degrees:
                degree.best = degree.gpa_4 == best
        rows.append({"label": labels.get(level, "Level not found"), "cells": cells})
    return rows


@dataclass
class Venue:
    name: str
    workshop: bool
    tier: str = ""
    cells: list[list[Publication]] = field(default_factory=list)

    @property
    def count(self) -> int:
        return sum(map(len, self.cells))

    @property
    def sort_key(self) -> tuple:
        tier = TIER_ORDER.index(self.tier) if self.tier in TIER_ORDER else len(TIER_ORDER)
        return not self.name, self.workshop, tier, -self.count, self.name.lower()


def venue_rows(candidates: list[Candidate]) -> list[Venue]:
    """A row per venue any of them published at (a venue's workshop apart), best tier first, then most papers."""
    venues: dict[tuple[str, bool], Venue] = {}
    for column, candidate in enumerate(candidates):
        for paper in candidate.publications.all():
            venue = venues.setdefault((paper.venue, paper.workshop), Venue(paper.venue, paper.workshop,
                                                                           cells=[[] for _ in candidates]))
            venue.tier = venue.tier or paper.venue_tier
            venue.cells[column].append(paper)
            paper.place = author_place(paper)
    return sorted(venues.values(), key=lambda venue: venue.sort_key)


def author_place(paper: Publication) -> str:
    """ "1st author", "2nd of 5", "3rd of at least 3" (a list cut short by "et al.")."""
    if not paper.author_position:
        return ""
    if paper.author_position == 1:
        return "1st author"
    of = f"{'at least ' if paper.authors_truncated else ''}{len(paper.authors)}" if paper.authors else ""
    return f"{ordinal(paper.author_position)} of {of}" if of else f"{ordinal(paper.author_position)} author"


def skill_rows(candidates: list[Candidate]) -> dict:
    """The skills two or more of them hold, most widely held first, with who holds each; then each one's others."""
    held = [{skill.name for skill in candidate.skills.all()} for candidate in candidates]
    counts = Counter(name for names in held for name in names)
    shared = sorted((name for name, n in counts.items() if n > 1), key=lambda name: (-counts[name], name))
    return {
        "shared_skills": [{"name": name, "cells": [name in names for names in held]} for name in shared],
        "other_skills": [sorted(names - set(shared)) for names in held],
    }
