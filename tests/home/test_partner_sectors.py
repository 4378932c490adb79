"""Partner sectors (issue 19, item 4): one vocabulary shared by guides, resources,
events, activities and collaboration calls, and a public page per sector listing
what the community has with that sector, as the visitor may see it."""

import datetime

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth.models import Group
from django.core.exceptions import ValidationError
from django.test import override_settings
from django.urls import reverse
from django.utils import timezone
from wagtail.models import Locale, Page, PageViewRestriction
from wagtail_localize.fields import SynchronizedField, get_translatable_fields

from activities.models import Activity, Organisation
from activities.sectors import next_activity_hidden
from collaboration.models import Call
from collaboration.sectors import next_call_closing
from events.models import EventIndexPage, EventPage
from home.demo.welsh import translate_page
from home.sector_pages import SectorIndexPage, SectorPage
from home.sectors import Sector, SectorsField
from resources.models import GuidanceIndexPage, GuidancePage, ResourceLibraryPage, ResourcePage
from tests.factories import GuidancePageFactory, UserFactory, english
from tests.members.conftest import make_person

pytestmark = pytest.mark.django_db

ARTS = "/about/partner-sectors/arts-and-culture/"


def publish(page):
    page.save_revision().publish()
    return Page.objects.get(pk=page.pk).specific


def titles(response):
    """The titles a sector page lists, by the listing's key."""
    assert response.status_code == 200
    html = BeautifulSoup(response.content, "html.parser")
    return {
        section["aria-labelledby"].split("-")[1]: [
            a.get_text(strip=True) for a in section.select(".sector-item__title")
        ]
        for section in html.select("section.sector-listing")
    }


def listed(response):
    return [title for found in titles(response).values() for title in found]


def guide(title, sectors="", live=True):
    index = english(GuidanceIndexPage).get()
    page = GuidancePageFactory(parent=index, title=title, sectors=sectors, live=live)
    return publish(page) if live else page


def resource(title, sectors=""):
    library = english(ResourceLibraryPage).get()
    page = ResourcePage(
        title=title, summary=f"{title}: a summary.", resource_type="other", sectors=sectors
    )
    library.add_child(instance=page)
    return publish(page)


def event(title, sectors="", days=7):
    index = english(EventIndexPage).get()
    start = timezone.now() + datetime.timedelta(days=days)
    page = EventPage(
        title=title,
        start=start,
        end=start + datetime.timedelta(hours=2),
        summary=f"{title}: a summary.",
        sectors=sectors,
    )
    index.add_child(instance=page)
    return publish(page)


@pytest.fixture
def organisation(db):
    return Organisation.objects.create(name="Sector Test Trust", description="Crafts.")


def activity(organisation, name, sectors="", status=Activity.Status.PUBLISHED, **fields):
    return Activity.objects.create(
        organisation=organisation,
        name=name,
        description=f"{name}: an activity.",
        activity_type="crafts",
        weekday=2,
        is_online=True,
        status=status,
        sectors=sectors,
        published_at=timezone.now() if status == Activity.Status.PUBLISHED else None,
        **fields,
    )


def call(topic, sectors="", status=Call.Status.APPROVED, days=30):
    poster = make_person(f"{abs(hash(topic))}@example.org")
    return Call.objects.create(
        poster=poster,
        topic=topic,
        description=f"{topic}: what we need.",
        looking_for="partners",
        sectors=sectors,
        region="london",
        deadline=timezone.localdate() + datetime.timedelta(days=days),
        status=status,
    )


# What a sector page lists


def test_the_demo_has_a_page_per_sector_under_about_and_each_lists_every_kind(client):
    index = english(SectorIndexPage).get()
    assert index.get_parent().slug == "about"
    pages = english(SectorPage).live().child_of(index)
    assert sorted(page.sector for page in pages) == sorted(Sector.values)
    for page in pages:
        found = titles(client.get(page.url))
        for key in ("guides", "resources", "events", "activities"):
            assert found.get(key), (page.sector, key)
    # The index links to each, and About lists the section.
    html = client.get(index.url).content.decode()
    assert all(page.url in html for page in pages)
    assert index.url in client.get("/about/").content.decode()


