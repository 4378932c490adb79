"""The reference nginx configuration in deploy/ is valid nginx."""

import shutil
import subprocess
from pathlib import Path

import pytest

from tests.chromium import in_ci

CONFIG = Path(__file__).resolve().parent.parent / "deploy" / "nginx.conf"
NGINX = shutil.which("nginx") or ("/usr/sbin/nginx" if Path("/usr/sbin/nginx").exists() else None)


def test_nginx_accepts_the_reference_configuration(tmp_path):
    if NGINX is None:
        if in_ci():
            pytest.fail("nginx is missing: CI installs it (apt-get install nginx).")
        pytest.skip("nginx is not installed: `apt-get install --no-install-recommends nginx`.")
    # Its own pid and log files, so the check touches nothing of a running nginx.
    config = CONFIG.read_text().replace("pid /run/nginx.pid;", f"pid {tmp_path}/nginx.pid;")
    (tmp_path / "nginx.conf").write_text(config)
    result = subprocess.run(
        [
            NGINX,
            "-t",
            "-q",
            "-p",
            str(tmp_path),
            "-c",
            str(tmp_path / "nginx.conf"),
            "-e",
            str(tmp_path / "error.log"),
        ],
        capture_output=True,
        text=True,
        timeout=30,
    )
    assert result.returncode == 0, result.stderr


def test_media_is_only_reachable_through_django():
    config = CONFIG.read_text()
    assert "location /media/" not in config
    assert "internal;" in config
    for directive in [
        "client_max_body_size 25m;",
        "proxy_request_buffering on;",
        "proxy_read_timeout 60s;",
        "X-Forwarded-Proto $scheme;",
    ]:
        assert directive in config
