"""Serve the site as in production and measure each public page type against a floor.

Run with `make bench` (or `python bench/http_bench.py [--scale] [--seconds N]`).
It builds the demo site in a throwaway PostgreSQL cluster (or the database in
BENCH_DATABASE_URL), collects the static files, then starts three gunicorn servers
with two sync workers each and production settings:

- the floor (bench/floor.py): a constant 20 KB page from a minimal Django view;
- the site with the anonymous page cache (what visitors get);
- the site with the page cache off (what a page costs to render).

For each page type it warms the server, then loads it with wrk (`-t2 -c8`, from
Debian's package; a Python load generator stands in when wrk is missing) and prints
requests per second, p50/p99 latency, the server's CPU milliseconds per request
(from the gunicorn processes' CPU time in /proc) and the same for PostgreSQL when
the cluster is ours, the ratio to the floor, SQL queries per request and worker
memory. With --scale it then adds 10,000 resources and 1,000 guide chapters
(bench/scale_data.py) and measures again. Figures to read, not a test.

Redis is used as the cache when redis-server is installed (or CACHE_URL is set);
otherwise each worker has its own local cache."""

import argparse
import glob
import http.client
import json
import os
import re
import secrets
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from contextlib import ExitStack
from pathlib import Path

import lighthouse_performance

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
# The virtualenv's own interpreter runs gunicorn: a console script's first line may
# name another checkout's interpreter (and with it that checkout's code).
GUNICORN = [PYTHON, "-m", "gunicorn"]
WORKERS = 2
CONNECTIONS = 8
TICKS = os.sysconf("SC_CLK_TCK")
PAGE_TYPES = [
    "home",
    "standard page",
    "guidance index",
    "guide chapter",
    "print view",
    "library",
    "library, query and facet",
    "resource",
    "events index",
    "event",
    "site search",
    "Welsh home",
    "Welsh chapter",
]
DEVNULL = subprocess.DEVNULL


def free_port(preferred=None):
    for port in ([preferred] if preferred else []) + [0]:
        with socket.socket() as sock:
            try:
                sock.bind(("127.0.0.1", port))
            except OSError:
                continue
            return sock.getsockname()[1]
    raise RuntimeError("no free port")


# Processes and their CPU time


def children(pid):
    found = []
    for stat in glob.glob("/proc/[0-9]*/stat"):
        try:
            fields = Path(stat).read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid:
            found.append(int(stat.split("/")[2]))
    return found


def cpu_ticks(pids):
    """CPU time of the processes, the first one's ended children included (a
    database connection that closed, a worker that was replaced)."""
    total = 0
    for number, pid in enumerate(pids):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += int(fields[11]) + int(fields[12])  # utime + stime
        if number == 0:
            total += int(fields[13]) + int(fields[14])  # cutime + cstime
    return total


def rss_mb(pid):
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


class PostgreSQL:
    """A throwaway cluster (as .ci/run starts one), so its CPU time can be read."""

    def __init__(self, port):
        self.port = port
        self.root = Path(tempfile.mkdtemp(prefix="cop-bench-pg-"))
        binaries = sorted(glob.glob("/usr/lib/postgresql/*/bin"))
        if not binaries:
            sys.exit(
                "PostgreSQL is not installed: apt-get install postgresql, or set BENCH_DATABASE_URL"
            )
        self.bin = Path(binaries[-1])
        self.as_postgres = ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []
        if self.as_postgres:
            shutil.chown(self.root, "postgres")
        self.data = self.root / "data"

    def __enter__(self):
        run = [*self.as_postgres, str(self.bin / "initdb"), "-D", str(self.data), "-U", "postgres"]
        subprocess.run(
            [*run, "-A", "trust", "-E", "UTF8", "--locale=C.UTF-8", "-N"],
            check=True,
            stdout=DEVNULL,
        )
        options = f"-c listen_addresses=127.0.0.1 -p {self.port} -k {self.root} -c fsync=off"
        subprocess.run(
            [
                *self.as_postgres,
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-l",
                str(self.root / "log"),
                "-w",
                "-o",
                options,
                "start",
            ],
            check=True,
            stdout=DEVNULL,
        )
        psql = ["psql", "-q", "-h", "127.0.0.1", "-p", str(self.port), "-U", "postgres"]
        subprocess.run(
            [
                *psql,
                "-c",
                "CREATE ROLE app LOGIN PASSWORD 'app' CREATEDB",
                "-c",
                "CREATE DATABASE app OWNER app",
            ],
            check=True,
        )
        self.url = f"postgres://app:app@127.0.0.1:{self.port}/app"
        return self

    def pids(self):
        postmaster = int((self.data / "postmaster.pid").read_text().split()[0])
        return [postmaster, *children(postmaster)]

    def __exit__(self, *exc):
        subprocess.run(
            [
                *self.as_postgres,
                str(self.bin / "pg_ctl"),
                "-D",
                str(self.data),
                "-m",
                "fast",
                "stop",
            ],
            stdout=DEVNULL,
        )
        shutil.rmtree(self.root, ignore_errors=True)


