"""Settings shared by every environment. Anything that varies by host comes from
the environment (see README, "Configuration")."""

import base64
import hashlib
from pathlib import Path

from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from .env import cache_from_url, database_from_url, env_bool, env_int, env_list, env_str

PROJECT_DIR = Path(__file__).resolve().parent.parent  # site/
BASE_DIR = PROJECT_DIR.parent
# Local state (SQLite file, uploads, generated secrets) lives here, git-ignored.
VAR_DIR = Path(env_str("VAR_DIR", str(BASE_DIR / "var")))

INSTALLED_APPS = [
    "home",
    "members",
    "resources",
    "events",
    "collaboration",
    # Evaluations members run, and the pooled evidence (issue 18).
    "evaluation",
    # The signposting directory of heritage wellbeing activities (issue 19).
    "activities",
    # Member-to-member conversations and the e-mail digests (issue 20).
    "conversations",
    "digests",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",  # the task queue's tables (production's TASKS backend)
    "wagtail_localize",
    "wagtail_localize.locales",  # replaces wagtail.locales
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.table_block",
    "wagtail.contrib.redirects",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "wagtail.api.v2",
    "rest_framework",
    "corsheaders",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    # /healthz and /readyz, answered before anything else (home/health.py).
    "home.health.HealthCheckMiddleware",
    # One log line per request, with its request id (home/request_log.py).
    "home.request_log.RequestLogMiddleware",
    # --- Anonymous page cache (home/page_cache.py) ---
    # First of all: a cached page is answered at once, with every header the
    # middleware below gave it when it was rendered (it never keeps a response
    # those headers make personal).
    "home.page_cache.PageCacheMiddleware",
    # Outermost, so that every response (static files too) gets these headers.
    "home.headers.SecurityHeadersMiddleware",
    "home.headers.ContentSecurityPolicyMiddleware",
    # First, so an oversized body is refused before anything reads it.
    "home.request_limits.RequestSizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    # Answers other sites' browsers for the partner API only (CORS_URLS_REGEX).
    "corsheaders.middleware.CorsMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    # Guards the admin: admin access only, and a second factor when required.
    "members.admin_access.AdminAccessMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Innermost, so it sees the view's exceptions first: a lost database is a
    # "try again" page, not a server error (E-mail and background jobs block).
    "home.db_unavailable.DatabaseUnavailableMiddleware",
]

ROOT_URLCONF = "cop_site.urls"
WSGI_APPLICATION = "cop_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "csp.context_processors.nonce",
            ],
        },
    },
]

DATABASES = {
    "default": database_from_url(env_str("DATABASE_URL") or f"sqlite:///{VAR_DIR / 'db.sqlite3'}")
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

CACHES = {"default": cache_from_url(env_str("CACHE_URL", "locmem://"))}
# --- Anonymous page cache (home/page_cache.py) ---
# How long a rendered page may be kept at most; any content change ends it sooner.
# 0 turns the page cache off.
PAGE_CACHE_SECONDS = env_int("PAGE_CACHE_SECONDS", 60 * 60)

AUTH_USER_MODEL = "members.User"
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
AUTHENTICATION_BACKENDS = [
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "members:account"
# Members-only pages send visitors to the site's own login page, not a 404.
WAGTAIL_FRONTEND_LOGIN_URL = "/accounts/login/"

# Accounts (django-allauth): e-mail login, mandatory verification, no enumeration.
ACCOUNT_USER_MODEL_USERNAME_FIELD = None
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*"]
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_PREVENT_ENUMERATION = True
ACCOUNT_CHANGE_EMAIL = True
# Tell people when their password or e-mail address changes (templates/account/email/).
ACCOUNT_EMAIL_NOTIFICATIONS = True
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_SIGNUP_FORM_CLASS = "members.forms.SignupForm"
# allauth's forms with the site's labels and messages (members/account_forms.py).
ACCOUNT_FORMS = {
    name: f"members.account_forms.{form}"
    for name, form in [
        ("login", "LoginForm"),
        ("signup", "SignupForm"),
        ("add_email", "AddEmailForm"),
        ("change_password", "ChangePasswordForm"),
        ("set_password", "SetPasswordForm"),
        ("reset_password", "ResetPasswordForm"),
        ("reset_password_from_key", "ResetPasswordKeyForm"),
        ("reauthenticate", "ReauthenticateForm"),
    ]
}
ACCOUNT_SIGNUP_FORM_HONEYPOT_FIELD = "website"
ACCOUNT_ADAPTER = "members.adapter.AccountAdapter"
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Heritage CoP] "
ACCOUNT_LOGOUT_REDIRECT_URL = "/"
# --- Accounts: rate limits (see README, "Accounts and sign-in security") ---
# Counted in the default cache (shared in production: CACHE_URL), per client address
# and per account ("key": the canonical e-mail address). allauth counts a login try
# before it checks the password, so a throttled try costs no password hashing.
ACCOUNT_RATE_LIMITS = {
    "login_failed": "10/m/ip,5/5m/key",
    "signup": "20/m/ip",
    "reset_password": "20/m/ip,5/m/key",
}
MEMBER_CONTACT_RATE_LIMIT = (5, 60 * 60)  # messages per member per hour
# ...and per client address, for one person with several accounts.
MEMBER_CONTACT_RATE_LIMIT_PER_ADDRESS = (20, 60 * 60)
# The client's address: behind N trusted proxies, the Nth address from the right of
# X-Forwarded-For (what the nearest proxy saw), or a header the proxy sets itself.
# 0 and no header: the connection's own address (no proxy). Read by allauth and by
# home/ratelimit.py, so every limit agrees on who is asking.
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0)
TRUSTED_CLIENT_IP_HEADER = env_str("TRUSTED_CLIENT_IP_HEADER") or None
ALLAUTH_TRUSTED_PROXY_COUNT = TRUSTED_PROXY_COUNT
ALLAUTH_TRUSTED_CLIENT_IP_HEADER = TRUSTED_CLIENT_IP_HEADER

