import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_importing_the_parser_loads_no_django():
    code = "import sys, candidates.parsing; sys.exit(1 if any(m.split('.')[0] == 'django' for m in sys.modules) else 0)"
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr


def test_public_interface():
    import candidates.parsing as parsing

    assert parsing.PARSER_VERSION == "1.6"
    assert parsing.DEFAULT_MAX_BYTES > 0 and parsing.DEFAULT_MAX_PAGES > 0
    for name in ("parse_pdf", "UnreadablePdf", "ParsedResume", "Education", "Experience", "Publication", "Quality"):
        assert hasattr(parsing, name)
    from candidates.parsing import skills, venues

    assert venues.lookup("ICCV'2019").short == "ICCV"
    assert skills.lookup("Pytorch").name == "pytorch"