class Redis:
    def __init__(self, port):
        self.port = port

    def __enter__(self):
        self.process = subprocess.Popen(
            [
                "redis-server",
                "--bind",
                "127.0.0.1",
                "--port",
                str(self.port),
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            stdout=DEVNULL,
        )
        wait_for_port(self.port)
        self.url = f"redis://127.0.0.1:{self.port}/0"
        return self

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()


def wait_for_port(port, timeout=60):
    deadline = time.time() + timeout
    while time.time() < deadline:
        with socket.socket() as sock:
            if sock.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.2)
    raise RuntimeError(f"nothing answered on port {port}")


class Server:
    """gunicorn with WORKERS sync workers."""

    def __init__(self, name, app, env, port, chdir=ROOT, log=None):
        self.name, self.app, self.env, self.port, self.chdir = name, app, env, port, chdir
        self.log = log

    def __enter__(self):
        # The site logs a line per request: kept out of the report, in the work folder.
        self.log_file = open(self.log, "ab") if self.log else None  # noqa: SIM115
        self.process = subprocess.Popen(
            [
                *GUNICORN,
                "--workers",
                str(WORKERS),
                "--worker-class",
                "sync",
                "--bind",
                f"127.0.0.1:{self.port}",
                "--chdir",
                str(self.chdir),
                "--log-level",
                "warning",
                "--timeout",
                "120",  # a page slower than gunicorn's default 30 s is measured, not killed
                self.app,
            ],
            env=self.env,
            stderr=self.log_file,
        )
        wait_for_port(self.port)
        deadline = time.time() + 30
        while len(children(self.process.pid)) < WORKERS and time.time() < deadline:
            time.sleep(0.1)
        return self

    def pids(self):
        return [self.process.pid, *children(self.process.pid)]

    def worker_mb(self):
        workers = children(self.process.pid)
        return max((rss_mb(pid) for pid in workers), default=0.0)

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def __exit__(self, *exc):
        self.process.terminate()
        self.process.wait()
        if self.log_file:
            self.log_file.close()


# Load


def _ms(value, unit):
    return float(value) * {"us": 0.001, "ms": 1.0, "s": 1000.0}[unit]


def wrk(url, seconds):
    out = subprocess.run(
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{seconds}s", "--latency", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    latency = {
        m[0]: _ms(m[1], m[2]) for m in re.findall(r"^\s+(\d+)%\s+([\d.]+)(us|ms|s)\s*$", out, re.M)
    }
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {
        "requests": int(re.search(r"(\d+) requests in", out).group(1)),
        "rps": float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1)),
        "p50": latency.get("50"),
        "p99": latency.get("99"),
        "errors": int(errors.group(1)) if errors else 0,
    }


