"""Check a gold label against the text of the PDF its template printed, and drop what was not printed.

A label is drawn from the document the template was given (compose.py); themes leave things out
(a GPA, a phone, a whole section) or reformat dates. verify() keeps only what the PDF's text shows:
an entry whose anchor (institution, organisation, title) is missing is dropped, a detail missing near
its anchor becomes null, a date printed only as a year becomes YYYY. Keys starting with "_" are
evidence for the check (the GPA as printed, the venue as printed) and are removed.
"""

import re
import unicodedata

MON = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
MONTH = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
         "november", "december"]
MONTH_DE = ["januar", "februar", "märz", "april", "mai", "juni", "juli", "august", "september", "oktober",
            "november", "dezember"]
PRESENT_WORDS = ["present", "now", "current", "至今", "today", "ongoing"]


def pdf_text(path):
    """The PDF's text three ways (pdfminer, pdftotext, pdftotext -layout): reading orders differ by layout,
    and a string counts as printed when any of them shows it."""
    import logging  # noqa: PLC0415
    import subprocess  # noqa: PLC0415

    from pdfminer.high_level import extract_text  # noqa: PLC0415

    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    texts = [extract_text(str(path))]
    for args in ([], ["-layout"]):
        try:
            texts.append(subprocess.run(["pdftotext", *args, str(path), "-"], capture_output=True, text=True, errors="replace",
                                        timeout=60).stdout)
        except (OSError, subprocess.SubprocessError):
            pass
    return texts


def pdf_uris(path):
    from pdfminer.pdfdocument import PDFDocument  # noqa: PLC0415
    from pdfminer.pdfpage import PDFPage  # noqa: PLC0415
    from pdfminer.pdfparser import PDFParser  # noqa: PLC0415
    from pdfminer.pdftypes import resolve1  # noqa: PLC0415

    uris = []
    with open(path, "rb") as fh:
        doc = PDFDocument(PDFParser(fh))
        for page in PDFPage.create_pages(doc):
            for annot in resolve1(page.annots) or []:
                a = resolve1(annot) or {}
                act = resolve1(a.get("A")) or {}
                uri = resolve1(act.get("URI")) if isinstance(act, dict) else None
                if isinstance(uri, bytes):
                    uris.append(uri.decode("latin-1"))
    return uris


def _nfkc(s):
    s = unicodedata.normalize("NFKC", s).lower()
    return re.sub(r"[\u2010-\u2015\u2212]", "-", s)


def squash(s):
    """Letters and digits only (CJK kept): robust to line breaks, hyphenation and spacing."""
    return "".join(ch for ch in _nfkc(s) if ch.isalnum())


def words(s):
    return " " + re.sub(r"[^\w%+#./]+", " ", _nfkc(s)).strip() + " "


class Text:
    def __init__(self, texts, uris=()):
        texts = [texts] if isinstance(texts, str) else list(texts)
        self.raw = "\n".join(texts)
        self.sqs = [squash(t) for t in texts]
        self.sq = "\n".join(self.sqs)
        self.low = re.sub(r"\s+", " ", _nfkc(self.raw))
        self.compact = re.sub(r"\s+", "", _nfkc(self.raw))
        self.uris = list(uris)

    def has(self, s):
        return bool(s) and (squash(s) in self.sq or bool(self._gapped(s, self.sq)))

    def has_loosely(self, s):
        """s printed with a line-break hyphen or an icon glyph inside it (a narrow contact column)."""
        chars = squash(s)
        return bool(chars) and re.search(r".{0,3}?".join(re.escape(c) for c in chars), self.sq, flags=re.S) is not None

    @staticmethod
    def _gapped(s, sq):
        """Where s's words are printed in order with a little foreign text between them: a neighbouring
        column's words interleaved by the text extraction, or an icon glyph inside an address."""
        parts = [squash(w) for w in re.split(r"[^\w]+", _nfkc(s)) if squash(w)]
        if len(parts) < 2:
            return []
        pat = r".{0,90}?".join(re.escape(p) for p in parts)
        return [m.start() for m in re.finditer(pat, sq, flags=re.S)]

    def windows(self, anchor, before=260, after=480):
        """Stretches of the squashed texts around each place the anchor is printed."""
        a = squash(anchor)
        out = []
        for sq in self.sqs:
            start, found = 0, []
            while a:
                i = sq.find(a, start)
                if i < 0:
                    break
                found.append(i)
                start = i + 1
            for i in found or self._gapped(anchor, sq):
                out.append(sq[max(0, i - before): i + len(a) + after + 200 * (not found)])
        return out


def _date_reps(label):
    y, m = label.split("-")
    mi = int(m)
    return [f"{MON[mi - 1]}{y}", f"sept{y}" if mi == 9 else f"{MON[mi - 1]}{y}", f"{MONTH[mi - 1]}{y}",
            f"{MONTH_DE[mi - 1]}{y}", f"{m}{y}", f"{y}{m}", f"{y}年{mi}月", f"{mi}{y}" if mi >= 10 else f"x{m}{y}"]


def check_date(label, tight, wide):
    """The date as the text shows it near its entry: with its month if a month form is printed there
    (the entry's own line first), else its year."""
    if label is None:
        return None
    if label == "present":
        return "present" if any(squash(p) in w for w in tight + wide for p in PRESENT_WORDS) else None
    if len(label) == 7:
        y, m = label[:4], int(label[5:])
        # a month name wrapped away from its year ("January" / "6%. 2023" in a narrow date column)
        wrapped = re.compile(rf"(?:{MONTH[m - 1]}|{MONTH_DE[m - 1]}|{MON[m - 1]}).{{0,6}}?{y}")
        for wins in (tight, wide):
            if any(r in w for w in wins for r in _date_reps(label)) or any(wrapped.search(w) for w in wins):
                return label
    if any(label[:4] in w for w in tight + wide):
        return label[:4]
    return None


