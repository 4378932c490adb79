"""Project set-up: settings from the environment, production checks, the user model."""

import os
import secrets
import subprocess
import sys
from pathlib import Path

import pytest
from django.contrib.auth import authenticate, get_user_model
from wagtail.models import Locale

PROJECT = Path(__file__).resolve().parent.parent


def manage(*args, **env):
    inherited = {
        "DATABASE_URL",
        "SECRET_KEY",
        "DJANGO_ALLOW_ASYNC_UNSAFE",
        "DJANGO_SETTINGS_MODULE",
    }
    clean = {k: v for k, v in os.environ.items() if k not in inherited}
    clean.update(env)
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=PROJECT,
        env=clean,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_settings_pass_the_deployment_checklist(tmp_path):
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_SETTINGS_MODULE="cop_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="cop.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_URL="db://cache_table",
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_deployment_checks_warn_when_limits_live_in_a_per_process_cache(tmp_path):
    result = manage(
        "check",
        "--deploy",
        DJANGO_SETTINGS_MODULE="cop_site.settings.production",
        SECRET_KEY=secrets.token_urlsafe(64),
        ALLOWED_HOSTS="cop.example.org",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
        CACHE_URL="locmem://",
    )
    assert "home.W001" in result.stdout + result.stderr


def test_production_refuses_to_start_without_a_secret_key():
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cop_site.settings.production",
        ALLOWED_HOSTS="cop.example.org",
    )
    assert result.returncode != 0
    assert result.stderr.strip() == (
        "Configuration error: SECRET_KEY must be set in production (50+ random characters)."
    )


STRONG_KEY = "a-test-key-long-enough-for-production-settings-0123456789"


@pytest.mark.parametrize(
    "secret_key, hosts, message",
    [
        (
            "short-key",
            "cop.example.org",
            "SECRET_KEY is too short: use 50 or more random characters.",
        ),
        (
            "x" * 49,
            "cop.example.org",
            "SECRET_KEY is too short: use 50 or more random characters.",
        ),
        (
            STRONG_KEY,
            "*",
            "ALLOWED_HOSTS must name the site's host names, not '*'.",
        ),
        (
            STRONG_KEY,
            "cop.example.org,*",
            "ALLOWED_HOSTS must name the site's host names, not '*'.",
        ),
    ],
    ids=["5-characters", "49-characters", "any-host", "any-host-among-others"],
)
def test_production_refuses_a_weak_secret_key_or_any_host(tmp_path, secret_key, hosts, message):
    result = manage(
        "check",
        DJANGO_SETTINGS_MODULE="cop_site.settings.production",
        SECRET_KEY=secret_key,
        ALLOWED_HOSTS=hosts,
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    assert result.returncode != 0
    assert result.stderr.strip() == f"Configuration error: {message}"


def test_unreadable_database_url_stops_with_one_clear_line(tmp_path):
    result = manage("check", DATABASE_URL="not a url", VAR_DIR=str(tmp_path))
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("Configuration error: DATABASE_URL could not be read")


def test_the_events_app_is_the_projects_own():
    # A PyPI package called "Events" would shadow it; make sure it does not.
    import events

    assert Path(events.__file__).resolve().parent == PROJECT / "events"


def test_site_folder_is_imported_as_cop_site():
    import cop_site.settings.base as base

    assert Path(base.__file__).resolve().parent == PROJECT / "site" / "settings"


@pytest.mark.django_db
def test_people_log_in_with_their_email_address():
    User = get_user_model()
    user = User.objects.create_user(email="Ada@Example.org", password="correct-horse-battery")
    assert user.email == "ada@example.org"
    assert not hasattr(user, "username") or user.username is None
    assert authenticate(email="ada@example.org", password="correct-horse-battery") == user
    assert authenticate(email="ADA@example.org", password="correct-horse-battery") == user
    assert authenticate(email="ada@example.org", password="wrong") is None


@pytest.mark.django_db
def test_english_and_welsh_locales_exist_from_the_start():
    codes = set(Locale.objects.values_list("language_code", flat=True))
    assert {"en", "cy"} <= codes
    assert Locale.get_default().language_code == "en"
