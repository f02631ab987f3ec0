"""Layout and style classes found on real CVs (../shared/resumes/real), rebuilt on small invented PDFs."""

from __future__ import annotations

import pytest

from candidates.parsing import parse_pdf
from candidates.parsing.dates import find_range
from candidates.parsing.names import clean_name
from candidates.parsing.sections import heading_kind
from candidates.parsing.skills import skills_in
from candidates.parsing.text import word_count

from .pdfmaker import Page, make_pdf


@pytest.fixture(autouse=True, scope="module")
def chinese_font():
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))

BOLD = "Helvetica-Bold"


def margin_heading_cv() -> bytes:
    """Section names in a left margin column, one of them over two lines, the text beside them."""
    page = Page().add(250, 50, "Marta Kowalczyk", BOLD, 20)
    page.add(150, 75, "marta.kowalczyk@example.org").add(400, 75, "+48 601 234 567")
    rows = [
        ("Education", None, "Warsaw University of Technology", "2016 - 2020"),
        (None, None, "B.Sc. in Computer Science, GPA: 4.6/5.0", None),
        ("Professional", "Experience", "Allegro", "2020 - Present"),
        (None, None, "Machine Learning Engineer", None),
        ("Publications", None, "M. Kowalczyk, J. Nowak. Sparse Attention for Tabular Data. In ICML, 2022.", None),
        ("Skills", None, "Python, PyTorch, Docker, PostgreSQL", None),
        ("Awards", None, "Best Paper Award, Polish Conference on Machine Learning", "2021"),
        ("Teaching", None, "Teaching Assistant, Warsaw University of Technology", "2019"),
    ]
    y = 120
    for label, label2, text, dates in rows:
        if label:
            y += 14
            page.add(40, y, label, BOLD, 11)
            if label2:
                page.add(40, y + 12, label2, BOLD, 11)
        page.add(150, y, text)
        if dates:
            page.add(480, y, dates)
        y += 16
    return make_pdf([page])


def test_it_reads_section_names_set_in_a_margin_column():
    parsed = parse_pdf(margin_heading_cv())
    assert parsed.name == "Marta Kowalczyk"
    assert [e.institution for e in parsed.education] == ["Warsaw University of Technology"]
    assert [(e.organization, e.title) for e in parsed.experience] == [
        ("Allegro", "Machine Learning Engineer"), ("Warsaw University of Technology", "Teaching Assistant")]
    assert [p.year for p in parsed.publications] == [2022]
    assert {"python", "pytorch", "docker", "postgresql"} <= set(parsed.skills)
    assert parsed.quality.score >= 0.9, parsed.quality


def overprinted_cv() -> bytes:
    """Every line drawn twice, 0.4 pt apart: the fake bold of HTML printers."""
    page = Page()
    lines = [(30, "王小明", 20), (60, "教育经历", 14), (80, "浙江大学 计算机科学 硕士  2019年9月 - 2022年6月", 10),
             (110, "技能", 14), (130, "Python, C++, PyTorch", 10)]
    for y, text, size in lines:
        page.add(50, y, text, "STSong-Light", size).add(50.4, y, text, "STSong-Light", size)
    return make_pdf([page])


def test_text_drawn_twice_is_read_once():
    parsed = parse_pdf(overprinted_cv())
    assert parsed.name == "王小明"
    assert "浙江大学浙江大学" not in parsed.text
    assert [e.institution for e in parsed.education] == ["浙江大学"]
    assert parsed.skills == ("python", "c++", "pytorch")


@pytest.mark.parametrize("text, expected", [
    ("Hao-Ran Li (李浩然)", "Hao-Ran Li"),
    ("李浩然 Haoran Li", "Haoran Li"),
    ("Haoran Li 李浩然", "Haoran Li"),
    ("李浩然", "李浩然"),
    ("Sean D. McAllister", "Sean D. McAllister"),
])
def test_a_name_line_in_two_scripts_gives_the_latin_name(text, expected):
    assert clean_name(text) == expected


