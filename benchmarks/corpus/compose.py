"""Turn a person (people.py) into a printable document: every string as printed, next to its gold label.

compose(person, rng) draws the document's conventions (date format, GPA wording, citation style, name
emphasis, headings language) and returns a dict the renderers print as they are. label_of(doc) is the
gold label (SCHEMA.md) of everything in it; label.py then drops what a template did not print.
Markup in printed strings: **bold** and __underline__ around the candidate's name in author lists.
"""

import re

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
MON3 = [m[:3] for m in MONTHS]
MONTHS_DE = ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober",
             "November", "Dezember"]

HEADINGS = {
    "en": [{"education": "Education", "experience": "Experience", "publications": "Publications",
            "skills": "Skills", "awards": "Awards"},
           {"education": "Education", "experience": "Work Experience", "publications": "Selected Publications",
            "skills": "Technical Skills", "awards": "Honors and Awards"},
           {"education": "EDUCATION", "experience": "PROFESSIONAL EXPERIENCE", "publications": "PUBLICATIONS",
            "skills": "SKILLS", "awards": "AWARDS"},
           {"education": "Education", "experience": "Research Experience", "publications": "Papers",
            "skills": "Languages and Technologies", "awards": "Honors"}],
    "zh": [{"education": "教育背景", "experience": "实习经历", "publications": "发表论文", "skills": "专业技能",
            "awards": "获奖情况"},
           {"education": "教育经历", "experience": "工作经历", "publications": "论文发表", "skills": "技能",
            "awards": "荣誉奖项"}],
    "de": [{"education": "Ausbildung", "experience": "Berufserfahrung", "publications": "Publikationen",
            "skills": "Kenntnisse", "awards": "Auszeichnungen"}],
    "fr": [{"education": "Formation", "experience": "Expérience professionnelle", "publications": "Publications",
            "skills": "Compétences", "awards": "Distinctions"}],
    "es": [{"education": "Formación académica", "experience": "Experiencia profesional",
            "publications": "Publicaciones", "skills": "Habilidades", "awards": "Premios"}],
}
PRESENT = {"en": ["Present", "Present", "Now"], "zh": ["至今"], "de": ["Present"], "fr": ["Present"], "es": ["Present"]}
DATE_STYLES = ["mon", "month", "slash", "dot", "dash", "year", "mon"]
CITATION_STYLES = ["ieee", "acm", "apa", "chicago", "lncs", "nature", "homemade", "homemade2"]


# ---------------------------------------------------------------- dates
def fmt_date(d, style, lang="en", present="Present"):
    """(printed, label) for a date dict {'y','m'} / {'y','season'} / 'present' / None."""
    if d is None:
        return "", None
    if d == "present":
        return present, "present"
    y = d["y"]
    if "season" in d:
        return f"{d['season']} {y}", str(y)
    m = d["m"]
    if style == "zh":
        return f"{y}年{m}月", f"{y}-{m:02d}"
    if style == "year":
        return str(y), str(y)
    text = {"mon": f"{MON3[m - 1]} {y}", "month": f"{MONTHS[m - 1]} {y}", "slash": f"{m:02d}/{y}",
            "dot": f"{y}.{m:02d}", "dash": f"{y}-{m:02d}"}[style]
    if style in ("mon", "month") and lang == "de":
        text = f"{MONTHS_DE[m - 1]} {y}"
    return text, f"{y}-{m:02d}"


def fmt_range(start, end, doc):
    s, sl = fmt_date(start, doc["date_style"], doc["lang"], doc["present"])
    e, el = fmt_date(end, doc["date_style"], doc["lang"], doc["present"])
    if start is not None and end is not None and start == end and isinstance(start, dict) and "season" in start:
        return s, sl, el
    if not s:
        return e, None, el
    return f"{s}{doc['date_sep']}{e}", sl, el


