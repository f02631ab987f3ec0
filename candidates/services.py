"""Every write to the candidate pool goes through these functions (views, tasks, admin, commands)."""

from __future__ import annotations

import hashlib
import json
import logging
import re
import uuid
import zipfile
from dataclasses import dataclass
from datetime import timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import partial

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser
from django.core import serializers
from django.core.exceptions import PermissionDenied
from django.db import DatabaseError, IntegrityError, transaction
from django.db.models import Avg, Count, F, Max, Q, QuerySet
from django.template.defaultfilters import filesizeformat
from django.utils import timezone
from django.utils.timesince import timesince
from simple_history.utils import bulk_create_with_history

from . import corrections, documents, duplicates, identity, parsing, search
from .gpa import on_four_scale
from .models import (
    CANDIDATE_HISTORY,
    Award,
    Candidate,
    ContactKey,
    DuplicatePair,
    Education,
    Erasure,
    Experience,
    MatchKey,
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
    UploadRejection,
    graded_degree,
    highest_degree,
)
from .parsing import skills as skill_vocabulary
from .parsing import venues as venue_vocabulary

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class Verdict:
    """What became of one file of an upload: queued, already there, or refused, with the words to show."""

    name: str
    outcome: str  # "queued", "duplicate" or "refused"
    message: str
    resume: Resume | None = None


def upload_batch(*, files, uploaded_by: AbstractBaseUser) -> list[Verdict]:
    """Every file of an upload on its own (a bad one never blocks the others): a PDF or a Word document, known by
    its bytes, is stored and queued; a ZIP is unpacked within limits and each file in it judged the same way;
    anything else is refused by name, with the reason, and the refusal kept for the list of uploads."""
    verdicts: list[Verdict] = []
    batch = uuid.uuid4()  # the upload page follows the batch's progress
    for upload in files:
        if len(verdicts) >= settings.UPLOAD_MAX_FILES:
            verdicts.append(_refused(upload.name, f"one file too many: an upload takes {settings.UPLOAD_MAX_FILES} "
                                                  "at most, so send it again with the next batch"))
        elif upload.size == 0:
            verdicts.append(_refused(upload.name, "empty: there is nothing in it"))
        elif upload.size > settings.UPLOAD_MAX_BYTES:
            verdicts.append(_refused(upload.name, f"{filesizeformat(upload.size)}, over the "
                                                  f"{filesizeformat(settings.UPLOAD_MAX_BYTES)} limit"))
        else:
            verdicts.extend(_judge(upload.name, upload.read(), uploaded_by, batch))
    UploadRejection.objects.bulk_create([
        UploadRejection(name=v.name[:255], reason=v.message[:500], uploaded_by=uploaded_by)
        for v in verdicts if v.outcome == "refused"
    ])
    return verdicts


def _judge(name: str, data: bytes, uploaded_by: AbstractBaseUser, batch: uuid.UUID,
           inside: str = "") -> list[Verdict]:
    kind = documents.sniff(data)
    if kind == documents.ZIP and not inside:
        limits = documents.ZipLimits(entries=settings.ZIP_MAX_ENTRIES, entry_bytes=settings.UPLOAD_MAX_BYTES,
                                     total_bytes=settings.ZIP_MAX_UNPACKED_BYTES, ratio=settings.ZIP_MAX_RATIO)
        try:
            entries = documents.unpack(data, limits)
        except (ValueError, zipfile.BadZipFile, RuntimeError, NotImplementedError) as error:
            return [_refused(name, f"a ZIP archive not unpacked: {error}")]
        if not entries:
            return [_refused(name, "a ZIP archive with no files in it")]
        return [verdict for entry in entries for verdict in (
            [_refused(f"{name} › {entry.name}", entry.refused)] if entry.refused
            else _judge(entry.name, entry.data, uploaded_by, batch, inside=name))]
    shown = f"{inside} › {name}" if inside else name
    if not data:
        return [_refused(shown, "empty: there is nothing in it")]
    if kind is None or kind == documents.ZIP:
        return [_refused(shown, f"not a PDF or a Word document: by its content it is {documents.looks_like(data)}")]
    resume, created = resume_create(original_name=name, content=data, uploaded_by=uploaded_by, kind=kind,
                                    batch=batch)
    if not created:
        return [Verdict(shown, "duplicate", f"the same file was already uploaded as {resume.original_name}", resume)]
    return [Verdict(shown, "queued", "queued", resume)]


def _refused(name: str, reason: str) -> Verdict:
    return Verdict(name, "refused", reason)


def resume_remove(*, resume: Resume, user: AbstractBaseUser) -> None:
    """Delete an upload that failed (its bytes and row): what its uploader or staff do with a file that cannot be
    read."""
    if resume.status != Resume.Status.FAILED:
        raise PermissionDenied("Only a failed upload can be removed; a parsed one goes with its candidate.")
    if resume.uploaded_by_id != user.pk and not user.is_staff:
        raise PermissionDenied("Only its uploader or staff can remove an upload.")
    resume.delete()


def resume_create(
    *, original_name: str, content: bytes, uploaded_by: AbstractBaseUser | None = None, kind: str = "pdf",
    batch: uuid.UUID | None = None,
) -> tuple[Resume, bool]:
    """Store an uploaded file and queue it for parsing; the same bytes twice give the first Resume back."""
    sha256 = hashlib.sha256(content).hexdigest()
    existing = Resume.objects.filter(sha256=sha256).first()
    if existing is not None:
        return existing, False
    try:
        with transaction.atomic():
            resume = Resume.objects.create(
                original_name=original_name[:255],
                size=len(content),
                sha256=sha256,
                uploaded_by=uploaded_by,
                queued_at=timezone.now(),
                kind=kind,
                batch=batch,
            )
            ResumeFile.objects.create(resume=resume, content=content)
            _enqueue_parse(resume.pk)
    except IntegrityError:
        # Another request stored the same bytes between our check and our insert.
        return Resume.objects.get(sha256=sha256), False
    return resume, True


def resume_requeue(*, resume: Resume) -> bool:
    """Parse a failed or parsed resume again (after a parser upgrade, say); False if it is in flight."""
    with transaction.atomic():
        changed = Resume.objects.filter(
            pk=resume.pk, status__in=[Resume.Status.FAILED, Resume.Status.PARSED]
        ).update(status=Resume.Status.QUEUED, error="", retryable=True, started_at=None, finished_at=None,
                 **_fresh_queueing())
        if changed:
            _enqueue_parse(resume.pk)
    return bool(changed)


