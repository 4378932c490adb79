"""The floor the site is measured against: a constant 20 KB page from a minimal
Django view, served by the same Django and the same server with the same number
of workers. Run by bench/http_bench.py as `gunicorn floor:application`."""

from django.conf import settings
from django.core.wsgi import get_wsgi_application
from django.http import HttpResponse
from django.urls import path

settings.configure(
    DEBUG=False,
    SECRET_KEY="bench-floor-not-secret",  # noqa: S106
    ROOT_URLCONF=__name__,
    ALLOWED_HOSTS=["127.0.0.1", "localhost"],
    MIDDLEWARE=[],
)

PAGE = (
    b"<!DOCTYPE html><html lang=en><head><meta charset=utf-8><title>Floor</title></head><body>"
    + b"<p>"
    + b"The floor: a constant page of about twenty kilobytes. " * 370
    + b"</p>"
    + b"</body></html>"
)


def floor(request):
    return HttpResponse(PAGE)


urlpatterns = [path("", floor)]
application = get_wsgi_application()
