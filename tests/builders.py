"""Plain builder functions for tests."""

import hashlib
import io

from candidates.models import Candidate, Resume, ResumeFile


def make_pdf(lines: list[tuple[str, float, str]] | None = None) -> bytes:
    """A one-page PDF with (text, font size, font name) lines, top to bottom."""
    from reportlab.pdfgen import canvas

    lines = lines or [
        ("Mira Castellanos", 20, "Helvetica-Bold"),
        ("mira.castellanos@example.com  +1 415 555 0199", 10, "Helvetica"),
        ("EDUCATION", 12, "Helvetica-Bold"),
        ("Stanford University, M.S. in Computer Science, GPA: 3.9/4.0", 10, "Helvetica"),
    ]
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1)
    y = 800
    for text, size, font in lines:
        pdf.setFont(font, size)
        pdf.drawString(60, y, text)
        y -= size * 1.8
    pdf.save()
    return buffer.getvalue()


def make_candidate(**overrides) -> Candidate:
    fields = {"name": "Test Candidate", "emails": ["test@example.com"]}
    fields.update(overrides)
    return Candidate.objects.create(**fields)


def make_resume(*, content: bytes | None = None, status: str = Resume.Status.QUEUED, **overrides) -> Resume:
    content = content if content is not None else make_pdf()
    fields = {
        "original_name": "cv.pdf",
        "size": len(content),
        "sha256": hashlib.sha256(content).hexdigest(),
        "status": status,
    }
    fields.update(overrides)
    resume = Resume.objects.create(**fields)
    ResumeFile.objects.create(resume=resume, content=content)
    return resume



def summarize(candidate: Candidate) -> Candidate:
    """Recompute the dashboard's summary columns after a test wrote rows directly."""
    from candidates.services import candidate_summarize

    candidate_summarize(candidate=candidate)
    return candidate


def make_docx(paragraphs: list[str]) -> bytes:
    """A minimal Word document (.docx): one paragraph a line, as Word writes the parts LibreOffice needs."""
    import zipfile
    from xml.sax.saxutils import escape

    body = "".join(f"<w:p><w:r><w:t>{escape(text)}</w:t></w:r></w:p>" for text in paragraphs)
    parts = {
        "[Content_Types].xml": '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
        'package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.'
        'relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/'
        'document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"'
        "/></Types>",
        "_rels/.rels": '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/'
        'package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/'
        '2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
        "word/document.xml": '<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://schemas.openxmlformats'
        f'.org/wordprocessingml/2006/main"><w:body>{body}</w:body></w:document>',
    }
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts.items():
            archive.writestr(name, text)
    return buffer.getvalue()


def make_zip(files: dict[str, bytes], compression: int | None = None) -> bytes:
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression if compression is not None else zipfile.ZIP_DEFLATED) as archive:
        for name, content in files.items():
            archive.writestr(name, content)
    return buffer.getvalue()
