"""Layout and style classes found in the corpus's tuning template families (benchmarks/corpus), rebuilt on small
invented PDFs and rows: each test is one class of template, never one document."""

from __future__ import annotations

from candidates.parsing import parse_pdf
from candidates.parsing.awards import parse_awards
from candidates.parsing.layout import ungrid
from candidates.parsing.names import clean_name
from candidates.parsing.publications import parse_citation

from .pdfmaker import Page, make_pdf
from .rows import row

BOLD = "Helvetica-Bold"


def test_a_name_printed_twice_on_its_line_is_read_once():
    assert clean_name("Haoran Song Haoran Song") == "Haoran Song"
    assert clean_name("Anna Maria Anna") == "Anna Maria Anna"  # a repeated word is not a repeated name
    assert clean_name("Li Li") == "Li Li"  # nor is a given name that is also the family name


def test_a_margin_of_headings_and_dates_is_read_across_with_its_entries():
    """A Word table: section names and dates in a left cell, the entries in the right cell (no heading there)."""
    page = Page().add(50, 40, "Sergio Romero", BOLD, 18).add(50, 62, "sergio.romero@example.org | +34 613 263 010")
    y = 100
    cells = [
        ("EDUCATION", None), ("2016-09 – 2019-06", "University of Illinois Urbana-Champaign"),
        (None, "Master of Science, Data Science"), ("2012-09 – 2016-07", "Carnegie Mellon University"),
        (None, "Bachelor of Science, Electronic Engineering"), ("EXPERIENCE", None),
        ("2017-05 – 2018-08", "Infosys"), (None, "Algorithm Engineer"),
        (None, "Developed token pruning for person re-identification."),
        ("2015-06 – 2016-12", "Meta AI"), (None, "Computer Vision Intern"),
        (None, "Developed knowledge distillation for tracking."), ("SKILLS", None), (None, "Python, PyTorch, Docker"),
    ]
    for left, right in cells:
        if left:
            page.add(50, y, left, BOLD if left.isupper() else "Helvetica")
        if right:
            page.add(300, y, right, BOLD if right[:1].isupper() and "," not in right and len(right) < 45 else "Helvetica")
        y += 22
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.institution, e.start, e.end) for e in parsed.education] == [
        ("University of Illinois Urbana-Champaign", "2016-09", "2019-06"),
        ("Carnegie Mellon University", "2012-09", "2016-07")]
    assert [(e.organization, e.title, e.start) for e in parsed.experience] == [
        ("Infosys", "Algorithm Engineer", "2017-05"), ("Meta AI", "Computer Vision Intern", "2015-06")]
    assert {"python", "pytorch", "docker"} <= set(parsed.skills)


def test_education_cards_side_by_side_are_read_card_by_card():
    rows = [
        row("University of Tokyo", "Nanyang Technological University", top=100),
        row("Sep 2016 - Jul 2020", "Sep 2014 - Jul 2016", top=112),
        row("Ph.D. - Applied Mathematics", "M.Eng. - Applied Mathematics", top=124),
    ]
    for r in rows:  # the second card's column starts at the same x on every line
        assert len(r.segments) == 2
    rows = [r.__class__(r.page, r.column, r.top, r.bottom, (r.segments[0], r.segments[1].__class__(
        r.segments[1].text, 300, 300 + 6 * len(r.segments[1].text), 10, False, "Helvetica", "", r.segments[1].runs)))
        for r in rows]
    texts = [r.text for r in ungrid(rows)]
    assert texts == ["University of Tokyo", "Sep 2016 - Jul 2020", "Ph.D. - Applied Mathematics",
                     "Nanyang Technological University", "Sep 2014 - Jul 2016", "M.Eng. - Applied Mathematics"]


def test_a_title_with_its_dates_beside_it_is_no_card_grid():
    rows = [row("Research Intern, Google", "2020 - 2021", top=100), row("Data Scientist, Meta", "2021 - 2022", top=112)]
    assert [r.text for r in ungrid(rows)] == [r.text for r in rows]


def test_years_stacked_over_each_other_date_the_school_below_them():
    page = Page().add(50, 40, "Sota Kobayashi", BOLD, 18).add(50, 60, "sota@example.org").add(50, 90, "EDUCATION", BOLD, 13)
    y = 115
    for start, end, school, degree in [("2015", "2020", "Kyoto University", "Ph.D."),
                                       ("2012", "2015", "Osaka University", "M.S.")]:
        for text in (start, end, school, degree, "Computer Science"):
            page.add(50, y, text, BOLD if text == school else "Helvetica", 11)
            y += 14
        y += 10
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.institution, e.start, e.end) for e in parsed.education] == [
        ("Kyoto University", "2015", "2020"), ("Osaka University", "2012", "2015")]


