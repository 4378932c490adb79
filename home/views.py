from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import FileResponse, HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from .privacy import mark_members_only
from .public_address import site_url
from .search_results import SiteSearch


@require_GET
def search(request):
    search = SiteSearch(request.GET, request)
    results_page = suggestion = None
    if search.words:
        # The counts by type give the total (no count query), and the page's results
        # are read by page_of_results: the paginator only numbers the pages.
        paginator = Paginator(range(search.count), settings.SEARCH_RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
        results_page.object_list = search.describe(
            mark_members_only(search.page_of_results(results_page.number), request)
        )
        if not search.total:
            suggestion = search.suggestion()
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search": search,
            "search_query": search.query,
            "query_was_shortened": search.query_was_shortened,
            "query_was_submitted": "q" in request.GET,
            "results": results_page,
            "suggestion": suggestion,
        },
    )


FAVICON = settings.PROJECT_DIR / "static" / "icons" / "favicon.ico"


@require_GET
def favicon(request):
    """/favicon.ico, which browsers and feed readers ask for whatever the page says."""
    response = FileResponse(FAVICON.open("rb"), content_type="image/x-icon")
    response["Cache-Control"] = "public, max-age=86400"
    return response


@require_GET
def robots_txt(request):
    sitemap_url = site_url(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /search/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
