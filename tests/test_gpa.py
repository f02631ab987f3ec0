from decimal import Decimal

import pytest

from candidates.gpa import on_four_scale


@pytest.mark.parametrize(
    ("gpa", "scale", "stated", "expected"),
    [
        ("3.93", "4", None, "3.93"),
        ("90.75", "100", None, "3.63"),
        ("90.21", "100", "3.93", "3.93"),  # a stated equivalent wins
        ("8.7", "10", None, "3.48"),
        ("9.41", "10", None, "3.76"),
        ("108", "110", None, "3.93"),
        ("4.2", "4.3", None, "3.91"),
        ("3.67", None, None, "3.67"),  # no scale printed: read on 4
        ("85", None, None, "3.40"),  # no scale printed: read on 100
        ("4.00", "4.00", None, "4.00"),
        ("5", "4", None, None),  # above its own scale: not a GPA we can trust
        (None, None, None, None),
    ],
)
def test_gpas_are_put_on_one_scale(gpa, scale, stated, expected):
    as_decimal = lambda v: None if v is None else Decimal(v)  # noqa: E731
    assert on_four_scale(as_decimal(gpa), as_decimal(scale), as_decimal(stated)) == as_decimal(expected)
