"""The dashboard's one FilterSet: every filter is a GET parameter, so a search is a shareable URL."""

import django_filters
from django import forms
from django.http import QueryDict
from django.db.models import Count, Exists, F, OuterRef, Q, QuerySet
from django.utils.functional import cached_property

from . import search
from .models import (
    DEGREE_RANK,
    PEER_REVIEWED,
    PEER_REVIEWED_STATUSES,
    Candidate,
    DegreeLevel,
    DuplicatePair,
    Education,
    Publication,
    Resume,
    Shortlist,
    Skill,
    Tag,
)
from .parsing import skills as skill_vocabulary
from .parsing import venues as venue_vocabulary

TIERS = [("A*", "A*"), ("A", "A or better"), ("B", "B or better"), ("C", "C or better")]
TIERS_AT_LEAST = {"A*": ["A*"], "A": ["A*", "A"], "B": ["A*", "A", "B"], "C": ["A*", "A", "B", "C"]}
SORTS = {
    "newest": [F("created_at").desc(), F("id").desc()],
    "-newest": [F("created_at").asc(), F("id").asc()],
    "gpa": [F("gpa_4").asc(nulls_last=True), F("id").asc()],
    "-gpa": [F("gpa_4").desc(nulls_last=True), F("id").asc()],
    "pubs": [F("publication_count").asc(), F("id").asc()],
    "-pubs": [F("publication_count").desc(), F("id").asc()],
    "name": [F("name").asc(), F("id").asc()],
    "-name": [F("name").desc(), F("id").asc()],
    "quality": [F("quality_score").asc(nulls_last=True), F("id").asc()],
    # "relevance": with a free-text query only, by search.ranked()
}
SORT_CHOICES = [
    ("relevance", "Best match (with a search)"),
    ("newest", "Newest first"),
    ("-newest", "Oldest first"),
    ("-gpa", "GPA, high to low"),
    ("gpa", "GPA, low to high"),
    ("-pubs", "Most publications"),
    ("pubs", "Fewest publications"),
    ("name", "Name, A–Z"),
    ("-name", "Name, Z–A"),
    ("quality", "Least certain parse first"),
]
DEGREE_AT_LEAST = [(DegreeLevel.BACHELOR, "Bachelor or above"), (DegreeLevel.MASTER, "Master or above"),
                   (DegreeLevel.PHD, "PhD")]
PUBLICATION_FILTERS = (
    "venue", "venue_tier", "pub_year_min", "pub_year_max", "first_author", "pubs_min", "pub_status",
)
# Which papers the publication filters count; peer-reviewed main-track papers unless asked otherwise.
PUB_STATUS_CHOICES = [
    ("peer_reviewed", "Peer-reviewed, main track"),
    ("include_workshops", "Peer-reviewed, with workshops"),
    ("any", "Any, with preprints and under review"),
]
PUB_STATUS_RULES = {
    "peer_reviewed": PEER_REVIEWED,
    "include_workshops": Q(status__in=PEER_REVIEWED_STATUSES),
    "any": Q(),
}


def counted_papers(pub_status: str | None) -> Q:
    """The papers a publication filter or a venue facet counts, for the `pub_status` choice."""
    return PUB_STATUS_RULES.get(pub_status or "peer_reviewed", PEER_REVIEWED)


def papers_asked(data: dict) -> Q:
    """The papers the publication filters ask for (venues, tier, years, first author), whatever their status."""
    matching = Q()
    if data.get("venue"):
        # Known venues are stored by their short name; others as printed, in any case.
        known = [canonical_venue(v) for v in data["venue"] if venue_vocabulary.lookup(v)]
        venues = Q(venue__in=known)
        for unknown in (v for v in data["venue"] if not venue_vocabulary.lookup(v)):
            venues |= Q(venue__iexact=unknown)
        matching &= venues
    if data.get("venue_tier"):
        matching &= Q(venue_tier__in=TIERS_AT_LEAST[data["venue_tier"]])
    if data.get("pub_year_min") is not None:
        matching &= Q(year__gte=data["pub_year_min"])
    if data.get("pub_year_max") is not None:
        matching &= Q(year__lte=data["pub_year_max"])
    if data.get("first_author"):
        matching &= Q(first_author=True)
    return matching


def matching_papers(data: dict) -> Q:
    """The papers a search's publication filters count: those asked for, of the statuses `pub_status` counts."""
    return papers_asked(data) & counted_papers(data.get("pub_status"))


NOT_SEARCH = ("page", "at", "csrfmiddlewaretoken", "next")  # parameters of a list URL that are not its search


def search_params(params: QueryDict, without: tuple[str, ...] = ()) -> QueryDict:
    """The search a query string asks for: no page, no position in it, no blanks (nor the `without` parameters)."""
    kept = QueryDict(mutable=True)
    for name, values in params.lists():
        values = [v for v in values if v.strip()]
        if values and name not in NOT_SEARCH and name not in without:
            kept.setlist(name, values)
    return kept


