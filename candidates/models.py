from collections import Counter

from django.conf import settings
from django.contrib.postgres.search import SearchVectorField
from django.db import models
from django.db.models import Prefetch, Q
from django.db.models.expressions import RawSQL
from django.urls import reverse
from django.utils import timezone
from simple_history.models import HistoricalRecords

from .gpa import on_four_scale
from .parsing.model import REVIEW_BELOW
from .search import IndexedText


class DegreeLevel(models.TextChoices):
    HIGHSCHOOL = "highschool", "High school"
    ASSOCIATE = "associate", "Associate"
    BACHELOR = "bachelor", "Bachelor"
    MASTER = "master", "Master"
    PHD = "phd", "PhD"
    OTHER = "other", "Other"


# Higher is more advanced; "other" (a diploma, a certificate) ranks below a bachelor's.
DEGREE_RANK = {
    DegreeLevel.HIGHSCHOOL: 0,
    DegreeLevel.ASSOCIATE: 1,
    DegreeLevel.OTHER: 1,
    DegreeLevel.BACHELOR: 2,
    DegreeLevel.MASTER: 3,
    DegreeLevel.PHD: 4,
}


class SkillQuerySet(models.QuerySet):
    def as_listed(self) -> "SkillQuerySet":
        """A candidate's skills (prefetched) in the order their resume gave them, which puts what they lead with
        first, rather than A to Z. The order is that of the links, which the parse writes in the resume's order."""
        return self.annotate(listed=RawSQL(f'"{Candidate.skills.through._meta.db_table}"."id"', ())).order_by("listed")


class Skill(models.Model):
    name = models.CharField(max_length=100, unique=True, help_text="Canonical, lower-case name.")
    category = models.CharField(max_length=50, blank=True)

    objects = SkillQuerySet.as_manager()

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


# Every change to a candidate's record by a person, a parse, a merge or an undo (django-simple-history); the summary
# columns are derived from the rows and left out. Kept by name so that a parse can write a new candidate's first
# entry itself, once its skills are in (services._candidate_create), rather than one entry per step.
class LinkIdsHistory(HistoricalRecords):
    """HistoricalRecords whose copy of a record's many-to-many links (a candidate's skills and tags) reads the links'
    ids only: the library's own copy reads every link with the whole candidate row joined, resume text and search
    vector included, on every history entry."""

    def create_historical_record_m2ms(self, history_instance, instance):
        for field in history_instance._history_m2m_fields:
            copy = self.m2m_models[field]
            through = field.remote_field.through
            links = through.objects.filter(**{field.m2m_field_name(): instance}).values(
                *(f.attname for f in through._meta.fields))
            copy.objects.bulk_create([copy(history=history_instance, **link) for link in links])


CANDIDATE_HISTORY = LinkIdsHistory(
    excluded_fields=["search_text", "search_vector", "avg_rating", "rating_count", "updated_at", "paper_count",
                     "first_author_paper_count",
                     "highest_degree_level", "highest_degree", "highest_institution",
                     "gpa", "gpa_scale", "gpa_level", "gpa_4", "publication_count", "quality_score", "needs_review"],
    m2m_fields=["skills", "tags"],
)


class CandidateQuerySet(models.QuerySet):
    def for_dashboard(self) -> "CandidateQuerySet":
        """What the list shows on each row, in a constant number of queries; not the search columns, which are
        large."""
        return self.defer("search_text", "search_vector").prefetch_related(
            Prefetch("skills", queryset=Skill.objects.as_listed()),
            "tags",
            Prefetch("shortlist_entries", queryset=ShortlistEntry.objects.select_related("shortlist")),
            Prefetch(
                "publications",
                queryset=Publication.objects.only("candidate_id", "venue", "venue_tier", "status", "workshop"),
            ),
        )

    def for_detail(self) -> "CandidateQuerySet":
        return self.prefetch_related(
            Prefetch("education", queryset=Education.objects.order_by("position")),
            Prefetch("experience", queryset=Experience.objects.order_by("position")),
            Prefetch("publications", queryset=Publication.objects.order_by("position")),
            Prefetch("awards", queryset=Award.objects.order_by("position")),
            Prefetch("resumes", queryset=Resume.objects.order_by("-created_at")),
            "skills",
        )


