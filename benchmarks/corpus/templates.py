"""Per-technology writers: a composed document (compose.py) -> the input a third-party template takes.

Each writer returns the source (a JSON Resume dict, a RenderCV dict, a LaTeX string, a docx job, an
HTML string) and the label before checking: it leaves out of the label what it does not hand to the
template (e.g. JSON Resume has no place for a class rank outside the score line).
"""

import html
import re

from compose import label_of, strip_marks


def _iso(label):
    return label if label and label != "present" else None


# ---------------------------------------------------------------- JSON Resume (npm themes)
def jsonresume(doc):
    """JSON Resume 1.0 dict, with the older theme fields (company, website, gpa) filled in too."""
    p = doc["person"]
    profiles = [{"network": ln["network"], "username": ln["username"], "url": ln["url"]}
                for ln in doc["links"] if ln["network"] != "Homepage"]
    home = next((ln["url"] for ln in doc["links"] if ln["network"] == "Homepage"), "")
    basics = {"name": doc["name"], "label": "", "email": doc["email"], "phone": doc["phone"], "url": home,
              "website": home, "summary": "", "location": {"city": p["city"], "countryCode": "", "region": ""},
              "profiles": profiles}
    work = []
    for x in doc["experience"]:
        lab = x["label"]
        w = {"name": x["organization"], "company": x["organization"], "position": x["title"],
             "startDate": _iso(lab["start"]) or "", "highlights": x["bullets"], "summary": ""}
        if _iso(lab["end"]):
            w["endDate"] = _iso(lab["end"])
        work.append(w)
    education = []
    for e in doc["education"]:
        lab = e["label"]
        score = ", ".join(s for s in (e["gpa_raw"], e["rank"] and f"Rank: {e['rank']}") if s)
        ed = {"institution": e["institution"], "area": e["field"], "studyType": e["degree"],
              "startDate": _iso(lab["start"]) or "", "score": score, "gpa": score, "courses": []}
        if _iso(lab["end"]):
            ed["endDate"] = _iso(lab["end"])
        education.append(ed)
    pubs = [{"name": pb["pub"]["title"], "publisher": pb["venue_text"], "releaseDate": str(pb["pub"]["year"]),
             "url": "", "summary": strip_marks(", ".join(pb["names"]))} for pb in doc["publications"]]
    skills = [{"name": g["category"], "level": "", "keywords": g["items"]} for g in doc["skills"]]
    awards = [{"title": a["text"], "date": str(a["year"]), "awarder": "", "summary": ""} for a in doc["awards"]]
    langs = [{"language": lang, "fluency": lvl} for lang, lvl in doc["spoken"]]
    resume = {"basics": basics, "work": work, "education": education, "publications": pubs, "skills": skills,
              "awards": awards, "languages": langs, "volunteer": [], "interests": [], "references": [],
              "projects": []}
    for e in doc["education"]:
        e["honors"] = []  # no place for them in JSON Resume
    return resume, label_of(doc)


# ---------------------------------------------------------------- RenderCV (PyPI, Typst)
def _md(s):
    """Markdown-safe text for RenderCV (its fields are Markdown)."""
    return s.replace("*", "").replace("_", "\\_") if s else s


def _valid_phone(number):
    try:
        import phonenumbers  # noqa: PLC0415 - RenderCV's own dependency, in the tools venv
    except ImportError:
        return True
    try:
        return phonenumbers.is_valid_number(phonenumbers.parse(number))
    except phonenumbers.NumberParseException:
        return False


def rendercv(doc, theme):
    h = doc["headings"]
    sections = {}
    sections[h["education"]] = [
        {"institution": e["institution"], "area": e["field"], "degree": e["degree"], "date": e["dates"],
         "highlights": [s for s in (e["gpa"], e["rank"], *[f"Honors: {x}" for x in e["honors"]]) if s]}
        for e in doc["education"]]
    sections[h["experience"]] = [
        {"company": x["organization"], "position": x["title"], "date": x["dates"], "location": x["location"] or None,
         "highlights": x["bullets"]} for x in doc["experience"]]
    if doc["publications"]:
        pubs = []
        for pb in doc["publications"]:
            names = [n.replace("*", "").replace("__", "**") for n in pb["names"]]
            names = [f"**{n.strip('*')}**" if n.startswith("**") else n for n in names]
            pubs.append({"title": pb["pub"]["title"], "authors": names, "journal": pb["venue_text"],
                         "date": str(pb["pub"]["year"])})
        sections[h["publications"]] = pubs
    if doc["skills"]:
        # a bare "C++" loses its "++" in RenderCV's Markdown; escaped, it prints as written
        sections[h["skills"]] = [{"label": g["category"], "details": ", ".join(g["items"]).replace("+", "\\+")}
                                 for g in doc["skills"]]
    if doc["awards"]:
        sections[h["awards"]] = [{"bullet": f"{a['text']} ({a['year']})"} for a in doc["awards"]]
    cv = {"name": doc["name"], "email": doc["email"], "phone": "+" + re.sub(r"\D", "", doc["phone_label"])
          if doc["phone_label"].startswith("+") else None, "sections": sections}
    if cv["phone"] is not None and not _valid_phone(cv["phone"]):
        cv["phone"] = None  # RenderCV refuses a number outside the numbering plan; leave it out
    if cv["phone"] is None:
        del cv["phone"]
    socials = []
    for ln in doc["links"]:
        if ln["network"] == "Homepage":
            cv["website"] = ln["url"]
        else:
            socials.append({"network": ln["network"], "username": ln["username"]})
    if socials:
        cv["social_networks"] = socials
    for e in doc["education"]:
        for pb in doc["publications"]:
            for a in pb["pub"]["authors"]:
                a.pop("equal", None)
    lab = label_of(doc)
    if "phone" not in cv:
        lab["phones"] = []
    for pb in lab["publications"]:
        pass
    return {"cv": cv, "design": {"theme": theme}}, lab


