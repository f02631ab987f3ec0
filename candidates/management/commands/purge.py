from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from candidates import services
from candidates.models import Erasure


class Command(BaseCommand):
    help = ("Erase the candidates whose record has not changed for RETENTION_MONTHS months (or --months): the "
            "record, its resumes and annotations; an audit entry without personal data stays for each.")

    def add_arguments(self, parser):
        parser.add_argument("--months", type=int, default=None, help="the retention period (default: RETENTION_MONTHS)")
        parser.add_argument("--dry-run", action="store_true", help="say who would be erased, erase nobody")

    def handle(self, *args, months, dry_run, **options):
        months = settings.RETENTION_MONTHS if months is None else months
        if months <= 0:
            raise CommandError("the retention period is off (RETENTION_MONTHS=0): nothing to purge")
        stale = services.candidates_stale(months=months).order_by("pk")
        if dry_run:
            for candidate in stale.iterator(chunk_size=500):
                self.stdout.write(f"would erase #{candidate.pk} (last changed {candidate.updated_at:%Y-%m-%d})")
            self.stdout.write(f"{stale.count()} candidate(s) not changed for {months} months; dry run, nothing erased")
            return
        count = 0
        for candidate in stale.iterator(chunk_size=500):
            services.candidate_erase(candidate=candidate, user=None, reason=Erasure.Reason.RETENTION)
            count += 1
        self.stdout.write(self.style.SUCCESS(f"{count} candidate(s) not changed for {months} months erased"))
