"""The evaluation's charts, built with the site's SVG charts (home/charts.py)."""

from django.utils.translation import gettext as _

from home.charts import interval_chart, slope_chart, stacked_bars

from .statistics import one_decimal


def evaluation_charts(results):
    """{measure: {"slope": ..., "bands": ...}} plus "changes" and "loneliness"."""
    if not results.show_means:
        return {}
    charts = {"measures": []}
    for result in results.measures:
        change = result.change
        charts["measures"].append(
            {
                "result": result,
                "slope": slope_chart(
                    f"slope-{result.measure}",
                    _("%(measure)s: each person's answers before and after")
                    % {"measure": result.label},
                    _(
                        "Lines join each person's score before (left) and after (right) on a scale "
                        "of 0 to 10; thicker lines stand for more people. The dark line joins the "
                        "means, %(before)s before and %(after)s after."
                    )
                    % {
                        "before": one_decimal(change.mean_before),
                        "after": one_decimal(change.mean_after),
                    },
                    result.pairs,
                    change.mean_before,
                    change.mean_after,
                    (_("Before"), _("After")),
                ),
                "bands": stacked_bars(
                    f"bands-{result.measure}",
                    _("%(measure)s: share of people in each ONS band") % {"measure": result.label},
                    _(
                        "Two bars, before and after, each split into the four ONS bands from "
                        "lowest to highest, labelled with the share of people in each."
                    ),
                    [band.label for band in result.bands],
                    [
                        (_("Before"), [band.before for band in result.bands]),
                        (_("After"), [band.after for band in result.bands]),
                    ],
                ),
            }
        )
    charts["changes"] = interval_chart(
        "changes",
        _("Mean change in each measure, with its 95% confidence interval"),
        _(
            "For each measure a dot marks the mean change and a line its 95% confidence "
            "interval; the vertical line is no change. For anxiety, a fall is an improvement."
        ),
        [
            (result.label, result.change.mean_change, result.change.ci_low, result.change.ci_high)
            for result in results.measures
        ],
        one_decimal,
    )
    loneliness = results.loneliness
    charts["loneliness"] = stacked_bars(
        "loneliness",
        _("How often people felt lonely, before and after"),
        _(
            "Two bars, before and after, split by how often people said they feel lonely, "
            "from often/always to never."
        ),
        [label for label, _before, _after in loneliness.rows],
        [
            (_("Before"), [before for _label, before, _after in loneliness.rows]),
            (_("After"), [after for _label, _before, after in loneliness.rows]),
        ],
    )
    return charts


def evidence_charts(evidence):
    """One interval chart per measure: the change by type of activity."""
    charts = []
    shown = [group for group in evidence.by_activity if not group.suppressed]
    if evidence.total.suppressed or not shown:
        return charts
    for index, (label, _change) in enumerate(evidence.total.measures):
        rows = [(_("All activities"), *_triple(evidence.total.measures[index][1]))]
        rows += [(group.label, *_triple(group.measures[index][1])) for group in shown]
        charts.append(
            interval_chart(
                f"evidence-{index}",
                _("%(measure)s: mean change by type of activity") % {"measure": label},
                _(
                    "For each type of activity with at least 10 people, a dot marks the mean "
                    "change and a line its 95% confidence interval; the vertical line is no change."
                ),
                rows,
                one_decimal,
            )
        )
    return charts


def _triple(change):
    return change.mean_change, change.ci_low, change.ci_high