# ---------------------------------------------------------------- authors and citations
def initials(given):
    parts = re.split(r"([- ])", given)
    out = ""
    for p in parts:
        if p in ("-", " "):
            out += "-" if p == "-" else " "
        elif p:
            out += p[0] + "."
    return out


def author_forms(a, style):
    """(printed, label) for one author in a citation style."""
    g, f = a["given"], a["family"]
    if style in ("ieee", "homemade2"):
        return f"{initials(g)} {f}", f"{initials(g)} {f}"
    if style in ("apa", "lncs", "nature"):
        return f"{f}, {initials(g)}", f"{initials(g)} {f}"
    if style == "gbt":
        return f"{f.upper()} {''.join(p[0] for p in re.split(r'[- ]', g) if p)}", \
            f"{''.join(p[0] for p in re.split(r'[- ]', g) if p)} {f.upper()}"
    return f"{g} {f}", f"{g} {f}"


def cite(pub, doc):
    """(printed citation with **/__ emphasis, label dict)."""
    style = doc["cite_style"]
    names, labels = [], []
    for i, a in enumerate(pub["authors"]):
        printed, lab = author_forms(a, style)
        if style == "chicago" and i == 0:
            printed = f"{a['family']}, {a['given']}"
        if a.get("equal"):
            printed += "*"
        if a.get("corr"):
            printed += "†"
        if a["me"] and doc["emph"]:
            printed = f"{doc['emph']}{printed}{doc['emph']}"
        names.append(printed)
        labels.append(lab)
    short, full, kind = pub["venue"]
    st, year = pub["status"], pub["year"]
    venue_label = short
    # the venue as printed
    if st == "arxiv":
        vtext, venue_label = f"arXiv preprint arXiv:{pub['arxiv']}", "arXiv"
    elif st == "review":
        vtext, venue_label = "Under review", None
    elif st == "workshop":
        vtext = f"{full} Workshops" if doc["venue_form"] == "full" else f"{short} Workshops"
    else:
        vtext = {"full": full, "both": f"{full} ({short})" if short != full else full, "short": short}[doc["venue_form"]]
    proc = kind == "conf" and st in ("published", "workshop") and doc["venue_form"] != "short"
    title = pub["title"]
    if style == "ieee":
        auth = ", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1] if len(names) > 1 else names[0]
        text = f"{auth}, \u201c{title},\u201d {'in Proc. ' if proc else ''}{vtext}, {year}."
    elif style == "acm":
        auth = ", ".join(names[:-1]) + (", and " if len(names) > 1 else "") + names[-1] if len(names) > 1 else names[0]
        text = f"{auth}. {year}. {title}. {'In Proceedings of the ' if proc else ''}{vtext}."
    elif style == "apa":
        auth = ", ".join(names[:-1]) + (", & " if len(names) > 1 else "") + names[-1] if len(names) > 1 else names[0]
        text = f"{auth} ({year}). {title}. {'In ' if proc else ''}{vtext}."
    elif style == "chicago":
        auth = ", ".join(names[:-1]) + (", and " if len(names) > 1 else "") + names[-1] if len(names) > 1 else names[0]
        text = f"{auth}. \u201c{title}.\u201d {'In ' if proc else ''}{vtext}, {year}."
    elif style == "lncs":
        text = f"{', '.join(names)}: {title}. {'In: ' if proc else ''}{vtext} ({year})"
    elif style == "nature":
        auth = ", ".join(names[:-1]) + " & " + names[-1] if len(names) > 1 else names[0]
        text = f"{auth} {title}. {vtext} ({year})."
    elif style == "gbt":
        mark = "[C]" if proc or kind == "conf" else "[J]"
        text = f"{', '.join(names)}. {title}{mark}//{vtext}. {year}."
    elif style == "homemade2":
        text = f"[{short if st in ('published', 'workshop') else ('arXiv' if st == 'arxiv' else 'Preprint')} {year}] " \
               f"{title}. {', '.join(names)}. {vtext}."
    else:  # homemade
        text = f"{title}. {', '.join(names)}. {vtext}, {year}."
    label = {"title": title, "venue": venue_label, "year": year, "authors": labels,
             "first_author": bool(pub["authors"][0]["me"])}
    return text, label, {"venue_text": vtext, "names": names}


