from celery import shared_task
from celery.exceptions import SoftTimeLimitExceeded
from django.conf import settings
from django.db import DatabaseError, InterfaceError

from . import services


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
