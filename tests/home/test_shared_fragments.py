"""Parts of pages shared by anonymous visitors (home/templatetags/fragment_tags.py):
the header, footer, head and cards are rendered once per content version, and a
change reaches the next visitor at once; nothing personal is ever shared."""

import datetime

import pytest
import time_machine
from django.contrib.auth.models import AnonymousUser, Group
from django.middleware.csrf import get_token
from django.template import engines
from django.test import RequestFactory, override_settings
from django.utils import timezone, translation
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.rich_text import RichText

from events.models import EventIndexPage, EventPage, EventType
from home.content_version import bump, current
from home.demo.welsh import translate_page
from home.models import StandardPage
from home.templatetags.fragment_tags import FragmentStore, store
from tests.factories import StandardPageFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def no_page_cache():
    """Every request is rendered, so what is seen is the shared parts at work."""
    with override_settings(PAGE_CACHE_SECONDS=0):
        yield


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def fragments():
    """The shared parts kept for the current content version."""
    return store.keys(current())


def header(response):
    html = response.content.decode()
    return html[html.index("<header") : html.index("</header>")]


def footer(response):
    html = response.content.decode()
    return html[html.index("<footer") : html.index("</footer>")]


def test_the_header_and_footer_are_rendered_once_and_shared(client):
    first = client.get("/about/")
    kept = {key[1] for key in fragments()}
    assert {"header", "footer", "head-identity"} <= kept
    again = client.get("/about/")
    assert again.content == first.content


def test_a_publish_changes_the_menu_for_the_next_anonymous_visitor(client, home_page):
    client.get("/about/")
    client.get("/")
    page = StandardPageFactory(parent=home_page, title="Volunteering", slug="volunteering")
    page.show_in_menus = True
    publish(page)
    assert 'href="/volunteering/"' in header(client.get("/about/"))
    # A card's page renamed: the next listing shows the new title.
    about = english(StandardPage).get(slug="about")
    about.title = "About the community"
    publish(about)
    assert "About the community" in header(client.get("/"))


def test_a_privacy_change_takes_a_section_out_of_the_shared_menu(client, home_page):
    page = StandardPageFactory(parent=home_page, title="Members corner", slug="corner")
    page.show_in_menus = True
    publish(page)
    assert 'href="/corner/"' in header(client.get("/about/"))
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.get(name="Members")])
    assert 'href="/corner/"' not in header(client.get("/about/"))


def test_a_logged_in_visitor_never_gets_the_anonymous_header(client):
    anonymous = header(client.get("/about/"))
    assert "Log in" in anonymous
    client.force_login(make_person("fragment.member@example.org"))
    personal = client.get("/about/")
    assert "Log out" in header(personal)
    assert 'name="csrfmiddlewaretoken"' in header(personal)
    client.logout()
    client.cookies.clear()
    again = header(client.get("/about/"))
    assert again == anonymous
    assert "Log out" not in again
    assert "csrfmiddlewaretoken" not in again


def test_what_a_logged_in_visitor_sees_is_never_kept(client, home_page):
    secret = StandardPageFactory(
        parent=home_page,
        title="Quillzephyr room",
        slug="quill",
        body=[("paragraph", RichText("<p>Plans.</p>"))],
    )
    secret.show_in_menus = True
    publish(secret)
    restriction = PageViewRestriction.objects.create(
        page=secret, restriction_type=PageViewRestriction.LOGIN
    )
    assert restriction.pk
    client.force_login(make_person("quill.member@example.org"))
    assert "Quillzephyr" in header(client.get("/about/"))
    assert fragments() == []
    client.logout()
    client.cookies.clear()
    assert "Quillzephyr" not in header(client.get("/about/"))
    assert "Quillzephyr" not in client.get("/").content.decode()


def test_the_welsh_page_gets_the_welsh_header_and_footer(client, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="Opening hours", slug="hours"))
    translate_page(page, Locale.objects.get(language_code="cy"), {"Opening hours": "Oriau agor"})
    english_page = client.get("/hours/")
    welsh_page = client.get("/cy/hours/")
    assert 'href="/"' in header(english_page) and 'href="/cy/"' not in header(english_page)
    assert 'href="/cy/"' in header(welsh_page)
    assert header(welsh_page) != header(english_page)
    assert footer(welsh_page) != footer(english_page)
    # Each again, from the shared parts: still its own language.
    assert header(client.get("/cy/hours/")) == header(welsh_page)
    assert header(client.get("/hours/")) == header(english_page)


