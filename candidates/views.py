import io
from collections import Counter

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count, Q
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, QueryDict, StreamingHttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.template.defaultfilters import pluralize
from django.urls import reverse
from django.utils.http import url_has_allowed_host_and_scheme
from django.views.decorators.http import require_GET, require_http_methods, require_POST
from django.views.decorators.vary import vary_on_headers

from . import bulk, documents, exports, saved_searches, search, services
from .filters import CandidateFilter, canonical_skill, canonical_venue, search_params
from .forms import (
    ROW_FORMS,
    BulkForm,
    ContactsForm,
    NoteForm,
    RatingForm,
    SavedSearchForm,
    ShortlistAddForm,
    ShortlistEntryForm,
    ShortlistForm,
    SkillsForm,
    TagForm,
    UploadForm,
)
from .models import (
    DEGREE_RANK,
    BulkAction,
    Candidate,
    DegreeLevel,
    DuplicatePair,
    Erasure,
    Merge,
    Note,
    Resume,
    SavedSearch,
    Shortlist,
    ShortlistEntry,
    Tag,
    UploadRejection,
)
from .results import MAX_RESULTS, Matches, SearchPaginator, by_ids, facets, read_matches

RECENT_UPLOADS = 100
PAGE_SIZES = (10, 25, 50, 100, 200)


def page_size(request: HttpRequest) -> int:
    try:
        return min(200, max(10, int(request.GET.get("page_size", 25))))
    except ValueError:
        return 25


def facet_options(counts: list[tuple[str, int]], selected: list[str]) -> list[dict]:
    """Checked values first (with their count when they are among the top ones), then the others."""
    count_of = dict(counts)
    chosen = [{"value": v, "count": count_of.get(v), "checked": True} for v in selected]
    others = [{"value": v, "count": n, "checked": False} for v, n in counts if v not in selected]
    return chosen + others


def facet_context(filterset: CandidateFilter, matches: Matches) -> dict:
    data = filterset.form.cleaned_data if filterset.is_valid() else {}
    counts = facets(matches, data.get("pub_status"))
    skills = [canonical_skill(v) for v in data.get("skill", [])]
    venues = [canonical_venue(v) for v in data.get("venue", [])]
    return {
        "skill_options": facet_options(counts["skills"], skills),
        "venue_options": facet_options(counts["venues"], venues),
        "degree_options": degree_options(counts["degrees"], data.get("degree", [])),
        "needs_review_count": counts["needs_review"],
        "facets_estimated": counts["estimated"],
        "facets_shares": counts["shares"],
        "facet_sample": len(matches.sample),
        "selected_tags": data.get("tag", []),
        "selected_skills": skills,
    }


NOT_SHOWN = ("sort", "page_size", "skill_mode")  # how the results are shown, not which


def active_filters(filterset: CandidateFilter, params: QueryDict) -> list[dict]:
    """Each filter the search applies, in words, with the list's URL without it."""
    search = search_params(params)
    shortlists = dict(Shortlist.objects.filter(pk__in=[v for v in search.getlist("shortlist") if v.isdigit()])
                      .values_list("pk", "name"))
    shown = []
    for name, values in search.lists():
        field = filterset.filters.get(name)
        if field is None or name in NOT_SHOWN or (name == "pub_status" and values == ["peer_reviewed"]):
            continue
        for value in values:
            rest = search.copy()
            rest.setlist(name, [v for v in values if v != value])
            shown.append({"label": filter_words(name, field, value, shortlists), "url": list_url(rest.urlencode())})
    return shown


def filter_words(name: str, field, value: str, shortlists: dict) -> str:
    """"Skill: pytorch", "GPA at least (on 4.0): 3.5", "First author only": a filter as the page shows it."""
    if name in ("first_author", "needs_review", "possible_duplicates"):
        return field.label
    if name == "shortlist":
        value = shortlists.get(int(value), value) if value.isdigit() else value
    elif name == "degree":
        value = DegreeLevel(value).label if value in DegreeLevel.values else value
    elif name == "candidates":
        return "Only the selected candidates"
    elif choices := getattr(field, "extra", {}).get("choices"):
        value = dict(choices).get(value, value)
    return f"{field.label}: {value}"


def degree_options(counts: list[dict], checked: list[str]) -> list[dict]:
    """Every level a recruiter may tick, most advanced first: the usual three always (so that one ticked leaves
    the others to add), any other the matches have; each with its count among the matches where it has one."""
    count_of = {d["highest_degree_level"]: d["n"] for d in counts}
    shown = [DegreeLevel.PHD, DegreeLevel.MASTER, DegreeLevel.BACHELOR]
    shown += sorted((level for level in count_of if level not in shown), key=lambda level: -DEGREE_RANK[level])
    return [{"value": level, "label": DegreeLevel(level).label, "count": count_of.get(level),
             "checked": level in checked} for level in shown]


def wants_fragment(request: HttpRequest) -> bool:
    """An htmx swap gets the page's named partial; htmx restoring history needs the whole page."""
    return bool(request.htmx) and not request.htmx.boosted and not request.htmx.history_restore_request