# ---------------------------------------------------------------- LaTeX (Debian texlive classes)
TEX_ESC = {"&": r"\&", "%": r"\%", "$": r"\$", "#": r"\#", "_": r"\_", "{": r"\{", "}": r"\}",
           "~": r"\textasciitilde{}", "^": r"\textasciicircum{}", "\\": r"\textbackslash{}", "†": r"\textdagger{}",
           "\u201c": "``", "\u201d": "''"}


def tex(s):
    return "".join(TEX_ESC.get(ch, ch) for ch in (s or ""))


def tex_marked(s):
    out = tex(s)
    out = re.sub(r"\*\*(.+?)\*\*", r"\\textbf{\1}", out)
    out = re.sub(r"\\_\\_(.+?)\\_\\_", r"\\underline{\1}", out)
    return out


def moderncv(doc, style):
    p = doc["person"]
    h = doc["headings"]
    L = [r"\documentclass[11pt,a4paper,sans]{moderncv}", rf"\moderncvstyle{{{style}}}",
         r"\moderncvcolor{" + {"classic": "blue", "casual": "green", "banking": "black", "oldstyle": "burgundy",
                               "fancy": "grey"}[style] + "}",
         r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}", r"\usepackage{lmodern}", r"\usepackage[scale=0.82]{geometry}",
         rf"\name{{{tex(p['given'])}}}{{{tex(p['family'])}}}"]
    L.append(rf"\phone[mobile]{{{tex(doc['phone'])}}}")
    L.append(rf"\email{{{tex(doc['email'])}}}")
    for ln in doc["links"]:
        if ln["network"] == "Homepage":
            L.append(rf"\homepage{{{tex(ln['printed'])}}}")
        else:
            L.append(rf"\social[{ln['network'].lower()}]{{{tex(ln['username'])}}}")
    L += [r"\begin{document}", r"\makecvtitle"]
    L.append(rf"\section{{{tex(h['education'])}}}")
    for e in doc["education"]:
        extra = ", ".join(tex(s) for s in (e["gpa"], e["rank"]) if s)
        desc = tex("; ".join(e["honors"]))
        L.append(rf"\cventry{{{tex(e['dates'])}}}{{{tex(e['degree'])}}}{{{tex(e['institution'])}}}"
                 rf"{{{tex(e['field'])}}}{{{extra}}}{{{desc}}}")
    L.append(rf"\section{{{tex(h['experience'])}}}")
    for x in doc["experience"]:
        bullets = r"\begin{itemize}" + "".join(rf"\item {tex(b)}" for b in x["bullets"]) + r"\end{itemize}"
        L.append(rf"\cventry{{{tex(x['dates'])}}}{{{tex(x['title'])}}}{{{tex(x['organization'])}}}"
                 rf"{{{tex(x['location'])}}}{{}}{{{bullets}}}")
    if doc["publications"]:
        L.append(rf"\section{{{tex(h['publications'])}}}")
        for pb in doc["publications"]:
            L.append(rf"\cvitem{{}}{{{tex_marked(pb['text'])}}}")
        if doc["equal_note"]:
            L.append(r"\cvitem{}{\small * equal contribution}")
    if doc["skills"]:
        L.append(rf"\section{{{tex(h['skills'])}}}")
        for g in doc["skills"]:
            L.append(rf"\cvitem{{{tex(g['category'])}}}{{{tex(', '.join(g['items']))}}}")
    if doc["awards"]:
        L.append(rf"\section{{{tex(h['awards'])}}}")
        for a in doc["awards"]:
            L.append(rf"\cvitem{{{a['year']}}}{{{tex(a['text'])}}}")
    L.append(r"\end{document}")
    return "\n".join(L) + "\n", label_of(doc)


# ---------------------------------------------------------------- HTML (Chromium)
def _h(s):
    return html.escape(s or "")


def _h_marked(s):
    out = _h(s)
    out = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", out)
    return re.sub(r"__(.+?)__", r"<u>\1</u>", out)


CSS_ACADEMIC = """
body{font-family:'Noto Serif','Noto Serif CJK SC','DejaVu Serif',serif;font-size:10.5pt;margin:0;color:#111}
h1{font-size:20pt;margin:0 0 2pt 0;text-align:center} .contact{text-align:center;margin-bottom:8pt}
h2{font-size:12pt;border-bottom:1px solid #333;margin:10pt 0 4pt 0;text-transform:uppercase}
.row{display:flex;justify-content:space-between} .sub{font-style:italic} ol{padding-left:16pt;margin:0}
li{margin-bottom:3pt} ul{margin:2pt 0;padding-left:16pt}
"""
CSS_SIDEBAR = """
body{font-family:'Noto Sans','Noto Sans CJK SC','DejaVu Sans',sans-serif;font-size:9.5pt;margin:0;color:#222}
.grid{display:grid;grid-template-columns:30% 70%;gap:0 14pt}
.side{background:#eef2f6;padding:10pt} .main{padding:6pt 0}
h1{font-size:18pt;margin:0 0 6pt 0;color:#1b4f8a} h2{font-size:11pt;color:#1b4f8a;margin:10pt 0 3pt 0}
.entry{margin-bottom:6pt} .date{color:#666;font-size:8.5pt} .t{font-weight:bold}
ul{margin:2pt 0;padding-left:14pt} p{margin:1pt 0}
"""