def _fresh_queueing() -> dict:
    return {"queued_at": timezone.now(), "sends": 0, "sent_at": None, "lost": 0}


def _enqueue_parse(resume_id: int) -> None:
    """Send the parse message once the resume's row is committed: the upload is stored whatever the broker does."""
    transaction.on_commit(partial(resume_send, resume_id=resume_id))


def resume_send(*, resume_id: int) -> bool:
    """Hand a parse message to the broker; False, logged, when the broker does not take it (it is down, say).
    The row stays queued and the sweep sends it again: a broker failure never loses an upload nor fails a page."""
    from .tasks import parse_resume_task

    try:
        parse_resume_task.apply_async((resume_id,), retry=False)
    except Exception as error:  # kombu's OperationalError, a refused or reset connection, a timeout...
        logger.warning("resume %s stays queued: the broker did not take its message (%s: %s); the sweep will send "
                       "it again", resume_id, type(error).__name__, error)
        return False
    Resume.objects.filter(pk=resume_id).update(sends=F("sends") + 1, sent_at=timezone.now())
    return True


def resumes_sweep() -> dict[str, int]:
    """Send again what a broker or a worker lost, and give up on what keeps being lost (Celery beat, every minute).

    - a resume queued for over a minute whose message the broker never took, or whose last message went long
      enough ago (a minute, doubling with each send up to an hour) to have been lost with a broker's restart;
    - a resume 'parsing' past the hard time limit: its worker died (killed, out of memory) without a word.
    After MAX_SENDS messages or MAX_LOST dead workers the resume fails with the reason, to be retried by a person.
    """
    now = timezone.now()
    counts = {"sent": 0, "failed": 0, "released": 0}
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    for resume in Resume.objects.filter(status=Resume.Status.PARSING, started_at__lt=stale).only("pk", "lost"):
        if resume.lost + 1 >= MAX_LOST:
            counts["failed"] += Resume.objects.filter(pk=resume.pk, status=Resume.Status.PARSING).update(
                status=Resume.Status.FAILED, finished_at=now, lost=resume.lost + 1,
                error=f"the worker parsing it stopped {resume.lost + 1} times without finishing (killed, out of "
                      "memory or crashed): retry it, or check the file")
        else:
            counts["released"] += Resume.objects.filter(pk=resume.pk, status=Resume.Status.PARSING).update(
                status=Resume.Status.QUEUED, lost=resume.lost + 1, sent_at=None)
    waiting = Resume.objects.filter(status=Resume.Status.QUEUED,
                                    queued_at__lt=now - timedelta(seconds=settings.SWEEP_AFTER))
    for resume in waiting.only("pk", "sends", "sent_at").order_by("queued_at")[:SWEEP_BATCH]:
        if resume.sent_at is not None and resume.sent_at > now - _resend_after(resume.sends):
            continue
        if resume.sends >= MAX_SENDS:
            counts["failed"] += Resume.objects.filter(pk=resume.pk, status=Resume.Status.QUEUED).update(
                status=Resume.Status.FAILED, finished_at=now,
                error=f"no worker took it after {resume.sends} messages over {timesince(resume.queued_at, now)}: "
                      "are the workers running? Retry it when they are")
        elif resume_send(resume_id=resume.pk):
            counts["sent"] += 1
    return counts


SWEEP_BATCH = 1000
MAX_SENDS = 10  # messages for one queueing: a minute, then 2, 4 ... up to an hour apart, about 7 hours in all
MAX_LOST = 3  # workers dying on one resume before it is failed: a file that kills workers must not kill them all


def _resend_after(sends: int) -> timedelta:
    return timedelta(seconds=min(3600, settings.SWEEP_AFTER * 2 ** max(0, sends - 1)))


def resume_claim(*, resume_id: int) -> bool:
    """Mark a queued resume as being parsed; False when another delivery of the message got it first.

    A claim older than the task's hard time limit belongs to a worker that died, so it may be taken over.
    """
    now = timezone.now()
    stale = now - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT)
    claimable = Q(status=Resume.Status.QUEUED) | Q(status=Resume.Status.PARSING, started_at__lt=stale)
    return bool(
        Resume.objects.filter(claimable, pk=resume_id).update(
            status=Resume.Status.PARSING, started_at=now, error="", attempts=F("attempts") + 1
        )
    )


def resume_parse(*, resume_id: int) -> None:
    """Parse a queued resume and store what it says; a no-op if the resume is not ours to parse."""
    if not resume_claim(resume_id=resume_id):
        logger.info("resume %s is not queued: nothing to do", resume_id)
        return
    resume = Resume.objects.select_related("file").get(pk=resume_id)
    try:
        pdf = _pdf_of(resume)
        parsed = parsing.parse_pdf(pdf, max_bytes=settings.RESUME_MAX_BYTES, max_pages=settings.RESUME_MAX_PAGES)
    except documents.ConversionError as exc:
        resume_fail(resume_id=resume_id, error=str(exc), retryable=exc.retryable)
        return
    except parsing.UnreadablePdf as exc:  # the same bytes will not read better next time
        resume_fail(resume_id=resume_id, error=str(exc), retryable=False)
        return
    except Exception as exc:
        # A bug in the parser must not lose the upload: keep the row, say what happened, allow a retry.
        logger.exception("parser crashed on resume %s", resume_id)
        resume_fail(resume_id=resume_id, error=f"the parser failed ({type(exc).__name__}: {exc})")
        return
    try:
        resume_store_parsed(resume=resume, parsed=parsed)
    except DatabaseError:
        _resume_release(resume_id)
        raise
    except Exception as exc:
        logger.exception("could not store the parse of resume %s", resume_id)
        resume_fail(resume_id=resume_id, error=f"the result could not be stored ({type(exc).__name__}: {exc})")


def _pdf_of(resume: Resume) -> bytes:
    """The PDF to parse: the upload itself, or a Word document's PDF (converted once, then kept)."""
    if resume.kind not in documents.WORD:
        return bytes(resume.file.content)
    if resume.file.pdf is None:
        pdf = documents.to_pdf(bytes(resume.file.content), resume.kind)
        ResumeFile.objects.filter(pk=resume.pk).update(pdf=pdf)
        return pdf
    return bytes(resume.file.pdf)


def _resume_release(resume_id: int) -> None:
    """Give a claimed resume back to the queue, so the task's retry can claim it again."""
    try:
        Resume.objects.filter(pk=resume_id, status=Resume.Status.PARSING).update(status=Resume.Status.QUEUED)
    except DatabaseError:
        logger.warning("could not release resume %s; it is claimable again after the time limit", resume_id)


