"""The production set-up on one machine, on loopback: what deploy/local-cluster starts
and what tests/cluster/test_production.py runs its checks against.

- PostgreSQL: a throwaway cluster of its own (Debian's postgresql package);
- Redis (Debian's redis-server), no persistence;
- an SMTP server that keeps what it receives in a maildir (aiosmtpd);
- two gunicorn app servers (deploy/gunicorn.conf.py) on their own ports, each
  naming itself in an X-Served-By header (APP_SERVER_NAME);
- nginx in front of both, from deploy/nginx.conf with its ports and paths filled in;
- one task worker (manage.py run_worker) and one scheduler (manage.py run_scheduler).

Everything is set up once: static files collected while PostgreSQL starts, then
migrations and the demo site, then the servers all at once."""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PG_BINARIES = sorted(Path("/usr/lib/postgresql").glob("*/bin"))
DEMO_PASSWORD = "cluster-demo-password-1"


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=60, process=None):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        with socket.socket() as sock:
            sock.settimeout(0.5)
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        if process is not None and process.poll() is not None:
            raise RuntimeError(f"the process meant for port {port} exited ({process.returncode})")
        time.sleep(0.1)
    raise RuntimeError(f"nothing answered on port {port} within {timeout} s")


def missing_parts():
    """What this machine lacks to run the cluster, as apt package names."""
    missing = []
    if not PG_BINARIES:
        missing.append("postgresql")
    if not shutil.which("redis-server"):
        missing.append("redis-server")
    if not Path(NGINX).exists():
        missing.append("nginx")
    return missing


