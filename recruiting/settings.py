"""Settings, all read from the environment (see README.md, "Configuration").

The defaults run on a laptop with nothing installed: SQLite and Celery's filesystem
transport under var/. Production sets DEBUG=0, SECRET_KEY, DATABASE_URL and CELERY_BROKER_URL.
"""

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from celery.schedules import crontab
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured

BASE_DIR = Path(__file__).resolve().parent.parent


def env_str(name: str, default: str = "") -> str:
    return os.environ.get(name, default)


def env_bool(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    if value.lower() in ("1", "true", "yes", "on"):
        return True
    if value.lower() in ("0", "false", "no", "off"):
        return False
    raise ImproperlyConfigured(f"{name} must be a boolean (1/0, true/false), not {value!r}")


def env_int(name: str, default: int) -> int:
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    try:
        return int(value)
    except ValueError:
        raise ImproperlyConfigured(f"{name} must be a whole number, not {value!r}") from None


def env_list(name: str, default: str = "") -> list[str]:
    return [item.strip() for item in env_str(name, default).split(",") if item.strip()]


DEBUG = env_bool("DEBUG", True)
SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("SECRET_KEY must be set when DEBUG is off")
    SECRET_KEY = "insecure-development-key-never-use-in-production"

VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))
VAR_DIR.mkdir(parents=True, exist_ok=True)

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")
# Links in mails (the saved searches' digests) start with this: the address recruiters open the dashboard at.
SITE_URL = env_str("SITE_URL", "http://localhost:8000").rstrip("/")

# Mail (the saved searches' daily digests): printed to the worker's console unless a backend is set, e.g.
# EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend with EMAIL_HOST, EMAIL_PORT, EMAIL_HOST_USER,
# EMAIL_HOST_PASSWORD and EMAIL_USE_TLS.
EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Resume dashboard <dashboard@localhost>")

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django_filters",
    "django_htmx",
    "template_partials",
    "simple_history",
    "csp",
    "axes",
    "candidates",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "recruiting.middleware.pages_not_stored",
    "simple_history.middleware.HistoryRequestMiddleware",  # who made each change to a candidate's data
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

# Sign-in is rate-limited against password guessing (django-axes): after AXES_FAILURE_LIMIT failures for one
# username from one address, that pair is locked out for AXES_COOLOFF_MINUTES. Unlock at once with
# `manage.py axes_reset_username USERNAME` (or `axes_reset` for everyone); the admin lists the attempts.
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = env_int("AXES_FAILURE_LIMIT", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("AXES_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_VERBOSE = False

# Content-Security-Policy (django-csp): scripts, styles, frames and everything else from this site only; no
# inline script, handler or style anywhere (the pages declare behaviour with data- attributes, static/js/app.js).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "frame-src": [SELF],  # the resume PDF beside the record
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    },
}

ROOT_URLCONF = "recruiting.urls"
WSGI_APPLICATION = "recruiting.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

DATABASES = {
    "default": dj_database_url.parse(
        env_str("DATABASE_URL", f"sqlite:///{VAR_DIR / 'db.sqlite3'}"),
        conn_max_age=env_int("DATABASE_CONN_MAX_AGE", 60),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web server and the worker write to the same file: wait for the lock instead of failing,
    # and let readers run while a writer works.
    DATABASES["default"]["CONN_MAX_AGE"] = 0
    DATABASES["default"]["OPTIONS"] = {
        "timeout": 30,
        "transaction_mode": "IMMEDIATE",
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
    }
    # Tests that run a real worker process need a database file it can open, not ":memory:";
    # one per test run, so that two runs at once do not drop each other's tables.
    DATABASES["default"]["TEST"] = {"NAME": str(VAR_DIR / f"test-db-{os.getpid()}.sqlite3")}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "candidates:list"
LOGOUT_REDIRECT_URL = "login"

LANGUAGE_CODE = "en-us"
TIME_ZONE = env_str("TIME_ZONE", "UTC")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(VAR_DIR / "static")))
STATIC_ROOT.mkdir(parents=True, exist_ok=True)  # WhiteNoise warns on every request without it
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