def resume_fail(*, resume_id: int, error: str, retryable: bool = True) -> None:
    Resume.objects.filter(pk=resume_id).update(
        status=Resume.Status.FAILED, error=error, retryable=retryable, finished_at=timezone.now()
    )


@transaction.atomic
def resume_store_parsed(*, resume: Resume, parsed: parsing.ParsedResume) -> Candidate:
    """Write the parse result into the structured tables in one transaction.

    A resume that shares an e-mail, a phone or a profile link with a stored candidate is a newer (or older)
    resume of that person. The candidate's record comes from their newest parsed resume: an older one, parsed
    again after a parser upgrade, is kept beside it without overwriting it.
    """
    _resume_parsed(resume, parsed)
    candidate = resume.candidate or candidate_matching(parsed)
    if candidate is None:
        return _candidate_create(resume, parsed)
    newest = not candidate.resumes.filter(
        Q(created_at__gt=resume.created_at) | Q(created_at=resume.created_at, pk__gt=resume.pk),
        status=Resume.Status.PARSED,
    ).exclude(pk=resume.pk).exists()
    if newest:
        changed = {field: value for field, value in _contact_values(parsed).items()
                   if field not in candidate.edited  # a person's correction outlives every later parse
                   and getattr(candidate, field) != value}
        for field, value in changed.items():
            setattr(candidate, field, value)
        if changed:  # a history entry says what changed, not that a resume was parsed again
            candidate.save()
    resume.candidate = candidate
    resume.save(update_fields=["candidate", *RESUME_PARSED_FIELDS])
    rows = None
    if newest:
        rows = _replace_children(candidate, parsed)
        candidate_summarize(candidate=candidate, rows=rows, newest=resume)
    else:
        candidate_summarize(candidate=candidate)
    contact_keys_refresh(candidate=candidate)
    duplicates_refresh(candidate=candidate, rows=rows)
    return candidate


def _resume_parsed(resume: Resume, parsed: parsing.ParsedResume) -> None:
    """Set what the parse says on the resume, not saved yet (RESUME_PARSED_FIELDS)."""
    resume.status = Resume.Status.PARSED
    resume.error = ""
    resume.parser_version = parsing.PARSER_VERSION
    resume.text = _clean(parsed.text)
    resume.parsed = _clean_json(parsed.to_dict())
    resume.finished_at = timezone.now()
    resume.quality_score = parsed.quality.score
    resume.quality_reasons = [_clean(r) for r in parsed.quality.reasons]


RESUME_PARSED_FIELDS = [
    "status", "error", "parser_version", "text", "parsed", "finished_at", "quality_score", "quality_reasons",
]


def _contact_values(parsed: parsing.ParsedResume) -> dict:
    return {
        "name": _clean(parsed.name or "")[:200],
        "emails": [_clean(e) for e in parsed.emails],
        "phones": [_clean(p) for p in parsed.phones],
        "links": [_clean(u) for u in parsed.links],
    }


def _candidate_create(resume: Resume, parsed: parsing.ParsedResume) -> Candidate:
    """A person seen for the first time: the record and its rows are written once each, in bulk, with its summary
    worked out beforehand from the parse and one history entry for the candidate, skills included.

    The same record as a parse into an existing candidate would leave (tests/test_services.py), in about half the
    queries: a worker spends its time parsing, not storing.
    """
    candidate = Candidate(**_contact_values(parsed))
    rows = {section: [model(position=position, **values) for position, values in enumerate(entries)]
            for (section, model), entries in zip(SECTIONS.items(), _section_values(parsed, candidate.name))}
    for row in rows["education"]:
        row.institution_key = search.institution_key(row.institution)
    skills = _skills_get_or_create(parsed.skills)
    _summary_set(candidate, rows, sorted(skill.name for skill in skills), newest=resume)
    candidate.skip_history_when_saving = True  # the entry is written below, once the skills are in
    try:
        candidate.save()
    finally:
        del candidate.skip_history_when_saving
    resume.candidate = candidate
    resume.save(update_fields=["candidate", *RESUME_PARSED_FIELDS])
    for section, model in SECTIONS.items():
        for row in rows[section]:
            row.candidate = candidate
        if rows[section]:
            bulk_create_with_history(rows[section], model)
    Candidate.skills.through.objects.bulk_create(
        [Candidate.skills.through(candidate=candidate, skill=skill) for skill in skills])
    CANDIDATE_HISTORY.create_historical_record(candidate, "+")
    _keys_store(candidate, ContactKey, _contact_keys(candidate), new=True)
    duplicates_refresh(candidate=candidate, rows=rows, new=True)
    return candidate


def _profile(candidate: Candidate, rows: dict | None = None) -> duplicates.Profile:
    """From the rows given, or the stored ones (`_stored_rows`)."""
    rows = _stored_rows(candidate) if rows is None else rows
    places = [*(e.institution for e in rows["education"]), *(e.organization for e in rows["experience"])]
    return duplicates.profile_of(candidate.pk, candidate.name, places, [p.title for p in rows["publications"]])


def _stored_rows(candidate: Candidate) -> dict[str, list]:
    """The sections a summary and a duplicate check read, through .all(), so that rows prefetched for a batch of
    candidates serve."""
    return {section: list(getattr(candidate, section).all()) for section in ("education", "experience",
                                                                              "publications")}


def duplicates_refresh(*, candidate: Candidate, rows: dict | None = None, new: bool = False) -> list[DuplicatePair]:
    """Flag the candidates that are probably this same person, with the reasons (candidates/duplicates.py).

    A pair a recruiter marked "not the same person" is left so; a flag whose evidence is gone is withdrawn. A `new`
    candidate, just made from `rows`, has no keys nor flags yet.
    """
    profile = _profile(candidate, rows)
    keys = duplicates.match_keys(profile)
    _keys_store(candidate, MatchKey, keys, new=new)
    others = Candidate.objects.filter(pk__in=_holders(MatchKey, keys) - {candidate.pk}).prefetch_related(
        "education", "experience", "publications")
    flagged = []
    for other in others:
        found = duplicates.reasons(profile, _profile(other))
        if found:
            flagged.append(_pair_flag(candidate, other, found))
    if not new:
        DuplicatePair.objects.filter(
            Q(first=candidate) | Q(second=candidate), status=DuplicatePair.Status.POSSIBLE
        ).exclude(pk__in=[pair.pk for pair in flagged]).delete()
    return flagged


