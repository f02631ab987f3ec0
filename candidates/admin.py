from django import forms
from django.contrib import admin, messages
from django.db.models import Q, QuerySet
from django.http import HttpRequest
from django.utils.html import format_html
from simple_history.admin import SimpleHistoryAdmin

from . import services
from .forms import EmailLinesField, LinesField
from .parsing.model import REVIEW_BELOW
from .models import (
    Award,
    Candidate,
    DuplicatePair,
    Education,
    Erasure,
    Experience,
    Merge,
    Note,
    Publication,
    Rating,
    Resume,
    ResumeFile,
    Shortlist,
    ShortlistEntry,
    Skill,
    Tag,
)


class EducationInline(admin.StackedInline):
    model = Education
    extra = 0
    readonly_fields = ["edited"]  # who corrected what, kept by the save below
    fields = [
        ("institution", "degree_level"),
        ("degree", "field"),
        ("start", "end"),
        ("gpa", "gpa_scale", "gpa_4_stated", "rank"),
        ("position", "edited"),
    ]


class ExperienceInline(admin.TabularInline):
    model = Experience
    extra = 0
    readonly_fields = ["edited"]  # who corrected what, kept by the save below
    fields = ["organization", "title", "start", "end", "position", "edited"]


class PublicationInline(admin.StackedInline):
    model = Publication
    extra = 0
    readonly_fields = ["edited"]  # who corrected what, kept by the save below
    fields = [
        "title",
        ("venue", "venue_tier", "year"),
        ("status", "workshop"),
        "authors",
        ("author_position", "first_author", "equal_contribution", "corresponding", "authors_truncated"),
        ("position", "edited"),
    ]


class AwardInline(admin.TabularInline):
    model = Award
    extra = 0
    readonly_fields = ["edited"]  # who corrected what, kept by the save below
    fields = ["title", "position", "edited"]


class ResumeInline(admin.TabularInline):
    model = Resume
    extra = 0
    fields = ["original_name", "status", "error", "created_at"]
    readonly_fields = fields
    show_change_link = True
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


class CandidateAdminForm(forms.ModelForm):
    """E-mails, phones and links one a line, as on the candidate page, not as raw JSON."""

    emails = EmailLinesField()
    phones = LinesField()
    links = LinesField()

    class Meta:
        model = Candidate
        fields = "__all__"


@admin.register(Candidate)
class CandidateAdmin(SimpleHistoryAdmin):  # "History" lists every change to the record, who made it and when
    form = CandidateAdminForm
    list_display = [
        "__str__", "highest_degree_level", "highest_institution", "gpa_4", "publication_count",
        "needs_review", "quality_score", "created_at",
    ]
    list_filter = ["needs_review", "highest_degree_level"]
    search_fields = ["name", "emails", "education__institution", "experience__organization"]
    filter_horizontal = ["skills", "tags"]
    readonly_fields = [
        "created_at", "updated_at", "highest_degree_level", "highest_degree", "highest_institution",
        "gpa", "gpa_scale", "gpa_level", "gpa_4", "publication_count", "quality_score", "needs_review",
    ]
    fieldsets = [
        (None, {"fields": ["name", "emails", "phones", "links", "skills", "tags"]}),
        ("Summary (recomputed from the rows below on save)", {"fields": readonly_fields}),
    ]
    inlines = [EducationInline, ExperienceInline, PublicationInline, AwardInline, ResumeInline]
    actions = ["merge_into_oldest"]

    def save_model(self, request: HttpRequest, obj: Candidate, form, change: bool) -> None:
        if change:  # a correction in the admin sticks as one on the candidate page does
            corrected = {f: form.cleaned_data[f] for f in services.EDITABLE_CONTACTS if f in form.changed_data}
            original = Candidate.objects.get(pk=obj.pk)
            if corrected:
                services.candidate_contacts_edit(candidate=original, user=request.user, **corrected)
            if "skills" in form.changed_data:
                services.candidate_skills_edit(candidate=original, user=request.user,
                                               names=[skill.name for skill in form.cleaned_data["skills"]])
            obj.edited = original.edited
        super().save_model(request, obj, form, change)

    def delete_model(self, request: HttpRequest, obj: Candidate) -> None:
        # a deletion here is an erasure: resumes and merge snapshots go too, and the audit entry stays
        services.candidate_erase(candidate=obj, user=request.user, reason=Erasure.Reason.REQUEST)

    def delete_queryset(self, request: HttpRequest, queryset: QuerySet) -> None:
        for candidate in queryset:
            services.candidate_erase(candidate=candidate, user=request.user, reason=Erasure.Reason.REQUEST)

    @admin.action(description="Merge the selected records into the oldest one")
    def merge_into_oldest(self, request: HttpRequest, queryset: QuerySet) -> None:
        """The oldest record keeps its values and gains the others' contact details, skills, resumes and
        annotations; each merge is recorded and can be undone from the Merges list."""
        records = list(queryset.order_by("pk"))
        if len(records) < 2:
            self.message_user(request, "Select two records or more to merge.", messages.WARNING)
            return
        survivor = records[0]
        for absorbed in records[1:]:
            services.candidates_merge(survivor=survivor, absorbed=absorbed, user=request.user)
        self.message_user(request, f"{len(records) - 1} record(s) merged into {survivor} (#{survivor.pk}).",
                          messages.SUCCESS)

    def save_formset(self, request: HttpRequest, form, formset, change: bool) -> None:
        """A degree, job, paper or award corrected, added or deleted here sticks as one on the candidate page
        does: marked as edited, and a deleted parsed entry kept out of later parses."""
        section = services.SECTION_OF.get(formset.model)
        if section is None:
            return super().save_formset(request, form, formset, change)
        rows = formset.save(commit=False)
        changed = formset.model.objects.filter(pk__in=[row.pk for row, _ in formset.changed_objects])
        stored = {row.pk: services.row_values(section, row) for row in changed}
        for row, fields in formset.changed_objects:
            services.row_mark_edited(row=row, before=stored[row.pk], fields=fields, user=request.user)
        for row in formset.new_objects:
            services.row_mark_edited(row=row, before=None, fields=[], user=request.user)
        for row in rows:
            row.save()
        for row in formset.deleted_objects:
            services.row_delete(candidate=form.instance, section=section, user=request.user, row=row)

    def save_related(self, request: HttpRequest, form, formsets, change: bool) -> None:
        super().save_related(request, form, formsets, change)
        # A corrected degree or GPA must show in the dashboard's filters and sorts; a corrected e-mail must
        # bring that person's next resume to this record.
        services.candidate_summarize(candidate=form.instance)
        services.contact_keys_refresh(candidate=form.instance)
        services.duplicates_refresh(candidate=form.instance)