# ---------------------------------------------------------------- the document
def compose(person, rng, lang=None, **force):
    lang = lang or person["lang"]
    doc = {"lang": lang, "person": person}
    doc["headings"] = dict(rng.choice(HEADINGS[lang]))
    doc["date_style"] = force.get("date_style") or ("zh" if lang == "zh" and rng.random() < 0.5 else
                                                    rng.choice(DATE_STYLES))
    doc["date_sep"] = rng.choice([" – ", " - ", " — ", " to "]) if lang == "en" else rng.choice([" – ", " - "])
    if doc["date_style"] == "year" and doc["date_sep"] == " - ":
        doc["date_sep"] = " – "
    doc["present"] = rng.choice(PRESENT[lang])
    doc["cite_style"] = force.get("cite_style") or ("gbt" if lang == "zh" and rng.random() < 0.6 else
                                                    rng.choice(CITATION_STYLES))
    doc["emph"] = force.get("emph", rng.choice(["**", "**", "__", ""]))
    doc["venue_form"] = rng.choice(["full", "both", "short"])
    doc["gpa_prefix"] = "" if lang == "zh" else rng.choice(["GPA: ", "GPA ", "Grade: ", "GPA: "])
    # name
    cjk = person["cjk"] if lang == "zh" else None
    doc["name_cjk"] = cjk
    doc["name_latin"] = None if (cjk and rng.random() < 0.4) else person["name"]
    doc["name"] = " ".join(x for x in (cjk, doc["name_latin"]) if x)
    doc["name_label"] = doc["name_latin"] or cjk
    # contact
    style = rng.choice(["grouped", "plain", "dash"] + (["us", "us"] if person["phone"]["cc"] == "1" else []))
    from people import phone_display  # noqa: PLC0415
    ph_text, ph_label = phone_display(person["phone"], style)
    doc["phone"], doc["phone_label"] = ph_text, ph_label
    doc["email"] = person["email"]
    doc["links"] = []
    for ln in person["links"]:
        label = re.sub(r"^https?://(www\.)?", "", ln["url"]).rstrip("/")
        printed = label if rng.random() < 0.7 else ln["url"]
        doc["links"].append({"printed": printed, "label": label, "url": ln["url"], "network": ln["network"],
                             "username": ln["username"]})
    # education
    doc["education"] = []
    for e in person["education"]:
        inst = e["institution_zh"] if lang == "zh" and e["institution_zh"] else e["institution"]
        field = e["field_zh"] if lang == "zh" and e["field_zh"] else e["field"]
        # some degrees print only their end date; JSON Resume themes print no range at all without a start
        keep_start = force.get("edu_start") or rng.random() < 0.85
        dates, sl, el = fmt_range(e["start"] if keep_start else None, e["end"], doc)
        gpa = e["gpa"]
        gpa_text = None
        if gpa:
            gpa_text = gpa["text"] if gpa.get("prefixed") else doc["gpa_prefix"] + gpa["text"]
            if lang == "zh":
                gpa_text = "GPA：" + gpa["text"] if rng.random() < 0.5 else "平均成绩：" + gpa["text"]
        rank_text = None
        if e["rank"]:
            rank_text = ("排名：" if lang == "zh" else "Rank: ") + e["rank"] if "/" in e["rank"] else e["rank"]
        doc["education"].append({
            "institution": inst, "degree": e["degree"], "field": field, "dates": dates, "gpa": gpa_text,
            "rank": rank_text, "honors": list(e["honors"]), "location": "",
            "label": {"institution": inst, "degree_level": e["level"], "degree": e["degree"], "field": field,
                      "start": sl, "end": el, "gpa": gpa["value"] if gpa else None,
                      "gpa_scale": gpa["scale"] if gpa else None, "rank": e["rank"]},
            "gpa_raw": gpa["text"] if gpa else None})
    # experience
    doc["experience"] = []
    for x in person["experience"]:
        org = x["organization_zh"] if lang == "zh" and x["organization_zh"] else x["organization"]
        title = x["title_zh"] if lang == "zh" and x["title_zh"] and rng.random() < 0.7 else x["title"]
        dates, sl, el = fmt_range(x["start"], x["end"], doc)
        doc["experience"].append({"organization": org, "title": title, "dates": dates, "location": x["location"],
                                  "bullets": x["bullets"],
                                  "label": {"organization": org, "title": title, "start": sl, "end": el}})
    # publications
    doc["publications"] = []
    for p in person["publications"]:
        text, label, parts = cite(p, doc)
        doc["publications"].append({"text": text, "label": label, "pub": p, **parts})
    doc["equal_note"] = any(a.get("equal") for p in person["publications"] for a in p["authors"])
    # skills: printed items; some merged as "C/C++" or "Python (NumPy, Pandas)"
    doc["skills"] = []
    from people import SKILL_CATEGORY_NAMES  # noqa: PLC0415
    for group in person["skills"]:
        cat = rng.choice(SKILL_CATEGORY_NAMES.get(lang, SKILL_CATEGORY_NAMES["en"])[group["category"]])
        items = [(s, [s.lower()]) for s in group["items"]]
        if group["category"] == "Languages" and "C++" in group["items"] and rng.random() < 0.5:
            items = [(("C/C++", ["c", "c++"]) if s == "C++" else (s, lab)) for s, lab in items]
        if group["category"] == "Frameworks" and rng.random() < 0.3:
            items = [("Python (NumPy, Pandas)", ["python", "numpy", "pandas"]) if s in ("NumPy", "Pandas")
                     else (s, lab) for s, lab in items]
            seen, ded = set(), []
            for s, lab in items:
                if s not in seen:
                    seen.add(s)
                    ded.append((s, lab))
            items = ded
        doc["skills"].append({"category": cat, "items": [s for s, _ in items],
                              "labels": [lab for _, labs in items for lab in labs]})
    doc["awards"] = [{"text": a["text"], "year": a["year"]} for a in person["awards"]]
    doc["spoken"] = person["spoken"]
    return doc


