"""Writes the Word documents of this folder (python-docx), to be turned into PDFs by LibreOffice.

Run with a Python that has python-docx (NOT the project venv):
    python build_docx.py && soffice --headless --convert-to pdf *.docx
Every person here is fictional. CI needs neither python-docx nor LibreOffice: the PDFs are committed.
"""

from __future__ import annotations

import struct
import zlib
from pathlib import Path

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Inches, Pt, RGBColor

HERE = Path(__file__).resolve().parent


def new_doc(font="Calibri", size=10.5, margins=(0.7, 0.7, 0.7, 0.7)):
    doc = Document()
    normal = doc.styles["Normal"]
    normal.font.name = font
    normal.font.size = Pt(size)
    rpr = normal.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    fonts.set(qn("w:eastAsia"), font)
    fonts.set(qn("w:ascii"), font)
    fonts.set(qn("w:hAnsi"), font)
    normal.paragraph_format.space_after = Pt(1)
    normal.paragraph_format.space_before = Pt(0)
    sec = doc.sections[0]
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    sec.top_margin, sec.bottom_margin, sec.left_margin, sec.right_margin = (Inches(m) for m in margins)
    return doc


def text_width(doc):
    sec = doc.sections[0]
    return sec.page_width - sec.left_margin - sec.right_margin


def para(container, *runs, align=None, size=None, space_before=0, space_after=1, tabs=(), indent=None):
    """runs: strings or (text, dict(bold=, italic=, size=, color=))."""
    p = container.add_paragraph()
    fmt = p.paragraph_format
    fmt.space_before, fmt.space_after = Pt(space_before), Pt(space_after)
    if indent is not None:
        fmt.left_indent = indent
    for pos, kind in tabs:
        fmt.tab_stops.add_tab_stop(pos, kind)
    if align:
        p.alignment = align
    for item in runs:
        text, style = (item, {}) if isinstance(item, str) else item
        run = p.add_run(text)
        run.bold = style.get("bold")
        run.italic = style.get("italic")
        if style.get("size") or size:
            run.font.size = Pt(style.get("size") or size)
        if style.get("color"):
            run.font.color.rgb = RGBColor.from_string(style["color"])
    return p


def bottom_border(p, color="2F5496"):
    ppr = p._p.get_or_add_pPr()
    ppr.append(parse_xml(f'<w:pBdr {nsdecls("w")}><w:bottom w:val="single" w:sz="6" w:space="1" w:color="{color}"/></w:pBdr>'))


def heading(doc, text, color="2F5496", size=12, caps=False):
    p = para(doc, (text.upper() if caps else text, {"bold": True, "size": size, "color": color}), space_before=8,
             space_after=3)
    bottom_border(p, color)
    return p


def bullet(container, text, size=None):
    p = container.add_paragraph(style="List Bullet")
    p.paragraph_format.space_after = Pt(0)
    run = p.add_run(text)
    if size:
        run.font.size = Pt(size)
    return p


def tab_row(doc, left, right, *, left_style=None, right_style=None):
    return para(doc, (left, left_style or {}), "\t", (right, right_style or {}),
                tabs=[(text_width(doc), WD_TAB_ALIGNMENT.RIGHT)])


def shade(cell, fill):
    cell._tc.get_or_add_tcPr().append(parse_xml(f'<w:shd {nsdecls("w")} w:val="clear" w:color="auto" w:fill="{fill}"/>'))


def no_borders(table):
    tbl_pr = table._tbl.tblPr
    tbl_pr.append(parse_xml(
        f'<w:tblBorders {nsdecls("w")}>' + "".join(f'<w:{e} w:val="nil"/>' for e in
                                                   ("top", "left", "bottom", "right", "insideH", "insideV"))
        + "</w:tblBorders>"))


def widths(table, inches):
    for row in table.rows:
        for cell, w in zip(row.cells, inches):
            cell.width = Inches(w)


def cell_text(cell, *runs, align=None, size=None, first=True):
    p = cell.paragraphs[0] if first and not cell.paragraphs[0].text else cell.add_paragraph()
    if align:
        p.alignment = align
    p.paragraph_format.space_after = Pt(1)
    for item in runs:
        text, style = (item, {}) if isinstance(item, str) else item
        run = p.add_run(text)
        run.bold = style.get("bold")
        run.italic = style.get("italic")
        if style.get("size") or size:
            run.font.size = Pt(style.get("size") or size)
        if style.get("color"):
            run.font.color.rgb = RGBColor.from_string(style["color"])
    return p


