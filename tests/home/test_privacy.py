"""Members-only stays members-only: in every language, and in every listing,
search, menu, feed and sitemap. Anonymous visitors and pending applicants see
nothing of a members-only page; members and editors (in the groups the page
allows) see it, labelled."""

import io
import xml.etree.ElementTree as ET

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.management import CommandError, call_command
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail.rich_text import RichText

from home.models import HomePageFeaturedPage
from members.models import Profile
from resources.models import ResourceLibraryPage, ResourcePage
from tests.factories import StandardPageFactory, UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

SECRET = "Quillzephyr"  # a word that appears only in members-only text


def publish(page):
    """Publish as editors do, so the page is mirrored into Welsh."""
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def restrict(page, *group_names):
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=group_names or ["Members", "Editors"]))
    return restriction


def welsh(page):
    return page.get_translation(Locale.objects.get(language_code="cy"))


@pytest.fixture
def visitors(db):
    """Who asks, by name: None is an anonymous visitor."""
    return {
        "anonymous": None,
        "applicant": make_person("pending.privacy@example.org", status=Profile.Status.APPLIED),
        "member": make_person("member.privacy@example.org"),
        "editor": UserFactory(
            email="editor.privacy@example.org", groups=[Group.objects.get(name="Editors")]
        ),
    }


def as_visitor(client, user):
    client.logout()
    if user is not None:
        client.force_login(user)
    return client


SEES = {"anonymous": False, "applicant": False, "member": True, "editor": True}


@pytest.fixture
def members_area(home_page):
    """A members-only section in the menu, with one page, in English and Welsh."""
    section = publish(
        StandardPageFactory(
            parent=home_page, title="Members area", slug="members-area", show_in_menus=True
        )
    )
    restrict(section)
    publish(
        StandardPageFactory(
            parent=section,
            title="Members minutes",
            slug="members-minutes",
            body=[("paragraph", RichText(f"<p>The {SECRET} decision.</p>"))],
        )
    )
    return section


@pytest.fixture
def secret_resource(db):
    library = english(ResourceLibraryPage).get()
    resource = ResourcePage(
        title="Members toolkit",
        slug="members-toolkit",
        summary=f"How the {SECRET} method works.",
        resource_type="case-study",
        region="wales",
    )
    library.add_child(instance=resource)
    resource = publish(resource)
    restrict(resource)
    return resource


def facets(response):
    html = BeautifulSoup(response.content, "html.parser")
    return {
        (name, option["value"]): option.get_text(strip=True)
        for name in ("type", "topic", "audience", "region")
        for option in html.select(f"#library-{name} option")
    }


def library_titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".resource-card__title a")]


def search_titles(response):
    html = BeautifulSoup(response.content, "html.parser")
    return [a.get_text(strip=True) for a in html.select(".result-list h3 a")]


# Library search and facet counts


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_library_search_and_facets_cover_only_what_the_visitor_may_see(client, visitors, prefix):
    url = f"{prefix}/resources/"
    before = {name: facets(as_visitor(client, user).get(url)) for name, user in visitors.items()}
    nothing = facets(as_visitor(client, None).get(url, {"q": "zzqxjvnothing"}))
    library = english(ResourceLibraryPage).get()
    resource = ResourcePage(
        title="Members toolkit",
        slug="members-toolkit",
        summary=f"How the {SECRET} method works.",
        resource_type="case-study",
        region="wales",
    )
    library.add_child(instance=resource)
    resource = publish(resource)
    restrict(resource)
    for name, user in visitors.items():
        as_visitor(client, user)
        found = client.get(url, {"q": SECRET})
        assert ("Members toolkit" in library_titles(found)) is SEES[name], name
        if not SEES[name]:
            # Nothing found, and the counts are those of any search that finds nothing.
            assert facets(found) == nothing, name
            # Browsing the library: the counts are as if the resource did not exist.
            assert facets(client.get(url)) == before[name], name
        else:
            assert 'class="tag tag--members"' in found.content.decode()
            assert facets(client.get(url)) != before[name], name


# Site search, menus, the home page, section listings


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_site_search_finds_members_only_pages_only_for_those_who_may_see_them(
    client, visitors, members_area, prefix
):
    for name, user in visitors.items():
        as_visitor(client, user)
        titles = search_titles(client.get(f"{prefix}/search/", {"q": SECRET}))
        assert ("Members minutes" in titles) is SEES[name], (name, titles)


@pytest.mark.parametrize("prefix", ["", "/cy"])
def test_menu_shows_a_members_only_section_only_to_those_who_may_see_it(
    client, visitors, members_area, prefix
):
    for name, user in visitors.items():
        html = BeautifulSoup(as_visitor(client, user).get(f"{prefix}/").content, "html.parser")
        menu = [a.get_text(strip=True) for a in html.select(".main-nav a")]
        assert ("Members area" in menu) is SEES[name], (name, menu)