def html_academic(doc):
    h = doc["headings"]
    out = [f"<html><head><meta charset='utf-8'><style>{CSS_ACADEMIC}</style></head><body>",
           f"<h1>{_h(doc['name'])}</h1><div class='contact'>"
           + " &middot; ".join([_h(doc["email"]), _h(doc["phone"])] + [_h(ln["printed"]) for ln in doc["links"]])
           + "</div>", f"<h2>{_h(h['education'])}</h2>"]
    for e in doc["education"]:
        deg = f"{_h(e['degree'])}, {_h(e['field'])}" if doc["lang"] != "zh" else f"{_h(e['field'])} {_h(e['degree'])}"
        extra = " | ".join(_h(s) for s in (e["gpa"], e["rank"]) if s)
        out.append(f"<div class='row'><b>{_h(e['institution'])}</b><span>{_h(e['dates'])}</span></div>"
                   f"<div class='sub'>{deg}{' &mdash; ' + extra if extra else ''}</div>"
                   + "".join(f"<div>{_h(x)}</div>" for x in e["honors"]))
    out.append(f"<h2>{_h(h['experience'])}</h2>")
    for x in doc["experience"]:
        out.append(f"<div class='row'><span><b>{_h(x['title'])}</b>, {_h(x['organization'])}</span>"
                   f"<span>{_h(x['dates'])}</span></div><ul>" + "".join(f"<li>{_h(b)}</li>" for b in x["bullets"])
                   + "</ul>")
    if doc["publications"]:
        out.append(f"<h2>{_h(h['publications'])}</h2><ol>")
        out += [f"<li>{_h_marked(pb['text'])}</li>" for pb in doc["publications"]]
        out.append("</ol>")
        if doc["equal_note"]:
            out.append("<div><small>* Equal contribution. † Corresponding author.</small></div>")
    if doc["skills"]:
        out.append(f"<h2>{_h(h['skills'])}</h2>")
        out += [f"<div><b>{_h(g['category'])}:</b> {_h(', '.join(g['items']))}</div>" for g in doc["skills"]]
    if doc["awards"]:
        out.append(f"<h2>{_h(h['awards'])}</h2><ul>")
        out += [f"<li>{_h(a['text'])}, {a['year']}</li>" for a in doc["awards"]]
        out.append("</ul>")
    out.append("</body></html>")
    return "\n".join(out), label_of(doc)


def html_sidebar(doc):
    h = doc["headings"]
    side = [f"<h1>{_h(doc['name'])}</h1>", f"<p>{_h(doc['email'])}</p>", f"<p>{_h(doc['phone'])}</p>"]
    side += [f"<p>{_h(ln['printed'])}</p>" for ln in doc["links"]]
    if doc["skills"]:
        side.append(f"<h2>{_h(h['skills'])}</h2>")
        for g in doc["skills"]:
            side.append(f"<p class='t'>{_h(g['category'])}</p><p>{_h(' · '.join(g['items']))}</p>")
    if doc["awards"]:
        side.append(f"<h2>{_h(h['awards'])}</h2>")
        side += [f"<p>{_h(a['text'])}</p>" for a in doc["awards"]]
    main = [f"<h2>{_h(h['education'])}</h2>"]
    for e in doc["education"]:
        main.append(f"<div class='entry'><div class='t'>{_h(e['institution'])}</div><div>{_h(e['degree'])} "
                    f"{'in ' if doc['lang'] == 'en' else ''}{_h(e['field'])}</div><div class='date'>{_h(e['dates'])}"
                    "</div>" + "".join(f"<div>{_h(s)}</div>" for s in (e["gpa"], e["rank"], *e["honors"]) if s)
                    + "</div>")
    main.append(f"<h2>{_h(h['experience'])}</h2>")
    for x in doc["experience"]:
        main.append(f"<div class='entry'><div class='t'>{_h(x['organization'])}</div><div>{_h(x['title'])}</div>"
                    f"<div class='date'>{_h(x['dates'])}</div><ul>"
                    + "".join(f"<li>{_h(b)}</li>" for b in x["bullets"]) + "</ul></div>")
    if doc["publications"]:
        main.append(f"<h2>{_h(h['publications'])}</h2>")
        main += [f"<p class='entry'>[{i + 1}] {_h_marked(pb['text'])}</p>" for i, pb in enumerate(doc["publications"])]
    body = f"<div class='grid'><div class='side'>{''.join(side)}</div><div class='main'>{''.join(main)}</div></div>"
    page = f"<html><head><meta charset='utf-8'><style>{CSS_SIDEBAR}</style></head><body>{body}</body></html>"
    # awards in the sidebar are printed; education honours are printed in the main column
    return page, label_of(doc)


# ---------------------------------------------------------------- Word (python-docx, printed by LibreOffice)
def docx_job(doc, layout):
    """A plain-data description docx_build.py turns into a .docx (python-docx lives in the tools venv)."""
    h = doc["headings"]
    blocks = [("title", doc["name"]),
              ("contact", " | ".join([doc["email"], doc["phone"]] + [ln["printed"] for ln in doc["links"]]))]
    blocks.append(("heading", h["education"]))
    for e in doc["education"]:
        blocks.append(("entry", e["institution"], e["dates"]))
        blocks.append(("line", ", ".join(s for s in (e["degree"], e["field"]) if s)))
        for s in (e["gpa"], e["rank"], *e["honors"]):
            if s:
                blocks.append(("line", s))
    blocks.append(("heading", h["experience"]))
    for x in doc["experience"]:
        blocks.append(("entry", x["organization"], x["dates"]))
        blocks.append(("italic", x["title"]))
        for b in x["bullets"]:
            blocks.append(("bullet", b))
    if doc["publications"]:
        blocks.append(("heading", h["publications"]))
        for i, pb in enumerate(doc["publications"]):
            blocks.append(("marked", f"[{i + 1}] " + pb["text"]))
    if doc["skills"]:
        blocks.append(("heading", h["skills"]))
        for g in doc["skills"]:
            blocks.append(("keyval", g["category"], ", ".join(g["items"])))
    if doc["awards"]:
        blocks.append(("heading", h["awards"]))
        for a in doc["awards"]:
            blocks.append(("entry", a["text"], str(a["year"])))
    job = {"layout": layout, "lang": doc["lang"], "blocks": blocks}
    if layout == "sidebar":
        job["side"] = [h["skills"], h["awards"]]  # these sections go to the narrow left cell
    return job, label_of(doc)


# ---------------------------------------------------------------- more LaTeX classes (Debian texlive)
LATEX_HEAD = [r"\usepackage[utf8]{inputenc}", r"\usepackage[T1]{fontenc}", r"\usepackage{lmodern}",
              r"\usepackage{textcomp}"]