GPA_OF = {DegreeLevel.ASSOCIATE: "associate's", DegreeLevel.BACHELOR: "bachelor's", DegreeLevel.MASTER: "master's",
          DegreeLevel.PHD: "PhD", DegreeLevel.OTHER: "diploma"}


class Tag(models.Model):
    name = models.CharField(max_length=50, unique=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class Candidate(models.Model):
    name = models.CharField(max_length=200, blank=True)
    emails = models.JSONField(default=list, blank=True)
    phones = models.JSONField(default=list, blank=True)
    links = models.JSONField(default=list, blank=True)
    # fields a person corrected: {"name": {"by": "rita", "at": "2026-11-29T10:00:00+00:00", "was": "Wei Zang"}};
    # a newer resume or a re-parse never overwrites them
    edited = models.JSONField(default=dict, blank=True)
    skills = models.ManyToManyField(Skill, related_name="candidates", blank=True)
    tags = models.ManyToManyField(Tag, related_name="candidates", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    # A summary of the rows below, kept by services.candidate_summarize, so that the dashboard
    # filters and sorts on plain indexed columns.
    highest_degree_level = models.CharField(max_length=12, choices=DegreeLevel.choices, blank=True, db_index=True)
    highest_degree = models.CharField(max_length=255, blank=True)
    highest_institution = models.CharField(max_length=255, blank=True)
    gpa = models.DecimalField(max_digits=6, decimal_places=3, null=True, blank=True)
    gpa_scale = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    gpa_level = models.CharField(max_length=12, choices=DegreeLevel.choices, blank=True,
                                 help_text="The level of the degree the GPA belongs to.")
    gpa_4 = models.DecimalField(
        max_digits=3,
        decimal_places=2,
        null=True,
        blank=True,
        db_index=True,
        help_text="On a 4.0 scale (candidates/gpa.py).",
    )
    publication_count = models.PositiveIntegerField(default=0, db_index=True)
    # peer-reviewed main-track papers (PEER_REVIEWED), all and as first author: "at least N (first-author) papers"
    # without a venue, tier or year is a range on these rather than a count of every candidate's papers
    paper_count = models.PositiveIntegerField(default=0, db_index=True)
    first_author_paper_count = models.PositiveIntegerField(default=0, db_index=True)
    avg_rating = models.FloatField(null=True, blank=True, db_index=True, help_text="The team's average, 1 to 5.")
    rating_count = models.PositiveIntegerField(default=0)
    # Its words (candidates/search.py), indexed by FTS5 on SQLite (SearchEntry) and, as `search_vector`, by a
    # GIN index on PostgreSQL; a trigger keeps the vector current (migration 0018).
    search_text = models.TextField(blank=True, editable=False, help_text="The words the free-text search finds.")
    search_vector = SearchVectorField(null=True, editable=False, serialize=False)
    # From the newest parsed resume: how far to trust the rows above.
    quality_score = models.FloatField(null=True, blank=True, help_text="Parse confidence, 0 to 1.")
    needs_review = models.BooleanField(default=False, db_index=True, help_text="The parse is doubtful: check it.")

    objects = CandidateQuerySet.as_manager()
    history = CANDIDATE_HISTORY

    class Meta:
        ordering = ["-created_at", "-id"]
        indexes = [models.Index(fields=["-created_at", "-id"]), models.Index(fields=["name", "id"])]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name or (self.emails[0] if self.emails else f"Candidate {self.pk}")

    def get_absolute_url(self) -> str:
        return reverse("candidates:detail", args=[self.pk])

    @property
    def gpa_of(self) -> str:
        """Which degree the GPA is of, in words ("bachelor's")."""
        return GPA_OF.get(self.gpa_level, "")

    def top_venues(self, limit: int = 3) -> list[str]:
        """The venues the candidate published at most often (uses the prefetched publications).

        Only peer-reviewed main-track papers count, as in the venue filter: a CVPR workshop paper or a
        paper under review at CVPR is not a CVPR paper.
        """
        counts = Counter(p.venue for p in self.publications.all() if p.venue and p.is_peer_reviewed)
        return [venue for venue, _ in counts.most_common(limit)]

    def newest_parsed_resume(self) -> "Resume | None":
        """The latest upload that parsed: the one the quality banner and the search text come from."""
        return next((r for r in self.resumes.all() if r.status == Resume.Status.PARSED), None)

    def shortlist_names(self) -> list[str]:
        return [entry.shortlist.name for entry in self.shortlist_entries.all()]


class SearchEntry(models.Model):
    """SQLite's FTS5 index of `Candidate.search_text` (a virtual table that migration 0018 makes, with triggers
    that keep it current); only read, and only on SQLite. `rank` is FTS5's BM25 score: lower is better."""

    candidate = models.OneToOneField(
        Candidate, primary_key=True, db_column="rowid", on_delete=models.DO_NOTHING, related_name="search_entry"
    )
    search_text = IndexedText()
    rank = models.FloatField()

    class Meta:
        managed = False
        db_table = "candidates_search"


EDITED_HELP = "Fields a person corrected (by whom, when, what they were); a new parse leaves them as they are."


class CorrectableRow(models.Model):
    """A row of a parsed section (a degree, a job, a paper, an award) that a person may correct."""

    class Meta:
        abstract = True

    @property
    def edit_mark(self) -> dict | None:
        """Who corrected the row last and when, and each corrected field with its value before, for the page."""
        if not self.edited:
            return None
        marks = sorted(self.edited.items(), key=lambda item: item[1]["at"])
        last = marks[-1][1]
        was = [(self._meta.get_field(name).verbose_name, _shown(mark["was"])) for name, mark in marks if name != "added"]
        return {"by": last["by"], "at": last["at"][:10], "added": "added" in self.edited, "was": was}


def _shown(value) -> str:
    if isinstance(value, list):
        return ", ".join(map(str, value)) or "(none)"
    return "(none)" if value in (None, "") else str(value)


def highest_degree(rows) -> "Education | None":
    """The most advanced of these degrees, the most recent among equals, or None."""
    return max(rows, key=lambda e: (DEGREE_RANK.get(e.degree_level, -1), e.end_sort_key, -e.position), default=None)


def graded_degree(rows) -> "Education | None":
    """The degree whose GPA stands for the candidate's: the most advanced one with a GPA that is not a school's. A
    school-leaving mark (Class XII, A-levels) says little beside a university GPA and is not one: the GPA filter
    and sort leave it out."""
    return highest_degree([e for e in rows if e.gpa is not None and e.degree_level != DegreeLevel.HIGHSCHOOL])


class Resume(models.Model):
    class Status(models.TextChoices):
        QUEUED = "queued", "Queued"
        PARSING = "parsing", "Parsing"
        PARSED = "parsed", "Parsed"
        FAILED = "failed", "Failed"

    candidate = models.ForeignKey(Candidate, on_delete=models.SET_NULL, null=True, blank=True, related_name="resumes")
    original_name = models.CharField(max_length=255)
    size = models.PositiveBigIntegerField()
    sha256 = models.CharField(max_length=64, unique=True)
    kind = models.CharField(max_length=4, default="pdf", help_text="pdf, or the Word format converted to PDF to parse.")
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    retryable = models.BooleanField(default=True, help_text="Whether parsing again can help (not for a damaged file).")
    parser_version = models.CharField(max_length=20, blank=True)
    text = models.TextField(blank=True, help_text="The document's text, in reading order.")
    parsed = models.JSONField(null=True, blank=True, help_text="The parser's output (SCHEMA.md).")
    attempts = models.PositiveIntegerField(default=0)
    # the current queueing (upload, retry or re-parse): when it began, how many messages went to the broker for
    # it and when the last one went (none: the broker did not take it), and how many workers died holding it
    queued_at = models.DateTimeField(null=True, blank=True)
    sends = models.PositiveSmallIntegerField(default=0)
    sent_at = models.DateTimeField(null=True, blank=True)
    lost = models.PositiveSmallIntegerField(default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    batch = models.UUIDField(null=True, blank=True, db_index=True, help_text="The upload it came in with.")
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    quality_score = models.FloatField(null=True, blank=True, help_text="The parser's confidence, 0 to 1.")
    quality_reasons = models.JSONField(
        default=list, blank=True, help_text="Why the confidence is below 1, in words for a recruiter."
    )
    # a person checked the record against this PDF: it leaves the needs-review queue
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.original_name

    @property
    def needs_review(self) -> bool:
        """The parse is doubtful and nobody has checked it yet."""
        return self.doubtful and self.reviewed_at is None

    @property
    def doubtful(self) -> bool:
        return self.quality_score is not None and self.quality_score < REVIEW_BELOW

    @property
    def review_reasons(self) -> str:
        return "; ".join(self.quality_reasons) or f"parse confidence {self.quality_score:.0%}"

    def get_file_url(self) -> str:
        return reverse("candidates:resume_file", args=[self.pk])

    @property
    def is_done(self) -> bool:
        return self.status in (self.Status.PARSED, self.Status.FAILED)


class ContactKey(models.Model):
    """An e-mail, phone or profile link, written one way (candidates/identity.py), that names the candidate: a new
    resume printing it is a newer resume of theirs. Kept from every resume of the candidate, old ones too."""

    class Kind(models.TextChoices):
        EMAIL = "email", "E-mail"
        PHONE = "phone", "Phone"
        LINK = "link", "Profile link"

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="contact_keys")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    value = models.CharField(max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["candidate", "kind", "value"], name="unique_contact_key")]
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.value}"


