"""One resume per template family of the generated corpus (benchmarks/corpus/), against its gold label.

The PDFs were printed by real third-party templates (JSON Resume themes, RenderCV, LaTeX moderncv and
other CV classes, python-docx + LibreOffice, HTML + Chromium or WeasyPrint) from fictional people; each label holds exactly what its
template printed (checked against the PDF's text by the build). Rebuild the sample with
`.venv/bin/python benchmarks/corpus/make_sample.py` after `make corpus`.

Scored with the evaluation's own scorer (../shared/eval/score.py), like test_golden.py; skipped when the
shared folder is absent. No database needed.
"""

import json
import re
from pathlib import Path

import pytest

from candidates.parsing import parse_pdf

from .conftest import summarize

SAMPLE = Path(__file__).resolve().parent / "corpus_sample"
SCORER = Path(__file__).resolve().parents[3] / "shared" / "eval" / "score.py"
GOLDS = sorted(p for p in SAMPLE.glob("*.json") if p.with_suffix(".pdf").exists())
KEYS = {"name", "emails", "phones", "links", "education", "experience", "publications", "skills", "awards"}

# Per-document floors: the overall measured by make_sample.py with the parser of commit 4662515 (the lower of
# that and the parser changes in progress at the time), less 0.05 and rounded down.
FLOORS = {
    "jsonresume-even-000-holm": 0.88,  # measured 0.940
    "jsonresume-stackoverflow-000-ricci": 0.95,  # measured 1.000
    "jsonresume-elegant-000-song": 0.65,  # measured 0.708
    "jsonresume-kendall-000-rocha": 0.77,  # measured 0.820
    "jsonresume-flat-000-rao": 0.79,  # measured 0.847
    "jsonresume-class-000-bianchi": 0.81,  # measured 0.863
    "jsonresume-onepage-000-wagner": 0.93,  # measured 0.988
    "jsonresume-macchiato-000-delgado": 0.94,  # measured 0.995
    "jsonresume-paper-000-v-zquez": 0.32,  # measured 0.375
    "jsonresume-spartacus-000-wang": 0.95,  # measured 1.000
    "jsonresume-short-000-jenkins": 0.92,  # measured 0.976
    "jsonresume-actual-000-carvalho": 0.90,  # measured 0.951
    "rendercv-classic-000-lehmann": 0.80,  # measured 0.855
    "rendercv-sb2nov-000-chevalier": 0.88,  # measured 0.935
    "rendercv-engineeringresumes-000-sch-fer": 0.95,  # measured 1.000
    "rendercv-engineeringclassic-000-hoffmann": 0.80,  # measured 0.854
    "rendercv-moderncv-000-sch-fer": 0.76,  # measured 0.820
    "moderncv-classic-000-ortega": 0.86,  # measured 0.917
    "moderncv-casual-000-romero": 0.74,  # measured 0.792
    "moderncv-banking-000-bonnet": 0.95,  # measured 1.000
    "moderncv-oldstyle-000-moreau": 0.76,  # measured 0.818
    "moderncv-fancy-000-garnier": 0.81,  # measured 0.861
    "latex-simplecv-000-engel": 0.95,  # measured 1.000
    "latex-currvita-000-hoffmann": 0.74,  # measured 0.799
    "latex-europasscv-000-v-zquez": 0.80,  # measured 0.850
    "docx-classic-000-nyberg": 0.95,  # measured 1.000
    "docx-table-005-wu": 0.32,  # measured 0.375
    "html-academic-003-zhu": 0.95,  # measured 1.000
    "html-sidebar-000-delgado": 0.95,  # measured 1.000
    # the families added on 2026-11-29, tuned on since: measured with parser 1.6 (commit c2b7300), less 0.05,
    # rounded down (they were held out, and measured with the parser of commit 815972b, until then)
    "jsonresume-modern-000-almeida": 0.95,  # measured 1.000
    "jsonresume-crisp-000-neumann": 0.92,  # measured 0.978
    "jsonresume-eloquent-000-rahman": 0.91,  # measured 0.967
    "jsonresume-slick-000-laurent": 0.95,  # measured 1.000
    "jsonresume-compact-000-aziz": 0.91,  # measured 0.969
    "jsonresume-minyma-000-barbosa": 0.94,  # measured 0.994
    "jsonresume-straightforward-000-agarwal": 0.95,  # measured 1.000
    "jsonresume-caffeine-000-deshpande": 0.84,  # measured 0.899
    "jsonresume-autumn-000-cho": 0.95,  # measured 1.000
    "jsonresume-rocketspacer-000-kulkarni": 0.55,  # measured 0.603
    "jsonresume-orbit-000-feng": 0.85,  # measured 0.909
    "latex-europecv-000-khalil": 0.95,  # measured 1.000
    "latex-tucv-000-huang": 0.95,  # measured 1.000
    "latex-harnoncv-000-kulkarni": 0.95,  # measured 1.000
    "docx-sidebar-000-garnier": 0.95,  # measured 1.000
    "weasyprint-timeline-000-holm": 0.95,  # measured 1.000
    # the second batch of 2026-11-29 (the held-out families since then, never looked at while tuning): measured
    # with the parser of commit c2a44e1 and with the parser changes in progress at the time (the same figures),
    # less 0.05, rounded down
    "jsonresume-direct-000-menon": 0.81,  # measured 0.870
    "jsonresume-latte-000-sharma": 0.95,  # measured 1.000
    "jsonresume-simple-red-000-song": 0.73,  # measured 0.785
    "jsonresume-eventide-000-nwosu": 0.95,  # measured 1.000
    "jsonresume-full-000-liu": 0.91,  # measured 0.970
    "jsonresume-mantra-000-guo": 0.88,  # measured 0.939
    "jsonresume-pumpkin-000-serrano": 0.95,  # measured 1.000
    "jsonresume-spartan-000-girard": 0.95,  # measured 1.000
    "jsonresume-folio-000-chevalier": 0.95,  # measured 1.000
    "jsonresume-colophon-000-brandt": 0.95,  # measured 1.000
    "jsonresume-keloran-000-choi": 0.95,  # measured 1.000
    "latex-readablecv-000-he": 0.75,  # measured 0.800
    "latex-esieecv-000-hoffmann": 0.73,  # measured 0.783
    "docx-header-000-neumann": 0.95,  # measured 1.000
    "html-bootstrap-000-iglesias": 0.95,  # measured 1.000
}
DEFAULT_FLOOR = 0.30  # a sample document without a measured floor yet (after make_sample.py)


def test_the_sample_has_one_document_per_family():
    assert len(GOLDS) >= 20
    families = {re.match(r"(.+)-\d{3}-", g.stem).group(1) for g in GOLDS}
    assert len(families) == len(GOLDS)
    # 60 families since the second batch of 2026-11-29 (4.1 MiB); the cap was 4 MiB for 45
    assert sum(p.stat().st_size for p in SAMPLE.iterdir()) < 5 * 1024 * 1024


@pytest.mark.parametrize("gold", GOLDS, ids=[g.stem for g in GOLDS])
def test_each_sample_resume_scores_above_its_floor(scorer, gold):
    label = json.loads(gold.read_text())
    assert set(label) == KEYS
    produced = parse_pdf(gold.with_suffix(".pdf").read_bytes()).to_dict()
    assert set(produced) == KEYS
    summary = summarize(scorer, [(label, produced)])
    assert summary["overall"] >= FLOORS.get(gold.stem, DEFAULT_FLOOR), summary