def python_load(url, seconds):
    """CONNECTIONS keep-alive connections in threads, for when wrk is missing."""
    target = url.split("//", 1)[1]
    host, path = target.split("/", 1)
    deadline = time.time() + seconds
    timings, errors = [], [0]

    def client():
        connection = http.client.HTTPConnection(host)
        while time.time() < deadline:
            start = time.perf_counter()
            connection.request("GET", "/" + path)
            response = connection.getresponse()
            response.read()
            timings.append((time.perf_counter() - start) * 1000)
            if response.status >= 400:
                errors[0] += 1

    threads = [threading.Thread(target=client) for _ in range(CONNECTIONS)]
    began = time.time()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    timings.sort()
    return {
        "requests": len(timings),
        "rps": len(timings) / (time.time() - began),
        "p50": timings[len(timings) // 2],
        "p99": timings[int(len(timings) * 0.99)],
        "errors": errors[0],
    }


LOAD = wrk if shutil.which("wrk") else python_load


def warm(url):
    """A few requests one by one (the first render of a page type loads its
    templates), then a second of load so every worker has served it."""
    for _ in range(2 * WORKERS):
        try:
            urllib.request.urlopen(url, timeout=120).read()
        except (OSError, http.client.HTTPException) as error:
            print(f"  {url}: {error}", file=sys.stderr)
    LOAD(url, 2)


def measure(server, path, seconds, database=None):
    url = server.url(path)
    warm(url)
    pids = server.pids()
    db_pids = database.pids() if database else []
    before, db_before = cpu_ticks(pids), cpu_ticks(db_pids)
    result = LOAD(url, seconds)
    spent, db_spent = cpu_ticks(pids) - before, cpu_ticks(db_pids) - db_before
    requests = max(result["requests"], 1)
    result["cpu_ms"] = spent / TICKS * 1000 / requests
    result["db_ms"] = db_spent / TICKS * 1000 / requests if database else None
    result["mb"] = server.worker_mb()
    return result


# The site, prepared and probed in subprocesses with its own settings


def manage(env, *args):
    subprocess.run([PYTHON, "manage.py", *args], env=env, cwd=ROOT, check=True, stdout=DEVNULL)


def probe(env, *args):
    out = subprocess.run(
        [PYTHON, __file__, "--probe", *args],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    return json.loads(out.strip().splitlines()[-1])


def probe_main(args):
    """In a subprocess with the site's settings: the page paths, or query counts."""
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.db import connection
    from django.test import Client
    from django.test.utils import CaptureQueriesContext, override_settings

    if args[0] == "scale":
        from bench.scale_data import add_scale_data

        add_scale_data(
            resources=10_000, chapters=1_000, report=lambda text: print(text, file=sys.stderr)
        )
        print(json.dumps({}))
        return
    if args[0] == "pages":
        from events.models import EventPage
        from resources.models import GuidancePage, ResourcePage

        def deepest(language):
            pages = GuidancePage.objects.live().filter(
                locale__language_code=language, alias_of=None
            )
            return pages.exclude(slug__startswith="scale-").order_by("-depth", "path").first().url

        guide = GuidancePage.objects.live().filter(locale__language_code="en", depth=4)
        big = guide.filter(slug__startswith="scale-").first()
        pages = {
            "home": "/",
            "standard page": "/about/",
            "guidance index": "/guidance/",
            "guide chapter": deepest("en"),
            "print view": (big or guide.exclude(slug__startswith="scale-").first()).url + "print/",
            "library": "/resources/",
            "library, query and facet": "/resources/?q=wellbeing&type=case-study",
            "resource": ResourcePage.objects.live().filter(locale__language_code="en").first().url,
            "events index": "/events/",
            "event": EventPage.objects.live().filter(locale__language_code="en").first().url,
            "site search": "/search/?q=heritage",
            "Welsh home": "/cy/",
            "Welsh chapter": deepest("cy"),
        }
        print(json.dumps(pages))
        return
    counts = {}
    client = Client(HTTP_HOST="127.0.0.1")
    for path in args[1:]:
        with override_settings(PAGE_CACHE_SECONDS=0):
            client.get(path)
            with CaptureQueriesContext(connection) as queries:
                client.get(path)
        counts[path] = len(queries)
    print(json.dumps(counts))


# The report


def table(title, rows, floor):
    print(f"\n### {title}\n")
    print(
        "| page | cached req/s | × floor req/s | cached p50 / p99 ms | cached CPU ms "
        "| uncached req/s | uncached p50 / p99 ms | uncached CPU ms | × floor CPU "
        "| DB CPU ms | queries | worker MB |"
    )
    print("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
    print(
        f"| floor | {floor['rps']:.0f} | 1.00 | {floor['p50']:.1f} / {floor['p99']:.1f} "
        f"| {floor['cpu_ms']:.2f} | | | | | | | {floor['mb']:.0f} |"
    )
    for name, cached, uncached, queries in rows:
        db = f"{uncached['db_ms']:.1f}" if uncached["db_ms"] is not None else ""
        flag = " (errors)" if cached["errors"] or uncached["errors"] else ""
        print(
            f"| {name}{flag} | {cached['rps']:.0f} | {cached['rps'] / floor['rps']:.2f} | "
            f"{cached['p50']:.1f} / {cached['p99']:.1f} | {cached['cpu_ms']:.2f} | "
            f"{uncached['rps']:.0f} | {uncached['p50']:.1f} / {uncached['p99']:.1f} | "
            f"{uncached['cpu_ms']:.1f} | {uncached['cpu_ms'] / floor['cpu_ms']:.0f} | {db} | "
            f"{queries} | {max(cached['mb'], uncached['mb']):.0f} |"
        )
    median = statistics.median(uncached["cpu_ms"] for _n, _c, uncached, _q in rows)
    most = max(queries for *_r, queries in rows)
    print(f"\nMedian uncached CPU per page: {median:.1f} ms; most queries on a page: {most}.")


def run_round(title, env, servers, database, seconds):
    pages = probe(env, "pages")
    counts = probe(env, "queries", *pages.values())
    floor_server, cached_server, uncached_server = servers
    floor = measure(floor_server, "/", seconds)
    rows = []
    for name in PAGE_TYPES:
        path = pages[name]
        cached = measure(cached_server, path, seconds, database)
        uncached = measure(uncached_server, path, seconds, database)
        rows.append((name, cached, uncached, counts[path]))
        print(f"  measured {name}", file=sys.stderr)
    table(title, rows, floor)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--scale",
        action="store_true",
        help="then add 10,000 resources and 1,000 chapters and measure again",
    )
    parser.add_argument("--seconds", type=int, default=int(os.environ.get("BENCH_SECONDS", 5)))
    parser.add_argument("--probe", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.probe:
        return probe_main(args.probe)

    # Stopped from outside (kill, Ctrl-C): leave through the ExitStack, which stops
    # the servers, Redis and the throwaway cluster.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit("stopped"))
    base_port = int(os.environ.get("BENCH_PORT", 0)) or None
    work = Path(tempfile.mkdtemp(prefix="cop-bench-"))
    with ExitStack() as stack:
        database = None
        database_url = os.environ.get("BENCH_DATABASE_URL")
        if not database_url:
            database = stack.enter_context(
                PostgreSQL(
                    free_port(os.environ.get("BENCH_PG_PORT") and int(os.environ["BENCH_PG_PORT"]))
                )
            )
            database_url = database.url
        cache_url = os.environ.get("CACHE_URL")
        if not cache_url and shutil.which("redis-server"):
            redis_port = free_port(
                os.environ.get("BENCH_REDIS_PORT") and int(os.environ["BENCH_REDIS_PORT"])
            )
            cache_url = stack.enter_context(Redis(redis_port)).url
        env = {
            **os.environ,
            "DJANGO_SETTINGS_MODULE": "cop_site.settings.production",
            "DATABASE_URL": database_url,
            "CACHE_URL": cache_url or "locmem://",
            "SECRET_KEY": secrets.token_urlsafe(60),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "SECURE_SSL_REDIRECT": "false",
            "SECURE_HSTS_SECONDS": "0",
            "VAR_DIR": str(work / "var"),
            "STATIC_ROOT": str(work / "static"),
            "DEMO_PASSWORD": "bench-demo-password",
            "LOG_LEVEL": "ERROR",
        }
        print(f"Building the demo site (servers' logs in {work})...", file=sys.stderr)
        manage(env, "migrate", "--noinput")
        manage(env, "load_demo_content")
        manage(env, "collectstatic", "--noinput")
        ports = [free_port(base_port + n if base_port else None) for n in range(3)]
        servers = (
            stack.enter_context(
                Server(
                    "floor",
                    "floor:application",
                    env,
                    ports[0],
                    chdir=ROOT / "bench",
                    log=work / "floor.log",
                )
            ),
            stack.enter_context(
                Server("site", "cop_site.wsgi:application", env, ports[1], log=work / "site.log")
            ),
            stack.enter_context(
                Server(
                    "uncached",
                    "cop_site.wsgi:application",
                    {**env, "PAGE_CACHE_SECONDS": "0"},
                    ports[2],
                    log=work / "uncached.log",
                )
            ),
        )
        machine = (
            f"{os.cpu_count()} CPU cores, {LOAD.__name__} -t2 -c{CONNECTIONS}, "
            f"{WORKERS} sync gunicorn workers, {args.seconds} s per page"
        )
        print(
            f"\nMachine: {machine}; cache: {'Redis' if cache_url else 'local memory'}; PostgreSQL."
        )
        run_round("Demo site", env, servers, database, args.seconds)
        if lighthouse_performance.available():
            lighthouse_performance.print_table(servers[1].url("/"))
        else:
            print("\n(Lighthouse or Chromium missing: no performance scores.)")
        if args.scale:
            print("Adding 10,000 resources and 1,000 chapters...", file=sys.stderr)
            probe(env, "scale")
            run_round(
                "10,000 resources and 1,000 guide chapters", env, servers, database, args.seconds
            )
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
