"""Lighthouse's performance score on a phone for the home page, a guide chapter and
the library, as the budget names them (mobile profile: a mid-range phone on a slow
4G connection, throttling simulated from the page's own trace). Figures to read,
not a test: on a loaded machine the simulated times grow with the load.

    python bench/lighthouse_performance.py http://127.0.0.1:8000

`make bench` runs it against its production server after the demo round. Needs
`npm ci` (Lighthouse) and Chromium."""

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
LIGHTHOUSE = ROOT / "node_modules" / ".bin" / "lighthouse"
CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
PAGES = {
    "home": "/",
    "guide chapter": "/guidance/getting-started/understanding-social-prescribing/",
    "library": "/resources/",
}
METRICS = {
    "first-contentful-paint": "FCP",
    "largest-contentful-paint": "LCP",
    "total-blocking-time": "TBT",
    "cumulative-layout-shift": "CLS",
}


def available():
    return LIGHTHOUSE.exists() and CHROMIUM.exists()


def audit(url):
    with tempfile.TemporaryDirectory() as work:
        out = Path(work) / "report.json"
        subprocess.run(
            [
                str(LIGHTHOUSE),
                url,
                "--only-categories=performance",
                "--output=json",
                f"--output-path={out}",
                "--quiet",
                "--max-wait-for-load=30000",
                "--chrome-flags=--headless=new --no-sandbox --disable-gpu "
                "--disable-background-networking --disable-component-update --no-first-run",
            ],
            check=True,
            timeout=180,
            env={**os.environ, "CHROME_PATH": str(CHROMIUM)},
            capture_output=True,
        )
        report = json.loads(out.read_text())
    metrics = {short: report["audits"][name]["displayValue"] for name, short in METRICS.items()}
    return round(report["categories"]["performance"]["score"] * 100), metrics


def print_table(base_url):
    print("\nLighthouse performance, mobile profile (simulated slow 4G, 4x CPU slowdown):\n")
    print("| page | score | " + " | ".join(METRICS.values()) + " |")
    print("| --- | ---: | " + " | ".join("---:" for _ in METRICS) + " |")
    for name, path in PAGES.items():
        score, metrics = audit(base_url.rstrip("/") + path)
        print(f"| {name} | {score} | " + " | ".join(metrics.values()) + " |", flush=True)


if __name__ == "__main__":
    if not available():
        sys.exit("Lighthouse or Chromium is missing: run `npm ci` and install chromium.")
    print_table(sys.argv[1] if len(sys.argv) > 1 else "http://127.0.0.1:8000")
