"""Rules added for layouts and conventions of word-processor, European, Indian and Chinese resumes (parser 1.2)."""

import pytest

from candidates.parsing import parse_pdf
from candidates.parsing.contact import normalize_phone
from candidates.parsing.dates import find_range
from candidates.parsing.education import find_degree, find_institution
from candidates.parsing.gpa import parse_rank
from candidates.parsing.names import clean_name
from candidates.parsing.publications import parse_publications, split_authors
from candidates.parsing.sections import split_sections
from candidates.parsing.skills import skills_in

from .pdfmaker import Page, make_pdf
from .rows import row


@pytest.mark.parametrize("text, start, end", [
    ("01.10.2019 – present", "2019-10", "present"),
    ("01.04.2017 – 31.03.2019", "2017-04", "2019-03"),
    ("15/09/2016 - 30/06/2018", "2016-09", "2018-06"),
])
def test_day_month_year_dates(text, start, end):
    found = find_range(text)
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("raw", ["14.03.1995", "12-08-2002", "1995-03-14"])
def test_a_date_of_birth_is_not_a_phone(raw):
    assert normalize_phone(raw) is None


def test_degrees_are_whole_words():
    assert find_degree("Acme Softworks Pvt. Ltd., Bengaluru") is None
    assert find_degree("Bronze Medal, Regional Robotics Contest") is None
    assert find_degree("github.com/someone") is None
    assert find_degree("计算机科学与技术 工学硕士")[1] == "master"
    assert find_degree("Engineer (Inżynier) in Civil Engineering")[1] == "bachelor"


def test_institution_after_a_full_stop():
    assert find_institution("M.Sc. in Physics, Lakeside College. GPA 5.2/6.0") == "Lakeside College"
    assert find_institution("Instituto Superior de Agronomia (ISA)").startswith("Instituto Superior")


def test_letter_spaced_and_non_latin1_names():
    assert clean_name("王 小 明") == "王小明"
    assert clean_name("J A N   D V O Ř Á K") == "JAN DVOŘÁK"
    assert clean_name("Łucja Żmuda") == "Łucja Żmuda"
    assert clean_name("Curriculum Vitae Anna Weiß") == "Anna Weiß"


def test_chinese_top_percent_rank():
    assert parse_rank("平均成绩：91.2/100，排名前3%") == "前3%"


def test_skills_vocabulary_edges():
    assert skills_in("q/kdb+") == ["q", "kdb+"]
    assert skills_in("C++17, Python") == ["c++", "python"]
    assert skills_in("English (C1), French (B1)") == []


def test_a_role_named_after_its_work_is_a_job():
    from candidates.parsing.experience import parse_experience

    rows = [row("Harbor Builders Inc. – Tucson, AZ", top=100, bold=True),
            row("Project Manager | 06/2015 – 02/2019", top=115)]
    (job,) = parse_experience(rows)
    assert (job.organization, job.title, job.start) == ("Harbor Builders Inc.", "Project Manager", "2015-06")


def test_chicago_author_list():
    assert split_authors("Berg, Tom, Ana Ruiz, and Wei Zhou") == [
        "Tom Berg", "Ana Ruiz", "Wei Zhou"]


def test_chinese_national_standard_citation():
    rows = [row("王小明, 赵强, 孙丽. 面向小样本的图像分割方法研究[J]. 软件学报, 2021, 32(4): 880-895.")]
    (pub,) = parse_publications(rows, "王小明")
    assert (pub.title, pub.venue, pub.year, pub.authors[0], pub.first_author) == (
        "面向小样本的图像分割方法研究", "软件学报", 2021, "王小明", True)


def test_a_label_cell_naming_a_section_opens_it():
    rows = [row("Experience", "Platform Engineer — Northwind", top=100),
            row("Oct 2019 – present", top=115),
            row("Skills", "Nomad, Packer", top=140)]
    rows[1] = rows[1].__class__(0, 0, 115, 125, (rows[0].segments[1].__class__(
        "Oct 2019 – present", rows[0].segments[1].x0, rows[0].segments[1].x0 + 90, 10, False, "Helvetica", "", ()),),)
    kinds = [(s.kind, [r.text for r in s.rows]) for s in split_sections(rows) if s.rows]
    assert kinds == [("experience", ["Platform Engineer — Northwind", "Oct 2019 – present"]),
                     ("skills", ["Nomad, Packer"])]


