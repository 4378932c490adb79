"""List (and with --fix, mend) pages whose language versions are not as private
as their original.

A page's effective privacy is every view restriction on it or above it: whether
it is restricted, how (login, groups, password) and to which groups. Every
language version of a page must have the same as the default-language original;
home/translation_sync.py keeps it so as pages are restricted and moved, and this
command finds anything that slipped past (pages moved before that, restrictions
changed directly in the database)."""

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from wagtail.models import Page, PageViewRestriction

from home.translation_sync import (
    copies_to_matching_parents,
    copy_view_restrictions,
    default_language_code,
)


def _effective_privacy():
    """{page ID: (privacy in the tree, privacy as served)} for every page, and the
    pages, in two queries plus groups. Each is a frozenset of (type, groups,
    password): the restrictions on the page or above it in the tree, as listings and
    search see it, and the same with aliases replaced by the pages they mirror, as
    Wagtail sees it when serving. A copy must match its original both ways."""
    direct = {}
    for restriction in PageViewRestriction.objects.prefetch_related("groups"):
        signature = (
            restriction.restriction_type,
            tuple(sorted(group.name for group in restriction.groups.all())),
            restriction.password,
        )
        direct.setdefault(restriction.page_id, set()).add(signature)
    pages = list(
        Page.objects.filter(depth__gt=1)
        .select_related("locale")
        .only(
            "pk",
            "path",
            "depth",
            "translation_key",
            "url_path",
            "alias_of_id",
            "locale__language_code",
        )
        .order_by("path")
    )
    by_path = {page.path: page for page in pages}
    effective = {}
    for page in pages:
        in_tree, as_served = set(), set()
        for end in range(page.steplen, len(page.path) + 1, page.steplen):
            above = by_path.get(page.path[:end])
            if above is not None:
                in_tree |= direct.get(above.pk, set())
                as_served |= direct.get(above.alias_of_id or above.pk, set())
        effective[page.pk] = (frozenset(in_tree), frozenset(as_served))
    return pages, effective


def describe(privacy):
    signatures = privacy[0] | privacy[1]
    if not signatures:
        return "public"
    parts = []
    for kind, groups, _password in sorted(signatures):
        parts.append(f"{kind}: {', '.join(groups)}" if groups else kind)
    return "; ".join(parts)


def disagreements():
    """(original, copy, original's privacy, copy's privacy) for every language version
    whose effective privacy differs from its default-language original's."""
    pages, effective = _effective_privacy()
    default = default_language_code()
    originals = {
        page.translation_key: page for page in pages if page.locale.language_code == default
    }
    found = []
    for page in pages:
        original = originals.get(page.translation_key)
        if original is None or original.pk == page.pk:
            continue
        if effective[page.pk] != effective[original.pk]:
            found.append((original, page, effective[original.pk], effective[page.pk]))
    return found


def fix(found):
    """Move each disagreeing copy under its original's parent's version, then copy
    the direct restrictions of every original that has any, or whose copies have."""
    with transaction.atomic():
        for original in {original.pk: original for original, *_rest in found}.values():
            copies_to_matching_parents(original)
        keys = PageViewRestriction.objects.values("page__translation_key")
        default = default_language_code()
        for original in Page.objects.filter(
            translation_key__in=keys, locale__language_code=default, alias_of__isnull=True
        ):
            copy_view_restrictions(original)


class Command(BaseCommand):
    help = (
        "List pages whose language versions differ in privacy from their original "
        "(exits with an error if any); --fix makes them the same."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--fix",
            action="store_true",
            help="Move and restrict language versions to match their originals.",
        )

    def handle(self, *args, **options):
        found = disagreements()
        for original, copy, wanted, actual in found:
            self.stdout.write(
                f"{copy.locale.language_code} {copy.url_path} (page {copy.pk}) is "
                f"{describe(actual)}; its original {original.url_path} "
                f"(page {original.pk}) is {describe(wanted)}"
            )
        if found and options["fix"]:
            fix(found)
            remaining = disagreements()
            if remaining:
                raise CommandError(
                    f"{len(remaining)} language version(s) still differ in privacy after --fix."
                )
            self.stdout.write(f"Fixed {len(found)} language version(s).")
            return
        if found:
            raise CommandError(
                f"{len(found)} language version(s) differ in privacy from their original; "
                "run check_privacy --fix to make them the same."
            )
        self.stdout.write("Every language version has its original's privacy.")
