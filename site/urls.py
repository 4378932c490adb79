from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path, register_converter
from django.views.generic import RedirectView
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from events import views as events_views
from home import file_serving, routing
from home import views as home_views
from home.api import api_router
from home.sitemap import AllLanguagesSitemap
from members import admin_access
from resources import views as resources_views


class DatabaseIdConverter:
    """A row ID: at most 18 digits, so a longer number is a 404 rather than an
    integer the database refuses to compare (a 500 on SQLite)."""

    regex = "[0-9]{1,18}"

    def to_python(self, value):
        return int(value)

    def to_url(self, value):
        return str(value)


register_converter(DatabaseIdConverter, "dbid")

# The static 500 page, with the request id to quote (home/request_log.py).
handler500 = "home.request_log.server_error"

urlpatterns = [
    # One login and one password reset: Wagtail's own forms would be a second,
    # unthrottled door that skips e-mail verification and two-factor checks.
    path("admin/login/", admin_access.admin_login),
    re_path(
        r"^admin/password_reset/",
        RedirectView.as_view(pattern_name="account_reset_password"),
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Documents and images are served through Django so that their privacy is
    # checked on every request (home/file_access.py); there is no public /media/.
    path(
        "documents/<dbid:document_id>/<str:document_filename>",
        file_serving.serve_document,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    re_path(r"^media/(?P<path>.+)$", file_serving.serve_media, name="media"),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": AllLanguagesSitemap}}, name="sitemap"),
    path("robots.txt", home_views.robots_txt, name="robots_txt"),
    path("favicon.ico", home_views.favicon, name="favicon"),
    # The read-only partner API; each language's pages with ?locale=cy.
    path("api/v2/", api_router.urls),
    # Heritage wellbeing activities for other service directories, in Open Referral UK.
    path("api/openreferral/", include("activities.api_urls")),
]

if settings.DEBUG:
    from django.contrib.staticfiles.urls import staticfiles_urlpatterns

    urlpatterns += staticfiles_urlpatterns()

# Pages and public views take a language prefix for every language but English.
urlpatterns += i18n_patterns(
    path("search/", home_views.search, name="search"),
    path("members/", include("members.urls")),
    path("collaborate/", include("collaboration.urls")),
    # The signposting directory of heritage wellbeing activities (issue 19).
    path("activities/", include("activities.urls")),
    path("digests/", include("digests.urls")),
    path("members/account/messages/", include("conversations.urls")),
    path("events/feed.ics", events_views.calendar_feed, name="events_feed"),
    re_path(
        r"^events/my-calendar/(?P<token>[A-Za-z0-9_-]{20,100})\.ics$",
        events_views.personal_calendar_view,
        name="personal_calendar",
    ),
    path(
        "events/my-calendar/reset/",
        events_views.reset_personal_calendar_view,
        name="reset_personal_calendar",
    ),
    # A plain view rather than a page route, so that it can take the Download
    # button's POST without a CSRF token (see download_view).
    path(
        "resources/<dbid:resource_id>/download/",
        resources_views.download_view,
        name="resource_download",
    ),
    path("accounts/", include("allauth.urls")),
    # Evaluations, the participants' questionnaires and the pooled evidence (issue 18).
    path("", include("evaluation.urls")),
    # Wagtail's own front-end login would be a second, unthrottled door.
    path("_util/login/", admin_access.front_end_login),
    # Wagtail's page URLs, served through home.routing (Wagtail's own "_util/"
    # views are left to it).
    re_path(r"^(?!_util/)((?:[\w\-]+/)*)$", routing.serve, name="wagtail_serve"),
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