def test_a_date_range_set_one_part_a_line_in_a_narrow_column_is_put_back_together():
    page = Page().add(120, 40, "Marie Chevalier", BOLD, 18).add(120, 60, "marie@example.org")
    page.add(120, 90, "Experience", BOLD, 13)
    page.add(50, 112, "February").add(120, 112, "Computer Vision Intern, SAP SE", BOLD)
    page.add(50, 124, "2018 -").add(120, 124, "Developed mixture of experts for question answering.")
    page.add(50, 136, "February").add(120, 136, "Built a serving pipeline with Pandas.")
    page.add(50, 148, "2020")
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.organization, e.start, e.end) for e in parsed.experience] == [("SAP SE", "2018-02", "2020-02")]


def test_an_address_tex_hyphenated_in_a_narrow_sidebar_is_joined():
    page = Page().add(160, 50, "Manon Moreau", BOLD, 24)
    page.add(50, 100, "+33 767 722 359", size=9).add(160, 100, "Education", BOLD, 13)
    page.add(90, 112, "moreau-", size=9).add(160, 112, "Licence, Sorbonne Université, 2015 - 2019")
    page.add(50, 124, "manon@proton.me", size=9).add(160, 124, "Computer Science, Top 1%.")
    page.add(60, 136, "moreaumanon", size=9).add(160, 150, "Experience", BOLD, 13)
    page.add(160, 168, "Data Scientist, Megvii Technology, London. 2017 - 2019")
    parsed = parse_pdf(make_pdf([page]))
    assert parsed.emails == ("moreaumanon@proton.me",)
    assert parsed.phones and parsed.phones[0].replace(" ", "").endswith("767722359")


def test_a_published_by_layout_is_read_part_by_part():
    page = Page().add(50, 40, "Shreya Patel", BOLD, 18).add(50, 60, "spatel@example.org").add(50, 90, "Publications", BOLD, 13)
    y = 112
    for title1, title2, venue, date, authors in [
        ("Towards Self-Supervised Point Cloud", "Completion via Graph Reasoning", "Published by Pattern Recognition",
         "Jan 2021", "Shreya Patel"),
        ("On the Limits of Domain Adaptation for", "Machine Translation", "Published by ICCV Workshops", "Jan 2020",
         "Tanvi Menon, Shreya Patel"),
    ]:
        page.add(50, y, title1, BOLD).add(50, y + 12, title2, BOLD).add(50, y + 24, venue).add(50, y + 36, date)
        page.add(50, y + 48, authors)
        y += 74
    parsed = parse_pdf(make_pdf([page]))
    got = [(p.title, p.venue, p.year, p.author_position, p.workshop) for p in parsed.publications]
    assert got == [
        ("Towards Self-Supervised Point Cloud Completion via Graph Reasoning", "Pattern Recognition", 2021, 1, False),
        ("On the Limits of Domain Adaptation for Machine Translation", "ICCV", 2020, 2, True)]


def test_a_title_first_citation_is_split_into_title_authors_and_venue():
    pub = parse_citation("Learning Scalable Prompt Tuning for Open-Vocabulary Recognition. Élodie Lefèvre*, Do-hyun "
                         "Kang*, Fatima Aziz. CVPR Workshops, 2025.", candidate="Élodie Lefèvre")
    assert pub.title == "Learning Scalable Prompt Tuning for Open-Vocabulary Recognition"
    assert pub.authors == ("Élodie Lefèvre", "Do-hyun Kang", "Fatima Aziz")
    assert (pub.venue, pub.year, pub.workshop, pub.author_position, pub.equal_contribution) == ("CVPR", 2025, True, 1, True)


