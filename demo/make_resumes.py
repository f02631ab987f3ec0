#!/usr/bin/env python3
"""Generate the demo resumes: demo/resumes/<slug>.pdf + <slug>.json.

Every person below is FICTIONAL (names, contact details, paper titles and
sentences are invented; universities, companies and venues are real names used
for realism). Each person is a single Python data structure; the PDF is drawn
from it by one of eight layout functions and the gold label (format:
/work/shared/resumes/SCHEMA.md, conventions: dev/INDEX.md) is derived from the
same structure, so the two cannot disagree.

Run from the repository root:   .venv/bin/python demo/make_resumes.py
Output is deterministic (reportlab invariant=1): re-running gives identical bytes.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch, mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.cidfonts import UnicodeCIDFont
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    FrameBreak,
    NextPageTemplate,
    PageBreak,
    PageTemplate,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import HRFlowable

OUT_DIR = Path(__file__).resolve().parent / "resumes"
CJK = "STSong-Light"
pdfmetrics.registerFont(UnicodeCIDFont(CJK))

# ---------------------------------------------------------------------------
# Small data helpers
# ---------------------------------------------------------------------------


def S(printed, *canon):
    """A skill as printed, plus its canonical label name(s)."""
    return (printed, list(canon) if canon else [printed.lower()])


MONTHS = ["January", "February", "March", "April", "May", "June", "July",
          "August", "September", "October", "November", "December"]


def fmt_date(d, style="mon", present="Present"):
    """Format a label date ('YYYY-MM', 'YYYY', 'present') in a printed style."""
    if d is None:
        return ""
    if d == "present":
        return present
    if "-" not in d:
        return d
    y, m = d.split("-")
    mi = int(m)
    if style == "mon":
        return f"{MONTHS[mi - 1][:3]} {y}"
    if style == "mon.":  # LaTeX-resume style abbreviations
        name = MONTHS[mi - 1]
        return f"{name} {y}" if len(name) <= 4 else f"{name[:3]}. {y}"
    if style == "full":
        return f"{MONTHS[mi - 1]} {y}"
    if style == "slash":
        return f"{m}/{y}"
    if style == "dot":
        return f"{y}.{m}"
    raise ValueError(style)


def span(e, style="mon", present="Present", dash=" – ", expected="Expected {}"):
    end = fmt_date(e["end"], style, present)
    if e.get("expected"):
        end = expected.format(end)
    if e.get("start") is None:
        return end
    return fmt_date(e["start"], style, present) + dash + end


def num(s):
    if s is None:
        return None
    return float(s) if "." in s else int(s)


def norm_phone(p):
    plus = p.strip().startswith("+")
    digits = re.sub(r"\D", "", p.replace("(0)", ""))
    return ("+" if plus else "") + digits


def norm_link(u):
    u = re.sub(r"^[a-z]+://", "", u.strip())
    u = re.sub(r"^www\.", "", u, flags=re.I)
    u = u.rstrip("/")
    host, _, path = u.partition("/")
    return host.lower() + ("/" + path if path else "")


def gpa_text(ed):
    if ed.get("gpa_fmt") is None:
        return ""
    return ed["gpa_fmt"].format(gpa=ed.get("gpa"), scale=ed.get("gpa_scale"),
                                rank=ed.get("rank"))


def degree_text(ed, sep=" in "):
    if ed.get("field"):
        return f"{ed['degree']}{sep}{ed['field']}" + (ed.get("degree_suffix") or "")
    return ed["degree"] + (ed.get("degree_suffix") or "")


def dedupe(xs):
    out = []
    for x in xs:
        if x not in out:
            out.append(x)
    return out


def label(p):
    """The gold JSON for person p (SCHEMA.md v1)."""
    forms = p["author_forms"]
    pubs = []
    for pub in p.get("publications", []):
        assert pub["year"] is None or str(pub["year"]) in pub["venue_text"], pub
        pubs.append({
            "title": pub["title"],
            "venue": pub["venue"],
            "year": pub["year"],
            "authors": list(pub["authors"]),
            "first_author": (pub["authors"][0] in forms) if pub["authors"] else None,
        })
    skills = []
    for _cat, items in p.get("skills", []):
        for _printed, canon in items:
            skills.extend(canon)
    # Awards-section lines are kept as listed (an award won twice and listed twice stays
    # twice); honours named in education entries are added unless also listed there.
    section = [a["text"] for a in p.get("awards", [])]
    awards = dedupe(h for ed in p["education"] for h in ed.get("honours", []) if h not in section)
    awards += section
    return {
        "name": p["name"],
        "emails": [e.lower() for e in p["emails"]],
        "phones": [norm_phone(x) for x in p["phones"]],
        "links": [norm_link(x) for x in p["links"]],
        "education": [{
            "institution": ed["institution"],
            "degree_level": ed["degree_level"],
            "degree": ed["degree"],
            "field": ed.get("field"),
            "start": ed.get("start"),
            "end": ed.get("end"),
            "gpa": num(ed.get("gpa")),
            "gpa_scale": num(ed.get("gpa_scale")),
            "rank": ed.get("rank"),
        } for ed in p["education"]],
        "experience": [{
            "organization": x["organization"],
            "title": x["title"],
            "start": x.get("start"),
            "end": x.get("end"),
        } for x in p["experience"] + p.get("teaching", [])],
        "publications": pubs,
        "skills": dedupe(skills),
        "awards": awards,
    }


# ---------------------------------------------------------------------------
# Typography helpers
# ---------------------------------------------------------------------------


def E(s):
    return escape(s or "")


def st(name, font="Helvetica", size=9.5, leading=None, **kw):
    return ParagraphStyle(name, fontName=font, fontSize=size,
                          leading=leading or round(size * 1.25, 1), **kw)


def lr(left, right, width, right_w=None, style=None):
    """A borderless two-cell row: left text, right-aligned text."""
    right_w = right_w or width * 0.3
    t = Table([[left, right]], colWidths=[width - right_w, right_w])
    t.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
        ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
    ] + (style or [])))
    return t


# reportlab encodes U+2022 in WinAnsi as 0x7F, which pdfminer reads as "(cid:127)";
# the Symbol font's bullet extracts as a real "•", so bullets are set in Symbol.
BULLET_FONT = dict(bulletFontName="Symbol")


def bullets(lines, style, sym="•", indent=10, esc=None):
    bs = ParagraphStyle("b", parent=style, leftIndent=indent, bulletIndent=2,
                        **(BULLET_FONT if sym == "•" else {}))
    return [Paragraph((esc or E)(x), bs, bulletText=sym) for x in lines]


def authors_markup(pub, forms, style="full", bold=True):
    names = []
    for i, a in enumerate(pub["authors"]):
        shown = a
        if style == "apa":  # "L. Bellini" -> "Bellini, L."
            given, family = a.rsplit(" ", 1)
            shown = f"{family}, {given}"
        shown = E(shown) + ("*" if i in pub.get("equal", ()) else "")
        if bold and a in forms:
            shown = f"<b>{shown}</b>"
        names.append(shown)
    if style == "apa":
        return ", ".join(names[:-1]) + (", &amp; " if len(names) > 2 else " &amp; ") + names[-1] \
            if len(names) > 1 else names[0]
    if style == "and" and len(names) > 1:
        return ", ".join(names[:-1]) + (", and " if len(names) > 2 else " and ") + names[-1]
    return ", ".join(names)


class FakeBoldText(Flowable):
    """A single line drawn fill+stroke (the CJK font has no bold face)."""

    def __init__(self, text, font, size, color=colors.black, stroke=0.35):
        super().__init__()
        self.text, self.font, self.size, self.color, self.stroke = text, font, size, color, stroke

    def wrap(self, aw, ah):
        self.aw = aw
        return aw, self.size * 1.3

    def draw(self):
        c = self.canv
        c.saveState()
        c.setFillColor(self.color)
        c.setStrokeColor(self.color)
        c.setLineWidth(self.stroke)
        t = c.beginText(0, self.size * 0.28)
        t.setFont(self.font, self.size)
        t.setTextRenderMode(2)
        t.textLine(self.text)
        c.drawText(t)
        c.restoreState()


def build(path, story, pagesize, margins, p, onpage=None, templates=None):
    meta = dict(title=f"Resume - {p['name']}", author=p["name"],
                subject="Fictional demo resume", creator="demo/make_resumes.py",
                invariant=1)
    if templates:
        doc = BaseDocTemplate(str(path), pagesize=pagesize, pageTemplates=templates, **meta)
    else:
        lm, rm, tm, bm = margins
        doc = SimpleDocTemplate(str(path), pagesize=pagesize, leftMargin=lm, rightMargin=rm,
                                topMargin=tm, bottomMargin=bm, **meta)
    if onpage and not templates:
        doc.build(story, onFirstPage=onpage, onLaterPages=onpage)
    else:
        doc.build(story)
    return doc


# ---------------------------------------------------------------------------
# The people (all fictional)
# ---------------------------------------------------------------------------

WHITAKER = dict(
    slug="daniel-whitaker", layout="classic",
    name="Daniel R. Whitaker", author_forms={"Daniel R. Whitaker"},
    headline="Machine Learning Engineer · NLP and retrieval",
    location="San Francisco, CA",
    emails=["daniel.whitaker@example.com"],
    phones=["+1 (415) 555-0134"],
    links=["github.com/dwhitaker-nlp", "linkedin.com/in/daniel-r-whitaker"],
    summary=("Machine learning engineer with six years of experience building retrieval, ranking "
             "and text-classification systems, from research prototypes to services answering "
             "millions of queries a day."),
    education=[
        dict(institution="Stanford University", location="Stanford, CA",
             degree_level="master", degree="M.S.", field="Computer Science",
             start="2017-09", end="2019-06", gpa="3.8", gpa_scale="4.0",
             gpa_fmt="GPA: {gpa}/{scale}",
             notes=["Specialization: Artificial Intelligence."]),
        dict(institution="University of Michigan", location="Ann Arbor, MI",
             degree_level="bachelor", degree="B.S.E.", field="Computer Science",
             start="2013-09", end="2017-05", gpa="3.74", gpa_scale="4.00",
             gpa_fmt="GPA: {gpa}/{scale}", honours=["James B. Angell Scholar"]),
    ],
    experience=[
        dict(organization="Databricks", title="Senior Machine Learning Engineer",
             location="San Francisco, CA", start="2021-08", end="present",
             bullets=["Lead a team of four building the retrieval layer behind an enterprise "
                      "question-answering product; cut p95 latency from 480 ms to 140 ms.",
                      "Designed an offline evaluation harness with 12k annotated queries that "
                      "now gates every ranking-model release.",
                      "Distilled a 7B-parameter reranker into a 110M-parameter model that keeps "
                      "96% of its NDCG@10."]),
        dict(organization="Salesforce", title="Machine Learning Engineer",
             location="Palo Alto, CA", start="2019-07", end="2021-07",
             bullets=["Shipped intent classifiers for customer-service chat in 9 languages.",
                      "Built a weak-supervision pipeline that replaced 70% of manual labelling "
                      "for new intents."]),
        dict(organization="Stanford University", title="Graduate Research Assistant",
             location="Stanford, CA", start="2018-01", end="2019-06",
             bullets=["Studied calibration of dense retrievers under domain shift."]),
        dict(organization="Apple", title="Machine Learning Intern",
             location="Cupertino, CA", start="2018-06", end="2018-09",
             bullets=["Prototyped on-device query autocompletion with a 4 MB language model."]),
    ],
    publications=[
        dict(title="Calibrated Dense Retrieval for Long-Form Question Answering under Domain Shift",
             authors=["Daniel R. Whitaker", "Mei Tanaka", "Christopher Hale"],
             venue="EMNLP", year=2022,
             venue_text="In Proceedings of EMNLP 2022"),
        dict(title="Sparse Adapters for Low-Resource Intent Classification",
             authors=["Ravi Menon", "Daniel R. Whitaker", "Sofia Alvarez", "Jing Wu"],
             venue="NAACL", year=2021, venue_text="NAACL 2021"),
    ],
    skills=[
        ("Languages", [S("Python"), S("C/C++", "c", "c++"), S("SQL"), S("Scala")]),
        ("ML", [S("Pytorch", "pytorch"), S("Tensorflow 2", "tensorflow"), S("JAX"),
                S("scikit-learn"), S("spaCy")]),
        ("Infrastructure", [S("Docker"), S("k8s", "kubernetes"), S("Spark"), S("Airflow"),
                            S("AWS")]),
    ],
    awards=[dict(text="Stanford School of Engineering Fellowship", year="2017"),
            dict(text="1st Place, MHacks Fall Hackathon", year="2016")],
)

NWACHUKWU = dict(
    slug="amara-nwachukwu", layout="sidebar",
    name="Amara Nwachukwu", author_forms={"Amara Nwachukwu"},
    headline="Computer Vision Research Engineer",
    location="London, United Kingdom",
    emails=["a.nwachukwu@example.co.uk"],
    phones=["+44 (0)20 7946 0958"],
    links=["linkedin.com/in/amara-nwachukwu", "github.com/anwachukwu"],
    summary=("Research engineer working on camera-based perception for autonomous driving: "
             "bird's-eye-view segmentation, depth estimation and video understanding. I like "
             "taking ideas from paper to fleet."),
    education=[
        dict(institution="Imperial College London", location="London",
             degree_level="master", degree="MSc", field="Advanced Computing",
             start="2019-10", end="2020-09", grade="Distinction",
             notes=["Thesis: temporally consistent video instance segmentation."]),
        dict(institution="The University of Manchester", location="Manchester",
             degree_level="bachelor", degree="BEng (Hons)", field="Electrical and Electronic Engineering",
             start="2016-09", end="2019-06", grade="First Class Honours",
             honours=["Faculty of Science and Engineering Excellence Scholarship"]),
    ],
    experience=[
        dict(organization="Wayve", title="Senior Research Engineer", location="London",
             start="2022-01", end="present",
             bullets=["Own the multi-camera bird's-eye-view segmentation model used by the "
                      "driving policy; improved rare-class IoU by 9 points.",
                      "Built an active-learning loop that picks 2% of fleet frames for labelling.",
                      "Mentor two junior engineers and one PhD intern."]),
        dict(organization="Wayve", title="Research Engineer", location="London",
             start="2020-10", end="2021-12",
             bullets=["Trained self-supervised monocular depth models on 40M night-time frames."]),
        dict(organization="Microsoft Research", title="Research Intern", location="Cambridge, UK",
             start="2020-06", end="2020-09",
             bullets=["Worked on hand-pose estimation from egocentric video for mixed reality."]),
        dict(organization="Department of Computing, Imperial College London",
             title="Graduate Teaching Assistant", location="London",
             start="2019-10", end="2020-03",
             bullets=["Ran lab sessions for the Introduction to Machine Learning course."]),
    ],
    publications=[
        dict(title="Occlusion-Aware Bird's-Eye-View Segmentation from Sparse Camera Rigs",
             authors=["Amara Nwachukwu", "Thomas Reid", "Lucía Fernández"],
             venue="CVPR", year=2023, venue_text="CVPR 2023"),
        dict(title="Self-Supervised Depth Priors for Night-Time Driving Scenes",
             authors=["Jonas Weber", "Amara Nwachukwu", "Hugo Laurent", "Thomas Reid"],
             venue="ICRA", year=2022, venue_text="ICRA 2022"),
        dict(title="Temporal Consistency Losses for Video Instance Segmentation",
             authors=["Amara Nwachukwu", "Nikhil Rao"],
             venue="BMVC", year=2021, venue_text="BMVC 2021"),
    ],
    skills=[
        ("Programming", [S("Python"), S("C++"), S("CUDA")]),
        ("Frameworks", [S("PyTorch"), S("JAX"), S("OpenCV"), S("ROS")]),
        ("Tools", [S("Docker"), S("Git"), S("Linux")]),
    ],
    spoken=["English (native)", "Igbo (fluent)", "French (professional)"],
    awards=[dict(text="Runner-up, Oxford Robotics Hackathon 2019"),
            dict(text="IET Diamond Jubilee Scholarship")],
)

REYES = dict(
    slug="jordan-reyes", layout="jakes",
    name="Jordan T. Reyes", author_forms={"Jordan T. Reyes"},
    emails=["jreyes@example.edu"],
    phones=["512-555-0187"],
    links=["linkedin.com/in/jordan-t-reyes", "github.com/jtreyes"],
    education=[
        dict(institution="The University of Texas at Austin", location="Austin, TX",
             degree_level="master", degree="M.S.", field="Computer Science",
             start="2023-08", end="2025-05", expected=True, gpa="4.00", gpa_scale="4.00",
             gpa_fmt="GPA: {gpa} / {scale}"),
        dict(institution="Texas A&M University", location="College Station, TX",
             degree_level="bachelor", degree="B.S.", field="Computer Science",
             degree_suffix=", Minor in Mathematics",
             start="2019-08", end="2023-05", gpa="3.67", gpa_fmt="GPA: {gpa}"),
    ],
    experience=[
        dict(organization="NVIDIA", title="Deep Learning Intern", location="Santa Clara, CA",
             start="2024-05", end="2024-08",
             bullets=["Added speculative decoding to an internal LLM inference server, raising "
                      "throughput 1.8x at equal quality.",
                      "Wrote CUDA-graph capture tests that caught two release-blocking regressions."]),
        dict(organization="The University of Texas at Austin", title="Graduate Research Assistant",
             location="Austin, TX", start="2023-09", end="present",
             bullets=["Study how instruction-tuned language models handle multi-step arithmetic "
                      "word problems; built a 5k-item probing benchmark.",
                      "Ran 300+ fine-tuning experiments on a Slurm cluster with 64 A100 GPUs."]),
        dict(organization="Texas A&M University", title="Undergraduate Teaching Assistant",
             location="College Station, TX", start="2021-01", end="2023-05",
             bullets=["Held weekly office hours and graded projects for Data Structures and "
                      "Algorithms (220 students)."]),
    ],
    projects=[
        ("TinyRAG", "Python, FAISS, Flask",
         ["Open-source retrieval-augmented QA demo over course notes; 400 GitHub stars."]),
        ("Chess Commentary Generator", "PyTorch",
         ["Fine-tuned a small seq2seq model to describe chess moves in plain English."]),
    ],
    publications=[
        dict(title="Where Do Instruction-Tuned Models Lose Track? Probing Multi-Step Arithmetic",
             authors=["Jordan T. Reyes", "Hannah Osei", "Henrik Lindgren"],
             venue="COLING", year=2024, venue_text="COLING 2024"),
    ],
    skills=[
        ("Languages", [S("Python"), S("Java"), S("C++"), S("SQL"), S("JavaScript")]),
        ("Frameworks", [S("PyTorch"), S("NumPy"), S("pandas"), S("scikit-learn"), S("Flask")]),
        ("Developer Tools", [S("Git"), S("Docker"), S("Linux"), S("LaTeX"), S("Slurm")]),
    ],
    awards=[dict(text="Dean's Honor List (6 semesters)"),
            dict(text="Lone Star Computing Scholarship"),
            dict(text="HackTX 2022 Best Use of AI")],
)

LIU = dict(
    slug="haoran-liu", layout="academic",
    name="Haoran Liu", author_forms={"Haoran Liu"},
    headline="Ph.D. Candidate, Robotics Institute, Carnegie Mellon University",
    address=["Robotics Institute, Carnegie Mellon University", "5000 Forbes Avenue",
             "Pittsburgh, PA 15213"],
    emails=["haoranl@example.edu", "liu.haoran.cv@example.com"],
    phones=["+1 (412) 555-0199"],
    links=["www.haoranliu.example.org", "github.com/haoran-liu-cv"],
    interests=("3D computer vision, neural rendering, sparse-view reconstruction, and "
               "generative priors for geometry."),
    education=[
        dict(institution="Carnegie Mellon University", location="Pittsburgh, PA",
             degree_level="phd", degree="Ph.D.", field="Robotics",
             start="2019-08", end="present",
             notes=["Thesis: Learning Geometry from Few Views with Generative Priors (in progress)."]),
        dict(institution="Tsinghua University", location="Beijing, China",
             degree_level="bachelor", degree="B.Eng.", field="Automation",
             start="2015-08", end="2019-07", gpa="3.91", gpa_scale="4.0", rank="Top 3%",
             gpa_fmt="GPA: {gpa}/{scale} (rank: {rank})"),
    ],
    experience=[
        dict(organization="Meta AI (FAIR)", title="Research Scientist Intern", location="Menlo Park, CA",
             start="2023-05", end="2023-08",
             bullets=["Diffusion-based novel-view synthesis from three input images; work led to [1]."]),
        dict(organization="Google Research", title="Student Researcher", location="Mountain View, CA",
             start="2022-06", end="2022-12",
             bullets=["Uncertainty-aware neural radiance fields for outdoor scenes; work led to [5]."]),
        dict(organization="Carnegie Mellon University", title="Graduate Research Assistant",
             location="Pittsburgh, PA", start="2019-08", end="present",
             bullets=["Sparse-view 3D reconstruction, neural rendering, and multi-view geometry."]),
        dict(organization="Tsinghua University", title="Undergraduate Researcher",
             location="Beijing, China", start="2017-09", end="2019-06",
             bullets=["Image restoration and light-field depth estimation."]),
    ],
    teaching=[
        dict(organization="Carnegie Mellon University", title="Teaching Assistant",
             title_suffix=", 16-385 Computer Vision", location="Pittsburgh, PA",
             start="2021", end="2021", when="Spring 2021"),
        dict(organization="Carnegie Mellon University", title="Teaching Assistant",
             title_suffix=", 16-825 Learning for 3D Vision", location="Pittsburgh, PA",
             start="2022", end="2022", when="Fall 2022"),
    ],
    publications=[
        dict(title="Geometry-Consistent Diffusion Priors for Sparse-View Reconstruction",
             authors=["Haoran Liu", "Marta Ortega", "Seo-yeon Kim", "Andrew Pollard"],
             venue="ICCV", year=2023, venue_text="ICCV'2023"),
        dict(title="Neural Surface Fields from Unposed Image Collections",
             authors=["Wei Zhang", "Haoran Liu", "Marta Ortega"],
             venue="CVPR", year=2023,
             venue_text="Proceedings of the IEEE/CVF Conference on Computer Vision and Pattern "
                        "Recognition (CVPR), 2023"),
        dict(title="Learning Correspondence Without Keypoints for Wide-Baseline Stereo",
             authors=["Haoran Liu", "Wei Zhang"], equal=(0, 1),
             venue="TPAMI", year=2024,
             venue_text="IEEE Transactions on Pattern Analysis and Machine Intelligence "
                        "(TPAMI), vol. 46, no. 3, pp. 1412–1427, 2024"),
        dict(title="Sparse-View Scene Completion with Layered Depth Priors",
             authors=["Haoran Liu", "Seo-yeon Kim", "Andrew Pollard"],
             venue="NeurIPS", year=2022, venue_text="NeurIPS 2022"),
        dict(title="Confidence-Guided Radiance Fields for Unbounded Outdoor Scenes",
             authors=["Haoran Liu", "Julien Moreau", "Priya Natarajan", "Daniel Okonkwo"],
             venue="ECCV", year=2022,
             venue_text="European Conference on Computer Vision (ECCV), 2022"),
        dict(title="Cross-Modal Distillation for Few-Shot Point Cloud Segmentation",
             authors=["Yiming Sun", "Haoran Liu", "Lei Guo"],
             venue="AAAI", year=2022, venue_text="AAAI 2022"),
        dict(title="Shape-from-Silhouette Revisited: Differentiable Visual Hulls for Thin Structures",
             authors=["Haoran Liu", "Andrew Pollard"],
             venue="IJCV", year=2023,
             venue_text="International Journal of Computer Vision, 131(9), 2023"),
        dict(title="Occupancy Flow Priors for Dynamic Human Reconstruction",
             authors=["Seo-yeon Kim", "Haoran Liu", "Marta Ortega", "Andrew Pollard"],
             venue="CVPR", year=2021, venue_text="CVPR 2021"),
        dict(title="Self-Calibrating Multi-View Photometric Stereo",
             authors=["Haoran Liu", "Seo-yeon Kim"],
             venue="3DV", year=2021,
             venue_text="International Conference on 3D Vision (3DV), 2021"),
        dict(title="Event-Guided Deblurring for Fast-Moving Robot Manipulators",
             authors=["Rahul Bose", "Haoran Liu", "Emily Carter"],
             venue="ICRA", year=2021,
             venue_text="IEEE International Conference on Robotics and Automation (ICRA), 2021"),
        dict(title="Lightweight Depth Completion for Mobile Robots",
             authors=["Emily Carter", "Rahul Bose", "Haoran Liu"],
             venue="WACV", year=2021, venue_text="WACV 2021"),
        dict(title="Attention-Guided Light Field Depth Estimation with Occlusion Reasoning",
             authors=["Haoran Liu", "Qiang Zhao", "Jie Xu"],
             venue="ICIP", year=2019,
             venue_text="IEEE International Conference on Image Processing, 2019"),
        dict(title="Frequency-Aware Networks for Real-World Image Denoising",
             authors=["Qiang Zhao", "Haoran Liu", "Jie Xu"],
             venue="arXiv", year=2019, venue_text="arXiv preprint arXiv:1911.04417, 2019"),
    ],
    talks=["Generative Priors for Sparse-View 3D, Vision Seminar, University of Michigan, 2024",
           "Geometry Meets Diffusion, Pittsburgh Computer Vision Meetup, 2023"],
    service=["Reviewer: CVPR (2021–2024), ICCV (2021, 2023), ECCV (2022, 2024), NeurIPS (2022–2024), "
             "TPAMI, IJCV",
             "Co-organizer, CMU Robotics Institute Vision Reading Group (2020–2022)"],
    skills=[
        ("Programming", [S("Python"), S("C++"), S("CUDA")]),
        ("Libraries and tools", [S("PyTorch"), S("JAX"), S("OpenCV"), S("Open3D"), S("COLMAP"),
                                 S("Blender")]),
    ],
    awards=[dict(text="Outstanding Reviewer, CVPR 2023", year="2023"),
            dict(text="Robotics Institute Graduate Fellowship", year="2019"),
            dict(text="National Scholarship, Ministry of Education of China", year="2017"),
            dict(text="National Scholarship, Ministry of Education of China", year="2016"),
            dict(text="Tsinghua Outstanding Undergraduate Thesis Award", year="2019")],
)

SUBRAMANIAN = dict(
    slug="kavya-subramanian", layout="edutable",
    name="Kavya Subramanian", author_forms={"Kavya Subramanian"},
    headline="Applied Scientist · Multilingual NLP and speech",
    location="Hyderabad, India",
    emails=["kavya.subramanian@example.com"],
    phones=["+91 98450 55512"],
    links=["github.com/kavya-sub", "linkedin.com/in/kavyasubramanian"],
    education=[
        dict(institution="Indian Institute of Technology Bombay", degree_level="bachelor",
             degree="B.Tech.", field="Electrical Engineering", start="2015", end="2019",
             gpa="9.1", gpa_scale="10", gpa_fmt="CGPA {gpa}/{scale}"),
        dict(institution="Delhi Public School, Bangalore South", degree_level="highschool",
             degree="Class XII (CBSE)", field=None, start=None, end="2015",
             gpa="94.6", gpa_scale="100", gpa_fmt="{gpa}%"),
        dict(institution="National Public School, Indiranagar", degree_level="highschool",
             degree="Class X (CBSE)", field=None, start=None, end="2013",
             gpa="85", gpa_scale="100", gpa_fmt="{gpa}%"),
    ],
    experience=[
        dict(organization="Microsoft", title="Applied Scientist", location="Hyderabad",
             start="2021-07", end="present",
             bullets=["Build multilingual query-understanding models for Bing in 11 Indian "
                      "languages; +3.2% relative click-through in Hindi and Tamil.",
                      "Introduced transliteration-robust tokenization for code-mixed queries.",
                      "Own the distillation pipeline that ships 60M-parameter models to production."]),
        dict(organization="Google Research India", title="Pre-Doctoral Researcher",
             location="Bengaluru", start="2019-07", end="2021-06",
             bullets=["Low-resource machine translation for Indic languages; led the work in [1].",
                      "Collected and cleaned a 2M-sentence Tamil–English parallel corpus."]),
        dict(organization="Samsung R&D Institute India", title="Research Intern",
             location="Bengaluru", start="2018-05", end="2018-07",
             bullets=["Keyword spotting for on-device voice assistants in Kannada."]),
    ],
    publications=[
        dict(title="Script-Agnostic Subword Sharing for Low-Resource Indic Machine Translation",
             authors=["Kavya Subramanian", "Arjun Mehta", "Pooja Iyer"],
             venue="ACL", year=2021,
             venue_text="In Proceedings of the 59th Annual Meeting of the Association for "
                        "Computational Linguistics (ACL 2021)"),
        dict(title="Code-Mixed Spoken Language Understanding with Transliteration-Aware Pretraining",
             authors=["Rohan Das", "Kavya Subramanian", "Meera Nair"],
             venue="Interspeech", year=2022, venue_text="Interspeech 2022"),
    ],
    skills=[
        ("Programming", [S("Python"), S("C/C++", "c", "c++"), S("Java"), S("Bash")]),
        ("ML / NLP", [S("Pytorch", "pytorch"), S("Tensorflow 2", "tensorflow"), S("Keras"),
                      S("scikit-learn"), S("fairseq")]),
        ("Tools", [S("Git"), S("Docker"), S("k8s", "kubernetes"), S("Azure ML")]),
    ],
    awards=[dict(text="KVPY Fellowship, Department of Science and Technology, Government of India"),
            dict(text="All India Rank 512, JEE Advanced 2015"),
            dict(text="Institute Academic Prize, IIT Bombay")],
)

BELLINI = dict(
    slug="lorenzo-bellini", layout="europass",
    name="Lorenzo Bellini", author_forms={"L. Bellini"},
    headline="Senior Data Scientist",
    location="Zürich, Switzerland",
    emails=["l.bellini@example.com"],
    phones=["+41 78 555 23 14"],
    links=["linkedin.com/in/lorenzobellini-ds", "github.com/lbellini"],
    summary=("Data scientist with a background in computer engineering. I build pricing, "
             "forecasting and fraud models for insurance and consumer apps, and care about "
             "experiment design and models that people can explain."),
    experience=[
        dict(organization="Zurich Insurance Group", title="Senior Data Scientist",
             location="Zürich, Switzerland", start="2021-03", end="present",
             bullets=["Lead data scientist for motor-claims fraud detection; the gradient-boosted "
                      "model flags 30% more confirmed fraud at the same review budget.",
                      "Built a hierarchical Bayesian claim-frequency model used in pricing for "
                      "four European markets.",
                      "Introduced model cards and a monthly model-risk review."]),
        dict(organization="Bending Spoons", title="Data Scientist", location="Milan, Italy",
             start="2018-09", end="2021-02",
             bullets=["Churn and lifetime-value models for subscription apps with 100M+ installs.",
                      "Designed the company's sequential A/B-testing guidelines."]),
        dict(organization="Department of Information Engineering, Università degli Studi di Padova",
             title="Research Assistant", location="Padua, Italy", start="2017-10", end="2018-07",
             bullets=["Survival models for customer churn, in collaboration with a telecom operator."]),
    ],
    education=[
        dict(institution="Politecnico di Torino", location="Turin, Italy",
             degree_level="master", degree="M.Sc.", field="Computer Engineering",
             start="2015-09", end="2017-07", gpa="108", gpa_scale="110",
             gpa_fmt="Final grade: {gpa}/{scale}",
             honours=["Merit Scholarship for Excellent Students"],
             notes=["Thesis: Gradient-boosted survival analysis for churn prediction."]),
        dict(institution="Università degli Studi di Padova", location="Padua, Italy",
             degree_level="bachelor", degree="B.Sc.", field="Information Engineering",
             start="2012-09", end="2015-07", gpa="104", gpa_scale="110",
             gpa_fmt="Final grade: {gpa}/{scale}"),
    ],
    publications=[
        dict(title="Gradient-boosted survival models for customer churn in mobile apps",
             authors=["L. Bellini", "A. Moretti", "F. Conti"],
             venue="Expert Systems with Applications", year=2019,
             venue_text="(2019). Expert Systems with Applications, 131, 45–57"),
        dict(title="Spatially smoothed claim-frequency models with hierarchical priors",
             authors=["E. Rossi", "L. Bellini"],
             venue="ECML PKDD", year=2023,
             venue_text="(2023). In Machine Learning and Knowledge Discovery in Databases "
                        "(ECML PKDD 2023)"),
    ],
    skills=[
        ("Programming", [S("Python (pandas, scikit-learn, PyTorch)", "python", "pandas",
                           "scikit-learn", "pytorch"),
                         S("SQL (PostgreSQL, BigQuery)", "sql", "postgresql", "bigquery"),
                         S("R")]),
        ("Data & MLOps", [S("Spark"), S("Airflow"), S("MLflow"), S("Docker"),
                          S("k8s", "kubernetes"), S("Git")]),
    ],
    spoken=[("Italian", "Native"), ("English", "C2 (proficient)"), ("German", "B2 (independent)")],
    awards=[],
)

ZHANG = dict(
    slug="wenjing-zhang", layout="bilingual",
    name="Wenjing Zhang", name_zh="张文静", author_forms={"Wenjing Zhang"},
    headline="NLP / multimodal research intern candidate",
    headline_zh="自然语言处理 / 多模态 研究实习生",
    emails=["wenjing.zhang@example.edu.cn"],
    phones=["+86 138 0013 8000"],
    links=["github.com/wjzhang-nlp"],
    education=[
        dict(institution="Shanghai Jiao Tong University", institution_zh="上海交通大学",
             degree_level="master", degree="M.Eng.", degree_zh="工学硕士",
             field="Computer Science and Technology", field_zh="计算机科学与技术",
             start="2022-09", end="present", gpa="3.85", gpa_scale="4.3",
             gpa_fmt="GPA: {gpa}/{scale}", gpa_fmt_zh="GPA：{gpa}/{scale}"),
        dict(institution="Wuhan University", institution_zh="武汉大学",
             degree_level="bachelor", degree="B.Eng.", degree_zh="工学学士",
             field="Software Engineering", field_zh="软件工程",
             start="2018-09", end="2022-06", gpa="3.72", gpa_scale="4.0", rank="8/186",
             gpa_fmt="GPA: {gpa}/{scale}, Rank: {rank}",
             gpa_fmt_zh="GPA：{gpa}/{scale}，排名：{rank}"),
    ],
    experience=[
        dict(organization="ByteDance", organization_zh="字节跳动",
             title="NLP Algorithm Intern", title_zh="NLP算法实习生",
             location="Shanghai", location_zh="上海", start="2023-06", end="2023-12",
             bullets=["Built a retrieval-augmented captioning model for long-tail products; "
                      "+4.1 CIDEr on the internal benchmark.",
                      "Cleaned 3M image–text pairs with a CLIP-score filter and deduplication."],
             bullets_zh=["构建面向长尾商品的检索增强图像描述模型，内部评测 CIDEr 提升 4.1。",
                         "使用 CLIP 分数过滤与去重清洗了 300 万图文对数据。"]),
        dict(organization="SenseTime", organization_zh="商汤科技",
             title="Research Intern", title_zh="研究实习生",
             location="Shanghai", location_zh="上海", start="2022-03", end="2022-08",
             bullets=["Speech–text contrastive pretraining for spoken entity linking; led to [1]."],
             bullets_zh=["语音-文本对比预训练用于口语实体链接，相关工作发表为论文 [1]。"]),
    ],
    publications=[
        dict(title="Contrastive Alignment of Speech and Text for Spoken Entity Linking",
             authors=["Wenjing Zhang", "Kai Lin", "Xiaoming Zhou"],
             venue="ICASSP", year=2024, venue_text="ICASSP 2024"),
        dict(title="Retrieval-Augmented Caption Generation for Long-Tail Visual Concepts",
             authors=["Yutong Chen", "Hao Wu", "Wenjing Zhang", "Jun Xie"],
             venue="AAAI", year=2024, venue_text="AAAI 2024"),
    ],
    skills=[
        ("Programming", [S("Python"), S("C++"), S("Shell")]),
        ("Frameworks & tools", [S("PyTorch"), S("DeepSpeed"), S("Linux"), S("Git"), S("Docker")]),
    ],
    skills_zh={"Programming": "编程语言", "Frameworks & tools": "框架与工具"},
    awards=[dict(text="National Scholarship", text_zh="国家奖学金", year="2020"),
            dict(text="First Prize, China Undergraduate Mathematical Contest in Modeling (Hubei)",
                 text_zh="全国大学生数学建模竞赛（湖北赛区）一等奖", year="2020"),
            dict(text="Outstanding Graduate of Wuhan University",
                 text_zh="武汉大学优秀毕业生", year="2022")],
)

ZHOU = dict(
    slug="yifan-zhou", layout="swe",
    name="Yifan Zhou", author_forms={"Yifan Zhou"},
    headline="Software Engineer · Distributed systems and payments infrastructure",
    location="Seattle, WA",
    emails=["yifan.zhou.dev@example.com"],
    phones=["646.555.0172"],
    links=["github.com/yifanzhou-dev", "linkedin.com/in/yifan-zhou-swe"],
    experience=[
        dict(organization="Stripe", title="Software Engineer", location="Seattle, WA",
             start="2022-04", end="present",
             bullets=["Tech lead for the ledger reconciliation service (Go, Kafka): processes "
                      "40M events a day with exactly-once semantics.",
                      "Cut reconciliation lag from 6 hours to 15 minutes by moving batch jobs to "
                      "streaming.",
                      "Designed an idempotency-key store on Redis used by 30+ services."]),
        dict(organization="Twilio", title="Software Engineer", location="New York, NY",
             start="2020-01", end="2022-03",
             bullets=["Built the rate-limiting layer of the messaging API in Java and gRPC.",
                      "Migrated 120 services from VMs to Kubernetes with zero customer downtime."]),
        dict(organization="Tencent", title="Backend Development Intern", location="Shenzhen, China",
             start="2017-07", end="2017-09",
             bullets=["Wrote a C++ cache warm-up tool for a game-matchmaking service."]),
    ],
    education=[
        dict(institution="Columbia University", location="New York, NY",
             degree_level="master", degree="M.S.", field="Computer Science",
             start="2018-09", end="2019-12"),
        dict(institution="Harbin Institute of Technology", location="Harbin, China",
             degree_level="bachelor", degree="B.Eng.", field="Computer Science and Technology",
             start="2014-09", end="2018-06", gpa="90.75", gpa_scale="100",
             gpa_fmt="GPA: {gpa}/{scale} (3.86/4.0)",
             honours=["People's Scholarship, First Class"]),
    ],
    projects=[
        ("pgq-lite (open source)", "A PostgreSQL-backed job queue for Go with at-least-once "
                                   "delivery and 1.2k GitHub stars."),
        ("Raft visualizer", "Browser visualisation of Raft leader election written in TypeScript."),
    ],
    skills=[
        ("Languages", [S("Go"), S("Java"), S("Python"), S("TypeScript"), S("C/C++", "c", "c++")]),
        ("Backend", [S("gRPC"), S("Kafka"), S("PostgreSQL"), S("Redis"), S("GraphQL")]),
        ("Cloud & Infra", [S("AWS"), S("k8s", "kubernetes"), S("Docker"), S("Terraform")]),
        ("Data & ML", [S("Spark"), S("Pytorch", "pytorch"), S("scikit-learn")]),
        ("Tooling", [S("Git"), S("Bazel"), S("Grafana")]),
        ("Testing", [S("JUnit"), S("pytest")]),
    ],
    awards=[dict(text="Silver Medal, ACM-ICPC Asia Regional Contest (Shenyang Site)"),
            dict(text="Stripe Engineering Impact Award")],
)

PEOPLE = [WHITAKER, NWACHUKWU, REYES, LIU, SUBRAMANIAN, BELLINI, ZHANG, ZHOU]

# ---------------------------------------------------------------------------
# Layouts
# ---------------------------------------------------------------------------


def skill_line(items):
    return ", ".join(x[0] for x in items)


def layout_classic(p, path):
    """1. Classic one column, Helvetica, bold caps headings, right-aligned dates."""
    W = LETTER[0] - 1.2 * inch - 12  # frame padding (6 pt each side)
    body = st("body", size=9.5, leading=12)
    small = st("small", size=9, leading=11.5)
    right = st("right", size=9.5, alignment=TA_RIGHT)
    head = st("head", "Helvetica-Bold", 11, 14, spaceBefore=9, spaceAfter=1)
    s = []
    s.append(Paragraph(E(p["name"]), st("name", "Helvetica-Bold", 22, 26)))
    s.append(Paragraph(E(p["headline"]), st("hl", size=11, leading=15, textColor=colors.HexColor("#444444"))))
    contact = [p["location"], p["phones"][0], p["emails"][0]] + p["links"]
    s.append(Paragraph(E("  |  ".join(contact)), small))

    def heading(t):
        s.append(Paragraph(t.upper(), head))
        s.append(HRFlowable(width="100%", thickness=0.8, color=colors.black, spaceAfter=4))

    heading("Summary")
    s.append(Paragraph(E(p["summary"]), body))
    heading("Experience")
    for x in p["experience"]:
        s.append(lr(Paragraph(f"<b>{E(x['title'])}</b>, {E(x['organization'])} — {E(x['location'])}", body),
                    Paragraph(E(span(x)), right), W, 1.6 * inch))
        s += bullets(x["bullets"], body)
        s.append(Spacer(1, 3))
    heading("Education")
    for ed in p["education"]:
        s.append(lr(Paragraph(f"<b>{E(ed['institution'])}</b>, {E(ed['location'])}", body),
                    Paragraph(E(span(ed)), right), W, 1.6 * inch))
        extra = "; ".join([gpa_text(ed)] + ed.get("honours", []))
        s.append(Paragraph(E(degree_text(ed)) + ". " + E(extra), body))
        for n in ed.get("notes", []):
            s.append(Paragraph(E(n), body))
        s.append(Spacer(1, 3))
    heading("Publications")
    for pub in p["publications"]:
        s += [Paragraph(f"{authors_markup(pub, p['author_forms'])}. “{E(pub['title'])}.” "
                        f"<i>{E(pub['venue_text'])}</i>.", ParagraphStyle("pb", parent=body, **BULLET_FONT), bulletText="•")]
    heading("Skills")
    for cat, items in p["skills"]:
        s.append(Paragraph(f"<b>{E(cat)}:</b> {E(skill_line(items))}", body))
    heading("Awards")
    for a in p["awards"]:
        s.append(lr(Paragraph(E(a["text"]), body), Paragraph(a["year"], right), W, 1 * inch))
    build(path, s, LETTER, (0.6 * inch,) * 4, p)


def layout_sidebar(p, path):
    """2. Two columns with a shaded left sidebar (A4)."""
    PW, PH = A4
    SB = 66 * mm
    M = 12 * mm
    shade = colors.HexColor("#E6ECF2")
    accent = colors.HexColor("#1F4E79")

    def bg(canv, doc):
        canv.saveState()
        canv.setFillColor(shade)
        canv.rect(0, 0, SB, PH, stroke=0, fill=1)
        canv.restoreState()

    side = Frame(9 * mm, M, SB - 16 * mm, PH - 2 * M, id="side", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    main_w = PW - SB - 10 * mm - 12 * mm
    main = Frame(SB + 10 * mm, M, main_w, PH - 2 * M, id="main", leftPadding=0, rightPadding=0,
                 topPadding=0, bottomPadding=0)
    main2 = Frame(SB + 10 * mm, M, main_w, PH - 2 * M, id="main2", leftPadding=0,
                  rightPadding=0, topPadding=0, bottomPadding=0)
    templates = [PageTemplate("first", [side, main], onPage=bg),
                 PageTemplate("later", [Frame(9 * mm, M, SB - 16 * mm, PH - 2 * M), main2],
                              onPage=bg)]

    sb_body = st("sbb", size=9, leading=12)
    sb_head = st("sbh", "Helvetica-Bold", 10, 13, textColor=accent, spaceBefore=10, spaceAfter=3)
    body = st("body", size=9.3, leading=12)
    right = st("right", size=9, alignment=TA_RIGHT, textColor=colors.HexColor("#555555"))
    head = st("head", "Helvetica-Bold", 12, 15, textColor=accent, spaceBefore=8, spaceAfter=3)

    s = [NextPageTemplate("later")]
    # The name is stacked on two lines (given / family), as many sidebar designs do.
    s.append(Paragraph("<br/>".join(E(w) for w in p["name"].split(" ", 1)),
                       st("name", "Helvetica-Bold", 21, 24, textColor=accent)))
    s.append(Paragraph(E(p["headline"]), st("hl", "Helvetica-Oblique", 9.5, 12)))
    s.append(Paragraph("Contact", sb_head))
    for line in [p["emails"][0], p["phones"][0]] + p["links"] + [p["location"]]:
        s.append(Paragraph(E(line), sb_body))
    s.append(Paragraph("Skills", sb_head))
    for cat, items in p["skills"]:
        s.append(Paragraph(f"<b>{E(cat)}</b>", sb_body))
        s.append(Paragraph(E(" · ".join(x[0] for x in items)), sb_body))
        s.append(Spacer(1, 3))
    s.append(Paragraph("Languages", sb_head))
    for l in p["spoken"]:
        s.append(Paragraph(E(l), sb_body))
    s.append(FrameBreak())

    s.append(Paragraph("Profile", head))
    s.append(Paragraph(E(p["summary"]), body))
    s.append(Paragraph("Experience", head))
    for x in p["experience"]:
        s.append(lr(Paragraph(f"<b>{E(x['title'])}</b>", body), Paragraph(E(span(x)), right),
                    main_w, 40 * mm))
        s.append(Paragraph(f"{E(x['organization'])} · {E(x['location'])}",
                           st("org", "Helvetica-Oblique", 9.3, 12)))
        s += bullets(x["bullets"], body)
        s.append(Spacer(1, 4))
    s.append(Paragraph("Education", head))
    for ed in p["education"]:
        s.append(lr(Paragraph(f"<b>{E(degree_text(ed))}</b>", body), Paragraph(E(span(ed)), right),
                    main_w, 40 * mm))
        s.append(Paragraph(f"{E(ed['institution'])}, {E(ed['location'])} · {E(ed['grade'])}",
                           st("org", "Helvetica-Oblique", 9.3, 12)))
        for n in ed.get("notes", []):
            s.append(Paragraph(E(n), body))
        for h in ed.get("honours", []):
            s.append(Paragraph("Awarded the " + E(h) + ".", body))
        s.append(Spacer(1, 4))
    s.append(Paragraph("Publications", head))
    for pub in p["publications"]:
        s.append(Paragraph(f"<b>{E(pub['title'])}</b><br/>{authors_markup(pub, p['author_forms'], 'and', bold=False)}. "
                           f"<i>{E(pub['venue_text'])}</i>", st("pub", size=9.3, leading=12, spaceAfter=4)))
    s.append(Paragraph("Awards", head))
    s += bullets([a["text"] for a in p["awards"]], body)
    build(path, s, A4, None, p, templates=templates)


def smallcaps(text, big, small):
    out = []
    for word in text.split(" "):
        out.append(f'<font size="{big}">{E(word[0].upper())}</font><font size="{small}">{E(word[1:].upper())}</font>')
    return " ".join(out)


def layout_jakes(p, path):
    """3. LaTeX 'Jake's resume' look in Times."""
    W = LETTER[0] - 1.0 * inch - 12
    body = st("body", "Times-Roman", 10.5, 12.5)
    bold = st("bold", "Times-Bold", 11, 13)
    ital = st("ital", "Times-Italic", 10, 12)
    r_body = st("rb", "Times-Roman", 10.5, 13, alignment=TA_RIGHT)
    r_ital = st("ri", "Times-Italic", 10, 12, alignment=TA_RIGHT)
    head = st("head", "Times-Roman", 12, 15, spaceBefore=7, spaceAfter=0)
    bl = st("bl", "Times-Roman", 10, 12)
    s = []
    s.append(Paragraph(E(p["name"]), st("name", "Times-Bold", 26, 30, alignment=TA_CENTER)))
    contact = [p["phones"][0], p["emails"][0]] + p["links"]
    s.append(Paragraph(E(" | ".join(contact)), st("c", "Times-Roman", 10, 13, alignment=TA_CENTER)))

    def heading(t):
        s.append(Paragraph(smallcaps(t, 13, 10.5), head))
        s.append(HRFlowable(width="100%", thickness=0.6, color=colors.black, spaceBefore=1, spaceAfter=3))

    def entry(a, b, c, d, blts):
        t = Table([[Paragraph(a, bold), Paragraph(b, r_body)], [Paragraph(c, ital), Paragraph(d, r_ital)]],
                  colWidths=[W * 0.68 - 8, W * 0.32 - 8])
        t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 8), ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 0), ("BOTTOMPADDING", (0, 0), (-1, -1), 0)]))
        out = [t]
        if blts:
            bs = ParagraphStyle("bb", parent=bl, leftIndent=26, bulletIndent=16, **BULLET_FONT)
            out += [Paragraph(E(x), bs, bulletText="•") for x in blts]
        out.append(Spacer(1, 4))
        return out

    heading("Education")
    for ed in p["education"]:
        line = E(degree_text(ed))
        if gpa_text(ed):
            line += "; " + E(gpa_text(ed))
        s += entry(E(ed["institution"]), E(ed["location"]), line,
                   E(span(ed, "mon.", expected="Expected {}")), [])
    heading("Experience")
    for x in p["experience"]:
        s += entry(E(x["title"]), E(span(x, "mon.")), E(x["organization"]), E(x["location"]), x["bullets"])
    heading("Projects")
    for name, tech, blts in p["projects"]:
        s += entry(f"{E(name)} | <font face='Times-Italic' size='10'>{E(tech)}</font>", "", "", "", blts)
    heading("Publications")
    for pub in p["publications"]:
        s.append(Paragraph(f"{authors_markup(pub, p['author_forms'], 'and')}. {E(pub['title'])}. "
                           f"<i>{E(pub['venue_text'])}</i>.",
                           ParagraphStyle("pp", parent=bl, leftIndent=8)))
    heading("Technical Skills")
    for cat, items in p["skills"]:
        s.append(Paragraph(f"<b>{E(cat)}</b>: {E(skill_line(items))}",
                           ParagraphStyle("sk", parent=bl, leftIndent=8)))
    heading("Honors")
    s.append(Paragraph("; ".join(E(a["text"]) for a in p["awards"]),
                       ParagraphStyle("hn", parent=bl, leftIndent=8)))
    build(path, s, LETTER, (0.5 * inch, 0.5 * inch, 0.45 * inch, 0.45 * inch), p)