@pytest.mark.parametrize("text, start, end", [
    ("2018/09 -- 2022/06", "2018-09", "2022-06"),
    ("2025/02 --", "2025-02", "present"),
    ("2024/01 -- Now", "2024-01", "present"),
])
def test_a_double_hyphen_is_a_range(text, start, end):
    found = find_range(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("heading, kind", [
    ("工作/项目经历", "experience"),
    ("Projects and Experience", "experience"),
    ("项目经历", "projects"),
    ("技术能力", "skills"),
    ("Recommendations", "references"),
])
def test_headings_of_real_cvs_name_their_sections(heading, kind):
    assert heading_kind(heading) == kind


def test_a_line_of_methods_gives_only_the_known_tools():
    found = skills_in("Statistical Analysis, A/B Testing, Feature Engineering, Predictive Modeling, XGBoost")
    assert found == ["xgboost"]


def test_language_tests_and_chinese_prose_are_not_skills():
    assert skills_in("TOEFL 110, GRE 329, 雅思 7.5") == []
    assert skills_in("熟悉 Linux 开发环境及主流框架") == ["linux"]


def test_chinese_is_counted_in_words_not_by_spaces():
    assert word_count("参与多个自然语言处理相关的研究项目") >= 8
    assert word_count("Senior Data Scientist") == 3


def test_chinese_job_entries_keep_their_employer_without_tags_or_city():
    page = Page().add(50, 40, "张伟", "STSong-Light", 22).add(50, 70, "zhang.wei@example.com")
    page.add(50, 100, "工作/项目经历", "STSong-Light", 14)
    page.add(50, 125, "北京星河科技有限公司（实习） 北京", "STSong-Light", 11).add(420, 125, "2019 年 3 月 – 2019 年 8 月", "STSong-Light", 10)
    page.add(50, 141, "算法工程师", "STSong-Light", 10)
    page.add(50, 157, "C++ / Python / CUDA / OpenCV", "Helvetica", 10)
    page.add(60, 173, "负责研究并改进现有的图像超分辨算法，研究项目的可行性及具体实施方案；", "STSong-Light", 10)
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.organization, e.title, e.start) for e in parsed.experience] == [
        ("北京星河科技有限公司", "算法工程师", "2019-03")]


def test_a_quality_estimate_says_what_is_missing():
    page = Page().add(50, 50, "Some notes about a project, without any headings.")
    page.add(50, 70, "We built a thing with many parts and wrote about it at length.")
    quality = parse_pdf(make_pdf([page])).quality
    assert quality.needs_review
    assert "name not found" in quality.reasons
    assert "no education found" in quality.reasons


def test_a_complete_resume_needs_no_review():
    quality = parse_pdf(margin_heading_cv()).quality
    assert not quality.needs_review


def bilingual_headings_cv() -> bytes:
    """Headings in Chinese and English on one line, the name in both scripts, English content."""
    page = Page().add(200, 40, "李晓明 Xiaoming Li", "STSong-Light", 20)
    page.add(150, 66, "xiaoming.li@example.com | +86 138 0013 8000")
    y = 100
    sections = [
        ("教育背景 Education", ["Tsinghua University  2016 - 2020", "B.Eng. in Automation, GPA: 3.82/4.0"]),
        ("工作经历 Work Experience", ["ByteDance  2020 - Present", "Research Engineer"]),
        ("论文发表 Publications", ["X. Li, Y. Zhao. Robust Depth Completion with Sparse Priors. In CVPR, 2022."]),
        ("专业技能 Skills", ["Python, C++, PyTorch, CUDA"]),
        ("荣誉奖项 Honors & Awards", ["National Scholarship, 2018"]),
    ]
    for heading, lines in sections:
        page.add(50, y, heading, "STSong-Light", 13)
        y += 20
        for line in lines:
            page.add(50, y, line)
            y += 15
        y += 8
    return make_pdf([page])


