"""Bad input never crashes: each kind of unreadable file raises UnreadablePdf with its own message, quickly."""

import time

import pytest

from candidates.parsing import UnreadablePdf, parse_pdf

from .pdfmaker import Page, cid_garbage_pdf, image_only_pdf, lines_pdf, make_pdf

GOOD = lines_pdf([("Jane Doe", "Helvetica-Bold", 22)] + [("Some ordinary resume text line here", "Helvetica", 10)] * 8)


def _raises(data: bytes, fragment: str, **limits) -> None:
    start = time.monotonic()
    with pytest.raises(UnreadablePdf) as caught:
        parse_pdf(data, **limits)
    assert fragment in str(caught.value)
    assert time.monotonic() - start < 5


def test_it_rejects_encrypted_pdf():
    _raises(make_pdf([Page().add(50, 50, "Secret resume text")], encrypt="secret"), "encrypted")


def test_it_rejects_scanned_image_without_text_layer():
    _raises(image_only_pdf(), "no text layer")


def test_it_rejects_truncated_pdf():
    _raises(GOOD[: len(GOOD) // 2], "truncated")


def test_it_rejects_corrupt_pdf():
    _raises(b"%PDF-1.4\n" + b"\x00garbage" * 500, "corrupt")


def test_it_rejects_a_non_pdf_with_a_pdf_name():
    _raises(b"Dear hiring manager, this is a Word file really." * 20, "not a PDF")


def test_it_rejects_an_empty_file():
    _raises(b"", "empty")


def test_it_rejects_a_file_over_the_size_limit():
    _raises(GOOD, "too large", max_bytes=100)


def test_it_rejects_a_pdf_over_the_page_limit():
    _raises(make_pdf([Page().add(50, 50, "a page of text")] * 5), "too many pages", max_pages=3)


def test_it_rejects_cid_garbage_text():
    _raises(cid_garbage_pdf(), "(cid:NN)")


def test_a_good_pdf_still_parses():
    parsed = parse_pdf(GOOD)
    assert parsed.name == "Jane Doe"
    assert parsed.pages == 1
    assert "ordinary resume text" in parsed.text


def test_only_pdf_module_imports_pdfminer():
    from pathlib import Path

    import candidates.parsing as package

    for path in Path(package.__file__).parent.glob("*.py"):
        if path.name != "pdf.py":
            source = path.read_text()
            assert "import pdfminer" not in source and "from pdfminer" not in source, path.name


@pytest.mark.parametrize("fraction", [0.3, 0.75, 0.95])
def test_a_pdf_cut_short_anywhere_is_reported_as_truncated_not_corrupt(fraction):
    with pytest.raises(UnreadablePdf) as caught:
        parse_pdf(GOOD[: int(len(GOOD) * fraction)])
    assert "truncated" in str(caught.value) or "no text layer" in str(caught.value)
    assert "corrupt" not in str(caught.value)
