"""Build the demo site. Safe to run again: anything already there is left alone.

This command builds the base (pages, documents, settings, Welsh copies); each
feature app adds its part through the "load_demo_content" Wagtail hook, run in
the hook's order with a DemoSite, so home/ imports no feature app."""

import datetime
import os
import secrets
from dataclasses import dataclass
from dataclasses import field as dataclass_field

from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from wagtail import hooks
from wagtail.models import Locale, Page, Site

from home.demo.documents import demo_pdf_document
from home.demo.illustrations import illustrated
from home.demo.members_area import load_members_area
from home.demo.menu import section_for, shown_in_menu
from home.demo.pages import DOCUMENTS, HOME, PAGES
from home.demo.sectors import load_partner_sectors
from home.demo.welsh import load_welsh_translations
from home.models import (
    AccessibilityStatementPage,
    HomePage,
    HomePageFeaturedPage,
    SiteSettings,
    StandardPage,
)
from home.public_address import hostname_and_port

FEATURED_SLUGS = ["guidance", "pilot-schemes", "heritage-and-wellbeing"]


@dataclass
class DemoSite:
    """What each app's demo loader is given, and where it lists the accounts it made."""

    home: HomePage
    documents: dict
    password: str
    accounts: list = dataclass_field(default_factory=list)  # (e-mail, group) pairs to print


class Command(BaseCommand):
    help = "Create the demo site's pages, documents and accounts (idempotent)."

    def handle(self, *args, **options):
        # Building the demo submits and reviews contributions; nobody should get
        # e-mail about that, so none is sent while it runs.
        with override_settings(EMAIL_BACKEND="django.core.mail.backends.dummy.EmailBackend"):
            site = self.load_all()
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
        self.stdout.write(f"Demo accounts (password: {site.password}):")
        for email, group in site.accounts:
            self.stdout.write(f"  {email} ({group})")

    def load_all(self):
        with transaction.atomic():
            documents = self.load_documents()
            home = self.load_home()
            for spec in PAGES:
                self.load_page(section_for(home, spec["slug"]), spec, documents)
            about = home.get_children().filter(slug="about").first()
            if about is not None:
                load_partner_sectors(about)
            load_members_area(home)
            self.load_settings(home)
            self.load_site_address()
        site = DemoSite(home=home, documents=documents, password=self.demo_password())
        # Each app's part in its own transaction, lower layers first (see the hooks' order).
        for load_part in hooks.get_hooks("load_demo_content"):
            with transaction.atomic():
                load_part(site)
        with transaction.atomic():
            # After the feature apps: the featured pages are theirs too.
            self.load_featured(home)
        with transaction.atomic():
            load_welsh_translations(home)
        return site

    def load_site_address(self):
        """The Site record follows the public address (SITE_URL) on every run, so
        its pages' full URLs are where the site is served."""
        hostname, port = hostname_and_port()
        site = Site.objects.get(is_default_site=True)
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()

    def load_documents(self):
        return {
            key: demo_pdf_document(key, spec["title"], spec["paragraphs"])
            for key, spec in DOCUMENTS.items()
        }

    def load_home(self):
        """Replace Wagtail's placeholder welcome page with the community's home page."""
        locale = Locale.get_default()
        home = HomePage.objects.filter(depth=2, locale=locale).first()
        if home is None:
            root = Page.get_first_root_node()
            placeholder = (
                root.get_children()
                .filter(slug="home")
                .exclude(content_type__model="homepage")
                .first()
            )
            if placeholder is not None:
                # Free the slug; the site is repointed below before the old page goes.
                placeholder.slug = "home-placeholder"
                placeholder.save(update_fields=["slug"])
            home = root.add_child(
                instance=HomePage(
                    title=HOME["title"],
                    slug="home",
                    locale=locale,
                    introduction=HOME["introduction"],
                    body=HOME["body"],
                    join_heading=HOME["join_heading"],
                    join_text=HOME["join_text"],
                    **illustrated(HOME["image"]),
                )
            )
            home.save_revision().publish()
            site = Site.objects.filter(is_default_site=True).first()
            if site is None:
                Site.objects.create(
                    hostname="localhost",
                    port=80,
                    root_page=home,
                    is_default_site=True,
                    site_name=str(settings.WAGTAIL_SITE_NAME),
                )
            else:
                site.root_page = home
                site.site_name = str(settings.WAGTAIL_SITE_NAME)
                site.save()
            if placeholder is not None:
                # Its mirror in each other language goes with it.
                for copy in placeholder.get_translations():
                    copy.delete()
                placeholder.delete()
        return home

    def load_page(self, parent, spec, documents):
        page = parent.get_children().filter(slug=spec["slug"]).first()
        if page is None and spec.get("type") == "accessibility":
            fields = {k: v for k, v in spec.items() if k != "type"}
            for name in ("prepared_on", "last_reviewed_on", "last_tested_on"):
                fields[name] = datetime.date.fromisoformat(fields[name])
            page = parent.add_child(instance=AccessibilityStatementPage(**fields))
            page.save_revision().publish()
        if page is None:
            body = list(spec["body"])
            if spec.get("documents"):
                body.append(
                    (
                        "document_links",
                        {
                            "heading": "Downloads",
                            "documents": [documents[key] for key in spec["documents"]],
                        },
                    )
                )
            page = parent.add_child(
                instance=StandardPage(
                    title=spec["title"],
                    slug=spec["slug"],
                    introduction=spec.get("introduction", ""),
                    body=body,
                    show_in_menus=shown_in_menu(spec),
                    **(illustrated(spec["image"]) if spec.get("image") else {}),
                )
            )
            page.save_revision().publish()
        for child in spec.get("children", []):
            self.load_page(page, child, documents)
        return page

    def load_featured(self, home):
        if home.featured_pages.exists():
            return
        for order, slug in enumerate(FEATURED_SLUGS):
            page = Page.objects.descendant_of(home).filter(slug=slug).first()
            if page is not None:
                HomePageFeaturedPage.objects.create(home_page=home, page=page, sort_order=order)
        join = home.get_children().filter(slug="join").first()
        if join is not None and home.join_page_id is None:
            home.join_page = join
            home.save_revision().publish()

    def load_settings(self, home):
        site_settings = SiteSettings.load()
        changed = False
        for field, slug in (("privacy_page", "privacy"), ("accessibility_page", "accessibility")):
            if getattr(site_settings, f"{field}_id") is None:
                setattr(site_settings, field, home.get_children().filter(slug=slug).first())
                changed = True
        if not site_settings.footer_text:
            site_settings.footer_text = (
                "<p>The Heritage and Social Prescribing Community of Practice is run by the "
                "national heritage body with the National Academy for Social Prescribing.</p>"
            )
            changed = True
        if changed:
            site_settings.save()

    def demo_password(self):
        """DEMO_PASSWORD if set; otherwise one generated once and kept in var/."""
        if os.environ.get("DEMO_PASSWORD"):
            return os.environ["DEMO_PASSWORD"]
        path = settings.VAR_DIR / "demo_password"
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(secrets.token_urlsafe(12))
            path.chmod(0o600)
        return path.read_text().strip()
