"""The whole pipeline on real parts: the site, the broker, the database and a `celery worker` process."""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection

from candidates.models import Resume
from tests.builders import make_pdf, make_resume

pytestmark = [pytest.mark.e2e, pytest.mark.django_db(transaction=True)]

ROOT = Path(__file__).resolve().parent.parent


def database_url() -> str:
    """The URL of the test database this process uses, for the worker to use too."""
    db = connection.settings_dict
    if db["ENGINE"].endswith("sqlite3"):
        return f"sqlite:///{db['NAME']}"
    host = db["HOST"] or "localhost"
    port = f":{db['PORT']}" if db["PORT"] else ""
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    return f"postgres://{db['USER']}{password}@{host}{port}/{db['NAME']}"


@pytest.fixture
def worker(tmp_path):
    env = {**os.environ, "DATABASE_URL": database_url(), "PYTHONUNBUFFERED": "1", "REMAP_SIGTERM": "SIGQUIT"}
    log = (tmp_path / "worker.log").open("w+")
    process = subprocess.Popen(
        [sys.executable, "-m", "celery", "-A", "recruiting", "worker", "--loglevel=INFO", "--concurrency=1",
         "-Q", settings.CELERY_TASK_DEFAULT_QUEUE, "--without-gossip", "--without-mingle", "-n", "e2e@%h"],
        cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT,
    )
    yield process
    process.terminate()
    try:
        process.wait(timeout=20)
    except subprocess.TimeoutExpired:
        process.kill()
    log.seek(0)
    print("---- worker log ----\n" + log.read()[-5000:])


def wait_until_done(resume_id: int, worker: subprocess.Popen, timeout: float = 60) -> Resume:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        resume = Resume.objects.get(pk=resume_id)
        if resume.is_done:
            return resume
        assert worker.poll() is None, "the worker process died"
        time.sleep(0.3)
    raise AssertionError(f"resume {resume_id} still {resume.status} after {timeout} s")


def test_an_uploaded_resume_is_parsed_by_the_worker_and_listed(client, recruiter, worker):
    client.force_login(recruiter)
    content = make_pdf([
        ("Tomasz Wierzbicki", 20, "Helvetica-Bold"),
        ("tomasz.w@example.org   +48 601 555 123", 10, "Helvetica"),
        ("EDUCATION", 12, "Helvetica-Bold"),
        ("Warsaw University of Technology, M.Sc. in Computer Science, 2019 - 2021", 10, "Helvetica"),
    ])
    response = client.post("/upload/", {"files": [SimpleUploadedFile("tomasz.pdf", content)]})
    assert response.status_code == 302

    resume = wait_until_done(Resume.objects.get(original_name="tomasz.pdf").pk, worker)
    assert resume.status == Resume.Status.PARSED, resume.error

    listing = client.get("/").content.decode()
    assert "Tomasz Wierzbicki" in listing
    detail = client.get(resume.candidate.get_absolute_url()).content.decode()
    assert "tomasz.w@example.org" in detail


def test_a_broken_upload_fails_with_its_reason_and_can_be_removed_not_retried(client, recruiter, worker):
    client.force_login(recruiter)
    client.post("/upload/", {"files": [SimpleUploadedFile("broken.pdf", b"%PDF-1.4\n garbage, truncated")]})
    resume = wait_until_done(Resume.objects.get(original_name="broken.pdf").pk, worker)
    assert resume.status == Resume.Status.FAILED and not resume.retryable
    assert resume.error
    page = client.get("/upload/").content.decode()
    assert resume.error.split(":")[0] in page
    assert f"/resumes/{resume.pk}/retry/" not in page  # the same bytes will not read better

    client.post(f"/resumes/{resume.pk}/remove/")
    assert not Resume.objects.filter(pk=resume.pk).exists()


def test_reparse_reports_the_workers_progress_until_done(worker):
    from io import StringIO

    from django.core.management import call_command

    resumes = [make_resume(content=make_pdf([(f"Person {i}", 20, "Helvetica-Bold"), (f"p{i}@example.org", 10, "Helvetica")]),
                           status=Resume.Status.PARSED, parser_version="0.1") for i in range(2)]
    out = StringIO()
    call_command("reparse_resumes", "--wait", "--interval", "0.5", "--timeout", "90", stdout=out)
    lines = out.getvalue().splitlines()
    assert lines[0].startswith("2 resume(s) queued") and lines[-1] == "2/2 done (0 failed)"
    from candidates import parsing

    assert {Resume.objects.get(pk=r.pk).parser_version for r in resumes} == {parsing.PARSER_VERSION}


def test_a_batch_of_good_and_bad_files_goes_through_the_pipeline_file_by_file(client, recruiter, worker):
    from candidates import documents
    from tests.builders import make_docx
    from tests.parsing.pdfmaker import Page, image_only_pdf
    from tests.parsing.pdfmaker import make_pdf as make_test_pdf

    files = {
        "good.pdf": make_pdf([("Marta Nowak", 20, "Helvetica-Bold"), ("marta@example.org", 10, "Helvetica")]),
        "secret.pdf": make_test_pdf([Page().add(50, 50, "Secret resume text")], encrypt="secret"),
        "scan.pdf": image_only_pdf(),
        "empty.pdf": b"",
        "photo.pdf": b"\x89PNG\r\n\x1a\n" + b"\x00" * 100,
    }
    if documents.libreoffice():
        files["word.docx"] = make_docx(["Jonas Berg", "jonas.berg@example.org"])
    client.force_login(recruiter)
    page = client.post("/upload/", {"files": [SimpleUploadedFile(n, c) for n, c in files.items()]}, follow=True)
    body = page.content.decode()
    assert "empty.pdf was not stored: empty" in body and "photo.pdf was not stored: not a PDF" in body
    done = {r.original_name: wait_until_done(r.pk, worker, timeout=120) for r in Resume.objects.all()}
    assert done["good.pdf"].status == Resume.Status.PARSED
    assert (done["secret.pdf"].status, done["secret.pdf"].retryable) == (Resume.Status.FAILED, False)
    assert "encrypted" in done["secret.pdf"].error
    assert "no text layer" in done["scan.pdf"].error and not done["scan.pdf"].retryable
    if "word.docx" in files:
        assert done["word.docx"].status == Resume.Status.PARSED, done["word.docx"].error
        assert done["word.docx"].candidate.emails == ["jonas.berg@example.org"]
    listing = client.get("/upload/").content.decode()
    assert "encrypted" in listing and f"/resumes/{done['secret.pdf'].pk}/retry/" not in listing