def png(width, height, rgb_at) -> bytes:
    raw = b"".join(b"\x00" + b"".join(bytes(rgb_at(x, y)) for x in range(width)) for y in range(height))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


# ---------------------------------------------------------------------------------------------- documents


def word_tabs_okafor():
    doc = new_doc("Calibri", 10.5)
    para(doc, ("Adaeze N. Okafor", {"bold": True, "size": 22}), align=WD_ALIGN_PARAGRAPH.CENTER, space_after=2)
    para(doc, "Chicago, IL  |  (312) 555-0148  |  adaeze.okafor@fastmail.com  |  linkedin.com/in/adaeze-okafor  |  "
              "github.com/aokafor-dev", align=WD_ALIGN_PARAGRAPH.CENTER, size=9.5)
    heading(doc, "Summary")
    para(doc, "Backend engineer with six years of experience building payment and logistics systems in Python and Go.")
    heading(doc, "Professional Experience")
    jobs = [
        ("Stripe", "Chicago, IL", "Software Engineer II", "Jun 2021 – Present",
         ["Own the ledger reconciliation service processing 40M events per day.",
          "Cut batch settlement latency by 35% by moving jobs to Kafka streams."]),
        ("Grubhub", "Chicago, IL", "Software Engineer", "Jul 2019 – May 2021",
         ["Built the courier dispatch API in Go, serving 2,000 requests per second."]),
        ("Caterpillar Inc.", "Peoria, IL", "Software Engineering Intern", "May 2018 – Aug 2018",
         ["Wrote telemetry ingestion scripts for mining trucks in Python."]),
    ]
    for org, place, title, dates, bullets in jobs:
        tab_row(doc, org, place, left_style={"bold": True})
        tab_row(doc, title, dates, left_style={"italic": True})
        for b in bullets:
            bullet(doc, b)
    heading(doc, "Education")
    tab_row(doc, "University of Illinois Urbana-Champaign", "Urbana, IL", left_style={"bold": True})
    tab_row(doc, "B.S. in Computer Science, Minor in Statistics", "Aug 2015 – May 2019", left_style={"italic": True})
    para(doc, "GPA: 3.72/4.00 · James Scholar Honors Program")
    heading(doc, "Skills")
    para(doc, ("Languages: ", {"bold": True}), "Python, Go, Java, SQL, TypeScript")
    para(doc, ("Frameworks & Tools: ", {"bold": True}), "Django, React, Kafka, Docker, Kubernetes, Terraform")
    para(doc, ("Cloud: ", {"bold": True}), "AWS, GCP")
    heading(doc, "Honors & Awards")
    bullet(doc, "Dean's List (six semesters)")
    bullet(doc, "1st Place, HackIllinois")
    doc.save(HERE / "word-tabs-okafor.docx")


SIDEBAR_XML = """<w:r {ns}><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="2"
 behindDoc="1" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>
<wp:positionH relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionH>
<wp:positionV relativeFrom="page"><wp:posOffset>0</wp:posOffset></wp:positionV>
<wp:extent cx="{cx}" cy="{cy}"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>
<wp:docPr id="5" name="Sidebar"/><wp:cNvGraphicFramePr/>
<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">
<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="{cx}" cy="{cy}"/></a:xfrm>
<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="E8EEF4"/></a:solidFill><a:ln><a:noFill/></a:ln>
</wps:spPr><wps:txbx><w:txbxContent>{content}</w:txbxContent></wps:txbx>
<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="228600" tIns="1371600" rIns="137160" bIns="91440" anchor="t">
<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>"""
NS_ALL = (' xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
          ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"'
          ' xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
          ' xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')


def _box_para(text, *, bold=False, size=10, color="1F2937", space_before=0):
    from xml.sax.saxutils import escape
    b = "<w:b/>" if bold else ""
    return (f'<w:p><w:pPr><w:spacing w:before="{space_before * 20}" w:after="40"/></w:pPr><w:r><w:rPr>'
            f'<w:rFonts w:ascii="Carlito" w:hAnsi="Carlito"/>{b}<w:color w:val="{color}"/><w:sz w:val="{int(size * 2)}"/>'
            f'</w:rPr><w:t xml:space="preserve">{escape(text)}</w:t></w:r></w:p>')