def layout_academic(p, path):
    """4. Two-page academic CV, Times, numbered publications across a page break."""
    W = LETTER[0] - 1.8 * inch - 12
    body = st("body", "Times-Roman", 11, 13.8)
    right = st("right", "Times-Roman", 11, 13.8, alignment=TA_RIGHT)
    head = st("head", "Times-Bold", 13, 16, spaceBefore=10, spaceAfter=2)
    pubst = st("pub", "Times-Roman", 11, 13.8, leftIndent=24, bulletIndent=0, spaceAfter=4)

    def footer(canv, doc):
        canv.saveState()
        canv.setFont("Times-Italic", 9)
        canv.drawRightString(LETTER[0] - 0.9 * inch, 0.5 * inch, f"{p['name']} — Curriculum Vitae — page {doc.page}")
        canv.restoreState()

    s = []
    s.append(Paragraph(E(p["name"]), st("name", "Times-Bold", 20, 24, alignment=TA_CENTER)))
    s.append(Paragraph(E(p["headline"]), st("hl", "Times-Italic", 11.5, 15, alignment=TA_CENTER, spaceAfter=6)))
    left = "<br/>".join(E(x) for x in p["address"])
    rightc = "<br/>".join([E(", ".join(p["emails"])), E(p["phones"][0])] + [E(x) for x in p["links"]])
    t = Table([[Paragraph(left, st("a", "Times-Roman", 10, 12.5)),
                Paragraph(rightc, st("b", "Times-Roman", 10, 12.5, alignment=TA_RIGHT))]],
              colWidths=[W / 2, W / 2])
    t.setStyle(TableStyle([("LEFTPADDING", (0, 0), (-1, -1), 0), ("RIGHTPADDING", (0, 0), (-1, -1), 0)]))
    s.append(t)

    def heading(t_):
        s.append(Paragraph(E(t_), head))
        s.append(HRFlowable(width="100%", thickness=0.5, color=colors.black, spaceAfter=4))

    heading("Education")
    for ed in p["education"]:
        s.append(lr(Paragraph(f"<b>{E(ed['institution'])}</b>, {E(ed['location'])}", body),
                    Paragraph(E(span(ed, "full")), right), W, 2.0 * inch))
        s.append(Paragraph(E(degree_text(ed)) + (". " + E(gpa_text(ed)) if gpa_text(ed) else ""), body))
        for n in ed.get("notes", []):
            s.append(Paragraph(E(n), body))
        s.append(Spacer(1, 3))
    heading("Research Interests")
    s.append(Paragraph(E(p["interests"]), body))
    heading("Research and Industry Experience")
    for x in p["experience"]:
        s.append(lr(Paragraph(f"<b>{E(x['title'])}</b>, {E(x['organization'])}, {E(x['location'])}", body),
                    Paragraph(E(span(x, "mon")), right), W, 1.45 * inch))
        s += bullets(x["bullets"], body, indent=14)
        s.append(Spacer(1, 3))
    heading("Teaching Experience")
    for x in p["teaching"]:
        s.append(lr(Paragraph(f"<b>{E(x['title'])}</b>{E(x['title_suffix'])}, {E(x['organization'])}", body),
                    Paragraph(E(x["when"]), right), W, 1.4 * inch))
    heading("Publications")
    s.append(Paragraph("* denotes equal contribution.", st("n", "Times-Italic", 10, 13, spaceAfter=4)))
    for i, pub in enumerate(p["publications"], 1):
        s.append(Paragraph(f"{authors_markup(pub, p['author_forms'], 'and')}. {E(pub['title'])}. "
                           f"<i>{E(pub['venue_text'])}</i>.", pubst, bulletText=f"[{i}]"))
    heading("Invited Talks")
    s += bullets(p["talks"], body, indent=14)
    heading("Honors and Awards")
    for a in p["awards"]:
        s.append(lr(Paragraph(E(a["text"]), body), Paragraph(a["year"], right), W, 0.8 * inch))
    heading("Professional Service")
    s += bullets(p["service"], body, indent=14)
    heading("Technical Skills")
    for cat, items in p["skills"]:
        s.append(Paragraph(f"<b>{E(cat)}:</b> {E(skill_line(items))}", body))
    build(path, s, LETTER, (0.9 * inch, 0.9 * inch, 0.75 * inch, 0.85 * inch), p, onpage=footer)


