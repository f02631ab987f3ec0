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