def word_sidebar_haddad():
    doc = new_doc("Carlito", 10.5, margins=(0.6, 0.6, 3.0, 0.6))
    box = []
    box.append(_box_para("CONTACT", bold=True, size=11, color="1F3A5F"))
    for line in ("layla.haddad@proton.me", "+971 50 555 0193", "Dubai, UAE", "linkedin.com/in/laylahaddad"):
        box.append(_box_para(line, size=9.5))
    box.append(_box_para("SKILLS", bold=True, size=11, color="1F3A5F", space_before=14))
    for line in ("SQL", "Python", "Tableau", "Power BI", "Excel", "Figma"):
        box.append(_box_para(line, size=9.5))
    box.append(_box_para("LANGUAGES", bold=True, size=11, color="1F3A5F", space_before=14))
    for line in ("Arabic — native", "English — fluent", "French — intermediate"):
        box.append(_box_para(line, size=9.5))
    box.append(_box_para("AWARDS", bold=True, size=11, color="1F3A5F", space_before=14))
    for line in ("Data Excellence Award, Careem", "Chancellor's Scholarship"):
        box.append(_box_para(line, size=9.5))
    xml = SIDEBAR_XML.format(ns=NS_ALL, cx=int(Inches(2.6)), cy=int(Inches(11)), content="".join(box))
    first = para(doc, ("Layla Haddad", {"bold": True, "size": 26, "color": "1F3A5F"}), space_after=0)
    first._p.append(parse_xml(xml))
    para(doc, ("Senior Data Analyst", {"size": 13, "color": "4B5563"}), space_after=10)
    heading(doc, "PROFILE", color="1F3A5F", size=11.5)
    para(doc, "Analyst turning ride-hailing and banking data into pricing and retention decisions; "
              "comfortable from SQL pipelines to executive dashboards.")
    heading(doc, "EXPERIENCE", color="1F3A5F", size=11.5)
    for title, org, dates, bullets in (
        ("Senior Data Analyst", "Careem, Dubai", "03/2021 – Present",
         ["Built the surge-pricing monitoring dashboards used by 14 city teams.",
          "Designed A/B tests for rider promotions, lifting retention by 4 points."]),
        ("Data Analyst", "Emirates NBD, Dubai", "07/2018 – 02/2021",
         ["Automated monthly credit-risk reports with Python and SQL."]),
    ):
        para(doc, (title, {"bold": True, "size": 11}), space_before=4, space_after=0)
        para(doc, (f"{org}  |  {dates}", {"italic": True, "color": "4B5563"}))
        for b in bullets:
            bullet(doc, b)
    heading(doc, "EDUCATION", color="1F3A5F", size=11.5)
    para(doc, ("Bachelor of Science in Mathematics", {"bold": True, "size": 11}), space_before=4, space_after=0)
    para(doc, ("American University of Sharjah  |  2014 – 2018", {"italic": True, "color": "4B5563"}))
    para(doc, "GPA 3.55/4.0")
    heading(doc, "CERTIFICATIONS", color="1F3A5F", size=11.5)
    para(doc, "Tableau Desktop Specialist")
    doc.save(HERE / "word-sidebar-haddad.docx")