def _edu_text(e):
    main = ", ".join(tex(s) for s in (e["degree"], e["field"]) if s)
    extra = "; ".join(tex(s) for s in (e["gpa"], e["rank"], *e["honors"]) if s)
    return main, extra


def _contact_lines(doc):
    return [tex(doc["email"]), tex(doc["phone"])] + [tex(ln["printed"]) for ln in doc["links"]]


def simplecv(doc):
    """simplecv class: dates in a left topic margin, publications as its thebibliography."""
    h = doc["headings"]
    c = _contact_lines(doc)
    L = [r"\documentclass[11pt,a4paper]{simplecv}", *LATEX_HEAD, r"\usepackage[margin=2cm]{geometry}",
         rf"\title{{{tex(doc['name'])}}}", r"\leftheader{" + r"\\".join(c[:2]) + "}",
         r"\rightheader{" + (r"\\".join(c[2:]) or " ") + "}", r"\begin{document}", r"\maketitle"]
    L.append(rf"\section{{{tex(h['education'])}}}\begin{{topic}}")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        L.append(rf"\item[{tex(e['dates'])}] \textbf{{{tex(e['institution'])}}}\\ {main}" + (rf"\\ {extra}" if extra else ""))
    L.append(r"\end{topic}")
    L.append(rf"\section{{{tex(h['experience'])}}}\begin{{topic}}")
    for x in doc["experience"]:
        L.append(rf"\item[{tex(x['dates'])}] \textbf{{{tex(x['title'])}}}, {tex(x['organization'])}\\ "
                 + " ".join(tex(b) for b in x["bullets"]))
    L.append(r"\end{topic}")
    if doc["publications"]:
        L.append(rf"\section{{{tex(h['publications'])}}}")
        L.append(r"\begin{thebibliography}{99}")
        for i, pb in enumerate(doc["publications"]):
            L.append(rf"\bibitem{{p{i}}} {tex_marked(pb['text'])}")
        L.append(r"\end{thebibliography}")
    if doc["skills"]:
        L.append(rf"\section{{{tex(h['skills'])}}}\begin{{topic}}")
        for g in doc["skills"]:
            L.append(rf"\item[{tex(g['category'])}] {tex(', '.join(g['items']))}")
        L.append(r"\end{topic}")
    if doc["awards"]:
        L.append(rf"\section{{{tex(h['awards'])}}}\begin{{topic}}")
        for a in doc["awards"]:
            L.append(rf"\item[{a['year']}] {tex(a['text'])}")
        L.append(r"\end{topic}")
    L.append(r"\end{document}")
    return "\n".join(L) + "\n", label_of(doc)


def currvita(doc):
    """currvita package on article: cvlist environments with dates as item labels."""
    h = doc["headings"]
    L = [r"\documentclass[10pt,a4paper]{article}", *LATEX_HEAD, r"\usepackage[NoDate]{currvita}",
         r"\usepackage[margin=2.2cm]{geometry}", r"\begin{document}",
         r"\begin{cv}{" + tex(doc["name"]) + r"}", r"\begin{cvlist}{}",
         r"\item " + r" \textbullet{} ".join(_contact_lines(doc)), r"\end{cvlist}"]
    L.append(rf"\begin{{cvlist}}{{{tex(h['education'])}}}")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        L.append(rf"\item[{tex(e['dates'])}] {main}, \textit{{{tex(e['institution'])}}}" + (rf". {extra}" if extra else ""))
    L.append(r"\end{cvlist}")
    L.append(rf"\begin{{cvlist}}{{{tex(h['experience'])}}}")
    for x in doc["experience"]:
        L.append(rf"\item[{tex(x['dates'])}] {tex(x['title'])}, \textit{{{tex(x['organization'])}}}\newline "
                 + " ".join(tex(b) for b in x["bullets"]))
    L.append(r"\end{cvlist}")
    if doc["publications"]:
        L.append(rf"\begin{{cvlist}}{{{tex(h['publications'])}}}")
        for pb in doc["publications"]:
            L.append(rf"\item {tex_marked(pb['text'])}")
        L.append(r"\end{cvlist}")
    if doc["skills"]:
        L.append(rf"\begin{{cvlist}}{{{tex(h['skills'])}}}")
        for g in doc["skills"]:
            L.append(rf"\item[{tex(g['category'])}] {tex(', '.join(g['items']))}")
        L.append(r"\end{cvlist}")
    if doc["awards"]:
        L.append(rf"\begin{{cvlist}}{{{tex(h['awards'])}}}")
        for a in doc["awards"]:
            L.append(rf"\item[{a['year']}] {tex(a['text'])}")
        L.append(r"\end{cvlist}")
    L += [r"\end{cv}", r"\end{document}"]
    return "\n".join(L) + "\n", label_of(doc)


