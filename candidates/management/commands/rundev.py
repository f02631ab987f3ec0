import os
import signal
import subprocess
import sys
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

# SIGTERM makes a worker hand back what it cannot finish within the grace time (Celery's soft shutdown), rather
# than wait for it however long it takes; Celery reads this from the environment when it starts.
WORKER_ENV = {"REMAP_SIGTERM": "SIGQUIT"}


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
                              f"--concurrency={concurrency}", "-B", "-s", settings.CELERY_BEAT_SCHEDULE_FILENAME],
                             env={**os.environ, **WORKER_ENV}),
            subprocess.Popen([sys.executable, "manage.py", "runserver", f"127.0.0.1:{port}"]),
        ]
        # Ctrl-C stops both, even where a shell started this with SIGINT ignored (a background job), which the
        # worker does not inherit: it would stop alone and this would report it as a failure
        signal.signal(signal.SIGINT, lambda *_: self._interrupt())
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
        """Ask each process to stop, wait a little longer than a worker's grace time, then kill whatever of them
        and their children (pool processes, beat, the reloader's server) is left: nothing outlives Ctrl-C."""
        tree = [pid for p in processes for pid in (p.pid, *descendants(p.pid))]
        for process in processes:
            if process.poll() is None:
                process.terminate()
        deadline = time.monotonic() + settings.CELERY_WORKER_SOFT_SHUTDOWN_TIMEOUT + 10
        while any(p.poll() is None for p in processes) and time.monotonic() < deadline:
            time.sleep(0.2)
        for pid in tree:
            if ours(pid):  # a pid that ended may be another program's by now
                os.kill(pid, signal.SIGKILL)
        for process in processes:
            process.wait()
        self.stdout.write("Stopped the web server and the worker.")


def ours(pid: int) -> bool:
    """Whether the process is alive and runs this Python (the server, the worker and their children do)."""
    args = subprocess.run(["ps", "-o", "args=", "-p", str(pid)], capture_output=True, text=True).stdout
    return sys.executable in args


def descendants(pid: int) -> list[int]:
    """The process ids under this one, children first."""
    table = subprocess.run(["ps", "-A", "-o", "pid=,ppid="], capture_output=True, text=True).stdout.split()
    parents = dict(zip(map(int, table[::2]), map(int, table[1::2])))
    found, frontier = [], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found
