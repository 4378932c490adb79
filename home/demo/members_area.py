"""A members-only corner of the demo site, so that page and file privacy can be
seen (and tested) on it: a section (/for-members/, not in the menu) that only
members and editors may open, with a page carrying a document and an image."""

import io

from django.contrib.auth.models import Group
from django.core.files.images import ImageFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.images.models import Image
from wagtail.models import PageViewRestriction

from home.models import StandardPage

from .documents import demo_pdf_document
from .pages import heading, para

MEMBERS_AND_EDITORS = ["Members", "Editors"]
IMAGE_TITLE = "Handling session at the county archive"


def restrict_to_members(page):
    """Members and editors only, as an editor would set it under "Privacy"."""
    if page.view_restrictions.exists():
        return
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set(Group.objects.filter(name__in=MEMBERS_AND_EDITORS))


def demo_image():
    image = Image.objects.filter(title=IMAGE_TITLE).first()
    if image is None:
        picture = PillowImage.new("RGB", (800, 500), (226, 214, 190))
        draw = ImageDraw.Draw(picture)
        draw.rectangle((80, 120, 720, 420), fill=(120, 86, 60))
        draw.ellipse((300, 60, 500, 200), fill=(70, 110, 90))
        data = io.BytesIO()
        picture.save(data, format="PNG")
        image = Image(title=IMAGE_TITLE, file=ImageFile(data, name="handling-session.png"))
        image.save()
    return image


def load_members_area(home):
    area = home.get_children().filter(slug="for-members").first()
    if area is None:
        area = home.add_child(
            instance=StandardPage(
                title="Members' area",
                slug="for-members",
                introduction="Notes and materials shared among members of the community.",
                body=[para("<p>This section is for approved members of the community.</p>")],
            )
        )
        area.save_revision().publish()
    restrict_to_members(area)
    if not area.get_children().filter(slug="pilot-leads-meeting").exists():
        notes = demo_pdf_document(
            "pilot-leads-meeting-notes",
            "Pilot leads' meeting: notes for members",
            [
                "Notes from the meeting of the two pilot leads with members of the community.",
                "They include early figures that the partners have not yet published.",
            ],
        )
        page = area.add_child(
            instance=StandardPage(
                title="Pilot leads' meeting",
                slug="pilot-leads-meeting",
                introduction="What the pilot leads told members, before the reports came out.",
                body=[
                    heading("Notes"),
                    para("<p>The notes below are for members only, as the figures are early.</p>"),
                    (
                        "image",
                        {
                            "image": demo_image(),
                            "alt_text": "Two people looking at old photographs at a table",
                            "caption": "A handling session at the county archive.",
                            "credit": "",
                        },
                    ),
                    ("document_links", {"heading": "Downloads", "documents": [notes]}),
                ],
            )
        )
        page.save_revision().publish()
    return area
