from django.contrib import messages
from django.core.cache import cache
from django.core.paginator import Paginator
from django.db.models import F
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods, require_POST
from wagtail.models import Locale

from home.file_access import refusal
from home.page_images import attach_card_images
from home.privacy import mark_members_only, may_see
from home.ratelimit import client_ip
from home.routable import page_path, page_re_path
from home.translation_sync import default_language_version
from members.access import member_required
from members.signals import remember_language

from . import contributions
from .feeds import GuidanceFeed, LatestResourcesFeed
from .forms import ResourceSubmissionForm
from .library import PAGE_SIZE, LibrarySearch
from .models import ResourcePage


def library_view(request, library):
    search = LibrarySearch(request.GET, locale=Locale.get_active(), request=request)
    # The facet counts give the total (no count query), and the page's resources are
    # read by the search: the pager only works out the numbers.
    paginator = Paginator(range(search.count), PAGE_SIZE)
    page_number = request.GET.get("page", "1")
    # isdecimal, not isdigit: int() refuses digits such as "²" that isdigit accepts.
    if not page_number.isdecimal() or not 1 <= int(page_number) <= max(paginator.num_pages, 1):
        raise Http404(_("There is no such page of results."))
    results = paginator.page(int(page_number))
    results.object_list = attach_card_images(
        mark_members_only(search.page_of_results(results.number), request)
    )
    return TemplateResponse(
        request,
        "resources/resource_library_page.html",
        {
            **library.get_context(request),
            "search": search,
            "results": results,
            "facets": search.facets(),
            "active_filters": search.active_filters(request.path, request.GET),
            "clear_filters_query": search.clear_filters_address(request.path, request.GET),
        },
    )


@member_required
def submit_view(request, library, resource_id=None):
    existing = None
    if resource_id is not None:
        existing = contributions.own_submission(request.user, resource_id)
        existing = existing.get_latest_revision_as_object()
    form = ResourceSubmissionForm(
        request.POST or None,
        request.FILES or None,
        existing=existing,
        user=request.user,
        refused_upload=getattr(request, "refused_upload", None),
    )
    if request.method == "POST" and form.is_valid():
        remember_language(request.user, request.LANGUAGE_CODE)
        if existing is None:
            # Filed in the default language's library, whichever language the
            # form was read in; other languages get it as an alias when it is published.
            contributions.submit(default_language_version(library), request.user, form.cleaned_data)
            messages.success(
                request,
                _("Thank you. Your resource has been sent to the editors for review."),
            )
        else:
            contributions.resubmit(existing, request.user, form.cleaned_data)
            messages.success(request, _("Your changes have been sent to the editors for review."))
        # Lands on the confirmation, which takes focus (see includes/messages.html).
        return redirect(reverse("members:account") + "#messages")
    return TemplateResponse(
        request,
        "resources/submit.html",
        {"page": library, "form": form, "existing": existing},
        status=400 if form.errors else 200,
    )


@member_required
@require_POST
def withdraw_view(request, library, resource_id):
    page = contributions.own_submission(request.user, resource_id)
    contributions.withdraw(page, request.user)
    messages.success(request, _("“%(title)s” has been withdrawn.") % {"title": page.title})
    return redirect(reverse("members:account") + "#contributions-heading")


def feed_view(request, library):
    return LatestResourcesFeed(library)(request)


def guidance_feed_view(request, index):
    return GuidanceFeed(index)(request)


def edit_submission_view(request, library, resource_id):
    return submit_view(request, library, resource_id=int(resource_id))


def withdraw_submission_view(request, library, resource_id):
    return withdraw_view(request, library, int(resource_id))


# The guidance index page's routes (GuidanceIndexPage.subpage_routes).
guidance_index_routes = [page_path("feed/", guidance_feed_view, name="feed")]

# The library page's routes (ResourceLibraryPage.subpage_routes). IDs are 64-bit:
# a longer number cannot be one, and SQLite refuses to compare it.
library_page_routes = [
    page_path("", library_view, name="library"),
    page_path("feed/", feed_view, name="feed"),
    page_path("submit/", submit_view, name="submit"),
    page_re_path(
        r"^submissions/(?P<resource_id>\d{1,18})/edit/$",
        edit_submission_view,
        name="edit_submission",
    ),
    page_re_path(
        r"^submissions/(?P<resource_id>\d{1,18})/withdraw/$",
        withdraw_submission_view,
        name="withdraw_submission",
    ),
]


# How long one visitor's repeated presses of Download count as one.
DOWNLOAD_COUNTED_ONCE_PER = 6 * 60 * 60


@csrf_exempt  # keeps resource pages free of per-visitor tokens, so they stay cacheable
@require_http_methods(["GET", "HEAD", "POST"])
def download_view(request, resource_id):
    """Hand over the file. Only the Download button (a POST, which needs no
    JavaScript) counts, once per visitor in a while: GET requests, which anyone
    can loop, and link previews and crawlers make, never do. Pages stay cacheable
    because counting happens here, not when the page is shown."""
    resource = get_object_or_404(ResourcePage.objects.live(), pk=resource_id)
    if not may_see(request, resource):
        # The members-only answer, without the resource's address: IDs are sequential.
        return refusal(request)
    if resource.document is None and not resource.external_url:
        raise Http404
    response = redirect(resource.document.url if resource.document else resource.external_url)
    if request.method == "POST":
        # A language's alias counts towards its original.
        counted = resource.alias_of_id or resource.pk
        if cache.add(f"download:{counted}:{_visitor(request)}", True, DOWNLOAD_COUNTED_ONCE_PER):
            ResourcePage.objects.filter(pk=counted).update(download_count=F("download_count") + 1)
        response.status_code = 303  # the browser fetches the file with a GET
    return response


def _visitor(request):
    if request.user.is_authenticated:
        return f"user-{request.user.pk}"
    return f"address-{client_ip(request)}"