def test_bilingual_headings_on_one_line_open_their_sections():
    parsed = parse_pdf(bilingual_headings_cv())
    assert parsed.name == "Xiaoming Li"
    assert [e.institution for e in parsed.education] == ["Tsinghua University"]
    assert [e.gpa for e in parsed.education] == [3.82]
    assert [(e.organization, e.title) for e in parsed.experience] == [("ByteDance", "Research Engineer")]
    assert [(p.venue, p.year, p.first_author) for p in parsed.publications] == [("CVPR", 2022, True)]
    assert set(parsed.skills) == {"python", "c++", "pytorch", "cuda"}
    assert parsed.awards == ("National Scholarship, 2018",)
    assert not parsed.quality.needs_review


@pytest.mark.parametrize("text, kind", [
    ("教育背景 Education", "education"),
    ("Publications 发表论文", "publications"),
    ("荣誉奖项 Honors & Awards", "awards"),
    ("IT 技能", "skills"),
    ("技能：Python, C++, Java", None),
    ("项目：Cloud Migration", None),
])
def test_a_heading_in_two_languages_names_one_section(text, kind):
    assert heading_kind(text) == kind


def no_headings_cv() -> bytes:
    """No section headings at all (drawn as images, or never printed): paragraphs separated by space."""
    page = Page().add(50, 40, "Daniel Okafor", BOLD, 20).add(50, 64, "daniel.okafor@example.com  +44 7700 900123")
    blocks = [
        ["University of Edinburgh   2015 - 2019", "B.Sc. in Informatics, GPA: 3.7/4.0"],
        ["DeepMind, London   2019 - Present", "Research Engineer",
         "Built large-scale training infrastructure for vision models."],
        ["[1] D. Okafor, M. Chen. Sparse Mixtures for Video Understanding. In Proceedings of ICCV, 2021.",
         "[2] M. Chen, D. Okafor. Efficient Attention for Long Videos. arXiv preprint arXiv:2203.01234, 2022."],
        ["Python, C++, PyTorch, JAX, Kubernetes"],
        ["Best Paper Award, BMVC 2020", "Dean's List Scholarship, 2017"],
    ]
    y = 100
    for block in blocks:
        for line in block:
            page.add(50, y, line)
            y += 14
        y += 16
    return make_pdf([page])


def test_without_headings_the_paragraphs_are_read_by_what_they_say():
    parsed = parse_pdf(no_headings_cv())
    assert [(e.institution, e.degree_level, e.gpa) for e in parsed.education] == [
        ("University of Edinburgh", "bachelor", 3.7)]
    assert [(e.organization, e.title, e.end) for e in parsed.experience] == [("DeepMind", "Research Engineer", "present")]
    assert [p.year for p in parsed.publications] == [2021, 2022]
    assert parsed.publications[0].venue == "ICCV"
    assert set(parsed.skills) == {"python", "c++", "pytorch", "jax", "kubernetes"}
    assert len(parsed.awards) == 2


def two_degree_cv() -> bytes:
    page = Page().add(50, 40, "Priya Raman", BOLD, 20).add(50, 64, "priya.raman@example.com")
    page.add(50, 100, "Education", BOLD, 13)
    page.add(50, 120, "Carnegie Mellon University").add(480, 120, "2016 - 2022")
    page.add(64, 134, "M.S. and Ph.D., Machine Learning, GPA: 3.9/4.0")
    page.add(50, 156, "University of Toronto").add(480, 156, "2012 - 2016")
    page.add(64, 170, "Bachelor of Science in Mathematics")
    page.add(64, 184, "Bachelor of Science in Computer Science")
    page.add(50, 210, "Skills", BOLD, 13).add(50, 230, "Python, PyTorch")
    return make_pdf([page])


def test_two_degrees_on_one_line_or_under_one_school_are_two_entries():
    entries = parse_pdf(two_degree_cv()).education
    assert [(e.institution, e.degree_level, e.start, e.end) for e in entries] == [
        ("Carnegie Mellon University", "master", "2016", "2022"),
        ("Carnegie Mellon University", "phd", "2016", "2022"),
        ("University of Toronto", "bachelor", "2012", "2016"),
        ("University of Toronto", "bachelor", "2012", "2016"),
    ]
    assert entries[1].gpa == 3.9