def test_home_page_lists_and_section_listings_leave_out_what_the_visitor_may_not_see(
    client, visitors, home_page, members_area, secret_resource
):
    minutes = members_area.get_children().get()
    HomePageFeaturedPage.objects.create(home_page=home_page, page=minutes, sort_order=9)
    parent = publish(StandardPageFactory(parent=home_page, title="Notes", slug="notes"))
    child = publish(StandardPageFactory(parent=parent, title="Private note", slug="private"))
    restrict(child)
    for name, user in visitors.items():
        as_visitor(client, user)
        home = client.get("/").content.decode()
        assert ("Members minutes" in home) is SEES[name], name
        # The newest resource is members-only: the latest list skips it for others.
        assert ("Members toolkit" in home) is SEES[name], name
        section = client.get("/notes/").content.decode()
        assert ("Private note" in section) is SEES[name], name
        if SEES[name]:
            assert 'class="tag tag--members"' in section


# Feeds and the sitemap: read by anyone, so only what anyone may see


def test_feeds_and_sitemap_leave_out_members_only_pages_even_for_members(
    client, visitors, members_area, secret_resource
):
    for user in (None, visitors["member"]):
        as_visitor(client, user)
        feed = client.get("/resources/feed/").content.decode()
        assert "Members toolkit" not in feed and SECRET not in feed
        sitemap = client.get("/sitemap.xml").content.decode()
        assert "members-area" not in sitemap and "members-toolkit" not in sitemap


def test_feed_summaries_are_plain_text_not_member_html(client):
    resource = english(ResourcePage).live().public().order_by("-first_published_at").first()
    ResourcePage.objects.filter(pk=resource.pk).update(
        summary='<img src=x onerror="alert(1)"><b>Bold</b> claims\x0b here'
    )
    ResourcePage.objects.filter(pk=resource.pk).update(
        first_published_at=resource.last_published_at
    )
    response = client.get("/resources/feed/")
    assert response.status_code == 200
    ns = {"atom": "http://www.w3.org/2005/Atom"}
    entries = ET.fromstring(response.content).findall("atom:entry", ns)
    summary = next(
        entry.find("atom:summary", ns)
        for entry in entries
        if entry.find("atom:title", ns).text == resource.title
    )
    # A feed reader shows it as the words typed, never as markup.
    assert summary.get("type") == "text"
    assert summary.text == '<img src=x onerror="alert(1)"><b>Bold</b> claims here'


# Language links


def test_language_links_leave_out_a_version_the_visitor_may_not_see(client, soup, home_page):
    page = publish(StandardPageFactory(parent=home_page, title="Open page", slug="open-page"))
    cy = welsh(page)
    # A Welsh version made members-only by hand (check_privacy would report it).
    restriction = PageViewRestriction.objects.create(page=cy, restriction_type="login")
    html = soup(client.get("/open-page/"))
    assert not html.select('link[hreflang="cy"]')
    assert "/cy/open-page/" not in str(html.select(".language-switcher"))
    restriction.delete()
    html = soup(client.get("/open-page/"))
    assert html.select('link[hreflang="cy"]') or "/cy/open-page/" in str(
        html.select(".language-switcher")
    )


# Moving pages keeps every language's privacy


@pytest.fixture
def open_page(home_page):
    return publish(
        StandardPageFactory(
            parent=home_page,
            title="Moving minutes",
            slug="moving-minutes",
            show_in_menus=True,
            body=[("paragraph", RichText(f"<p>The {SECRET} plan.</p>"))],
        )
    )


def assert_members_only_everywhere(client, visitors, path):
    """The page at `path` (English) and its Welsh version are members-only, and Welsh
    search and the Welsh menu show it only to those who may see it."""
    for prefix in ("", "/cy"):
        as_visitor(client, None)
        response = client.get(f"{prefix}{path}")
        assert response.status_code == 302 and "/accounts/login/" in response["Location"], prefix
        for name, user in visitors.items():
            as_visitor(client, user)
            titles = search_titles(client.get(f"{prefix}/search/", {"q": SECRET}))
            assert ("Moving minutes" in titles) is SEES[name], (prefix, name, titles)
            html = BeautifulSoup(client.get(f"{prefix}/").content, "html.parser")
            assert "Moving minutes" not in html.select_one(".main-nav").get_text(), (prefix, name)
        as_visitor(client, visitors["member"])
        assert client.get(f"{prefix}{path}").status_code == 200, prefix