def test_a_venue_printed_after_the_title_in_its_type_is_the_venue():
    page = Page().add(50, 40, "Sota Kobayashi", BOLD, 18).add(50, 60, "sota@example.org").add(50, 90, "Publications", BOLD, 13)
    page.add(50, 112, "Lightweight Video Object Detection with Token Pruning, Neurocomputing", BOLD)
    page.add(50, 124, "Published on: Jan 01, 2020").add(50, 136, "S. Kobayashi, V. Gupta")
    page.add(50, 160, "Uncertainty-Aware Diffusion Models for Speech Enhancement, ICCV", BOLD)
    page.add(50, 172, "Workshops").add(50, 184, "Published on: Jan 01, 2024").add(50, 196, "S. Kobayashi, T. Iyer")
    parsed = parse_pdf(make_pdf([page]))
    assert [(p.title, p.venue, p.year, p.workshop) for p in parsed.publications] == [
        ("Lightweight Video Object Detection with Token Pruning", "Neurocomputing", 2020, False),
        ("Uncertainty-Aware Diffusion Models for Speech Enhancement", "ICCV", 2024, True)]


def test_dates_and_awarders_under_an_award_are_not_awards():
    rows = [row("Excellent Teaching Assistant Award", top=100, bold=True), row("Awarded 2019", top=114),
            row("by", top=128), row("Best Paper Award", top=150, bold=True), row("Awarded on: Jan 01, 2018", top=164),
            row("undefined NaN", top=186)]
    assert parse_awards(rows) == ["Excellent Teaching Assistant Award", "Best Paper Award"]


def test_an_honour_set_like_a_heading_is_not_a_teaching_section():
    page = Page().add(50, 40, "Nisha Krishnan", BOLD, 18).add(50, 60, "nisha@example.org")
    page.add(50, 90, "Awards", BOLD, 14).add(50, 110, "Excellent Teaching Assistant Award", BOLD, 14)
    page.add(50, 124, "Awarded 2019").add(50, 146, "Research Excellence Fellowship", BOLD, 14).add(50, 160, "Awarded 2021")
    page.add(50, 190, "Education", BOLD, 14).add(50, 210, "B.Sc. Computer Science, University of Toronto, 2016 - 2020")
    parsed = parse_pdf(make_pdf([page]))
    assert parsed.awards == ("Excellent Teaching Assistant Award", "Research Excellence Fellowship")
    assert [e.institution for e in parsed.education] == ["University of Toronto"]


def test_the_name_beside_a_europass_personal_information_label_is_the_name():
    page = Page().add(190, 50, "Curriculum vitae", size=10).add(60, 90, "PERSONAL INFORMATION", size=9)
    page.add(200, 90, "Pablo Vázquez", size=9).add(200, 110, "+34 654 295 069").add(200, 128, "pablo@example.org")
    page.add(50, 170, "WORK EXPERIENCE", size=9).add(100, 188, "Jan 2023 - Present", size=12)
    page.add(200, 188, "Machine Learning Engineer", size=12).add(200, 204, "IBM Research")
    parsed = parse_pdf(make_pdf([page]))
    assert parsed.name == "Pablo Vázquez"


def test_letter_spaced_text_is_closed_up_keeping_its_word_gaps():
    import io

    from reportlab.lib.pagesizes import LETTER
    from reportlab.pdfgen import canvas

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER)
    height = LETTER[1]
    pdf.setFont(BOLD, 18)
    pdf.drawString(50, height - 50, "Javier Vazquez")
    pdf.setFont("Helvetica", 10)
    pdf.drawString(50, height - 70, "javier@example.org")
    pdf.setFont(BOLD, 12)
    pdf.drawString(50, height - 100, "Awards")
    text = pdf.beginText(50, height - 120)
    text.setFont("Helvetica", 9)
    text.setCharSpace(3)  # wide CSS letter-spacing: pdfminer puts a space between the letters
    text.textLine("EXCELLENT TEACHING ASSISTANT AWARD")
    pdf.drawText(text)
    pdf.showPage()
    pdf.save()
    parsed = parse_pdf(buffer.getvalue())
    assert parsed.awards == ("Excellent Teaching Assistant Award",)


def test_rows_of_icon_glyphs_do_not_move_the_left_edge_of_the_entries():
    from candidates.parsing.experience import parse_experience

    from candidates.parsing.layout import ICON_ONLY_RE

    def indented(r, by):
        return r.__class__(r.page, r.column, r.top, r.bottom, tuple(
            s.__class__(s.text, s.x0 + by, s.x1 + by, s.size, s.bold, s.font, s.color, s.runs) for s in r.segments))

    entry = [indented(row("Data Science Intern, Infosys", top=100, bold=True), 60),
             indented(row("Aug 2023 - Nov 2023 (cid:0) 3 months", top=114), 60),
             indented(row("Developed label propagation for recognition.", top=128), 90)]
    icon = row("(cid:0)", top=150)  # the next heading's icon, set left of the entries
    assert parse_experience(entry + [icon]) == []  # with it, no line sits at the left edge: no entry header
    kept = [r for r in entry + [icon] if not ICON_ONLY_RE.fullmatch(r.text)]  # what read_rows keeps
    assert [(j.organization, j.title, j.start, j.end) for j in parse_experience(kept)] == [
        ("Infosys", "Data Science Intern", "2023-08", "2023-11")]