class NeedsReviewFilter(admin.SimpleListFilter):
    """A resume needs review while its score is under the parser's threshold and nobody has checked it."""

    title = "needs review"
    parameter_name = "needs_review"

    def lookups(self, request: HttpRequest, model_admin) -> list[tuple[str, str]]:
        return [("1", "Yes"), ("0", "No")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Resume]) -> QuerySet[Resume]:
        doubtful_unchecked = Q(quality_score__lt=REVIEW_BELOW, reviewed_at=None)
        if self.value() == "1":
            return queryset.filter(doubtful_unchecked)
        if self.value() == "0":
            return queryset.exclude(doubtful_unchecked)
        return queryset


@admin.register(Resume)
class ResumeAdmin(admin.ModelAdmin):
    list_display = ["original_name", "status", "quality_score", "candidate", "size", "parser_version", "created_at"]
    list_filter = ["status", NeedsReviewFilter, "parser_version"]
    search_fields = ["original_name", "sha256", "candidate__name"]
    list_select_related = ["candidate"]
    readonly_fields = [
        "original_name", "size", "sha256", "file_link", "uploaded_by", "attempts",
        "created_at", "started_at", "finished_at", "parser_version", "quality_score", "quality_reasons",
        "reviewed_by", "reviewed_at",
    ]
    fields = readonly_fields + ["candidate", "status", "error", "parsed", "text"]
    raw_id_fields = ["candidate"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # resumes come in through the upload, which stores the file and queues it
    actions = ["requeue"]

    @admin.display(description="File")
    def file_link(self, obj: Resume) -> str:
        return format_html('<a href="{}" target="_blank">Open the PDF</a>', obj.get_file_url())

    @admin.action(description="Parse the selected resumes again")
    def requeue(self, request: HttpRequest, queryset: QuerySet[Resume]) -> None:
        queued = sum(services.resume_requeue(resume=resume) for resume in queryset)
        waiting = Resume.objects.filter(status__in=[Resume.Status.QUEUED, Resume.Status.PARSING]).count()
        self.message_user(request, format_html(
            '{} resume(s) queued for parsing; <a href="?status__exact=queued">{} waiting for a worker</a> now '
            "(this list's status filter shows the progress).", queued, waiting), messages.SUCCESS)


@admin.register(ResumeFile)
class ResumeFileAdmin(admin.ModelAdmin):
    """Read-only: the bytes are what was uploaded and are never edited."""

    list_display = ["resume"]
    fields = ["resume"]
    readonly_fields = ["resume"]
    search_fields = ["resume__original_name"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Skill)
class SkillAdmin(admin.ModelAdmin):
    list_display = ["name", "category"]
    list_filter = ["category"]
    search_fields = ["name"]


@admin.register(Education)
class EducationAdmin(SimpleHistoryAdmin):
    list_display = ["candidate", "institution", "degree_level", "degree", "gpa", "gpa_scale", "end"]
    list_filter = ["degree_level"]
    search_fields = ["institution", "degree", "field", "candidate__name"]
    raw_id_fields = ["candidate"]


@admin.register(Experience)
class ExperienceAdmin(SimpleHistoryAdmin):
    list_display = ["candidate", "organization", "title", "start", "end"]
    search_fields = ["organization", "title", "candidate__name"]
    raw_id_fields = ["candidate"]


@admin.register(Publication)
class PublicationAdmin(SimpleHistoryAdmin):
    list_display = ["title", "candidate", "venue", "venue_tier", "year", "status", "workshop", "first_author"]
    list_filter = ["status", "workshop", "venue_tier", "first_author", "year"]
    search_fields = ["title", "venue", "candidate__name"]
    raw_id_fields = ["candidate"]


@admin.register(Award)
class AwardAdmin(SimpleHistoryAdmin):
    list_display = ["title", "candidate"]
    search_fields = ["title", "candidate__name"]
    raw_id_fields = ["candidate"]


@admin.register(Erasure)
class ErasureAdmin(admin.ModelAdmin):
    """Who erased which record and when: the audit trail of erasures, with no personal data in it."""

    list_display = ["__str__", "erased_by", "erased_at", "reason", "resumes"]
    list_filter = ["reason"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj=None) -> bool:
        return False

    def has_delete_permission(self, request: HttpRequest, obj=None) -> bool:
        return False


@admin.register(Merge)
class MergeAdmin(admin.ModelAdmin):
    """Every merge, who made it and what moved; undoing one gives both records back."""

    list_display = ["__str__", "merged_by", "merged_at", "undone_at"]
    list_filter = ["undone_at"]
    search_fields = ["absorbed_name", "survivor__name"]
    readonly_fields = ["survivor", "absorbed_id", "absorbed_name", "merged_by", "merged_at", "chosen", "moved",
                       "undone_by", "undone_at"]
    exclude = ["snapshot"]
    actions = ["undo"]

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Undo the selected merges")
    def undo(self, request: HttpRequest, queryset: QuerySet) -> None:
        for merge in queryset.order_by("-merged_at"):  # the latest first: an earlier one may have made its survivor
            try:
                services.merge_undo(merge=merge, user=request.user)
            except services.MergeError as error:
                self.message_user(request, f"{merge}: not undone ({error}).", messages.ERROR)
            else:
                self.message_user(request, f"{merge}: undone.", messages.SUCCESS)


@admin.register(DuplicatePair)
class DuplicatePairAdmin(admin.ModelAdmin):
    """Pairs flagged as probably one person (candidates/duplicates.py); the reasons are the parser's, read-only."""

    list_display = ["first", "second", "status", "created_at", "decided_by"]
    list_filter = ["status"]
    search_fields = ["first__name", "second__name"]
    raw_id_fields = ["first", "second"]
    readonly_fields = ["first", "second", "reasons", "created_at", "decided_by", "decided_at"]
    fields = readonly_fields[:3] + ["status"] + readonly_fields[3:]
    actions = ["mark_distinct"]

    @admin.action(description="Mark as not the same person")
    def mark_distinct(self, request: HttpRequest, queryset: QuerySet) -> None:
        pairs = list(queryset.filter(status=DuplicatePair.Status.POSSIBLE))
        for pair in pairs:
            services.duplicate_dismiss(pair=pair, user=request.user)
        self.message_user(request, f"{len(pairs)} pair(s) marked not the same person.", messages.SUCCESS)


@admin.register(Tag)
class TagAdmin(admin.ModelAdmin):
    list_display = ["name"]
    search_fields = ["name"]


@admin.register(Note)
class NoteAdmin(admin.ModelAdmin):
    list_display = ["candidate", "author", "created_at", "__str__"]
    search_fields = ["body", "candidate__name"]
    raw_id_fields = ["candidate"]


@admin.register(Rating)
class RatingAdmin(admin.ModelAdmin):
    list_display = ["candidate", "recruiter", "stars", "updated_at"]
    raw_id_fields = ["candidate"]


class ShortlistEntryInline(admin.TabularInline):
    model = ShortlistEntry
    extra = 0
    fields = ["candidate", "stage", "note", "added_by"]
    raw_id_fields = ["candidate"]


@admin.register(Shortlist)
class ShortlistAdmin(admin.ModelAdmin):
    list_display = ["name", "created_by", "created_at"]
    search_fields = ["name"]
    inlines = [ShortlistEntryInline]


@admin.register(ShortlistEntry)
class ShortlistEntryAdmin(admin.ModelAdmin):
    list_display = ["candidate", "shortlist", "stage", "updated_at"]
    list_filter = ["stage", "shortlist"]
    raw_id_fields = ["candidate"]
