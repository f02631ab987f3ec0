import json
import subprocess
import sys
from io import StringIO
from pathlib import Path

import pytest
from django.core.management import CommandError, call_command

from candidates.models import Resume
from tests.builders import make_pdf

ROOT = Path(__file__).resolve().parent.parent
SCHEMA_KEYS = {"name", "emails", "phones", "links", "education", "experience", "publications", "skills", "awards"}


@pytest.fixture
def pdf_folder(tmp_path):
    (tmp_path / "a.pdf").write_bytes(make_pdf())
    (tmp_path / "nested").mkdir()
    (tmp_path / "nested" / "b.PDF").write_bytes(make_pdf([("Bo Sun", 18, "Helvetica-Bold")]))
    (tmp_path / "notes.txt").write_text("not a resume")
    return tmp_path


def test_parse_resume_prints_the_schema_json_without_a_database(pdf_folder):
    out = StringIO()
    call_command("parse_resume", str(pdf_folder / "a.pdf"), stdout=out)
    data = json.loads(out.getvalue())
    assert set(data) == SCHEMA_KEYS
    assert "mira.castellanos@example.com" in data["emails"]


def test_parse_resume_prints_one_line_per_file_for_several(pdf_folder):
    out = StringIO()
    call_command("parse_resume", str(pdf_folder / "a.pdf"), str(pdf_folder / "nested" / "b.PDF"), stdout=out)
    lines = out.getvalue().strip().splitlines()
    assert len(lines) == 2
    assert all(set(json.loads(line)) == SCHEMA_KEYS for line in lines)


def test_parse_resume_writes_one_file_per_resume_with_out(pdf_folder, tmp_path):
    out_dir = tmp_path / "out"
    call_command("parse_resume", str(pdf_folder / "a.pdf"), str(pdf_folder / "nested" / "b.PDF"),
                 out=str(out_dir), stdout=StringIO())
    assert sorted(p.name for p in out_dir.iterdir()) == ["a.json", "b.json"]
    assert set(json.loads((out_dir / "a.json").read_text())) == SCHEMA_KEYS


def test_parse_resume_names_each_bad_file_and_still_parses_the_rest(pdf_folder, tmp_path):
    out_dir = tmp_path / "out"
    err = StringIO()
    with pytest.raises(CommandError, match="2 of 3 file"):
        call_command("parse_resume", str(pdf_folder / "notes.txt"), str(pdf_folder / "a.pdf"),
                     str(pdf_folder / "missing.pdf"), out=str(out_dir), stdout=StringIO(), stderr=err)
    lines = err.getvalue().strip().splitlines()
    assert lines[0].startswith(f"{pdf_folder / 'notes.txt'}: not a PDF")
    assert lines[1] == f"{pdf_folder / 'missing.pdf'}: No such file or directory"
    assert (out_dir / "a.json").exists()