# --- E-mail and background jobs (README "E-mail and background jobs") ---
# Side work goes through Django's tasks interface: run at once in development and
# tests, by `manage.py run_worker` in production (production.py). Every e-mail is
# written to the outbox (home/outbox.py) in the sender's transaction and delivered
# by a task through EMAIL_DELIVERY_BACKEND (the EMAIL_BACKEND variable), retried
# with growing delays; periodic jobs come from `manage.py run_scheduler`.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
EMAIL_BACKEND = "home.mail_backend.OutboxEmailBackend"
EMAIL_DELIVERY_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
# A mail server that hangs must not hold a worker beyond the outbox's lease.
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30)
EMAIL_MAX_ATTEMPTS = env_int("EMAIL_MAX_ATTEMPTS", 10)  # about 8 hours of retries
EMAIL_RETRY_FIRST_DELAY = env_int(
    "EMAIL_RETRY_FIRST_DELAY", 60
)  # seconds; doubled after each failure
EMAIL_RETRY_MAX_DELAY = 4 * 60 * 60
EMAIL_LEASE_SECONDS = 5 * 60  # a send not finished by then is taken over
EMAIL_REQUEUE_AFTER_SECONDS = 5 * 60  # a due e-mail no worker took is queued again
TASKS_INTERRUPTED_AFTER_SECONDS = env_int("TASKS_INTERRUPTED_AFTER_SECONDS", 15 * 60)
# --- end of e-mail and background jobs ---

# Languages: English is the default, Welsh the second. Content languages are
# the same list, so every interface language can have its own page tree.
LANGUAGE_CODE = "en"
LANGUAGES = [("en", "English"), ("cy", "Cymraeg")]
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAIL_I18N_ENABLED = True
# The interface catalogues (site/locale/<code>/LC_MESSAGES/django.po).
LOCALE_PATHS = [PROJECT_DIR / "locale"]
USE_I18N = True
# Dates in the UK style (site/formats/en/): 1 December 2026, 01/12/2026, 14:30.
FORMAT_MODULE_PATH = ["cop_site.formats"]
WAGTAIL_DATE_FORMAT = "%d/%m/%Y"
WAGTAIL_DATETIME_FORMAT = "%d/%m/%Y %H:%M"
WAGTAIL_TIME_FORMAT = "%H:%M"
TIME_ZONE = "Europe/London"
USE_TZ = True

STATIC_URL = "/static/"
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "static_collected")))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(env_str("MEDIA_ROOT", str(VAR_DIR / "media")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_str("EMAIL_USE_TLS", "false").lower() == "true"
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "Community of Practice <noreply@example.org>")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", ["127.0.0.1", "localhost"])
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Django sets a maximum of 1000 fields per form; long page forms pass it.
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

WAGTAIL_SITE_NAME = _("Heritage and Social Prescribing Community of Practice")
# The one public address of the site: every link in an e-mail, the admin's links,
# the Wagtail Site record (load_demo_content) and the sitemap are built from it.
# `make run` sets it from PORT.
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000").rstrip("/")
WAGTAILADMIN_BASE_URL = SITE_URL
# --- Search (site search and the library): Wagtail's database backend with
# stemming and word beginnings on SQLite and PostgreSQL (home/search_backend.py).
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "home.search_backend", "SEARCH_CONFIG": "english"},
}
# --- end of search
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# Editors' uploads get the same content checks as members' (resources/uploads.py).
WAGTAILDOCS_DOCUMENT_FORM_BASE = "resources.document_forms.CheckedDocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Largest file a member may contribute (bytes).
RESOURCE_UPLOAD_MAX_BYTES = int(env_str("RESOURCE_UPLOAD_MAX_BYTES", str(20 * 1024 * 1024)))
# Documents always go through Django's view, which checks who may have them
# (home/file_access.py); production hands the bytes to nginx (see production.py).
WAGTAILDOCS_SERVE_METHOD = "serve_view"
# Documents always download rather than open in the browser.
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = DEFAULT_FROM_EMAIL
# Moderation notifications in the site's e-mail layout, as HTML and plain text
# (templates/wagtailadmin/notifications/).
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024

