from django.core.management.base import BaseCommand

from candidates import services
from candidates.models import Candidate


class Command(BaseCommand):
    help = "Recompute every candidate's summary columns (highest degree, GPA on 4.0, search text) from their rows."

    def handle(self, *args, **options):
        count = 0
        for candidate in Candidate.objects.order_by("pk").iterator(chunk_size=500):
            services.candidate_summarize(candidate=candidate)
            count += 1
        self.stdout.write(self.style.SUCCESS(f"{count} candidate(s) refreshed"))
