"""Accessibility checks run in the browser: axe-core plus what axe cannot see."""

from axe_playwright_python.sync_playwright import Axe

WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
_axe = Axe()


def axe_violations(page):
    """Run axe-core (bundled, nothing fetched) for WCAG 2.0-2.2 A and AA; return a
    readable report of any violations, or an empty string."""
    results = _axe.run(
        page,
        options={"runOnly": {"type": "tag", "values": WCAG_TAGS}, "resultTypes": ["violations"]},
    )
    if results.violations_count == 0:
        return ""
    return f"{page.url}\n{results.generate_report()}"


def heading_levels(page):
    return page.eval_on_selector_all(
        "h1, h2, h3, h4, h5, h6", "els => els.map(e => Number(e.tagName[1]))"
    )


def skipped_heading_levels(page):
    """Pairs of headings where the level jumps down by more than one."""
    levels = heading_levels(page)
    return [(a, b) for a, b in zip(levels, levels[1:], strict=False) if b > a + 1]


def has_horizontal_scroll(page):
    return page.evaluate(
        "document.documentElement.scrollWidth > document.documentElement.clientWidth + 1"
    )


FOCUS_CHECK = """() => {
    const el = document.activeElement;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    const shadow = style.boxShadow && style.boxShadow !== 'none';
    return {
        label: (el.tagName + ' ' + (el.textContent || el.name || el.id || '')).trim().slice(0, 60),
        visible: outline || shadow,
    };
}"""


def tab_through(page, limit=80):
    """Press Tab through the page; return what each stop was and whether its focus
    could be seen. Stops when focus returns to where it started."""
    stops = []
    for _ in range(limit):
        page.keyboard.press("Tab")
        info = page.evaluate(FOCUS_CHECK)
        if info is None:
            break
        if stops and info["label"] == stops[0]["label"]:
            break
        stops.append(info)
    return stops
