from pathlib import Path

from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from candidates import services


def pdf_files(paths: list[Path]) -> list[Path]:
    """The files named, and the PDFs inside the folders named (recursively), in a stable order."""
    found = []
    for path in paths:
        if path.is_dir():
            found.extend(sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() == ".pdf"))
        elif path.is_file():
            found.append(path)
        else:
            raise CommandError(f"{path}: no such file or folder")
    return found


class Command(BaseCommand):
    help = "Store resume files and queue them for parsing, exactly as the upload page does."

    def add_arguments(self, parser):
        parser.add_argument("paths", nargs="+", type=Path, metavar="PATH", help="PDF files or folders of them")
        parser.add_argument("--user", help="username to record as the uploader")

    def handle(self, *args, paths: list[Path], user: str | None, **options):
        uploader = None
        if user:
            try:
                uploader = get_user_model().objects.get_by_natural_key(user)
            except get_user_model().DoesNotExist:
                raise CommandError(f"no user {user!r}") from None
        created = duplicates = 0
        for path in pdf_files(paths):
            resume, is_new = services.resume_create(
                original_name=path.name, content=path.read_bytes(), uploaded_by=uploader
            )
            created += is_new
            duplicates += not is_new
            self.stdout.write(f"{'queued' if is_new else 'already uploaded'}: {path} (resume {resume.pk})")
        self.stdout.write(self.style.SUCCESS(f"{created} queued, {duplicates} already uploaded"))