def test_a_sector_page_lists_what_is_tagged_with_its_sector_and_nothing_else(client, organisation):
    tagged = [
        guide("Zeta tagged guide", "health,arts-culture").title,
        resource("Zeta tagged resource", "arts-culture").title,
        event("Zeta tagged event", "arts-culture").title,
        activity(organisation, "Zeta tagged activity", "arts-culture,nature").name,
        call("Zeta tagged call", "arts-culture").topic,
    ]
    untagged = [
        guide("Zeta plain guide").title,
        resource("Zeta health resource", "health").title,
        event("Zeta plain event").title,
        activity(organisation, "Zeta nature activity", "nature").name,
        call("Zeta plain call", "physical-activity").topic,
    ]
    found = titles(client.get(ARTS))
    assert "Zeta tagged guide" in found["guides"]
    assert "Zeta tagged resource" in found["resources"]
    assert "Zeta tagged event" in found["events"]
    assert "Zeta tagged activity" in found["activities"]
    assert "Zeta tagged call" in found["calls"]
    everything = listed(client.get(ARTS))
    assert not set(untagged) & set(everything)
    assert set(tagged) <= set(everything)


def test_a_members_only_resource_is_listed_to_members_only(client):
    page = resource("Zeta members' resource", "arts-culture")
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=["Members", "Editors"]))
    assert "Zeta members' resource" not in listed(client.get(ARTS))
    assert "Zeta members' resource" not in client.get(ARTS).content.decode()

    applicant = make_person("sector.applicant@example.org", status="applied")
    client.force_login(applicant)
    assert "Zeta members' resource" not in listed(client.get(ARTS))

    client.force_login(make_person("sector.member@example.org"))
    response = client.get(ARTS)
    assert "Zeta members' resource" in titles(response)["resources"]
    item = BeautifulSoup(response.content, "html.parser").find("a", string="Zeta members' resource")
    assert "Members only" in item.find_parent("li").get_text()


def test_drafts_and_unpublished_pages_are_never_listed(client):
    guide("Zeta draft guide", "arts-culture", live=False)
    withdrawn = resource("Zeta withdrawn resource", "arts-culture")
    withdrawn.unpublish()
    # A live page whose draft adds the sector: only publishing lists it.
    changed = event("Zeta event with a draft change")
    changed.sectors = "arts-culture"
    changed.save_revision()
    found = listed(client.get(ARTS))
    assert not {"Zeta draft guide", "Zeta withdrawn resource"} & set(found)
    assert "Zeta event with a draft change" not in found
    client.force_login(UserFactory(email="sector.admin@example.org", is_superuser=True))
    assert "Zeta draft guide" not in listed(client.get(ARTS))
    client.logout()
    changed.get_latest_revision().publish()
    assert "Zeta event with a draft change" in listed(client.get(ARTS))


def test_only_published_current_activities_are_listed(client, organisation):
    activity(organisation, "Zeta published activity", "arts-culture")
    hidden = [
        activity(organisation, "Zeta draft activity", "arts-culture", status="draft"),
        activity(organisation, "Zeta activity in review", "arts-culture", status="submitted"),
        activity(organisation, "Zeta activity sent back", "arts-culture", status="needs-changes"),
        activity(
            organisation,
            "Zeta stale activity",
            "arts-culture",
            last_checked=timezone.localdate() - datetime.timedelta(days=400),
        ),
    ]
    found = titles(client.get(ARTS))["activities"]
    assert "Zeta published activity" in found
    assert not {item.name for item in hidden} & set(found)


def test_only_open_calls_are_listed(client):
    call("Zeta open call", "arts-culture")
    hidden = [
        call("Zeta call in review", "arts-culture", status=Call.Status.SUBMITTED),
        call("Zeta declined call", "arts-culture", status=Call.Status.DECLINED),
        call("Zeta closed call", "arts-culture", status=Call.Status.CLOSED),
        call("Zeta call past its deadline", "arts-culture", days=-1),
    ]
    found = titles(client.get(ARTS))["calls"]
    assert "Zeta open call" in found
    assert not {item.topic for item in hidden} & set(found)


def test_events_to_come_are_listed_first_soonest_first(client):
    event("Zeta past event", "arts-culture", days=-3)
    event("Zeta later event", "arts-culture", days=40)
    event("Zeta sooner event", "arts-culture", days=2)
    found = [t for t in titles(client.get(ARTS))["events"] if t.startswith("Zeta")]
    assert found == ["Zeta sooner event", "Zeta later event", "Zeta past event"]


def test_the_welsh_sector_page_lists_the_welsh_versions(client):
    resource("Zeta resource in both languages", "arts-culture")
    welsh = (
        english(SectorPage)
        .get(sector="arts-culture")
        .get_translation(Locale.objects.get(language_code="cy"))
    )
    response = client.get(welsh.url)
    assert "Zeta resource in both languages" in titles(response)["resources"]
    html = BeautifulSoup(response.content, "html.parser")
    link = html.find("a", string="Zeta resource in both languages")
    assert link["href"].startswith("/cy/")
    assert link["lang"] == "en"  # an alias: its title is still in English


# Links from a tagged page to the sector pages


