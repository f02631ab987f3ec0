from django.conf import settings
from django.db import models
from django.db.models import Count, Prefetch
from django.urls import reverse


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


class Skill(models.Model):
    name = models.CharField(max_length=100, unique=True, help_text="Canonical, lower-case name.")
    category = models.CharField(max_length=50, blank=True)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name


class CandidateQuerySet(models.QuerySet):
    def for_list(self) -> "CandidateQuerySet":
        """What the candidate list shows on each row, in a constant number of queries."""
        return self.annotate(publication_count=Count("publications", distinct=True)).prefetch_related(
            Prefetch("education", queryset=Education.objects.order_by("position")),
            "skills",
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


class Candidate(models.Model):
    name = models.CharField(max_length=200, blank=True)
    emails = models.JSONField(default=list, blank=True)
    phones = models.JSONField(default=list, blank=True)
    links = models.JSONField(default=list, blank=True)
    skills = models.ManyToManyField(Skill, related_name="candidates", blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = CandidateQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.display_name

    @property
    def display_name(self) -> str:
        return self.name or (self.emails[0] if self.emails else f"Candidate {self.pk}")

    def get_absolute_url(self) -> str:
        return reverse("candidates:detail", args=[self.pk])

    def highest_education(self) -> "Education | None":
        """The most advanced degree, the most recent among equals (uses the prefetched rows)."""
        rows = list(self.education.all())
        if not rows:
            return None
        return max(rows, key=lambda e: (DEGREE_RANK.get(e.degree_level, -1), e.end_sort_key, -e.position))


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
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED, db_index=True)
    error = models.TextField(blank=True)
    parser_version = models.CharField(max_length=20, blank=True)
    text = models.TextField(blank=True, help_text="The document's text, in reading order.")
    parsed = models.JSONField(null=True, blank=True, help_text="The parser's output (SCHEMA.md).")
    attempts = models.PositiveIntegerField(default=0)
    uploaded_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    started_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-id"]

    def __str__(self) -> str:
        return self.original_name

    def get_file_url(self) -> str:
        return reverse("candidates:resume_file", args=[self.pk])

    @property
    def is_done(self) -> bool:
        return self.status in (self.Status.PARSED, self.Status.FAILED)


class ResumeFile(models.Model):
    """The uploaded bytes, kept in the database so that workers on any machine can read them."""

    resume = models.OneToOneField(Resume, on_delete=models.CASCADE, primary_key=True, related_name="file")
    content = models.BinaryField()

    def __str__(self) -> str:
        return f"File of {self.resume}"


class Education(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="education")
    position = models.PositiveSmallIntegerField(default=0)
    institution = models.CharField(max_length=255, blank=True)
    degree_level = models.CharField(max_length=12, choices=DegreeLevel.choices, blank=True)
    degree = models.CharField(max_length=255, blank=True)
    field = models.CharField(max_length=255, blank=True)
    start = models.CharField(max_length=10, blank=True, help_text="YYYY-MM or YYYY.")
    end = models.CharField(max_length=10, blank=True, help_text="YYYY-MM, YYYY or present.")
    gpa = models.DecimalField(max_digits=6, decimal_places=3, null=True, blank=True)
    gpa_scale = models.DecimalField(max_digits=6, decimal_places=2, null=True, blank=True)
    gpa_4_stated = models.DecimalField(
        max_digits=4, decimal_places=2, null=True, blank=True, help_text="A 4.0-scale equivalent the resume states."
    )
    rank = models.CharField(max_length=50, blank=True)

    class Meta:
        ordering = ["candidate", "position"]
        verbose_name_plural = "education"

    def __str__(self) -> str:
        return " ".join(part for part in (self.degree, self.institution) if part)

    @property
    def end_sort_key(self) -> str:
        # "present" sorts after any date, and an unknown end before any.
        return "9999" if self.end == "present" else (self.end or "")


class Experience(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="experience")
    position = models.PositiveSmallIntegerField(default=0)
    organization = models.CharField(max_length=255, blank=True)
    title = models.CharField(max_length=255, blank=True)
    start = models.CharField(max_length=10, blank=True)
    end = models.CharField(max_length=10, blank=True)

    class Meta:
        ordering = ["candidate", "position"]
        verbose_name_plural = "experience"

    def __str__(self) -> str:
        return " at ".join(part for part in (self.title, self.organization) if part)


class Publication(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="publications")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.TextField()
    venue = models.CharField(max_length=255, blank=True, db_index=True, help_text="Short name where known.")
    venue_tier = models.CharField(max_length=4, blank=True, help_text="CORE rank (A*, A, B, C) where known.")
    year = models.PositiveSmallIntegerField(null=True, blank=True)
    authors = models.JSONField(default=list, blank=True)
    author_position = models.PositiveSmallIntegerField(null=True, blank=True, help_text="1 for the first author.")
    first_author = models.BooleanField(null=True)

    class Meta:
        ordering = ["candidate", "position"]

    def __str__(self) -> str:
        return self.title


class Award(models.Model):
    candidate = models.ForeignKey(Candidate, on_delete=models.CASCADE, related_name="awards")
    position = models.PositiveSmallIntegerField(default=0)
    title = models.TextField()

    class Meta:
        ordering = ["candidate", "position"]

    def __str__(self) -> str:
        return self.title