def europasscv(doc):
    """europasscv class (the Europass layout): a section per block, dates left, text right."""
    h = doc["headings"]
    babel = "english"  # Debian's texlive-lang-* are not installed; the headings carry the document's language
    L = [rf"\documentclass[{babel},a4paper]{{europasscv}}", r"\usepackage[" + babel + "]{babel}", *LATEX_HEAD,
         rf"\ecvname{{{tex(doc['name'])}}}", rf"\ecvmobile{{{tex(doc['phone'])}}}", rf"\ecvemail{{{tex(doc['email'])}}}"]
    for ln in doc["links"]:
        if ln["network"] == "Homepage":
            L.append(rf"\ecvhomepage{{{tex(ln['printed'])}}}")
        elif ln["network"] == "GitHub":
            L.append(rf"\ecvgithubpage{{{tex(ln['printed'])}}}")
        else:
            L.append(rf"\ecvlinkedinpage{{{tex(ln['printed'])}}}")
    L += [r"\begin{document}", r"\begin{europasscv}", r"\ecvpersonalinfo"]
    L.append(rf"\ecvsection{{{tex(h['experience'])}}}")
    for x in doc["experience"]:
        L.append(rf"\ecvtitle{{{tex(x['dates'])}}}{{{tex(x['title'])}}}")
        L.append(rf"\ecvitem{{}}{{{tex(x['organization'])}}}")
        L.append(r"\ecvitem{}{" + " ".join(tex(b) for b in x["bullets"]) + "}")
    L.append(rf"\ecvsection{{{tex(h['education'])}}}")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        L.append(rf"\ecvtitle{{{tex(e['dates'])}}}{{{main}}}")
        L.append(rf"\ecvitem{{}}{{{tex(e['institution'])}}}")
        if extra:
            L.append(rf"\ecvitem{{}}{{{extra}}}")
    if doc["publications"]:
        L.append(rf"\ecvsection{{{tex(h['publications'])}}}")
        for pb in doc["publications"]:
            L.append(rf"\ecvitem{{}}{{{tex_marked(pb['text'])}}}")
    if doc["skills"]:
        L.append(rf"\ecvsection{{{tex(h['skills'])}}}")
        for g in doc["skills"]:
            L.append(rf"\ecvitem{{{tex(g['category'])}}}{{{tex(', '.join(g['items']))}}}")
    if doc["awards"]:
        L.append(rf"\ecvsection{{{tex(h['awards'])}}}")
        for a in doc["awards"]:
            L.append(rf"\ecvitem{{{a['year']}}}{{{tex(a['text'])}}}")
    L += [r"\end{europasscv}", r"\end{document}"]
    return "\n".join(L) + "\n", label_of(doc)


LATEX_WRITERS = {"simplecv": simplecv, "currvita": currvita, "europasscv": europasscv}


# ---------------------------------------------------------------- LaTeX classes added 2026-11-29 (held-out)
def europecv(doc):
    """europecv class (the older Europass CV class, not europasscv): a ruled two-column longtable."""
    h = doc["headings"]
    # the class loads hyperref at \begin{document}, which TeX Live 2022 refuses; loaded here first it is a no-op there
    L = [r"\documentclass[english,a4paper,nologo,noflag]{europecv}", r"\usepackage[english]{babel}", *LATEX_HEAD,
         r"\usepackage{graphicx}", r"\usepackage{hyperref}", r"\usepackage[margin=1.8cm]{geometry}",
         rf"\ecvname{{{tex(doc['name'])}}}", rf"\ecvtelephone{{{tex(doc['phone'])}}}", rf"\ecvemail{{{tex(doc['email'])}}}"]
    links = [tex(ln["printed"]) for ln in doc["links"]]
    if links:
        L.append(r"\ecvhomepage{" + r"\newline ".join(links) + "}")
    L += [r"\begin{document}", r"\begin{europecv}", r"\ecvpersonalinfo"]
    L.append(rf"\ecvsection{{{tex(h['education'])}}}")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        L.append(rf"\ecvitem{{{tex(e['dates'])}}}{{\textbf{{{tex(e['institution'])}}}}}")
        L.append(rf"\ecvitem{{}}{{{main}}}")
        if extra:
            L.append(rf"\ecvitem{{}}{{{extra}}}")
    L.append(rf"\ecvsection{{{tex(h['experience'])}}}")
    for x in doc["experience"]:
        L.append(rf"\ecvitem{{{tex(x['dates'])}}}{{\textbf{{{tex(x['title'])}}}}}")
        L.append(rf"\ecvitem{{}}{{{tex(x['organization'])}}}")
        L.append(r"\ecvitem{}{" + " ".join(tex(b) for b in x["bullets"]) + "}")
    if doc["publications"]:
        L.append(rf"\ecvsection{{{tex(h['publications'])}}}")
        for i, pb in enumerate(doc["publications"]):
            L.append(rf"\ecvitem{{[{i + 1}]}}{{{tex_marked(pb['text'])}}}")
    if doc["skills"]:
        L.append(rf"\ecvsection{{{tex(h['skills'])}}}")
        for g in doc["skills"]:
            L.append(rf"\ecvitem{{{tex(g['category'])}}}{{{tex(', '.join(g['items']))}}}")
    if doc["awards"]:
        L.append(rf"\ecvsection{{{tex(h['awards'])}}}")
        for a in doc["awards"]:
            L.append(rf"\ecvitem{{{a['year']}}}{{{tex(a['text'])}}}")
    L += [r"\end{europecv}", r"\end{document}"]
    return "\n".join(L) + "\n", label_of(doc)


def tucv(doc):
    """tucv package (University of Tulsa CV style): grey heading bars, entries with a narrow date column."""
    h = doc["headings"]
    L = [r"\documentclass[10pt,letterpaper]{article}", *LATEX_HEAD, r"\usepackage[pagesetup]{tucv}",
         r"\begin{document}", r"\begin{center}{\LARGE\textbf{" + tex(doc["name"]) + r"}}\\[4pt]",
         r" $\cdot$ ".join(_contact_lines(doc)), r"\end{center}"]
    L.append(rf"\resheading{{{tex(h['education'])}}}")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        L.append(rf"\resschool[{main}]{{{tex(e['institution'])}}}{{{tex(e['dates'])}}}")
        if extra:
            L.append(rf"\ressubentrysinglecol{{{extra}}}")
    L.append(rf"\resheading{{{tex(h['experience'])}}}")
    for x in doc["experience"]:
        L.append(rf"\resemployer[{tex(x['title'])}]{{{tex(x['organization'])}}}{{{tex(x['dates'])}}}")
        L.append(r"\ressubentrysinglecol{\begin{itemize}" + "".join(rf"\item {tex(b)}" for b in x["bullets"])
                 + r"\end{itemize}}")
    if doc["publications"]:
        L.append(rf"\resheading{{{tex(h['publications'])}}}")
        for i, pb in enumerate(doc["publications"]):
            L.append(rf"\resbib{{[{i + 1}]}}{{{tex_marked(pb['text'])}}}")
    if doc["skills"]:
        L.append(rf"\resheading{{{tex(h['skills'])}}}")
        for g in doc["skills"]:
            L.append(rf"\resdesc{{{tex(g['category'])}:}}{{{tex(', '.join(g['items']))}}}")
    if doc["awards"]:
        L.append(rf"\resheading{{{tex(h['awards'])}}}")
        for a in doc["awards"]:
            L.append(rf"\resentry{{{tex(a['text'])}}}{{{a['year']}}}")
    L.append(r"\end{document}")
    return "\n".join(L) + "\n", label_of(doc)