def test_right_aligned_tab_stop_dates_are_read_across_not_as_a_sidebar():
    """Word puts dates and places on a right tab stop: each sits on its title's baseline, a column of its own."""
    page = Page()
    page.add(50, 50, "Jane Q. Public", "Helvetica-Bold", 20)
    page.add(50, 90, "EXPERIENCE", "Helvetica-Bold", 12)
    y = 110
    jobs = [
        ("Northwind", "Madison, WI", "Software Engineer II", "Jun 2021 – Present"),
        ("Contoso", "Madison, WI", "Software Engineer", "Jul 2019 – May 2021"),
        ("Fabrikam Inc.", "Racine, WI", "Software Engineering Intern", "May 2018 – Aug 2018"),
        ("Tailspin Toys", "Kenosha, WI", "Engineering Intern", "May 2017 – Aug 2017"),
        ("Litware", "Appleton, WI", "Data Intern", "May 2016 – Aug 2016"),
        ("Proseware", "Madison, WI", "QA Intern", "May 2015 – Aug 2015"),
    ]
    for org, place, title, dates in jobs:
        page.add(50, y, org, "Helvetica-Bold", 10)
        page.add(516, y, place, "Helvetica", 10)  # places and dates start on different x: a ragged 'column'
        page.add(50, y + 14, title, "Helvetica-Oblique", 10)
        page.add(469, y + 14, dates, "Helvetica", 10)
        page.add(60, y + 28, "Built and ran services that processed payments at scale.", "Helvetica", 10)
        y += 48
    parsed = parse_pdf(make_pdf([page]))
    assert [e.start for e in parsed.experience] == ["2021-06", "2019-07", "2018-05", "2017-05", "2016-05", "2015-05"]
    assert "Madison, WI" not in parsed.awards and parsed.experience[0].organization == "Northwind"


def test_an_area_code_is_not_a_list_number():
    from candidates.parsing.layout import _is_marker

    assert not _is_marker("(555)", "(555) 010-2345")
    assert _is_marker("1.", "1. Introduction to parsing")


def test_a_phone_wrapped_onto_the_next_contact_line():
    from candidates.parsing.contact import find_phones

    rows = [row("4 Elm Road, Worcester, MA 01602 • e@mail.com • (555) 010-", top=60), row("2345", top=72)]
    assert find_phones(rows, {0, 1}) == ["5550102345"]


def test_small_caps_heading_split_after_its_capital():
    from candidates.parsing.sections import heading_kind

    assert heading_kind("A WARDS") == "awards"


def test_us_state_is_not_a_degree_and_ab_is_a_bachelor():
    assert find_degree("CLARK UNIVERSITY\tWorcester, MA") is None
    assert find_degree("A.B. Honors degree in Economics")[1] == "bachelor"
    assert find_degree("MA in English, Boston, MA")[0] == "MA"


def test_a_dates_line_above_the_next_degree_belongs_to_it():
    from candidates.parsing.education import parse_education

    rows = [row("01/09/2014 – 30/06/2016 – Lyon, France", top=100),
            row("Master of Science in Chemistry – University of Lyon", top=112),
            row("01/09/2011 – 30/06/2014 – Nantes, France", top=130),
            row("Bachelor of Science in Biology – University of Nantes", top=142)]
    entries, _ = parse_education(rows)
    assert [(e.degree_level, e.start, e.end) for e in entries] == [
        ("master", "2014-09", "2016-06"), ("bachelor", "2011-09", "2014-06")]


def test_activities_are_not_tools():
    assert skills_in("Field research, load testing, scheduling, Docker, HTML/CSS") == [
        "field research", "docker", "html", "css"]


def test_name_and_title_on_one_line():
    from candidates.parsing.names import find_name

    rows = [row("Marta Ferri — Civil Engineer", top=40, size=20), row("marta@example.com", top=70)]
    assert find_name(rows, 10)[0] == "Marta Ferri"


def test_an_address_is_not_a_phone():
    from candidates.parsing.contact import find_phones

    rows = [row("Via Dante 8 – 40121 Bologna – Italy", top=60), row("M +39 320 000 1111", top=72)]
    assert find_phones(rows, {0, 1}) == ["+393200001111"]


def test_a_year_label_before_an_award():
    from candidates.parsing.awards import parse_awards

    assert parse_awards([row("2019: Best Demo Award")]) == ["Best Demo Award"]


def test_a_month_date_wrapped_in_a_right_aligned_date_cell():
    from candidates.parsing.layout import Row, Segment, _join_wrapped_cells

    def seg(text, x0, x1):
        return Segment(text, x0, x1, 8.5, False, "DejaVuSans", "", ())

    above = Row(0, 0, 163.4, 172.0, (seg("2016.03 –", 83, 125), seg("Android Developer, Contoso Mobile", 141, 325)))
    below = Row(0, 0, 174.3, 183.0, (seg("2018.11", 90, 125), seg("Offline maps for field crews.", 141, 300)))
    joined = _join_wrapped_cells([above, below])
    assert joined[0].segments[0].text == "2016.03 – 2018.11"
    assert [s.text for s in joined[1].segments] == ["Offline maps for field crews."]


def test_the_candidates_own_title_in_the_letterhead_does_not_hide_their_contacts():
    from candidates.parsing.contact import find_emails, find_phones

    rows = [row("Senior Product Manager | Pune | asha.k@example.com | +91-90000-11111 |", top=60)]
    assert find_emails(rows) == ["asha.k@example.com"]
    assert find_phones(rows, {0}) == ["+919000011111"]
    assert find_emails([row("Manager: Ravi Rao, ravi@example.com", top=60)]) == []


def test_a_school_without_a_school_word():
    from candidates.parsing.education import parse_education

    rows = [row("ENSTA Brest · 2012 — 2017", top=100), row("Diplôme d'ingénieur (MSc), Robotics", top=112)]
    (entry,), _ = parse_education(rows)
    assert (entry.institution, entry.degree_level, entry.start, entry.end) == ("ENSTA Brest", "master", "2012", "2017")


def test_ab_testing_is_not_two_languages():
    assert skills_in("SQL, A/B testing") == ["sql"]
