"""Resume parsing: PDF bytes in, a ParsedResume out. Pure Python; imports no Django."""

from .errors import UnreadablePdf
from .model import Education, Experience, ParsedResume, Publication, Quality
from .pipeline import DEFAULT_MAX_BYTES, DEFAULT_MAX_PAGES, PARSER_VERSION, parse_pdf

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DEFAULT_MAX_PAGES",
    "PARSER_VERSION",
    "Education",
    "Experience",
    "ParsedResume",
    "Publication",
    "Quality",
    "UnreadablePdf",
    "parse_pdf",
]