class MultipleValueField(forms.Field):
    """A repeatable GET parameter (?skill=a&skill=b); blanks are dropped."""

    widget = forms.MultipleHiddenInput

    def to_python(self, value) -> list[str]:
        values = value if isinstance(value, (list, tuple)) else [value] if value else []
        return list(dict.fromkeys(v.strip() for v in values if v and v.strip()))


class MultipleValueFilter(django_filters.Filter):
    field_class = MultipleValueField


def canonical_skill(name: str) -> str:
    known = skill_vocabulary.lookup(name)
    return known.name if known else name.lower()


def canonical_venue(name: str) -> str:
    known = venue_vocabulary.lookup(name)
    return known.short if known else name


class CandidateFilter(django_filters.FilterSet):
    q = django_filters.CharFilter(method="filter_q", label="Search")
    skill = MultipleValueFilter(method="filter_skills", label="Skills")
    skill_mode = django_filters.ChoiceFilter(
        choices=[("all", "all of them"), ("any", "any of them")], method="filter_nothing", empty_label=None
    )
    venue = MultipleValueFilter(label="Venues")
    venue_tier = django_filters.ChoiceFilter(choices=TIERS, label="Venue tier", empty_label="any")
    pub_year_min = django_filters.NumberFilter(label="Published from")
    pub_year_max = django_filters.NumberFilter(label="Published until")
    first_author = django_filters.BooleanFilter(widget=forms.CheckboxInput, label="First author only")
    pubs_min = django_filters.NumberFilter(label="At least N such papers", min_value=0)
    pub_status = django_filters.ChoiceFilter(choices=PUB_STATUS_CHOICES, empty_label=None, label="Count as papers")
    gpa_min = django_filters.NumberFilter(field_name="gpa_4", lookup_expr="gte", label="GPA at least (on 4.0)")
    degree = MultipleValueFilter(method="filter_degrees", label="Highest degree")  # any of these levels
    degree_min = django_filters.ChoiceFilter(choices=DEGREE_AT_LEAST, method="filter_degree_min", empty_label="any",
                                             label="Highest degree at least")
    institution = django_filters.CharFilter(method="filter_institution", label="Institution")
    tag = MultipleValueFilter(method="filter_tags", label="Tags")
    shortlist = django_filters.ModelChoiceFilter(
        queryset=Shortlist.objects.all(), method="filter_shortlist", label="Shortlist", empty_label="any"
    )
    rating_min = django_filters.NumberFilter(field_name="avg_rating", lookup_expr="gte", label="Team rating at least")
    # a failed upload makes no candidate: the upload page lists failures; here, whose newer resume is on its way
    status = django_filters.ChoiceFilter(
        choices=[(s, s.label) for s in (Resume.Status.PARSED, Resume.Status.QUEUED, Resume.Status.PARSING)],
        method="filter_status", label="Resume status", empty_label="any")
    needs_review = django_filters.BooleanFilter(
        widget=forms.CheckboxInput, method="filter_needs_review", label="Needs review"
    )
    possible_duplicates = django_filters.BooleanFilter(
        widget=forms.CheckboxInput, method="filter_possible_duplicates", label="Possible duplicates"
    )
    candidates = MultipleValueFilter(method="filter_ids", label="Candidates")  # a selection of the list (export)
    added_after = django_filters.IsoDateTimeFilter(field_name="created_at", lookup_expr="gt", label="Added after")
    sort = django_filters.ChoiceFilter(choices=SORT_CHOICES, method="filter_nothing", empty_label=None)

    class Meta:
        model = Candidate
        fields: list[str] = []

    def filter_queryset(self, queryset: QuerySet) -> QuerySet:
        data = self.form.cleaned_data
        for name, value in data.items():
            if name not in PUBLICATION_FILTERS:
                queryset = self.filters[name].filter(queryset, value)
        queryset = self.filter_publications(queryset, data)
        if self.sort_order == "relevance":
            return search.ranked(queryset, self.terms)  # a QuerySet, or a search.Ranked sequence of the matches
        return queryset.order_by(*SORTS[self.sort_order])

    @cached_property
    def terms(self) -> list[search.Term]:
        """The free-text query's terms; none without a query (or with one of punctuation only)."""
        return search.parse(self.form.cleaned_data.get("q") or "") if self.is_valid() else []

    @property
    def sort_order(self) -> str:
        """The chosen sort; with a free-text query the best matches come first unless another sort is chosen."""
        chosen = self.form.cleaned_data.get("sort") if self.is_valid() else None
        if self.terms:
            return chosen or "relevance"
        return "newest" if chosen in (None, "", "relevance") else chosen

    def filter_nothing(self, queryset: QuerySet, name: str, value) -> QuerySet:
        return queryset  # read by another filter or by filter_queryset

    def filter_ids(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        ids = [int(v) for v in value if v.isdigit() and len(v) < 19]
        return queryset.filter(**search.among("pk", ids)) if value else queryset

    def filter_q(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        # the name, skills, institutions (by all their names), employers, paper titles and the resume's text, as words
        return search.matching(queryset, self.terms) if self.terms else queryset

    def filter_skills(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        names = [canonical_skill(v) for v in value]
        if not names:
            return queryset
        # by id, looked up first: the planner then knows from its statistics that python is on most resumes and
        # a rare skill on few, and picks the plan to suit, where a join on the name left it guessing
        ids = dict(Skill.objects.filter(name__in=names).values_list("name", "pk"))
        has = Candidate.skills.through.objects.filter(candidate=OuterRef("pk"))
        if self.form.cleaned_data.get("skill_mode") == "any":
            return queryset.filter(Exists(has.filter(skill_id__in=ids.values())))
        if len(ids) < len(set(names)):
            return queryset.none()  # a skill nobody has
        for skill_id in ids.values():
            queryset = queryset.filter(Exists(has.filter(skill_id=skill_id)))
        return queryset

    def filter_publications(self, queryset: QuerySet, data: dict) -> QuerySet:
        """Candidates with at least `pubs_min` (default 1) papers matching every publication filter.

        Only the papers `pub_status` counts match: by default a CVPR workshop paper, or a paper under
        review at CVPR, is not a CVPR paper.
        """
        matching = papers_asked(data)
        at_least = int(data["pubs_min"]) if data.get("pubs_min") is not None else None
        if not matching and at_least is None:
            return queryset
        counted = self.counted_column(data)
        if counted:  # kept per candidate by the summary: a range on an indexed column
            return queryset.filter(**{f"{counted}__gte": max(1, at_least or 0)})
        papers = Publication.objects.filter(matching_papers(data))
        if (at_least or 0) <= 1:
            # a semi-join the planner may run either way: per candidate, walking a page in order, or papers first
            return queryset.filter(Exists(papers.filter(candidate=OuterRef("pk"))))
        # A grouped semi-join rather than a count per candidate: one pass over the publications.
        # count(*), not of a column the index lacks, so that the papers are read from the index alone
        enough = papers.order_by().values("candidate").annotate(n=Count("*")).filter(n__gte=at_least).values(
            "candidate")
        return queryset.filter(pk__in=enough)

    @staticmethod
    def counted_column(data: dict) -> str | None:
        """The summary column that already counts the papers asked for, where one does: at least N papers, or
        first-author papers, with no venue, tier or year."""
        if any(data.get(name) not in (None, "", []) for name in ("venue", "venue_tier", "pub_year_min",
                                                                  "pub_year_max")):
            return None
        status = data.get("pub_status") or "peer_reviewed"
        if status == "peer_reviewed":
            return "first_author_paper_count" if data.get("first_author") else "paper_count"
        if status == "any" and not data.get("first_author"):
            return "publication_count"
        return None

    def filter_degrees(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        levels = [v for v in value if v in DegreeLevel.values]
        return queryset.filter(highest_degree_level__in=levels) if value else queryset

    def filter_degree_min(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        levels = [level for level, rank in DEGREE_RANK.items() if rank >= DEGREE_RANK[value]]
        return queryset.filter(highest_degree_level__in=levels)

    def filter_institution(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        """Degrees from the institution, by any of its names (ZJU, 浙江大学), or whose name holds these words."""
        degrees = search.institution_filter(value)
        if degrees is None:
            return queryset
        return queryset.filter(Exists(Education.objects.filter(degrees, candidate=OuterRef("pk"))))

    def filter_tags(self, queryset: QuerySet, name: str, value: list[str]) -> QuerySet:
        tagged = Candidate.tags.through.objects.filter(candidate=OuterRef("pk"))
        for tag in value:
            ids = list(Tag.objects.filter(name__iexact=tag).values_list("pk", flat=True))
            queryset = queryset.filter(Exists(tagged.filter(tag_id__in=ids)))
        return queryset

    def filter_shortlist(self, queryset: QuerySet, name: str, value: Shortlist) -> QuerySet:
        return queryset.filter(shortlist_entries__shortlist=value)

    def filter_status(self, queryset: QuerySet, name: str, value: str) -> QuerySet:
        return queryset.filter(Exists(Resume.objects.filter(candidate=OuterRef("pk"), status=value)))

    def filter_needs_review(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        # An unticked box means "everyone", not "only the ones that need no review".
        return queryset.filter(needs_review=True) if value else queryset

    def filter_possible_duplicates(self, queryset: QuerySet, name: str, value: bool | None) -> QuerySet:
        if not value:
            return queryset
        flagged = DuplicatePair.objects.filter(status=DuplicatePair.Status.POSSIBLE)
        # one semi-join on the few flagged pairs' ids, not a probe for every candidate
        flagged = flagged.order_by()
        return queryset.filter(pk__in=flagged.values("first").union(flagged.values("second")))
