"""English and Welsh: translated pages, the mirrored Welsh tree, the switcher,
hreflang, the Welsh interface and the things that follow the reader's language."""

import ast
import datetime
import gettext
import re
import shutil

import polib
import pytest
from django.conf import settings
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext, override_settings
from django.urls import reverse
from django.utils import timezone, translation
from wagtail.models import Locale, Page

from events.models import EventIndexPage, EventPage, Registration
from home.models import StandardPage
from members.models import Profile
from tests.factories import UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

CATALOGUE = settings.LOCALE_PATHS[0] / "cy" / "LC_MESSAGES" / "django.po"
PLACEHOLDER = re.compile(r"%\(\w+\)[sd]|%[sd]")


def alternates(soup):
    return {
        link["hreflang"]: link["href"] for link in soup.select('link[rel="alternate"][hreflang]')
    }


def switcher_links(soup):
    return {link["lang"]: link["href"] for link in soup.select(".language-switcher a")}


# Serving translated pages


def test_translated_page_is_welsh_throughout(client, soup):
    response = client.get("/cy/about/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "cy"
    assert page.h1.get_text(strip=True) == "Am y gymuned"
    assert "Ein saith amcan" in page.get_text()
    # The interface around it is Welsh too.
    assert page.select_one(".skip-link").get_text(strip=True) == "Neidio i'r prif gynnwys"
    assert page.select_one(".main-nav")["aria-label"] == "Prif"
    assert page.select_one("#site-search-q").find_previous("label").get_text() == "Chwilio'r wefan"
    # Nothing says it is untranslated, and nothing of its own is marked as English:
    # only the cards of its sections not yet translated.
    assert not page.select(".notice--translation")
    assert not page.select(".stream [lang=en]")
    assert {tag.find_parent("article")["class"][0] for tag in page.select("main [lang=en]")} <= {
        "card"
    }


def test_hreflang_pairs_point_both_ways_with_x_default(client, soup):
    english_links = alternates(soup(client.get("/about/")))
    welsh_links = alternates(soup(client.get("/cy/about/")))
    assert english_links == welsh_links
    assert english_links["en"].endswith("/about/") and "/cy/" not in english_links["en"]
    assert english_links["cy"].endswith("/cy/about/")
    assert english_links["x-default"] == english_links["en"]


def test_switcher_keeps_the_reader_on_the_same_page(client, soup):
    page = soup(client.get("/guidance/getting-started/"))
    assert switcher_links(page) == {"cy": "/cy/guidance/getting-started/"}
    current = page.select_one(".language-switcher__current")
    assert current["lang"] == "en" and "English" in current.get_text()
    # Languages are named in their own language, whichever page you are on.
    welsh = soup(client.get("/cy/guidance/getting-started/"))
    assert switcher_links(welsh) == {"en": "/guidance/getting-started/"}
    assert welsh.select_one(".language-switcher")["aria-label"] == "Iaith"
    assert (
        welsh.select_one(".language-switcher__current").get_text(strip=True).startswith("Cymraeg")
    )


def test_switcher_keeps_sub_views_and_the_query_string(client, soup):
    library = soup(client.get("/resources/?type=toolkit&sort=title"))
    assert switcher_links(library) == {"cy": "/cy/resources/?type=toolkit&sort=title"}
    search = soup(client.get("/search/?q=heritage"))
    assert switcher_links(search) == {"cy": "/cy/search/?q=heritage"}
    login = soup(client.get("/cy/accounts/login/"))
    assert switcher_links(login) == {"en": "/accounts/login/"}


def test_untranslated_page_shows_english_and_says_so(client, soup):
    response = client.get("/cy/about/what-is-social-prescribing/")
    assert response.status_code == 200
    page = soup(response)
    assert page.html["lang"] == "cy"
    notice = page.select_one(".notice--translation")
    assert "Nid yw'r dudalen hon wedi'i chyfieithu eto" in notice.get_text()
    assert "Saesneg" in notice.get_text()
    # The English content is there, marked as English for screen readers.
    content = notice.find_next_sibling("div")
    assert content["lang"] == "en"
    assert "How people are referred" in content.get_text()
    # Search engines are sent to the original, and no Welsh version is claimed.
    assert page.select_one('link[rel="canonical"]')["href"].endswith(
        "/about/what-is-social-prescribing/"
    )
    assert "/cy/" not in page.select_one('link[rel="canonical"]')["href"]
    assert alternates(page) == {}
    # An untranslated section's title is marked as English in the menu.
    menu_link = page.select_one('.main-nav a[href="/cy/resources/"]')
    assert menu_link["lang"] == "en"


def test_every_english_page_has_a_place_in_the_welsh_tree():
    en = Locale.objects.get(language_code="en")
    cy = Locale.objects.get(language_code="cy")
    english_keys = set(
        Page.objects.filter(locale=en, depth__gt=1, live=True).values_list(
            "translation_key", flat=True
        )
    )
    welsh_keys = set(Page.objects.filter(locale=cy).values_list("translation_key", flat=True))
    assert english_keys and english_keys <= welsh_keys


def test_page_created_in_the_admin_appears_in_the_welsh_tree(client, home_page, soup):
    editor = UserFactory(
        email="translator.editor@example.org",
        is_superuser=True,
        groups=[Group.objects.get(name="Editors")],
    )
    client.force_login(editor)
    about = english(StandardPage).get(slug="about")
    response = client.post(
        reverse("wagtailadmin_pages:add", args=["home", "standardpage", about.pk]),
        {
            "title": "Our history",
            "slug": "our-history",
            "introduction": "How the community began.",
            "body-count": "0",
            "action-publish": "Publish",
        },
    )
    assert response.status_code == 302, response.content[:2000]
    page = english(StandardPage).get(slug="our-history")
    alias = page.get_translation(Locale.objects.get(language_code="cy"))
    assert alias.alias_of_id == page.pk and alias.live
    welsh = client.get("/cy/about/our-history/")
    assert welsh.status_code == 200
    assert "How the community began." in welsh.content.decode()
    assert soup(welsh).select_one(".notice--translation") is not None


def test_page_published_in_code_appears_in_the_welsh_tree(client, home_page):
    page = home_page.add_child(
        instance=StandardPage(title="Autumn newsletter", slug="autumn-newsletter")
    )
    cy = Locale.objects.get(language_code="cy")
    assert page.get_translation_or_none(cy) is None  # drafts stay put
    page.save_revision().publish()
    assert page.get_translation(cy).alias_of_id == page.pk
    assert client.get("/cy/autumn-newsletter/").status_code == 200
    # Later changes to the English page reach the alias when published.
    page.title = "Autumn newsletter 2026"
    page.save_revision().publish()
    assert page.get_translation(cy).title == "Autumn newsletter 2026"


# Search, listings and the sitemap


def test_search_looks_in_the_current_language_only(client, soup):
    welsh = soup(client.get("/cy/search/?q=gweithwyr cyswllt"))
    welsh_results = [
        a["href"] for a in welsh.select("main ol a, main ul a") if "/guidance/" in a["href"]
    ]
    assert (
        "/cy/guidance/getting-started/understanding-social-prescribing/working-with-link-workers/"
        in welsh_results
    )
    # The same Welsh words find nothing in English; English results stay English.
    english_page = soup(client.get("/search/?q=gweithwyr cyswllt"))
    assert "No results" in english_page.get_text()
    english_results = soup(client.get("/search/?q=link workers"))
    hrefs = [a["href"] for a in english_results.select("main a")]
    assert any(href.startswith("/guidance/") for href in hrefs)
    assert not any(href.startswith("/cy/") for href in hrefs if "/guidance/" in href)


def test_listings_show_the_current_languages_pages(client, soup):
    welsh_library = soup(client.get("/cy/resources/"))
    resource_links = [
        a["href"]
        for a in welsh_library.select("main h2 a, main h3 a")
        if "/resources/" in a["href"]
    ]
    assert resource_links and all(href.startswith("/cy/resources/") for href in resource_links)
    # The library's fixed lists (types, audiences) read in Welsh too.
    facets = welsh_library.select_one("main form").get_text()
    assert "Astudiaeth achos" in facets and "Gwirfoddolwyr" in facets
    welsh_events = soup(client.get("/cy/events/"))
    event_links = [a["href"] for a in welsh_events.select("main a") if "/events/" in a["href"]]
    # (The calendar subscription is the one address given in full, for calendar apps.)
    assert event_links and all(
        href.startswith(("/cy/", "webcal://testserver/cy/")) for href in event_links
    )


def test_dates_are_written_in_the_readers_language(client):
    assert "1 September 2024" in client.get("/guidance/getting-started/").content.decode()
    assert "1 Medi 2024" in client.get("/cy/guidance/getting-started/").content.decode()


def test_sitemap_lists_both_languages_but_not_stand_ins(client):
    body = client.get("/sitemap.xml").content.decode()
    assert "/about/</loc>" in body and "/cy/about/</loc>" in body
    assert "/cy/guidance/getting-started/</loc>" in body
    assert "/about/what-is-social-prescribing/</loc>" in body
    assert "/cy/about/what-is-social-prescribing/</loc>" not in body


@pytest.mark.parametrize(
    "path", ["/", "/about/", "/guidance/getting-started/", "/guidance/getting-started/print/"]
)
def test_translated_page_uses_no_more_queries_than_english(client, path):
    def count(url):
        client.get(url)  # warm caches
        with CaptureQueriesContext(connection) as queries:
            assert client.get(url).status_code == 200
        return len(queries)

    assert count("/cy" + path) <= count(path)


# The interface catalogue


def test_welsh_catalogue_is_complete_and_keeps_every_placeholder():
    catalogue = polib.pofile(str(CATALOGUE))
    assert not catalogue.untranslated_entries()
    assert not catalogue.fuzzy_entries()
    for entry in catalogue:
        source = set(PLACEHOLDER.findall(entry.msgid_plural or entry.msgid))
        if entry.msgid_plural:
            # Welsh's "one" form may leave the number out, as English's does.
            forms = [set(PLACEHOLDER.findall(form)) for form in entry.msgstr_plural.values()]
            assert all(form <= source for form in forms), entry.msgid
            assert set().union(*forms) == source, entry.msgid
        else:
            assert set(PLACEHOLDER.findall(entry.msgstr)) == source, entry.msgid


def test_catalogue_compiles_without_gnu_gettext(tmp_path):
    target = tmp_path / "cy" / "LC_MESSAGES"
    target.mkdir(parents=True)
    shutil.copy(CATALOGUE, target / "django.po")
    with override_settings(LOCALE_PATHS=[tmp_path]):
        call_command("compile_translations", verbosity=0)
    with open(target / "django.mo", "rb") as compiled:
        catalogue = gettext.GNUTranslations(compiled)
    assert catalogue.gettext("Skip to main content") == "Neidio i'r prif gynnwys"
    # Welsh plural forms survive compilation ("2 ganllaw", not the English plural).
    assert catalogue.ngettext("%(counter)s guide", "%(counter)s guides", 2) == "%(counter)s ganllaw"


# Bad input


def test_unknown_language_prefix_is_a_404_in_the_site_layout(client, soup):
    response = client.get("/xx/about/")
    assert response.status_code == 404
    page = soup(response)
    assert page.select_one(".skip-link") and page.select_one(".site-header")


def test_translation_whose_english_page_was_deleted_still_works(client, soup):
    english(StandardPage).get(slug="join").delete()
    response = client.get("/cy/join/")
    assert response.status_code == 200
    page = soup(response)
    assert page.h1.get_text(strip=True) == "Ymuno â'r gymuned"
    # No English version to switch to: the switcher offers the English home page.
    assert switcher_links(page) == {"en": "/"}
    assert alternates(page) == {}


@override_settings(
    LANGUAGES=[("en", "English"), ("cy", "Cymraeg"), ("fr", "Français")],
    WAGTAIL_CONTENT_LANGUAGES=[("en", "English"), ("cy", "Cymraeg"), ("fr", "Français")],
)
def test_language_with_no_pages_yet_is_no_error(client):
    Locale.objects.create(language_code="fr")
    for path in ("/fr/", "/fr/about/", "/fr/search/?q=heritage", "/about/"):
        assert client.get(path).status_code in (200, 404), path
    assert client.get("/about/").status_code == 200


# Actions and e-mails follow the reader's language


def test_sign_up_in_welsh_gets_welsh_e_mails(client, editor_user):
    response = client.post(
        "/cy/accounts/signup/",
        {
            "full_name": "Gwen Jones",
            "email": "gwen@example.org",
            "password1": "a-sound-passphrase-42",
            "password2": "a-sound-passphrase-42",
            "organisation": "Amgueddfa'r Fro",
            "organisation_type": "museum",
            "role": "Swyddog dysgu",
            "why_join": "Sesiynau hel atgofion.",
            "region": "wales",
            "privacy": "on",
        },
    )
    assert response.status_code == 302
    confirmation = mail.outbox[-1]
    # The site's own wording, in the Welsh catalogue's words (once translated).
    with translation.override("cy"):
        assert translation.gettext("Confirm your e-mail address") in confirmation.subject
    assert 'lang="cy"' in confirmation.alternatives[0][0]
    assert "/cy/accounts/confirm-email/" in confirmation.body
    # An editor decides in the (English) admin; the applicant hears in Welsh.
    profile = Profile.objects.get(user__email="gwen@example.org")
    profile.status = Profile.Status.APPLIED
    profile.save(update_fields=["status"])
    client.force_login(editor_user)
    client.post(reverse("membership_decide", args=[profile.pk, "approve"]), {"message": ""})
    decision = mail.outbox[-1]
    assert decision.to == ["gwen@example.org"]
    assert "Mae eich aelodaeth wedi'i chymeradwyo" in decision.body


def test_form_errors_are_welsh_on_welsh_pages(client, soup):
    response = client.post("/cy/accounts/signup/", {"email": "not-an-address"})
    assert response.status_code == 200
    page = soup(response)
    assert "Mae problem" in page.get_text()
    # Each error names its field (its Welsh comes with the catalogue), never
    # Django's stock "this field is required".
    assert "Mae angen llenwi'r maes hwn." not in page.get_text()
    assert page.select_one('.error-summary a[href="#id_full_name"]')


def test_registering_on_the_welsh_page_takes_a_place_at_the_one_event(client, home_page):
    index = english(EventIndexPage).get(slug="events")
    start = timezone.now() + datetime.timedelta(days=20)
    event = index.add_child(
        instance=EventPage(
            title="Spring gathering",
            slug="spring-gathering",
            start=start,
            end=start + datetime.timedelta(hours=2),
            capacity=1,
        )
    )
    event.save_revision().publish()
    welsh_event = event.get_translation(Locale.objects.get(language_code="cy"))
    member = make_person("cymro@example.org")
    client.force_login(member)
    response = client.post(welsh_event.url + "register/", {"access_needs": ""})
    assert response.status_code == 302
    registration = Registration.objects.get(user=member)
    assert registration.event_id == event.pk and registration.status == "confirmed"
    assert "Mae eich lle" in mail.outbox[-1].subject
    assert "/cy/events/spring-gathering/" in mail.outbox[-1].body
    # "My events" in Welsh links to the Welsh page of the event.
    account = client.get("/cy/members/account/").content.decode()
    assert 'href="/cy/events/spring-gathering/"' in account
    # The one place is gone in both languages.
    other = make_person("other@example.org")
    client.force_login(other)
    client.post(event.url + "register/", {"access_needs": ""})
    assert Registration.objects.get(user=other).status == "waitlisted"
    member.refresh_from_db()
    assert member.language == "cy"


@pytest.fixture
def editor_user(db):
    return UserFactory(
        email="language.editor@example.org", groups=[Group.objects.get(name="Editors")]
    )


def test_members_only_pages_stay_members_only_in_every_language(client):
    from wagtail.models import PageViewRestriction

    page = english(StandardPage).get(slug="heritage-and-wellbeing")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    for path in ("/about/heritage-and-wellbeing/", "/cy/about/heritage-and-wellbeing/"):
        response = client.get(path)
        assert response.status_code == 302 and "login" in response["Location"], path
    restriction.delete()
    assert client.get("/cy/about/heritage-and-wellbeing/").status_code == 200
    # Restricted to groups: the group list follows as well.
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    welsh = page.get_translation(Locale.objects.get(language_code="cy"))
    copied = welsh.view_restrictions.get()
    assert copied.restriction_type == "groups"
    assert list(copied.groups.values_list("name", flat=True)) == ["Members"]
    client.force_login(make_person("cymraes@example.org", status=Profile.Status.APPLIED))
    assert client.get("/cy/about/heritage-and-wellbeing/").status_code != 200


def test_editor_sees_what_changed_in_the_english_after_a_translation(client):
    from wagtail_localize.models import Translation, TranslationSource

    about = english(StandardPage).get(slug="about")
    welsh = about.get_translation(Locale.objects.get(language_code="cy"))
    source = TranslationSource.objects.get(object_id=about.translation_key, locale=about.locale)
    translation = Translation.objects.get(source=source, target_locale=welsh.locale)
    total, done_before = translation.get_progress()

    about.introduction = "Who we are and what we do, in brief."
    about.save_revision().publish()
    source.update_from_db()
    total_after, done_after = translation.get_progress()
    # Exactly the changed sentence now awaits a translator.
    assert total_after == total and done_after == done_before - 1

    # The translator opens the Welsh page and gets wagtail-localize's editor,
    # with the new English sentence waiting.
    client.force_login(
        UserFactory(email="cyfieithydd@example.org", is_superuser=True, is_staff=True)
    )
    response = client.get(reverse("wagtailadmin_pages:edit", args=[welsh.pk]))
    assert response.status_code == 200
    assert "Who we are and what we do, in brief." in response.content.decode()


def test_untranslated_titles_in_a_welsh_listing_are_marked_english(client, soup):
    page = soup(client.get("/cy/guidance/"))
    assert page.html["lang"] == "cy" and not page.select(".notice--translation")
    welsh_guide = page.select_one('a[href="/cy/guidance/getting-started/"]')
    assert welsh_guide.get_text(strip=True).startswith("Dechrau arni")
    assert not welsh_guide.has_attr("lang")
    english_guide = page.select_one('a[href="/cy/guidance/ethical-standards/"]')
    assert english_guide["lang"] == "en"


# A string marked in the code in its simplest forms, _("...") and friends in Python and
# {% trans "..." %} in templates, on one line: what makemessages would add.
MARKED_IN_PYTHON = re.compile(
    r"""\b(?:_|gettext|gettext_lazy|pgettext_lazy\(\s*"[^"]*",)\(\s*("(?:[^"\\\n]|\\.)+"|'(?:[^'\\\n]|\\.)+')\s*\)"""
)
MARKED_IN_TEMPLATES = re.compile(r"""{%\s*trans(?:late)?\s+("[^"]+"|'[^']+')""")


def marked_strings():
    root = settings.BASE_DIR
    skipped = {".venv", "tests", "node_modules", "var", "migrations", "bench", "scripts"}
    found = set()
    for path in root.rglob("*.py"):
        if not skipped & set(path.relative_to(root).parts):
            found.update(ast.literal_eval(m) for m in MARKED_IN_PYTHON.findall(path.read_text()))
    for path in (root / "templates").rglob("*.html"):
        # (makemessages doubles a template string's percent signs.)
        found.update(
            m[1:-1].replace("%", "%%") for m in MARKED_IN_TEMPLATES.findall(path.read_text())
        )
    return found


def test_every_string_marked_for_translation_is_in_the_welsh_catalogue():
    """Run makemessages (README) after adding a string: otherwise Welsh pages show it
    in English, and the catalogue's own completeness check cannot tell."""
    catalogue = {entry.msgid for entry in polib.pofile(str(CATALOGUE))}
    marked = marked_strings()
    assert len(marked) > 500  # the patterns still find the site's strings
    assert sorted(marked - catalogue) == []
