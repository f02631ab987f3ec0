import json
import sys
from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from candidates import parsing


class Command(BaseCommand):
    help = (
        "Print the parsed JSON (SCHEMA.md) of each resume PDF, without touching the database: "
        "pretty-printed for one file, one object per line for several, or one DIR/<stem>.json each with --out."
    )

    def add_arguments(self, parser):
        parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
        parser.add_argument("--out", type=Path, metavar="DIR", help="write DIR/<stem>.json for each file")

    def handle(self, *args, files: list[Path], out: Path | None, **options):
        out = Path(out) if out else None  # call_command passes keyword options unconverted
        if out is not None:
            out.mkdir(parents=True, exist_ok=True)
        failures = 0
        for path in files:
            try:
                result = parsing.parse_pdf(
                    path.read_bytes(), max_bytes=settings.RESUME_MAX_BYTES, max_pages=settings.RESUME_MAX_PAGES
                )
            except (OSError, parsing.UnreadablePdf) as exc:
                failures += 1
                reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
                self.stderr.write(f"{path}: {reason}")
                continue
            self._emit(result.to_dict(), path, out, pretty=len(files) == 1)
        if failures:
            raise CommandError(f"{failures} of {len(files)} file(s) could not be parsed", returncode=1)

    def _emit(self, data: dict, path: Path, out: Path | None, *, pretty: bool) -> None:
        if out is not None:
            text = json.dumps(data, ensure_ascii=False, indent=2)
            (out / f"{path.stem}.json").write_text(text + "\n", encoding="utf-8")
        else:
            self.stdout.write(json.dumps(data, ensure_ascii=False, indent=2 if pretty else None))
            sys.stdout.flush()
