from django.conf import settings
from django.core.paginator import EmptyPage, PageNotAnInteger, Paginator
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.http import require_GET
from wagtail.models import Locale, Page

from .privacy import mark_members_only, visible_to
from .search import clean_query, search_text


@require_GET
def search(request):
    query, shortened = clean_query(request.GET.get("q", ""))
    results_page = None
    if query:
        pages = visible_to(
            request, Page.objects.live().filter(locale=Locale.get_active()).exclude(depth__lte=1)
        )
        words = search_text(query)
        results = pages.search(words) if words else pages.none()
        paginator = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE)
        try:
            results_page = paginator.page(request.GET.get("page", 1))
        except PageNotAnInteger:
            results_page = paginator.page(1)
        except EmptyPage:
            results_page = paginator.page(paginator.num_pages)
        results_page.object_list = mark_members_only(
            _as_specific(results_page.object_list), request
        )
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "search_query": query,
            "query_was_shortened": shortened,
            "query_was_submitted": "q" in request.GET,
            "results": results_page,
        },
    )


def _as_specific(pages):
    """Swap one page of results for their specific types, keeping the ranking order,
    with one query per page type rather than one per result."""
    pages = list(pages)
    specific = Page.objects.filter(pk__in=[p.pk for p in pages]).specific().in_bulk()
    return [specific.get(p.pk, p) for p in pages]


@require_GET
def robots_txt(request):
    sitemap_url = request.build_absolute_uri(reverse("sitemap"))
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /accounts/",
        "Disallow: /search/",
        f"Sitemap: {sitemap_url}",
        "",
    ]
    return HttpResponse("\n".join(lines), content_type="text/plain; charset=utf-8")
