from django.utils.translation import gettext_lazy as _

from home.feeds import PublicPagesFeed

from .models import GuidancePage, ResourcePage


class LatestResourcesFeed(PublicPagesFeed):
    """The newest public resources (/resources/feed/)."""

    title = _("New resources: Heritage and Social Prescribing Community of Practice")
    subtitle = _("Resources newly added to the community's library.")

    def pages(self):
        return ResourcePage.objects.live().descendant_of(self.section)


class GuidanceFeed(PublicPagesFeed):
    """Guides and chapters, newly published or revised (/guidance/feed/): a revision
    brings a page back to the top, with its date of change as the entry's update."""

    title = _("Guidance: Heritage and Social Prescribing Community of Practice")
    subtitle = _("New and revised guidance, ethics standards and toolkits.")

    def pages(self):
        return GuidancePage.objects.live().descendant_of(self.section)

    def ordering(self):
        return ("-last_published_at",)
