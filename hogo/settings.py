"""Settings, read from the environment only.

Every value has a safe default or fails loudly: debug is off unless asked for,
there is no default secret key outside debug, and a value that cannot be
understood stops the process instead of being guessed at.
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path
from typing import Any

import dj_database_url
import django_stubs_ext
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

# Lets classes such as ModelForm take type parameters at run time, as the stubs do.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent
ENV = os.environ

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_bool(name: str, default: bool) -> bool:
    raw = ENV.get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(f"{name}={raw!r} is not a boolean: use 1/0, true/false, yes/no")


def env_int(name: str, default: int, *, minimum: int = 0) -> int:
    raw = ENV.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a whole number") from None
    if value < minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be at least {minimum}")
    return value


def env_float(name: str, default: float, *, minimum: float = 0.0) -> float:
    raw = ENV.get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = float(raw)
    except ValueError:
        raise ImproperlyConfigured(f"{name}={raw!r} is not a number") from None
    if not value > minimum:
        raise ImproperlyConfigured(f"{name}={raw!r} must be more than {minimum}")
    return value


def env_list(name: str, default: list[str]) -> list[str]:
    raw = ENV.get(name)
    if raw is None:
        return default
    return [item.strip() for item in raw.split(",") if item.strip()]


def _demo_key(debug: bool, var_dir: Path, name: str) -> Path | None:
    """The key `hogo demo` keeps beside its database, for a debug instance given none.

    Without it, every other command run on the demo database (`hogo serve`,
    `hogo audit verify`) would start with a throwaway key: it could open nothing
    the demo sealed, and what it wrote would be sealed under a key gone at exit.
    """
    path = var_dir / name
    return path if debug and path.is_file() else None


def _secret_key(debug: bool, var_dir: Path) -> str:
    key = ENV.get("HOGO_SECRET_KEY", "")
    key_file = ENV.get("HOGO_SECRET_KEY_FILE", "")
    if key and key_file:
        raise ImproperlyConfigured("set HOGO_SECRET_KEY or HOGO_SECRET_KEY_FILE, not both")
    if not key and not key_file:
        demo = _demo_key(debug, var_dir, "secret_key")
        key_file = str(demo) if demo else ""
    if key_file:
        try:
            key = Path(key_file).read_text(encoding="utf-8").strip()
        except OSError as error:
            raise ImproperlyConfigured(f"HOGO_SECRET_KEY_FILE: {error}") from None
    if not key:
        if debug:
            # A throwaway key per process: sessions do not survive a restart, which
            # is what a debug instance should do anyway.
            import secrets

            return "debug-" + secrets.token_urlsafe(50)
        raise ImproperlyConfigured(
            "HOGO_SECRET_KEY or HOGO_SECRET_KEY_FILE is required when HOGO_DEBUG is off"
        )
    if len(key) < 50 or len(set(key)) < 5:
        raise ImproperlyConfigured("the secret key must be at least 50 varied characters")
    return key


def _master_keys(debug: bool, var_dir: Path) -> list[bytes]:
    """The master keys that wrap every data key: the first wraps new data, the rest only open."""
    from hogo.lib.envelope import generate_key, parse_keys

    raw = ENV.get("HOGO_MASTER_KEY", "")
    key_file = ENV.get("HOGO_MASTER_KEY_FILE", "")
    if raw and key_file:
        raise ImproperlyConfigured("set HOGO_MASTER_KEY or HOGO_MASTER_KEY_FILE, not both")
    if not raw and not key_file:
        demo = _demo_key(debug, var_dir, "master_key")
        key_file = str(demo) if demo else ""
    source = "HOGO_MASTER_KEY"
    if key_file:
        source = f"HOGO_MASTER_KEY_FILE ({key_file})"
        try:
            raw = Path(key_file).read_text(encoding="ascii")
        except (OSError, UnicodeDecodeError) as error:
            raise ImproperlyConfigured(f"HOGO_MASTER_KEY_FILE: cannot read it: {error}") from None
    if not raw.strip() and not key_file:
        if debug:
            # A throwaway key per process, for a debug instance with no demo beside
            # it: what it encrypts is unreadable after a restart.
            raw = generate_key()
        else:
            raise ImproperlyConfigured(
                "HOGO_MASTER_KEY or HOGO_MASTER_KEY_FILE is required when HOGO_DEBUG is off "
                "(create one with `hogo keys generate`; see docs/security.md)"
            )
    try:
        return parse_keys(raw, source=source)
    except ValueError as error:
        raise ImproperlyConfigured(str(error)) from None


def _database(url: str) -> dict[str, Any]:
    try:
        config: dict[str, Any] = dict(dj_database_url.parse(url, conn_max_age=0))
    except (ValueError, dj_database_url.UnknownSchemeError) as error:
        raise ImproperlyConfigured(f"HOGO_DATABASE_URL: {error}") from None
    engine = config.get("ENGINE", "")
    if engine == "django.db.backends.sqlite3":
        # IMMEDIATE takes the write lock at BEGIN, so two requests appending to the
        # audit chain queue up instead of failing half-way through.
        config["OPTIONS"] = {
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
            # Reads through a memory map: a request's fresh connection reads the index
            # pages the operating system already caches instead of copying them in.
            "init_command": (
                "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=8589934592;"
            ),
        }
    elif engine != "django.db.backends.postgresql":
        raise ImproperlyConfigured(
            f"HOGO_DATABASE_URL: {engine or url!r} is not supported; use sqlite:// or postgres://"
        )
    config["ATOMIC_REQUESTS"] = True
    config.setdefault("TEST", {})
    return config


DEBUG = env_bool("HOGO_DEBUG", False)
VAR_DIR = Path(ENV.get("HOGO_VAR_DIR", str(BASE_DIR / "var")))
SECRET_KEY = _secret_key(DEBUG, VAR_DIR)
MASTER_KEYS = _master_keys(DEBUG, VAR_DIR)
KEY_PROVIDER = ENV.get("HOGO_KEY_PROVIDER", "hogo.keys.provider.local_keyring")
ALLOWED_HOSTS = env_list("HOGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("HOGO_CSRF_TRUSTED_ORIGINS", [])

DATABASES = {
    "default": _database(
        ENV.get("HOGO_DATABASE_URL", f"sqlite:///{VAR_DIR / 'hogo.sqlite3'}"),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

DOCUMENT_ROOT = Path(ENV.get("HOGO_DOCUMENT_ROOT", str(VAR_DIR / "documents")))
DOCUMENT_MAX_BYTES = env_int("HOGO_DOCUMENT_MAX_BYTES", 20 * 1024 * 1024, minimum=1)
DOCUMENT_TYPES = ("application/pdf", "image/jpeg", "image/png", "text/plain")
DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
# No file is kept in memory or spooled to the temporary directory: a file in any
# request is dropped unread, and the document upload page seals its one file into
# the document store as it arrives (hogo/cases/uploads.py).
FILE_UPLOAD_HANDLERS = ["hogo.cases.uploads.RefuseFiles"]

INSTALLED_APPS = [
    "hogo.accounts",
    "hogo.audit",
    "hogo.people",
    "hogo.cases",
    "hogo.api",
    "hogo.front",
    "hogo.stats",
    "hogo.registries",
    "hogo.support",
    "hogo.monitor",
    "hogo.approvals",
    "hogo.backups",
    "hogo.keys",
    "hogo.ops",
    "hogo.demo",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
    "csp",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp_webauthn",
]

MIDDLEWARE = [
    # First: every log line of the request, the proxy's included, carries its id.
    "hogo.audit.middleware.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "hogo.front.middleware.MethodAllowlistMiddleware",
    "csp.middleware.CSPMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.auth.middleware.LoginRequiredMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "hogo.accounts.middleware.SessionTimeoutMiddleware",
    "hogo.accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Inside the request id, outside the view's transaction: see hogo.access.refusals.
    "hogo.access.refusals.RefusalAuditMiddleware",
    "hogo.front.middleware.NoStoreMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "hogo.urls"
WSGI_APPLICATION = "hogo.wsgi.application"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "front:home"
LOGOUT_REDIRECT_URL = "accounts:login"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    }
]

# Failed sign-ins are counted per account *and* address: an attacker guessing from
# one address is stopped there, while the account stays usable from everywhere else.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("HOGO_SIGN_IN_ATTEMPTS", 5, minimum=1)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("HOGO_SIGN_IN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_HTTP_RESPONSE_CODE = 429
AXES_LOCKOUT_TEMPLATE = "accounts/locked.html"
AXES_VERBOSE = False

# A second factor for everyone, always: an authenticator app (TOTP), a passkey
# (WebAuthn) or a single-use recovery code. Nothing here turns it off. Each wrong
# code doubles the wait before the next try (1 s, 2 s, 4 s, ...) for that device.
OTP_TOTP_ISSUER = "hogo"
OTP_TOTP_THROTTLE_FACTOR = 1
OTP_RECOVERY_THROTTLE_FACTOR = 1
# Passkeys are a second factor after the password, never a way around it.
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
OTP_WEBAUTHN_RP_NAME = "hogo"
# The relying party (the site's host name) and the origins passkeys are made for.
# Left empty, both follow the address the browser used, which ALLOWED_HOSTS limits.
WEBAUTHN_RP_ID = ENV.get("HOGO_WEBAUTHN_RP_ID", "").strip()
WEBAUTHN_ORIGINS = env_list("HOGO_WEBAUTHN_ORIGINS", [])
OTP_WEBAUTHN_RP_ID_CALLABLE = "hogo.accounts.passkeys.relying_party_id"
OTP_WEBAUTHN_HELPER_CLASS = "hogo.accounts.passkeys.Helper"
OTP_WEBAUTHN_EXCEPTION_LOGGER_NAME = "hogo.accounts.passkeys"
OTP_WEBAUTHN_ALLOWED_ORIGINS = WEBAUTHN_ORIGINS
# That check reads only OTP_WEBAUTHN_ALLOWED_ORIGINS; hogo's helper falls back to the
# request's own origin (under ALLOWED_HOSTS) when HOGO_WEBAUTHN_ORIGINS is not set.
SILENCED_SYSTEM_CHECKS = ["otp_webauthn.E030"]

# Argon2id for every new or re-hashed password; PBKDF2 only to read older hashes.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
# Each language names itself, so that a reader finds theirs whatever the page is in.
LANGUAGES = [("en", _("English")), ("ja", _("日本語")), ("ko", _("한국어"))]
LOCALE_PATHS = [BASE_DIR / "hogo" / "locale"]
USE_I18N = True
TIME_ZONE = ENV.get("HOGO_TIME_ZONE", "UTC")
USE_TZ = True

STATIC_URL = "static/"
# Only needed for `collectstatic` behind a separate web server; WhiteNoise serves from the apps.
STATIC_ROOT = ENV.get("HOGO_STATIC_ROOT") or None
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Sessions and cookies: short-lived, same-site, never readable from script.
# A sign-in lasts at most HOGO_SESSION_SECONDS, and ends after HOGO_IDLE_SECONDS unused.
SESSION_COOKIE_AGE = env_int("HOGO_SESSION_SECONDS", 10 * 60 * 60, minimum=60)
SESSION_IDLE_SECONDS = env_int("HOGO_IDLE_SECONDS", 15 * 60, minimum=60)
SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_SAMESITE = "Strict"
CSRF_COOKIE_HTTPONLY = True
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
X_FRAME_OPTIONS = "DENY"
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Behind TLS in production; a debug instance on 127.0.0.1 speaks plain HTTP.
HTTPS = env_bool("HOGO_HTTPS", not DEBUG)
SESSION_COOKIE_SECURE = HTTPS
CSRF_COOKIE_SECURE = HTTPS
# "__Host-" cookies are only accepted over HTTPS, for this host and path "/" exactly.
SESSION_COOKIE_NAME = "__Host-hogo-session" if HTTPS else "hogo-session"
CSRF_COOKIE_NAME = "__Host-hogo-csrf" if HTTPS else "hogo-csrf"
LANGUAGE_COOKIE_NAME = "__Host-hogo-language" if HTTPS else "hogo-language"
LANGUAGE_COOKIE_SECURE = HTTPS
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Strict"
# Notices shown after a redirect live in the session, so no cookie carries them.
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"
SECURE_SSL_REDIRECT = HTTPS and env_bool("HOGO_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = 63072000 if HTTPS else 0
SECURE_HSTS_INCLUDE_SUBDOMAINS = HTTPS
SECURE_HSTS_PRELOAD = HTTPS
# The proxy's health check may ask over plain HTTP on the loopback; the answer
# says whether the request was seen as secure (hogo doctor --url reads it).
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
# Behind a TLS-terminating proxy that sets X-Forwarded-Proto (and X-Request-ID)
# on every request, overwriting whatever the client sent: deploy/nginx/hogo.conf.
BEHIND_PROXY = env_bool("HOGO_BEHIND_PROXY", False)
if BEHIND_PROXY:
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    AXES_IPWARE_PROXY_COUNT = 1
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["HTTP_X_FORWARDED_FOR", "REMOTE_ADDR"]
else:
    AXES_IPWARE_META_PRECEDENCE_ORDER = ["REMOTE_ADDR"]

# No inline script or style: what runs is what the application serves, or carries
# the per-response nonce.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'none'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
}

# The differential-privacy budget (epsilon) of one table over one period, for all its releases.
STATS_DP_BUDGET = env_float("HOGO_STATS_DP_BUDGET", 1.0)
# Small-cell suppression: counts from 1 to this minus one are withheld, and no reader of all
# releases of a table may narrow such a count to less than from 0 to this (docs/statistics.md).
STATS_PROTECTION_LEVEL = env_int("HOGO_STATS_PROTECTION_LEVEL", 10, minimum=2)
# Amount tables: the p of the dominance (p %) rule. An amount is withheld when the people
# behind it, less its two largest, received less than p % of the largest (docs/statistics.md).
STATS_DOMINANCE_P = env_int("HOGO_STATS_DOMINANCE_P", 15, minimum=1)

# The lifetime of a new API token, and the longest one its owner may choose.
API_TOKEN_DAYS = env_int("HOGO_API_TOKEN_DAYS", 30, minimum=1)
# How long the one-time code that enrols a new or reset account's first factor lasts.
ENROLMENT_CODE_HOURS = env_int("HOGO_ENROLMENT_CODE_HOURS", 72, minimum=1)

# Two-person approval and emergency access (docs/approvals.md).
ACCESS_GRANT_HOURS = env_int("HOGO_ACCESS_GRANT_HOURS", 24, minimum=1)
EXPORT_DOWNLOAD_HOURS = env_int("HOGO_EXPORT_DOWNLOAD_HOURS", 24, minimum=1)
BREAK_GLASS_MINUTES = env_int("HOGO_BREAK_GLASS_MINUTES", 120, minimum=1)
# A payment batch whose total (yen) is above this needs two approvers, not one.
SUPPORT_TWO_APPROVERS_ABOVE = env_int("HOGO_SUPPORT_TWO_APPROVERS_ABOVE", 10_000_000)
# Who pays, as the bank knows them: their code, the name statements show (never a
# programme's), and the account paid from as BANK-BRANCH-TYPE-NUMBER.
SUPPORT_REMITTER_CODE = ENV.get("HOGO_SUPPORT_REMITTER_CODE", "")
SUPPORT_REMITTER_NAME = ENV.get("HOGO_SUPPORT_REMITTER_NAME", "")
SUPPORT_REMITTER_ACCOUNT = ENV.get("HOGO_SUPPORT_REMITTER_ACCOUNT", "")
BREAK_GLASS_REASON_MIN = env_int("HOGO_BREAK_GLASS_REASON_MIN", 20, minimum=1)


def _audit_head_sink() -> str:
    from hogo.audit.heads import SinkError, check_sink

    try:
        return check_sink(ENV.get("HOGO_AUDIT_HEAD_SINK", "").strip())
    except SinkError as error:
        raise ImproperlyConfigured(f"HOGO_AUDIT_HEAD_SINK: {error}") from None


# Where signed heads of the audit chain are published, and how often the
# application itself publishes one after writing entries (hogo/audit/heads.py).
AUDIT_HEAD_SINK = _audit_head_sink()
AUDIT_HEAD_SECONDS = env_int("HOGO_AUDIT_HEAD_SECONDS", 300, minimum=1)
# When an audit entry gets its place in the chain (hogo/audit/log.py):
# "after-commit" (the default on PostgreSQL) writes it unchained in its
# transaction and chains it just after the commit, so that concurrent requests do
# not queue behind the chain's lock; "in-transaction" (the default on SQLite,
# whose transactions already hold the one write lock) chains it before the commit.
AUDIT_SEQUENCING = ENV.get(
    "HOGO_AUDIT_SEQUENCING",
    "after-commit" if DATABASES["default"]["ENGINE"].endswith("postgresql") else "in-transaction",
)
if AUDIT_SEQUENCING not in ("after-commit", "in-transaction"):
    raise ImproperlyConfigured(
        f"HOGO_AUDIT_SEQUENCING: {AUDIT_SEQUENCING!r}: expected after-commit or in-transaction"
    )


def _log_format(debug: bool) -> str:
    value = ENV.get("HOGO_LOG_FORMAT", "text" if debug else "json").strip().lower()
    if value not in {"json", "text"}:
        raise ImproperlyConfigured(f"HOGO_LOG_FORMAT={value!r}: use json or text")
    return value


# One JSON object per line, each with the id of the request it was written in
# (the proxy's X-Request-ID when it is trusted), so a line in nginx's access log
# leads to hogo's lines about the same request.
LOG_FORMAT = _log_format(DEBUG)
LOGGING: dict[str, Any] = {
    "version": 1,
    "disable_existing_loggers": False,
    "formatters": {
        "json": {"()": "hogo.ops.logs.JsonFormatter"},
        "text": {"()": "hogo.ops.logs.TextFormatter"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "formatter": LOG_FORMAT}},
    "root": {"handlers": ["console"], "level": ENV.get("HOGO_LOG_LEVEL", "WARNING")},
}

# Static files are served by the application itself (WhiteNoise), straight from
# the installed apps: no collectstatic step between install and serve.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG
