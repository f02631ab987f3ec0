"""The pool at a glance: charts of the candidates a list search finds (`/charts/`, with the list's query string).

Each bar links to the list search it counts: the search plus the bar's own filter. The matches are read as the
list reads them (results.read_matches): past FACET_SAMPLE matches the counts come from that many of them, scaled to the total as the list's facets do, and the page says so; the shortlists'
stages are counted exactly.
"""

from collections import Counter, defaultdict
from dataclasses import dataclass
from decimal import Decimal
from statistics import median

from django.db.models import Count, DurationField, ExpressionWrapper, F, QuerySet, Value
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.views.decorators.http import require_GET

from . import search
from .filters import TIERS_AT_LEAST, CandidateFilter, canonical_skill, matching_papers, search_params
from .models import Candidate, DegreeLevel, Education, Publication, Shortlist, ShortlistEntry, Skill
from .parsing import institutions
from .results import read_matches

TOP = 12
GPA_STEP = Decimal("0.2")
GPA_FLOOR = Decimal("2.0")
YEARS_SHOWN = 12
TIER_BARS = [("A*", "A*"), ("A", "A or better"), ("B", "B or better"), ("C", "C or better")]
# parameters that do not narrow down the candidates by themselves
NOT_FILTERS = ("sort", "page_size", "skill_mode", "pub_status")
DEGREE_ORDER = [DegreeLevel.PHD, DegreeLevel.MASTER, DegreeLevel.BACHELOR, DegreeLevel.ASSOCIATE, DegreeLevel.OTHER,
                DegreeLevel.HIGHSCHOOL]

# The drawing, in CSS pixels: the SVG has no viewBox, so that its text is never scaled down (on a phone a
# 640-wide viewBox drew 13 px labels at 6 px). A label column, then the bar, as a share of the chart's width, then
# its figure; on a narrow chart charts.css moves each label above its bar, and a row has room for both.
LABEL_WIDTH, BAR_SPACE, ROW, BAR_HEIGHT = 210, 49, 32, 18  # BAR_SPACE: the longest bar, in % of the width
LABEL_CHARS = 28  # about 200 px


@dataclass
class Bar:
    label: str
    n: int
    href: str = ""  # the list search it counts; none where no filter selects it
    shown: str = ""  # the figure as printed: "1,234", "≈1,234" or "12%"
    name: str = ""  # the accessible name: "CVPR: 1,234 candidates"
    note: str = ""  # said after the figure: "median 12 days in stage", "the link: GPA at least 3.4"
    aside: str = ""  # drawn after the figure
    y: int = 0  # the top of its row
    width: str = "0"  # in % of the chart's width

    @property
    def short_label(self) -> str:
        return self.label if len(self.label) <= LABEL_CHARS else self.label[:LABEL_CHARS - 1] + "…"

    @property
    def bar_y(self) -> int:
        return self.y + (ROW - BAR_HEIGHT) // 2

    @property
    def text_y(self) -> int:
        return self.y + ROW // 2


@dataclass
class Chart:
    slug: str
    title: str
    caption: str
    bars: list[Bar]
    bar_space: float = BAR_SPACE  # less where a bar's figure has more beside it

    def __post_init__(self) -> None:
        most = max((bar.n for bar in self.bars), default=0)
        for i, bar in enumerate(self.bars):
            bar.y = 4 + i * ROW
            bar.width = f"{max(.3, self.bar_space * bar.n / most):.2f}" if bar.n and most else "0"

    @property
    def height(self) -> int:
        return 8 + len(self.bars) * ROW

    # the figure is drawn at the bar's end (x, a share of the width) plus figure_dx pixels
    label_width, label_x, figure_dx, bar_height = LABEL_WIDTH, LABEL_WIDTH - 8, LABEL_WIDTH + 6, BAR_HEIGHT