@require_GET
@vary_on_headers("HX-Request")
def candidate_list(request: HttpRequest) -> HttpResponse:
    rows = Candidate.objects.for_dashboard()
    filterset = CandidateFilter(request.GET, queryset=rows)
    matches = read_matches(filterset.qs)
    candidates = by_ids(filterset.qs, matches, rows)
    page = SearchPaginator(candidates, page_size(request), matches).get_page(request.GET.get("page"))
    if filterset.terms:
        snippets_add(page.object_list, filterset.terms)
    context = {
        "filter": filterset,
        "page": page,
        "page_sizes": PAGE_SIZES,
        "max_results": MAX_RESULTS,
        "max_results_shown": f"{MAX_RESULTS:,}",
        "shortlists": Shortlist.objects.all(),
        "tags": Tag.objects.all(),
        "stages": ShortlistEntry.Stage.choices,
        **facet_context(filterset, matches),
        **saved_search_context(request),
        "active_filters": active_filters(filterset, request.GET),
    }
    _show_sort(filterset)
    template = "candidates/list.html#results" if wants_fragment(request) else "candidates/list.html"
    return render(request, template, context)


def saved_search_context(request: HttpRequest) -> dict:
    searches = saved_searches.with_new_counts(request.user)
    return {
        "saved_searches": searches,
        "saved_searches_new": sum(s.new or 0 for s in searches),
        "search_query": search_params(request.GET).urlencode(),
    }


def form_errors(form: forms.Form, separator: str = " ") -> str:
    """Every error of a form, in one line for a message."""
    return separator.join(e for errors in form.errors.values() for e in errors)


def list_url(query: str) -> str:
    return reverse("candidates:list") + (f"?{query}" if query else "")


def _show_sort(filterset: CandidateFilter) -> None:
    """The sort menu shows the order the results are in, also when the URL names none (best match, with a query)."""
    if filterset.is_valid() and not filterset.form.cleaned_data.get("sort"):
        filterset.form.data = filterset.form.data.copy()
        filterset.form.data["sort"] = filterset.sort_order


def snippets_add(candidates: list[Candidate], terms: list[search.Term]) -> None:
    """Why each candidate matched: the passage of their newest parsed resume with the query's words marked."""
    texts: dict[int, str] = {}
    ids = [c.pk for c in candidates]  # not the page's queryset: as a subquery it would run the search again
    # by candidate only (a few rows each), the status checked here: SQLite otherwise walks the status index
    newest_first = Resume.objects.filter(candidate__in=ids).order_by("candidate", "-created_at", "-pk")
    for candidate_id, status, text in newest_first.values_list("candidate", "status", "text"):
        if status == Resume.Status.PARSED:
            texts.setdefault(candidate_id, text)
    for candidate in candidates:
        candidate.snippet = search.snippet(texts.get(candidate.pk, ""), terms)


@require_GET
def candidate_export(request: HttpRequest) -> StreamingHttpResponse:
    # a search ranked by relevance only in part (search.Ranked) is exported newest first
    candidates = search.unranked(CandidateFilter(request.GET, queryset=Candidate.objects.all()).qs)
    return exports.candidates_csv(request, candidates, filename="candidates.csv")


def neighbours(request: HttpRequest, candidate: Candidate) -> tuple[int | None, int | None, int | None, tuple]:
    """Previous and next candidate ids within the search the recruiter came from, with position and total (as
    read_matches gives it).

    The list's links carry the candidate's position (`at`), so three rows around it answer; a link without one
    (shared, or the search changed since) is looked for among the search's first MAX_RESULTS.
    """
    results = CandidateFilter(request.GET, queryset=Candidate.objects.all()).qs
    if isinstance(results, search.Ranked):
        ids = results.ids
    else:
        in_order = results.values_list("pk", flat=True)

        def ids(start: int, stop: int) -> list[int]:
            return list(in_order[start:stop])
    try:
        at = int(request.GET.get("at", ""))
    except ValueError:
        at = 0
    start = max(0, at - 2)
    window = ids(start, at + 1) if 1 <= at <= MAX_RESULTS else []
    if candidate.pk not in window:
        start, window = 0, ids(0, MAX_RESULTS)
    matches = read_matches(results)
    total = (matches.count, matches.how)
    if candidate.pk not in window:
        return None, None, None, total
    index = window.index(candidate.pk)
    previous = window[index - 1] if index > 0 else None
    following = window[index + 1] if index + 1 < len(window) else None
    return previous, following, start + index + 1, total


@require_GET
def candidate_detail(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate.objects.for_detail(), pk=pk)
    previous, following, position, total = neighbours(request, candidate)
    resumes = list(candidate.resumes.all())
    parsed_resume = candidate.newest_parsed_resume()
    chosen = request.GET.get("resume", "")
    shown = next((r for r in resumes if str(r.pk) == chosen), None) or parsed_resume or next(iter(resumes), None)
    return render(request, "candidates/detail.html", {
        **annotation_context(request, candidate),
        "parsed_resume": parsed_resume,
        "resumes": resumes,
        "shown_resume": shown,
        "previous": previous,
        "following": following,
        "position": position,
        "total": total[0],
        "total_how": total[1],
        "search": _without(request.GET, "resume", "at"),
        "results_page": (position - 1) // page_size(request) + 1 if position else None,
        "duplicate_pairs": duplicate_pairs(candidate),
        "merges": candidate.merges.select_related("merged_by", "undone_by"),
        "sections": {name: section_block(candidate, name) for name in SECTION_TITLES},
        **correction_forms(candidate),
    })