class MatchKey(models.Model):
    """What two records of one person may share short of a contact detail (candidates/duplicates.py): a school or
    employer with a word of the name ('stanford university|wang'), or a publication title. Only to find the
    records worth comparing; the comparison itself gives the reasons."""

    class Kind(models.TextChoices):
        PLACE_NAME = "place", "School or employer, with a name word"
        TITLE = "title", "Publication title"

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="match_keys")
    kind = models.CharField(max_length=5, choices=Kind.choices)
    value = models.CharField(max_length=255)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["candidate", "kind", "value"], name="unique_match_key")]
        indexes = [models.Index(fields=["kind", "value"])]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.value}"


class DuplicatePair(models.Model):
    """Two candidates that are probably one person, with the reasons; nothing is merged until a person says so.
    A pair marked "not the same person" stays so, whatever later resumes say."""

    class Status(models.TextChoices):
        POSSIBLE = "possible", "Possible duplicate"
        DISTINCT = "distinct", "Not the same person"

    first = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="+")  # the lower id
    second = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="+")
    reasons = models.JSONField(default=list, blank=True)
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.POSSIBLE, db_index=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]
        constraints = [
            models.UniqueConstraint(fields=["first", "second"], name="unique_duplicate_pair"),
            models.CheckConstraint(condition=models.Q(first__lt=models.F("second")), name="duplicate_pair_ordered"),
        ]

    def __str__(self) -> str:
        return f"{self.first} / {self.second}: {self.get_status_display()}"

    def other(self, candidate: Candidate) -> Candidate:
        return self.second if candidate.pk == self.first_id else self.first