def layout_edutable(p, path):
    """5. Indian-style resume: coloured heading bars and a bordered education table."""
    W = A4[0] - 30 * mm - 12
    bar = colors.HexColor("#2E3B55")
    body = st("body", size=9.5, leading=12.2)
    small = st("small", size=9, leading=11.5)
    right = st("right", size=9.5, leading=12.2, alignment=TA_RIGHT)
    s = []
    left = Paragraph(f"<font name='Helvetica-Bold' size='20'>{E(p['name'])}</font><br/><br/>"
                     f"<font size='10.5'>{E(p['headline'])}</font>", st("n", size=10, leading=14))
    rc = "<br/>".join(E(x) for x in [p["phones"][0], p["emails"][0]] + p["links"] + [p["location"]])
    s.append(lr(left, Paragraph(rc, st("rc", size=9, leading=11.5, alignment=TA_RIGHT)), W, 62 * mm))
    s.append(Spacer(1, 6))

    def heading(t):
        tb = Table([[Paragraph(E(t.upper()), st("h", "Helvetica-Bold", 10.5, 13, textColor=colors.white))]],
                   colWidths=[W])
        tb.setStyle(TableStyle([("BACKGROUND", (0, 0), (-1, -1), bar),
                                ("TOPPADDING", (0, 0), (-1, -1), 2), ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
                                ("LEFTPADDING", (0, 0), (-1, -1), 5)]))
        s.append(Spacer(1, 7))
        s.append(tb)
        s.append(Spacer(1, 4))

    heading("Education")
    hs = st("th", "Helvetica-Bold", 9.5, 12)
    rows = [[Paragraph(x, hs) for x in ("Degree / Examination", "Institute / Board", "Year", "CGPA / %")]]
    for ed in p["education"]:
        yr = f"{ed['start']} – {ed['end']}" if ed["start"] else ed["end"]
        deg = degree_text(ed, ", ")
        rows.append([Paragraph(E(deg), small), Paragraph(E(ed["institution"]), small),
                     Paragraph(E(yr), small), Paragraph(E(gpa_text(ed)), small)])
    t = Table(rows, colWidths=[W * 0.33, W * 0.37, W * 0.14, W * 0.16])
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#777777")),
                           ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#DDE3EE")),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                           ("TOPPADDING", (0, 0), (-1, -1), 3), ("BOTTOMPADDING", (0, 0), (-1, -1), 4)]))
    s.append(t)
    heading("Work Experience")
    for x in p["experience"]:
        s.append(lr(Paragraph(f"<b>{E(x['organization'])}</b>, {E(x['location'])} — <i>{E(x['title'])}</i>", body),
                    Paragraph(E(span(x)), right), W, 42 * mm))
        s += bullets(x["bullets"], body)
        s.append(Spacer(1, 4))
    heading("Publications")
    for i, pub in enumerate(p["publications"], 1):
        s.append(Paragraph(f"{authors_markup(pub, p['author_forms'])}, “{E(pub['title'])},” "
                           f"<i>{E(pub['venue_text'])}</i>.",
                           st("pub", size=9.5, leading=12.2, leftIndent=16, spaceAfter=3), bulletText=f"[{i}]"))
    heading("Technical Skills")
    for cat, items in p["skills"]:
        s.append(Paragraph(f"<b>{E(cat)}:</b> {E(skill_line(items))}", body))
    heading("Achievements and Scholarships")
    s += bullets([a["text"] for a in p["awards"]], body)
    build(path, s, A4, (15 * mm, 15 * mm, 14 * mm, 14 * mm), p)