def test_moving_a_page_into_a_members_only_section_moves_its_welsh_version(
    client, visitors, members_area, open_page
):
    cy = welsh(open_page)
    assert client.get("/cy/moving-minutes/").status_code == 200
    open_page.move(members_area, pos="last-child")
    cy.refresh_from_db()
    assert cy.get_parent().pk == welsh(members_area).pk
    # The old Welsh address leads (Wagtail's automatic redirect) to the new, members-only one.
    old = client.get("/cy/moving-minutes/", follow=True)
    assert old.redirect_chain and "/accounts/login/" in old.redirect_chain[-1][0]
    assert_members_only_everywhere(client, visitors, "/members-area/moving-minutes/")
    # And out again: public in both languages.
    open_page.refresh_from_db()
    open_page.move(open_page.get_parent().get_parent(), pos="last-child")
    as_visitor(client, None)
    assert client.get("/cy/moving-minutes/").status_code == 200
    assert client.get("/moving-minutes/").status_code == 200


def test_moving_a_page_in_the_admin_moves_its_welsh_version(
    client, visitors, members_area, open_page
):
    admin = UserFactory(email="admin.mover@example.org", is_superuser=True, is_staff=True)
    client.force_login(admin)
    response = client.post(f"/admin/pages/{open_page.pk}/move/{members_area.pk}/confirm/")
    assert response.status_code == 302
    assert_members_only_everywhere(client, visitors, "/members-area/moving-minutes/")


def test_moving_a_whole_section_keeps_its_pages_private_in_welsh(
    client, visitors, home_page, members_area
):
    section = publish(StandardPageFactory(parent=home_page, title="Shelf", slug="shelf"))
    publish(
        StandardPageFactory(
            parent=section,
            title="Moving minutes",
            slug="moving-minutes",
            body=[("paragraph", RichText(f"<p>The {SECRET} plan.</p>"))],
        )
    )
    Page.objects.get(pk=section.pk).move(members_area, pos="last-child")
    assert_members_only_everywhere(client, visitors, "/members-area/shelf/moving-minutes/")


def test_a_move_whose_welsh_version_cannot_follow_is_undone(client, members_area, open_page):
    from django.core.exceptions import ValidationError

    # A Welsh-only page already has the slug under the Welsh members' area.
    welsh_area = welsh(members_area)
    welsh_area.add_child(
        instance=StandardPageFactory.build(title="Cofnodion", slug="moving-minutes")
    )
    with pytest.raises(ValidationError):
        open_page.move(members_area, pos="last-child")
    open_page.refresh_from_db()
    assert open_page.get_parent().pk == members_area.get_parent().pk
    assert client.get("/moving-minutes/").status_code == 200


# check_privacy


def welsh_menu(client):
    html = BeautifulSoup(client.get("/cy/").content, "html.parser")
    return html.select_one(".main-nav").get_text()


def run_check(*args):
    out = io.StringIO()
    try:
        call_command("check_privacy", *args, stdout=out)
    except CommandError as error:
        return False, out.getvalue() + str(error)
    return True, out.getvalue()


def test_check_privacy_lists_disagreeing_pages_and_fixes_them(client, members_area, open_page):
    ok, output = run_check()
    assert ok, output
    # Drift made behind the site's back: a Welsh restriction lifted in the database
    # (a queryset delete is not mirrored), and a page moved in English only.
    PageViewRestriction.objects.filter(page=welsh(members_area)).delete()
    from treebeard.mp_tree import MP_MoveHandler

    MP_MoveHandler(Page.objects.get(pk=open_page.pk), members_area, "last-child").process()
    ok, output = run_check()
    assert not ok
    assert "/members-area/" in output and "moving-minutes" in output
    # The leaks: the Welsh copy is public, and the Welsh menu shows the section.
    assert client.get("/cy/moving-minutes/").status_code == 200
    assert "Members area" in welsh_menu(client)
    ok, output = run_check("--fix")
    assert ok, output
    ok, output = run_check()
    assert ok, output
    assert "Members area" not in welsh_menu(client)
    cy = welsh(open_page)
    assert cy.get_parent().pk == welsh(members_area).pk
    assert client.get(cy.url).status_code == 302


def test_a_page_made_members_only_before_it_is_first_published_is_members_only_in_welsh(
    client, visitors, home_page
):
    """Its Welsh version only comes into being on publication: it must carry the
    restriction from the start, not wait for the next change to it."""
    draft = StandardPageFactory(
        parent=home_page,
        title="Moving minutes",
        slug="early-secret",
        live=False,
        body=[("paragraph", RichText(f"<p>The {SECRET} plan.</p>"))],
    )
    restrict(draft)
    publish(draft)
    assert welsh(draft) is not None
    assert_members_only_everywhere(client, visitors, "/early-secret/")
