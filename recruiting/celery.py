import gc
import os

from celery import Celery
from celery.signals import worker_process_init

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")

app = Celery("recruiting")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@worker_process_init.connect
def warm_up(**kwargs) -> None:
    """In each worker process, before its first resume: load what a parse would load on first use (the vocabularies'
    indexes, and the pinyin dictionary, about 0.8 s, that the duplicate check needs for a Chinese name), then take
    it out of the garbage collector's way, as recruiting/wsgi.py does for the web."""
    from candidates import duplicates
    from candidates.parsing import institutions, skills, venues

    institutions.lookup("warm up")
    skills.lookup("python")
    venues.lookup("CVPR")
    duplicates.name_words("王小明")
    gc.freeze()