# Request size limits (home/request_limits.py). A file larger than the largest any
# form accepts stops being read at that size; a request larger than that plus room
# for the form's other fields is refused (413) unread. The reference proxy
# configuration's client_max_body_size must be the same (25 MB by default).
UPLOAD_MAX_BYTES = max(
    RESOURCE_UPLOAD_MAX_BYTES, WAGTAILDOCS_MAX_UPLOAD_SIZE, WAGTAILIMAGES_MAX_UPLOAD_SIZE
)
REQUEST_MAX_BYTES = UPLOAD_MAX_BYTES + 5 * 1024 * 1024
# Form fields other than files, held in memory: long page forms in the admin fit.
DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = 2_621_440  # Django's default; larger files go to disk
FILE_UPLOAD_HANDLERS = [
    "home.request_limits.SizeLimitedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]
# The admin makes no outside requests: no update check, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
# --- Accounts: one login (see README, "Accounts and sign-in security") ---
# The admin uses the site's login and password reset (allauth's), so throttling,
# e-mail verification and two-factor checks apply to editors too.
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_RESET_ENABLED = False

# --- Accounts: two-factor authentication (django-allauth's MFA) ---
# Members may add an authenticator app from My account. With MFA_REQUIRED_FOR_STAFF
# on (always in production), everyone with admin access must set one up and use it
# before the admin opens (members/admin_access.py). Off by default here, so the demo
# accounts of `make run` log in with their password alone.
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_ADAPTER = "members.adapter.MFAAdapter"
MFA_TOTP_ISSUER = "Heritage CoP"
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", False)

# Content-Security-Policy (django-csp): the site's pages load scripts, styles,
# fonts and images from the site only, and run no inline script or style but one:
# HAS_SCRIPT_MARKER (base.html, in <head>) marks the page as scripted before the
# first paint, so the phone menu is folded from the start instead of folding once
# site.js runs and pushing the page up. It is allowed by its hash, not a nonce, so
# pages stay cacheable. A template that must inline another script uses
# nonce="{{ CSP_NONCE }}". Video embeds come from the providers listed in frame-src.
HAS_SCRIPT_MARKER = 'document.documentElement.className="js";'
HAS_SCRIPT_MARKER_HASH = (
    "'sha256-"
    + base64.b64encode(hashlib.sha256(HAS_SCRIPT_MARKER.encode()).digest()).decode()
    + "'"
)
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE, HAS_SCRIPT_MARKER_HASH],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [
            SELF,
            "https://www.youtube-nocookie.com",
            "https://www.youtube.com",
            "https://player.vimeo.com",
        ],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Wagtail's admin (8.0) still has inline <script> in some panels and widgets and
# sets style attributes from its JavaScript, so under /admin/ (and only there)
# inline scripts and styles are allowed; everything else stays as above.
# home.headers.ContentSecurityPolicyMiddleware applies it.
ADMIN_CONTENT_SECURITY_POLICY = {
    "script-src": [SELF, UNSAFE_INLINE],
    "style-src": [SELF, UNSAFE_INLINE],
    "img-src": [SELF, "data:", "blob:"],
}

SEARCH_RESULTS_PER_PAGE = 10
SEARCH_QUERY_MAX_LENGTH = 200

# --- Logs (README "Logs"): plain text, or one JSON object per line with
# LOG_FORMAT=json; every record made during a request carries its request_id. One
# line per request (home.request) and per job (home.jobs) at INFO, which production
# turns on. ---
LOG_FORMAT = (env_str("LOG_FORMAT") or "plain").strip().lower()
if LOG_FORMAT not in ("plain", "json"):
    raise ImproperlyConfigured(f"LOG_FORMAT={LOG_FORMAT!r} is not understood: use plain or json.")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "home.logs.RequestIdFilter"},
        "task_progress": {"()": "home.logs.DropTaskProgress"},
    },
    "formatters": {
        "plain": {"format": "%(message)s"},
        "json": {"()": "home.logs.JsonFormatter"},
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "formatter": LOG_FORMAT,
            "filters": ["request_id", "task_progress"],
        }
    },
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
    "loggers": {
        "home.request": {"level": env_str("REQUEST_LOG_LEVEL", "WARNING")},
        "home.jobs": {"level": env_str("REQUEST_LOG_LEVEL", "WARNING")},
    },
}
# The name this app server gives itself in its log lines and an X-Served-By header
# (several servers behind one proxy); empty: neither.
APP_SERVER_NAME = env_str("APP_SERVER_NAME", "")

# The read-only partner API (home/api.py): public content only, readable from any
# other site's pages with GET, without cookies.
CORS_URLS_REGEX = r"^/api/(v2|openreferral)/"
CORS_ALLOW_ALL_ORIGINS = True
CORS_ALLOW_METHODS = ("GET", "HEAD", "OPTIONS")
CORS_ALLOW_CREDENTIALS = False
WAGTAILAPI_RICH_TEXT_FORMAT = "html"  # links and embeds as a partner's page shows them
WAGTAILAPI_LIMIT_MAX = 50
API_RATE_LIMIT = env_str("API_RATE_LIMIT", "120/min")