def sector_links(response, term="Partner sectors"):
    html = BeautifulSoup(response.content, "html.parser")
    term = html.find("dt", string=term)
    assert term is not None, "no partner sectors on the page"
    return {a.get_text(strip=True): a["href"] for a in term.find_next_sibling("dd").select("a")}


def test_a_resource_links_to_its_sector_pages_which_list_it(client):
    page = english(ResourcePage).live().get(slug="case-study-memory-cafe")
    links = sector_links(client.get(page.url))
    assert links == {
        "Health and care": "/about/partner-sectors/health/",
        "Arts and culture": ARTS,
    }
    for href in links.values():
        assert page.title in titles(client.get(href))["resources"]


def test_a_guide_and_its_chapters_link_to_the_guides_sectors(client):
    guide = english(GuidancePage).live().get(slug="heritage-buddies-toolkit")
    chapter = guide.get_children().live().first()
    for page in (guide, chapter):
        links = sector_links(client.get(page.url))
        assert links == {
            "Health and care": "/about/partner-sectors/health/",
            "Nature and green spaces": "/about/partner-sectors/nature/",
        }
    assert guide.title in titles(client.get("/about/partner-sectors/nature/"))["guides"]
    assert chapter.title not in listed(client.get("/about/partner-sectors/nature/"))


def test_an_event_links_to_its_sector_pages_in_the_readers_language(client):
    event = english(EventPage).live().get(slug="partner-event-heritage-walks")
    links = sector_links(client.get(event.url))
    assert links["Physical activity"] == "/about/partner-sectors/physical-activity/"
    welsh = event.get_translation(Locale.objects.get(language_code="cy"))
    welsh_links = sector_links(client.get(welsh.url), "Sectorau partner")
    assert all(href.startswith("/cy/about/partner-sectors/") for href in welsh_links.values())
    assert client.get(next(iter(welsh_links.values()))).status_code == 200


def test_the_footer_links_to_the_partner_sectors(client):
    html = BeautifulSoup(client.get("/").content, "html.parser")
    footer = html.select_one("footer")
    assert footer.find("a", href="/about/partner-sectors/") is not None


# Editing


def scraped_form(html, form_id):
    """What the browser would send for the form as it stands: every named field."""
    form = BeautifulSoup(html, "html.parser").find("form", id=form_id)
    data = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        name = field["name"]
        if field.name == "textarea":
            value = field.get_text()
        elif field.name == "select":
            chosen = field.select("option[selected]")
            values = [option.get("value", option.get_text()) for option in chosen]
            if field.has_attr("multiple"):
                data.setdefault(name, []).extend(values)
                continue
            value = values[0] if values else ""
        elif field.get("type") in ("checkbox", "radio"):
            if not field.has_attr("checked"):
                continue
            data.setdefault(name, []).append(field.get("value", "on"))
            continue
        elif field.get("type") in ("submit", "button", "file"):
            continue
        else:
            value = field.get("value", "")
        data[name] = value
    return data


def test_the_admin_edit_form_of_a_resource_saves_its_sectors(client):
    client.force_login(
        UserFactory(email="sector.editor@example.org", groups=[Group.objects.get(name="Editors")])
    )
    page = english(ResourcePage).live().get(slug="case-study-oral-history")
    edit = reverse("wagtailadmin_pages:edit", args=[page.pk])
    data = scraped_form(client.get(edit).content.decode(), "page-edit-form")
    assert data["sectors"] == ["arts-culture"]  # the stored value, ticked
    data["sectors"] = ["physical-activity", "health"]
    response = client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:3000]
    draft = ResourcePage.objects.get(pk=page.pk).get_latest_revision_as_object()
    assert draft.sectors == "health,physical-activity"  # in the vocabulary's order
    # The history compares the live page with the draft, sectors included.
    revision = ResourcePage.objects.get(pk=page.pk).latest_revision
    compare = reverse("wagtailadmin_pages:revisions_compare", args=[page.pk, "live", revision.pk])
    assert client.get(compare).status_code == 200
    data["sectors"] = ["not-a-sector"]
    refused = client.post(edit, data)
    assert refused.status_code == 200


def test_sectors_are_kept_the_same_in_every_language():
    for model in (ResourcePage, GuidancePage, EventPage):
        assert SynchronizedField("sectors") in get_translatable_fields(model)
    assert SynchronizedField("sector") in get_translatable_fields(SectorPage)


def test_a_translated_resource_keeps_its_sectors_and_opens_in_the_translation_editor(client):
    page = english(ResourcePage).live().get(slug="case-study-memory-cafe")
    welsh = translate_page(page, Locale.objects.get(language_code="cy"), {})
    assert welsh.alias_of_id is None and welsh.specific.sectors == "health,arts-culture"
    client.force_login(UserFactory(email="sector.translator@example.org", is_superuser=True))
    response = client.get(reverse("wagtailadmin_pages:edit", args=[welsh.pk]))
    assert response.status_code == 200
    # The Welsh page links to the Welsh sector pages.
    client.logout()
    links = sector_links(client.get(welsh.url), "Sectorau partner")
    assert set(links.values()) == {
        "/cy/about/partner-sectors/health/",
        "/cy/about/partner-sectors/arts-and-culture/",
    }


