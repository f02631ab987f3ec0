"""Write .docx files from plain block lists with python-docx (runs in the build's tools venv).

python docx_build.py JOBS.json — JOBS.json: [[job.json, output.docx], ...]; a job is
{"layout": "classic"|"table"|"sidebar"|"header", "lang": ..., "blocks": [[kind, text, ...], ...]} (templates.docx_job).
"""
import json
import re
import sys

from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor


def font(doc, lang):
    st = doc.styles["Normal"]
    st.font.name = "Liberation Serif" if lang != "zh" else "Noto Sans CJK SC"
    st.font.size = Pt(10.5)
    st.element.rPr.rFonts.set(qn("w:eastAsia"), "Noto Sans CJK SC")


def marked(par, text):
    for part in re.split(r"(\*\*.+?\*\*|__.+?__)", text):
        if part.startswith("**") and part.endswith("**"):
            par.add_run(part[2:-2]).bold = True
        elif part.startswith("__") and part.endswith("__"):
            par.add_run(part[2:-2]).underline = True
        elif part:
            par.add_run(part)


def classic(doc, blocks):
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold, r.font.size = True, Pt(20)
        elif kind == "contact":
            doc.add_paragraph(b[1])
        elif kind == "heading":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold, r.font.size, r.font.color.rgb = True, Pt(13), RGBColor(0x1F, 0x3A, 0x68)
            p.paragraph_format.space_before = Pt(8)
        elif kind == "entry":
            p = doc.add_paragraph()
            p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
            p.add_run(b[1]).bold = True
            p.add_run("\t" + b[2])
            p.paragraph_format.space_after = Pt(0)
        else:
            body_block(doc, b)


def body_block(doc, b):
    """A block the layouts print alike: an italic line, a bullet, a marked line, 'Key: value' or plain text."""
    kind = b[0]
    if kind == "italic":
        doc.add_paragraph().add_run(b[1]).italic = True
    elif kind == "bullet":
        doc.add_paragraph(b[1], style="List Bullet")
    elif kind == "marked":
        marked(doc.add_paragraph(), b[1])
    elif kind == "keyval":
        p = doc.add_paragraph()
        p.add_run(b[1] + ": ").bold = True
        p.add_run(b[2])
    else:
        doc.add_paragraph(b[1])


def table(doc, blocks):
    """Headings in a left column, entries in the right one: a two-column table per section."""
    tbl = None
    for b in blocks:
        kind = b[0]
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(b[1])
            r.bold, r.font.size = True, Pt(18)
        elif kind == "contact":
            doc.add_paragraph(b[1])
        elif kind == "heading":
            tbl = doc.add_table(rows=0, cols=2)
            row = tbl.add_row().cells
            row[0].paragraphs[0].add_run(b[1].upper()).bold = True
        else:
            row = tbl.add_row().cells
            row[0].width, row[1].width = Cm(4), Cm(13)
            if kind == "entry":
                row[0].paragraphs[0].add_run(b[2])
                row[1].paragraphs[0].add_run(b[1]).bold = True
            elif kind == "italic":
                row[1].paragraphs[0].add_run(b[1]).italic = True
            elif kind == "bullet":
                row[1].paragraphs[0].add_run("• " + b[1])
            elif kind == "marked":
                marked(row[1].paragraphs[0], b[1])
            elif kind == "keyval":
                row[0].paragraphs[0].add_run(b[1])
                row[1].paragraphs[0].add_run(b[2])
            else:
                row[1].paragraphs[0].add_run(b[1])


def sidebar(doc, blocks, side=()):
    """One borderless two-cell table: contacts, skills and awards in a shaded narrow left cell; name,
    education, experience and publications in the right one (a common Word 'modern' layout)."""
    from docx.oxml import OxmlElement  # noqa: PLC0415

    tbl = doc.add_table(rows=1, cols=2)
    left, right = tbl.rows[0].cells
    left.width, right.width = Cm(5.2), Cm(11.8)
    shade = OxmlElement("w:shd")
    shade.set(qn("w:val"), "clear")
    shade.set(qn("w:fill"), "E8EDF3")
    left._tc.get_or_add_tcPr().append(shade)
    current, cell = None, right
    first = {id(left): True, id(right): True}

    def para(c):
        if first[id(c)]:
            first[id(c)] = False
            return c.paragraphs[0]
        return c.add_paragraph()

    side_sections = set(side)
    for b in blocks:
        kind = b[0]
        if kind == "title":
            r = para(right).add_run(b[1])
            r.bold, r.font.size, r.font.color.rgb = True, Pt(20), RGBColor(0x22, 0x3B, 0x5A)
        elif kind == "contact":
            for part in b[1].split(" | "):
                p = para(left)
                p.add_run(part).font.size = Pt(9)
        elif kind == "heading":
            current = b[1]
            cell = left if current in side_sections else right
            p = para(cell)
            r = p.add_run(b[1].upper())
            r.bold, r.font.size, r.font.color.rgb = True, Pt(11), RGBColor(0x22, 0x3B, 0x5A)
            p.paragraph_format.space_before = Pt(8)
        elif kind == "entry":
            p = para(cell)
            p.add_run(b[1]).bold = True
            if cell is left:
                p.add_run(f" ({b[2]})")
            else:
                d = para(cell).add_run(b[2])
                d.italic, d.font.size = True, Pt(9)
        elif kind == "italic":
            para(cell).add_run(b[1]).italic = True
        elif kind == "bullet":
            para(cell).add_run("– " + b[1])
        elif kind == "marked":
            marked(para(cell), b[1])
        elif kind == "keyval":
            p = para(cell)
            p.add_run(b[1]).bold = True
            para(cell).add_run(b[2]).font.size = Pt(9)
        else:
            para(cell).add_run(b[1])


