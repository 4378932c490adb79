"""Take README's two screenshots of the home page, at 1280 px (desktop) and 375 px
(phone), into docs/. `make screenshots` builds a fresh demo site in a folder of
its own, serves it on a free port, shoots, and stops it.

    .venv/bin/python scripts/screenshots.py [--url http://127.0.0.1:8000] [--path /]

With --url it shoots a site that is already running instead."""

import argparse
import os
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
SHOTS = [
    # (file, viewport width, viewport height, device scale)
    ("screenshot-desktop.png", 1280, 800, 1),
    ("screenshot-phone.png", 375, 812, 2),
]


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for(url, server, seconds=120):
    for _ in range(seconds * 2):
        if server.poll() is not None:
            sys.exit("The demo site stopped before it answered.")
        try:
            if urllib.request.urlopen(url, timeout=5).status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"The demo site did not answer at {url}.")


def shoot(base_url, path, out_dir=DOCS):
    out_dir.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        for name, width, height, scale in SHOTS:
            page = browser.new_page(
                viewport={"width": width, "height": height}, device_scale_factor=scale
            )
            page.goto(base_url + path, wait_until="networkidle")
            page.screenshot(path=str(out_dir / name))
            page.close()
            print(out_dir / name)
        browser.close()


def serve_demo_and_shoot(path):
    python = sys.executable
    with tempfile.TemporaryDirectory() as var_dir:
        env = {**os.environ, "VAR_DIR": var_dir, "DEMO_PASSWORD": "screenshots-only"}
        env.pop("DATABASE_URL", None)
        for command in (["migrate", "--noinput", "-v0"], ["load_demo_content"]):
            subprocess.run(
                [python, "manage.py", *command],
                cwd=ROOT,
                env=env,
                check=True,
                stdout=subprocess.DEVNULL,
            )
        port = free_port()
        server = subprocess.Popen(
            [python, "manage.py", "runserver", f"127.0.0.1:{port}", "--noreload"],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        try:
            base_url = f"http://127.0.0.1:{port}"
            wait_for(base_url + path, server)
            shoot(base_url, path)
        finally:
            server.terminate()
            server.wait(timeout=10)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--url", help="shoot this running site instead of a fresh demo")
    parser.add_argument("--path", default="/", help="the page to shoot (default: /)")
    parser.add_argument("--out", type=Path, default=DOCS, help="where to write the PNGs")
    args = parser.parse_args()
    if args.url:
        shoot(args.url.rstrip("/"), args.path, args.out)
    else:
        serve_demo_and_shoot(args.path)


if __name__ == "__main__":
    main()
