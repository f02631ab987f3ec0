import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = "Development only: the web server and a Celery worker in one terminal; Ctrl-C stops both."

    def add_arguments(self, parser):
        parser.add_argument("--port", type=int, default=8000)
        parser.add_argument("--concurrency", type=int, default=2, help="worker processes")

    def handle(self, *args, port: int, concurrency: int, **options):
        if not settings.DEBUG:
            raise CommandError("rundev is for development; in production run gunicorn and celery (README).")
        processes = [
            # -B: the worker runs Celery beat too, which sends again what a broker or a dead worker lost
            subprocess.Popen([sys.executable, "-m", "celery", "-A", "recruiting", "worker", "--loglevel=INFO",
                              f"--concurrency={concurrency}", "-B", "-s", settings.CELERY_BEAT_SCHEDULE_FILENAME]),
            subprocess.Popen([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"]),
        ]
        signal.signal(signal.SIGTERM, lambda *_: self._interrupt())
        failed = None
        try:
            # Either one ending (a port in use, say) ends both, so a half-running app is never left behind.
            while all(p.poll() is None for p in processes):
                time.sleep(0.5)
            failed = next(p for p in processes if p.poll() is not None)
        except KeyboardInterrupt:
            pass
        finally:
            self._stop(processes)
        if failed is not None and failed.returncode:
            raise CommandError(f"{' '.join(failed.args[1:4])} exited with code {failed.returncode}")

    def _interrupt(self):
        raise KeyboardInterrupt

    def _stop(self, processes: list[subprocess.Popen]) -> None:
        for process in processes:
            if process.poll() is None:
                process.terminate()
        for process in processes:
            try:
                process.wait(timeout=20)
            except subprocess.TimeoutExpired:
                process.kill()
        self.stdout.write("Stopped the web server and the worker.")
