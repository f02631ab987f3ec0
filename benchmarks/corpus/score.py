#!/usr/bin/env python3
"""Score our parser on the template corpus (benchmarks/corpus/build.py), per template family.

    .venv/bin/python benchmarks/corpus/score.py [--corpus var/corpus] [--jobs 2] [--json OUT.json]
    (or `make corpus-score`)

Parses every OUT/FAMILY/*.pdf in-process with candidates.parsing.parse_pdf and scores it against its
label with the evaluation's own functions (../shared/eval/score.py: score_doc, Tally, summarize).
Prints one row per family (overall and each field), then the overall of the TUNING families, of the
HELD-OUT families (families.py: templates nobody looks at while tuning the parser) and of all.
"""

import argparse
import importlib.util
import json
import os
import sys
import time
from multiprocessing import Pool
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from families import FAMILIES, HELD_OUT, TUNING  # noqa: E402

DEFAULT_SCORER = ROOT.parent / "shared" / "eval" / "score.py"
SHORT = {"name": "name", "emails": "email", "phones": "phone", "links": "link", "education": "edu",
         "education.details": "edu.d", "experience": "exp", "experience.details": "exp.d",
         "publications": "pub", "publications.details": "pub.d", "skills": "skill", "awards": "award"}


def load_scorer(path):
    spec = importlib.util.spec_from_file_location("resume_score", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def parse_one(pdf):
    from candidates.parsing import parse_pdf  # noqa: PLC0415

    try:
        return str(pdf), parse_pdf(Path(pdf).read_bytes()).to_dict(), None
    except Exception as exc:  # noqa: BLE001 - a crash scores as an empty parse
        return str(pdf), None, f"{type(exc).__name__}: {exc}"


def tallies_for(scorer, pairs):
    t = {f: scorer.Tally() for f in scorer.FIELDS}
    for gold, pred in pairs:
        scorer.score_doc(gold, pred, t)
    return t


def fmt(v):
    return "  -  " if v is None else f"{v:.3f}"


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--corpus", type=Path, default=ROOT / "var" / "corpus")
    ap.add_argument("--scorer", type=Path, default=DEFAULT_SCORER, help="the evaluation's score.py")
    ap.add_argument("--jobs", type=int, default=2)
    ap.add_argument("--json", type=Path, help="also write the figures (and per-document overalls) here")
    args = ap.parse_args()
    if not args.scorer.exists():
        sys.exit(f"no scorer at {args.scorer} (pass --scorer)")
    scorer = load_scorer(args.scorer)
    golds = {}
    for fam in FAMILIES:
        folder = args.corpus / fam
        golds[fam] = sorted(p for p in folder.glob("*.json") if p.with_suffix(".pdf").exists()) if folder.is_dir() else []
    pdfs = [str(g.with_suffix(".pdf")) for fam in golds for g in golds[fam]]
    if not pdfs:
        sys.exit(f"no documents under {args.corpus}; build it with `make corpus`")
    t0 = time.monotonic()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "recruiting.settings")
    with Pool(args.jobs) as pool:
        results = {pdf: (pred, err) for pdf, pred, err in pool.imap_unordered(parse_one, pdfs, chunksize=4)}
    seconds = time.monotonic() - t0

    fields = list(scorer.FIELDS)
    header = f"{'family':<30} {'split':<8} {'docs':>4} {'overall':>7} " + " ".join(f"{SHORT[f]:>6}" for f in fields)
    print(header)
    print("-" * len(header))
    pairs_by_family, per_doc, report = {}, {}, {"families": {}}
    for fam, gs in golds.items():
        if not gs:
            continue
        pairs = []
        for g in gs:
            gold = json.loads(g.read_text())
            pred, _ = results[str(g.with_suffix(".pdf"))]
            pairs.append((gold, pred))
            per_doc[g.stem] = scorer.summarize(tallies_for(scorer, [(gold, pred)]))["overall"] if pred else 0.0
        pairs_by_family[fam] = pairs
        s = scorer.summarize(tallies_for(scorer, pairs))
        report["families"][fam] = s
        split = "tuning" if fam in TUNING else "held-out"
        print(f"{fam:<30} {split:<8} {len(gs):>4} {s['overall']:>7.3f} " + " ".join(f"{fmt(s.get(f)):>6}" for f in fields))
    print("-" * len(header))
    for title, fams in (("TUNING families", TUNING), ("HELD-OUT families", HELD_OUT), ("ALL families", list(FAMILIES))):
        pairs = [p for f in fams for p in pairs_by_family.get(f, [])]
        if not pairs:
            continue
        s = scorer.summarize(tallies_for(scorer, pairs))
        report[title.split()[0].lower()] = s
        n_f = sum(1 for f in fams if f in pairs_by_family)
        print(f"{title:<30} {'':<8} {len(pairs):>4} {s['overall']:>7.3f} " + " ".join(f"{fmt(s.get(f)):>6}" for f in fields)
              + f"   ({n_f} families)")
    errors = {pdf: err for pdf, (pred, err) in results.items() if err}
    print(f"\n{len(pdfs)} documents parsed in {seconds:.1f}s with {args.jobs} processes; {len(errors)} parser errors")
    for pdf, err in list(errors.items())[:10]:
        print(f"  {pdf}: {err}")
    held = report.get("held-out", {}).get("overall")
    if held is not None:
        print(f"held-out overall: {held:.4f}   (leave-one-template-out: families in families.HELD_OUT)")
    if args.json:
        report["per_doc"] = per_doc
        report["seconds"] = round(seconds, 1)
        args.json.write_text(json.dumps(report, indent=1) + "\n")


if __name__ == "__main__":
    main()