class Cluster:
    def __init__(self, state_dir=None):
        self.state = Path(state_dir or tempfile.mkdtemp(prefix="cop-cluster-"))
        self.state.chmod(0o755)  # nginx's workers read static and media files from here
        self.own_state = state_dir is None
        self.ports = {
            name: free_port() for name in ("postgres", "redis", "smtp", "app1", "app2", "nginx")
        }
        self.processes = {}
        self.supervised = {
            "worker": [PYTHON, "manage.py", "run_worker", "--interval", "0.5"],
            "scheduler": [PYTHON, "manage.py", "run_scheduler", "--interval", "5"],
        }
        self.restarts = {}
        self.closing = False
        self.maildir = self.state / "mail"
        self.media = self.state / "media"
        self.static = self.state / "static"
        self.pg_data = self.state / "pg" / "data"
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        self.pg_bin = PG_BINARIES[-1] if PG_BINARIES else None
        self.database_url = f"postgres://app:app@127.0.0.1:{self.ports['postgres']}/app"
        self.url = f"http://127.0.0.1:{self.ports['nginx']}"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("PYTEST", "DJANGO"))},
            "DJANGO_SETTINGS_MODULE": "cop_site.settings.production",
            "SECRET_KEY": secrets.token_urlsafe(50),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": self.database_url,
            "REDIS_URL": f"redis://127.0.0.1:{self.ports['redis']}/0",
            "MEDIA_ROOT": str(self.media),
            "STATIC_ROOT": str(self.static),
            "VAR_DIR": str(self.state / "var"),
            "SITE_URL": self.url,
            "SECURE_SSL_REDIRECT": "false",  # no HTTPS on loopback
            "TRUSTED_PROXY_COUNT": "1",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.ports["smtp"]),
            "EMAIL_TIMEOUT": "5",
            "EMAIL_RETRY_FIRST_DELAY": "2",
            "MFA_REQUIRED_FOR_STAFF": "false",
            "DEMO_PASSWORD": DEMO_PASSWORD,
            "LOG_FORMAT": "json",
            # One worker per app server: two servers are the point, and this machine
            # may be small and busy.
            "GUNICORN_WORKERS": "1",
            "GUNICORN_TIMEOUT": "20",
        }

    # Running commands and processes

    def manage(self, *args, env=None, check=True, timeout=900):
        result = subprocess.run(
            [PYTHON, "manage.py", *args],
            cwd=ROOT,
            env={**self.env, **(env or {})},
            capture_output=True,
            text=True,
            timeout=timeout,
        )
        if check and result.returncode != 0:
            raise RuntimeError(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
        return result

    def spawn(self, name, args, env=None, port=None):
        log = open(self.state / f"{name}.log", "ab")
        process = subprocess.Popen(
            args,
            cwd=ROOT,
            env={**self.env, **(env or {})},
            stdout=log,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.processes[name] = process
        if port is not None:
            wait_for_port(port, process=process)
        return process

    def stop(self, name, sig=signal.SIGTERM, timeout=20):
        process = self.processes.pop(name, None)
        if process is None or process.poll() is not None:
            return
        os.killpg(process.pid, sig)
        try:
            process.wait(timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()

    # The parts

    def pg_ctl(self, *args):
        subprocess.run(
            [*self.as_postgres, str(self.pg_bin / "pg_ctl"), "-D", str(self.pg_data), *args],
            check=True,
            stdout=subprocess.DEVNULL,
        )

    def start_postgres(self):
        self.pg_data.parent.mkdir()
        if self.as_postgres:
            shutil.chown(self.pg_data.parent, "postgres")
        subprocess.run(
            [*self.as_postgres, str(self.pg_bin / "initdb"), "-D", str(self.pg_data)]
            + ["-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-N"],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        self.start_postgres_server()
        subprocess.run(
            ["psql", "-q", "-h", "127.0.0.1", "-p", str(self.ports["postgres"]), "-U", "postgres"]
            + ["-c", "CREATE ROLE app LOGIN PASSWORD 'app' CREATEDB"]
            + ["-c", "CREATE DATABASE app OWNER app"],
            check=True,
        )

    def start_postgres_server(self):
        options = (
            f"-c listen_addresses=127.0.0.1 -p {self.ports['postgres']} "
            f"-k {self.pg_data.parent} -c fsync=off -c max_connections=60"
        )
        self.pg_ctl("-l", str(self.pg_data.parent / "log"), "-w", "-o", options, "start")

    def restart_postgres(self):
        self.pg_ctl("-m", "fast", "-w", "stop")
        self.start_postgres_server()

    def stop_postgres(self):
        if self.pg_bin and (self.pg_data / "postmaster.pid").exists():
            self.pg_ctl("-m", "immediate", "-w", "stop")

    def start_redis(self):
        self.spawn(
            "redis",
            ["redis-server", "--bind", "127.0.0.1", "--port", str(self.ports["redis"])]
            + ["--save", "", "--appendonly", "no"],
            port=self.ports["redis"],
        )

    def start_smtp(self):
        for part in ("cur", "new", "tmp"):  # a maildir, as aiosmtpd's Mailbox keeps one
            (self.maildir / part).mkdir(parents=True, exist_ok=True)
        self.spawn(
            "smtp",
            [PYTHON, "-m", "aiosmtpd", "-n", "-l", f"127.0.0.1:{self.ports['smtp']}"]
            + ["-c", "aiosmtpd.handlers.Mailbox", str(self.maildir)],
            port=self.ports["smtp"],
        )

    def start_app(self, name):
        self.spawn(
            name,
            [PYTHON, "-m", "gunicorn", "-c", "deploy/gunicorn.conf.py", "cop_site.wsgi"],
            env={
                "APP_SERVER_NAME": name,
                "GUNICORN_BIND": f"127.0.0.1:{self.ports[name]}",
                "GUNICORN_NAME": f"cop-{name}",
            },
            port=self.ports[name],
        )

    def nginx_config(self):
        """deploy/nginx.conf, the reference, with this machine's ports and paths."""
        config = (ROOT / "deploy" / "nginx.conf").read_text()
        replacements = {
            "worker_processes auto;": "worker_processes 1;",
            "pid /run/nginx.pid;": f"pid {self.state}/nginx.pid;",
            "server 127.0.0.1:8000;": "\n        ".join(
                f"server 127.0.0.1:{self.ports[name]} max_fails=1 fail_timeout=10s;"
                for name in ("app1", "app2")
            ),
            "listen 80;": f"listen 127.0.0.1:{self.ports['nginx']};",
            "/srv/cop/static_collected/": f"{self.static}/",
            "/srv/cop/var/media/": f"{self.media}/",
            "sendfile on;": f"sendfile on;\n    access_log {self.state}/nginx-access.log;",
        }
        for old, new in replacements.items():
            if old not in config:
                raise RuntimeError(f"deploy/nginx.conf no longer has {old!r}: update {__file__}")
            config = config.replace(old, new)
        path = self.state / "nginx.conf"
        path.write_text(config)
        return path

    def start_nginx(self):
        prefix = self.state / "nginx"
        prefix.mkdir(exist_ok=True)
        config = self.nginx_config()
        self.spawn(
            "nginx",
            [NGINX, "-p", str(prefix), "-c", str(config), "-e", str(self.state / "nginx-error.log")]
            + ["-g", "daemon off;"],
            port=self.ports["nginx"],
        )

    def wait_until_ready(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            try:
                with urllib.request.urlopen(self.url + "/readyz", timeout=2) as response:
                    if response.status == 200:
                        return
            except OSError:
                pass
            time.sleep(0.2)
        raise RuntimeError(f"{self.url}/readyz did not answer 200 within {timeout} s")

    def supervise(self):
        """Start the worker or the scheduler again when it exits (a crash, a kill),
        as systemd's Restart=always does in production. A database restart ends
        neither: both wait for the database and carry on."""
        while not self.closing:
            for name, args in self.supervised.items():
                process = self.processes.get(name)
                if process is not None and process.poll() is not None and not self.closing:
                    self.restarts[name] = self.restarts.get(name, 0) + 1
                    time.sleep(1)
                    self.spawn(name, args)
            time.sleep(0.5)

    # All together

    def start(self):
        started = time.monotonic()
        self.media.mkdir()
        with ThreadPoolExecutor(4) as pool:
            # Static files and translations need no database: alongside PostgreSQL.
            jobs = [
                pool.submit(self.start_postgres),
                pool.submit(self.start_redis),
                pool.submit(self.start_smtp),
                pool.submit(self.manage, "collectstatic", "--noinput", "-v0"),
                pool.submit(self.manage, "compile_translations", "-v0"),
            ]
            for job in jobs:
                job.result()
        # Migrations and the demo site in one process: Django starts once.
        self.manage(
            "shell",
            "-c",
            "from django.core.management import call_command as c; "
            "c('migrate', interactive=False, verbosity=0); c('load_demo_content', verbosity=0)",
        )
        with ThreadPoolExecutor(4) as pool:
            jobs = [pool.submit(self.start_app, "app1"), pool.submit(self.start_app, "app2")]
            for name, args in self.supervised.items():
                jobs.append(pool.submit(self.spawn, name, args))
            for job in jobs:
                job.result()
        self.start_nginx()
        threading.Thread(target=self.supervise, daemon=True).start()
        self.wait_until_ready()
        self.started_in = time.monotonic() - started
        return self

    def close(self):
        self.closing = True
        for name in list(self.processes):
            self.stop(name)
        try:
            self.stop_postgres()
        finally:
            if self.own_state:
                shutil.rmtree(self.state, ignore_errors=True)

    def __enter__(self):
        try:
            return self.start()
        except BaseException:
            self.close()
            raise

    def __exit__(self, *exc):
        self.close()

    def describe(self):
        return json.dumps(
            {"site": self.url, "ports": self.ports, "state": str(self.state)}, indent=2
        )


def main():
    missing = missing_parts()
    if missing:
        sys.exit(f"Install first: apt-get install {' '.join(missing)}")
    # Stopped by Ctrl-C or `kill`, it stops and removes everything it started (a
    # shell may start it with SIGINT ignored, so both are set here).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    with Cluster() as cluster:
        print(f"Started in {cluster.started_in:.0f} s.")
        print(cluster.describe())
        print(f"Log in as editor@example.org or member@example.org, password {DEMO_PASSWORD}.")
        print("E-mails land in the maildir under the state folder. Ctrl-C stops everything.")
        try:
            signal.pause()
        except KeyboardInterrupt:
            pass


if __name__ == "__main__":
    main()
