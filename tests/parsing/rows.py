"""Builders of layout rows for unit tests that need no PDF."""

from candidates.parsing.layout import Row, Segment
from candidates.parsing.pdf import Run


def segment(text: str, x0: float = 50, size: float = 10, bold: bool = False) -> Segment:
    return Segment(text, x0, x0 + 6 * len(text), size, bold, "Helvetica", "", (Run(text, bold),))


def row(*texts: str, top: float = 100, size: float = 10, bold: bool = False, marker: str = "") -> Row:
    segments, x = [], 50.0
    for text in texts:
        segments.append(segment(text, x, size, bold))
        x += 6 * len(text) + 40
    return Row(0, 0, top, top + size, tuple(segments), marker)
