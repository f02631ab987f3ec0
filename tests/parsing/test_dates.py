import pytest

from candidates.parsing.dates import find_range, only_dates, strip_dates


@pytest.mark.parametrize(
    "text, start, end",
    [
        ("Sep. 2018 - June 2021", "2018-09", "2021-06"),
        ("Mar 2021 – Present", "2021-03", "present"),
        ("03/2021 – present", "2021-03", "present"),
        ("August. 2022 – Present", "2022-08", "present"),
        ("Aug. 2021 – May 2025 (Expected)", "2021-08", "2025-05"),
        ("2016 – 2020", "2016", "2020"),
        ("Dec 2019–Sep 2020", "2019-12", "2020-09"),
        ("Fall 2013 – Spring 2017", "2013", "2017"),
        ("2019年5月 - 至今", "2019-05", "present"),
        ("2017.09 - 2021.06", "2017-09", "2021-06"),
        ("January 2020 to December 2021", "2020-01", "2021-12"),
        ("Jan 2023 – Now", "2023-01", "present"),
        ("Seattle, WA  Mar 2021 – Present", "2021-03", "present"),
        ("Summer 2021", None, "2021"),
        ("Expected May 2025", None, "2025-05"),
        ("2016", None, "2016"),
    ],
)
def test_it_reads_date_ranges(text, start, end):
    found = find_range(text)
    assert found is not None
    assert (found.start, found.end) == (start, end)


@pytest.mark.parametrize("text", ["no dates here", "Rank 7/174", "GPA 3.9/4.0", "pp. 1866-1870"])
def test_it_finds_no_date_in_plain_text(text):
    assert find_range(text) is None


def test_it_strips_dates_and_keeps_the_place():
    assert strip_dates("Seattle, WA Mar 2021 – Present") == "Seattle, WA"
    assert only_dates("Oct 2018 - Oct 2019")
    assert not only_dates("Huawei, Oct 2018")