@dataclass
class Counts:
    """How a count from the sample is put: exact, scaled to the total (≈), or a share of the matches (%)."""

    sampled: int
    total: int
    how: str | None  # read_matches': None (exact), "estimated" or "more than"

    @property
    def shares(self) -> bool:
        return self.how == "more than"  # the total is not known: only shares of the sample mean anything

    @property
    def estimated(self) -> bool:
        return self.sampled < self.total or self.how is not None

    def scaled(self, n: int) -> int:
        if self.shares:
            return round(100 * n / max(1, self.sampled))
        return round(n * self.total / self.sampled) if self.estimated and self.sampled else n

    def shown(self, n: int) -> str:
        if self.shares:
            return f"{n}%"
        return f"≈{n:,}" if self.estimated else f"{n:,}"

    def named(self, label: str, n: int) -> str:
        if self.shares:
            return f"{label}: about {n}% of the matches"
        return f"{label}: {'about ' if self.estimated else ''}{n:,} candidate{'' if n == 1 else 's'}"


# ---- links: the search plus a bar's own filter


def list_url(query: QueryDict, **changes: str | int | list[str]) -> str:
    changed = query.copy()
    for name, value in changes.items():
        changed.setlist(name, [str(v) for v in value] if isinstance(value, list) else [str(value)])
    encoded = changed.urlencode()
    return reverse("candidates:list") + (f"?{encoded}" if encoded else "")


def with_skill(query: QueryDict, skill: str) -> list[str]:
    """The skills a bar's link asks for: the search's and this one where all must match; else this one alone."""
    if query.get("skill_mode") == "any":
        return [skill]
    chosen = query.getlist("skill")
    return chosen if skill in map(canonical_skill, chosen) else [*chosen, skill]


def paper_buckets(venue: str, tier: str, year: int | None, first: bool | None) -> list[tuple]:
    """The bars a paper counts towards: its venue, each tier it is at or better than, its year, first authorship."""
    return [("any",), *TIER_BUCKETS.get(tier, UNRANKED), *([("venue", venue)] if venue else []),
            *([("year", year)] if year else []), *([("first",)] if first else [])]


TIER_BUCKETS = {tier: [("tier", t) for t, _ in TIER_BARS if tier in TIERS_AT_LEAST[t]] for tier in TIERS_AT_LEAST}
UNRANKED = [("tier", "-")]


def with_papers(papers: list[tuple], at_least: int) -> Counter:
    """How many candidates have `at_least` papers towards each bar (paper_buckets)."""
    per_candidate = Counter((paper[0], bucket) for paper in papers for bucket in paper_buckets(*paper[1:]))
    return Counter(bucket for (_, bucket), n in per_candidate.items() if n >= at_least)


@dataclass
class Bars:
    """Makes the bars of one search's charts: figures put as `counts` says, links to the search plus a filter."""

    counts: Counts
    query: QueryDict

    def __call__(self, label: str, n: int, note: str = "", href: str = "", **link) -> Bar:
        n = self.counts.scaled(n)
        name = self.counts.named(label, n) + (f"; {note}" if note else "")
        return Bar(label, n, list_url(self.query, **link) if link else href, self.counts.shown(n), name, note)