def layout_europass(p, path):
    """6. European CV: left column of dates / labels, right column of content."""
    W = A4[0] - 36 * mm - 12
    LW = 36 * mm
    teal = colors.HexColor("#0E6E74")
    grey = colors.HexColor("#555555")
    body = st("body", size=9.3, leading=11.8)
    lab = st("lab", size=9, leading=11.8, alignment=TA_RIGHT, textColor=grey)
    s = []
    s.append(Paragraph(E(p["name"]), st("name", "Helvetica-Bold", 24, 28, textColor=teal)))
    s.append(Paragraph(E(p["headline"]), st("hl", size=12, leading=16, textColor=grey, spaceAfter=6)))

    def two(l, r_flow):
        t = Table([[Paragraph(l, lab), r_flow]], colWidths=[LW, W - LW])
        t.setStyle(TableStyle([("VALIGN", (0, 0), (-1, -1), "TOP"),
                               ("LEFTPADDING", (0, 0), (0, 0), 0), ("RIGHTPADDING", (0, 0), (0, 0), 10),
                               ("LEFTPADDING", (1, 0), (1, 0), 0), ("RIGHTPADDING", (1, 0), (1, 0), 0),
                               ("TOPPADDING", (0, 0), (-1, -1), 1), ("BOTTOMPADDING", (0, 0), (-1, -1), 3)]))
        return t

    def heading(t):
        s.append(Spacer(1, 4))
        s.append(Paragraph(E(t.upper()), st("h", "Helvetica-Bold", 10.5, 13, textColor=teal)))
        s.append(HRFlowable(width="100%", thickness=0.7, color=teal, spaceAfter=4))

    heading("Personal information")
    for k, v in [("Email", p["emails"][0]), ("Phone", p["phones"][0]), ("LinkedIn", p["links"][0]),
                 ("GitHub", p["links"][1]), ("Location", p["location"])]:
        s.append(two(k, Paragraph(E(v), body)))
    heading("Profile")
    s.append(two("", Paragraph(E(p["summary"]), body)))
    heading("Work experience")
    for x in p["experience"]:
        content = [Paragraph(f"<b>{E(x['title'])}</b>", body),
                   Paragraph(f"{E(x['organization'])} | {E(x['location'])}", st("o", "Helvetica-Oblique", 9.3, 11.8))]
        content += bullets(x["bullets"], body, sym="–")
        s.append(two(E(span(x, "slash", present="present")), content))
    heading("Education and training")
    for ed in p["education"]:
        content = [Paragraph(f"<b>{E(degree_text(ed))}</b>", body),
                   Paragraph(f"{E(ed['institution'])} | {E(ed['location'])}", st("o", "Helvetica-Oblique", 9.3, 11.8)),
                   Paragraph(E(gpa_text(ed)), body)]
        content += [Paragraph(E(n), body) for n in ed.get("notes", [])]
        content += [Paragraph(E(h), body) for h in ed.get("honours", [])]
        s.append(two(E(span(ed, "slash", present="present")), content))
    heading("Publications")
    for pub in p["publications"]:
        s.append(two("", Paragraph(f"{authors_markup(pub, p['author_forms'], 'apa', bold=False)} "
                                   f"{E(pub['venue_text'].split('. ')[0])}. {E(pub['title'])}. "
                                   f"<i>{E(pub['venue_text'].split('. ', 1)[1])}</i>.", body)))
    heading("Digital skills")
    for cat, items in p["skills"]:
        s.append(two(E(cat), Paragraph(E(skill_line(items)), body)))
    heading("Languages")
    for lang, level in p["spoken"]:
        s.append(two(E(lang), Paragraph(E(level), body)))
    build(path, s, A4, (18 * mm, 18 * mm, 13 * mm, 12 * mm), p)


