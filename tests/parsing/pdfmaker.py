"""Small PDFs made on the fly for the parser tests (reportlab, plus one hand-written PDF)."""

from __future__ import annotations

import io
import zlib
from dataclasses import dataclass, field

from reportlab.lib.pagesizes import LETTER
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

WIDTH, HEIGHT = LETTER


@dataclass
class Text:
    x: float
    y: float  # from the top of the page, in points
    text: str
    font: str = "Helvetica"
    size: float = 10


@dataclass
class Page:
    items: list[Text] = field(default_factory=list)

    def add(self, x: float, y: float, text: str, font: str = "Helvetica", size: float = 10) -> "Page":
        self.items.append(Text(x, y, text, font, size))
        return self


def make_pdf(pages: list[Page], *, encrypt: str | None = None, links: list[tuple] = ()) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER, encrypt=encrypt)
    for number, page in enumerate(pages):
        for item in page.items:
            pdf.setFont(item.font, item.size)
            pdf.drawString(item.x, HEIGHT - item.y, item.text)
        for link_page, rect, uri in links:
            if link_page == number:
                x0, top, x1, bottom = rect
                pdf.linkURL(uri, (x0, HEIGHT - bottom, x1, HEIGHT - top), relative=0)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def lines_pdf(lines: list[tuple[str, str, float]], *, x: float = 50, top: float = 60, gap: float = 16) -> bytes:
    """One page: (text, font, size) per line, top to bottom."""
    page = Page()
    y = top
    for text, font, size in lines:
        page.add(x, y, text, font, size)
        y += gap + (size - 10) * 0.8
    return make_pdf([page])


def image_only_pdf() -> bytes:
    """A 'scanned' page: an image and no text layer."""
    from PIL import Image

    image = Image.new("RGB", (200, 100), "white")
    raw = io.BytesIO()
    image.save(raw, format="PNG")
    raw.seek(0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=LETTER)
    pdf.drawImage(ImageReader(raw), 50, 400, width=400, height=200)
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def cid_garbage_pdf() -> bytes:
    """Text in a Type0 font with no ToUnicode map: pdfminer can only print (cid:NN)."""
    content = b"BT /F1 12 Tf 50 700 Td <0012001500160017001800190020> Tj ET\n" * 20
    stream = zlib.compress(content)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> "
        b"/Contents 4 0 R >>",
        b"<< /Length %d /Filter /FlateDecode >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type0 /BaseFont /ABCDEF+Mystery /Encoding /Identity-H "
        b"/DescendantFonts [6 0 R] >>",
        b"<< /Type /Font /Subtype /CIDFontType2 /BaseFont /ABCDEF+Mystery "
        b"/CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> "
        b"/FontDescriptor 7 0 R /DW 500 >>",
        b"<< /Type /FontDescriptor /FontName /ABCDEF+Mystery /Flags 4 /FontBBox [0 0 1000 1000] "
        b"/ItalicAngle 0 /Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 >>",
    ]
    out = io.BytesIO()
    out.write(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(out.tell())
        out.write(b"%d 0 obj\n" % number + body + b"\nendobj\n")
    xref = out.tell()
    out.write(b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1))
    for offset in offsets:
        out.write(b"%010d 00000 n \n" % offset)
    out.write(b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref))
    return out.getvalue()