def _pair_flag(one: Candidate, other: Candidate, reasons: list[str]) -> DuplicatePair:
    first, second = sorted((one, other), key=lambda c: c.pk)
    pair, created = DuplicatePair.objects.get_or_create(first=first, second=second, defaults={"reasons": reasons})
    if not created and pair.reasons != reasons:
        pair.reasons = reasons
        pair.save(update_fields=["reasons"])
    return pair


def duplicate_dismiss(*, pair: DuplicatePair, user: AbstractBaseUser) -> DuplicatePair:
    """A recruiter says the two are different people: the pair stays unflagged from now on."""
    pair.status = DuplicatePair.Status.DISTINCT
    pair.decided_by = user
    pair.decided_at = timezone.now()
    pair.save(update_fields=["status", "decided_by", "decided_at"])
    return pair


EDITABLE_CONTACTS = ("name", "emails", "phones", "links")


@transaction.atomic
def candidate_contacts_edit(*, candidate: Candidate, user: AbstractBaseUser, **values) -> list[str]:
    """A recruiter corrects the name or contact details: each changed field is kept as edited (by whom, when,
    what it was) and never overwritten by a later parse. The fields changed, in order."""
    changed = []
    for field in EDITABLE_CONTACTS:
        if field not in values or values[field] == getattr(candidate, field):
            continue
        _mark_edited(candidate, field, getattr(candidate, field), user)
        setattr(candidate, field, values[field])
        changed.append(field)
    if changed:
        candidate.save()
        contact_keys_refresh(candidate=candidate)
        duplicates_refresh(candidate=candidate)
        candidate_summarize(candidate=candidate)  # the name is searched
    return changed


@transaction.atomic
def candidate_skills_edit(*, candidate: Candidate, user: AbstractBaseUser, names: list[str]) -> bool:
    """A recruiter corrects the skills list: kept as edited (by whom, when, what it was), never overwritten by a
    later parse. False when the list is unchanged."""
    before = sorted(candidate.skills.values_list("name", flat=True))
    skills = _skills_get_or_create(tuple(names))
    if sorted(s.name for s in skills) == before:
        return False
    _mark_edited(candidate, "skills", before, user)
    candidate.save()
    candidate.skills.set(skills)
    candidate_summarize(candidate=candidate)  # skills are searched
    return True


@transaction.atomic
def row_save(*, candidate: Candidate, section: str, user: AbstractBaseUser, values: dict, row=None):
    """A recruiter adds a degree, job, paper or award, or corrects one: each changed field is kept as edited (by
    whom, when, what it was), with the fields it decides (a venue its rank), and no later parse changes it."""
    model = SECTIONS[section]
    values = _derived(section, values)
    if row is None:
        row = model(candidate=candidate, position=_next_position(model, candidate), **values)
        row_mark_edited(row=row, before=None, fields=[], user=user)
    else:
        before = row_values(section, row)
        changed = [name for name, value in values.items() if value != getattr(row, name)]
        if {"gpa", "gpa_scale"} & set(changed) and row.gpa_4_stated is not None and "gpa_4_stated" not in values:
            values["gpa_4_stated"] = None  # the resume's 4.0 equivalent was of the GPA corrected
            changed.append("gpa_4_stated")
        if not changed:
            return row
        for name in changed:
            setattr(row, name, values[name])
        row_mark_edited(row=row, before=before, fields=changed, user=user)
    row.save()
    row.refresh_from_db()  # a GPA typed as text is a Decimal from here on
    _rows_changed(candidate)
    return row


def row_mark_edited(*, row, before: dict | None, fields: list[str], user: AbstractBaseUser) -> None:
    """Mark a row's changed fields as a person's (who, when, what the parser had), or a new row as added by them;
    the caller saves it."""
    if before is None:
        row.edited = {corrections.ADDED: _edit_mark(user, None)}
        return
    for name in fields:
        if name != "position":  # the order of rows is no correction of their content
            was = row.edited.get(name, {}).get("was", corrections.jsonable(before[name]))
            row.edited[name] = _edit_mark(user, was)


@transaction.atomic
def row_delete(*, candidate: Candidate, section: str, user: AbstractBaseUser, row) -> None:
    """A recruiter deletes a wrong entry: a parsed one is remembered as deleted (who, when, what it said), so the
    next parse of any resume of this person does not bring it back."""
    if corrections.ADDED not in row.edited:
        was = corrections.as_parsed(row_values(section, row), row.edited)
        removed = candidate.edited.setdefault("removed", {}).setdefault(section, [])
        removed.append({**_edit_mark(user, None), "was": {k: corrections.jsonable(v) for k, v in was.items()}})
        candidate.save()
    row.delete()
    _rows_changed(candidate)


@transaction.atomic
def row_restore(*, candidate: Candidate, section: str, index: int) -> None:
    """Give back a deleted parsed entry, as the parser read it; later parses update it again."""
    removed = candidate.edited.get("removed", {}).get(section, [])
    if not 0 <= index < len(removed):
        raise IndexError(f"no deleted {section} entry {index}")
    gone = removed.pop(index)
    if not removed:
        del candidate.edited["removed"][section]
    if not candidate.edited["removed"]:
        del candidate.edited["removed"]
    candidate.save()
    model = SECTIONS[section]
    model.objects.create(candidate=candidate, position=_next_position(model, candidate), **gone["was"])
    _rows_changed(candidate)


def _rows_changed(candidate: Candidate) -> None:
    """After a person's change to a degree, job, paper or award: the summary columns, and the duplicate flags
    (schools, employers and titles are evidence); the contact keys do not change."""
    candidate_summarize(candidate=candidate)
    duplicates_refresh(candidate=candidate)


def _next_position(model, candidate: Candidate) -> int:
    last = model.objects.filter(candidate=candidate).aggregate(n=Max("position"))["n"]
    return 0 if last is None else last + 1


def _derived(section: str, values: dict) -> dict:
    """The fields a person's values decide: a paper's CORE rank from its venue, its first-author mark from the
    author position."""
    values = dict(values)
    if section == "publications":
        if "venue" in values:
            venue = venue_vocabulary.lookup(values["venue"]) if values["venue"] else None
            values["venue"] = venue.short if venue else values["venue"]
            values["venue_tier"] = (venue.tier or "") if venue and not values.get("workshop") else ""
        if "author_position" in values:
            values["first_author"] = values["author_position"] == 1 if values["author_position"] else None
    return values


def _edit_mark(user: AbstractBaseUser, was) -> dict:
    return {"by": user.get_username(), "at": timezone.now().isoformat(), "was": was}


