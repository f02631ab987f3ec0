"""Bad input at the door, file by file: every file of an upload gets its own verdict by its bytes (not its name),
a bad one never holds back the others, Word documents are converted with LibreOffice, a ZIP is unpacked within
limits, and a failed upload offers Retry only where parsing again can help."""


import pytest
from django.contrib.auth.models import User
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from candidates import documents, services
from candidates.models import Candidate, Resume, UploadRejection

from .builders import make_docx, make_pdf, make_resume, make_zip

PNG = b"\x89PNG\r\n\x1a\n" + b"\x00" * 200
needs_libreoffice = pytest.mark.skipif(documents.libreoffice() is None, reason="LibreOffice is not installed")


def upload(client, files: dict[str, bytes]):
    return client.post(reverse("candidates:upload"),
                       {"files": [SimpleUploadedFile(name, content) for name, content in files.items()]}, follow=True)


def test_each_file_of_a_batch_gets_its_own_verdict_and_the_good_ones_are_stored(recruiter_client, settings):
    settings.UPLOAD_MAX_BYTES = 50_000
    good = make_pdf()
    page = upload(recruiter_client, {
        "empty.pdf": b"", "photo.pdf": PNG, "notes.pdf": b"Dear hiring manager " * 20, "good.pdf": good,
        "huge.pdf": b"%PDF-1.4 " + b"x" * 60_000, "letter.docx": make_docx(["Ana Lima", "ana@example.org"]),
    }).content.decode()
    assert sorted(Resume.objects.values_list("original_name", "kind")) == [("good.pdf", "pdf"), ("letter.docx", "docx")]
    assert "<strong>2</strong> left, of 2" in page  # the progress of the batch, not a message that outlives it
    assert "empty.pdf was not stored: empty: there is nothing in it." in page
    assert "photo.pdf was not stored: not a PDF or a Word document: by its content it is a PNG image." in page
    assert "notes.pdf was not stored: not a PDF or a Word document: by its content it is plain text." in page
    assert "huge.pdf was not stored: 58.6\xa0KB, over the 48.8\xa0KB limit." in page
    # and in the list of uploads, after the messages are gone
    listing = recruiter_client.get(reverse("candidates:upload")).content.decode()
    assert "Refused, not stored" in listing and "<strong>photo.pdf</strong>: not a PDF" in listing
    assert UploadRejection.objects.count() == 4


def test_files_past_the_batch_limit_are_refused_by_name(recruiter_client, settings):
    settings.UPLOAD_MAX_FILES = 2
    page = upload(recruiter_client, {f"cv{i}.pdf": make_pdf([(f"Person {i}", 20, "Helvetica")]) for i in range(3)})
    assert Resume.objects.count() == 2
    assert "cv2.pdf was not stored: one file too many: an upload takes 2 at most" in page.content.decode()


def test_a_zip_of_resumes_is_unpacked_with_its_bad_files_refused_by_name(recruiter_client):
    archive = make_zip({
        "batch/ana.pdf": make_pdf([("Ana Lima", 20, "Helvetica")]),
        "../../etc/bo.pdf": make_pdf([("Bo Chen", 20, "Helvetica")]),  # no path leaves the archive
        "batch/photo.png": PNG,
        "batch/inner.zip": make_zip({"x.pdf": make_pdf()}),
        "__MACOSX/batch/._ana.pdf": b"resource fork",
        "batch/": b"",
    })
    page = upload(recruiter_client, {"resumes.zip": archive}).content.decode()
    assert sorted(Resume.objects.values_list("original_name", flat=True)) == ["ana.pdf", "bo.pdf"]
    assert "resumes.zip › photo.png was not stored: not a PDF or a Word document: by its content it is a PNG" in page
    assert "resumes.zip › inner.zip was not stored: an archive inside the archive: not opened." in page
    assert "_ana.pdf" not in page


def test_a_decompression_bomb_and_an_archive_of_too_many_files_are_not_unpacked(recruiter_client, settings):
    settings.ZIP_MAX_ENTRIES = 3
    bomb = make_zip({"cv.pdf": b"%PDF-1.4 " + b"\x00" * 5_000_000})  # 5 MB of zeros pack into a few KB
    crowd = make_zip({f"cv{i}.pdf": make_pdf([(f"P {i}", 20, "Helvetica")]) for i in range(4)})
    page = upload(recruiter_client, {"bomb.zip": bomb, "crowd.zip": crowd}).content.decode()
    assert Resume.objects.count() == 0
    assert "bomb.zip › cv.pdf was not stored: compressed suspiciously well (a decompression bomb?)" in page
    assert "crowd.zip was not stored: a ZIP archive not unpacked: it holds 4 files, the limit is 3." in page


def test_a_zip_whose_directory_lies_about_sizes_stops_at_the_limit():
    data = make_zip({"cv.pdf": b"%PDF-1.4 " + b"a" * 5000})
    limits = documents.ZipLimits(entries=10, entry_bytes=1000, total_bytes=10_000, ratio=10_000)
    lying = data.replace((5009).to_bytes(4, "little"), (900).to_bytes(4, "little"))  # the unpacked size, forged
    entries = documents.unpack(lying, limits)
    assert entries[0].data is None and entries[0].refused  # never more than the limit read, never a crash


