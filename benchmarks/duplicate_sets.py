"""Duplicate detection on the shared sets: which resumes of one person end merged, flagged or missed.

    .venv/bin/python benchmarks/duplicate_sets.py [--sets dev real] [--orders ascending descending]

Each set (../shared/resumes/dev, ../shared/resumes/real) is uploaded file by file, in name order (or the
reverse), and parsed with the real parser into a throwaway test database (test_<name> on PostgreSQL with
DATABASE_URL set, else a SQLite file under var/), as a worker would. Then it prints, per set: the resumes
loaded, the candidates made, the known pairs (the issue's point 8) and for them how many were merged by a
contact key, flagged as a possible duplicate or missed, and whether duplicates.py alone would flag them; and
the merges and flags between any other two resumes, which are false. It asserts nothing:
tests/test_duplicate_sets.py holds the requirement.
"""

import argparse
import hashlib
import os
import sys
import time
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import setup_test_environment  # noqa: E402

from candidates import duplicates, identity, services  # noqa: E402
from candidates.models import Candidate, DuplicatePair, Resume, ResumeFile  # noqa: E402

RESUMES = ROOT.parent / "shared" / "resumes"
# One person's resumes, by the start of their file names (the point 8).
KNOWN_PAIRS = {
    "dev": [("seed-000", "seed-001")],
    "real": [("r26", "r27"), ("r41", "r46"), ("r42", "r47")],
}


def load(folder: Path, descending: bool) -> dict[str, Resume]:
    """Upload and parse every PDF of the folder, one after another, as a worker takes them off the queue."""
    loaded = {}
    for path in sorted(folder.glob("*.pdf"), reverse=descending):
        content = path.read_bytes()
        # Stored as resume_create stores it, without the queue: the parse runs here, in this process.
        resume = Resume.objects.create(original_name=path.name, size=len(content),
                                       sha256=hashlib.sha256(content).hexdigest())
        ResumeFile.objects.create(resume=resume, content=content)
        services.resume_parse(resume_id=resume.pk)
        resume.refresh_from_db()
        loaded[path.stem] = resume
    return loaded


def stem_of(stems: list[str], start: str) -> str:
    return next(s for s in stems if s == start or s.startswith(f"{start}-"))


def shared_contact_keys(one: Resume, other: Resume) -> set[tuple[str, str]]:
    """The e-mails, phones and profile links (as identity.py writes them) that both resumes print."""
    def keys(resume: Resume) -> set[tuple[str, str]]:
        parsed = resume.parsed or {}
        return identity.contact_keys(emails=parsed.get("emails") or (), phones=parsed.get("phones") or (),
                                     links=parsed.get("links") or ())
    return keys(one) & keys(other)


def reasons_without_contacts(one: Resume, other: Resume) -> list[str]:
    """What duplicates.py says of the two resumes on their own, as if no contact key had joined them."""
    def profile(resume: Resume) -> duplicates.Profile:
        parsed = resume.parsed or {}
        places = [*(e.get("institution") or "" for e in parsed.get("education") or ()),
                  *(e.get("organization") or "" for e in parsed.get("experience") or ())]
        titles = [p.get("title") or "" for p in parsed.get("publications") or ()]
        return duplicates.profile_of(resume.pk, parsed.get("name") or "", places, titles)
    return duplicates.reasons(profile(one), profile(other))


def name_of(resume: Resume) -> str:
    return (resume.candidate.name if resume.candidate else "") or "no name"


def flag_reasons() -> dict[frozenset[int], list[str]]:
    return {frozenset((p.first_id, p.second_id)): p.reasons
            for p in DuplicatePair.objects.filter(status=DuplicatePair.Status.POSSIBLE)}


def report(name: str, order: str, loaded: dict[str, Resume], seconds: float) -> None:
    stems = sorted(loaded)
    known = {tuple(sorted((stem_of(stems, a), stem_of(stems, b)))) for a, b in KNOWN_PAIRS[name]}
    flags = flag_reasons()
    merged, flagged = {}, {}
    for a, b in combinations(stems, 2):
        one, other = loaded[a].candidate_id, loaded[b].candidate_id
        if one is None or other is None:
            continue
        if one == other:
            merged[(a, b)] = shared_contact_keys(loaded[a], loaded[b])
        elif frozenset((one, other)) in flags:
            flagged[(a, b)] = flags[frozenset((one, other))]
    failed = [s for s in stems if loaded[s].status != Resume.Status.PARSED]
    missed = sorted(known - merged.keys() - flagged.keys())

    print(f"{name} ({order} file order): {len(stems)} resumes loaded in {seconds:.0f} s, "
          f"{len(failed)} not parsed {failed or ''}")
    print(f"  candidates made:          {Candidate.objects.count()}")
    print(f"  possible-duplicate flags: {len(flags)}")
    print(f"  known pairs:              {len(known)}")
    print(f"  merged by a contact key:  {len(known & merged.keys())}")
    print(f"  flagged:                  {len(known & flagged.keys())}")
    print(f"  missed:                   {len(missed)}  {missed or ''}")
    print(f"  false merges:             {len(merged.keys() - known)}")
    print(f"  false flags:              {len(flagged.keys() - known)}")
    for pair, keys in sorted(merged.items()):
        shown = ", ".join(f"{kind} {value}" for kind, value in sorted(keys)) or "no key both print"
        print(f"  {'merged' if pair in known else 'FALSE MERGE'} {pair[0]} + {pair[1]}: {shown}")
    for pair, reasons in sorted(flagged.items()):
        print(f"  {'flagged' if pair in known else 'FALSE FLAG'} {pair[0]} + {pair[1]}:")
        for reason in reasons:
            print(f"      - {reason}")
    for a, b in sorted(known):
        found = reasons_without_contacts(loaded[a], loaded[b])
        print(f"  without a contact key, {a} + {b} would be "
              + (f"flagged: {'; '.join(found)}" if found else "missed (duplicates.py finds no reason)"))
    for a, b in missed:
        print(f"  MISSED {a} ({name_of(loaded[a])}) + {b} ({name_of(loaded[b])})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sets", nargs="+", choices=sorted(KNOWN_PAIRS), default=sorted(KNOWN_PAIRS))
    parser.add_argument("--orders", nargs="+", choices=["ascending", "descending"],
                        default=["ascending", "descending"], help="upload order of the files, by name")
    args = parser.parse_args()
    if not RESUMES.is_dir():
        sys.exit(f"no shared resumes at {RESUMES}")

    setup_test_environment()
    name = connection.creation.create_test_db(verbosity=0)
    try:
        print(f"database: {connection.vendor} ({name})")
        for set_name in args.sets:
            for order in args.orders:
                call_command("flush", interactive=False, verbosity=0)
                started = time.perf_counter()
                loaded = load(RESUMES / set_name, descending=order == "descending")
                report(set_name, order, loaded, time.perf_counter() - started)
    finally:
        connection.creation.destroy_test_db(name, verbosity=0)


if __name__ == "__main__":
    main()