def publication_charts(ids: list[int], data: dict, bar: Bars) -> list[Chart]:
    papers = list(Publication.objects.filter(matching_papers(data), **search.among("candidate_id", ids))
                  .order_by().values_list("candidate_id", "venue", "venue_tier", "year", "first_author"))
    at_least = max(1, int(data.get("pubs_min") or 0))
    which = "papers the search counts" + (f", at least {at_least} of them" if at_least > 1 else "")
    counted = with_papers(papers, at_least)
    years = {bucket[1]: n for bucket, n in counted.items() if bucket[0] == "year"}
    last = max(years, default=0)
    shown = range(last - YEARS_SHOWN + 1, last + 1) if last else range(0)
    per_candidate = Counter(p[0] for p in papers if p[3] and p[3] < shown.start)
    earlier = sum(1 for n in per_candidate.values() if n >= at_least)
    first_share = sum(1 for p in papers if p[4]) / len(papers) if papers else 0
    return [
        Chart("venues", "Top venues", f"Candidates with {which} at the venue.",
              [bar(v, n, venue=v) for (_, v), n in sorted(((b, n) for b, n in counted.items() if b[0] == "venue"),
                                                             key=lambda i: (-i[1], i[0]))[:TOP]]),
        Chart("tiers", "Venue tiers (CORE)", f"Candidates with {which} at a venue of the tier or better, as the "
              "tier filter reads it; unranked venues have no filter.",
              [bar(label, counted["tier", tier], venue_tier=tier) for tier, label in TIER_BARS]
              + [bar("At unranked venues", counted["tier", "-"])]),
        Chart("years", "Publication years", f"Candidates with {which} in the year: the last {YEARS_SHOWN} years "
              "with papers, newest first, and those before.",
              [bar(str(y), years.get(y, 0), pub_year_min=y, pub_year_max=y) for y in reversed(shown)]
              + ([bar(f"Before {shown.start}", earlier, pub_year_max=shown.start - 1)] if earlier else [])),
        Chart("first-author", "First authorship", f"{first_share:.0%} of the {len(papers):,} counted papers of the "
              f"{len(ids):,} candidates read are first-authored.",
              [bar("First author of a paper", counted["first",], first_author=1),
               bar("Papers, none as first author", counted["any",] - counted["first",]),
               bar("No counted paper", len(ids) - counted["any",])]),
    ]


def gpa_bin(gpa: Decimal | None) -> Decimal | str:
    if gpa is None:
        return "none"
    if gpa < GPA_FLOOR:
        return "below"
    return GPA_FLOOR + GPA_STEP * min(int((gpa - GPA_FLOOR) / GPA_STEP), GPA_BINS - 1)


GPA_BINS = int((Decimal(4) - GPA_FLOOR) / GPA_STEP)


def education_charts(ids: list[int], bar: Bars) -> list[Chart]:
    rows = list(Candidate.objects.filter(**search.among("pk", ids)).values_list("gpa_4", "highest_degree_level"))
    gpas = Counter(gpa_bin(gpa) for gpa, _ in rows)
    lows = [GPA_FLOOR + GPA_STEP * i for i in reversed(range(GPA_BINS))]
    degrees = Counter(level for _, level in rows)
    labels = dict(DegreeLevel.choices)
    return [
        Chart("gpa", "GPA on the 4.0 scale", "Candidates by GPA, each bar from its figure to under the next; the "
              "list has no upper bound, so a bar's link finds everyone at least that high.",
              [bar(f"{low}–{low + GPA_STEP}", gpas[low], note=f"the link: GPA at least {low}", gpa_min=low)
               for low in lows] + [bar(f"Below {GPA_FLOOR}", gpas["below"]), bar("No GPA", gpas["none"])]),
        Chart("degrees", "Highest degree", "Candidates by their highest degree.",
              [bar(labels[level], degrees[level], degree=level) for level in DEGREE_ORDER]
              + [bar("Not known", degrees[""])]),
        institution_chart(ids, bar),
    ]


def institution_chart(ids: list[int], bar: Bars) -> Chart:
    """Candidates with a degree from each institution, one bar for all the names a known institution goes by."""
    degrees = Education.objects.filter(**search.among("candidate_id", ids)).exclude(institution="").order_by()
    printed: dict[str, Counter] = defaultdict(Counter)
    people: dict[str, set[int]] = defaultdict(set)
    for candidate_id, key, name in degrees.values_list("candidate_id", "institution_key", "institution"):
        school = key.split(" | ")[0].strip() or name.casefold()
        printed[school][name] += 1
        people[school].add(candidate_id)
    top = sorted(people, key=lambda school: (-len(people[school]), school))[:TOP]
    bars = []
    for school in top:
        name = printed[school].most_common(1)[0][0]
        known = institutions.lookup(name) if school.startswith(search.KNOWN) else None
        label = known.name if known else name
        bars.append(bar(label, len(people[school]), institution=label))
    return Chart("institutions", "Top institutions", "Candidates with a degree from the institution, by any of "
                 "its names.", bars)