# \timelineitem ends with \vspace{-1cm} (made for one-line items); with longer items the next one would be
# printed over it, so each is followed by as much space back
UNDO_PULL = r"\par\vspace{1cm}"


def harnoncv(doc):
    """harnon-cv class: a header of name and contacts, sections whose entries hang off a timeline."""
    h = doc["headings"]
    links = [tex(ln["printed"]) for ln in doc["links"]]
    L = [r"\documentclass{harnon-cv}", r"\usepackage[utf8]{inputenc}", r"\usepackage{textcomp}", r"\usepackage{url}",
         # the class prints a stray "l" before \youremail (l\small\@youremail): the e-mail goes with the links
         rf"\author{{{tex(doc['name'])}}}", rf"\yournumber{{{tex(doc['phone'])}}}",
         r"\youraddress{" + r"\\ ".join([tex(doc["email"]), *links]) + "}", r"\begin{document}", r"\maketitle"]
    L.append(rf"\addheadertext{{{tex(h['education'])}}}\starttimeline")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        body = rf"\addsubheader{{{tex(e['institution'])}}}\addcallout{{{main}}}" + (rf"\par {extra}" if extra else "")
        L.append(rf"\timelineitem{{{tex(e['dates'])}}}{{{body}}}" + UNDO_PULL)
    L.append(r"\stoptimeline")
    L.append(rf"\addheadertext{{{tex(h['experience'])}}}\starttimeline")
    for x in doc["experience"]:
        body = (rf"\addsubheader{{{tex(x['title'])}}}\addcallout{{{tex(x['organization'])}}}\par"
                + "".join(rf"\addtimelinebullet{{{tex(b)}}}" for b in x["bullets"]))
        L.append(rf"\timelineitem{{{tex(x['dates'])}}}{{{body}}}" + UNDO_PULL)
    L.append(r"\stoptimeline")
    if doc["publications"]:
        L.append(rf"\addheadertext{{{tex(h['publications'])}}}")
        L.append(r"\begin{enumerate}" + "".join(rf"\item {tex_marked(pb['text'])}" for pb in doc["publications"])
                 + r"\end{enumerate}")
    if doc["skills"]:
        L.append(rf"\addheadertext{{{tex(h['skills'])}}}")
        L.append(r"\begin{itemize}" + "".join(rf"\listitem{{{tex(g['category'])}}} {tex(', '.join(g['items']))}"
                                             for g in doc["skills"]) + r"\end{itemize}")
    if doc["awards"]:
        L.append(rf"\addheadertext{{{tex(h['awards'])}}}\starttimeline")
        for a in doc["awards"]:
            L.append(rf"\timelineitem{{{a['year']}}}{{{tex(a['text'])}}}" + UNDO_PULL)
        L.append(r"\stoptimeline")
    L.append(r"\end{document}")
    return "\n".join(L) + "\n", label_of(doc)


LATEX_WRITERS.update({"europecv": europecv, "tucv": tucv, "harnoncv": harnoncv})


# ---------------------------------------------------------------- HTML printed by WeasyPrint (added 2026-11-29)
CSS_TIMELINE = """
@page{size:A4;margin:14mm 15mm}
body{font-family:'Liberation Sans','Noto Sans CJK SC','DejaVu Sans',sans-serif;font-size:9.5pt;color:#1d1d1d;margin:0}
header{background:#24364b;color:#fff;padding:10pt 12pt;margin-bottom:8pt}
header h1{margin:0;font-size:19pt;letter-spacing:1pt} header p{margin:3pt 0 0 0;font-size:8.5pt}
h2{font-size:10.5pt;color:#24364b;text-transform:uppercase;letter-spacing:1.5pt;border-bottom:2px solid #c0392b;
   margin:10pt 0 4pt 0;padding-bottom:1pt}
table.tl{width:100%;border-collapse:collapse} table.tl td{vertical-align:top;padding:2pt 4pt 5pt 0}
td.when{width:24%;color:#555;font-size:8.5pt;text-align:right;padding-right:10pt;border-right:1px solid #bbb}
td.what{padding-left:10pt} .org{font-weight:bold} .role{font-style:italic}
ul{margin:2pt 0 0 0;padding-left:12pt} .kv b{display:inline-block;min-width:30%}
"""


