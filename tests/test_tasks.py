import pytest
from celery.exceptions import SoftTimeLimitExceeded

from candidates import services
from candidates.models import Resume
from candidates.tasks import parse_resume_task
from tests.builders import make_resume

pytestmark = pytest.mark.django_db


def test_the_task_parses_the_resume_it_is_given():
    resume = make_resume()
    parse_resume_task(resume.pk)
    assert Resume.objects.get(pk=resume.pk).status == Resume.Status.PARSED


def test_the_task_records_a_timeout(monkeypatch, settings):
    def slow(**kwargs):
        raise SoftTimeLimitExceeded()

    monkeypatch.setattr(services, "resume_parse", slow)
    resume = make_resume(status=Resume.Status.PARSING)
    parse_resume_task(resume.pk)
    resume.refresh_from_db()
    assert resume.status == Resume.Status.FAILED
    assert resume.error == f"timed out: parsing took longer than {settings.PARSE_SOFT_TIME_LIMIT} seconds"


def test_the_task_is_safe_to_deliver_twice():
    options = parse_resume_task
    assert options.acks_late is True
    assert options.max_retries == 8