def test_a_post_held_inside_a_projects_section_is_a_job():
    page = Page().add(50, 40, "Chen Wei", BOLD, 20).add(50, 64, "chen.wei@example.com")
    page.add(50, 100, "Projects", BOLD, 13)
    page.add(50, 120, "Autonomous Drone Racing", BOLD, 10).add(480, 120, "2021/03 -- 2021/09")
    page.add(50, 134, "Research Assistant, Robotics Lab - Zhejiang University")
    page.add(60, 148, "Designed a trajectory planner for agile flight.")
    page.add(50, 170, "Open-source SLAM toolkit", BOLD, 10).add(480, 170, "2020/01 -- 2020/06")
    page.add(60, 184, "Wrote a visual-inertial odometry front end.")
    jobs = parse_pdf(make_pdf([page])).experience
    assert [(j.title, j.start, j.end) for j in jobs] == [("Research Assistant", "2021-03", "2021-09")]
    assert "Zhejiang University" in jobs[0].organization


def test_roles_grouped_under_one_employer_share_it():
    """LinkedIn's export: employer, time there, then each role with its dates; bullets set tight to their text."""
    page = Page().add(50, 40, "Ana Souza", BOLD, 20).add(50, 64, "ana.souza@example.com")
    page.add(50, 100, "Experience", BOLD, 13)
    lines = [
        ("Globex Corporation", 12), ("2 years 3 months", 10), ("Senior Data Scientist", 11),
        ("March 2023 - Present (1 year 10 months)", 10), ("São Paulo, Brazil", 10),
        ("\u2022Led the forecasting team and shipped a demand model used across", 10),
        ("regional warehouses.", 10),
        ("Data Scientist", 11), ("October 2022 - February 2023 (5 months)", 10),
        ("\u2022Built churn models for the retail division.", 10),
    ]
    y = 120
    for text, size in lines:
        page.add(50, y, text, "Helvetica", size)
        y += 15
    jobs = parse_pdf(make_pdf([page])).experience
    assert [(j.organization, j.title, j.start, j.end) for j in jobs] == [
        ("Globex Corporation", "Senior Data Scientist", "2023-03", "present"),
        ("Globex Corporation", "Data Scientist", "2022-10", "2023-02"),
    ]


@pytest.mark.parametrize("text, pieces", [
    ("Graduate Trainee - Data Science", ["Graduate Trainee - Data Science"]),
    ("Research Intern - Computer Vision", ["Research Intern - Computer Vision"]),
    ("Software Engineer – Google", ["Software Engineer", "Google"]),
    ("Data Scientist - Acme Inc", ["Data Scientist", "Acme Inc"]),
])
def test_a_specialty_after_a_role_stays_in_the_title(text, pieces):
    from candidates.parsing.experience import _split_pieces

    assert [p.strip() for p in _split_pieces(text)] == pieces


@pytest.mark.parametrize("text, start, end", [
    ("May–Jul ’18", "2018-05", "2018-07"),
    ("Jun - Aug 2019", "2019-06", "2019-08"),
    ("Dec - Feb 2020", "2019-12", "2020-02"),
    ("Aug ’19–present", "2019-08", "present"),
])
def test_month_spans_and_two_digit_years(text, start, end):
    found = find_range(text)
    assert (found.start, found.end) == (start, end)


def test_assistantships_in_a_teaching_section_are_jobs_when_they_name_a_school():
    page = Page().add(50, 40, "Lena Fischer", BOLD, 20).add(50, 64, "lena.fischer@example.com")
    page.add(50, 100, "Teaching", BOLD, 13)
    page.add(50, 120, "2019").add(90, 120, "Teaching Assistant, Machine Learning, Prof. Anna Weber, TUM, Winter.")
    page.add(90, 134, "Grader, Linear Algebra, Prof. Karl Braun, University of Bonn, Summer.")
    page.add(50, 148, "2018").add(90, 148, "Teaching Assistant, Introduction to Algorithms, Spring.")
    page.add(90, 162, "Guest Lecture, Graph Neural Networks, ETH Zurich.")
    jobs = parse_pdf(make_pdf([page])).experience
    assert [(j.organization, j.title, j.start) for j in jobs] == [
        ("TUM", "Teaching Assistant", "2019"), ("University of Bonn", "Grader", "2019")]


