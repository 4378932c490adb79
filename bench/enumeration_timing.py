"""Print how long sign-up, login, password reset and e-mail change take for an address
that has an account beside one that has none: the medians should be close, or the
answer time tells who has an account.

Runs in a throwaway SQLite database with the real password hasher, 50 tries each.
Run with `make bench`. Figures to read, not a pass/fail test."""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_site.settings.dev")
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="cop-bench-")
os.environ.pop("DATABASE_URL", None)
os.environ["CACHE_URL"] = "locmem://"

import django  # noqa: E402

django.setup()

from allauth.account.models import EmailAddress  # noqa: E402
from django.contrib.auth import get_user_model  # noqa: E402
from django.core.cache import cache  # noqa: E402
from django.core.management import call_command  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django.urls import reverse  # noqa: E402

TRIES = 50
PASSWORD = "a-sound-passphrase-42"
EXISTING = "existing.person@example.org"
SIGNUP = {
    "full_name": "Bench Person",
    "password1": PASSWORD,
    "password2": PASSWORD,
    "organisation": "Bench Museum",
    "organisation_type": "museum",
    "role": "Officer",
    "region": "wales",
    "privacy": "on",
}


def timed(action, tries=TRIES):
    timings = []
    for number in range(tries):
        cache.clear()  # the rate limits would otherwise stop the run, not the timing
        start = time.perf_counter()
        response = action(number)
        timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code < 500, response.status_code
    return statistics.median(timings)


def person(email):
    user = get_user_model().objects.create_user(email=email, password=PASSWORD)
    EmailAddress.objects.create(user=user, email=email, verified=True, primary=True)
    return user


def main():
    call_command("migrate", verbosity=0)
    person(EXISTING)
    changer = person("changing.address@example.org")
    client = Client()
    signed_in = Client()
    signed_in.force_login(changer, backend="django.contrib.auth.backends.ModelBackend")

    def sign_up(email):
        return lambda n: client.post(reverse("account_signup"), {**SIGNUP, "email": email(n)})

    def log_in(email):
        return lambda n: client.post(
            reverse("account_login"), {"login": email(n), "password": "not-the-password"}
        )

    def reset(email):
        return lambda n: client.post(reverse("account_reset_password"), {"email": email(n)})

    def change_email(email):
        return lambda n: signed_in.post(
            reverse("account_email"), {"action_add": "", "email": email(n)}
        )

    flows = [
        ("sign-up", sign_up),
        ("login (wrong password)", log_in),
        ("password reset", reset),
        ("e-mail change", change_email),
    ]
    print(f"{'flow':<24} {'existing ms':>12} {'new ms':>8} {'ratio':>6}   ({TRIES} tries each)")
    with override_settings(
        ALLOWED_HOSTS=["testserver"],
        DEBUG=False,
        EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend",
    ):
        for name, flow in flows:
            existing = timed(flow(lambda n: EXISTING))
            new = timed(flow(lambda n, name=name: f"new.{name[:5]}.{n}@example.org"))
            print(f"{name:<24} {existing:>12.1f} {new:>8.1f} {existing / new:>6.2f}")


if __name__ == "__main__":
    main()
