"""Actions on many candidates at once (the list's selection or a whole search) or on one (triage), each undoable.

Every action is recorded as a BulkAction holding what undoing it needs: the rows it added and the values it
replaced. Undo takes back exactly that, so a tag a colleague added meanwhile, or a candidate who had the tag
before, is left alone.
"""

from django.db import transaction
from django.db.models import Avg, Count, OuterRef, Subquery, Value
from django.db.models.functions import Coalesce
from django.template.defaultfilters import pluralize
from django.utils import timezone
from django.utils.dateparse import parse_datetime

from . import services
from .models import BulkAction, Candidate, Note, Rating, Shortlist, ShortlistEntry
from .search import among

BULK_MAX = 10_000  # candidates one action takes: as far as a search's pages go (views.MAX_RESULTS)
BATCH = 2_000


def _people(n: int) -> str:
    return f"{n:,} candidate{pluralize(n)}"


def _record(user, kind: str, summary: str, count: int, undo: dict) -> BulkAction:
    return BulkAction.objects.create(user=user, kind=kind, summary=summary[:300], count=count, undo=undo)


@transaction.atomic
def tag_many(*, user, ids: list[int], name: str) -> BulkAction:
    tag = services.tag_named(name)
    through = Candidate.tags.through
    had = set(through.objects.filter(tag=tag, **among("candidate_id", ids)).values_list("candidate_id", flat=True))
    added = [pk for pk in ids if pk not in had]
    through.objects.bulk_create([through(candidate_id=pk, tag_id=tag.pk) for pk in added], batch_size=BATCH,
                                ignore_conflicts=True)
    already = f" ({len(had):,} had it already)" if had else ""
    return _record(user, BulkAction.Kind.TAG, f"Tagged {_people(len(added))} “{tag.name}”{already}", len(added),
                   {"tag": tag.pk, "added": added})


@transaction.atomic
def rate_many(*, user, ids: list[int], stars: int) -> BulkAction:
    """This recruiter's rating of each of them becomes `stars`; the team's averages follow."""
    before = dict(Rating.objects.filter(recruiter=user, **among("candidate_id", ids)).values_list("candidate_id",
                                                                                                  "stars"))
    changed = [pk for pk in ids if before.get(pk) != stars]
    Rating.objects.bulk_create(
        [Rating(candidate_id=pk, recruiter=user, stars=stars) for pk in changed], batch_size=BATCH,
        update_conflicts=True, unique_fields=["candidate", "recruiter"], update_fields=["stars", "updated_at"])
    ratings_refresh(changed)
    return _record(user, BulkAction.Kind.RATE, f"Rated {_people(len(changed))} {stars}★", len(changed),
                   {"previous": {str(pk): before.get(pk) for pk in changed}})


def ratings_refresh(ids: list[int]) -> None:
    """The team's average and count of ratings, again, for these candidates: one UPDATE."""
    theirs = Rating.objects.filter(candidate=OuterRef("pk")).order_by().values("candidate")
    Candidate.objects.filter(**among("pk", ids)).update(
        avg_rating=Subquery(theirs.annotate(average=Avg("stars")).values("average")),
        rating_count=Coalesce(Subquery(theirs.annotate(n=Count("pk")).values("n")), Value(0)),
    )


@transaction.atomic
def shortlist_many(*, user, ids: list[int], shortlist: Shortlist) -> BulkAction:
    added = _entries_add(user, ids, shortlist, ShortlistEntry.Stage.SHORTLISTED)
    already = len(ids) - len(added)
    note = f" ({already:,} on it already)" if already else ""
    return _record(user, BulkAction.Kind.SHORTLIST, f"Added {_people(len(added))} to {shortlist.name}{note}",
                   len(added), {"shortlist": shortlist.pk, "added": added})


def _entries_add(user, ids: list[int], shortlist: Shortlist, stage: str) -> list[int]:
    """Put the ones not on the shortlist on it at `stage`; returns their ids."""
    present = set(shortlist.entries.filter(**among("candidate_id", ids)).values_list("candidate_id", flat=True))
    added = [pk for pk in ids if pk not in present]
    ShortlistEntry.objects.bulk_create(
        [ShortlistEntry(shortlist=shortlist, candidate_id=pk, added_by=user, stage=stage) for pk in added],
        batch_size=BATCH, ignore_conflicts=True)
    return added