@pytest.mark.parametrize("text, expected", [
    ("黄 Wei Huang", "Wei Huang"),
    ("Wei Huang 黄伟明明明明明", "Wei Huang"),
    ("⻩ Wenjie Huang", "Wenjie Huang"),
])
def test_a_name_beside_any_run_of_chinese_characters(text, expected):
    assert clean_name(text) == expected


@pytest.mark.parametrize("text, kind", [
    ("W O R K  E X P E R I E N C E", "experience"),
    ("E D U C AT I O N", "education"),
    ("AWA R D S", "awards"),
])
def test_letter_spaced_headings_with_kerned_pairs(text, kind):
    assert heading_kind(text) == kind


def test_a_field_at_a_school_gives_the_school():
    from candidates.parsing.education import find_institution

    assert find_institution("M.S. Computer Science at Tsinghua University") == "Tsinghua University"


def sidebar_contacts_cv() -> bytes:
    """A sidebar with the contacts under 'About' (an address wrapped in the narrow column), tools listed with
    spaces only under 'Languages' and 'Libraries', and profile handles that are hyperlinks."""
    page = Page().add(40, 40, "Yuki Tanaka", BOLD, 26)
    side = ["About", "Osaka", "yuki.tanaka@example.c", "om", "+81 90 1234 5678", "yukitanaka.github.io", "ytanaka",
            "", "Languages", "Python Kotlin", "JavaScript Scala", "", "Libraries", "Django Spark JAX"]
    y = 90
    for text in side:
        if text:
            page.add(40, y, text, BOLD if text in ("About", "Languages", "Libraries") else "Helvetica", 9)
        y += 13
    main = [("Experience", BOLD, 12), ("Sony AI   2022 - Present", "Helvetica", 10), ("Research Engineer", "Helvetica", 9),
            ("Education", BOLD, 12), ("Kyoto University   2016 - 2022", "Helvetica", 10),
            ("Master of Informatics", "Helvetica", 9)]
    y = 90
    for text, font, size in main:
        page.add(200, y, text, font, size)
        y += 16
    for line in range(8):  # a main column longer than the sidebar
        page.add(200, y, f"Worked on perception models for robots, part {line + 1} of the work done there.")
        y += 13
    handle_top = 90 + 6 * 13 - 9  # the line 'ytanaka' (text is drawn from its baseline)
    return make_pdf([page], links=[(0, (40, handle_top, 90, handle_top + 12), "https://github.com/ytanaka")])


def test_contacts_and_tools_in_a_sidebar():
    parsed = parse_pdf(sidebar_contacts_cv())
    assert parsed.emails == ("yuki.tanaka@example.com",)
    assert parsed.phones == ("+819012345678",)
    assert "yukitanaka.github.io" in parsed.links and "github.com/ytanaka" in parsed.links
    assert {"python", "kotlin", "javascript", "scala", "django", "spark", "jax"} <= set(parsed.skills)


def test_citations_under_an_ambiguous_heading_are_publications():
    page = Page().add(50, 40, "Hana Kim", BOLD, 20).add(50, 64, "hana.kim@example.com")
    page.add(50, 100, "Research", BOLD, 13)
    page.add(50, 120, "My research interests lie in weakly supervised learning.")
    page.add(50, 136, "[1] H. Kim, J. Park, and M. Lee, \u201cLabel Noise at Scale,\u201d in Proc. ICML, 2024, pp. 1-10.")
    page.add(50, 152, "[2] S. Cho and H. Kim, \u201cAbductive Reasoning for Vision,\u201d IEEE TPAMI, vol. 46, 2023.")
    page.add(50, 180, "Education", BOLD, 13).add(50, 200, "Seoul National University  2018 - 2022").add(50, 214, "B.S. in CS")
    parsed = parse_pdf(make_pdf([page]))
    assert [(p.year, p.first_author) for p in parsed.publications] == [(2024, True), (2023, False)]
    assert parsed.experience == ()