def _mark_edited(candidate: Candidate, field: str, current, user: AbstractBaseUser) -> None:
    """Remember a person's correction of a field: by whom, when, and what it was before the first correction
    (the parser's value, kept through later corrections)."""
    candidate.edited[field] = _edit_mark(user, candidate.edited.get(field, {}).get("was", current))


def candidate_matching(parsed: parsing.ParsedResume) -> Candidate | None:
    """The stored candidate a resume's e-mails, phones or profile links name (the first stored, if several do)."""
    keys = {(kind, value[:255]) for kind, value in
            identity.contact_keys(emails=parsed.emails, phones=parsed.phones, links=parsed.links)}
    found = min(_holders(ContactKey, keys), default=None)
    return Candidate.objects.get(pk=found) if found else None


def contact_keys_refresh(*, candidate: Candidate) -> None:
    """Keep the candidate's contact keys: from their record and from every resume of theirs, old ones too."""
    resumes = candidate.resumes.exclude(parsed=None).values_list("parsed", flat=True)
    _keys_store(candidate, ContactKey, _contact_keys(candidate, resumes))


def _contact_keys(candidate: Candidate, parses=()) -> set[tuple[str, str]]:
    keys = identity.contact_keys(emails=candidate.emails, phones=candidate.phones, links=candidate.links)
    for parsed in parses:
        keys |= identity.contact_keys(emails=parsed.get("emails") or (), phones=parsed.get("phones") or (),
                                      links=parsed.get("links") or ())
    return {(kind, value[:255]) for kind, value in keys}


def _keys_store(candidate: Candidate, model: type[ContactKey] | type[MatchKey], keys: set[tuple[str, str]],
                new: bool = False) -> None:
    """Keep exactly these (kind, value) keys of the candidate in the table: the stale ones go, the new ones come.
    A `new` candidate has none stored yet."""
    stored = {} if new else {(k.kind, k.value): k.pk for k in model.objects.filter(candidate=candidate)}
    if stale := [pk for key, pk in stored.items() if key not in keys]:
        model.objects.filter(pk__in=stale).delete()
    model.objects.bulk_create(
        [model(candidate=candidate, kind=kind, value=value) for kind, value in keys - stored.keys()],
        ignore_conflicts=True,
    )


def _holders(model: type[ContactKey] | type[MatchKey], keys: set[tuple[str, str]]) -> set[int]:
    """The candidates holding any of these (kind, value) keys: one indexed look-up of the kinds and values, the pairs
    checked here, rather than a query of one condition per key."""
    if not keys:
        return set()
    found = model.objects.filter(kind__in={kind for kind, _ in keys}, value__in={value for _, value in keys})
    found = found.values_list("kind", "value", "candidate_id")
    return {candidate for kind, value, candidate in found if (kind, value) in keys}


def _replace_children(candidate: Candidate, parsed: parsing.ParsedResume) -> dict[str, list]:
    """The record's sections from this parse, except what people corrected: a corrected row stays, taking from the
    parse only the fields nobody corrected; a row a person added stays; an entry a person deleted stays deleted.
    Returns each section's rows, in order."""
    removed = candidate.edited.get("removed", {})
    rows = {}
    for (section, model), entries in zip(SECTIONS.items(), _section_values(parsed, candidate.name)):
        values = [v for v in entries if not corrections.is_removed(section, v, removed.get(section, []))]
        rows[section] = _section_reconcile(candidate, section, model, values)
    if "skills" not in candidate.edited:  # a person's list outlives every later parse
        candidate.skills.set(_skills_get_or_create(parsed.skills))
    return rows


def _section_values(parsed: parsing.ParsedResume, candidate_name: str) -> tuple[list[dict], ...]:
    """The rows of each section (SECTIONS, in its order) as the parse gives them."""
    return (
        [_education_fields(e) for e in parsed.education],
        [{"organization": _clean(e.organization or "")[:255], "title": _clean(e.title or "")[:255],
          "start": e.start or "", "end": e.end or ""} for e in parsed.experience],
        [_publication_fields(p, candidate_name) for p in parsed.publications],
        [{"title": _clean(a)} for a in parsed.awards],
    )


def _section_reconcile(candidate: Candidate, section: str, model, values: list[dict]) -> list:
    """The section's rows become the parse's, around what people corrected. A row nobody corrected that the parse
    gives again as it is stays (at its new position), so that parsing a resume again, or a new version of it,
    leaves the history with what changed rather than every row deleted and added anew. Returns the rows, in order."""
    rows = list(model.objects.filter(candidate=candidate).order_by("position", "pk"))
    kept = [row for row in rows if row.edited]
    unedited = [row for row in rows if not row.edited]
    pairs = corrections.pair_up(
        [corrections.words(section, corrections.as_parsed(row_values(section, row), row.edited)) for row in kept],
        [corrections.words(section, v) for v in values],
    )
    new, final = [], []
    for position, (kind, index) in enumerate(corrections.merged_order(len(values), pairs, [r.position for r in kept])):
        if kind == "parsed":
            if (same := _same_row(model, unedited, values[index])) is not None:
                unedited.remove(same)
                if same.position != position:
                    same.position = position
                    same.save(update_fields=["position"])
                final.append(same)
            else:
                new.append(model(candidate=candidate, position=position, **values[index]))
                final.append(new[-1])
            continue
        row = kept[index]
        final.append(row)
        before = (row.position, row_values(section, row))
        row.position = position
        if index in pairs:  # the parse updates what nobody corrected
            fixed = corrections.locked(row.edited)
            for name, value in values[pairs[index]].items():
                if fixed is not None and name not in fixed:
                    setattr(row, name, value)
        if (row.position, row_values(section, row)) != before:
            row.save()
    if unedited:  # what the parse no longer gives
        model.objects.filter(pk__in=[row.pk for row in unedited]).delete()
    if new:
        bulk_create_with_history(new, model)  # bulk_create itself would leave no trace in the history
    return final


def _same_row(model, rows: list, values: dict):
    """The first of these stored rows that holds exactly these values (as the database gives them back), or None."""
    wanted = {name: model._meta.get_field(name).to_python(value) for name, value in values.items()}
    return next((row for row in rows if all(getattr(row, name) == value for name, value in wanted.items())), None)


def row_values(section: str, row) -> dict:
    return {name: getattr(row, name) for name in corrections.FIELDS[section]}


