import pytest

from candidates.parsing.gpa import parse_gpa, parse_rank


@pytest.mark.parametrize(
    "text, value, scale, four",
    [
        ("3.93/4", 3.93, 4.0, 3.93),
        ("GPA: 4.00 / 4.00 (University Honors)", 4.0, 4.0, 4.0),
        ("Cum. GPA: 90.75/100, TOEFL: 102", 90.75, 100.0, None),
        ("CGPA 8.7/10", 8.7, 10.0, None),
        ("CGPA: 9.41/10", 9.41, 10.0, None),
        ("85%", 85.0, 100.0, None),
        ("GPA 3.67 (Major: 3.9)", 3.67, None, None),
        ("Cum. GPA: 90.21/100(3.93/4.0) Rank: 7/174", 90.21, 100.0, 3.93),
        ("90.21/100 (3.93/4.0)", 90.21, 100.0, 3.93),
        ("Final grade: 110/110 cum laude", 110.0, 110.0, None),
        ("Bachelor of Science; GPA: 3.89 / 4.00 (Top 4%)", 3.89, 4.0, 3.89),
        ("GPA:3.57/4, Rank 24/131", 3.57, 4.0, 3.57),
        ("Percentage: 93.4%", 93.4, 100.0, None),
        ("GPA 3,8/4", 3.8, 4.0, 3.8),
    ],
)
def test_it_reads_gpa_value_and_scale(text, value, scale, four):
    gpa = parse_gpa(text)
    assert gpa is not None
    assert gpa.value == pytest.approx(value)
    assert gpa.scale == (pytest.approx(scale) if scale else None)
    assert gpa.four_scale == (pytest.approx(four) if four else None)


@pytest.mark.parametrize(
    "text",
    ["Rank 7/174", "Ranking: 7th/174", "2016 – 2020", "Sep. 2018 - June 2021", "Top 4%", "TOEFL: 102 (Reading 29)",
     "First Class Honours", "Distinction", "Grade A+", "03/2021", "12/2019 – 05/2020", "GRE 330/340"],
)
def test_it_never_takes_a_rank_or_date_for_a_gpa(text):
    assert parse_gpa(text) is None


@pytest.mark.parametrize(
    "text, rank",
    [
        ("Cum. GPA: 90.21/100, 3.93/4, Ranking 7th/174.", "7th/174"),
        ("GPA 3.9 Rank: 7/174", "7/174"),
        ("GPA: 3.89 / 4.00 (Top 4%)", "Top 4%"),
        ("Class rank 3 of 120", "3 of 120"),
        ("GPA 3.9", None),
    ],
)
def test_it_reads_class_rank(text, rank):
    assert parse_rank(text) == rank