def weasyprint_timeline(doc):
    h = doc["headings"]
    contacts = [doc["email"], doc["phone"]] + [ln["printed"] for ln in doc["links"]]
    out = [f"<html><head><meta charset='utf-8'><style>{CSS_TIMELINE}</style></head><body>",
           f"<header><h1>{_h(doc['name'])}</h1><p>{' | '.join(_h(c) for c in contacts)}</p></header>"]

    def rows(items):
        return "<table class='tl'>" + "".join(f"<tr><td class='when'>{w}</td><td class='what'>{t}</td></tr>"
                                              for w, t in items) + "</table>"

    out.append(f"<h2>{_h(h['education'])}</h2>")
    items = []
    for e in doc["education"]:
        deg = ", ".join(_h(s) for s in (e["degree"], e["field"]) if s)
        extra = " · ".join(_h(s) for s in (e["gpa"], e["rank"], *e["honors"]) if s)
        items.append((_h(e["dates"]), f"<div class='org'>{_h(e['institution'])}</div><div class='role'>{deg}</div>"
                      + (f"<div>{extra}</div>" if extra else "")))
    out.append(rows(items))
    out.append(f"<h2>{_h(h['experience'])}</h2>")
    out.append(rows([(_h(x["dates"]), f"<div><span class='role'>{_h(x['title'])}</span> &mdash; "
                      f"<span class='org'>{_h(x['organization'])}</span></div><ul>"
                      + "".join(f"<li>{_h(b)}</li>" for b in x["bullets"]) + "</ul>") for x in doc["experience"]]))
    if doc["publications"]:
        out.append(f"<h2>{_h(h['publications'])}</h2>")
        out.append(rows([(str(pb["pub"]["year"]), _h_marked(pb["text"])) for pb in doc["publications"]]))
    if doc["skills"]:
        out.append(f"<h2>{_h(h['skills'])}</h2>")
        out += [f"<div class='kv'><b>{_h(g['category'])}</b> {_h(', '.join(g['items']))}</div>" for g in doc["skills"]]
    if doc["awards"]:
        out.append(f"<h2>{_h(h['awards'])}</h2>")
        out.append(rows([(str(a["year"]), _h(a["text"])) for a in doc["awards"]]))
    out.append("</body></html>")
    return "\n".join(out), label_of(doc)


# ---------------------------------------------------------------- added 2026-11-29, second batch (held out)
def readablecv(doc):
    """ReadableCV class (memoir): a right-aligned header with marvosym icons, a 3 cm date column,
    'Role outline' paragraphs and a three-column skills grid (\\addSkills)."""
    h = doc["headings"]
    links = r" \quad ".join(tex(ln["printed"]) for ln in doc["links"])
    # the body is T1 Computer Modern, drawn from bitmap fonts (no cm-super here) whose ligatures have no text:
    # Latin Modern for the body instead (the headings stay in the class's Roboto Thin)
    L = [r"\documentclass[a4paper]{ReadableCV}", r"\usepackage[utf8]{inputenc}", r"\usepackage{textcomp}",
         r"\renewcommand{\rmdefault}{lmr}",
         rf"\setYourName{{{tex(doc['name'])}}}", rf"\setYourMobileNo{{{tex(doc['phone'])}}}",
         rf"\setYourEmailAddr{{{tex(doc['email'])}}}", rf"\setYourWebAddr{{{links}}}",
         r"\setHeadingColours{SteelBlue4}", r"\begin{document}", r"\showHeader"]
    L.append(rf"\newHeading{{{tex(h['experience'])}}}{{}}")
    for x in doc["experience"]:
        L.append(rf"\newRole{{{tex(x['dates'])}}}{{{tex(x['title'])}}}{{{tex(x['organization'])}}}"
                 rf"{{{' '.join(tex(b) for b in x['bullets'])}}}")
    L.append(rf"\newHeading{{{tex(h['education'])}}}{{}}")
    for e in doc["education"]:
        # \newCourse prints "degree (awarding body)" in one unbreakable cell: the field and grades go below
        extra = "; ".join(tex(s) for s in (e["field"], e["gpa"], e["rank"], *e["honors"]) if s)
        L.append(rf"\newCourse{{{tex(e['dates'])}}}{{{tex(e['degree'] or e['field'])}}}{{{tex(e['institution'])}}}{{}}")
        if extra:
            L.append(r"\par\begin{tabular}{@{}p{3cm} p{13.5cm}} & " + extra + r"\end{tabular}")
    if doc["publications"]:
        L.append(rf"\newHeading{{{tex(h['publications'])}}}{{}}")
        L.append(r"\begin{enumerate}" + "".join(rf"\item {tex_marked(pb['text'])}" for pb in doc["publications"])
                 + r"\end{enumerate}")
    if doc["skills"]:
        L.append(rf"\newHeading{{{tex(h['skills'])}}}{{}}")
        for g in doc["skills"]:
            L.append(rf"\noindent\textit{{{tex(g['category'])}}}")
            items = [tex(s) for s in g["items"]]
            for i in range(0, len(items), 9):
                chunk = items[i:i + 9] + [""] * (9 - len(items[i:i + 9]))
                L.append(r"\addSkills" + "".join(f"{{{s}}}" for s in chunk))
    if doc["awards"]:
        L.append(rf"\newHeading{{{tex(h['awards'])}}}{{}}")
        L.append(r"\noindent\begin{tabular}{@{}p{3cm} p{13.5cm}}"
                 + r"\\".join(rf"\textbf{{{a['year']}}} & {tex(a['text'])}" for a in doc["awards"]) + r"\end{tabular}")
    L.append(r"\end{document}")
    return "\n".join(L) + "\n", label_of(doc)


def _no_stop(s):
    return s[:-1] if s.endswith(".") else s


