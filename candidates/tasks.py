import logging

from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import DatabaseError, InterfaceError

from . import saved_searches, services

logger = logging.getLogger(__name__)


@shared_task(
    acks_late=True,
    autoretry_for=(DatabaseError, InterfaceError),
    retry_backoff=5,
    retry_backoff_max=300,
    max_retries=8,
)
def parse_resume_task(resume_id: int) -> None:
    try:
        services.resume_parse(resume_id=resume_id)
    except SoftTimeLimitExceeded:
        services.resume_fail(
            resume_id=resume_id,
            error=f"timed out: parsing took longer than {settings.PARSE_SOFT_TIME_LIMIT} seconds",
        )


@shared_task(ignore_result=True)
def sweep_resumes_task() -> None:
    """Celery beat runs this every minute (settings.CELERY_BEAT_SCHEDULE): what a broker or a worker lost is sent
    again."""
    counts = services.resumes_sweep()
    if any(counts.values()):
        logger.info("resume sweep: %(sent)s sent again, %(released)s taken back from dead workers, "
                    "%(failed)s failed for good", counts)


@shared_task(ignore_result=True)
def saved_search_digests_task() -> None:
    """Celery beat runs this daily at DIGEST_HOUR (settings.CELERY_BEAT_SCHEDULE)."""
    sent = saved_searches.digests_send()
    logger.info("saved searches: %s digest%s mailed", sent, "" if sent == 1 else "s")
