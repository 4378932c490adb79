"""Which languages a page or view is available in, for the language switcher,
hreflang links and the notice on pages not yet translated.

Worked out once per request and kept on it: the header, the <head> and the
notice all ask."""

from django.conf import settings
from django.db.models import Q
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info
from wagtail.models import Locale, Page

from .content_version import memo
from .privacy import may_see
from .translation_sync import current_content_language, default_language_code


def native_name(code):
    """A language's name in that language ("Cymraeg"), for the switcher."""
    try:
        return get_language_info(code)["name_local"]
    except KeyError:
        return dict(settings.LANGUAGES).get(code, code)


def locale_codes(request):
    """{locale id: language code}, read once per content version."""
    codes = getattr(request, "_locale_codes", None)
    if codes is None:
        codes = memo.get(
            request, "locale_codes", lambda: dict(Locale.objects.values_list("pk", "language_code"))
        )
        request._locale_codes = codes
    return codes


def page_versions(request, page):
    """Every live language version of `page` (itself included) that this visitor may
    see, one query per request (beside the privacy rule's own)."""
    cached = getattr(request, "_page_versions", None)
    if cached is None or cached[0] != page.pk:
        versions = memo.get(
            request,
            ("page_versions", page.pk),
            lambda: list(page.get_translations(inclusive=True).live()),
        )
        cached = (page.pk, [v for v in versions if v.pk == page.pk or may_see(request, v)])
        request._page_versions = cached
    return cached[1]


def original_of(request, page):
    """The page an alias mirrors (None for a page that is not an alias)."""
    if not page.alias_of_id:
        return None
    for version in page_versions(request, page):
        if version.pk == page.alias_of_id:
            return version
    return Page.objects.filter(pk=page.alias_of_id).first()  # an unpublished original


def content_language(request, page):
    """The language a page's content is written in: its own locale's, or for an
    alias standing in for a missing translation, the original's."""
    source = original_of(request, page) or page
    return locale_codes(request).get(source.locale_id, settings.LANGUAGE_CODE)


def canonical_url(request, page):
    """An alias repeats its original's content, so search engines are pointed there."""
    source = original_of(request, page)
    url = source.get_url(request) if source is not None else None
    return request.build_absolute_uri(url) if url else None


class LanguageVersion:
    def __init__(self, code, url, current=False, translated=True):
        self.code = code
        self.name = native_name(code)
        self.url = url
        self.current = current
        # False for an alias: the page exists there but still in another language.
        self.translated = translated


def _subpage_suffix(request, page):
    """What follows the page's own URL in this request (a routable page's
    sub-view such as "submit/"), with the query string, so switching keeps it."""
    page_url = page.get_url(request) or ""
    suffix = request.path[len(page_url) :] if request.path.startswith(page_url) else ""
    query = request.GET.urlencode()
    return suffix + (f"?{query}" if query else "")


def language_versions(request, page=None):
    """One LanguageVersion per language in settings, in settings order."""
    cache_key = (page.pk if isinstance(page, Page) else None, request.get_full_path())
    cached = getattr(request, "_language_versions", None)
    if cached and cached[0] == cache_key:
        return cached[1]

    current_code = get_language()
    versions = []
    if isinstance(page, Page):
        codes = locale_codes(request)
        by_code = {codes.get(copy.locale_id): copy for copy in page_versions(request, page)}
        suffix = _subpage_suffix(request, page)
        for code, _name in settings.LANGUAGES:
            copy = by_code.get(code)
            if copy is not None:
                url = copy.get_url(request) + suffix
                translated = copy.alias_of_id is None
            else:
                # No version here (deleted, or a language with no pages yet).
                url = translate_url("/", code)
                translated = False
            versions.append(LanguageVersion(code, url, code == current_code, translated))
    else:
        path = request.get_full_path()
        for code, _name in settings.LANGUAGES:
            versions.append(LanguageVersion(code, translate_url(path, code), code == current_code))
    request._language_versions = (cache_key, versions)
    return versions


def alternate_links(request, page=None):
    """(hreflang, absolute URL) pairs for the versions really in each language,
    plus x-default (the default language's), when there is more than one."""
    versions = [v for v in language_versions(request, page) if v.translated]
    if len(versions) < 2:
        return []
    links = [(v.code, request.build_absolute_uri(v.url)) for v in versions]
    default = next((v for v in versions if v.code == default_language_code()), None)
    if default is not None:
        links.append(("x-default", request.build_absolute_uri(default.url)))
    return links


def in_current_language(page_ids):
    """{page ID: that page's live version in the reader's language, or the page
    itself where there is none}, in one query, for pages chosen by ID: settings,
    fields, registrations."""
    ids = {pk for pk in page_ids if pk}
    if not ids:
        return {}
    language = current_content_language()
    return memo.get(
        None, ("in_language", language, frozenset(ids)), lambda: _in_language(ids, language)
    )


def _in_language(ids, language):
    same_pages = Page.objects.filter(pk__in=ids).values("translation_key")
    pages = list(
        Page.objects.filter(
            Q(pk__in=ids)
            | Q(translation_key__in=same_pages, locale__language_code=language, live=True)
        ).select_related("locale")
    )
    here = {
        page.translation_key: page
        for page in pages
        if page.live and page.locale.language_code == language
    }
    return {page.pk: here.get(page.translation_key, page) for page in pages if page.pk in ids}
