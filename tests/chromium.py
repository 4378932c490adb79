"""Where the browser tests find Chromium, and what to say when it is missing."""

import os
from pathlib import Path

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
MISSING_BROWSER = (
    f"No Chromium at {CHROMIUM} for the browser tests: install it with "
    "`sudo apt-get install --no-install-recommends chromium chromium-driver`."
)


def in_ci():
    return os.environ.get("CI", "").lower() in {"1", "true", "yes"}


def chromium_available():
    return CHROMIUM.exists()