def test_a_degree_line_naming_its_school_after_at_gives_the_school():
    page = Page().add(50, 40, "Minh Lee", BOLD, 18).add(50, 60, "minh@example.org").add(50, 90, "EDUCATION", BOLD, 13)
    page.add(50, 110, "M.S. Electrical Engineering at BITS Pilani").add(400, 110, "Sept 2023 - Current")
    page.add(50, 126, "Bachelor of Engineering Artificial Intelligence at University of Tokyo").add(400, 126, "2019 - 2023")
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.institution, e.degree, e.degree_level) for e in parsed.education] == [
        ("BITS Pilani", "M.S.", "master"), ("University of Tokyo", "Bachelor of Engineering", "bachelor")]


def test_a_school_name_hyphenated_before_its_dates_is_one_name():
    page = Page().add(50, 40, "Johanna Engel", BOLD, 18).add(50, 60, "johanna@example.org")
    page.add(50, 90, "Experience", BOLD, 13)
    page.add(50, 110, "Research Assistant, Intelligent Systems Lab, Sorbonne Uni-").add(430, 110, "09/2015 - 01/2017")
    page.add(50, 122, "versité.").add(50, 140, "Developed a segmentation model for microscopy images.")
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.organization, e.title) for e in parsed.experience] == [
        ("Intelligent Systems Lab, Sorbonne Université", "Research Assistant")]


def test_skills_are_named_as_printed_and_a_first_cell_that_is_a_list_is_kept():
    from candidates.parsing.skills import parse_skills, skills_in

    assert skills_in("Transformers, Hugging Face Transformers, HuggingFace, Weights & Biases") == [
        "transformers", "hugging face transformers", "hugging face", "weights & biases"]
    assert parse_skills([row("Java · TypeScript", "Spark · Django", top=100)]) == ["java", "typescript", "spark", "django"]


def test_a_copyright_footer_and_a_running_header_are_not_content():
    first = Page().add(50, 40, "Minh Dang", BOLD, 18).add(50, 60, "minh@example.org").add(50, 90, "Awards", BOLD, 13)
    first.add(50, 110, "Best Paper Award, ICIP 2021")
    first.add(60, 770, "November 29, 2026 © European Union, 2002 – 2026 | https://europass.example.eu Page 1 / ??", size=7)
    second = Page().add(50, 40, "Curriculum vitae Minh Dang", size=9).add(50, 70, "Travel Grant, NeurIPS 2022")
    parsed = parse_pdf(make_pdf([first, second]))
    assert parsed.awards == ("Best Paper Award, ICIP 2021", "Travel Grant, NeurIPS 2022")
    assert "europass.example.eu" not in parsed.links


# --- classes from the 16 template families of 2026-11-29, once they were tuned on ---------------------------------


def test_flush_right_dates_in_a_main_column_beside_a_right_sidebar_stay_with_their_entries():
    """The band between the entries and their dates is no gutter; the sidebar further right is."""
    page = Page().add(440, 45, "Tianyu Feng", BOLD, 16).add(440, 70, "tianyu.feng@example.org", size=7)
    page.add(440, 85, "+86 139 8626 5335", size=7).add(440, 120, "EDUCATION", BOLD, 8)
    page.add(440, 135, "B.Eng. in Artificial Intelligence", BOLD, 7).add(440, 145, "Nanjing University", size=7)
    page.add(440, 155, "2019 - 2023", size=7).add(440, 185, "LANGUAGES", BOLD, 8).add(440, 200, "German (B2)", size=7)
    page.add(100, 60, "WORK EXPERIENCE", size=10)
    y = 80
    for title, org, dates in (("Research Assistant", "Vision Lab, Nanjing University", "2022 - 2024"),
                              ("Software Engineer", "Uber ATG", "2022 - 2023"), ("Research Intern", "Tencent", "2021 - 2022")):
        page.add(100, y, title, size=8).add(360, y, dates, size=7).add(100, y + 11, org, size=7)
        page.add(100, y + 22, "Developed test-time training for place recognition.", size=7)
        page.add(100, y + 31, "Built a data pipeline with PyTorch.", size=7)
        y += 50
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.organization, e.start, e.end) for e in parsed.experience] == [
        ("Vision Lab, Nanjing University", "2022", "2024"), ("Uber ATG", "2022", "2023"), ("Tencent", "2021", "2022")]
    assert [(e.institution, e.start, e.end) for e in parsed.education] == [("Nanjing University", "2019", "2023")]


