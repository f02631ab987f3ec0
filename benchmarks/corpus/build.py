#!/usr/bin/env python3
"""Build the labelled corpus: fictional resumes printed through real third-party templates.

    var/corpus-tools/venv/bin/python benchmarks/corpus/build.py --out var/corpus [--per-family 20] [--seed 1]
    (or `make corpus`, which installs the tools first: benchmarks/corpus/setup_tools.sh)

For every family (families.py) it draws --per-family people from a seeded generator (people.py),
composes each document (compose.py), hands it to the template (templates.py; npm themes via node,
RenderCV in the tools venv, pdflatex, python-docx + LibreOffice, Chromium), and writes
OUT/FAMILY/STEM.pdf + STEM.json. The JSON is the gold label (SCHEMA.md) checked against the PDF's
text (label.py): what the template did not print is not in it. OUT/manifest.json lists the
documents, the seed and what each check dropped.
"""

import argparse
import json
import os
import random
import re
import shutil
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates  # noqa: E402
from compose import compose  # noqa: E402
from families import FAMILIES, split  # noqa: E402
from label import Text, pdf_text, pdf_uris, verify, with_evidence  # noqa: E402
from people import make_person  # noqa: E402

ROOT = HERE.parent.parent
TOOLS = Path(os.environ.get("CORPUS_TOOLS", ROOT / "var" / "corpus-tools"))
TOOLS_PY = TOOLS / "venv" / "bin" / "python"
NODE_MODULES = TOOLS / "node" / "node_modules"


def slug(s):
    return re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-") or "x"


def run(cmd, cwd=None, env=None, timeout=1800):
    proc = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, errors="replace", timeout=timeout)
    return proc.returncode, (proc.stdout + proc.stderr)[-3000:]


def no_seasons(person):
    """JSON Resume dates are ISO: a summer internship becomes June to August."""
    for x in person["experience"]:
        for key, m in (("start", 6), ("end", 8)):
            if isinstance(x[key], dict) and "season" in x[key]:
                x[key] = {"y": x[key]["y"], "m": m}


def make_docs(family, n, seed):
    kind, param, langs, _ = FAMILIES[family]
    docs = []
    for i in range(n):
        rng = random.Random(f"{seed}:{family}:{i}")
        lang = rng.choice(langs)
        person = make_person(rng, lang=lang)
        if kind == "jsonresume":
            no_seasons(person)
            doc = compose(person, rng, date_style="dash", edu_start=True)
        else:
            doc = compose(person, rng)
        stem = f"{family}-{i:03d}-{slug(person['family'])}"
        if kind == "jsonresume":
            source, label = templates.jsonresume(doc)
        elif kind == "rendercv":
            source, label = templates.rendercv(doc, param)
        elif kind == "moderncv":
            source, label = templates.moderncv(doc, param)
        elif kind == "latex":
            source, label = templates.LATEX_WRITERS[param](doc)
        elif kind == "html":
            source, label = templates.HTML_WRITERS[param](doc)
        elif kind == "weasyprint":
            source, label = templates.weasyprint_timeline(doc)
        else:
            source, label = templates.docx_job(doc, param)
        docs.append({"stem": stem, "lang": lang, "source": source, "label": with_evidence(label, doc)})
    return docs


def render_family(family, docs, work):
    """Write each document's PDF to work/STEM.pdf; returns the log of failures."""
    kind, param, _, _ = FAMILIES[family]
    work.mkdir(parents=True, exist_ok=True)
    log = []
    if kind in ("jsonresume", "html"):
        if kind == "jsonresume":
            jobs = []
            for d in docs:
                (work / f"{d['stem']}.resume.json").write_text(json.dumps(d["source"], ensure_ascii=False))
                jobs.append([str(work / f"{d['stem']}.resume.json"), str(work / f"{d['stem']}.html")])
            (work / "node-jobs.json").write_text(json.dumps(jobs))
            # the script runs from the npm folder, so import() finds the theme (ES modules ignore NODE_PATH)
            script = TOOLS / "node" / "jsonresume_render.js"
            shutil.copy(HERE / "tools" / "jsonresume_render.js", script)
            env = dict(os.environ, NODE_PATH=str(NODE_MODULES))
            rc, out = run(["node", str(script), param, str(work / "node-jobs.json")], cwd=str(TOOLS / "node"), env=env)
            if rc:
                log.append(f"node: {out}")
        else:
            for d in docs:  # a page may link CSS from the npm folder (templates.html_bootstrap)
                (work / f"{d['stem']}.html").write_text(d["source"].replace("__NODE_MODULES__", str(NODE_MODULES)))
        jobs = [[str(work / f"{d['stem']}.html"), str(work / f"{d['stem']}.pdf"), {"format": "A4", "margin": "12mm"}]
                for d in docs if (work / f"{d['stem']}.html").exists()]
        (work / "print-jobs.json").write_text(json.dumps(jobs))
        rc, out = run([str(TOOLS_PY), str(HERE / "tools" / "print_html.py"), str(work / "print-jobs.json")])
        if rc:
            log.append(f"chromium: {out}")
    elif kind == "weasyprint":
        jobs = []
        for d in docs:
            (work / f"{d['stem']}.html").write_text(d["source"])
            jobs.append([str(work / f"{d['stem']}.html"), str(work / f"{d['stem']}.pdf")])
        (work / "weasyprint-jobs.json").write_text(json.dumps(jobs))
        rc, out = run([str(TOOLS_PY), str(HERE / "tools" / "print_weasyprint.py"), str(work / "weasyprint-jobs.json")])
        if rc:
            log.append(f"weasyprint: {out}")
    elif kind == "rendercv":
        jobs = []
        for d in docs:
            (work / f"{d['stem']}.rendercv.json").write_text(json.dumps(d["source"], ensure_ascii=False))
            jobs.append([str(work / f"{d['stem']}.rendercv.json"), str(work / f"{d['stem']}.pdf")])
        (work / "rendercv-jobs.json").write_text(json.dumps(jobs))
        env = dict(os.environ, XDG_CACHE_HOME=str(TOOLS / "cache"))  # the Typst stand-in (setup_tools.sh)
        rc, out = run([str(TOOLS_PY), str(HERE / "tools" / "rendercv_render.py"), str(work / "rendercv-jobs.json")],
                      env=env)
        if rc:
            log.append(f"rendercv: {out}")
    elif kind in ("moderncv", "latex"):
        for d in docs:
            (work / f"{d['stem']}.tex").write_text(d["source"])
            rc, out = run(["pdflatex", "-interaction=nonstopmode", "-halt-on-error", f"{d['stem']}.tex"],
                          cwd=str(work), timeout=120)
            if rc or not (work / f"{d['stem']}.pdf").exists():
                log.append(f"pdflatex {d['stem']}: {out[-800:]}")
                (work / f"{d['stem']}.pdf").unlink(missing_ok=True)
    elif kind == "docx":
        jobs = []
        for d in docs:
            (work / f"{d['stem']}.job.json").write_text(json.dumps(d["source"], ensure_ascii=False))
            jobs.append([str(work / f"{d['stem']}.job.json"), str(work / f"{d['stem']}.docx")])
        (work / "docx-jobs.json").write_text(json.dumps(jobs))
        rc, out = run([str(TOOLS_PY), str(HERE / "tools" / "docx_build.py"), str(work / "docx-jobs.json")])
        if rc:
            log.append(f"python-docx: {out}")
        files = [f"{d['stem']}.docx" for d in docs if (work / f"{d['stem']}.docx").exists()]
        profile = work / "lo-profile"
        rc, out = run(["soffice", f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                       "--outdir", str(work), *files], cwd=str(work))
        if rc:
            log.append(f"libreoffice: {out}")
    return log


