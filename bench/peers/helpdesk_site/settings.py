"""A minimal Django project serving django-helpdesk for bench/peers/compare.py.

Production-like: DEBUG off, SQLite in WAL mode with a busy timeout and IMMEDIATE write
transactions (as the service runs SQLite), DRF token authentication for the ticket API,
sessions for the staff views (the ticket search is one of them). Mail goes nowhere.
"""
import os
from pathlib import Path

HERE = Path(__file__).resolve().parent
DATABASE_FILE = os.environ.get("HELPDESK_DATABASE", str(HERE.parent / ".venv" / "helpdesk.sqlite3"))

SECRET_KEY = os.environ.get("HELPDESK_SECRET_KEY", "bench-peers-not-secret-" + "x" * 40)
DEBUG = False
ALLOWED_HOSTS = ["127.0.0.1", "localhost"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sites",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "helpdesk",
]
SITE_ID = 1

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]
ROOT_URLCONF = "helpdesk_site.urls"
WSGI_APPLICATION = "helpdesk_site.wsgi.application"
TEMPLATES = [{
    "BACKEND": "django.template.backends.django.DjangoTemplates",
    "DIRS": [],
    "APP_DIRS": True,
    "OPTIONS": {"context_processors": [
        "django.template.context_processors.request",
        "django.contrib.auth.context_processors.auth",
        "django.contrib.messages.context_processors.messages",
    ]},
}]

DATABASES = {"default": {
    "ENGINE": "django.db.backends.sqlite3",
    "NAME": DATABASE_FILE,
    "OPTIONS": {"timeout": 20, "transaction_mode": "IMMEDIATE",
                "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;"},
}}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

USE_TZ = True
TIME_ZONE = "Europe/London"
LANGUAGE_CODE = "en-gb"
STATIC_URL = "static/"
LOGIN_URL = "/login/"
EMAIL_BACKEND = "django.core.mail.backends.dummy.EmailBackend"
DEFAULT_FROM_EMAIL = "helpdesk@bench.example.com"

REST_FRAMEWORK = {
    # the token first: a request that carries one is not held to CSRF; the session (for
    # the staff views wrapped by DRF, such as the ticket search) after it
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "rest_framework.authentication.TokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
}
HELPDESK_API_ENABLED = True
HELPDESK_TEAMS_MODE_ENABLED = False   # no pinax-teams (its optional extra)
# HELPDESK_KB_ENABLED stays on: 2.6.1's urls.py names its views whether or not it is
LOGGING = {   # errors to stderr (gunicorn's error log), as DEBUG off would mail them
    "version": 1, "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "loggers": {"django": {"handlers": ["console"], "level": "ERROR"}},
}