class Merge(models.Model):
    """Two records made one: who, when, what moved, and what each looked like before, so it can be undone."""

    survivor = models.ForeignKey(Candidate, on_delete=models.SET_NULL, null=True, related_name="merges")
    absorbed_id = models.PositiveBigIntegerField(help_text="The merged-away record's id, given back on undo.")
    absorbed_name = models.CharField(max_length=200, blank=True)
    merged_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    merged_at = models.DateTimeField(auto_now_add=True)
    chosen = models.JSONField(default=dict, blank=True, help_text="Field -> whose value survived.")
    moved = models.JSONField(default=dict, blank=True, help_text="The ids of the resumes, notes, ratings and "
                                                                 "shortlist entries moved to the survivor.")
    snapshot = models.JSONField(default=dict, blank=True, help_text="Both records as they were before.")
    undone_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-merged_at", "-id"]

    def __str__(self) -> str:
        return f"{self.absorbed_name or self.absorbed_id} into {self.survivor}"


class Erasure(models.Model):
    """That a candidate was erased, by whom and when, and why; none of the person's data (not even the name)."""

    class Reason(models.TextChoices):
        REQUEST = "request", "Data-subject request"
        RETENTION = "retention", "Retention period over"

    candidate_id = models.PositiveBigIntegerField(help_text="The erased record's id: no name, no contact detail.")
    erased_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    erased_at = models.DateTimeField(auto_now_add=True)
    reason = models.CharField(max_length=10, choices=Reason.choices)
    resumes = models.PositiveIntegerField(default=0, help_text="How many resumes (bytes and text) went with it.")

    class Meta:
        ordering = ["-erased_at", "-id"]

    def __str__(self) -> str:
        return f"Candidate #{self.candidate_id} erased on {self.erased_at:%Y-%m-%d} ({self.get_reason_display()})"