def test_an_entry_set_in_the_headings_type_right_under_its_heading_is_an_entry():
    page = Page().add(40, 50, "Fernanda Almeida", BOLD, 24).add(40, 80, "Email: fernanda@example.org", size=12)
    y = 110
    for text, font, size in (("Work Experience", BOLD, 14), ("University of Tokyo", BOLD, 14),
                             ("Teaching Assistant", BOLD, 12), ("2023 - 2025", "Helvetica", 12),
                             ("Education", BOLD, 14), ("University of Tokyo", BOLD, 14),
                             ("Information Engineering, B.Eng.", BOLD, 12), ("2020 - 2024", "Helvetica", 12),
                             ("Skills", BOLD, 14), ("Python, Rust", "Helvetica", 12)):
        page.add(40, y, text, font, size)
        y += 24
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.institution, e.degree_level, e.start) for e in parsed.education] == [("University of Tokyo", "bachelor", "2020")]
    assert [(e.organization, e.title, e.start) for e in parsed.experience] == [
        ("University of Tokyo", "Teaching Assistant", "2023")]


def test_a_degree_abbreviation_is_not_a_web_address():
    page = Page().add(40, 50, "Johanna Neumann", BOLD, 20).add(40, 75, "johanna@example.org")
    page.add(40, 110, "Education", BOLD, 14).add(40, 130, "M.Tech.", BOLD, 11).add(40, 145, "Electronic Engineering")
    page.add(40, 160, "Universidade de São Paulo").add(40, 175, "2022")
    parsed = parse_pdf(make_pdf([page]))
    assert parsed.links == ()
    assert parsed.education[0].degree_level == "master"


def test_a_skills_row_set_all_in_bold_has_no_label_cell():
    from candidates.parsing.skills import parse_skills

    rows = [row("Go", "C++", "MATLAB", "SQL", bold=True), row("TensorFlow", "Keras", bold=True, top=120)]
    assert parse_skills(rows) == ["go", "c++", "matlab", "sql", "tensorflow", "keras"]


def test_a_papers_date_and_venue_printed_above_its_title_belong_to_it():
    page = Page().add(90, 50, "Larissa Barbosa", BOLD, 20).add(90, 75, "larissa@example.org")
    page.add(90, 110, "Publications", BOLD, 18)
    y = 140
    for year, venue, title, authors in (
            ("2025", "AAAI", "Towards Lightweight Speech Enhancement via Attention Mechanisms", "Barbosa, L., Laurent, G."),
            ("2024", "ICML", "Learning Uncertainty-Aware Mixture of Experts for Question Answering", "Nasser, K., Barbosa, L."),
            ("2021", "IJCV", "Towards Few-Shot Video Object Detection via Prompt Tuning", "Lee, H., Barbosa, L., Hu, T.")):
        page.add(90, y, year, size=9).add(90, y + 12, f"Published in {venue}", size=9)
        page.add(90, y + 25, title, size=11).add(90, y + 39, authors, size=11)
        y += 62
    parsed = parse_pdf(make_pdf([page]))
    assert [(p.title[:24], p.venue, p.year, p.author_position) for p in parsed.publications] == [
        ("Towards Lightweight Spee", "AAAI", 2025, 1), ("Learning Uncertainty-Awa", "ICML", 2024, 2),
        ("Towards Few-Shot Video O", "IJCV", 2021, 2)]


