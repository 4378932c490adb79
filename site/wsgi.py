import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_site.settings.production")

application = get_wsgi_application()

# Plain requests for pages in the anonymous page cache are answered before Django
# builds a request (home/page_cache.py).
from home.page_cache import CachedPageApplication  # noqa: E402

application = CachedPageApplication(application)
