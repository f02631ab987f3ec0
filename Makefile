# The README's two commands: `make run` and `make test`. Both build .venv on first use.
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
PY := $(VENV)/bin/python
PORT ?= 8000

.PHONY: run test worker beat web demo-resumes clean corpus corpus-score

$(PY):
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info[:2] < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(PY) requirements.txt
	$(PY) -m pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: $(VENV)/.installed requirements-dev.txt
	$(PY) -m pip install --quiet -r requirements-dev.txt
	touch $@

# The web server and a Celery worker in one terminal; Ctrl-C stops both.
run: $(VENV)/.installed
	$(PY) manage.py migrate --noinput
	$(PY) manage.py demo_setup
	@echo "Open http://127.0.0.1:$(PORT)/ and sign in as demo / demo. Ctrl-C stops the server and the worker."
	$(PY) manage.py rundev --port $(PORT)

# Tests get their own var/ folder and queue, so a running `make run` never takes their messages.
test: export VAR_DIR = $(CURDIR)/var/test
test: export CELERY_QUEUE = resumes-test
test: $(VENV)/.installed-dev
	$(PY) -m pytest $(PYTEST_ARGS)

# Production-style processes, one per terminal or machine (see README, "Scaling out").
web: $(VENV)/.installed
	$(VENV)/bin/gunicorn recruiting.wsgi --bind 0.0.0.0:$(PORT)

# REMAP_SIGTERM: a worker told to stop hands back, after WORKER_SHUTDOWN_GRACE seconds, a parse it cannot finish.
worker: $(VENV)/.installed
	REMAP_SIGTERM=SIGQUIT $(PY) -m celery -A recruiting worker --loglevel=INFO

# Exactly one for the whole site, on any machine: every minute it sends again what a broker or a dead worker lost.
beat: $(VENV)/.installed
	$(PY) -m celery -A recruiting beat --loglevel=INFO

demo-resumes: $(VENV)/.installed-dev
	$(PY) demo/make_resumes.py

# The template corpus (benchmarks/corpus/README.md): installs the templates' tools (apt, npm, a tools venv
# under var/corpus-tools), then prints fictional resumes through them into var/corpus (git-ignored).
CORPUS ?= var/corpus
CORPUS_PER_FAMILY ?= 20
corpus:
	PYTHON=$(PYTHON) sh benchmarks/corpus/setup_tools.sh
	var/corpus-tools/venv/bin/python benchmarks/corpus/build.py --out $(CORPUS) --per-family $(CORPUS_PER_FAMILY)

# Our parser on that corpus: a score table per template family, and the held-out families' overall.
corpus-score: $(VENV)/.installed
	$(PY) benchmarks/corpus/score.py --corpus $(CORPUS)

clean:
	rm -rf $(VENV) var