def correction_forms(candidate: Candidate) -> dict:
    return {
        "contacts_form": ContactsForm(initial={"name": candidate.name, "emails": "\n".join(candidate.emails),
                                               "phones": "\n".join(candidate.phones),
                                               "links": "\n".join(candidate.links)}),
        "skills_form": SkillsForm(initial={"skills": ", ".join(s.name for s in candidate.skills.all())}),
    }


def duplicate_pairs(candidate: Candidate) -> list[tuple[DuplicatePair, Candidate]]:
    """The candidate's flagged pairs and those marked "not the same person", each with the other record."""
    pairs = DuplicatePair.objects.filter(Q(first=candidate) | Q(second=candidate)).select_related(
        "first", "second", "decided_by")
    return [(pair, pair.other(candidate)) for pair in pairs]


def _merge_sides(survivor: Candidate, absorbed: Candidate) -> list[dict]:
    """Each mergeable field of the two records side by side, as a recruiter reads them; 'same' where they agree."""
    def show(candidate: Candidate, field: str) -> list[str]:
        if field == "name":
            return [candidate.name] if candidate.name else []
        if field in services.CONTACTS:
            return list(getattr(candidate, field))
        if field == "skills":
            return sorted(candidate.skills.values_list("name", flat=True))
        if field == "education":
            return [" · ".join(filter(None, [e.institution, e.degree, f"{e.start}–{e.end}".strip("–")]))
                    for e in candidate.education.all()]
        if field == "experience":
            return [" · ".join(filter(None, [e.organization, e.title, f"{e.start}–{e.end}".strip("–")]))
                    for e in candidate.experience.all()]
        if field == "publications":
            return [" · ".join(filter(None, [p.title, p.venue, str(p.year or "")])) for p in candidate.publications.all()]
        return [a.title for a in candidate.awards.all()]

    rows = []
    for field in services.MERGE_FIELDS:
        mine, theirs = show(survivor, field), show(absorbed, field)
        rows.append({"field": field, "label": field.capitalize(), "mine": mine, "theirs": theirs,
                     "same": mine == theirs, "default": services.MERGE_DEFAULTS[field],
                     "can_combine": field != "name"})
    return rows


@require_http_methods(["GET", "POST"])
def candidate_merge(request: HttpRequest, pk: int, other: int) -> HttpResponse:
    """Two records side by side; the recruiter picks the value of each differing field, this record survives."""
    survivor = get_object_or_404(Candidate, pk=pk)
    absorbed = get_object_or_404(Candidate, pk=other)
    if survivor.pk == absorbed.pk:
        return redirect(survivor.get_absolute_url())
    if request.method == "POST":
        chosen = {field: request.POST.get(field, "") for field in services.MERGE_FIELDS}
        services.candidates_merge(survivor=survivor, absorbed=absorbed, user=request.user, chosen=chosen)
        messages.success(request, f"{absorbed.display_name} was merged into this record; "
                                  "the merge can be undone below.")
        return redirect(survivor.get_absolute_url())
    return render(request, "candidates/merge.html", {
        "survivor": survivor, "absorbed": absorbed, "rows": _merge_sides(survivor, absorbed),
        "moving": {"resumes": absorbed.resumes.count(), "notes": absorbed.notes.count(),
                   "ratings": absorbed.ratings.count(), "shortlists": absorbed.shortlist_entries.count()},
    })


@require_POST
def merge_undo(request: HttpRequest, pk: int) -> HttpResponse:
    merge = get_object_or_404(Merge.objects.select_related("survivor"), pk=pk)
    try:
        survivor, absorbed = services.merge_undo(merge=merge, user=request.user)
    except services.MergeError as error:
        messages.error(request, f"The merge could not be undone: {error}.")
        return redirect(merge.survivor.get_absolute_url() if merge.survivor else reverse("candidates:list"))
    messages.success(request, f"The merge was undone: {absorbed.display_name} is a record of its own again.")
    return redirect(survivor.get_absolute_url())


@require_POST
def contacts_edit(request: HttpRequest, pk: int) -> HttpResponse:
    """The name and contact details corrected on the candidate page; the page shows them marked as edited."""
    candidate = get_object_or_404(Candidate, pk=pk)
    form = ContactsForm(request.POST)
    if form.is_valid():
        changed = services.candidate_contacts_edit(candidate=candidate, user=request.user, **form.cleaned_data)
        messages.success(request, f"Corrected: {', '.join(changed)}." if changed else "Nothing was changed.")
    else:
        messages.error(request, "Not saved: " + form_errors(form, "; "))
    return redirect(safe_next(request) or candidate.get_absolute_url())