def test_the_field_refuses_unknown_codes():
    field = SectorsField()
    field.validate("health,arts-culture", None)
    with pytest.raises(ValidationError):
        field.validate("health,gardening", None)


def test_a_sector_has_one_page_per_language():
    index = english(SectorIndexPage).get()
    second = SectorPage(title="Health again", slug="health-again", sector="health")
    with pytest.raises(ValidationError):
        index.add_child(instance=second)


# Anonymous visitors' cached copy


@override_settings(ALLOWED_HOSTS=["testserver"], PAGE_CACHE_SECONDS=600)
def test_a_newly_approved_call_reaches_the_cached_sector_page(client):
    client.get(ARTS)
    assert client.get(ARTS).get("X-Page-Cache") == "hit"
    waiting = call("Zeta call just approved", "arts-culture", status=Call.Status.SUBMITTED)
    assert client.get(ARTS).get("X-Page-Cache") == "miss"  # a new call changes the version
    assert client.get(ARTS).get("X-Page-Cache") == "hit"
    waiting.status = Call.Status.APPROVED
    waiting.save()
    assert "Zeta call just approved" in listed(client.get(ARTS))


def test_a_call_its_poster_closes_leaves_the_cached_sector_page(client):
    closing = call("Zeta call about to close", "arts-culture")
    assert "Zeta call about to close" in listed(client.get(ARTS))
    assert client.get(ARTS).get("X-Page-Cache") == "hit"

    client.force_login(closing.poster)
    assert client.post(f"/collaborate/{closing.pk}/close/").status_code == 302
    client.logout()

    assert "Zeta call about to close" not in listed(client.get(ARTS))


def test_a_cached_page_expires_when_the_first_open_call_closes():
    Call.objects.open().update(deadline=timezone.localdate() + datetime.timedelta(days=30))
    call("Zeta call closing today", "arts-culture", days=0)
    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    closing = next_call_closing()
    assert timezone.localtime(closing).date() == tomorrow
    assert timezone.localtime(closing).time() == datetime.time(0)


def test_a_cached_page_expires_when_the_first_activity_drops_out(organisation):
    Activity.objects.update(last_checked=timezone.localdate())
    checked = timezone.localdate() - datetime.timedelta(days=300)
    activity(organisation, "Zeta activity checked long ago", "arts-culture", last_checked=checked)
    hidden_from = timezone.localtime(next_activity_hidden())
    assert hidden_from.date() == checked + datetime.timedelta(days=365)
    assert hidden_from.time() == datetime.time(0)
    assert not Activity.objects.public(today=hidden_from.date()).filter(
        name="Zeta activity checked long ago"
    )
    assert Activity.objects.public(today=hidden_from.date() - datetime.timedelta(days=1)).filter(
        name="Zeta activity checked long ago"
    )


def test_the_finder_shows_every_activity_of_a_sector(client, organisation):
    """A sector page lists the newest few; its link opens the finder on that sector."""
    for number in range(14):
        activity(organisation, f"Zeta crafts circle {number}", "arts-culture")
    activity(organisation, "Zeta nature walk", "nature")
    page = BeautifulSoup(client.get(ARTS).content, "html.parser")
    link = page.find("a", string="Find activities with this sector near you")
    assert link["href"] == "/activities/?sector=arts-culture"

    response = client.get(link["href"])
    found = response.context["activities"].paginator.object_list
    assert {item.name for item in found} >= {f"Zeta crafts circle {n}" for n in range(14)}
    assert all("arts-culture" in item.sectors for item in found)
    assert "Zeta nature walk" not in {item.name for item in found}
    assert client.get("/activities/?sector=astrology").status_code == 400


def test_a_long_resource_listing_leads_to_the_library_filtered_to_the_sector(client):
    for number in range(13):
        resource(f"Green prescription note {number}", sectors="nature")
    html = BeautifulSoup(client.get("/about/partner-sectors/nature/").content, "html.parser")
    more = html.find("a", string="All resources with this sector")
    assert more["href"] == "/resources/?sector=nature"
    library = BeautifulSoup(client.get(more["href"]).content, "html.parser")
    found = [a.get_text(strip=True) for a in library.select(".resource-card__title a")]
    assert "Green prescription note 12" in found
    assert library.select_one("#library-sector option[selected]")["value"] == "nature"
