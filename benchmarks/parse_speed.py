"""Parse speed: pdfminer's own extract_text against our full parse, per resume.

Usage: python benchmarks/parse_speed.py [FOLDER] [--repeat N]
FOLDER defaults to demo/resumes/ of the project. Prints median and p95 seconds per resume for both,
and our overhead over extract_text (the target is at most 25%).
"""

from __future__ import annotations

import argparse
import io
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pdfminer.high_level import extract_text  # noqa: E402

from candidates.parsing import UnreadablePdf, parse_pdf  # noqa: E402


def timed(func, data: bytes) -> float:
    start = time.perf_counter()
    func(data)
    return time.perf_counter() - start


def pdfminer_text(data: bytes) -> None:
    extract_text(io.BytesIO(data))


def our_parse(data: bytes) -> None:
    _clear_text_caches()
    try:
        parse_pdf(data)
    except UnreadablePdf:
        pass


def _clear_text_caches() -> None:
    """Per-string memo caches would flatter repeated runs of one file; vocabularies stay loaded (maxsize=1)."""
    for name, module in list(sys.modules.items()):
        if not name.startswith("candidates.parsing"):
            continue
        for obj in vars(module).values():
            info = getattr(obj, "cache_info", None)
            if info is not None and (info().maxsize or 0) > 1:
                obj.cache_clear()


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("folder", nargs="?", type=Path, default=ROOT / "demo" / "resumes")
    parser.add_argument("--repeat", type=int, default=3, help="runs per file; the fastest counts")
    args = parser.parse_args()
    pdfs = sorted(args.folder.glob("*.pdf")) if args.folder.is_dir() else []
    if not pdfs:
        print(f"no PDFs in {args.folder}; pass a folder of resume PDFs as the argument")
        return 0
    blobs = [p.read_bytes() for p in pdfs]
    pdfminer_text(blobs[0])  # warm up both: imports, vocabularies, pdfminer's CMaps
    our_parse(blobs[0])
    base, ours = [], []
    for data in blobs:
        # interleave the two so that machine noise hits both alike
        base.append(min(timed(pdfminer_text, data) for _ in range(args.repeat)))
        ours.append(min(timed(our_parse, data) for _ in range(args.repeat)))
    print(f"{len(pdfs)} PDFs from {args.folder}, best of {args.repeat} runs each")
    print(f"{'':24}{'median s':>10}{'p95 s':>10}{'total s':>10}")
    for label, values in (("pdfminer extract_text", base), ("candidates.parsing", ours)):
        print(f"{label:24}{statistics.median(values):10.3f}{p95(values):10.3f}{sum(values):10.3f}")
    ratio = statistics.median(ours) / statistics.median(base)
    print(f"overhead over extract_text (median): {100 * (ratio - 1):+.1f}%  (ratio {ratio:.2f}; target <= 1.25)")
    print(f"overhead over extract_text (total):  {100 * (sum(ours) / sum(base) - 1):+.1f}%")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