class ResumeFile(models.Model):
    """The uploaded bytes, kept in the database so that workers on any machine can read them."""

    resume = models.OneToOneField(Resume, on_delete=models.CASCADE, primary_key=True, related_name="file")
    content = models.BinaryField()
    pdf = models.BinaryField(null=True, blank=True, help_text="A Word document's PDF, as LibreOffice printed it.")

    def __str__(self) -> str:
        return f"File of {self.resume}"


class UploadRejection(models.Model):
    """A file refused at upload (empty, too large, not a document, one too many, a bomb in a ZIP): its name and why,
    for the list of uploads. Nothing of its content is kept."""

    name = models.CharField(max_length=255)
    reason = models.CharField(max_length=500)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return f"{self.name}: {self.reason}"


class Education(CorrectableRow):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="education")
    history = HistoricalRecords(excluded_fields=["institution_key"])
    position = models.PositiveSmallIntegerField(default=0)
    edited = models.JSONField(default=dict, blank=True, help_text=EDITED_HELP)
    institution = models.CharField(max_length=255, blank=True)
    # the institution's words, by every name it goes by where the vocabulary knows it, for the institution filter:
    # "* zhejiang university | zju | 浙 江 大 学 | ..." for ZJU, 浙江大学 and Zhejiang University alike (candidates/search.py)
    institution_key = models.CharField(max_length=1000, blank=True, editable=False, db_index=True)
    degree_level = models.CharField(max_length=12, choices=DegreeLevel.choices, blank=True)
    degree = models.CharField(max_length=255, blank=True)
    field = models.CharField(max_length=255, blank=True)
    start = models.CharField(max_length=10, blank=True, help_text="YYYY-MM or YYYY.")
    end = models.CharField(max_length=10, blank=True, help_text="YYYY-MM, YYYY or present.")
    gpa = models.DecimalField("GPA", max_digits=6, decimal_places=3, null=True, blank=True)
    gpa_scale = models.DecimalField("GPA scale", max_digits=6, decimal_places=2, null=True, blank=True)
    gpa_4_stated = models.DecimalField(
        "stated 4.0 GPA", max_digits=4, decimal_places=2, null=True, blank=True,
        help_text="A 4.0-scale equivalent the resume states.",
    )
    rank = models.CharField(max_length=50, blank=True)

    class Meta:
        ordering = ["candidate", "position"]
        verbose_name_plural = "education"

    def __str__(self) -> str:
        return " ".join(part for part in (self.degree, self.institution) if part)

    @property
    def gpa_on_four(self):
        return on_four_scale(self.gpa, self.gpa_scale, self.gpa_4_stated)

    @property
    def end_sort_key(self) -> str:
        # "present" sorts after any date, and an unknown end before any.
        return "9999" if self.end == "present" else (self.end or "")