def label_of(doc, sections=("education", "experience", "publications", "skills", "awards"), contact=True):
    """The gold label of everything the document holds (before checking it against the PDF's text)."""
    lab = {"name": doc["name_label"], "emails": [], "phones": [], "links": [], "education": [], "experience": [],
           "publications": [], "skills": [], "awards": []}
    if contact:
        lab["emails"] = [doc["email"].lower()] if doc.get("email") else []
        lab["phones"] = [doc["phone_label"]] if doc.get("phone") else []
        lab["links"] = [ln["label"] for ln in doc["links"]]
    if "education" in sections:
        lab["education"] = [dict(e["label"]) for e in doc["education"]]
    if "experience" in sections:
        lab["experience"] = [dict(x["label"]) for x in doc["experience"]]
    if "publications" in sections:
        lab["publications"] = [dict(p["label"]) for p in doc["publications"]]
    if "skills" in sections:
        seen = []
        for g in doc["skills"]:
            for s in g["labels"]:
                if s not in seen:
                    seen.append(s)
        lab["skills"] = seen
    awards = []
    if "awards" in sections:
        awards += [a["text"] for a in doc["awards"]]
    if "education" in sections:
        for e in doc["education"]:
            awards += [h for h in e["honors"] if h not in awards]
    lab["awards"] = awards
    return lab


def strip_marks(text):
    return text.replace("**", "").replace("__", "")
