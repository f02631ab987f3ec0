"""The sweep (Celery beat, every minute) sends again what a broker or a dead worker lost, and gives up on a resume
that keeps being lost with the reason. Messages go to the test broker for real; no worker is needed here."""

from datetime import timedelta

from django.utils import timezone

from candidates import services
from candidates.models import Resume

from .builders import make_resume


def _waiting(minutes: float, **fields) -> Resume:
    resume = make_resume(content=f"%PDF {minutes} {sorted(fields.items())}".encode())
    Resume.objects.filter(pk=resume.pk).update(queued_at=timezone.now() - timedelta(minutes=minutes), **fields)
    return Resume.objects.get(pk=resume.pk)


def test_a_resume_the_broker_never_took_is_sent_after_a_minute(db):
    fresh, stale = _waiting(0.5), _waiting(2)
    assert services.resumes_sweep() == {"sent": 1, "failed": 0, "released": 0}
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert (stale.sends, fresh.sends) == (1, 0) and stale.sent_at is not None and stale.status == "queued"


def test_a_sent_message_is_sent_again_only_when_it_is_long_enough_ago_to_be_lost(db):
    now = timezone.now()
    recent = _waiting(30, sends=3, sent_at=now - timedelta(minutes=3))  # the next one is due 4 minutes after
    due = _waiting(30, sends=3, sent_at=now - timedelta(minutes=5))
    services.resumes_sweep()
    assert Resume.objects.get(pk=recent.pk).sends == 3 and Resume.objects.get(pk=due.pk).sends == 4


def test_after_ten_messages_the_resume_fails_with_the_reason_and_can_be_retried(db):
    resume = _waiting(600, sends=services.MAX_SENDS, sent_at=timezone.now() - timedelta(hours=2))
    assert services.resumes_sweep()["failed"] == 1
    resume.refresh_from_db()
    assert resume.status == "failed" and "no worker took it after 10 messages over 10" in resume.error
    assert "are the workers running?" in resume.error
    assert services.resume_requeue(resume=resume)
    resume.refresh_from_db()
    assert (resume.status, resume.sends, resume.lost, resume.sent_at) == ("queued", 0, 0, None)


def test_a_resume_left_parsing_by_a_dead_worker_is_taken_back_and_sent_again(db, settings):
    long_ago = timezone.now() - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 5)
    dead = _waiting(10, status=Resume.Status.PARSING, started_at=long_ago)
    alive = _waiting(10, status=Resume.Status.PARSING, started_at=timezone.now())
    assert services.resumes_sweep() == {"sent": 1, "failed": 0, "released": 1}
    dead.refresh_from_db()
    assert (dead.status, dead.lost, dead.sends) == ("queued", 1, 1)
    assert Resume.objects.get(pk=alive.pk).status == "parsing"  # still within its time limit


def test_a_file_that_kills_three_workers_fails_with_the_reason(db, settings):
    long_ago = timezone.now() - timedelta(seconds=settings.CELERY_TASK_TIME_LIMIT + 5)
    resume = _waiting(10, status=Resume.Status.PARSING, started_at=long_ago, lost=services.MAX_LOST - 1)
    assert services.resumes_sweep()["failed"] == 1
    resume.refresh_from_db()
    assert resume.status == "failed" and resume.lost == 3
    assert resume.error.startswith("the worker parsing it stopped 3 times without finishing")
