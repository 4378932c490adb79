"""Tests: fast hashing, in-memory cache and e-mail outbox."""

from .base import *  # noqa: F401,F403

DEBUG = False
SECRET_KEY = "tests-only-not-secret"  # noqa: S105
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# E-mails go through the outbox and are delivered to Django's test outbox
# (tests/conftest.py puts the outbox backend back after pytest-django's setup).
EMAIL_DELIVERY_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
ALLOWED_HOSTS = ["*"]
SITE_URL = WAGTAILADMIN_BASE_URL = "http://testserver"

# Uploaded and generated files go to a throwaway folder, not the developer's var/.
import tempfile  # noqa: E402
from pathlib import Path  # noqa: E402

VAR_DIR = Path(tempfile.mkdtemp(prefix="cop-test-"))
MEDIA_ROOT = VAR_DIR / "media"
