"""The demo site's illustrations: heritage scenes drawn for the site as SVG (in
illustrations/ beside this file), turned into PNGs with Pillow and imported as
Wagtail images, so the site can make AVIF, WebP and JPEG renditions of them.

The SVGs use a small part of the format (rect, circle, ellipse, polygon,
polyline, line; solid fills and strokes), which is all a flat illustration
needs and all that draw() below understands: no SVG library is needed to
build the demo. Importing is idempotent: an image is found again by its title."""

import io
import xml.etree.ElementTree as ET
from pathlib import Path

from django.core.files.images import ImageFile
from PIL import Image as PILImage
from PIL import ImageDraw
from wagtail.images import get_image_model
from wagtail.models import Collection

from home.page_images import CARD_SPECS, LEAD_SPECS, SOCIAL_SPEC

FOLDER = Path(__file__).parent / "illustrations"
COLLECTION_NAME = "Demo illustrations"
# The PNG's size: wide enough for the widest lead rendition (1200 px).
WIDTH, HEIGHT = 1600, 900
SUPERSAMPLE = 2  # drawn larger, then reduced, for smooth edges

# key: (title, alternative text). The alt text says what the picture shows.
ILLUSTRATIONS = {
    "church": (
        "A village church",
        "Illustration of a stone village church with a tower and spire, trees and a "
        "churchyard under a pale sky.",
    ),
    "canal": (
        "A narrowboat on a canal",
        "Illustration of a teal and red narrowboat moored on a quiet canal, with a "
        "brick bridge beyond and trees on the bank.",
    ),
    "walled-garden": (
        "A walled kitchen garden",
        "Illustration of a walled kitchen garden with an arched gateway, a glasshouse and "
        "rows of vegetables either side of a gravel path.",
    ),
    "archive": (
        "An archive reading room",
        "Illustration of an archive reading room: shelves of boxes and bound volumes, a "
        "tall arched window and an open book on a reading table.",
    ),
    "group-walk": (
        "A group walk",
        "Illustration of five people walking together along a path through green hills, "
        "passing a wooden fingerpost.",
    ),
    "museum-object": (
        "A pot in a museum case",
        "Illustration of a decorated clay pot in a glass museum case with a label, "
        "paintings on the wall and a stool in front.",
    ),
    "stone-circle": (
        "A stone circle",
        "Illustration of a ring of standing stones on open moorland under a low sun.",
    ),
    "craft-workshop": (
        "A craft workshop",
        "Illustration of a craft workshop with tools hanging on the wall, pots and woven "
        "cloth on a workbench and a spinning wheel by the window.",
    ),
}


def _numbers(text):
    return [float(n) for n in text.replace(",", " ").split()]


def _colour(value):
    return None if value in (None, "", "none") else value


def draw(svg_text, width=WIDTH, height=HEIGHT):
    """Rasterise an SVG written with the shapes listed above into a Pillow image."""
    root = ET.fromstring(svg_text)
    _x, _y, view_width, view_height = _numbers(root.get("viewBox"))
    scale_x = width * SUPERSAMPLE / view_width
    scale_y = height * SUPERSAMPLE / view_height
    canvas = PILImage.new("RGB", (width * SUPERSAMPLE, height * SUPERSAMPLE), "white")
    pen = ImageDraw.Draw(canvas)

    def point(x, y):
        return (x * scale_x, y * scale_y)

    for element in root.iter():
        tag = element.tag.rsplit("}", 1)[-1]
        fill = _colour(element.get("fill", "#000000"))
        stroke = _colour(element.get("stroke"))
        stroke_width = round(float(element.get("stroke-width", "1")) * scale_x)
        outline = {"outline": stroke, "width": stroke_width} if stroke else {}
        if tag == "rect":
            x, y = float(element.get("x", 0)), float(element.get("y", 0))
            box = [
                point(x, y),
                point(x + float(element.get("width")), y + float(element.get("height"))),
            ]
            radius = float(element.get("rx", 0)) * scale_x
            pen.rounded_rectangle(box, radius=radius, fill=fill, **outline)
        elif tag in ("circle", "ellipse"):
            cx, cy = float(element.get("cx")), float(element.get("cy"))
            rx = float(element.get("r") or element.get("rx"))
            ry = float(element.get("r") or element.get("ry"))
            pen.ellipse([point(cx - rx, cy - ry), point(cx + rx, cy + ry)], fill=fill, **outline)
        elif tag in ("polygon", "polyline"):
            values = _numbers(element.get("points"))
            points = [point(x, y) for x, y in zip(values[::2], values[1::2], strict=True)]
            if tag == "polygon" and fill:
                pen.polygon(points, fill=fill)
            if stroke:
                closed = points + points[:1] if tag == "polygon" else points
                pen.line(closed, fill=stroke, width=stroke_width, joint="curve")
        elif tag == "line":
            start = point(float(element.get("x1")), float(element.get("y1")))
            end = point(float(element.get("x2")), float(element.get("y2")))
            pen.line([start, end], fill=stroke, width=stroke_width)
    return canvas.resize((width, height), PILImage.LANCZOS)


def png_bytes(key):
    picture = draw((FOLDER / f"{key}.svg").read_text(encoding="utf-8"))
    buffer = io.BytesIO()
    picture.save(buffer, format="PNG", optimize=True)
    return buffer.getvalue()


def _collection():
    collection = Collection.objects.filter(name=COLLECTION_NAME).first()
    if collection is None:
        collection = Collection.get_first_root_node().add_child(name=COLLECTION_NAME)
    return collection


def demo_image(key):
    """The Wagtail image for an illustration, imported the first time it is asked for,
    with its renditions made then, so no visitor waits for them."""
    title, alt = ILLUSTRATIONS[key]
    image_model = get_image_model()
    image = image_model.objects.filter(title=title, collection__name=COLLECTION_NAME).first()
    if image is None:
        image = image_model(title=title, description=alt, collection=_collection())
        image.file = ImageFile(io.BytesIO(png_bytes(key)), name=f"{key}.png")
        image.save()
        image.get_renditions(*CARD_SPECS, *LEAD_SPECS, SOCIAL_SPEC)
    return image


def illustrated(key, decorative=False):
    """Field values that give a new page an illustration: splat into its constructor."""
    return {
        "image": demo_image(key),
        "image_alt": "" if decorative else ILLUSTRATIONS[key][1],
        "image_is_decorative": decorative,
    }