def skill_chart(ids: list[int], bar: Bars) -> Chart:
    skills = Skill.objects.filter(**search.among("candidates__id", ids)).annotate(n=Count("candidates"))
    top = skills.order_by("-n", "name")[:TOP]
    return Chart("skills", "Top skills", "Candidates with the skill.",
                 [bar(s.name, s.n, skill=with_skill(bar.query, s.name)) for s in top])


def shortlist_charts(rows: list[tuple], query: QueryDict) -> list[Chart]:
    """Each shortlist's entries by stage, in pipeline order, with the median time in it; exact. Stages have no
    filter on the list: their bars open the shortlist's page, and the first bar the list of the whole shortlist."""
    days: dict[tuple[int, str], list[float]] = defaultdict(list)
    for _, shortlist_id, stage, in_stage in rows:
        days[shortlist_id, stage].append(in_stage.total_seconds() / 86_400)
    charts = []
    for shortlist in Shortlist.objects.order_by("name"):
        sizes = {stage: len(days[shortlist.pk, stage]) for stage in ShortlistEntry.Stage.values}
        exact = Bars(Counts(1, 1, None), query)
        bars = [exact("Whole shortlist", sum(sizes.values()), shortlist=shortlist.pk)]
        for stage, label in ShortlistEntry.Stage.choices:
            waited = f"{median(days[shortlist.pk, stage]):.0f} days" if sizes[stage] else ""
            bars.append(exact(label, sizes[stage], href=shortlist.get_absolute_url(),
                              note=f"median {waited} in stage" if waited else ""))
            bars[-1].aside = f"· {waited} (median)" if waited else ""
        charts.append(Chart(f"shortlist-{shortlist.pk}", shortlist.name, "", bars, bar_space=BAR_SPACE * 2 / 3))
    return charts


def shortlist_rows(matches: QuerySet | None, ids: list[int], counts: Counts) -> list[tuple]:
    """(candidate, shortlist, stage, time in stage) of every entry, or of the matches' where there is a search:
    those of the sample when it holds every match, else the entries' candidates are checked against the search (a
    few thousand rows looked up by id, where the other way round reads every match)."""
    # the time in stage as a duration, which the driver reads several times faster than a time zone's date
    in_stage = ExpressionWrapper(Value(timezone.now()) - F("stage_changed_at"), output_field=DurationField())
    entries = ShortlistEntry.objects.order_by().values_list("candidate_id", "shortlist_id", "stage", in_stage)
    if matches is None:
        return list(entries)
    if not counts.estimated:
        return list(entries.filter(**search.among("candidate_id", ids)))
    rows = list(entries)
    listed = list({row[0] for row in rows})
    found = set(matches.filter(**search.among("pk", listed)).order_by().values_list("pk", flat=True))
    return [row for row in rows if row[0] in found]


@require_GET
def pool_charts(request: HttpRequest) -> HttpResponse:
    query = search_params(request.GET)
    data = request.GET.copy()
    data["sort"] = "newest"  # not ranked by relevance: the charts read no order, and ranking reads every match
    filterset = CandidateFilter(data, queryset=Candidate.objects.all())
    matches = search.unranked(filterset.qs)
    read = read_matches(matches)
    ids = read.sample
    counts = Counts(len(ids), read.count, read.how)
    bar = Bars(counts, query)
    filtered = any(name not in NOT_FILTERS for name in query)
    return render(request, "candidates/charts.html", {
        "sections": [
            ("Publications", publication_charts(ids, filterset.form.cleaned_data, bar)),
            ("Education", education_charts(ids, bar)),
            ("Skills", [skill_chart(ids, bar)]),
        ],
        "shortlists": shortlist_charts(shortlist_rows(matches if filtered else None, ids, counts), query),
        "counts": counts,
        "filter": filterset,
        "filtered": filtered,
        "list_url": list_url(query),
    })