def esieecv(doc):
    """ESIEEcv package (ESIEE Paris, 1997): 'rubrique' tables with a 3 cm date column, the place and the
    title in small capitals followed by a full stop, contributions as italic triangle-bulleted lines."""
    h = doc["headings"]
    L = [r"\documentclass[11pt,a4paper]{article}", *LATEX_HEAD, r"\usepackage[margin=2cm]{geometry}",
         r"\usepackage{ESIEEcv}", r"\begin{document}",
         r"\begin{center}{\LARGE\textbf{" + tex(doc["name"]) + r"}}\\[3pt]",
         r" \textbullet{} ".join(_contact_lines(doc)), r"\end{center}\par"]

    def sub(date=None, lieu=None, titre=None, descr=None, comp=None, apports=()):
        out = [r"\begin{sousrubrique}"]
        for cmd, v in (("Date", date), ("Lieu", lieu), ("Titre", titre), ("Descr", descr), ("Competence", comp)):
            if v:
                out.append(rf"\{cmd}{{{v}}}")
        out += [rf"\Apport{{{a}}}" for a in apports]
        return "".join(out) + r"\end{sousrubrique}"

    L.append(rf"\begin{{rubrique}}{{{tex(h['education'])}}}")
    for e in doc["education"]:
        main, extra = _edu_text(e)
        L.append(sub(tex(e["dates"]), tex(e["institution"]), main, extra))
    L.append(r"\end{rubrique}")
    L.append(rf"\begin{{rubrique}}{{{tex(h['experience'])}}}")
    for x in doc["experience"]:
        # the package ends every contribution with a full stop of its own
        L.append(sub(tex(x["dates"]), tex(x["organization"]), tex(x["title"]),
                     apports=[tex(_no_stop(b)) for b in x["bullets"]]))
    L.append(r"\end{rubrique}")
    if doc["publications"]:
        L.append(rf"\begin{{rubrique}}{{{tex(h['publications'])}}}")
        for pb in doc["publications"]:
            L.append(sub(str(pb["pub"]["year"]), descr=tex_marked(pb["text"])))
        L.append(r"\end{rubrique}")
    if doc["skills"]:
        L.append(rf"\begin{{rubrique}}{{{tex(h['skills'])}}}")
        for g in doc["skills"]:
            L.append(sub(descr=tex(", ".join(g["items"])), comp=tex(g["category"])))
        L.append(r"\end{rubrique}")
    if doc["awards"]:
        L.append(rf"\begin{{rubrique}}{{{tex(h['awards'])}}}")
        for a in doc["awards"]:
            L.append(sub(str(a["year"]), descr=tex(a["text"])))
        L.append(r"\end{rubrique}")
    L.append(r"\end{document}")
    return "\n".join(L) + "\n", label_of(doc)


LATEX_WRITERS.update({"readablecv": readablecv, "esieecv": esieecv})


# HTML laid out with Bootstrap 5 and Bootstrap Icons (npm packages in the build's node folder, linked as local
# files: build.py puts the folder's path in place of __NODE_MODULES__), printed by Chromium
BOOTSTRAP_ICONS = {"GitHub": "github", "LinkedIn": "linkedin", "Homepage": "globe", "Google Scholar": "mortarboard",
                   "Twitter": "twitter", "Kaggle": "bar-chart"}
CSS_BOOTSTRAP = """
body{font-size:9.5pt;font-family:'Liberation Sans','Noto Sans CJK SC',sans-serif}
h1{font-size:20pt} .sec{font-size:8.5pt;letter-spacing:.08em} .entry{break-inside:avoid}
.badge{font-weight:500;white-space:normal;text-align:left} .contact i{margin-right:3pt;color:#0d6efd}
"""


def html_bootstrap(doc):
    h = doc["headings"]
    nm = "__NODE_MODULES__"
    contacts = [("envelope", doc["email"]), ("telephone", doc["phone"])] + \
        [(BOOTSTRAP_ICONS.get(ln["network"], "link-45deg"), ln["printed"]) for ln in doc["links"]]
    out = ["<!doctype html><html><head><meta charset='utf-8'>",
           f"<link rel='stylesheet' href='file://{nm}/bootstrap/dist/css/bootstrap.min.css'>",
           f"<link rel='stylesheet' href='file://{nm}/bootstrap-icons/font/bootstrap-icons.min.css'>",
           f"<style>{CSS_BOOTSTRAP}</style></head><body><div class='container-fluid px-0'>",
           f"<div class='border-bottom border-primary border-3 pb-2 mb-3'><h1 class='fw-light mb-1'>{_h(doc['name'])}</h1>"
           "<div class='contact d-flex flex-wrap gap-3 text-secondary'>"
           + "".join(f"<span><i class='bi bi-{icon}'></i>{_h(text)}</span>" for icon, text in contacts) + "</div></div>"]

    def section(title, body):
        out.append("<div class='row mb-2'><div class='col-2'><div class='sec text-uppercase fw-bold text-primary pt-1'>"
                   f"{_h(title)}</div></div><div class='col-10'>{body}</div></div>")

    def entry(head, date, rest=""):
        return (f"<div class='entry mb-2'><div class='d-flex justify-content-between align-items-start'><div>{head}</div>"
                + (f"<span class='badge text-bg-light border ms-2 text-nowrap'>{_h(date)}</span>" if date else "")
                + f"</div>{rest}</div>")

    body = ""
    for e in doc["education"]:
        deg = ", ".join(_h(s) for s in (e["degree"], e["field"]) if s)
        extra = " · ".join(_h(s) for s in (e["gpa"], e["rank"], *e["honors"]) if s)
        body += entry(f"<span class='fw-bold'>{_h(e['institution'])}</span><div class='fst-italic'>{deg}</div>",
                      e["dates"], f"<div class='small text-secondary'>{extra}</div>" if extra else "")
    section(h["education"], body)
    body = ""
    for x in doc["experience"]:
        body += entry(f"<span class='fw-bold'>{_h(x['title'])}</span> <span class='text-secondary'>·</span> "
                      f"{_h(x['organization'])}", x["dates"],
                      "<ul class='mb-0 ps-3'>" + "".join(f"<li>{_h(b)}</li>" for b in x["bullets"]) + "</ul>")
    section(h["experience"], body)
    if doc["publications"]:
        section(h["publications"], "<ol class='list-group list-group-numbered list-group-flush'>"
                + "".join(f"<li class='list-group-item px-0 py-1'>{_h_marked(pb['text'])}</li>"
                          for pb in doc["publications"]) + "</ol>")
    if doc["skills"]:
        body = ""
        for g in doc["skills"]:
            body += (f"<div class='fw-bold small mt-1'>{_h(g['category'])}</div><div class='row row-cols-4 g-1'>"
                     + "".join(f"<div class='col'><span class='badge text-bg-secondary'>{_h(s)}</span></div>"
                               for s in g["items"]) + "</div>")
        section(h["skills"], body)
    if doc["awards"]:
        section(h["awards"], "".join(entry(_h(a["text"]), str(a["year"])) for a in doc["awards"]))
    out.append("</div></body></html>")
    return "\n".join(out), label_of(doc)


HTML_WRITERS = {"academic": html_academic, "sidebar": html_sidebar, "bootstrap": html_bootstrap}
