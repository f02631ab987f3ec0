"""Writes skills-first-adeyemi.docx with python-docx (run in a throwaway venv: pip install python-docx)."""
from docx import Document
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.shared import Pt, RGBColor, Cm

doc = Document()
style = doc.styles["Normal"]
style.font.name = "Calibri"
style.font.size = Pt(10.5)
for s in doc.sections:
    s.left_margin = s.right_margin = Cm(2)
    s.top_margin = s.bottom_margin = Cm(1.6)


def heading(text):
    p = doc.add_paragraph()
    r = p.add_run(text.upper())
    r.bold = True
    r.font.size = Pt(12)
    r.font.color.rgb = RGBColor(0x7A, 0x1F, 0x3D)
    p.paragraph_format.space_before = Pt(8)
    p.paragraph_format.space_after = Pt(2)


def line(left, right="", bold=False, italic=False):
    p = doc.add_paragraph()
    p.paragraph_format.tab_stops.add_tab_stop(Cm(17), WD_TAB_ALIGNMENT.RIGHT)
    p.paragraph_format.space_after = Pt(0)
    r = p.add_run(left)
    r.bold, r.italic = bold, italic
    if right:
        p.add_run("\t" + right)


def bullet(text):
    p = doc.add_paragraph(text, style="List Bullet")
    p.paragraph_format.space_after = Pt(0)


p = doc.add_paragraph()
r = p.add_run("Adaeze Adeyemi-Bello")
r.bold = True
r.font.size = Pt(22)
doc.add_paragraph("Cloud Security Engineer  |  Toronto, ON  |  +1 416 555 0199  |  adaeze.ab@protonmail.com  |  adaeze.cloud")
doc.add_paragraph(
    "Security engineer with six years of experience hardening cloud platforms for fintech and health-care "
    "companies. Comfortable from threat modelling to writing the Terraform that fixes it."
)
heading("Core Skills")
line("Cloud: AWS, Azure, Terraform, Kubernetes")
line("Security: Vault, Wiz, Splunk, OWASP ZAP")
line("Programming: Python, Go, Bash")
heading("Selected Projects")
line("Zero-trust service mesh rollout", "2023", bold=True)
bullet("Replaced VPN access for 400 engineers with identity-aware proxies.")
line("Open-source: tf-guardrails", "2021 – present", bold=True)
bullet("Policy-as-code checks for Terraform plans; 900 GitHub stars.")
heading("Professional Experience")
line("Senior Cloud Security Engineer, Wealthsimple", "Jan 2022 – Present", bold=True)
bullet("Own cloud security posture for 300 AWS accounts.")
bullet("Cut critical misconfigurations by 85% in one year.")
line("Security Engineer, Shopify", "Aug 2019 – Dec 2021", bold=True)
bullet("Built automated secret scanning across 5,000 repositories.")
line("IT Security Analyst, Sunnybrook Health Sciences Centre", "May 2017 – Jul 2019", bold=True)
heading("Education")
line("Master of Engineering, Electrical and Computer Engineering", "2015 – 2017", bold=True)
line("University of Toronto", italic=True)
line("Bachelor of Science, Computer Science", "2011 – 2015", bold=True)
line("Obafemi Awolowo University, Ile-Ife — CGPA 4.61/5.00 (First Class)", italic=True)
heading("Certifications")
line("CISSP (2021); AWS Certified Security – Specialty (2020); CKS (2022)")
doc.save("skills-first-adeyemi.docx")