def _education_fields(e: parsing.Education) -> dict:
    return {
        "institution": _clean(e.institution or "")[:255],
        "degree_level": e.degree_level or "",
        "degree": _clean(e.degree or "")[:255],
        "field": _clean(e.field or "")[:255],
        "start": e.start or "",
        "end": e.end or "",
        # as the columns hold them, so that a record summarised from these values (a new candidate's) and one
        # summarised from the stored rows agree to the last digit
        "gpa": _as_stored(Education, "gpa", e.gpa),
        "gpa_scale": _as_stored(Education, "gpa_scale", e.gpa_scale),
        "gpa_4_stated": _as_stored(Education, "gpa_4_stated", e.gpa_4_stated),
        "rank": _clean(e.rank or "")[:50],
    }


def _as_stored(model, name: str, value: float | None) -> Decimal | None:
    """A parsed number rounded once to the places of its decimal column (half up, as a person would)."""
    if value is None:
        return None
    places = Decimal(1).scaleb(-model._meta.get_field(name).decimal_places)
    return Decimal(repr(value)).quantize(places, ROUND_HALF_UP)


def _publication_fields(p: parsing.Publication, candidate_name: str) -> dict:
    venue = venue_vocabulary.lookup(p.venue) if p.venue else None
    position = p.author_position
    if position is None:
        position = 1 if p.first_author else author_position(candidate_name, p.authors)
    return {
        "title": _clean(p.title or ""),
        "venue": _clean(venue.short if venue else (p.venue or ""))[:255],
        # A CORE rank is the main conference's: a workshop paper does not inherit it.
        "venue_tier": (venue.tier or "") if venue and not p.workshop else "",
        "year": p.year,
        "authors": [_clean(a) for a in p.authors],
        "author_position": position,
        "first_author": p.first_author,
        "status": p.status if p.status in Publication.Status.values else Publication.Status.PUBLISHED,
        "workshop": p.workshop,
        "equal_contribution": p.equal_contribution,
        "corresponding": p.corresponding,
        "authors_truncated": p.authors_truncated,
    }


def author_position(name: str, authors: tuple[str, ...] | list[str]) -> int | None:
    """1-based position of the candidate among the authors, matching "Xinglu Wang" to "X. Wang"."""
    words = re.findall(r"\w+", name.lower())
    if len(words) < 2:
        return None
    for index, author in enumerate(authors, start=1):
        parts = re.findall(r"\w+", author.lower())
        if not parts:
            continue
        same_family = parts[-1] == words[-1] or parts[0] == words[-1]
        initials = {p[0] for p in parts}
        if same_family and words[0][0] in initials:
            return index
    return None


def _skills_get_or_create(names: tuple[str, ...]) -> list[Skill]:
    """The skills by these names, in this order, the new ones made: two queries, not one or two per skill."""
    wanted = list(dict.fromkeys(_clean(n.lower().strip())[:100] for n in names if n.strip()))
    new = [Skill(name=name, category=known.category if (known := skill_vocabulary.lookup(name)) else "")
           for name in wanted]
    Skill.objects.bulk_create(new, ignore_conflicts=True)  # another parse may make the same one meanwhile
    found = {skill.name: skill for skill in Skill.objects.filter(name__in=wanted)}
    return [found[name] for name in wanted]


def _clean(value: str) -> str:
    # PostgreSQL refuses NUL characters in text, and PDFs do contain them.
    return value.replace("\x00", "")


