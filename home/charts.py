"""Charts drawn on the server as SVG, the one way the whole site draws charts.

Why SVG from templates rather than a JavaScript library: it works without
JavaScript and under the site's Content-Security-Policy (no inline script or
style), prints sharply, needs nothing from a CDN, and its text is in the HTML
that tests and screen readers read. Every chart comes with a data table and a
sentence saying what it shows (templates/components/charts/), and its colours
are dark enough for white text on them (at least 4.5:1) and always come with
text labels, so colour never carries meaning alone.

These functions only work out geometry; the templates draw."""

from dataclasses import dataclass, field

# Dark enough for white labels on them (4.5:1 or more) and for 3:1 against the page.
PALETTE = ["#0b3c5d", "#1d6a96", "#5b3f8c", "#8a3b12", "#2e6b30", "#4a5160"]


@dataclass
class Bar:
    label: str
    value: float
    x: float
    y: float
    width: float
    height: float
    text: str
    label_x: float = 0
    value_y: float = 0


@dataclass
class BarChart:
    """Vertical bars, one per label, with its value written above it."""

    chart_id: str
    title: str
    description: str
    width: int
    height: int
    bars: list = field(default_factory=list)
    baseline: float = 0
    value_heading: str = ""


def bar_chart(chart_id, title, description, items, value_heading="", formatter=str):
    """`items` is [(label, value)], drawn left to right."""
    width, height, top, bottom, left = 600, 240, 24, 48, 8
    plot_height = height - top - bottom
    highest = max([value for _label, value in items] + [1])
    step = (width - 2 * left) / max(len(items), 1)
    bar_width = min(step * 0.7, 60)
    chart = BarChart(
        chart_id,
        title,
        description,
        width,
        height,
        baseline=height - bottom,
        value_heading=value_heading,
    )
    for index, (label, value) in enumerate(items):
        bar_height = plot_height * (value / highest) if highest else 0
        x = left + index * step + (step - bar_width) / 2
        y = height - bottom - bar_height
        chart.bars.append(
            Bar(
                label=str(label),
                value=value,
                x=round(x, 1),
                y=round(y, 1),
                width=round(bar_width, 1),
                height=round(bar_height, 1),
                text=formatter(value),
                label_x=round(x + bar_width / 2, 1),
                value_y=round(y - 6, 1),
            )
        )
    return chart


@dataclass
class Segment:
    label: str
    value: int
    percent: int
    x: float
    width: float
    colour: str
    show_text: bool


@dataclass
class StackedRow:
    label: str
    y: float
    total: int
    segments: list


@dataclass
class StackedBarChart:
    """Horizontal bars split into shares that add up to 100%."""

    chart_id: str
    title: str
    description: str
    width: int
    height: int
    rows: list
    legend: list  # [(label, colour, x)]
    legend_y: float
    bar_height: int
    plot_left: int


def stacked_bars(chart_id, title, description, categories, rows):
    """`categories` names the shares in order; `rows` is [(row label, [count per category])]."""
    width, left, bar_height, gap = 600, 90, 36, 16
    plot_width = width - left - 10
    drawn = []
    for index, (label, counts) in enumerate(rows):
        total = sum(counts)
        x = left
        segments = []
        for position, (category, count) in enumerate(zip(categories, counts, strict=True)):
            share = count / total if total else 0
            segment_width = plot_width * share
            segments.append(
                Segment(
                    label=str(category),
                    value=count,
                    percent=round(100 * share),
                    x=round(x, 1),
                    width=round(segment_width, 1),
                    colour=PALETTE[position % len(PALETTE)],
                    show_text=segment_width >= 44,
                )
            )
            x += segment_width
        drawn.append(StackedRow(str(label), 10 + index * (bar_height + gap), total, segments))
    legend_y = 10 + len(rows) * (bar_height + gap) + 8
    legend_step = plot_width / max(len(categories), 1)
    legend = [
        (str(category), PALETTE[position % len(PALETTE)], round(left + position * legend_step, 1))
        for position, category in enumerate(categories)
    ]
    return StackedBarChart(
        chart_id,
        title,
        description,
        width,
        int(legend_y + 30),
        drawn,
        legend,
        legend_y,
        bar_height,
        left,
    )


@dataclass
class SlopeLine:
    before: int
    after: int
    people: int
    y1: float
    y2: float
    stroke: float


@dataclass
class SlopeChart:
    """The same people's scores before and after, one line per score pair (thicker
    for more people), with the means drawn over them."""

    chart_id: str
    title: str
    description: str
    width: int
    height: int
    x1: int
    x2: int
    lines: list
    ticks: list  # [(value, y)]
    mean_y1: float
    mean_y2: float
    mean_before: str
    mean_after: str
    before_label: str
    after_label: str


def slope_chart(
    chart_id, title, description, pairs, mean_before, mean_after, labels, low=0, high=10
):
    width, height, top, bottom, x1, x2 = 420, 300, 20, 40, 110, 310

    def y(value):
        return round(top + (high - value) * (height - top - bottom) / (high - low), 1)

    counts = {}
    for pair in pairs:
        counts[pair] = counts.get(pair, 0) + 1
    lines = [
        SlopeLine(before, after, people, y(before), y(after), min(1.5 + people, 8))
        for (before, after), people in sorted(counts.items())
    ]
    return SlopeChart(
        chart_id,
        title,
        description,
        width,
        height,
        x1,
        x2,
        lines,
        [(value, y(value)) for value in range(low, high + 1, 2)],
        y(mean_before),
        y(mean_after),
        f"{mean_before:.1f}",
        f"{mean_after:.1f}",
        str(labels[0]),
        str(labels[1]),
    )


@dataclass
class IntervalRow:
    label: str
    mean: str
    low: str
    high: str
    y: float
    x_mean: float
    x_low: float
    x_high: float
    note: str = ""


@dataclass
class IntervalChart:
    """Mean changes with their 95% confidence intervals, one row each, around a
    line at zero (no change)."""

    chart_id: str
    title: str
    description: str
    width: int
    height: int
    rows: list
    ticks: list  # [(label, x)]
    zero_x: float
    plot_left: int
    plot_right: int


def interval_chart(chart_id, title, description, rows, formatter):
    """`rows` is [(label, mean, low, high)]; the scale is symmetric around zero."""
    width, left, right, row_height = 600, 230, 580, 34
    extent = max([abs(value) for _label, *values in rows for value in values] + [1])
    extent = int(extent) + 1

    def x(value):
        return round(left + (value + extent) * (right - left) / (2 * extent), 1)

    drawn = [
        IntervalRow(
            str(label),
            formatter(mean),
            formatter(low),
            formatter(high),
            20 + index * row_height,
            x(mean),
            x(low),
            x(high),
        )
        for index, (label, mean, low, high) in enumerate(rows)
    ]
    height = 20 + len(rows) * row_height + 30
    ticks = [(formatter(value), x(value)) for value in range(-extent, extent + 1)]
    return IntervalChart(
        chart_id, title, description, width, height, drawn, ticks, x(0), left, right
    )
