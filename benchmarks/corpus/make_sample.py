#!/usr/bin/env python3
"""Copy one document per family from a built corpus into tests/parsing/corpus_sample/, and measure it.

    .venv/bin/python benchmarks/corpus/make_sample.py [--corpus var/corpus] [--index 0] [--families F ...]

Prints each sample document's overall score under the current parser, and the floors to write into
tests/parsing/test_corpus_sample.py (the measured figure less a margin, since the parser moves).
With --families only those families' sample documents are replaced (the others and their floors stay).
"""

import argparse
import json
import math
import re
import shutil
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(ROOT))

from families import FAMILIES  # noqa: E402
from score import DEFAULT_SCORER, load_scorer, tallies_for  # noqa: E402

DEST = ROOT / "tests" / "parsing" / "corpus_sample"


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--corpus", type=Path, default=ROOT / "var" / "corpus")
    ap.add_argument("--index", type=int, default=0, help="which document of each family")
    ap.add_argument("--margin", type=float, default=0.05)
    ap.add_argument("--zh", nargs="*", default=["html-academic", "docx-table"],
                    help="families whose sample is their first Chinese-language document")
    ap.add_argument("--families", nargs="*", help="only these families (default: all; the sample is remade)")
    args = ap.parse_args()
    families = args.families or list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        sys.exit(f"unknown families: {unknown}")
    from candidates.parsing import parse_pdf  # noqa: PLC0415

    scorer = load_scorer(DEFAULT_SCORER)
    DEST.mkdir(parents=True, exist_ok=True)
    floors = {}
    manifest = json.loads((args.corpus / "manifest.json").read_text())
    zh = {r["stem"] for r in manifest["documents"] if r.get("lang") == "zh"}
    for old in DEST.glob("*"):
        m = re.match(r"(.+)-\d{3}-", old.stem)
        if not args.families or (m and m.group(1) in families):
            old.unlink()
    for fam in families:
        golds = sorted((args.corpus / fam).glob(f"{fam}-{args.index:03d}-*.json"))
        if fam in args.zh:
            golds = sorted(g for g in (args.corpus / fam).glob("*.json") if g.stem in zh)[:1] or golds
        if not golds:
            print(f"{fam}: no document {args.index}")
            continue
        g = golds[0]
        for suffix in (".pdf", ".json"):
            shutil.copy(g.with_suffix(suffix), DEST / (g.stem + suffix))
        pred = parse_pdf(g.with_suffix(".pdf").read_bytes()).to_dict()
        overall = scorer.summarize(tallies_for(scorer, [(json.loads(g.read_text()), pred)]))["overall"]
        floors[g.stem] = (overall, math.floor((overall - args.margin) * 100) / 100)
    for stem, (measured, floor) in floors.items():
        print(f'    "{stem}": {floor:.2f},  # measured {measured:.3f}')


if __name__ == "__main__":
    main()