def is_cjk(ch):
    o = ord(ch)
    return o >= 0x2E80 and not (0xFB00 <= o <= 0xFE0F)


def mix(text):
    """Escape text for a CJK paragraph: Latin runs in Helvetica, CJK runs in the CID font."""
    out = []
    for cjk, run in ((k, "".join(g)) for k, g in __import__("itertools").groupby(text or "", is_cjk)):
        out.append(escape(run) if cjk else f'<font name="Helvetica">{escape(run)}</font>')
    return "".join(out)


def layout_bilingual(p, path):
    """7. Page 1 English, page 2 the same content in Chinese (STSong-Light CID font)."""
    W = A4[0] - 32 * mm - 12
    red = colors.HexColor("#8B1A1A")
    s = []

    def page(zh):
        T = mix if zh else E
        font = CJK if zh else "Helvetica"
        bfont = CJK if zh else "Helvetica-Bold"
        kw = dict(wordWrap="CJK") if zh else {}
        body = st("body" + str(zh), font, 9.8, 14 if zh else 12.5, **kw)
        right = st("r" + str(zh), font, 9.8, 14 if zh else 12.5, alignment=TA_RIGHT)
        present = "至今" if zh else "Present"

        def heading(t):
            s.append(Spacer(1, 8))
            if zh:
                s.append(FakeBoldText(t, CJK, 13, red))
            else:
                s.append(Paragraph(T(t), st("h", "Helvetica-Bold", 12.5, 15, textColor=red)))
            s.append(HRFlowable(width="100%", thickness=1, color=red, spaceAfter=4))

        name = p["name_zh"] if zh else p["name"]
        if zh:
            s.append(FakeBoldText(name, CJK, 22, stroke=0.6))
        else:
            s.append(Paragraph(T(name), st("n", "Helvetica-Bold", 22, 26)))
        s.append(Spacer(1, 2))
        s.append(Paragraph(T(p["headline_zh"] if zh else p["headline"]), body))
        lab = ("电话：", "邮箱：", "GitHub：") if zh else ("Tel: ", "Email: ", "GitHub: ")
        s.append(Paragraph(T(f"{lab[0]}{p['phones'][0]}  |  {lab[1]}{p['emails'][0]}  |  {lab[2]}{p['links'][0]}"),
                           body))
        heading("教育背景" if zh else "Education")
        for ed in p["education"]:
            inst = ed["institution_zh"] if zh else ed["institution"]
            deg = f"{ed['field_zh']}  {ed['degree_zh']}" if zh else degree_text(ed, ", ")
            s.append(lr(Paragraph(f"<b>{T(inst)}</b>" if not zh else T(inst), body),
                        Paragraph(T(span(ed, "dot", present)), right), W, 45 * mm))
            s.append(Paragraph(T(deg) + T(" | ") + T(ed["gpa_fmt_zh" if zh else "gpa_fmt"].format(**{
                "gpa": ed["gpa"], "scale": ed["gpa_scale"], "rank": ed.get("rank")})), body))
            s.append(Spacer(1, 3))
        heading("实习经历" if zh else "Internships")
        for x in p["experience"]:
            if zh:
                left = T(f"{x['organization_zh']} | {x['title_zh']} | {x['location_zh']}")
            else:
                left = f"<b>{T(x['organization'])}</b> · {T(x['title'])} · {T(x['location'])}"
            s.append(lr(Paragraph(left, body), Paragraph(T(span(x, "dot", present)), right), W, 45 * mm))
            s.extend(bullets(x["bullets_zh" if zh else "bullets"], body, esc=T))
            s.append(Spacer(1, 3))
        heading("论文" if zh else "Publications")
        for i, pub in enumerate(p["publications"], 1):
            s.append(Paragraph(f"{authors_markup(pub, p['author_forms'])}. {E(pub['title'])}. "
                               f"<i>{E(pub['venue_text'])}</i>.",
                               st("pub", "Helvetica", 9.5, 12, leftIndent=16, spaceAfter=3), bulletText=f"[{i}]"))
        heading("技能" if zh else "Skills")
        for cat, items in p["skills"]:
            c = p["skills_zh"][cat] if zh else cat
            s.append(Paragraph(f"{T(c)}：{T(skill_line(items))}" if zh else
                               f"<b>{T(c)}:</b> {T(skill_line(items))}", body))
        heading("曾获奖励" if zh else "Honors & Awards")
        for a in p["awards"]:
            s.append(lr(Paragraph(T(a["text_zh"] if zh else a["text"]), body),
                        Paragraph(T(a["year"]), right), W, 25 * mm))

    page(False)
    s.append(PageBreak())
    page(True)
    build(path, s, A4, (16 * mm, 16 * mm, 15 * mm, 15 * mm), p)


