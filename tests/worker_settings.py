"""Settings for worker processes that tests start (tests/home/test_email_workers.py):
the test settings, with tasks in the database as in production, and e-mail
delivered where the test says."""

import os

from cop_site.settings.test import *  # noqa: F401,F403

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL_DELIVERY_BACKEND = os.environ["WORKER_EMAIL_BACKEND"]
EMAIL_FILE_PATH = os.environ.get("WORKER_EMAIL_FILE_PATH", "")
EMAIL_TIMEOUT = 60
