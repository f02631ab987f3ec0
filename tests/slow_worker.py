"""The Celery app with every parse SLOW_PARSE_SECONDS slower: for the tests that kill a worker in the middle of one
(`celery -A tests.slow_worker worker`). Test code only; the product never imports it."""

import os
import time

from candidates import parsing
from recruiting.celery import app  # noqa: F401  (what `-A` looks for)

_parse_pdf = parsing.parse_pdf


def _slow_parse_pdf(*args, **kwargs):
    time.sleep(float(os.environ.get("SLOW_PARSE_SECONDS", "0")))
    return _parse_pdf(*args, **kwargs)


parsing.parse_pdf = _slow_parse_pdf
