import time
from collections import Counter

from django.core.management.base import BaseCommand, CommandError

from candidates import parsing, services
from candidates.models import Resume


class Command(BaseCommand):
    help = (
        "Queue resumes for parsing again: by default those parsed by an older parser version "
        "and those that failed; --all for every resume. --wait then reports the workers' progress until done."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", dest="every", action="store_true", help="every parsed or failed resume")
        parser.add_argument("--wait", action="store_true", help="report progress until every queued resume is done")
        parser.add_argument("--interval", type=float, default=5.0, help="seconds between progress lines")
        parser.add_argument("--timeout", type=float, default=None, help="stop waiting after this many seconds")

    def handle(self, *args, every: bool, wait: bool, interval: float, timeout: float | None, **options):
        resumes = Resume.objects.filter(status__in=[Resume.Status.PARSED, Resume.Status.FAILED])
        if not every:
            resumes = resumes.exclude(status=Resume.Status.PARSED, parser_version=parsing.PARSER_VERSION)
        queued = [resume.pk for resume in resumes.order_by("pk").iterator() if services.resume_requeue(resume=resume)]
        self.stdout.write(self.style.SUCCESS(f"{len(queued)} resume(s) queued for parser {parsing.PARSER_VERSION}"))
        if wait and queued:
            self._wait(queued, interval, timeout)

    def _wait(self, ids: list[int], interval: float, timeout: float | None) -> None:
        """A line per interval, '120/500 done (3 failed)', until the workers have parsed every one."""
        deadline = None if timeout is None else time.monotonic() + timeout
        while True:
            counts = Counter(Resume.objects.filter(pk__in=ids).values_list("status", flat=True))
            done = counts[Resume.Status.PARSED] + counts[Resume.Status.FAILED]
            self.stdout.write(f"{done}/{len(ids)} done ({counts[Resume.Status.FAILED]} failed)")
            if done == len(ids):
                return
            if deadline is not None and time.monotonic() >= deadline:
                raise CommandError(f"{len(ids) - done} resume(s) not parsed yet: are the workers running?")
            time.sleep(interval)
