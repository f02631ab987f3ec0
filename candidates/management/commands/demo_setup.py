from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

DEMO_RESUMES = Path(settings.BASE_DIR) / "demo" / "resumes"


class Command(BaseCommand):
    help = "Development only: create the demo/demo recruiter login and queue the demo resumes."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("demo_setup makes a login with a known password; it runs only with DEBUG on.")
        User = get_user_model()
        user, created = User.objects.get_or_create(username="demo", defaults={"first_name": "Demo"})
        if created:
            user.set_password("demo")
            user.save()
        user.groups.add(Group.objects.get(name="Recruiters"))  # made by a migration
        call_command("import_resumes", str(DEMO_RESUMES), user="demo", stdout=self.stdout)
        self.stdout.write(self.style.SUCCESS("Sign in at the address below as demo / demo (password: demo)."))