@needs_libreoffice
def test_a_word_document_is_converted_parsed_and_kept_for_download(recruiter_client, monkeypatch):
    upload(recruiter_client, {"ana.docx": make_docx(["Ana Lima", "ana.lima@example.org", "EDUCATION",
                                                     "University of Lisbon, M.Sc. in Computer Science, 2021"])})
    resume = Resume.objects.get()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == "parsed", resume.error
    assert Candidate.objects.get().emails == ["ana.lima@example.org"]
    shown = recruiter_client.get(resume.get_file_url())
    assert shown["Content-Type"] == "application/pdf" and b"".join(shown.streaming_content).startswith(b"%PDF")
    original = recruiter_client.get(resume.get_file_url() + "?download=1")
    assert original["Content-Type"] == documents.CONTENT_TYPES["docx"]
    assert 'attachment; filename="ana.docx"' == original["Content-Disposition"]


def test_without_libreoffice_a_word_document_fails_saying_so_and_can_be_retried(recruiter_client, monkeypatch):
    monkeypatch.setattr(documents.shutil, "which", lambda name: None)
    upload(recruiter_client, {"ana.docx": make_docx(["Ana Lima"])})
    resume = Resume.objects.get()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == "failed" and resume.retryable
    assert "Word documents need LibreOffice on the worker machines" in resume.error
    page = recruiter_client.get(reverse("candidates:upload")).content.decode()
    assert reverse("candidates:resume_retry", args=[resume.pk]) in page


def test_a_file_that_cannot_be_read_offers_remove_not_retry(recruiter_client, other_recruiter, client):
    upload(recruiter_client, {"broken.pdf": b"%PDF-1.4\n" + b"\x00garbage" * 500})
    resume = Resume.objects.get()
    services.resume_parse(resume_id=resume.pk)
    resume.refresh_from_db()
    assert resume.status == "failed" and not resume.retryable and "corrupt" in resume.error
    page = recruiter_client.get(reverse("candidates:upload")).content.decode()
    assert reverse("candidates:resume_retry", args=[resume.pk]) not in page
    assert reverse("candidates:resume_remove", args=[resume.pk]) in page
    retried = recruiter_client.post(reverse("candidates:resume_retry", args=[resume.pk]), follow=True)
    assert "cannot be read however often it is parsed" in retried.content.decode()
    assert Resume.objects.get().status == "failed"

    client.force_login(other_recruiter)
    assert client.post(reverse("candidates:resume_remove", args=[resume.pk])).status_code == 403
    recruiter_client.force_login(resume.uploaded_by)
    recruiter_client.post(reverse("candidates:resume_remove", args=[resume.pk]))
    assert not Resume.objects.exists()


def test_a_resume_is_served_with_its_name_never_sniffed_nor_kept_by_shared_caches(recruiter_client):
    upload(recruiter_client, {"ana.pdf": make_pdf()})
    resume = Resume.objects.get()
    response = recruiter_client.get(resume.get_file_url())
    assert response["Content-Disposition"] == 'inline; filename="ana.pdf"'
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_the_upload_page_follows_the_latest_batch(recruiter_client):
    """The latest upload's stored files, as a progress bar: parsed, failed and left; earlier batches do not count."""
    upload(recruiter_client, {"earlier.pdf": make_pdf([("Earlier Batch", 12, "Helvetica")])})
    upload(recruiter_client, {f"cv{i}.pdf": make_pdf([(f"Person {i}", 12, "Helvetica")]) for i in range(3)}
           | {"photo.pdf": PNG})
    latest = list(Resume.objects.exclude(original_name="earlier.pdf").order_by("pk"))
    earlier = Resume.objects.get(original_name="earlier.pdf")
    assert len({r.batch for r in latest}) == 1 and latest[0].batch != earlier.batch
    Resume.objects.filter(pk=latest[0].pk).update(status=Resume.Status.PARSED)
    Resume.objects.filter(pk=latest[1].pk).update(status=Resume.Status.FAILED, error="damaged")
    page = recruiter_client.get(reverse("candidates:upload"), headers={"HX-Request": "true"}).content.decode()
    assert '<progress value="2" max="3"' in page
    assert "<strong>1</strong> parsed · <strong>1</strong> failed · <strong>1</strong> left, of 3" in page
    assert 'hx-trigger="every 2s"' in page  # one is left: the page keeps following


def test_failures_have_their_own_list_on_the_upload_page_and_not_a_candidate_filter(recruiter_client, other_recruiter):
    mine = make_resume(content=b"%PDF broken", status=Resume.Status.FAILED, error="unreadable: damaged",
                       retryable=False, original_name="mine.pdf", uploaded_by=User.objects.get(username="rita"))
    theirs = make_resume(content=b"%PDF other", status=Resume.Status.FAILED, error="timed out", retryable=True,
                         original_name="theirs.pdf", uploaded_by=other_recruiter)
    page = recruiter_client.get(reverse("candidates:upload")).content.decode()
    failures = page[page.index('id="failures"'):]
    assert "mine.pdf" in failures and "unreadable: damaged" in failures
    assert "theirs.pdf" in failures and "by omar" in failures
    assert f"/resumes/{theirs.pk}/retry/" in failures and f"/resumes/{theirs.pk}/remove/" not in failures
    assert f"/resumes/{mine.pk}/remove/" in failures and f"/resumes/{mine.pk}/retry/" not in failures
    listing = recruiter_client.get("/").content.decode()
    assert 'value="failed"' not in listing and "---------" not in listing