def word_banner_lima():
    doc = new_doc("Liberation Sans", 10, margins=(0.5, 0.7, 0.7, 0.7))
    photo = HERE / "_photo.png"

    def rgb(x, y):
        inside = (x - 60) ** 2 + (y - 50) ** 2 < 30 ** 2 or ((x - 60) ** 2 / 2.2 + (y - 120) ** 2 < 45 ** 2 and y > 85)
        return (220, 226, 232) if inside else (120, 134, 150)
    photo.write_bytes(png(120, 140, rgb))
    band = doc.add_table(rows=1, cols=2)
    no_borders(band)
    band.alignment = WD_TABLE_ALIGNMENT.CENTER
    widths(band, [1.3, 5.8])
    left, right = band.rows[0].cells
    shade(left, "0E4D64")
    shade(right, "0E4D64")
    left.paragraphs[0].add_run().add_picture(str(photo), width=Inches(1.1))
    cell_text(right, ("Rafael Teixeira Lima", {"bold": True, "size": 24, "color": "FFFFFF"}))
    cell_text(right, ("Mechanical Design Engineer", {"size": 12, "color": "CDE8F0"}), first=False)
    cell_text(right, ("+55 11 98765-4321   •   rafael.tlima@outlook.com   •   linkedin.com/in/rafaeltlima",
                      {"size": 9, "color": "FFFFFF"}), first=False)
    cell_text(right, ("São José dos Campos, Brazil", {"size": 9, "color": "FFFFFF"}), first=False)
    photo.unlink()
    heading(doc, "Work Experience", color="0E4D64", caps=True)
    for org, title, dates, bullets in (
        ("Embraer S.A.", "Design Engineer", "Jan 2020 – Present",
         ["Design of landing-gear fittings for the E2 family; FEA with ANSYS.",
          "Reduced part weight by 12% through topology optimisation."]),
        ("WEG Equipamentos Elétricos", "Mechanical Engineering Intern", "Jun 2018 – Dec 2019",
         ["Drafted motor housing variants in SolidWorks."]),
    ):
        tab_row(doc, f"{title}, {org}", dates, left_style={"bold": True}, right_style={"color": "0E4D64"})
        for b in bullets:
            bullet(doc, b)
    heading(doc, "Education", color="0E4D64", caps=True)
    tab_row(doc, "Master of Science in Mechanical Engineering", "2020 – 2022", left_style={"bold": True})
    para(doc, "Instituto Tecnológico de Aeronáutica (ITA)")
    tab_row(doc, "B.Eng. in Mechanical Engineering", "2014 – 2019", left_style={"bold": True})
    para(doc, "Universidade Estadual de Campinas (Unicamp)")
    para(doc, "Undergraduate research scholarship (FAPESP)")
    heading(doc, "Technical Skills", color="0E4D64", caps=True)
    para(doc, "SolidWorks • ANSYS • MATLAB • Python • GD&T")
    heading(doc, "Languages", color="0E4D64", caps=True)
    para(doc, "Portuguese (native), English (fluent), Spanish (intermediate)")
    doc.save(HERE / "word-banner-lima.docx")


def word_headcells_brennan():
    doc = new_doc("Calibri", 10.5)
    para(doc, ("Ciarán Brennan", {"bold": True, "size": 20}), space_after=0)
    para(doc, "Site Reliability Engineer  ·  Dublin, Ireland  ·  +353 87 555 0172  ·  ciaran.brennan@hey.com",
         size=9.5, space_after=8)
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)

    def section(title):
        row = table.add_row()
        label, body = row.cells
        shade(label, "D9E2F3")
        cell_text(label, (title, {"bold": True, "size": 11}))
        return body

    body = section("Profile")
    cell_text(body, "SRE with eight years of on-call experience in Kubernetes platforms and observability.")
    body = section("Experience")
    for org, title, dates, bullets in (
        ("Intercom", "Site Reliability Engineer", "Sep 2020 – present",
         ["Run the multi-region Kubernetes fleet (3,000 nodes).", "Introduced SLO-based alerting with Prometheus."]),
        ("Workday", "Systems Engineer", "Jun 2017 – Aug 2020", ["Automated server provisioning with Ansible."]),
    ):
        cell_text(body, (title, {"bold": True}), f" — {org}", first=not body.paragraphs[0].text)
        cell_text(body, (dates, {"italic": True}), first=False)
        for b in bullets:
            cell_text(body, f"• {b}", first=False)
    body = section("Education")
    cell_text(body, ("BSc Computer Science", {"bold": True}), " — University College Dublin")
    cell_text(body, ("2013 – 2017  ·  First Class Honours", {"italic": True}), first=False)
    body = section("Skills")
    cell_text(body, "Kubernetes, Terraform, Ansible, Prometheus, Grafana, Python, Bash, AWS")
    body = section("Awards")
    cell_text(body, "Winner, Dublin Cloud Hackathon (2021)")
    cell_text(body, "Intercom Engineering Impact Award", first=False)
    widths(table, [1.5, 5.6])
    doc.save(HERE / "word-headcells-brennan.docx")


