import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")
application = get_wsgi_application()


def warm_up() -> None:
    """Build the vocabularies' indexes now rather than on some recruiter's first search, then take everything loaded
    so far out of the garbage collector's way: its full collections then walk only what requests make, about 40 ms
    less each time on a search page (benchmarks/search_speed.py)."""
    from candidates.parsing import institutions, skills, venues

    institutions.lookup("warm up")
    skills.lookup("python")
    venues.lookup("CVPR")
    gc.freeze()


warm_up()
