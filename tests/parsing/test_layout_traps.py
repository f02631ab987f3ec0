"""Layout traps where resume parsers fail, each on a small PDF made here."""

import pytest

from candidates.parsing import parse_pdf
from candidates.parsing.pdf import _font_is_bold

from .pdfmaker import Page, make_pdf

BODY = "Helvetica"
BOLD = "Helvetica-Bold"


def _sidebar_resume() -> bytes:
    page = Page()
    side = [("CONTACT", BOLD, 13), ("jane.doe@mail.com", BODY, 9), ("+1 415 555 0100", BODY, 9),
            ("github.com/janedoe", BODY, 9), ("SKILLS", BOLD, 13), ("Python, PyTorch", BODY, 9),
            ("Docker, Kubernetes", BODY, 9), ("LANGUAGES", BOLD, 13), ("English, French", BODY, 9)]
    y = 60
    for text, font, size in side:
        page.add(30, y, text, font, size)
        y += 22
    page.add(220, 50, "Jane Doe", BOLD, 24)
    main = [
        (220, "EXPERIENCE", BOLD, 13), (220, "Research Intern", BOLD, 10), (220, "Acme Robotics Inc.", BODY, 10),
        (235, "Built a grasp planner for warehouse robots in C++ and Python.", BODY, 9),
        (220, "Software Engineer", BOLD, 10), (220, "Globex Corporation", BODY, 10),
        (235, "Maintained the billing service and its data pipelines.", BODY, 9),
        (220, "EDUCATION", BOLD, 13), (220, "Stanford University", BOLD, 10),
        (220, "B.S. in Computer Science; GPA: 3.91/4.0", BODY, 10),
    ]
    dates = {"Research Intern": "Jun 2020 – Aug 2020", "Software Engineer": "Sep 2020 – Present",
             "B.S. in Computer Science; GPA: 3.91/4.0": "2016 – 2020"}
    y = 90
    for x, text, font, size in main:
        page.add(x, y, text, font, size)
        if text in dates:
            page.add(500, y, dates[text], BODY, 10)
        y += 20
    return make_pdf([page])


def test_a_sidebar_is_read_as_its_own_column_and_the_name_is_not_contact():
    parsed = parse_pdf(_sidebar_resume())
    assert parsed.name == "Jane Doe"
    assert parsed.emails == ("jane.doe@mail.com",)
    assert parsed.phones == ("+14155550100",)
    assert parsed.links == ("github.com/janedoe",)
    assert set(parsed.skills) == {"python", "pytorch", "docker", "kubernetes"}
    assert [(e.organization, e.title, e.start, e.end) for e in parsed.experience] == [
        ("Acme Robotics Inc.", "Research Intern", "2020-06", "2020-08"),
        ("Globex Corporation", "Software Engineer", "2020-09", "present"),
    ]
    (education,) = parsed.education
    assert (education.institution, education.degree_level, education.gpa, education.gpa_scale) == (
        "Stanford University", "bachelor", 3.91, 4.0)


def _single_column(sections: list[tuple[str, list[str]]], *, heading_font: str = BOLD, pages: int = 1) -> bytes:
    out_pages, page, y = [], Page(), 50
    page.add(50, y, "Wei Zhang, Ph.D.", BOLD, 22)
    page.add(50, y + 24, "wei.zhang@mail.com, wz@lab.org  |  +86 138 0013 8000", BODY, 10)
    y += 60
    for heading, lines in sections:
        if y > 700 or (pages > 1 and heading == "__PAGE__"):
            out_pages.append(page)
            page, y = Page(), 50
            if heading == "__PAGE__":
                heading = None
        if heading:
            page.add(50, y, heading, heading_font, 13)
            y += 20
        for line in lines:
            text, _, right = line.partition("|")
            page.add(50, y, text.strip(), BOLD if right else BODY, 10)
            if right:
                page.add(470, y, right.strip(), BODY, 10)
            y += 15
        y += 8
    out_pages.append(page)
    return make_pdf(out_pages)