def finish(family, docs, work, out):
    """Check each label against its PDF's text and write the pair; returns manifest rows."""
    dest = out / family
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    rows = []
    for d in docs:
        pdf = work / f"{d['stem']}.pdf"
        if not pdf.exists() or pdf.stat().st_size < 500:
            rows.append({"stem": d["stem"], "family": family, "ok": False})
            continue
        text = Text(pdf_text(pdf), pdf_uris(pdf))
        label, dropped = verify(d["label"], text)
        shutil.copy(pdf, dest / f"{d['stem']}.pdf")
        (dest / f"{d['stem']}.json").write_text(json.dumps(label, ensure_ascii=False, indent=1) + "\n")
        rows.append({"stem": d["stem"], "family": family, "ok": True, "lang": d["lang"], "split": split(family),
                     "dropped": [f"{k}: {v}" for k, v in dropped]})
    return rows


def build_family(family, n, seed, out, keep_work):
    t0 = time.monotonic()
    work = out / "_work" / family
    shutil.rmtree(work, ignore_errors=True)
    docs = make_docs(family, n, seed)
    log = render_family(family, docs, work)
    rows = finish(family, docs, work, out)
    if not keep_work:
        shutil.rmtree(work, ignore_errors=True)
    ok = sum(r["ok"] for r in rows)
    print(f"{family:<30} {ok:>3}/{n} documents  {time.monotonic() - t0:6.1f}s", flush=True)
    for line in log:
        print(f"  {family}: {line[:1500]}", file=sys.stderr)
    return rows, log


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--out", type=Path, default=ROOT / "var" / "corpus")
    ap.add_argument("--per-family", type=int, default=20)
    ap.add_argument("--seed", default="1")
    ap.add_argument("--families", nargs="*", help="only these families (default: all)")
    ap.add_argument("--jobs", type=int, default=2, help="families built at once")
    ap.add_argument("--keep-work", action="store_true", help="keep the templates' inputs in OUT/_work")
    args = ap.parse_args()
    args.out = args.out.resolve()
    families = args.families or list(FAMILIES)
    unknown = [f for f in families if f not in FAMILIES]
    if unknown:
        sys.exit(f"unknown families: {unknown}")
    args.out.mkdir(parents=True, exist_ok=True)
    t0 = time.monotonic()
    with ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda f: build_family(f, args.per_family, args.seed, args.out, args.keep_work),
                                families))
    rows = [r for rs, _ in results for r in rs]
    manifest_path = args.out / "manifest.json"
    old = json.loads(manifest_path.read_text()) if manifest_path.exists() and args.families else {"documents": []}
    # a partial build (--families) keeps the other families' rows; their split follows families.py as it is now
    keep = [dict(r, **({"split": split(r["family"])} if "split" in r else {}))
            for r in old.get("documents", []) if r["family"] not in families and r["family"] in FAMILIES]
    failed = [f for f in old.get("failed_families", []) if f not in families and f in FAMILIES]
    manifest = {"seed": args.seed, "per_family": args.per_family, "documents": keep + rows,
                "failed_families": failed + [f for f, (rs, _) in zip(families, results) if not any(r["ok"] for r in rs)],
                "seconds": round(time.monotonic() - t0, 1)}
    manifest_path.write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n")
    if not args.keep_work:
        shutil.rmtree(args.out / "_work", ignore_errors=True)
    ok = sum(r["ok"] for r in rows)
    print(f"{ok} documents in {len(families)} families, {manifest['seconds']}s -> {args.out}")
    if manifest["failed_families"]:
        print(f"families that produced nothing: {manifest['failed_families']}")


if __name__ == "__main__":
    main()