def _clean_json(value):
    if isinstance(value, str):
        return _clean(value)
    if isinstance(value, list):
        return [_clean_json(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean_json(v) for k, v in value.items()}
    return value


def candidate_summarize(*, candidate: Candidate, rows: dict | None = None, newest: Resume | None = None) -> None:
    """Recompute the summary columns the dashboard filters, sorts and searches on from the candidate's rows and
    newest parsed resume: as stored, or as the caller just wrote them (`rows`, each section's in order; `newest`)."""
    rows = _stored_rows(candidate) if rows is None else rows
    skills = list(candidate.skills.values_list("name", flat=True))  # by name, as a new candidate's (_candidate_create)
    _summary_set(candidate, rows, skills, newest=newest or candidate.newest_parsed_resume())
    _ratings_count(candidate)
    _institutions_key(rows["education"])
    candidate.skip_history_when_saving = True  # derived columns: the history keeps what people and parses change
    try:
        candidate.save(update_fields=SUMMARY_FIELDS)
    finally:
        del candidate.skip_history_when_saving


def _summary_set(candidate: Candidate, rows: dict, skills: list[str], newest: Resume | None) -> None:
    """The summary columns from these rows (education, experience, publications), saved or not; all but the
    ratings'."""
    education, publications = rows["education"], rows["publications"]
    best = highest_degree(education)
    graded = graded_degree(education)
    candidate.highest_degree_level = best.degree_level if best else ""
    candidate.highest_degree = best.degree if best else ""
    candidate.highest_institution = best.institution if best else ""
    candidate.gpa = graded.gpa if graded else None
    candidate.gpa_scale = graded.gpa_scale if graded else None
    candidate.gpa_level = graded.degree_level if graded else ""
    candidate.gpa_4 = on_four_scale(graded.gpa, graded.gpa_scale, graded.gpa_4_stated) if graded else None
    candidate.publication_count = len(publications)
    candidate.paper_count = sum(p.is_peer_reviewed for p in publications)
    candidate.first_author_paper_count = sum(p.is_peer_reviewed and p.first_author is True for p in publications)
    candidate.quality_score = newest.quality_score if newest else None
    candidate.needs_review = newest.needs_review if newest else False
    candidate.search_text = search.document(
        candidate.name,
        *skills,
        *(f"{e.institution} {e.degree} {e.field}" for e in education),
        *(name for e in education for name in search.institution_names(e.institution)),
        *(f"{e.organization} {e.title}" for e in rows["experience"]),
        *(f"{p.title} {p.venue}" for p in publications),
        newest.text if newest else "",
    )


SUMMARY_FIELDS = [
    "highest_degree_level", "highest_degree", "highest_institution", "gpa", "gpa_scale", "gpa_level", "gpa_4",
    "publication_count",
    "paper_count", "first_author_paper_count",
    "quality_score", "needs_review", "search_text", "avg_rating", "rating_count", "updated_at",
]


def _ratings_count(candidate: Candidate) -> None:
    totals = candidate.ratings.aggregate(avg=Avg("stars"), n=Count("pk"))
    candidate.avg_rating, candidate.rating_count = totals["avg"], totals["n"]


def _institutions_key(education: list[Education]) -> None:
    for row in education:
        key = search.institution_key(row.institution)
        if row.institution_key != key:
            row.institution_key = key
            Education.objects.filter(pk=row.pk).update(institution_key=key)


@transaction.atomic
def resume_mark_reviewed(*, resume: Resume, user: AbstractBaseUser) -> None:
    """A recruiter checked the record against this doubtful resume (and corrected what was wrong): it leaves the
    needs-review queue. A newer resume of the person is judged on its own."""
    resume.reviewed_by, resume.reviewed_at = user, timezone.now()
    resume.save(update_fields=["reviewed_by", "reviewed_at"])
    if resume.candidate is not None:
        candidate_summarize(candidate=resume.candidate)


# ---- annotations: notes, tags, ratings


def note_create(*, candidate: Candidate, author: AbstractBaseUser, body: str) -> Note:
    return Note.objects.create(candidate=candidate, author=author, body=body.strip())


def note_update(*, note: Note, user: AbstractBaseUser, body: str) -> Note:
    _ensure_author(note, user)
    note.body = body.strip()
    note.save(update_fields=["body", "updated_at"])
    return note


def note_delete(*, note: Note, user: AbstractBaseUser) -> None:
    _ensure_author(note, user)
    note.delete()


def _ensure_author(note: Note, user: AbstractBaseUser) -> None:
    if note.author_id != user.pk:
        raise PermissionDenied("Only the author of a note can change it.")


def tag_named(name: str) -> Tag:
    """The tag of that name, made on first use; tags are case-insensitive."""
    name = " ".join(name.split())[:50]
    return Tag.objects.filter(name__iexact=name).first() or Tag.objects.create(name=name)


def tag_add(*, candidate: Candidate, name: str) -> Tag:
    tag = tag_named(name)
    candidate.tags.add(tag)
    return tag


def tag_remove(*, candidate: Candidate, tag: Tag) -> None:
    candidate.tags.remove(tag)


@transaction.atomic
def rating_set(*, candidate: Candidate, recruiter: AbstractBaseUser, stars: int | None) -> None:
    """Record this recruiter's 1-5 rating of the candidate; None withdraws it. The team's average follows."""
    if stars is None:
        Rating.objects.filter(candidate=candidate, recruiter=recruiter).delete()
    else:
        Rating.objects.update_or_create(candidate=candidate, recruiter=recruiter, defaults={"stars": stars})
    _ratings_count(candidate)
    Candidate.objects.filter(pk=candidate.pk).update(avg_rating=candidate.avg_rating,
                                                     rating_count=candidate.rating_count)


# ---- shortlists


def shortlist_create(*, name: str, created_by: AbstractBaseUser) -> Shortlist:
    return Shortlist.objects.create(name=name.strip(), created_by=created_by)


def shortlist_get_or_create(*, name: str, created_by: AbstractBaseUser) -> Shortlist:
    """The shortlist of that name (case-insensitive), made on first use."""
    name = name.strip()
    return Shortlist.objects.filter(name__iexact=name).first() or shortlist_create(name=name, created_by=created_by)


def shortlist_rename(*, shortlist: Shortlist, name: str) -> Shortlist:
    shortlist.name = name.strip()
    shortlist.save(update_fields=["name"])
    return shortlist


def shortlist_delete(*, shortlist: Shortlist) -> None:
    shortlist.delete()


def shortlist_add(*, shortlist: Shortlist, candidates: list[Candidate], added_by: AbstractBaseUser) -> int:
    """Add candidates not on the shortlist yet; returns how many were added."""
    present = set(shortlist.entries.values_list("candidate_id", flat=True))
    new = [
        ShortlistEntry(shortlist=shortlist, candidate=c, added_by=added_by)
        for c in dict.fromkeys(candidates)
        if c.pk not in present
    ]
    ShortlistEntry.objects.bulk_create(new, ignore_conflicts=True)
    return len(new)


def shortlist_remove(*, shortlist: Shortlist, candidate: Candidate) -> None:
    ShortlistEntry.objects.filter(shortlist=shortlist, candidate=candidate).delete()


def shortlist_entry_update(*, entry: ShortlistEntry, stage: str, note: str) -> ShortlistEntry:
    if stage != entry.stage:
        entry.stage_changed_at = timezone.now()
    entry.stage = stage
    entry.note = note.strip()
    entry.save(update_fields=["stage", "note", "updated_at", "stage_changed_at"])
    return entry


# ---- merging two records of one person, and undoing it

SECTIONS = {"education": Education, "experience": Experience, "publications": Publication, "awards": Award}
SECTION_OF = {model: name for name, model in SECTIONS.items()}
CONTACTS = ("emails", "phones", "links")
MERGE_FIELDS = ("name", *CONTACTS, *SECTIONS, "skills")
# whose value survives where the recruiter says nothing: the survivor's, with both records' contact details and
# skills (a merge should lose nothing a recruiter would search for)
MERGE_DEFAULTS = {"name": "survivor", **{f: "both" for f in CONTACTS}, **{f: "survivor" for f in SECTIONS},
                  "skills": "both"}
MERGE_CHOICES = ("survivor", "absorbed", "both")


class MergeError(ValueError):
    pass


def _serialized(objects) -> list[dict]:
    return json.loads(serializers.serialize("json", objects))


def _restore(data: list[dict]) -> None:
    for obj in serializers.deserialize("json", json.dumps(data)):
        obj.save()  # a raw save, as fixtures load: no history of its own
        if hasattr(type(obj.object), "history"):
            obj.object.save()  # so the history records the record given back


def _record(candidate: Candidate) -> list[dict]:
    """The candidate (with its skills and tags) and its parsed rows, as they are."""
    rows = [row for name in SECTIONS for row in getattr(candidate, name).all()]
    return _serialized([candidate, *rows])


@transaction.atomic
def candidates_merge(*, survivor: Candidate, absorbed: Candidate, user: AbstractBaseUser | None,
                     chosen: dict[str, str] | None = None) -> Merge:
    """Make two records of one person one: the survivor keeps the chosen value of each field and takes the other's
    resumes, notes, ratings, tags and shortlist entries; the other record goes. Recorded, and undoable."""
    if survivor.pk == absorbed.pk:
        raise MergeError("a record cannot be merged into itself")
    chosen = {**MERGE_DEFAULTS, **{k: v for k, v in (chosen or {}).items() if k in MERGE_FIELDS and v in MERGE_CHOICES}}
    ratings = {r.recruiter_id for r in survivor.ratings.all()}
    shortlists = {e.shortlist_id for e in survivor.shortlist_entries.all()}
    dropped = [*[r for r in absorbed.ratings.all() if r.recruiter_id in ratings],
               *[e for e in absorbed.shortlist_entries.all() if e.shortlist_id in shortlists]]
    pairs = DuplicatePair.objects.filter(Q(first=absorbed) | Q(second=absorbed))
    snapshot = {"survivor": _record(survivor), "absorbed": _record(absorbed),
                "dropped": _serialized(dropped), "pairs": _serialized(pairs)}

    if chosen["name"] == "absorbed" and user is not None:  # a person's choice: no later parse undoes it
        _mark_edited(survivor, "name", survivor.name, user)
    if chosen["name"] == "absorbed":
        survivor.name = absorbed.name
    for field in CONTACTS:
        mine, theirs = getattr(survivor, field), getattr(absorbed, field)
        value = theirs if chosen[field] == "absorbed" else [*mine, *[v for v in theirs if v not in mine]] \
            if chosen[field] == "both" else mine
        setattr(survivor, field, value)
    survivor.save()
    for name, model in SECTIONS.items():
        if chosen[name] == "absorbed":
            model.objects.filter(candidate=survivor).delete()
        if chosen[name] in ("absorbed", "both"):
            offset = _next_position(model, survivor)
            for row in model.objects.filter(candidate=absorbed):  # saved one by one, so the history has each move
                row.candidate, row.position = survivor, row.position + offset
                if user is not None and not row.edited:  # kept through the survivor's next parse, like a row added
                    row_mark_edited(row=row, before=None, fields=[], user=user)
                row.save(update_fields=["candidate", "position", "edited"])
    if chosen["skills"] == "absorbed":
        survivor.skills.set(absorbed.skills.all())
    elif chosen["skills"] == "both":
        survivor.skills.add(*absorbed.skills.all())
    survivor.tags.add(*absorbed.tags.all())

    moved = {
        "resumes": list(absorbed.resumes.values_list("pk", flat=True)),
        "notes": list(absorbed.notes.values_list("pk", flat=True)),
        "ratings": [r.pk for r in absorbed.ratings.all() if r.recruiter_id not in ratings],
        "shortlist_entries": [e.pk for e in absorbed.shortlist_entries.all() if e.shortlist_id not in shortlists],
    }
    Resume.objects.filter(pk__in=moved["resumes"]).update(candidate=survivor)
    Note.objects.filter(pk__in=moved["notes"]).update(candidate=survivor)
    Rating.objects.filter(pk__in=moved["ratings"]).update(candidate=survivor)
    ShortlistEntry.objects.filter(pk__in=moved["shortlist_entries"]).update(candidate=survivor)
    merge = Merge.objects.create(survivor=survivor, absorbed_id=absorbed.pk, absorbed_name=absorbed.name,
                                 merged_by=user, chosen=chosen, moved=moved, snapshot=snapshot)
    absorbed.delete()
    _record_refresh(survivor)
    return merge


def _record_refresh(candidate: Candidate) -> None:
    candidate_summarize(candidate=candidate)
    contact_keys_refresh(candidate=candidate)
    duplicates_refresh(candidate=candidate)


@transaction.atomic
def merge_undo(*, merge: Merge, user: AbstractBaseUser | None) -> tuple[Candidate, Candidate]:
    """Give back both records as they were before the merge: the other one with its id, rows, resumes, notes,
    ratings and shortlist entries; the survivor with its own values. Resumes added since stay with the survivor."""
    merge = Merge.objects.select_for_update().get(pk=merge.pk)
    if merge.undone_at is not None:
        raise MergeError("this merge was undone already")
    survivor = merge.survivor
    if survivor is None:
        raise MergeError("the record this merge made has been deleted since")
    if Candidate.objects.filter(pk=merge.absorbed_id).exists():
        raise MergeError("the merged record exists again")
    for model in SECTIONS.values():
        model.objects.filter(candidate=survivor).delete()
    _restore(merge.snapshot["absorbed"])
    _restore(merge.snapshot["survivor"])
    absorbed = Candidate.objects.get(pk=merge.absorbed_id)
    for model, name in ((Resume, "resumes"), (Note, "notes"), (Rating, "ratings"),
                        (ShortlistEntry, "shortlist_entries")):
        model.objects.filter(pk__in=merge.moved.get(name, []), candidate=survivor).update(candidate=absorbed)
    _restore(merge.snapshot["dropped"])
    live = set(Candidate.objects.filter(pk__in={p["fields"][k] for p in merge.snapshot["pairs"]
                                                 for k in ("first", "second")}).values_list("pk", flat=True))
    _restore([p for p in merge.snapshot["pairs"] if {p["fields"]["first"], p["fields"]["second"]} <= live])
    merge.undone_by, merge.undone_at = user, timezone.now()
    merge.save(update_fields=["undone_by", "undone_at"])
    for candidate in (survivor, absorbed):
        _record_refresh(candidate)
    return survivor, absorbed


# ---- erasure (data-subject requests and the retention period)


@transaction.atomic
def candidate_erase(*, candidate: Candidate, user: AbstractBaseUser | None, reason: str) -> Erasure:
    """Erase a person: the record, its parsed rows, every resume of theirs (bytes, text, parse), the notes,
    ratings, tags and shortlist entries about them, the duplicate flags, and the merges whose snapshots hold
    their data. What stays is an entry saying who erased record #id, when and why, without the person's data."""
    resumes = list(candidate.resumes.values_list("pk", flat=True))
    # a merge's snapshot holds both records as they were: gone with the person, either way round
    Merge.objects.filter(Q(survivor=candidate) | Q(absorbed_id=candidate.pk)).delete()
    Resume.objects.filter(pk__in=resumes).delete()  # their ResumeFile rows go with them
    erasure = Erasure.objects.create(candidate_id=candidate.pk, erased_by=user, reason=reason, resumes=len(resumes))
    candidate_id = candidate.pk
    candidate.delete()  # rows, notes, ratings, shortlist entries, keys and flags go with it (on delete cascade)
    # the history holds every earlier state of the person's data, and their deletion: it goes too
    Candidate.history.filter(id=candidate_id).delete()
    for model in SECTIONS.values():
        model.history.filter(candidate_id=candidate_id).delete()
    return erasure


def candidates_stale(*, months: int) -> QuerySet:
    """The candidates whose record has not changed for this many months (no new resume, no correction)."""
    return Candidate.objects.filter(updated_at__lt=timezone.now() - timedelta(days=round(months * 30.44)))