def europass_mueller():
    doc = new_doc("Liberation Sans", 9.5, margins=(0.6, 0.6, 0.6, 0.6))
    table = doc.add_table(rows=0, cols=2)
    no_borders(table)
    grey = "3F3F3F"

    def row(label, *lines, label_style=None, head=False):
        r = table.add_row()
        left, right = r.cells
        cell_text(left, (label, label_style or {"color": "1F4E79", "size": 9}), align=WD_ALIGN_PARAGRAPH.RIGHT)
        for i, line in enumerate(lines):
            cell_text(right, *(line if isinstance(line, tuple) and isinstance(line[0], tuple) else (line,)),
                      first=i == 0)
        return r

    row("Curriculum Vitae", (("Katharina Müller", {"size": 18, "color": "1F4E79"}),),
        label_style={"size": 13, "color": "1F4E79"})
    row("Personal information", "")
    row("Address", "Rheinuferstraße 12, 68159 Mannheim (Germany)")
    row("Telephone", "+49 621 555 0187")
    row("E-mail", "k.mueller@posteo.de")
    row("Date of birth", "14.03.1995")
    row("Work experience", "", label_style={"bold": True, "size": 11, "color": "1F4E79"})
    row("01.10.2019 – present", (("Process Engineer", {"bold": True, "size": 10.5}),),
        "BASF SE, Ludwigshafen (Germany)",
        "Scale-up of catalyst production lines; HAZOP studies; Aspen Plus process models.")
    row("01.04.2017 – 31.03.2019", (("Working Student, Process Development", {"bold": True, "size": 10.5}),),
        "Evonik Industries AG, Hanau (Germany)", "Pilot-plant data evaluation in Python and MATLAB.")
    row("Education and training", "", label_style={"bold": True, "size": 11, "color": "1F4E79"})
    row("01.10.2016 – 31.08.2019", (("Master of Science in Chemical Engineering", {"bold": True, "size": 10.5}),),
        "Technical University of Munich (Germany)", "Thesis: kinetics of CO2 methanation on nickel catalysts")
    row("01.10.2013 – 30.09.2016", (("Bachelor of Science in Chemical Engineering", {"bold": True, "size": 10.5}),),
        "Karlsruhe Institute of Technology (Germany)")
    row("Personal skills", "", label_style={"bold": True, "size": 11, "color": "1F4E79"})
    row("Mother tongue", "German")
    row("Other languages", "English (C1), French (B1)")
    row("Digital skills", "Aspen Plus, MATLAB, Python, SAP, Microsoft Office")
    row("Driving licence", "B")
    row("Honours and awards", "", label_style={"bold": True, "size": 11, "color": "1F4E79"})
    row("2018", "Best Poster Award, ProcessNet Annual Meeting")
    row("2014 – 2016", "Deutschlandstipendium Scholarship")
    widths(table, [2.0, 5.3])
    for r in table.rows:
        r.cells[1].paragraphs[0].runs and setattr(r.cells[1].paragraphs[0].runs[0].font.color, "rgb",
                                                  r.cells[1].paragraphs[0].runs[0].font.color.rgb or RGBColor.from_string(grey))
    doc.save(HERE / "europass-mueller.docx")


