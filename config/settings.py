"""Settings for the whole site, driven by environment variables with safe development defaults.

Every variable is read by config.env, which refuses a value it does not understand
(`DEBUG=flase` stops the start with an error naming DEBUG). Secrets can come from files:
SECRET_KEY_FILE, DATABASE_URL_FILE, EMAIL_HOST_PASSWORD_FILE. README, "Running in production",
lists them all.
"""

from datetime import timedelta
from pathlib import Path

import dj_database_url
import fontpkg_amiri

from config.env import Env, EnvError
from config.log import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent
env = Env()

# On by default so that the README's two commands and the tests run as they are; production
# sets DEBUG=0 (README, "Running in production").
DEBUG = env.bool("DEBUG", True)
SECRET_KEY = env.str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise RuntimeError("Set SECRET_KEY (or SECRET_KEY_FILE) when DEBUG is off.")
    SECRET_KEY = "development-only-secret-key-do-not-use-in-production"
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

# How the analysis chooses each word's reading: the rules (context) or the learned ranker. The
# plain-Python pipeline reads the variable itself (exercises/arabic/pipeline.py); a value it
# would refuse stops the site here, at start-up.
if env.str("ARABIC_READING_CHOICE", "context") not in ("context", "learned"):
    raise EnvError("ARABIC_READING_CHOICE must be context or learned")

# Behind HTTPS (a proxy that terminates TLS and sets X-Forwarded-Proto): one switch for all of it.
SECURE_HTTPS = env.bool("SECURE_HTTPS", False)
if SECURE_HTTPS:
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", 31_536_000, minimum=0)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = env.bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
    SECURE_HSTS_PRELOAD = env.bool("SECURE_HSTS_PRELOAD", True)
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
# An explicit CSRF_TRUSTED_ORIGINS wins; with SECURE_HTTPS it is derived from ALLOWED_HOSTS
# (".example.org" → "https://*.example.org").
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS") or [
    f"https://*{host}" if host.startswith(".") else f"https://{host}"
    for host in (ALLOWED_HOSTS if SECURE_HTTPS else [])
    if host != "*"
]
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"

# Content Security Policy (django-csp): scripts, styles, fonts and images from the site only, no
# inline code (every script and style is a static file; tests/config/test_csp.py checks the
# pages). Enforced unless CSP_ENFORCE=0, which sends it as Report-Only (breaches reported in the
# browser's console, nothing blocked) to try a change of the pages first.
_CSP = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}
if env.bool("CSP_ENFORCE", True):
    CONTENT_SECURITY_POLICY = _CSP
else:
    CONTENT_SECURITY_POLICY_REPORT_ONLY = _CSP

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    "csp",
    "exercises",
    "learning",
]

MIDDLEWARE = [
    "config.middleware.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "learning.middleware.DigitsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "config.middleware.PrivateCacheMiddleware",
    "config.middleware.RateLimitMiddleware",
    "axes.middleware.AxesMiddleware",  # last, as django-axes asks
]

ROOT_URLCONF = "config.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        # Before the apps' folders, so that our registration/ pages win over the admin's.
        "DIRS": [BASE_DIR / "learning" / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
                "learning.context_processors.roles",
            ],
        },
    },
]

WSGI_APPLICATION = "config.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        env.str("DATABASE_URL") or f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=env.int("CONN_MAX_AGE", 60, minimum=0),
    )
}

# Redis, when REDIS_URL is set, holds the caches shared by every process: `default`, where rate
# limits count, and `shared`, the articles' decoded analyses and vocabularies
# (exercises/selectors/shared_cache.py), kept a day. Without it each process counts and keeps
# its own (in-process tables; fine for one process).
REDIS_URL = env.str("REDIS_URL")
CACHES = {
    "default": (
        {"BACKEND": "config.cache.ReusingRedisCache", "LOCATION": REDIS_URL}
        if REDIS_URL
        else {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}
    )
}
if REDIS_URL:
    # Sessions read from Redis, written to both: a request costs no session query.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    CACHES["shared"] = {
        "BACKEND": "config.cache.ReusingRedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "shared",
        "TIMEOUT": 24 * 3600,
    }

AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# Login lockout (django-axes): after LOGIN_FAILURE_LIMIT wrong passwords for one username, that
# username is locked for LOGIN_COOLOFF_MINUTES, from any address. Not by address alone: a whole
# school behind one address must not be locked out by a few learners' mistakes; guessing across
# many usernames from one address is held by the `login` rate limit below.
AXES_FAILURE_LIMIT = env.int("LOGIN_FAILURE_LIMIT", 10, minimum=1)
AXES_COOLOFF_MINUTES = env.int("LOGIN_COOLOFF_MINUTES", 15, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=AXES_COOLOFF_MINUTES)
AXES_LOCKOUT_PARAMETERS = ["username"]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "config.middleware.locked_out"
AXES_VERBOSE = False
# axes.W006 asks for locking by address too; see above for why not (the `login` rate limit is
# the per-address guard).
SILENCED_SYSTEM_CHECKS = ["axes.W006"]

# Rate limits (django-ratelimit), counted on POSTs per URL name: (key, rate) pairs, `ip` for the
# client's address, `user` for the logged-in account. README lists them.
RATELIMIT_ENABLE = env.bool("RATELIMIT_ENABLE", True)
RATELIMIT_IP_META_KEY = env.str("CLIENT_IP_HEADER") or "REMOTE_ADDR"
RATE_LIMITS = {
    "login": [("ip", env.rate("LOGIN_RATE_PER_ADDRESS", "300/10m"))],
    "signup": [("ip", "20/h")],
    "password_reset": [("ip", "10/h")],
    "learning:class_join": [("user", "20/h"), ("ip", "300/h")],
    "learning:article_new": [("user", "30/h")],
    "teach:article_new": [("user", "30/h")],
    "teach:set_generate": [("user", "60/h")],
    "teach:set_regenerate": [("user", "60/h")],
    "teach:item_replace": [("user", "120/h")],
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("ar", "العربية")]
LOCALE_PATHS = [BASE_DIR / "learning" / "locale"]
FORMAT_MODULE_PATH = ["config.formats"]  # what Django's locales leave out
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
# The Arabic font ships inside the fontpkg-amiri package; the app serves it from there.
STATICFILES_DIRS = [("fonts/amiri", Path(fontpkg_amiri.__file__).parent / "files")]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "home"
LOGOUT_REDIRECT_URL = "home"

EMAIL_BACKEND = env.str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
EMAIL_HOST = env.str("EMAIL_HOST", "localhost")
EMAIL_PORT = env.int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env.str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env.str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env.bool("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = env.str("DEFAULT_FROM_EMAIL", "webmaster@localhost")
SERVER_EMAIL = env.str("SERVER_EMAIL", DEFAULT_FROM_EMAIL)
# `Name <address>, other@example.org`: who is mailed each 500 (optional).
ADMINS = env.admins("ADMINS")

# One JSON line per event on stderr, with the request's id (config.log).
LOGGING = logging_config(env.str("LOG_LEVEL", "INFO").upper(), mail_admins=bool(ADMINS))

# Background work: a Celery worker when a broker is configured, in-process otherwise.
_BROKER = env.str("CELERY_BROKER_URL")
CELERY_BROKER_URL = _BROKER or "memory://localhost/"
CELERY_TASK_ALWAYS_EAGER = not _BROKER  # no broker: tasks run in-process, at once
CELERY_TASK_DEFAULT_QUEUE = env.str("CELERY_QUEUE", "celery")
CELERY_TASK_IGNORE_RESULT = True  # progress and results are kept on the Job rows
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True

# Importing from a web address: private, loopback and link-local addresses are refused unless
# this is on (tests serve pages from 127.0.0.1).
ARTICLE_FETCH_ALLOW_PRIVATE = env.bool("ARTICLE_FETCH_ALLOW_PRIVATE", False)
ARTICLE_FETCH_TIMEOUT = env.float("ARTICLE_FETCH_TIMEOUT", 10.0, minimum=0.1)

SEEDS_DIR = Path(env.str("SEEDS_DIR") or BASE_DIR / "seeds")
MAX_ARTICLE_BYTES = 1_000_000
