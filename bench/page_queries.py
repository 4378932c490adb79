"""Print database queries and render time per page, English beside Welsh.

Builds the demo site in a throwaway SQLite database, warms each page once, then
measures it. Run with `make bench`. The figures are for reading and comparing,
not a pass/fail test: the test suite holds the query budgets."""

import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_site.settings.dev")
os.environ["VAR_DIR"] = tempfile.mkdtemp(prefix="cop-bench-")
os.environ.setdefault("DEMO_PASSWORD", "bench-demo-password")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext, override_settings  # noqa: E402

PAGES = [
    "/",
    "/about/",
    "/what-is-social-prescribing/",
    "/guidance/",
    "/guidance/getting-started/",
    "/guidance/getting-started/understanding-social-prescribing/working-with-link-workers/",
    "/resources/",
    "/resources/?type=case-study&sort=title",
    "/events/",
    "/search/?q=heritage",
]
RUNS = 5


def measure(client, path):
    client.get(path)  # warm caches
    timings = []
    for _ in range(RUNS):
        with CaptureQueriesContext(connection) as queries:
            start = time.perf_counter()
            response = client.get(path)
            timings.append((time.perf_counter() - start) * 1000)
        assert response.status_code == 200, (path, response.status_code)
    return len(queries), statistics.median(timings)


def main():
    call_command("migrate", verbosity=0)
    call_command("load_demo_content", verbosity=0, stdout=open(os.devnull, "w"))
    client = Client()
    print(f"{'page':<70} {'en q':>5} {'en ms':>7} {'cy q':>5} {'cy ms':>7}")
    with override_settings(ALLOWED_HOSTS=["testserver"], DEBUG=False):
        for path in PAGES:
            en_queries, en_ms = measure(client, path)
            cy_queries, cy_ms = measure(client, "/cy" + path)
            print(f"{path[:70]:<70} {en_queries:>5} {en_ms:>7.1f} {cy_queries:>5} {cy_ms:>7.1f}")


if __name__ == "__main__":
    main()