def indian_fresher_reddy():
    doc = new_doc("Times New Roman", 11, margins=(0.6, 0.6, 0.7, 0.7))
    para(doc, ("SAI PRIYA REDDY", {"bold": True, "size": 16}), align=WD_ALIGN_PARAGRAPH.CENTER, space_after=0)
    para(doc, "Email: saipriya.reddy24@gmail.com | Mobile: +91 98480 12345", align=WD_ALIGN_PARAGRAPH.CENTER)
    para(doc, "LinkedIn: linkedin.com/in/saipriya-reddy | GitHub: github.com/saipriyar", align=WD_ALIGN_PARAGRAPH.CENTER)

    def head(text):
        t = doc.add_table(rows=1, cols=1)
        shade(t.rows[0].cells[0], "D9D9D9")
        cell_text(t.rows[0].cells[0], (text, {"bold": True}))
        para(doc, "", space_after=0, size=4)

    head("CAREER OBJECTIVE")
    para(doc, "To obtain a challenging position as a software engineer where I can apply my programming and "
              "problem-solving skills for the growth of the organisation.")
    head("ACADEMIC DETAILS")
    table = doc.add_table(rows=1, cols=5, style="Table Grid")
    for cell, text in zip(table.rows[0].cells, ("Qualification", "Institution", "Board / University", "Year",
                                                 "CGPA / %")):
        cell_text(cell, (text, {"bold": True}), align=WD_ALIGN_PARAGRAPH.CENTER)
    for values in (
        ("B.Tech (Computer Science and Engineering)", "Vasavi College of Engineering", "Osmania University",
         "2020 – 2024", "8.46/10"),
        ("Class XII (TSBIE)", "Sri Chaitanya Junior College", "TSBIE", "2020", "96.3%"),
        ("Class X (CBSE)", "Kendriya Vidyalaya Gachibowli", "CBSE", "2018", "9.8/10"),
    ):
        cells = table.add_row().cells
        for cell, text in zip(cells, values):
            cell_text(cell, text, align=WD_ALIGN_PARAGRAPH.CENTER)
    widths(table, [2.0, 1.9, 1.3, 1.0, 0.9])
    head("INTERNSHIP")
    para(doc, ("Infosys Limited", {"bold": True}), " – Summer Intern (May 2023 – Jul 2023)")
    bullet(doc, "Developed a Spring Boot microservice for leave management with a MySQL backend.")
    head("PROJECTS")
    para(doc, ("Crop Disease Detection", {"bold": True}), " – CNN model in TensorFlow, 94% accuracy on PlantVillage.")
    para(doc, ("Campus Connect", {"bold": True}), " – Android app for event notifications using Firebase.")
    head("TECHNICAL SKILLS")
    para(doc, ("Programming Languages: ", {"bold": True}), "C, C++, Java, Python")
    para(doc, ("Web Technologies: ", {"bold": True}), "HTML, CSS, JavaScript, React")
    para(doc, ("Database: ", {"bold": True}), "MySQL")
    para(doc, ("Tools: ", {"bold": True}), "Git, VS Code")
    head("ACHIEVEMENTS")
    bullet(doc, "First Prize in CodeVasavi 2023 college coding contest")
    bullet(doc, "Merit Scholarship for academic excellence, Vasavi College of Engineering")
    head("CERTIFICATIONS")
    bullet(doc, "NPTEL – Programming in Java (Elite)")
    head("PERSONAL DETAILS")
    para(doc, "Languages Known: English, Telugu, Hindi")
    para(doc, "Date of Birth: 12-08-2002")
    doc.save(HERE / "indian-fresher-reddy.docx")