class Experience(CorrectableRow):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="experience")
    history = HistoricalRecords()
    position = models.PositiveSmallIntegerField(default=0)
    edited = models.JSONField(default=dict, blank=True, help_text=EDITED_HELP)
    organization = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=255, blank=True)
    start = models.CharField(max_length=10, blank=True)
    end = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["candidate", "position"]
        verbose_name_plural = "experience"

    def __str__(self) -> str:
        return " at ".join(part for part in (self.title, self.organization) if part)


class Publication(CorrectableRow):
    class Status(models.TextChoices):
        PUBLISHED = "published", "Published"
        ACCEPTED = "accepted", "To appear"
        UNDER_REVIEW = "under_review", "Under review"
        PREPRINT = "preprint", "Preprint"

    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="publications")
    history = HistoricalRecords()
    position = models.PositiveSmallIntegerField(default=0)
    edited = models.JSONField(default=dict, blank=True, help_text=EDITED_HELP)
    title = models.TextField()
    venue = models.CharField(max_length=255, blank=True, db_index=True, help_text="Short name where known.")
    venue_tier = models.CharField(max_length=4, blank=True, help_text="CORE rank (A*, A, B, C) where known.")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    authors = models.JSONField(default=list, blank=True)
    author_position = models.PositiveSmallIntegerField(null=True, blank=True, help_text="1 for the first author.")
    first_author = models.BooleanField(null=True)
    status = models.CharField(max_length=12, choices=Status.choices, default=Status.PUBLISHED)
    workshop = models.BooleanField(default=False, help_text="At a workshop of the venue, not its main track.")
    equal_contribution = models.BooleanField(default=False, help_text="The candidate is marked as equal contributor.")
    corresponding = models.BooleanField(default=False, help_text="The candidate is marked as corresponding author.")
    authors_truncated = models.BooleanField(
        default=False, help_text="The printed list ends in 'et al.': there are more authors than listed.")

    class Meta:
        ordering = ["candidate", "position"]
        # A publication filter or facet finds the papers of a venue or a tier with their candidate and everything
        # else it asks, from the index alone (PostgreSQL reads no table row): "two first-author A* papers" at
        # 100,000 candidates reads 50,000 index entries, not the 300,000 papers.
        # The venue facet reads a search's papers by candidate, from the index alone too (1,000 candidates'
        # papers: 14 ms rather than 42). The foreign key keeps its own narrow index: with this one alone, the
        # planner read every paper for an export's chunk of 5,000 candidates (73 ms rather than 16).
        indexes = [
            models.Index(fields=[field, "candidate", "first_author", "year", "workshop", "status"],
                         name=f"publication_{field}_papers")
            for field in ("venue_tier", "venue")
        ] + [models.Index(fields=["candidate", "venue", "venue_tier", "workshop", "status"],
                          name="publication_candidate_venues")]

    def __str__(self) -> str:
        return self.title

    @property
    def is_peer_reviewed(self) -> bool:
        return self.status in PEER_REVIEWED_STATUSES and not self.workshop


# What counts as "a paper at venue X" by default: published or accepted, in the main track.
PEER_REVIEWED_STATUSES = [Publication.Status.PUBLISHED, Publication.Status.ACCEPTED]
PEER_REVIEWED = Q(status__in=PEER_REVIEWED_STATUSES, workshop=False)


