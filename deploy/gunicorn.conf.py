"""gunicorn settings for the site: `gunicorn -c deploy/gunicorn.conf.py cop_site.wsgi`.

Everything that varies by machine comes from the environment:
GUNICORN_BIND (127.0.0.1:8000), GUNICORN_WORKERS (2 per core plus one, at most 8),
GUNICORN_TIMEOUT (30 seconds). Requests are logged by the site itself, one line each
(home/request_log.py, JSON with LOG_FORMAT=json), so gunicorn's access log is off."""

import multiprocessing
import os


def _int(name, default):
    raw = os.environ.get(name, "").strip()
    return int(raw) if raw else default


bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000")
# Sync workers: each handles one request at a time, so a slow page never delays
# another worker's. The usual rule is two per core plus one.
workers = _int("GUNICORN_WORKERS", min(2 * multiprocessing.cpu_count() + 1, 8))
worker_class = "sync"
# A request still running after this is cut off and its worker replaced; nginx
# gives up after 60 s (proxy_read_timeout), so this must stay below it.
timeout = _int("GUNICORN_TIMEOUT", 30)
graceful_timeout = 20  # on SIGTERM, finish the requests in hand for this long
keepalive = 5  # seconds; nginx keeps the connections to the client
# Replace each worker now and then, so memory that creeps up is given back.
max_requests = 2000
max_requests_jitter = 200
# Only the proxy on this machine may say which scheme the visitor used.
forwarded_allow_ips = os.environ.get("GUNICORN_FORWARDED_ALLOW_IPS", "127.0.0.1")
# The request line and headers are read by gunicorn before Django; keep them small.
limit_request_line = 8190
limit_request_fields = 100

accesslog = None  # one line per request comes from the site (see above)
errorlog = "-"
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "warning")
# The process title names the site in `ps`.
proc_name = os.environ.get("GUNICORN_NAME", "cop-site")
