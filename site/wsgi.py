import gc
import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cop_site.settings.production")

application = get_wsgi_application()

# Plain requests for pages in the anonymous page cache are answered before Django
# builds a request (home/page_cache.py).
from home.page_cache import CachedPageApplication  # noqa: E402

application = CachedPageApplication(application)

# Everything loaded so far (Django, Wagtail, the models, the URL patterns) lives as
# long as the process: moved out of the garbage collector's sight, so that its
# collections, which run every few hundred allocations while a page renders, no
# longer walk a few hundred thousand objects that can never be freed. About a
# millisecond per uncached page.
gc.freeze()
