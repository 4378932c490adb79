"""Production: everything secret or host-specific must come from the environment."""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F401,F403
from .base import ALLOWED_HOSTS, LOGGING, MEDIA_ROOT, MIDDLEWARE
from .env import cache_from_url, env_bool, env_int, env_str

DEBUG = False

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in production (50+ random characters).")
if len(SECRET_KEY) < 50:
    raise ImproperlyConfigured("SECRET_KEY is too short: use 50 or more random characters.")
if not ALLOWED_HOSTS or ALLOWED_HOSTS == ["127.0.0.1", "localhost"]:
    if not env_str("ALLOWED_HOSTS"):
        raise ImproperlyConfigured("ALLOWED_HOSTS must be set in production (comma separated).")
# "*" would let any Host header through, and with it forged links in e-mails.
if "*" in ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must name the site's host names, not '*'.")

# WhiteNoise serves the collected, hashed static files straight after security headers.
_after_security = MIDDLEWARE.index("django.middleware.security.SecurityMiddleware") + 1
MIDDLEWARE = [
    *MIDDLEWARE[:_after_security],
    "whitenoise.middleware.WhiteNoiseMiddleware",
    *MIDDLEWARE[_after_security:],
]

# --- Cache: Redis, shared by every app server (REDIS_URL, or any CACHE_URL) ---
# The page cache, the content version and the rate-limit counters live there; a
# missing Redis degrades the site (home/cache_backend.py) and fails /readyz.
if env_str("REDIS_URL"):
    CACHES = {"default": cache_from_url(env_str("REDIS_URL"))}
# Sessions stay in the database (Django's default engine, said here on purpose):
# they survive a Redis restart or flush, and logging out ends a session everywhere
# at once. A logged-in request reads one row by primary key.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# --- Uploaded files (README "Uploaded files"): a folder by default (MEDIA_ROOT, on
# a disk every app server mounts when there are several), or S3-compatible object
# storage through django-storages with MEDIA_STORAGE=s3. ---
MEDIA_STORAGE = (env_str("MEDIA_STORAGE") or "local").strip().lower()
if MEDIA_STORAGE == "local":
    _default_storage = {"BACKEND": "django.core.files.storage.FileSystemStorage"}
    # Documents and images: Django decides who may have a file, then answers with
    # X-Accel-Redirect and nginx sends it from an internal location (deploy/nginx.conf).
    SENDFILE_BACKEND = "django_sendfile.backends.nginx"
    SENDFILE_ROOT = str(MEDIA_ROOT)
    SENDFILE_URL = "/protected-media"
elif MEDIA_STORAGE == "s3":
    if not env_str("AWS_STORAGE_BUCKET_NAME"):
        raise ImproperlyConfigured("MEDIA_STORAGE=s3 needs AWS_STORAGE_BUCKET_NAME.")
    # Files stay private in the bucket (no public ACL, no public URL handed out):
    # Django checks who may have each one and streams it (home/file_serving.py).
    # Credentials come from AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY (or the
    # machine's role), read by boto3, never written here.
    _default_storage = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env_str("AWS_STORAGE_BUCKET_NAME"),
            "endpoint_url": env_str("AWS_S3_ENDPOINT_URL") or None,  # MinIO, Ceph...
            "region_name": env_str("AWS_S3_REGION_NAME") or None,
            "location": env_str("AWS_LOCATION", "media"),
            "default_acl": None,
            "querystring_auth": True,
            "file_overwrite": False,
        },
    }
else:
    raise ImproperlyConfigured(
        f"MEDIA_STORAGE={MEDIA_STORAGE!r} is not understood: use local or s3."
    )

STORAGES = {
    "default": _default_storage,
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", True)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", True)
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"

# --- Accounts: two-factor authentication is required for the admin in production ---
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", True)

# --- E-mail and background jobs: a durable queue in the database, run by
# `manage.py run_worker`; periodic jobs enqueued by `manage.py run_scheduler`. ---
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# --- Logs: one line per request and per job (LOG_FORMAT=json for JSON lines) ---
for _logger in ("home.request", "home.jobs"):
    LOGGING["loggers"][_logger]["level"] = env_str("REQUEST_LOG_LEVEL", "INFO")