def test_every_email_is_kept_and_the_phone_keeps_its_country_code_and_a_phd_name_is_accepted():
    parsed = parse_pdf(_single_column([("EXPERIENCE", ["Data Scientist | 2019 – 2021", "Initech Ltd"])]))
    assert parsed.name == "Wei Zhang"
    assert parsed.emails == ("wei.zhang@mail.com", "wz@lab.org")
    assert parsed.phones == ("+8613800138000",)


def test_a_heading_outside_the_vocabulary_ends_the_previous_section():
    data = _single_column([
        ("EXPERIENCE", ["Research Engineer | Jan 2019 – Dec 2021", "Initech Ltd",
                        "Built ranking models for the search team."]),
        ("RESEARCH OUTPUT", ["Coordinator, Deep Learning Reading Group | 2020 – 2021",
                             "A. Doe, B. Roe. Learning things from data. In CVPR, 2021."]),
    ])
    parsed = parse_pdf(data)
    assert [e.organization for e in parsed.experience] == ["Initech Ltd"]


def test_a_section_continues_across_a_page_break():
    data = _single_column([
        ("EXPERIENCE", ["Research Engineer | Jan 2019 – Dec 2021", "Initech Ltd",
                        "Built ranking models for the search team."]),
        ("__PAGE__", ["Software Intern | Jun 2018 – Aug 2018", "Hooli Inc.", "Wrote tests."]),
        ("SKILLS", ["Languages: Python, Rust, SQL"]),
    ], pages=2)
    parsed = parse_pdf(data)
    assert [e.organization for e in parsed.experience] == ["Initech Ltd", "Hooli Inc."]
    assert parsed.skills == ("python", "rust", "sql")
    assert parsed.pages == 2


def test_a_gpa_above_four_is_read():
    parsed = parse_pdf(_single_column([("EDUCATION", ["Tsinghua University | 2015 – 2019",
                                                      "B.Eng. in Automation, CGPA 9.41/10"])]))
    (education,) = parsed.education
    assert (education.gpa, education.gpa_scale, education.degree_level) == (9.41, 10.0, "bachelor")


def _bilingual() -> bytes:
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    english = Page()
    rows = [("Li Hua", BOLD, 22, 50), ("EDUCATION", BOLD, 13, 100), ("Peking University", BOLD, 10, 120),
            ("M.S. in Computer Science   2017 – 2020", BODY, 10, 135), ("HONORS", BOLD, 13, 165),
            ("National Scholarship", BODY, 10, 185), ("SKILLS", BOLD, 13, 215), ("Python, PyTorch", BODY, 10, 235)]
    for text, font, size, y in rows:
        english.add(50, y, text, font, size)
    chinese = Page()
    rows = [("教育经历", 13, 60), ("北京大学", 10, 80), ("硕士 计算机科学 2017 – 2020", 10, 95), ("曾获奖励", 13, 125),
            ("国家奖学金", 10, 145), ("专业技能", 13, 175), ("Python, PyTorch, MATLAB", 10, 195)]
    for text, size, y in rows:
        chinese.add(50, y, text, "STSong-Light", size)
    return make_pdf([english, chinese])


def test_a_bilingual_resume_yields_no_duplicates():
    parsed = parse_pdf(_bilingual())
    assert [e.institution for e in parsed.education] == ["Peking University"]
    assert parsed.awards == ("National Scholarship",)
    assert parsed.skills == ("python", "pytorch", "matlab")  # the second language may add skills


@pytest.mark.parametrize(
    "font, descriptor, bold",
    [
        ("ABCDEF+CMBX10", {}, True), ("LMRoman10-Bold", {}, True), ("SourceSansPro-Semibold", {}, True),
        ("Lato-Black", {}, True), ("Roboto-Heavy", {}, True), ("FiraSans-Demi", {}, True),
        ("Montserrat-ExtraBold", {}, True), ("SFBX1000", {}, True), ("Arial,Bold", {}, True),
        ("MysteryFont", {"FontWeight": 700}, True), ("MysteryFont", {"Flags": 1 << 18}, True),
        ("CMR10", {}, False), ("Helvetica", {}, False), ("Roboto-Regular", {}, False), ("CMCSC10", {}, False),
        ("Lato-Italic", {"FontWeight": 400}, False),
    ],
)
def test_bold_is_detected_beyond_fonts_named_bold(font, descriptor, bold):
    assert _font_is_bold(font, descriptor) is bold
