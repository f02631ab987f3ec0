"""The evaluation's own scorer (../shared/eval/score.py), for the golden tests of whole PDFs."""

import importlib.util
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[3] / "shared"
SCORER = SHARED / "eval" / "score.py"


@pytest.fixture(scope="session")
def scorer():
    if not SCORER.exists():
        pytest.skip(f"no scorer at {SCORER}")
    spec = importlib.util.spec_from_file_location("resume_score", SCORER)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def summarize(scorer, pairs) -> dict:
    """score.py's summary of (gold, predicted) pairs: each field's figure and the overall."""
    tallies = {f: scorer.Tally() for f in scorer.FIELDS}
    for gold, pred in pairs:
        scorer.score_doc(gold, pred, tallies)
    return scorer.summarize(tallies)