def ml_researcher_nakamura():
    doc = new_doc("Liberation Serif", 10.5, margins=(0.75, 0.75, 0.85, 0.85))
    para(doc, ("Kenji Nakamura", {"bold": True, "size": 20}), space_after=0)
    para(doc, "Research Scientist, Google DeepMind  ·  London, UK")
    para(doc, "kenji.nakamura.ml@gmail.com  ·  kenjinakamura.github.io  ·  github.com/knakamura-ml", space_after=4)
    heading(doc, "Research Interests", color="000000", size=11.5)
    para(doc, "Efficient sequence models, mixture-of-experts routing, and long-context evaluation.")
    heading(doc, "Employment", color="000000", size=11.5)
    tab_row(doc, "Google DeepMind, Research Scientist", "2022 – present", left_style={"bold": True})
    para(doc, "Long-context language modelling; sparse routing for Gemini-scale models.")
    tab_row(doc, "Meta AI (FAIR), Research Intern", "Summer 2020", left_style={"bold": True})
    para(doc, "Memory-efficient attention kernels.")
    heading(doc, "Education", color="000000", size=11.5)
    tab_row(doc, "Ph.D. in Computer Science, Carnegie Mellon University", "2017 – 2022", left_style={"bold": True})
    para(doc, "Thesis: Routing and Memory in Sparse Sequence Models.")
    tab_row(doc, "B.S. in Mathematics, University of Tokyo", "2013 – 2017", left_style={"bold": True})
    heading(doc, "Selected Publications", color="000000", size=11.5)
    pubs = [
        "[1] K. Nakamura, L. Ferreira, and J. Osei. Sparse mixture routing for long-context transformers. "
        "In Advances in Neural Information Processing Systems (NeurIPS), 2023.",
        "[2] M. Lindgren, K. Nakamura, and P. Vos. Token dropping without tears: adaptive computation for "
        "encoders. In International Conference on Learning Representations (ICLR), 2022.",
        "[3] K. Nakamura and L. Ferreira. Calibrated early exits for streaming speech models. In Proceedings of "
        "the 39th International Conference on Machine Learning (ICML), 2022.",
        "[4] A. Okonkwo, K. Nakamura, S. Takeda, and J. Osei. Evaluating retrieval over million-token contexts. "
        "Transactions on Machine Learning Research, 2024.",
    ]
    for p in pubs:
        para(doc, p, indent=Inches(0.3), space_after=3).paragraph_format.first_line_indent = Inches(-0.3)
    heading(doc, "Preprints", color="000000", size=11.5)
    for p in (
        "[5] K. Nakamura, R. Haddad, and M. Lindgren. Learning when to forget: gated memory for recurrent "
        "transformers. arXiv preprint arXiv:2403.01877, 2024.",
        "[6] S. Takeda and K. Nakamura. A benchmark of needle retrieval under distractors. arXiv preprint "
        "arXiv:2311.04512, 2023.",
    ):
        para(doc, p, indent=Inches(0.3), space_after=3).paragraph_format.first_line_indent = Inches(-0.3)
    heading(doc, "Honors and Awards", color="000000", size=11.5)
    tab_row(doc, "Outstanding Reviewer, ICML", "2021")
    tab_row(doc, "CMU Presidential Fellowship", "2017")
    heading(doc, "Skills", color="000000", size=11.5)
    para(doc, "Python, PyTorch, JAX, CUDA, C++")
    doc.save(HERE / "ml-researcher-nakamura.docx")


def header_fernandez():
    """Name and contact in the Word page header (repeated on page 2), a dates | role | place table for jobs."""
    doc = new_doc("Cambria", 10.5, margins=(1.1, 0.7, 0.8, 0.8))
    header = doc.sections[0].header
    hp = header.paragraphs[0]
    hp.alignment = WD_ALIGN_PARAGRAPH.LEFT
    run = hp.add_run("Lucía Fernández Ortega")
    run.bold, run.font.size = True, Pt(18)
    para(header, "Madrid, Spain · +34 612 345 678 · lucia.fernandez.ortega@gmail.com · lfernandez.es", size=9)
    heading(doc, "Professional Experience", color="7B2C2C", size=11.5)
    table = doc.add_table(rows=0, cols=3)
    no_borders(table)
    for dates, title, org, place, bullets in (
        ("Feb 2021 – Present", "Senior Economist", "BBVA Research", "Madrid",
         ["Nowcasting models for Spanish GDP and household consumption.",
          "Lead author of the quarterly housing market outlook."]),
        ("Sep 2018 – Jan 2021", "Economic Analyst", "Banco de España", "Madrid",
         ["Built the regional credit-supply dashboard in R and Stata."]),
        ("Jun 2017 – Aug 2017", "Research Intern", "OECD Economics Department", "Paris",
         ["Data work for the Economic Survey of Spain."]),
    ):
        cells = table.add_row().cells
        cell_text(cells[0], (dates, {"size": 9.5, "color": "555555"}))
        cell_text(cells[1], (title, {"bold": True}))
        cell_text(cells[1], (org, {"italic": True}), first=False)
        for b in bullets:
            cell_text(cells[1], f"– {b}", first=False, size=9.5)
        cell_text(cells[2], (place, {"size": 9.5, "color": "555555"}), align=WD_ALIGN_PARAGRAPH.RIGHT)
    widths(table, [1.45, 4.6, 0.85])
    heading(doc, "Education", color="7B2C2C", size=11.5)
    for dates, degree, school in (
        ("2016 – 2018", "M.A. in Economics", "Universidad Carlos III de Madrid"),
        ("2012 – 2016", "Grado en Economía (B.Sc. Economics)", "Universidad Complutense de Madrid"),
    ):
        tab_row(doc, degree, dates, left_style={"bold": True})
        para(doc, school)
    para(doc, "Final grade 8.9/10; Extraordinary End-of-Degree Award")
    heading(doc, "Skills", color="7B2C2C", size=11.5)
    para(doc, ("Econometrics & data: ", {"bold": True}), "R, Stata, Python (pandas, statsmodels), SQL, EViews")
    para(doc, ("Languages: ", {"bold": True}), "Spanish (native), English (C2), French (B2)")
    heading(doc, "Certifications", color="7B2C2C", size=11.5)
    para(doc, "CFA Level II candidate")
    doc.save(HERE / "header-fernandez.docx")