def test_a_project_among_degrees_and_a_club_page_in_the_body():
    page = Page().add(50, 40, "Rafael Costa", BOLD, 20).add(50, 64, "rafael.costa@example.com")
    page.add(50, 100, "EDUCATION AND TRAINING", BOLD, 13)
    page.add(50, 120, "Bachelor of Civil Engineering", BOLD, 11)
    page.add(50, 134, "University of Porto [ 01/09/2015 – 30/06/2020 ]", BOLD, 11)
    page.add(50, 150, "Project \u201cGreen Roofs for Porto\u201d", BOLD, 11)
    page.add(50, 164, "University of Porto [ 01/04/2019 – 01/05/2019 ]", BOLD, 11)
    page.add(50, 190, "VOLUNTEERING", BOLD, 13)
    page.add(50, 210, "Rowing club secretary, facebook.com/PortoRowingClub")
    parsed = parse_pdf(make_pdf([page]))
    assert [(e.institution, e.degree_level, e.start) for e in parsed.education] == [
        ("University of Porto", "bachelor", "2015-09")]
    assert parsed.links == ()


def test_a_faculty_line_stays_with_its_university_and_an_expected_date_ends_the_degree():
    page = Page().add(50, 40, "赵磊", "STSong-Light", 20).add(50, 64, "zhao.lei@example.com")
    page.add(50, 100, "教育背景", "STSong-Light", 14)
    page.add(50, 122, "慕尼黑工业大学, 硕士研究生", "STSong-Light", 11).add(450, 122, "2021.10 - 至今", "STSong-Light", 11)
    page.add(50, 138, "预计 2023 年 12 月毕业; 计算机学院: 机器人感知", "STSong-Light", 11)
    page.add(50, 154, "同济大学, 工学学士", "STSong-Light", 11).add(450, 154, "2016.8 - 2021.7", "STSong-Light", 11)
    entries = parse_pdf(make_pdf([page])).education
    assert [(e.institution, e.degree_level, e.start, e.end) for e in entries] == [
        ("慕尼黑工业大学", "master", "2021-10", "2023-12"), ("同济大学", "bachelor", "2016-08", "2021-07")]


@pytest.mark.parametrize("text, start, end", [
    ("September 2020 - Dezember 2024", "2020-09", "2024-12"),
    ("janvier 2019 – juin 2021", "2019-01", "2021-06"),
    ("Marzo 2021 - Actualidad", "2021-03", "present"),
    ("Mai 2023 - Present", "2023-05", "present"),
])
def test_month_names_in_european_languages(text, start, end):
    found = find_range(text)
    assert (found.start, found.end) == (start, end)


def test_dates_set_level_with_the_first_description_line():
    page = Page().add(50, 40, "Lena Brandt", BOLD, 20).add(50, 64, "lena.brandt@example.com")
    page.add(50, 100, "Experience", BOLD, 13)
    page.add(50, 120, "Google, Computer Vision Engineer").add(480, 120, "Zurich")
    page.add(62, 134, "\u2022 Built a training pipeline for document models.").add(450, 134, "Mai 2023 - Present")
    jobs = parse_pdf(make_pdf([page])).experience
    assert [(j.organization, j.title, j.start, j.end) for j in jobs] == [
        ("Google", "Computer Vision Engineer", "2023-05", "present")]


def test_a_degree_broken_over_lines_in_a_narrow_cell():
    """RenderCV: the degree in a narrow first column, hyphenated by the typesetter; the dates wrapped right-aligned."""
    page = Page().add(50, 40, "Mathieu Roy", BOLD, 20).add(50, 64, "mathieu.roy@example.com")
    page.add(50, 100, "Formation", BOLD, 13)
    page.add(62, 122, "Doc-").add(105, 122, "Institut Polytechnique de Paris, Informatique").add(470, 122, "Septembre 2019 -")
    page.add(62, 134, "torat").add(527.8, 134, "2023")  # flush right under the start date
    entries = parse_pdf(make_pdf([page])).education
    assert [(e.institution, e.degree_level, e.start, e.end) for e in entries] == [
        ("Institut Polytechnique de Paris", "phd", "2019-09", "2023")]