def layout_swe(p, path):
    """8. Software engineer: dark header band, skills grid table, no publications."""
    PW, PH = LETTER
    W = PW - 1.3 * inch - 12
    navy = colors.HexColor("#15294B")
    band_h = 1.05 * inch

    def band(canv, doc):
        if doc.page == 1:
            canv.saveState()
            canv.setFillColor(navy)
            canv.rect(0, PH - band_h, PW, band_h, stroke=0, fill=1)
            canv.setFillColor(colors.white)
            canv.setFont("Helvetica-Bold", 24)
            canv.drawString(0.65 * inch, PH - 0.5 * inch, p["name"])
            canv.setFont("Helvetica", 10.5)
            canv.drawString(0.65 * inch, PH - 0.72 * inch, p["headline"])
            canv.setFont("Helvetica", 9)
            canv.setFillColor(colors.HexColor("#D6E0F0"))
            t = canv.beginText(0.65 * inch, PH - 0.92 * inch)
            for i, part in enumerate([p["phones"][0], p["emails"][0]] + p["links"] + [p["location"]]):
                if i:
                    t.setFont("Symbol", 9)
                    t.textOut("   •   ")
                t.setFont("Helvetica", 9)
                t.textOut(part)
            canv.drawText(t)
            canv.restoreState()

    body = st("body", size=9.6, leading=12.4)
    right = st("right", size=9.6, leading=12.4, alignment=TA_RIGHT, textColor=colors.HexColor("#444444"))
    s = [Spacer(1, band_h - 0.35 * inch)]

    def heading(t):
        s.append(Spacer(1, 7))
        s.append(Paragraph(E(t.upper()), st("h", "Helvetica-Bold", 11, 14, textColor=navy)))
        s.append(HRFlowable(width="100%", thickness=1.2, color=navy, spaceAfter=4))

    heading("Technical Skills")
    cells, row = [], []
    cat_st = st("cat", "Helvetica-Bold", 9.5, 12, textColor=navy)
    for cat, items in p["skills"]:
        row.append([Paragraph(E(cat), cat_st), Paragraph(E(skill_line(items)), st("it", size=9.2, leading=11.5))])
        if len(row) == 3:
            cells.append(row)
            row = []
    if row:
        cells.append(row + [""] * (3 - len(row)))
    t = Table(cells, colWidths=[W / 3] * 3)
    t.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.6, colors.HexColor("#9AA7BD")),
                           ("BACKGROUND", (0, 0), (-1, -1), colors.HexColor("#F2F5FA")),
                           ("VALIGN", (0, 0), (-1, -1), "TOP"),
                           ("TOPPADDING", (0, 0), (-1, -1), 4), ("BOTTOMPADDING", (0, 0), (-1, -1), 5)]))
    s.append(t)
    heading("Experience")
    for x in p["experience"]:
        s.append(lr(Paragraph(f"<b>{E(x['organization'])}</b> — {E(x['title'])}", body),
                    Paragraph(f"{E(x['location'])}  |  {E(span(x))}", right), W, 2.6 * inch))
        s += bullets(x["bullets"], body)
        s.append(Spacer(1, 4))
    heading("Education")
    for ed in p["education"]:
        s.append(lr(Paragraph(f"<b>{E(ed['institution'])}</b>", body),
                    Paragraph(f"{E(ed['location'])}  |  {E(span(ed))}", right), W, 2.6 * inch))
        extra = [degree_text(ed)] + ([gpa_text(ed)] if gpa_text(ed) else [])
        extra += ed.get("honours", [])
        if extra:
            s.append(Paragraph(E(" · ".join(extra)), body))
        s.append(Spacer(1, 3))
    heading("Projects")
    for name, desc in p["projects"]:
        s.append(Paragraph(f"<b>{E(name)}</b>: {E(desc)}", ParagraphStyle("pj", parent=body, **BULLET_FONT),
                           bulletText="•"))
    heading("Awards")
    s += bullets([a["text"] for a in p["awards"]], body)
    build(path, s, LETTER, (0.65 * inch, 0.65 * inch, 0.35 * inch, 0.5 * inch), p, onpage=band)


LAYOUTS = {
    "classic": layout_classic, "sidebar": layout_sidebar, "jakes": layout_jakes,
    "academic": layout_academic, "edutable": layout_edutable, "europass": layout_europass,
    "bilingual": layout_bilingual, "swe": layout_swe,
}


def main(argv):
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    only = set(argv[1:])
    for p in PEOPLE:
        if only and p["slug"] not in only:
            continue
        pdf = OUT_DIR / f"{p['slug']}.pdf"
        LAYOUTS[p["layout"]](p, pdf)
        with open(OUT_DIR / f"{p['slug']}.json", "w", encoding="utf-8") as f:
            json.dump(label(p), f, indent=2, ensure_ascii=False)
            f.write("\n")
        print(f"wrote {pdf.relative_to(OUT_DIR.parent.parent)} (+ .json)")


if __name__ == "__main__":
    main(sys.argv)