def _field(par, code):
    """A Word field (PAGE, NUMPAGES) in a paragraph; LibreOffice fills it in when printing."""
    from docx.oxml import OxmlElement  # noqa: PLC0415

    run = par.add_run()
    for kind, text in (("begin", None), (None, code), ("separate", None), (None, "1"), ("end", None)):
        if kind:
            el = OxmlElement("w:fldChar")
            el.set(qn("w:fldCharType"), kind)
        elif text == code:
            el = OxmlElement("w:instrText")
            el.set(qn("xml:space"), "preserve")
            el.text = f" {code} "
        else:
            el = OxmlElement("w:t")
            el.text = text
        run._r.append(el)
    return run


def _rule_below(par, color="1F3A68"):
    from docx.oxml import OxmlElement  # noqa: PLC0415

    pbdr = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for k, v in (("val", "single"), ("sz", "8"), ("space", "1"), ("color", color)):
        bottom.set(qn(f"w:{k}"), v)
    pbdr.append(bottom)
    par._p.get_or_add_pPr().append(pbdr)


def header(doc, blocks):
    """Name and contacts in the page header (printed on every page), the name and 'page X of Y' in the
    footer; headings in capitals over a rule; each entry a borderless two-cell row, its dates in a
    right-aligned right-hand column (a common two-page Word CV)."""
    from docx.enum.text import WD_ALIGN_PARAGRAPH  # noqa: PLC0415

    sec = doc.sections[0]
    sec.header_distance = sec.footer_distance = Cm(0.8)
    sec.top_margin = Cm(3.2)
    name = next(b[1] for b in blocks if b[0] == "title")
    hp = sec.header.paragraphs[0]
    r = hp.add_run(name)
    r.bold, r.font.size, r.font.color.rgb = True, Pt(16), RGBColor(0x1F, 0x3A, 0x68)
    fp = sec.footer.paragraphs[0]
    fp.alignment = WD_ALIGN_PARAGRAPH.CENTER
    for part in (f"{name} — Curriculum Vitae — ", None, " / ", "NUMPAGES"):
        if part is None:
            _field(fp, "PAGE")
        elif part == "NUMPAGES":
            _field(fp, "NUMPAGES")
        else:
            fp.add_run(part)
    for run in fp.runs:
        run.font.size = Pt(8)
    tbl = None
    for b in blocks:
        kind = b[0]
        if kind == "title":
            continue
        if kind == "contact":
            cp = sec.header.add_paragraph()
            _rule_below(cp)
            cp.add_run(b[1].replace(" | ", "  ·  ")).font.size = Pt(8.5)
            continue
        if kind == "entry":
            if tbl is None:
                tbl = doc.add_table(rows=0, cols=2)
            cells = tbl.add_row().cells
            cells[0].width, cells[1].width = Cm(12.5), Cm(4.5)
            cells[0].paragraphs[0].add_run(b[1]).bold = True
            dp = cells[1].paragraphs[0]
            dp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
            dr = dp.add_run(b[2])
            dr.italic, dr.font.size = True, Pt(9.5)
            continue
        tbl = None
        if kind == "heading":
            p = doc.add_paragraph()
            r = p.add_run(b[1].upper())
            r.bold, r.font.size, r.font.color.rgb = True, Pt(11.5), RGBColor(0x1F, 0x3A, 0x68)
            p.paragraph_format.space_before = Pt(12)
            _rule_below(p)
        else:
            body_block(doc, b)


def main():
    for src, out in json.load(open(sys.argv[1])):
        job = json.load(open(src))
        doc = Document()
        for s in doc.sections:
            s.left_margin = s.right_margin = Cm(2)
            s.top_margin = s.bottom_margin = Cm(1.6)
        font(doc, job["lang"])
        if job["layout"] == "sidebar":
            sidebar(doc, job["blocks"], job.get("side", ()))
        elif job["layout"] == "header":
            header(doc, job["blocks"])
        else:
            (table if job["layout"] == "table" else classic)(doc, job["blocks"])
        doc.save(out)


if __name__ == "__main__":
    main()