class Award(CorrectableRow):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="awards")
    history = HistoricalRecords()
    position = models.PositiveSmallIntegerField(default=0)
    edited = models.JSONField(default=dict, blank=True, help_text=EDITED_HELP)
    title = models.TextField()

    class Meta:
        ordering = ["candidate", "position"]

    def __str__(self) -> str:
        return self.title


class Note(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="notes")
    author = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    body = models.TextField()
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.body[:60]


class Rating(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="ratings")
    recruiter = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    stars = models.PositiveSmallIntegerField()
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["candidate", "recruiter"], name="one_rating_per_recruiter"),
            models.CheckConstraint(condition=models.Q(stars__gte=1, stars__lte=5), name="stars_1_to_5"),
        ]

    def __str__(self) -> str:
        return f"{self.stars}/5"


class Shortlist(models.Model):
    name = models.CharField(max_length=100, unique=True)
    created_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)
    candidates = models.ManyToManyField(Candidate, through="ShortlistEntry", related_name="shortlists")

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("candidates:shortlist_detail", args=[self.pk])


class ShortlistEntry(models.Model):
    class Stage(models.TextChoices):
        SHORTLISTED = "shortlisted", "Shortlisted"
        CONTACTED = "contacted", "Contacted"
        INTERVIEWING = "interviewing", "Interviewing"
        OFFER = "offer", "Offer"
        HIRED = "hired", "Hired"
        REJECTED = "rejected", "Rejected"

    shortlist = models.ForeignKey(Shortlist, on_delete=models.CASCADE, related_name="entries")
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="shortlist_entries")
    stage = models.CharField(max_length=12, choices=Stage.choices, default=Stage.SHORTLISTED)
    note = models.TextField(blank=True)
    added_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+")
    added_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)
    stage_changed_at = models.DateTimeField(default=timezone.now, help_text="When it entered its current stage.")

    class Meta:
        ordering = ["shortlist", "-added_at"]
        verbose_name_plural = "shortlist entries"
        constraints = [models.UniqueConstraint(fields=["shortlist", "candidate"], name="once_per_shortlist")]

    def __str__(self) -> str:
        return f"{self.candidate} on {self.shortlist}"


class SavedSearch(models.Model):
    """A search of the list (its query string) that a recruiter named, to open again; kept private or shared with
    the team. One with `alert` counts the candidates added since its owner last opened it, and mails a digest."""

    name = models.CharField(max_length=100)
    owner = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches")
    query = models.CharField(max_length=2000, blank=True, help_text="The list's query string, without the page.")
    shared = models.BooleanField(default=False, help_text="The whole team sees it in their menu.")
    alert = models.BooleanField(default=False, help_text="Count new matches on the list and mail a daily digest.")
    seen_at = models.DateTimeField(default=timezone.now, help_text="When its owner last opened it.")
    digest_at = models.DateTimeField(default=timezone.now, help_text="Until when the last digest counted.")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "id"]
        constraints = [models.UniqueConstraint(fields=["owner", "name"], name="one_saved_search_name_per_owner")]

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("candidates:saved_search_open", args=[self.pk])


class BulkAction(models.Model):
    """One recruiter's action on many candidates at once (or on one, from triage), with what undoing it needs."""

    class Kind(models.TextChoices):
        TAG = "tag", "Tag"
        RATE = "rate", "Rate"
        SHORTLIST = "shortlist", "Add to a shortlist"
        STAGE = "stage", "Move to a stage"
        NOTE = "note", "Write a note"

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    kind = models.CharField(max_length=10, choices=Kind.choices)
    summary = models.CharField(max_length=300, help_text="What was done, in words.")
    count = models.PositiveIntegerField(help_text="How many candidates it changed.")
    undo = models.JSONField(default=dict, blank=True, help_text="What undoing it needs: the rows it added, the "
                                                                 "values it replaced.")
    created_at = models.DateTimeField(auto_now_add=True)
    undone_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.summary