@require_POST
def skills_edit(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    form = SkillsForm(request.POST)
    if form.is_valid() and services.candidate_skills_edit(candidate=candidate, user=request.user,
                                                           names=form.cleaned_data["skills"]):
        messages.success(request, "Corrected: skills.")
    else:
        messages.info(request, "Nothing was changed.")
    return redirect(safe_next(request) or candidate.get_absolute_url())


SECTION_TITLES = {"education": "Education", "experience": "Experience", "publications": "Publications",
                  "awards": "Awards"}


def section_block(candidate: Candidate, section: str, failed: tuple[int | None, forms.Form] | None = None) -> dict:
    """One section of the candidate page as the in-place editor shows it: each row with its form (the failed one
    with its errors, open), a form to add a row, and the parsed entries a person deleted, to restore."""
    form_class = ROW_FORMS[section]
    failed_row, failed_form = failed or (0, None)
    rows = [(row, failed_form if failed_row == row.pk else form_class(instance=row, auto_id=f"id_{section}_{row.pk}_%s"))
            for row in getattr(candidate, section).all()]
    return {
        "name": section,
        "title": SECTION_TITLES[section],
        "rows": rows,
        "add_form": failed_form if failed and failed_row is None else form_class(auto_id=f"id_{section}_new_%s"),
        "open": failed_row if failed else 0,
        "removed": [(index, _entry_label(gone["was"]), gone)
                    for index, gone in enumerate(candidate.edited.get("removed", {}).get(section, []))],
    }


def _entry_label(values: dict) -> str:
    return next((values[k] for k in ("title", "institution", "organization") if values.get(k)), "(untitled)")


def render_section(request: HttpRequest, candidate: Candidate, section: str,
                   failed: tuple[int | None, forms.Form] | None = None) -> HttpResponse:
    """After a correction: the section for htmx (with the summary line, which a degree or GPA changes), else back
    to the candidate page at the section."""
    if request.htmx:
        candidate = Candidate.objects.for_detail().get(pk=candidate.pk)
        return render(request, "candidates/detail.html#section",
                      {"candidate": candidate, "block": section_block(candidate, section, failed), "oob": True})
    if failed:
        messages.error(request, "Not saved: " + form_errors(failed[1], "; "))
    return redirect(f"{candidate.get_absolute_url()}#{section}")


@require_POST
def row_save(request: HttpRequest, pk: int, section: str, row: int | None = None) -> HttpResponse:
    """Add a degree, job, paper or award to the record, or correct one, in place."""
    candidate = get_object_or_404(Candidate, pk=pk)
    instance = get_object_or_404(services.SECTIONS[section], pk=row, candidate=candidate) if row else None
    # the form validates on a blank instance: the service compares the values with the row's own
    form = ROW_FORMS[section](request.POST, auto_id=f"id_{section}_{row or 'new'}_%s")
    if not form.is_valid():
        return render_section(request, candidate, section, failed=(row, form))
    services.row_save(candidate=candidate, section=section, user=request.user, row=instance,
                      values={name: form.cleaned_data[name] for name in form.Meta.fields})
    return render_section(request, candidate, section)


@require_POST
def row_delete(request: HttpRequest, pk: int, section: str, row: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    instance = get_object_or_404(services.SECTIONS[section], pk=row, candidate=candidate)
    services.row_delete(candidate=candidate, section=section, user=request.user, row=instance)
    return render_section(request, candidate, section)


@require_POST
def row_restore(request: HttpRequest, pk: int, section: str, index: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    try:
        services.row_restore(candidate=candidate, section=section, index=index)
    except IndexError:
        raise Http404("No such deleted entry.")
    return render_section(request, candidate, section)


def _ids(text: str) -> list[int]:
    return [int(part) for part in text.split(",") if part.isdigit()]


@require_GET
def review_queue(request: HttpRequest) -> HttpResponse:
    """The needs-review queue, one record at a time, least trusted first: the PDF beside the record, with the
    parser's reasons, to correct in place and mark reviewed. `skip` carries the records put off for later."""
    skipped = _ids(request.GET.get("skip", ""))
    queue = Candidate.objects.filter(needs_review=True)
    first = queue.exclude(pk__in=skipped).order_by("quality_score", "pk").first()
    context = {"left": queue.count(), "skipped": len(queue.filter(pk__in=skipped)), "candidate": None}
    if first is not None:
        candidate = Candidate.objects.for_detail().get(pk=first.pk)
        context.update({
            "candidate": candidate,
            "resume": candidate.newest_parsed_resume(),
            "here": f"{reverse('candidates:review')}?skip={','.join(map(str, skipped))}" if skipped
            else reverse("candidates:review"),
            "skip_url": f"{reverse('candidates:review')}?skip={','.join(map(str, [*skipped, candidate.pk]))}",
            "sections": {name: section_block(candidate, name) for name in SECTION_TITLES},
            **correction_forms(candidate),
        })
    return render(request, "candidates/review.html", context)


@require_POST
def resume_reviewed(request: HttpRequest, pk: int) -> HttpResponse:
    """'Reviewed': the record was checked against this resume; back to the queue (its next record) or the page."""
    resume = get_object_or_404(Resume.objects.select_related("candidate"), pk=pk)
    services.resume_mark_reviewed(resume=resume, user=request.user)
    messages.success(request, f"{resume.candidate.display_name if resume.candidate else resume} marked reviewed.")
    return redirect(safe_next(request) or (resume.candidate or reverse("candidates:review")))


@require_http_methods(["GET", "POST"])
def candidate_erase(request: HttpRequest, pk: int) -> HttpResponse:
    """A data-subject request: staff erase the person after a confirmation; recruiters cannot."""
    if not request.user.is_staff:
        raise PermissionDenied("Only staff can erase a candidate.")
    candidate = get_object_or_404(Candidate, pk=pk)
    if request.method == "POST":
        erasure = services.candidate_erase(candidate=candidate, user=request.user, reason=Erasure.Reason.REQUEST)
        messages.success(request, f"Candidate #{erasure.candidate_id} was erased with {erasure.resumes} "
                                  f"resume{pluralize(erasure.resumes)}; the audit log keeps only that it was.")
        return redirect("candidates:list")
    return render(request, "candidates/erase.html", {
        "candidate": candidate, "resumes": candidate.resumes.count(), "notes": candidate.notes.count(),
    })


@require_POST
def duplicate_dismiss(request: HttpRequest, pk: int) -> HttpResponse:
    """'Not the same person': the pair is never flagged again; back to the page it was judged on."""
    pair = get_object_or_404(DuplicatePair.objects.select_related("first", "second"), pk=pk)
    services.duplicate_dismiss(pair=pair, user=request.user)
    back = pair.first if str(pair.first_id) == request.POST.get("from") else pair.second
    return redirect(back.get_absolute_url())


def _without(query, *names: str) -> str:
    """The query string minus some parameters (the search a page was opened from, without its own choices)."""
    query = query.copy()
    for name in names:
        query.pop(name, None)
    return query.urlencode()


def annotation_context(request: HttpRequest, candidate: Candidate) -> dict:
    ratings = list(candidate.ratings.all())
    mine = next((r.stars for r in ratings if r.recruiter_id == request.user.pk), None)
    return {
        "candidate": candidate,
        "notes": candidate.notes.select_related("author"),
        "note_form": NoteForm(),
        "tag_form": TagForm(auto_id="tag_%s"),  # not id_name, which the contacts form has on the same page
        "all_tags": Tag.objects.all(),
        "my_rating": mine,
        "rating_form": RatingForm(initial={"stars": mine}),
        "average_rating": sum(r.stars for r in ratings) / len(ratings) if ratings else None,
        "rating_count": len(ratings),
        "entries": candidate.shortlist_entries.select_related("shortlist"),
        "shortlists": Shortlist.objects.all(),
    }


def safe_next(request: HttpRequest) -> str | None:
    """The page to go back to, if it is on this site (never an open redirect)."""
    target = request.POST.get("next", "")
    allowed = url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=False)
    return target if target and allowed else None


def render_annotations(request: HttpRequest, candidate: Candidate, part: str) -> HttpResponse:
    """After a change: the changed part for htmx, else back to the candidate page."""
    if request.htmx:
        return render(request, f"candidates/detail.html#{part}", annotation_context(request, candidate))
    return redirect(candidate)


@require_POST
def note_create(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.note_create(candidate=candidate, author=request.user, body=form.cleaned_data["body"])
    return render_annotations(request, candidate, "notes")


@require_POST
def note_update(request: HttpRequest, pk: int) -> HttpResponse:
    note = get_object_or_404(Note.objects.select_related("candidate"), pk=pk)
    form = NoteForm(request.POST)
    if form.is_valid():
        services.note_update(note=note, user=request.user, body=form.cleaned_data["body"])
    return render_annotations(request, note.candidate, "notes")


@require_POST
def note_delete(request: HttpRequest, pk: int) -> HttpResponse:
    note = get_object_or_404(Note.objects.select_related("candidate"), pk=pk)
    services.note_delete(note=note, user=request.user)
    return render_annotations(request, note.candidate, "notes")


@require_POST
def tag_add(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    form = TagForm(request.POST)
    if form.is_valid() and form.cleaned_data["name"].strip():
        services.tag_add(candidate=candidate, name=form.cleaned_data["name"])
    return render_annotations(request, candidate, "tags")


@require_POST
def tag_remove(request: HttpRequest, pk: int, tag_id: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    services.tag_remove(candidate=candidate, tag=get_object_or_404(Tag, pk=tag_id))
    return render_annotations(request, candidate, "tags")


@require_POST
def rating_set(request: HttpRequest, pk: int) -> HttpResponse:
    candidate = get_object_or_404(Candidate, pk=pk)
    form = RatingForm(request.POST)
    if form.is_valid():
        services.rating_set(candidate=candidate, recruiter=request.user, stars=form.cleaned_data["stars"])
    return render_annotations(request, candidate, "rating")


@require_POST
def shortlist_add(request: HttpRequest) -> HttpResponse:
    """Add one candidate (from its page) or many (from the list's checkboxes) to a shortlist."""
    form = ShortlistAddForm(request.POST)
    back = safe_next(request) or reverse("candidates:list")
    if not form.is_valid():
        messages.error(request, " ".join(form.errors.get("__all__", [])) or "Choose at least one candidate.")
        return redirect(back) if not request.htmx else HttpResponse(status=400)
    shortlist = form.cleaned_data["shortlist"] or services.shortlist_get_or_create(
        name=form.cleaned_data["new_shortlist"], created_by=request.user
    )
    chosen = list(form.cleaned_data["candidates"])
    added = services.shortlist_add(shortlist=shortlist, candidates=chosen, added_by=request.user)
    if request.htmx and len(chosen) == 1:
        return render_annotations(request, chosen[0], "shortlists")
    already = len(chosen) - added
    note = f" ({already} already on it)" if already else ""
    messages.success(request, f"{added} candidate{pluralize(added)} added to {shortlist.name}{note}.")
    return redirect(back)


@require_POST
def shortlist_remove(request: HttpRequest, pk: int, candidate_id: int) -> HttpResponse:
    shortlist = get_object_or_404(Shortlist, pk=pk)
    candidate = get_object_or_404(Candidate, pk=candidate_id)
    services.shortlist_remove(shortlist=shortlist, candidate=candidate)
    if back := safe_next(request):
        return redirect(back)
    return render_annotations(request, candidate, "shortlists")


@require_GET
def resume_file(request: HttpRequest, pk: int) -> FileResponse:
    """A resume to signed-in users only: shown as a PDF (a Word document as its converted PDF, once there is one),
    or the file as uploaded with ?download=1; never sniffed into something else, never kept by a shared cache."""
    resume = get_object_or_404(Resume.objects.select_related("file"), pk=pk)
    download = request.GET.get("download") == "1"
    if resume.kind in documents.WORD and not download and resume.file.pdf is not None:
        content, content_type = bytes(resume.file.pdf), "application/pdf"
        filename = f"{resume.original_name.rsplit('.', 1)[0]}.pdf"
    else:
        content, content_type = bytes(resume.file.content), documents.CONTENT_TYPES.get(resume.kind, "application/pdf")
        filename = resume.original_name
    response = FileResponse(io.BytesIO(content), content_type=content_type,
                            as_attachment=download or content_type != "application/pdf", filename=filename)
    response["X-Content-Type-Options"] = "nosniff"
    response["Cache-Control"] = "private, no-store"
    return response


@require_http_methods(["GET", "POST"])
@vary_on_headers("HX-Request")
def upload(request: HttpRequest) -> HttpResponse:
    """Upload resumes: every file gets its own verdict (queued, already there, or refused with the reason), and
    this page follows their parsing."""
    form = UploadForm(request.POST, request.FILES) if request.method == "POST" else UploadForm()
    if request.method == "POST" and form.is_valid():
        verdicts = services.upload_batch(files=form.cleaned_data["files"], uploaded_by=request.user)
        # what was queued the page's progress bar follows until it is parsed: no message that would outlive it
        for verdict in verdicts:
            if verdict.outcome == "duplicate":
                messages.info(request, f"{verdict.name}: {verdict.message}.")
            elif verdict.outcome == "refused":
                messages.error(request, f"{verdict.name} was not stored: {verdict.message}.")
        return redirect("candidates:upload")
    resumes = list(Resume.objects.filter(uploaded_by=request.user).exclude(status=Resume.Status.FAILED)
                   .select_related("candidate")[:RECENT_UPLOADS])
    counts = Counter(r.status for r in resumes)
    context = {
        "form": form,
        "resumes": resumes,
        "failures": Resume.objects.filter(status=Resume.Status.FAILED).select_related("uploaded_by")[:RECENT_UPLOADS],
        "rejections": UploadRejection.objects.filter(uploaded_by=request.user)[:RECENT_UPLOADS],
        "in_flight": any(not r.is_done for r in resumes),
        "batch": batch_progress(request.user),
        "counts": [(label, counts[value]) for value, label in Resume.Status.choices if counts[value]],
    }
    template = "candidates/upload.html#status" if wants_fragment(request) else "candidates/upload.html"
    return render(request, template, context)


def batch_progress(user) -> dict | None:
    """How far the user's latest upload has got: parsed, failed and left, out of its stored files."""
    latest = Resume.objects.filter(uploaded_by=user, batch__isnull=False).order_by("-created_at", "-pk").values_list(
        "batch", flat=True).first()
    if latest is None:
        return None
    counts = dict(Resume.objects.filter(batch=latest).order_by().values_list("status").annotate(n=Count("pk")))
    parsed, failed = counts.get(Resume.Status.PARSED, 0), counts.get(Resume.Status.FAILED, 0)
    total = sum(counts.values())
    return {"total": total, "parsed": parsed, "failed": failed, "done": parsed + failed,
            "left": total - parsed - failed}


@require_POST
def resume_remove(request: HttpRequest, pk: int) -> HttpResponse:
    resume = get_object_or_404(Resume, pk=pk)
    services.resume_remove(resume=resume, user=request.user)
    messages.success(request, f"{resume.original_name} was removed.")
    return redirect("candidates:upload")


@require_POST
def rejection_dismiss(request: HttpRequest) -> HttpResponse:
    """Clear the list of refused files (they were never stored)."""
    UploadRejection.objects.filter(uploaded_by=request.user).delete()
    return redirect("candidates:upload")


@require_POST
def resume_retry(request: HttpRequest, pk: int) -> HttpResponse:
    resume = get_object_or_404(Resume, pk=pk)
    if not resume.retryable:
        messages.warning(request, f"{resume.original_name} cannot be read however often it is parsed ({resume.error}); "
                                  "remove it, or upload a better copy.")
    elif services.resume_requeue(resume=resume):
        messages.success(request, f"{resume.original_name} is queued again.")
    else:
        messages.warning(request, f"{resume.original_name} is already queued or being parsed.")
    return redirect("candidates:upload")


@require_http_methods(["GET", "POST"])
def shortlist_list(request: HttpRequest) -> HttpResponse:
    form = ShortlistForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        shortlist = services.shortlist_create(name=form.cleaned_data["name"], created_by=request.user)
        return redirect(shortlist)
    shortlists = Shortlist.objects.annotate(size=Count("entries")).select_related("created_by")
    return render(request, "candidates/shortlists.html", {"shortlists": shortlists, "form": form})


@require_GET
def shortlist_detail(request: HttpRequest, pk: int) -> HttpResponse:
    shortlist = get_object_or_404(Shortlist, pk=pk)
    entries = shortlist.entries.select_related("candidate", "added_by").order_by("-updated_at")
    by_stage = [
        (value, label, [e for e in entries if e.stage == value]) for value, label in ShortlistEntry.Stage.choices
    ]
    return render(request, "candidates/shortlist.html", {
        "shortlist": shortlist,
        "by_stage": by_stage,
        "stages": ShortlistEntry.Stage.choices,
        "rename_form": ShortlistForm(initial={"name": shortlist.name}),
    })


@require_POST
def shortlist_rename(request: HttpRequest, pk: int) -> HttpResponse:
    shortlist = get_object_or_404(Shortlist, pk=pk)
    form = ShortlistForm(request.POST, instance=shortlist)
    if form.is_valid():
        services.shortlist_rename(shortlist=shortlist, name=form.cleaned_data["name"])
        messages.success(request, f"Renamed to {shortlist.name}.")
    else:
        messages.error(request, " ".join(form.errors["name"]))
    return redirect(shortlist)


@require_POST
def shortlist_delete(request: HttpRequest, pk: int) -> HttpResponse:
    shortlist = get_object_or_404(Shortlist, pk=pk)
    services.shortlist_delete(shortlist=shortlist)
    messages.success(request, f"Deleted the shortlist {shortlist.name}.")
    return redirect("candidates:shortlist_list")


@require_POST
def shortlist_entry_update(request: HttpRequest, pk: int) -> HttpResponse:
    entry = get_object_or_404(ShortlistEntry.objects.select_related("shortlist"), pk=pk)
    form = ShortlistEntryForm(request.POST)
    if form.is_valid():
        services.shortlist_entry_update(entry=entry, stage=form.cleaned_data["stage"], note=form.cleaned_data["note"])
    return redirect(entry.shortlist)


@require_GET
def shortlist_export(request: HttpRequest, pk: int) -> StreamingHttpResponse:
    shortlist = get_object_or_404(Shortlist, pk=pk)
    return exports.shortlist_csv(request, shortlist)


@require_POST
def saved_search_create(request: HttpRequest) -> HttpResponse:
    form = SavedSearchForm(request.POST)
    query = saved_searches.search_query(QueryDict(request.POST.get("query", "")))
    if not form.is_valid():
        messages.error(request, form_errors(form))
        return redirect(list_url(query))
    saved = saved_searches.saved_search_create(
        owner=request.user, name=form.cleaned_data["name"], query=query,
        shared=form.cleaned_data["shared"], alert=form.cleaned_data["alert"])
    told = " It will tell you when new candidates match." if saved.alert else ""
    messages.success(request, f"Saved the search “{saved.name}”.{told}")
    return redirect(list_url(query))


@require_GET
def saved_search_open(request: HttpRequest, pk: int) -> HttpResponse:
    """The saved search on the list, only its new matches with `?new=1`; opened by its owner, none are new now."""
    saved = get_object_or_404(saved_searches.visible_to(request.user), pk=pk)
    before = saved_searches.saved_search_seen(saved=saved, user=request.user)
    query = QueryDict(saved.query, mutable=True)
    if request.GET.get("new") and before is not None:
        query["added_after"] = before.isoformat()
    return redirect(list_url(query.urlencode()))


@require_GET
def saved_search_list(request: HttpRequest) -> HttpResponse:
    searches = saved_searches.with_new_counts(request.user)
    own = [s for s in searches if s.owner_id == request.user.pk]
    return render(request, "candidates/saved_searches.html", {
        "own": [(s, SavedSearchForm(initial={"name": s.name, "shared": s.shared, "alert": s.alert},
                                    auto_id=f"id_search{s.pk}_%s")) for s in own],
        "team": [s for s in searches if s.owner_id != request.user.pk],
    })


@require_POST
def saved_search_update(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
    form = SavedSearchForm(request.POST)
    if form.is_valid() and SavedSearch.objects.filter(owner=request.user, name=form.cleaned_data["name"]).exclude(
            pk=saved.pk).exists():
        form.add_error("name", f"You already have a saved search called “{form.cleaned_data['name']}”.")
    if form.is_valid():
        saved_searches.saved_search_update(saved=saved, name=form.cleaned_data["name"],
                                           shared=form.cleaned_data["shared"], alert=form.cleaned_data["alert"])
        messages.success(request, f"Saved “{saved.name}”.")
    else:
        messages.error(request, form_errors(form))
    return redirect("candidates:saved_search_list")


@require_POST
def saved_search_delete(request: HttpRequest, pk: int) -> HttpResponse:
    saved = get_object_or_404(SavedSearch, pk=pk, owner=request.user)
    saved_searches.saved_search_delete(saved=saved)
    messages.success(request, f"Deleted the saved search “{saved.name}”.")
    return redirect("candidates:saved_search_list")


def bulk_targets(data: dict) -> tuple[list[int], bool]:
    """The ids an action takes, and whether a search had more than bulk.BULK_MAX of them."""
    if data["scope"] == "selected":
        return list(Candidate.objects.filter(pk__in=data["candidates"]).values_list("pk", flat=True)), False
    matches = search.unranked(CandidateFilter(QueryDict(data["query"]), queryset=Candidate.objects.all()).qs)
    ids = list(matches.values_list("pk", flat=True)[:bulk.BULK_MAX + 1])
    return ids[:bulk.BULK_MAX], len(ids) > bulk.BULK_MAX


def bulk_perform(request: HttpRequest, data: dict, ids: list[int]) -> BulkAction:
    if data["action"] == "tag":
        return bulk.tag_many(user=request.user, ids=ids, name=data["tag"])
    if data["action"] == "rate":
        return bulk.rate_many(user=request.user, ids=ids, stars=data["stars"])
    if data["action"] == "note":
        return bulk.note_many(user=request.user, ids=ids, body=data["body"])
    shortlist = data["shortlist"] or services.shortlist_get_or_create(name=data["new_shortlist"],
                                                                      created_by=request.user)
    request.session["shortlist"] = shortlist.pk  # triage offers it first next time
    if data["action"] == "shortlist":
        return bulk.shortlist_many(user=request.user, ids=ids, shortlist=shortlist)
    return bulk.stage_many(user=request.user, ids=ids, shortlist=shortlist, stage=data["stage"],
                           reason=data["reason"])


def bulk_question(data: dict, count: int) -> str:
    """What the confirmation asks: "Tag 1,234 candidates “strong-ml”?"."""
    people = f"{count:,} candidate{pluralize(count)}"
    shortlist = data["shortlist"].name if data["shortlist"] else data["new_shortlist"].strip()
    return {
        "tag": f"Tag {people} “{data['tag']}”?",
        "rate": f"Rate {people} {data['stars']}★ (your rating)?",
        "note": f"Write this note on {people}?",
        "shortlist": f"Add {people} to {shortlist}?",
        "stage": f"Move {people} to {dict(BulkForm.base_fields['stage'].choices).get(data['stage'])} on {shortlist}?",
    }[data["action"]]


@require_POST
def bulk_apply(request: HttpRequest) -> HttpResponse:
    """An action on the list's selection or on every match of its search: asks first, saying how many, then does
    it with an Undo."""
    form = BulkForm(request.POST)
    back = safe_next(request) or reverse("candidates:list")
    if not form.is_valid():
        messages.error(request, form_errors(form))
        return redirect(back)
    data = form.cleaned_data
    ids, too_many = bulk_targets(data)
    if too_many:
        messages.error(request, f"This search matches more than {bulk.BULK_MAX:,} candidates, the most one action "
                                f"takes: narrow it first.")
        return redirect(back)
    if not ids:
        messages.error(request, "No candidate to apply this to: they may have been erased or merged meanwhile.")
        return redirect(back)
    if data["action"] == "export":
        query = search_params(QueryDict(data["query"])).urlencode() if data["scope"] == "search" else \
            "&".join(f"candidates={pk}" for pk in ids)
        return redirect(reverse("candidates:export") + f"?{query}")
    if not data["confirm"]:
        kept = [(k, v) for k, values in request.POST.lists() if k not in ("csrfmiddlewaretoken", "confirm")
                for v in values]
        return render(request, "candidates/bulk_confirm.html", {
            "question": bulk_question(data, len(ids)), "fields": kept, "back": back})
    action = bulk_perform(request, data, ids)
    messages.success(request, f"{action.summary}.", extra_tags=f"undo-{action.pk}")
    return redirect(back)


@require_POST
def bulk_undo(request: HttpRequest, pk: int) -> HttpResponse:
    action = get_object_or_404(BulkAction, pk=pk, user=request.user)
    if action.undone_at is not None:
        messages.info(request, f"Already undone: {action.summary}.")
    else:
        bulk.bulk_undo(action=action)
        messages.success(request, f"Undone: {action.summary}.")
    return redirect(safe_next(request) or reverse("candidates:list"))
