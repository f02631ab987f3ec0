"""Saved searches: reads and writes of the searches recruiters name, and their alerts (counts and digests).

A saved search keeps the list's query string. Its new matches are the candidates it matches that were added after a
moment: its owner's last look (`seen_at`) for the count on the list, the last digest (`digest_at`) for the mail.
"""

from datetime import datetime

from django.conf import settings
from django.core.mail import send_mail
from django.db import transaction
from django.db.models import Q, QuerySet
from django.http import QueryDict
from django.template.defaultfilters import pluralize
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone

from . import search
from .filters import CandidateFilter, search_params
from .models import Candidate, SavedSearch

NEW_CAP = 99  # a badge counts this far ("99+"): the exact number of a broad search's new matches costs more than it says
DIGEST_NAMES = 5  # names a digest lists per search


def search_query(params: QueryDict) -> str:
    """What a saved search keeps of a query string: the search, without a page, a position, blanks, or the
    moment `added_after` that shows only the matches new since a look."""
    return search_params(params, without=("added_after",)).urlencode()


def visible_to(user) -> QuerySet:
    """The searches a user may open: their own and the ones the team shares."""
    return SavedSearch.objects.filter(Q(owner=user) | Q(shared=True)).select_related("owner")


def matches(query: str, added_after: datetime | None = None) -> QuerySet:
    """The candidates a saved query matches (newest first), only those added after a moment if given."""
    params = QueryDict(query, mutable=True)
    params["sort"] = "newest"  # a count or a digest needs no ranking by relevance
    candidates = Candidate.objects.all()
    if added_after is not None:
        candidates = candidates.filter(created_at__gt=added_after)
    return search.unranked(CandidateFilter(params, queryset=candidates).qs)


def new_count(saved: SavedSearch) -> int:
    """How many candidates it matches were added since its owner last opened it, up to NEW_CAP + 1."""
    return matches(saved.query, saved.seen_at).order_by().values("pk")[:NEW_CAP + 1].count()


def with_new_counts(user) -> list[SavedSearch]:
    """The searches in a user's menu, each with `new` (the count of an alerting search of theirs, else None)."""
    searches = list(visible_to(user))
    for saved in searches:
        saved.new = new_count(saved) if saved.alert and saved.owner_id == user.pk else None
    return searches


def saved_search_create(*, owner, name: str, query: str, shared: bool, alert: bool) -> SavedSearch:
    """Save (or, under a name the owner already uses, replace) a search; its alert counts from now."""
    now = timezone.now()
    saved, _ = SavedSearch.objects.update_or_create(
        owner=owner, name=name.strip(),
        defaults={"query": query, "shared": shared, "alert": alert, "seen_at": now, "digest_at": now},
    )
    return saved


def saved_search_update(*, saved: SavedSearch, name: str, shared: bool, alert: bool) -> SavedSearch:
    if alert and not saved.alert:  # an alert switched on counts from now, not from the day the search was saved
        saved.seen_at = saved.digest_at = timezone.now()
    saved.name, saved.shared, saved.alert = name.strip(), shared, alert
    saved.save()
    return saved


def saved_search_delete(*, saved: SavedSearch) -> None:
    saved.delete()


def saved_search_seen(*, saved: SavedSearch, user) -> datetime | None:
    """Its owner looked at it now: its new matches are no longer new. Returns when they last looked before."""
    if saved.owner_id != user.pk:
        return None
    before, saved.seen_at = saved.seen_at, timezone.now()
    SavedSearch.objects.filter(pk=saved.pk).update(seen_at=saved.seen_at)
    return before


def digests_send() -> int:
    """Mail each owner of alerting searches the candidates added since the last digest: one mail per owner, none
    without news. Returns how many mails went out."""
    sent = 0
    alerting = SavedSearch.objects.filter(alert=True).exclude(owner__email="").select_related("owner")
    by_owner: dict[int, list[SavedSearch]] = {}
    for saved in alerting.order_by("owner", "name"):
        by_owner.setdefault(saved.owner_id, []).append(saved)
    for searches in by_owner.values():
        sent += _digest_send(searches)
    return sent


@transaction.atomic
def _digest_send(searches: list[SavedSearch]) -> int:
    now = timezone.now()
    news = []
    for saved in searches:
        new = list(matches(saved.query, saved.digest_at).filter(created_at__lte=now)[:NEW_CAP + 1])
        if new:
            news.append({"search": saved, "count": len(new), "more": len(new) > NEW_CAP,
                         "names": [c.display_name for c in new[:DIGEST_NAMES]],
                         "url": settings.SITE_URL + reverse("candidates:saved_search_open", args=[saved.pk])})
    SavedSearch.objects.filter(pk__in=[s.pk for s in searches]).update(digest_at=now)
    if not news:
        return 0
    owner = searches[0].owner
    total = sum(n["count"] for n in news)
    subject = f"{total}{'+' if any(n['more'] for n in news) else ''} new candidate{pluralize(total)} " \
              f"for your saved searches"
    body = render_to_string("candidates/digest.txt", {"owner": owner, "news": news, "cap": NEW_CAP})
    send_mail(subject, body, None, [owner.email])
    return 1