# Uploads: each file of a batch gets its own verdict; files past UPLOAD_MAX_FILES are refused by name. Django reads
# the whole request before the view runs: past five times that, it refuses the request itself.
UPLOAD_MAX_FILES = env_int("UPLOAD_MAX_FILES", 200)
DATA_UPLOAD_MAX_NUMBER_FILES = UPLOAD_MAX_FILES * 5
# A ZIP of resumes is unpacked with these bounds (a decompression bomb stops at them).
ZIP_MAX_ENTRIES = env_int("ZIP_MAX_ENTRIES", 500)
ZIP_MAX_UNPACKED_BYTES = env_int("ZIP_MAX_UNPACKED_BYTES", 500 * 1024 * 1024)
ZIP_MAX_RATIO = env_int("ZIP_MAX_RATIO", 100)
# Larger files are refused at upload, with a message; resumes are rarely over a few MiB.
UPLOAD_MAX_BYTES = env_int("UPLOAD_MAX_BYTES", 50 * 1024 * 1024)
# The parser refuses files over these limits with a message (the file is still stored).
RESUME_MAX_BYTES = env_int("RESUME_MAX_BYTES", 20 * 1024 * 1024)
RESUME_MAX_PAGES = env_int("RESUME_MAX_PAGES", 30)
# `manage.py purge` erases candidates whose record has not changed for this many months (0: never).
RETENTION_MONTHS = env_int("RETENTION_MONTHS", 24)

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https") if env_bool("BEHIND_HTTPS_PROXY", False) else None
SESSION_COOKIE_SECURE = env_bool("SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "SAMEORIGIN"  # the candidate page embeds the resume PDF from this site
SILENCED_SYSTEM_CHECKS = ["security.W019"]  # ...which is why X_FRAME_OPTIONS is not DENY
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", False)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", False)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", False)

# Celery. Without CELERY_BROKER_URL, messages are files under var/broker: no server needed.
CELERY_BROKER_URL = env_str("CELERY_BROKER_URL", "filesystem://")
if CELERY_BROKER_URL.startswith("filesystem://"):
    _broker_dir = VAR_DIR / "broker"
    for _sub in ("queue", "processed", "control"):
        (_broker_dir / _sub).mkdir(parents=True, exist_ok=True)
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(_broker_dir / "queue"),
        "data_folder_out": str(_broker_dir / "queue"),
        "processed_folder": str(_broker_dir / "processed"),
        "control_folder": str(_broker_dir / "control"),
        "store_processed": False,
        # kombu sleeps this long each time it finds nothing it may take, which with prefetch 1 and acks_late is after
        # every task: at its default (1 s) a worker parsed one resume a second whatever the PDF. 10 ms keeps a worker
        # busy between tasks and costs an idle one about 1% of a core (benchmarks/ingest_speed.py).
        "polling_interval": 0.01,
    }
else:
    # Far above the task's hard time limit, so a message of a slow parse is never delivered twice.
    CELERY_BROKER_TRANSPORT_OPTIONS = {"visibility_timeout": 3600}
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
CELERY_TASK_DEFAULT_QUEUE = env_str("CELERY_QUEUE", "resumes")
CELERY_TASK_IGNORE_RESULT = True
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
# One message per worker process at a time, even where a second would save the wait for the broker: a slow PDF
# never holds back a resume another worker could take, and a worker that dies strands only the one it was parsing.
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_TASK_SERIALIZER = "json"
CELERY_ACCEPT_CONTENT = ["json"]
PARSE_SOFT_TIME_LIMIT = env_int("PARSE_TIME_LIMIT", 120)
CELERY_TASK_SOFT_TIME_LIMIT = PARSE_SOFT_TIME_LIMIT
CELERY_TASK_TIME_LIMIT = PARSE_SOFT_TIME_LIMIT + env_int("PARSE_KILL_GRACE", 30)
# Celery beat (one process for the whole site: `celery -A recruiting beat`, or `worker -B` in `make run`) sends
# again what a broker or a dead worker lost (candidates.services.resumes_sweep).
# A worker told to stop (SIGTERM with REMAP_SIGTERM=SIGQUIT in its environment, as `make worker` and `make run`
# set, or SIGQUIT) waits this long for its parse, then hands the message back to the broker and exits.
CELERY_WORKER_SOFT_SHUTDOWN_TIMEOUT = env_int("WORKER_SHUTDOWN_GRACE", 5)
SWEEP_INTERVAL = env_int("SWEEP_INTERVAL", 60)
SWEEP_AFTER = env_int("SWEEP_AFTER", 60)  # seconds a resume may wait for a worker before the sweep sends it again
DIGEST_HOUR = env_int("DIGEST_HOUR", 7)  # the hour (UTC) of the daily mail of saved searches' new matches
CELERY_BEAT_SCHEDULE = {
    "sweep-resumes": {"task": "candidates.tasks.sweep_resumes_task", "schedule": SWEEP_INTERVAL,
                      "options": {"expires": SWEEP_INTERVAL}},  # behind a long queue, the next sweep will do
    "saved-search-digests": {"task": "candidates.tasks.saved_search_digests_task",
                             "schedule": crontab(hour=DIGEST_HOUR, minute=0)},
}
CELERY_BEAT_SCHEDULE_FILENAME = str(VAR_DIR / "celerybeat-schedule")

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {"plain": {"format": "%(asctime)s %(levelname)s %(name)s: %(message)s"}},
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": "plain"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "INFO")},
    "loggers": {"axes": {"level": "WARNING"}},  # not a line for every sign-in; lockouts still show
}