def _near(text, anchor, second):
    """(tight, wide) windows around the anchor's printings. Within each text variant, printings that
    also show `second` (the entry's degree, field or title) are preferred: an institution is often
    printed again in the experience section, with other dates around it."""
    keys = [squash(s) for s in second if s]
    out = []
    for before, after in ((160, 300), (260, 480)):
        wins = []
        for sq in text.sqs:
            one = Text.__new__(Text)
            one.sqs = [sq]
            found = one.windows(anchor, before, after)
            wins += [w for w in found if any(k in w for k in keys)] or found
        out.append(wins)
    return out[0], out[1]


def _has_skill(text, skill):
    pat = r"(?<![\w+#])" + re.escape(skill) + r"(?![\w+#])"
    return re.search(pat, text.low) is not None


def verify(label, text: Text):
    """(label pruned to what the text shows, list of what was dropped)."""
    dropped = []
    out = dict(label)
    if out.get("name") and not text.has(out["name"]):
        dropped.append(("name", out["name"]))
        out["name"] = None
    out["emails"] = [e for e in out["emails"] if e.lower() in text.compact or text.has_loosely(e)
                     or dropped.append(("email", e))]
    digits = re.sub(r"\D", "", text.raw)
    hint = out.pop("_phone", None)
    phones = []
    for p in out["phones"]:
        d = re.sub(r"\D", "", p)
        if d in digits:
            phones.append(p)
        elif hint and hint["national"] in digits:  # printed without its country code: digits as printed
            phones.append(("0" if "0" + hint["national"] in digits else "") + hint["national"])
        else:
            dropped.append(("phone", p))
    out["phones"] = phones
    links = []
    for ln in out["links"]:
        if text.has(ln) and ln.split("/")[-1] and squash(ln) in text.sq:
            links.append(ln)
        elif any(re.sub(r"^https?://(www\.)?", "", u).rstrip("/").lower() == ln.lower() for u in text.uris) \
                and text.has(ln.split("/")[-1]):
            links.append(ln)  # a printed handle whose hyperlink is the profile (labelling conventions)
        else:
            dropped.append(("link", ln))
    out["links"] = links

    edu = []
    for e in out["education"]:
        e = dict(e)
        if not text.has(e["institution"]):
            dropped.append(("education", e["institution"]))
            continue
        wins = text.windows(e["institution"])
        tight, near = _near(text, e["institution"], (e.get("degree"), e.get("field")))
        for key in ("degree", "field"):
            if e.get(key) and not any(squash(e[key]) in w for w in wins):
                dropped.append((f"education.{key}", e[key]))
                e[key] = None
        if e["degree"] is None:
            e["degree_level"] = None if e.get("field") is None else e["degree_level"]
        gt = e.pop("_gpa_text", None)
        if e.get("gpa") is not None and not (gt and any(squash(gt) in w for w in wins)):
            dropped.append(("education.gpa", gt))
            e["gpa"] = e["gpa_scale"] = None
        if e.get("rank") and not any(squash(e["rank"]) in w for w in wins):
            dropped.append(("education.rank", e["rank"]))
            e["rank"] = None
        for key in ("start", "end"):
            v = check_date(e.get(key), tight, near)
            if v != e.get(key):
                dropped.append((f"education.{key}", e.get(key)))
            e[key] = v
        edu.append(e)
    out["education"] = edu

    exp = []
    for x in out["experience"]:
        x = dict(x)
        if not text.has(x["organization"]):
            dropped.append(("experience", x["organization"]))
            continue
        wins = text.windows(x["organization"])
        if x.get("title") and not any(squash(x["title"]) in w for w in wins):
            dropped.append(("experience.title", x["title"]))
            x["title"] = None
        tight, near = _near(text, x["organization"], (x.get("title"),))
        for key in ("start", "end"):
            v = check_date(x.get(key), tight, near)
            if v != x.get(key):
                dropped.append((f"experience.{key}", x.get(key)))
            x[key] = v
        exp.append(x)
    out["experience"] = exp

    pubs = []
    for p in out["publications"]:
        p = dict(p)
        if not text.has(p["title"]):
            dropped.append(("publication", p["title"]))
            continue
        wins = text.windows(p["title"], before=400, after=400)
        vt = p.pop("_venue_text", None)
        if p.get("venue") is not None and not any(squash(vt or p["venue"]) in w or squash(p["venue"]) in w
                                                  for w in wins):
            dropped.append(("publication.venue", p["venue"]))
            p["venue"] = None
        if p.get("year") is not None and not any(str(p["year"]) in w for w in wins):
            dropped.append(("publication.year", p["year"]))
            p["year"] = None
        fams = p.pop("_families", None)
        if fams and not all(any(squash(f) in w for w in wins) for f in fams):
            dropped.append(("publication.authors", p["title"]))
            p["authors"], p["first_author"] = [], None
        pubs.append(p)
    out["publications"] = pubs

    out["skills"] = [s for s in out["skills"] if _has_skill(text, s) or dropped.append(("skill", s))]
    out["awards"] = [a for a in out["awards"] if text.has(a) or dropped.append(("award", a))]
    return out, dropped


def with_evidence(label, doc):
    """Add the '_' evidence keys verify() uses (the GPA and venue as printed, the authors' family names)."""
    label["_phone"] = doc["person"]["phone"]
    for e, d in zip(label["education"], doc["education"]):
        e["_gpa_text"] = d.get("gpa_raw")
    for p, d in zip(label["publications"], doc["publications"]):
        p["_venue_text"] = d.get("venue_text")
        p["_families"] = [a["family"] for a in d["pub"]["authors"]]
    return label
