from django.core.management.base import BaseCommand

from candidates import parsing, services
from candidates.models import Resume


class Command(BaseCommand):
    help = (
        "Queue resumes for parsing again: by default those parsed by an older parser version "
        "and those that failed; --all for every resume."
    )

    def add_arguments(self, parser):
        parser.add_argument("--all", dest="every", action="store_true", help="every parsed or failed resume")

    def handle(self, *args, every: bool, **options):
        resumes = Resume.objects.filter(status__in=[Resume.Status.PARSED, Resume.Status.FAILED])
        if not every:
            resumes = resumes.exclude(status=Resume.Status.PARSED, parser_version=parsing.PARSER_VERSION)
        queued = sum(services.resume_requeue(resume=resume) for resume in resumes.order_by("pk").iterator())
        self.stdout.write(self.style.SUCCESS(f"{queued} resume(s) queued for parser {parsing.PARSER_VERSION}"))