@transaction.atomic
def stage_many(*, user, ids: list[int], shortlist: Shortlist, stage: str, reason: str = "") -> BulkAction:
    """Move them to `stage` on the shortlist (putting there the ones not on it yet); a reason (of a rejection, say)
    goes into each entry's note."""
    now, reason = timezone.now(), " ".join(reason.split())
    moved = [e for e in shortlist.entries.filter(**among("candidate_id", ids)) if e.stage != stage or reason]
    previous = {str(e.pk): [e.stage, e.stage_changed_at.isoformat(), e.note] for e in moved}
    label = ShortlistEntry.Stage(stage).label
    for entry in moved:
        if entry.stage != stage:
            entry.stage, entry.stage_changed_at = stage, now
        if reason:
            entry.note = f"{entry.note}\n{label}: {reason}".strip()
        entry.updated_at = now
    ShortlistEntry.objects.bulk_update(moved, ["stage", "stage_changed_at", "note", "updated_at"], batch_size=BATCH)
    added = _entries_add(user, ids, shortlist, stage)
    if reason and added:
        shortlist.entries.filter(**among("candidate_id", added)).update(note=f"{label}: {reason}")
    count = len(moved) + len(added)
    why = f" ({reason})" if reason else ""
    return _record(user, BulkAction.Kind.STAGE, f"Moved {_people(count)} to {label} on {shortlist.name}{why}", count,
                   {"shortlist": shortlist.pk, "previous": previous, "added": added})


@transaction.atomic
def note_many(*, user, ids: list[int], body: str) -> BulkAction:
    """The same note on each of them, by this recruiter."""
    notes = Note.objects.bulk_create([Note(candidate_id=pk, author=user, body=body.strip()) for pk in ids],
                                     batch_size=BATCH)
    return _record(user, BulkAction.Kind.NOTE, f"Wrote a note on {_people(len(ids))}", len(ids),
                   {"notes": [n.pk for n in notes]})  # both databases return the new ids


@transaction.atomic
def bulk_undo(*, action: BulkAction) -> None:
    """Take back what the action did, once."""
    locked = BulkAction.objects.select_for_update().get(pk=action.pk)
    if locked.undone_at is not None:
        return
    UNDO[locked.kind](locked)
    locked.undone_at = action.undone_at = timezone.now()
    locked.save(update_fields=["undone_at"])


def _tag_undo(action: BulkAction) -> None:
    added = among("candidate_id", action.undo["added"])
    Candidate.tags.through.objects.filter(tag_id=action.undo["tag"], **added).delete()


def _rate_undo(action: BulkAction) -> None:
    previous = {int(pk): stars for pk, stars in action.undo["previous"].items()}
    ratings = Rating.objects.filter(recruiter_id=action.user_id, **among("candidate_id", list(previous)))
    ratings.filter(**among("candidate_id", [pk for pk, stars in previous.items() if stars is None])).delete()
    restored = ratings.filter(**among("candidate_id", [pk for pk, stars in previous.items() if stars is not None]))
    for rating in restored:
        rating.stars = previous[rating.candidate_id]
    Rating.objects.bulk_update(restored, ["stars"], batch_size=BATCH)
    ratings_refresh(list(previous))


def _shortlist_undo(action: BulkAction) -> None:
    added = among("candidate_id", action.undo["added"])
    ShortlistEntry.objects.filter(shortlist_id=action.undo["shortlist"], **added).delete()


def _stage_undo(action: BulkAction) -> None:
    _shortlist_undo(action)
    previous = action.undo["previous"]
    entries = list(ShortlistEntry.objects.filter(**among("pk", [int(pk) for pk in previous])))
    for entry in entries:
        entry.stage, changed_at, entry.note = previous[str(entry.pk)]
        entry.stage_changed_at = parse_datetime(changed_at)
    ShortlistEntry.objects.bulk_update(entries, ["stage", "stage_changed_at", "note"], batch_size=BATCH)


def _note_undo(action: BulkAction) -> None:
    Note.objects.filter(**among("pk", action.undo["notes"])).delete()


UNDO = {
    BulkAction.Kind.TAG: _tag_undo,
    BulkAction.Kind.RATE: _rate_undo,
    BulkAction.Kind.SHORTLIST: _shortlist_undo,
    BulkAction.Kind.STAGE: _stage_undo,
    BulkAction.Kind.NOTE: _note_undo,
}
