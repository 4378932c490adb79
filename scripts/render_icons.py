"""Render the site's icons from its SVG mark: touch icons, the manifest's icons,
the default social-media card and favicon.ico. Run it after changing the SVGs in
site/static/brand/ and commit the results (the site needs no build step).

    .venv/bin/python scripts/render_icons.py

Chromium draws the SVGs (the same browser the tests use), Pillow packs the ICO."""

import base64
import io
from pathlib import Path

from PIL import Image
from playwright.sync_api import sync_playwright

STATIC = Path(__file__).resolve().parent.parent / "site" / "static"
BRAND = STATIC / "brand"
ICONS = STATIC / "icons"
CHROMIUM = "/usr/bin/chromium"

# (source SVG, output PNG, width, height, padding as a share of the size, background)
RENDERS = [
    ("mark.svg", "apple-touch-icon.png", 180, 180, 0.0, "#1f4e5f"),
    ("mark.svg", "icon-192.png", 192, 192, 0.0, None),
    ("mark.svg", "icon-512.png", 512, 512, 0.0, None),
    # Maskable: the mark inside the safe zone on a full-bleed background.
    ("mark.svg", "icon-maskable-512.png", 512, 512, 0.1, "#1f4e5f"),
    ("social-card.svg", "social-card.png", 1200, 630, 0.0, None),
]
FAVICON_SIZES = [16, 32, 48]


def render(page, svg, width, height, padding=0.0, background=None):
    inset = round(min(width, height) * padding)
    html = (
        "<!DOCTYPE html><html><body style='margin:0;"
        f"background:{background or 'transparent'}'>"
        f"<img src='data:image/svg+xml;base64,{svg}' style='display:block;"
        f"margin:{inset}px;width:{width - 2 * inset}px;height:{height - 2 * inset}px'>"
        "</body></html>"
    )
    page.set_viewport_size({"width": width, "height": height})
    page.set_content(html)
    return page.screenshot(omit_background=background is None, type="png")


def main():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page()
        for source, target, width, height, padding, background in RENDERS:
            svg = base64.b64encode((BRAND / source).read_bytes()).decode()
            png = render(page, svg, width, height, padding, background)
            (BRAND if target == "social-card.png" else ICONS).joinpath(target).write_bytes(png)
            print(target)
        mark = base64.b64encode((BRAND / "mark.svg").read_bytes()).decode()
        big = Image.open(io.BytesIO(render(page, mark, 256, 256)))
        big.save(ICONS / "favicon.ico", sizes=[(size, size) for size in FAVICON_SIZES])
        print("favicon.ico")
        browser.close()


if __name__ == "__main__":
    main()
