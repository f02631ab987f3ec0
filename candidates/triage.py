"""Triage: the matches of a search one at a time, the PDF beside the record, every action a key.

`/triage/?<the list's search>&at=N` shows the N-th match. Its actions post to the bulk endpoint for this one
candidate (so each is undoable like a bulk action) and come back to the same place; the keys are declared on the
page (`data-key`) and handled by static/js/app.js.
"""

from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.http import require_GET

from . import search
from .filters import CandidateFilter, search_params
from .models import Candidate, Shortlist, ShortlistEntry
from .results import MAX_RESULTS, read_matches
from .views import annotation_context, list_url

KEYS = [
    ("j or →", "Next candidate"),
    ("k or ←", "Previous candidate"),
    ("1 to 5", "Rate (your rating)"),
    ("t", "Tag: type it, then Enter"),
    ("s", "Add to the shortlist chosen (or name a new one), then Enter"),
    ("m", "Move to a stage on the chosen shortlist, then Enter"),
    ("r", "Reject on the chosen shortlist: type the reason, then Enter"),
    ("n", "Write a note, then Ctrl+Enter"),
    ("u", "Undo the last action"),
    ("o", "Open the candidate's full page"),
    ("Esc", "Leave a field, or close this list"),
    ("?", "Show or hide this list"),
]


def ids_between(results, start: int, stop: int) -> list[int]:
    """The ids of the search's matches from `start` to `stop` (0-based), in its order."""
    if isinstance(results, search.Ranked):
        return results.ids(start, stop)
    return list(results.values_list("pk", flat=True)[start:stop])


def position(request: HttpRequest) -> int:
    try:
        return min(MAX_RESULTS, max(1, int(request.GET.get("at", 1))))
    except ValueError:
        return 1


@require_GET
def triage(request: HttpRequest) -> HttpResponse:
    query = search_params(request.GET).urlencode()
    results = CandidateFilter(QueryDict(query), queryset=Candidate.objects.all()).qs
    at = position(request)
    window = ids_between(results, at - 1, at + 1)

    def at_url(n: int) -> str:
        return f"{reverse('candidates:triage')}?{query}{'&' if query else ''}at={n}"

    context = {"query": query, "keys": KEYS, "list_url": list_url(query)}
    if not window:
        return render(request, "candidates/triage.html", {**context, "candidate": None})
    candidate = Candidate.objects.for_detail().prefetch_related("tags").get(pk=window[0])
    matches = read_matches(results)
    chosen = request.session.get("shortlist")
    return render(request, "candidates/triage.html", {
        **context,
        **annotation_context(request, candidate),
        "position": at,
        "total": matches.count,
        "total_how": matches.how,
        "here": at_url(at),
        "previous_url": at_url(at - 1) if at > 1 else None,
        "next_url": at_url(at + 1) if len(window) > 1 else None,
        "resume": candidate.newest_parsed_resume() or next(iter(candidate.resumes.all()), None),
        "chosen_shortlist": Shortlist.objects.filter(pk=chosen).first() if chosen else None,
        "stages": [s for s in ShortlistEntry.Stage.choices if s[0] != ShortlistEntry.Stage.REJECTED],
    })