def test_et_al_marks_the_author_list_as_cut_short():
    from candidates.parsing.publications import parse_citation

    cut = parse_citation("C. Yang, S. Li, J. Fang, et al. Gaussian Splats for Sparse Views. In CVPR, 2024.",
                         candidate="J. Fang")
    assert (cut.authors, cut.author_position, cut.authors_truncated) == (("C. Yang", "S. Li", "J. Fang"), 3, True)
    whole = parse_citation("C. Yang, S. Li, J. Fang. Gaussian Splats for Sparse Views. In CVPR, 2024.", candidate="J. Fang")
    assert not whole.authors_truncated


def test_a_thesis_grade_is_not_the_gpa_and_a_wrapped_school_name_is_joined():
    page = Page().add(50, 40, "Giulia Conti", BOLD, 20).add(50, 64, "giulia.conti@example.com")
    page.add(50, 100, "Education", BOLD, 13)
    page.add(50, 120, "Washington University in St.", BOLD, 10).add(50, 132, "Louis", BOLD, 10)
    page.add(50, 146, "M.Sc. in Physics, 2018 - 2020")
    page.add(60, 160, "Master thesis: 28/30, on dark matter halos.")
    page.add(50, 184, "Univ. of Padova").add(50, 198, "B.Sc. in Physics, 2015 - 2018, Final grade: 108/110")
    entries = parse_pdf(make_pdf([page])).education
    assert [(e.institution, e.gpa, e.gpa_scale) for e in entries] == [
        ("Washington University in St. Louis", None, None), ("Univ. of Padova", 108, 110)]


def test_one_line_citations_without_numbers_and_page_ranges():
    page = Page().add(50, 40, "Omar Haddad", BOLD, 20).add(50, 64, "omar.haddad@example.com")
    page.add(50, 100, "Skills", BOLD, 13)
    page.add(50, 120, "ML", BOLD, 10).add(120, 120, "PyTorch, TensorFlow, JAX, scikit-learn, XGBoost, LightGBM, Hugging Face,")
    page.add(120, 134, "ONNX, TensorRT, MLflow")
    page.add(50, 175, "Publications", BOLD, 13)
    page.add(50, 195, "O. Haddad, L. Chen. Fast Depth. In Proceedings of CVPR, pages 1234-1242, 2021.")
    page.add(50, 209, "O. Haddad. Sparse Nets. Pattern Recognition, 112:107-118, 2020.")
    parsed = parse_pdf(make_pdf([page]))
    assert [(p.title, p.venue, p.year) for p in parsed.publications] == [
        ("Fast Depth", "CVPR", 2021), ("Sparse Nets", "Pattern Recognition", 2020)]
    assert parsed.phones == ()
    assert {"onnx", "tensorrt", "mlflow"} <= set(parsed.skills) and "ml" not in parsed.skills


def test_a_wrapped_venue_word_is_not_a_heading_and_a_page_footer_is_dropped():
    page = Page().add(50, 40, "Yan Zhao", BOLD, 20).add(50, 64, "yan.zhao@example.com")
    page.add(50, 100, "PUBLICATIONS", BOLD, 11)
    page.add(50, 120, "Label Propagation Meets Speech Enhancement: A Hierarchical Approach in Pattern", "Helvetica", 11)
    page.add(50, 134, "Recognition", "Helvetica", 11).add(50, 148, "Y. Zhao, T. Becker, 2019")
    page.add(50, 176, "AWARDS", BOLD, 11).add(50, 196, "Travel Grant (2023)")
    page.add(250, 770, "Yan Zhao - Page 1 of 1", "Helvetica", 9)
    parsed = parse_pdf(make_pdf([page]))
    assert len(parsed.publications) == 1 and parsed.publications[0].title.startswith("Label Propagation Meets")
    assert parsed.awards == ("Travel Grant (2023)",)  # neither 'Recognition' nor the footer


def test_a_justified_line_of_methods_gives_no_skills():
    assert skills_in("Statistical\tAnalysis,\tA/B\tTesting,\tFeature\tEngineering\t(PCA,\tMulticollinearity),"
                     "\tPredictive\tModeling") == []
    assert skills_in("PyTorch,\tTensorFlow,\tDocker") == ["pytorch", "tensorflow", "docker"]