def test_parse_resume_exits_non_zero_from_the_shell(pdf_folder):
    result = subprocess.run(
        [sys.executable, "manage.py", "parse_resume", str(pdf_folder / "notes.txt"), str(pdf_folder / "a.pdf")],
        cwd=ROOT, capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "notes.txt: not a PDF" in result.stderr
    assert "mira.castellanos@example.com" in result.stdout


@pytest.mark.django_db
def test_import_resumes_queues_files_and_the_pdfs_in_folders(pdf_folder, django_capture_on_commit_callbacks):
    out = StringIO()
    with django_capture_on_commit_callbacks() as callbacks:
        call_command("import_resumes", str(pdf_folder), stdout=out)
    assert sorted(Resume.objects.values_list("original_name", flat=True)) == ["a.pdf", "b.PDF"]
    assert len(callbacks) == 2
    assert "2 queued, 0 already uploaded" in out.getvalue()


@pytest.mark.django_db
def test_import_resumes_skips_files_already_uploaded(pdf_folder):
    call_command("import_resumes", str(pdf_folder / "a.pdf"), stdout=StringIO())
    out = StringIO()
    call_command("import_resumes", str(pdf_folder), stdout=out)
    assert Resume.objects.count() == 2
    assert "1 queued, 1 already uploaded" in out.getvalue()


@pytest.mark.django_db
def test_import_resumes_refuses_a_missing_path(tmp_path):
    with pytest.raises(CommandError, match="no such file or folder"):
        call_command("import_resumes", str(tmp_path / "nope"))


@pytest.mark.django_db
def test_demo_setup_refuses_to_run_in_production(settings):
    settings.DEBUG = False
    with pytest.raises(CommandError, match="only with DEBUG on"):
        call_command("demo_setup")


@pytest.mark.django_db
def test_demo_setup_makes_the_demo_login_and_queues_the_demo_resumes(django_user_model, settings):
    settings.DEBUG = True
    call_command("demo_setup", stdout=StringIO())
    user = django_user_model.objects.get(username="demo")
    assert user.check_password("demo")
    assert not user.is_staff
    demo_pdfs = list((ROOT / "demo" / "resumes").glob("*.pdf"))
    assert len(demo_pdfs) >= 5
    assert Resume.objects.filter(uploaded_by=user).count() == len(demo_pdfs)


@pytest.mark.django_db
def test_refresh_candidates_recomputes_the_summary_columns():
    from candidates.models import Candidate, Education

    candidate = Candidate.objects.create(name="Ana Lima")
    Education.objects.create(candidate=candidate, institution="ETH Zurich", degree_level="phd", gpa="5.5",
                             gpa_scale="6")
    out = StringIO()
    call_command("refresh_candidates", stdout=out)
    candidate.refresh_from_db()
    assert (candidate.highest_degree_level, str(candidate.gpa_4)) == ("phd", "3.67")
    assert "eth zurich" in candidate.search_text
    assert "1 candidate(s) refreshed" in out.getvalue()


@pytest.mark.django_db
def test_reparse_resumes_queues_the_outdated_and_the_failed(django_capture_on_commit_callbacks):
    from candidates import parsing
    from tests.builders import make_resume

    current = make_resume(content=b"a", status=Resume.Status.PARSED, parser_version=parsing.PARSER_VERSION)
    outdated = make_resume(content=b"b", status=Resume.Status.PARSED, parser_version="0.1")
    failed = make_resume(content=b"c", status=Resume.Status.FAILED, parser_version=parsing.PARSER_VERSION)
    in_flight = make_resume(content=b"d", status=Resume.Status.PARSING)
    out = StringIO()
    with django_capture_on_commit_callbacks() as callbacks:
        call_command("reparse_resumes", stdout=out)
    statuses = dict(Resume.objects.values_list("pk", "status"))
    assert statuses[current.pk] == Resume.Status.PARSED
    assert statuses[outdated.pk] == statuses[failed.pk] == Resume.Status.QUEUED
    assert statuses[in_flight.pk] == Resume.Status.PARSING
    assert len(callbacks) == 2
    assert "2 resume(s) queued" in out.getvalue()


@pytest.mark.django_db
def test_reparse_resumes_says_how_many_are_left_when_no_worker_parses_them():
    from django.core.management.base import CommandError

    from tests.builders import make_resume

    make_resume(content=b"b", status=Resume.Status.PARSED, parser_version="0.1")
    out = StringIO()
    with pytest.raises(CommandError, match="1 resume\\(s\\) not parsed yet"):
        call_command("reparse_resumes", "--wait", "--interval", "0", "--timeout", "0", stdout=out)
    assert "0/1 done (0 failed)" in out.getvalue()



@pytest.mark.django_db
def test_the_admin_parses_resumes_again_and_says_how_many_wait(client, admin_user):
    from django.urls import reverse

    from tests.builders import make_resume

    resumes = [make_resume(content=bytes([i]), status=Resume.Status.PARSED, parser_version="0.1") for i in range(2)]
    client.force_login(admin_user)
    response = client.post(reverse("admin:candidates_resume_changelist"),
                           {"action": "requeue", "_selected_action": [r.pk for r in resumes]}, follow=True)
    assert set(Resume.objects.values_list("status", flat=True)) == {Resume.Status.QUEUED}
    assert "2 resume(s) queued for parsing; " in response.content.decode()
    assert "2 waiting for a worker" in response.content.decode()
