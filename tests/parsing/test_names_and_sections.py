import pytest

from candidates.parsing.names import clean_name
from candidates.parsing.sections import heading_kind


@pytest.mark.parametrize(
    "text, name",
    [
        ("Wei Zhang, Ph.D.", "Wei Zhang"),
        ("Dr Eleanor M. Hargreaves", "Eleanor M. Hargreaves"),
        ("Prof. Alan Turing", "Alan Turing"),
        ("JOHN SMITH", "JOHN SMITH"),
        ("Marcus J. Delgado", "Marcus J. Delgado"),
        ("Jean-Luc Picard", "Jean-Luc Picard"),
        ("Madonna", None),  # one word is not enough
        ("Anne-Marie van der Berg", "Anne-Marie van der Berg"),
        ("张伟", "张伟"),
        ("CONTACT", None),
        ("Curriculum Vitae", None),
        ("Education", None),
        ("Senior Software Engineer", None),
        ("jane@doe.com", None),
    ],
)
def test_it_recognises_a_name(text, name):
    assert clean_name(text) == name


@pytest.mark.parametrize(
    "text, kind",
    [
        ("EDUCATION", "education"), ("Educational Background", "education"), ("教育经历", "education"),
        ("教育背景", "education"), ("Experience", "experience"), ("Work Experience", "experience"),
        ("实习经历", "experience"), ("工作经历", "experience"), ("Research Experience", "experience"),
        ("Publications", "publications"), ("论文", "publications"), ("Selected Publications", "publications"),
        ("Skills", "skills"), ("技能", "skills"), ("TECHNICAL SKILLS", "skills"), ("专业技能", "skills"),
        ("Honors", "awards"), ("Awards", "awards"), ("曾获奖励", "awards"), ("Honors and Awards", "awards"),
        ("Grants, Awards and Honours", "awards"), ("E D U C A T I O N", "education"),
        ("Research Projects", "projects"), ("Skills & Certifications", "skills"),
        ("Zillow Group", None), ("Bachelor of Science in Computer Science", None),
    ],
)
def test_it_names_section_headings_in_both_languages(text, kind):
    assert heading_kind(text) == kind