def test_papers_listed_under_a_projects_heading_with_author_lines_are_publications():
    page = Page().add(40, 50, "Nisha Bhatt", BOLD, 24).add(40, 80, "nisha@example.org")
    page.add(40, 110, "Projects", BOLD, 20)
    y = 140
    for title, authors in (("Diffusion Models Meets Text-to-Image", "Bhatt, Nisha, Baptiste Dupuis"),
                           ("Rethinking Attention Mechanisms in", "D. Lee, N. Bhatt, E. Bennett"),
                           ("Cross-Modal Feature Alignment for", "Bhatt, N.")):
        page.add(40, y, title, BOLD, 20).add(40, y + 22, "Video Object Detection", BOLD, 20).add(40, y + 46, authors, size=12)
        y += 75
    parsed = parse_pdf(make_pdf([page]))
    assert [p.title for p in parsed.publications] == [
        "Diffusion Models Meets Text-to-Image Video Object Detection",
        "Rethinking Attention Mechanisms in Video Object Detection",
        "Cross-Modal Feature Alignment for Video Object Detection"]
    assert [p.author_position for p in parsed.publications] == [1, 2, 1]
    assert parsed.experience == ()


def test_contact_details_set_in_capitals_in_a_narrow_sidebar_are_read():
    page = Page().add(60, 60, "CARMEN NAVARRO", BOLD, 28)
    sidebar = ["ABOUT", "HANGZHOU", "CARMEN.NAVARRO@HOTMAI", "L.COM", "(412) 268-7386", "SKILLS", "PYTHON", "DOCKER"]
    y = 110
    for text in sidebar:
        page.add(60, y, text, size=7)
        y += 11
    page.add(200, 110, "EXPERIENCE", size=10).add(200, 126, "UBER ATG", BOLD, 10).add(470, 126, "09/2020 - 02/2022", size=8)
    for i, text in enumerate(("DATA SCIENCE INTERN", "Developed domain adaptation for monocular depth estimation.",
                              "Built a training pipeline with Pandas.", "Developed a serving pipeline for detection.",
                              "Improved accuracy by 13% on the benchmark.", "Reduced latency by 20% in production.")):
        page.add(200, 140 + 11 * i, text, size=8)
    parsed = parse_pdf(make_pdf([page]))
    assert parsed.emails == ("carmen.navarro@hotmail.com",)
    assert parsed.phones == ("4122687386",)
    assert parsed.links == ()


def test_a_narrow_date_column_stacks_a_range_over_lines_with_its_dash_or_to_set_apart():
    page = Page().add(250, 50, "Zhiyuan Deng", BOLD, 17).add(150, 75, "zhiyuan@example.org · +86 151 5230 0743")
    page.add(55, 105, "EDUCATION", BOLD, 12)
    entries = [("University of Edinburgh", "PhD, Software Engineering", ["2015.09", "2019.05"], "–"),
               ("Fudan University", "Master of Science, Data Science", ["September", "2012 to July", "2015"], None),
               ("Harbin Institute of Technology", "Bachelor of Engineering, Robotics", ["Sep 2008 to", "Present"], None)]
    y = 122
    for school, degree, dates, dash in entries:
        page.add(54, y, school, BOLD).add(54, y + 12, degree)
        for i, text in enumerate(dates):
            page.add(453, y - 2 + 12 * i, text)
        if dash:
            page.add(503, y - 2, dash)
        y += 48
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.institution, e.start, e.end) for e in parsed.education] == [
        ("University of Edinburgh", "2015-09", "2019-05"), ("Fudan University", "2012-09", "2015-07"),
        ("Harbin Institute of Technology", "2008-09", "present")]


def test_a_year_hanging_before_each_citation_is_its_year():
    page = Page().add(40, 40, "Tobias Zimmermann", BOLD, 20).add(40, 65, "tobias@example.org")
    page.add(40, 100, "PUBLICATIONS", BOLD, 11)
    y = 120
    for year, first, second in (
            ("2025", "Tobias Zimmermann*, and Jiayi Deng*. 2025. Token Pruning Meets Multi-Object Tracking:",
             "A Lightweight Approach. In Proceedings of the International Conference on Machine Learning (ICML)."),
            ("2023", "Jiayi Deng, and Tobias Zimmermann. 2023. Towards Uncertainty-Aware Speech Enhancement",
             "via Token Pruning. Pattern Recognition.")):
        page.add(140, y, f"{year} {first}", size=9).add(165, y + 11, second, size=9)
        y += 30
    parsed = parse_pdf(make_pdf([page]))
    assert [(p.title, p.venue, p.year, p.author_position) for p in parsed.publications] == [
        ("Token Pruning Meets Multi-Object Tracking: A Lightweight Approach", "ICML", 2025, 1),
        ("Towards Uncertainty-Aware Speech Enhancement via Token Pruning", "Pattern Recognition", 2023, 2)]
