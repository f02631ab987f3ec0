"""Rules added in parser 1.3 for the layouts of extra3/ (README.md there): all invented strings."""

import pytest

from candidates.parsing import venues
from candidates.parsing.awards import split_awards
from candidates.parsing.dates import find_range
from candidates.parsing.education import find_degree
from candidates.parsing.gpa import parse_gpa
from candidates.parsing.names import clean_name
from candidates.parsing.places import is_location, strip_location
from candidates.parsing.publications import _printed_venue
from candidates.parsing.sections import heading_kind
from candidates.parsing.skills import skills_in


@pytest.mark.parametrize("heading, kind", [
    ("EXPÉRIENCE PROFESSIONNELLE", "experience"), ("Formation", "education"), ("Compétences", "skills"),
    ("Experiencia laboral", "experience"), ("Berufserfahrung", "experience"), ("Langues", "languages"),
    ("Formação Acadêmica", "education"), ("Prix et distinctions", "awards"),
])
def test_headings_in_other_european_languages(heading, kind):
    assert heading_kind(heading) == kind


@pytest.mark.parametrize("text", ["03/2020 – aujourd'hui", "03/2020 – atual", "03/2020 – heute", "03/2020 – presente"])
def test_present_in_other_languages(text):
    assert find_range(text).end == "present"


def test_rating_glyphs_are_not_skills():
    assert skills_in("Rustlang ●●●●○, Elixir ★★★☆☆") == ["rustlang", "elixir"]


def test_iso4_journal_abbreviations_name_the_venue():
    assert venues.venue_of("IEEE Trans. Pattern Anal. Mach. Intell., 12(3), 2021").short == "TPAMI"
    assert venues.venue_of("Int. J. Comput. Vis.").short == "IJCV"
    assert venues.venue_of("Journal of Marine Widgets") is None


@pytest.mark.parametrize("text", ["Under review", "Submitted", "In preparation"])
def test_a_publication_status_is_not_a_venue(text):
    assert _printed_venue(text) is None


def test_certifications_listed_with_awards_are_not_awards():
    assert split_awards("AWS Certified Widget Architect") == []
    assert split_awards("Certificate of Merit, Foo Society") == ["Certificate of Merit, Foo Society"]


def test_places_with_a_note_and_employers_before_a_town():
    assert strip_location("Widgetco, Paris (remote)") == "Widgetco"
    assert not is_location("Widgetco, Round Rock, TX")
    assert is_location("Paris, France")


def test_french_degrees_and_a_twelve_point_scale():
    assert find_degree("Licence, Informatique")[1] == "bachelor"
    assert parse_gpa("GPA: 10.9/12").scale == 12


def test_a_resume_title_is_not_a_name():
    assert clean_name("个人简历") is None
    assert clean_name("张小明") == "张小明"
