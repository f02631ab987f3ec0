import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def run_django_setup(**env_overrides: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in ("SECRET_KEY", "DEBUG")}
    env.update(env_overrides)
    code = "import django, os; os.environ.setdefault('DJANGO_SETTINGS_MODULE', 'recruiting.settings'); django.setup()"
    return subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)


def test_production_without_a_secret_key_refuses_to_start():
    result = run_django_setup(DEBUG="0")
    assert result.returncode != 0
    assert "SECRET_KEY must be set when DEBUG is off" in result.stderr


def test_production_with_a_secret_key_starts():
    result = run_django_setup(DEBUG="0", SECRET_KEY="x" * 50)
    assert result.returncode == 0, result.stderr


def test_a_malformed_boolean_is_reported_by_name():
    result = run_django_setup(DEBUG="maybe")
    assert "DEBUG must be a boolean" in result.stderr