def test_an_address_with_a_query_string_is_rendered_not_kept(client):
    client.get("/about/?utm_source=anything")
    assert not [key for key in fragments() if key[1] == "header"]
    client.get("/about/")
    assert [key for key in fragments() if key[1] == "header"]


def render(source, request, **context):
    template = engines["django"].from_string("{% load fragment_tags %}" + source)
    return template.render(context, request)


def anonymous_request(path="/about/"):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    return request


def test_a_part_that_used_the_csrf_token_is_never_kept():
    source = '{% shared_fragment "form" %}<form>{% csrf_token %}</form>{% endshared_fragment %}'
    first = render(source, anonymous_request())
    second = render(source, anonymous_request())
    assert "csrfmiddlewaretoken" in first and "csrfmiddlewaretoken" in second
    assert fragments() == []
    # Also when the page asked for the token before this part did.
    request = anonymous_request()
    get_token(request)
    assert "csrfmiddlewaretoken" in render(source, request)
    assert request.META["CSRF_COOKIE_NEEDS_UPDATE"]
    assert fragments() == []


def test_a_part_that_used_the_csp_nonce_is_never_kept():
    source = (
        '{% shared_fragment "script" %}<script nonce="{{ nonce }}"></script>'
        "{% endshared_fragment %}"
    )
    request = anonymous_request()
    request._csp_nonce = "abc123nonce"
    assert "abc123nonce" in render(source, request, nonce=request._csp_nonce)
    assert fragments() == []


def test_a_preview_and_values_that_cannot_be_keys_are_rendered_afresh():
    source = '{% shared_fragment "list" items %}{{ items|length }}{% endshared_fragment %}'
    render(source, anonymous_request(), items=[1, 2])
    assert fragments() == []
    request = anonymous_request()
    request.is_preview = True
    render('{% shared_fragment "x" %}draft{% endshared_fragment %}', request)
    assert fragments() == []


def test_a_new_content_version_renders_again():
    source = '{% shared_fragment "count" %}{{ counter.next }}{% endshared_fragment %}'

    class Counter:
        value = 0

        def next(self):
            self.value += 1
            return self.value

    counter = Counter()
    request = anonymous_request()
    current(request)
    assert render(source, request, counter=counter) == "1"
    assert render(source, anonymous_request(), counter=counter) == "1"
    bump()
    assert render(source, anonymous_request(), counter=counter) == "2"
    with translation.override("cy"):
        assert render(source, anonymous_request(), counter=counter) == "3"


def test_the_least_recently_used_parts_make_way():
    kept = FragmentStore(size=2)
    kept.put("v1", "a", "A")
    kept.put("v1", "b", "B")
    assert kept.get("v1", "a") == "A"
    kept.put("v1", "c", "C")
    assert kept.keys("v1") == ["a", "c"]
    assert kept.get("v2", "a") is None
    kept.put("v2", "d", "D")
    assert kept.keys("v2") == ["d"] and kept.get("v1", "a") is None


def test_the_home_pages_next_meeting_moves_on_when_it_starts(client):
    """The next meeting is kept with the content, but only until it starts."""
    index = english(EventIndexPage).get()
    start = timezone.now() + datetime.timedelta(days=2)
    for title, days in (("Soon meeting", 0), ("Later meeting", 30)):
        event = EventPage(
            title=title,
            slug=title.lower().replace(" ", "-"),
            start=start + datetime.timedelta(days=days),
            end=start + datetime.timedelta(days=days, hours=2),
            event_type=EventType.QUARTERLY_MEETING,
        )
        index.add_child(instance=event)
        publish(event)
    EventPage.objects.exclude(title__in=["Soon meeting", "Later meeting"]).filter(
        start__gte=timezone.now()
    ).update(start=timezone.now() - datetime.timedelta(days=400))
    bump()
    for _ in range(2):
        assert "Soon meeting" in client.get("/").content.decode()
    with time_machine.travel(start + datetime.timedelta(hours=3), tick=False):
        for _ in range(2):
            home = client.get("/").content.decode()
            assert "Later meeting" in home and "Soon meeting" not in home