def word_twocol_okonkwo():
    """A full-page two-column table: a narrow left column (contact, skills, education) beside the main one."""
    doc = new_doc("Carlito", 10, margins=(0.5, 0.5, 0.5, 0.5))
    para(doc, ("CHUKWUEMEKA OKONKWO", {"bold": True, "size": 22, "color": "0B5345"}), space_after=0)
    para(doc, ("Data Engineer", {"size": 12, "color": "555555"}), space_after=8)
    table = doc.add_table(rows=1, cols=2)
    no_borders(table)
    left, right = table.rows[0].cells
    shade(left, "E8F6F3")

    def side_head(cell, text, first=False):
        cell_text(cell, (text, {"bold": True, "size": 11, "color": "0B5345"}), first=first)

    side_head(left, "CONTACT", first=True)
    for line in ("Lagos, Nigeria", "+234 803 555 0199", "emeka.okonkwo@zoho.com", "github.com/eokonkwo-data"):
        cell_text(left, (line, {"size": 9}), first=False)
    side_head(left, "SKILLS")
    for line in ("Python, Scala, SQL", "Apache Spark, Airflow", "dbt, Snowflake, BigQuery", "Kafka, Docker"):
        cell_text(left, (line, {"size": 9}), first=False)
    side_head(left, "EDUCATION")
    cell_text(left, ("B.Sc. Computer Science", {"bold": True, "size": 9.5}), first=False)
    cell_text(left, ("University of Lagos", {"size": 9}), first=False)
    cell_text(left, ("2012 – 2016", {"size": 9}), first=False)
    cell_text(left, ("Second Class Upper", {"size": 9}), first=False)
    side_head(left, "LANGUAGES")
    cell_text(left, ("English, Igbo, Yoruba", {"size": 9}), first=False)

    side_head(right, "SUMMARY", first=True)
    cell_text(right, "Data engineer building batch and streaming pipelines for fintech products serving "
                     "ten million users.", first=False)
    side_head(right, "WORK EXPERIENCE")
    for title, org, dates, bullets in (
        ("Senior Data Engineer", "Flutterwave", "Jan 2022 – Present",
         ["Migrated 300 Airflow DAGs to dbt on Snowflake.", "Cut warehouse cost by 28%."]),
        ("Data Engineer", "Interswitch Group", "Aug 2018 – Dec 2021",
         ["Built a Kafka-based transaction event stream (20k events/s)."]),
        ("Software Developer Intern", "Andela", "Jun 2016 – Nov 2016", ["Internal tooling in Python."]),
    ):
        cell_text(right, (title, {"bold": True, "size": 10.5}), first=False)
        cell_text(right, (f"{org} | {dates}", {"italic": True, "color": "555555"}), first=False)
        for b in bullets:
            cell_text(right, f"• {b}", first=False)
    side_head(right, "PROJECTS")
    cell_text(right, ("naija-fx-rates", {"bold": True}), " – open-source daily exchange-rate scraper (400 stars).",
              first=False)
    side_head(right, "AWARDS")
    cell_text(right, "Best Data Team, Flutterwave Engineering Awards 2023", first=False)
    cell_text(right, "MTN Foundation Science and Technology Scholarship", first=False)
    widths(table, [2.2, 5.3])
    doc.save(HERE / "word-twocol-okonkwo.docx")


if __name__ == "__main__":
    word_tabs_okafor()
    word_sidebar_haddad()
    word_banner_lima()
    word_headcells_brennan()
    europass_mueller()
    indian_fresher_reddy()
    ml_researcher_nakamura()
    header_fernandez()
    word_twocol_okonkwo()
