"""Dashboard at scale: queries and time of the list page, and the CSV export's time and memory.

    .venv/bin/python benchmarks/dashboard.py [--candidates 100000]

Seeds a throwaway test database (test_<name> on PostgreSQL with DATABASE_URL set, else a SQLite
file under var/), so it never touches real data, and prints figures; it asserts nothing.
"""

import argparse
import os
import random
import sys
import time
import tracemalloc
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")

import django  # noqa: E402

django.setup()

from django.contrib.auth import get_user_model  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, setup_test_environment  # noqa: E402

from candidates.models import Candidate, Education, Publication, Resume, Skill  # noqa: E402

SKILLS = ["python", "pytorch", "tensorflow", "c++", "cuda", "java", "go", "sql", "docker", "kubernetes", "jax", "rust"]
VENUES = [("CVPR", "A*"), ("ICCV", "A*"), ("ECCV", "A*"), ("AAAI", "A*"), ("ICIP", "B"), ("NeurIPS", "A*")]
LEVELS = ["bachelor", "master", "phd"]
WORDS = ("model training data vision learning network detection segmentation deployment pipeline research "
         "experiment python service latency robot lidar transformer graph retrieval ranking").split()


def seed(count: int, batch: int = 5000) -> None:
    rng = random.Random(7)
    skills = [Skill.objects.get_or_create(name=name)[0] for name in SKILLS]
    through = Candidate.skills.through
    for start in range(0, count, batch):
        size = min(batch, count - start)
        # About 3 KB of resume text each, as a parsed one-page resume has.
        texts = [" ".join(rng.choices(WORDS, k=400)) for _ in range(size)]
        people = Candidate.objects.bulk_create(
            Candidate(name=f"Person {start + i}", emails=[f"p{start + i}@example.com"],
                      highest_degree_level=rng.choice(LEVELS), highest_institution="Example University",
                      gpa_4=round(rng.uniform(2.5, 4.0), 2), publication_count=2,
                      search_text=f"person {start + i} example university {texts[i]}")
            for i in range(size)
        )
        Education.objects.bulk_create(
            Education(candidate=c, institution="Example University", degree_level=c.highest_degree_level)
            for c in people
        )
        Publication.objects.bulk_create(
            Publication(candidate=c, position=j, title=f"Paper {j}", venue=venue, venue_tier=tier,
                        year=rng.randint(2015, 2025), first_author=rng.random() < 0.5)
            for c in people for j, (venue, tier) in enumerate(rng.sample(VENUES, 2))
        )
        through.objects.bulk_create(
            through(candidate_id=c.pk, skill_id=s.pk) for c in people for s in rng.sample(skills, 3)
        )
        Resume.objects.bulk_create(
            Resume(candidate=c, original_name="cv.pdf", size=1, sha256=f"{c.pk:064x}", status="parsed", text=text)
            for c, text in zip(people, texts, strict=True)
        )


def measure(client: Client, url: str) -> tuple[float, int, int]:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        response = client.get(url)
        body = b"".join(response.streaming_content) if response.streaming else response.content
        elapsed = time.perf_counter() - started
    return elapsed, len(queries), len(body)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--keep", action="store_true", help="keep the seeded database for another run")
    args = parser.parse_args()

    setup_test_environment()
    name = connection.creation.create_test_db(verbosity=0, keepdb=args.keep)
    try:
        started = time.perf_counter()
        if Candidate.objects.count() < args.candidates:
            seed(args.candidates - Candidate.objects.count())
        print(f"database: {connection.vendor} ({name}); {Candidate.objects.count()} candidates "
              f"ready in {time.perf_counter() - started:.1f} s")
        user, _ = get_user_model().objects.get_or_create(username="bench")
        client = Client()
        client.force_login(user)
        for url in ["/?page_size=25", "/?page_size=200", "/?skill=pytorch&venue=CVPR&gpa_min=3.5&page_size=200",
                    "/?venue_tier=A*&first_author=1&pubs_min=2&sort=-gpa", "/?q=lidar", "/?q=person+12345",
                    "/?q=zebra"]:
            seconds, queries, size = measure(client, url)
            print(f"list {url:<55} {seconds * 1000:8.0f} ms  {queries:3d} queries  {size / 1024:7.0f} KiB")
        tracemalloc.start()
        seconds, queries, size = measure(client, "/candidates/export.csv")
        _, peak = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        rows = Candidate.objects.count()
        print(f"export.csv, {rows} rows: {seconds:.1f} s, {size / 1024 / 1024:.1f} MiB of CSV, "
              f"peak Python memory {peak / 1024 / 1024:.1f} MiB, {queries} queries")
    finally:
        connection.creation.destroy_test_db(name, verbosity=0, keepdb=args.keep)


if __name__ == "__main__":
    main()
