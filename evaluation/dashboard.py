"""The editors' dashboard: four panels with a chart and its numbers each, for
members, contributions, events and evaluations. It lives in the top app
because it counts things from every app below it. Each panel runs a fixed
number of queries, however much there is to count."""

import datetime

from django.db import models
from django.db.models import Count, Q
from django.db.models.functions import TruncMonth
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.admin.ui.components import Component
from wagtail.models import TaskState, WorkflowState

from events.models import Registration
from home.charts import bar_chart
from members.models import Profile
from resources.signals import RESOURCE_WORKFLOW

from .models import Evaluation, Response

MONTHS = 6


def recent_months(today=None):
    """The first day of each of the last MONTHS months, oldest first."""
    today = today or timezone.localdate()
    first = today.replace(day=1)
    months = []
    for _step in range(MONTHS):
        months.append(first)
        first = (first - datetime.timedelta(days=1)).replace(day=1)
    return list(reversed(months))


def per_month(queryset, field):
    """[(month label, count)] for the last MONTHS months, in one query."""
    months = recent_months()
    if isinstance(queryset.model._meta.get_field(field), models.DateTimeField):
        since = timezone.make_aware(datetime.datetime.combine(months[0], datetime.time()))
    else:
        since = months[0]
    rows = (
        queryset.filter(**{f"{field}__gte": since})
        .annotate(month=TruncMonth(field))
        .values("month")
        .annotate(count=Count("pk"))
    )
    counts = {}
    for row in rows:
        month = row["month"]
        month = month.date() if isinstance(month, datetime.datetime) else month
        counts[month] = counts.get(month, 0) + row["count"]
    return [(date_format(month, "M Y"), counts.get(month, 0)) for month in months]


class ChartPanel(Component):
    template_name = "evaluation/admin/dashboard_panel.html"
    heading = ""
    panel_id = ""

    class Media:
        css = {"all": ["css/charts.css"]}

    def figures(self):
        """[(label, number)] shown above the chart."""
        return []

    def chart(self):
        raise NotImplementedError

    def get_context_data(self, parent_context):
        return {
            "panel_id": self.panel_id,
            "heading": self.heading,
            "figures": self.figures(),
            "chart": self.chart(),
        }


class MembersPanel(ChartPanel):
    order = 110
    panel_id = "dashboard-members"
    heading = gettext_lazy("Members")

    def figures(self):
        return [
            (
                _("Applications waiting"),
                Profile.objects.filter(status=Profile.Status.APPLIED).count(),
            )
        ]

    def chart(self):
        return bar_chart(
            "chart-members",
            _("Members approved per month"),
            _(
                "Bars show how many membership applications were approved in each of the last "
                "six months."
            ),
            per_month(Profile.objects.filter(status=Profile.Status.APPROVED), "decided_at"),
            value_heading=_("Approved"),
        )


class ContributionsPanel(ChartPanel):
    order = 120
    panel_id = "dashboard-contributions"
    heading = gettext_lazy("Contributions")

    def figures(self):
        counts = WorkflowState.objects.filter(workflow__name=RESOURCE_WORKFLOW).aggregate(
            submitted=Count("pk"),
            waiting=Count("pk", filter=Q(status=WorkflowState.STATUS_IN_PROGRESS)),
        )
        return [(_("Submitted"), counts["submitted"]), (_("Waiting for review"), counts["waiting"])]

    def chart(self):
        approved = TaskState.objects.filter(
            workflow_state__workflow__name=RESOURCE_WORKFLOW, status=TaskState.STATUS_APPROVED
        )
        return bar_chart(
            "chart-contributions",
            _("Contributions approved per month"),
            _(
                "Bars show how many members' contributions editors approved in each of the "
                "last six months."
            ),
            per_month(approved, "finished_at"),
            value_heading=_("Approved"),
        )


class EventsPanel(ChartPanel):
    order = 130
    panel_id = "dashboard-events"
    heading = gettext_lazy("Events")

    def figures(self):
        upcoming = Registration.objects.filter(
            status=Registration.Status.CONFIRMED, event__start__gte=timezone.now()
        ).count()
        return [(_("Confirmed registrations for coming events"), upcoming)]

    def chart(self):
        meetings = (
            Registration.objects.filter(
                status=Registration.Status.CONFIRMED, event__start__lt=timezone.now()
            )
            .values("event_id", "event__title", "event__start")
            .annotate(confirmed=Count("pk"), attended=Count("pk", filter=Q(attended=True)))
            .order_by("-event__start")[:MONTHS]
        )
        items = [
            (
                f"{date_format(timezone.localtime(row['event__start']), 'j M Y')}",
                round(100 * row["attended"] / row["confirmed"]) if row["confirmed"] else 0,
            )
            for row in reversed(list(meetings))
        ]
        return bar_chart(
            "chart-events",
            _("Attendance rate at recent events"),
            _(
                "Bars show the share of confirmed registrants marked as attending, for each of "
                "the latest past events."
            ),
            items,
            value_heading=_("Attended (%)"),
            formatter=lambda value: f"{value}%",
        )


class EvaluationsPanel(ChartPanel):
    order = 140
    panel_id = "dashboard-evaluations"
    heading = gettext_lazy("Evaluations")

    def figures(self):
        counts = Evaluation.objects.aggregate(
            active=Count("pk", filter=Q(closed_at__isnull=True)), total=Count("pk")
        )
        return [
            (_("Active evaluations"), counts["active"]),
            (_("All evaluations"), counts["total"]),
        ]

    def chart(self):
        return bar_chart(
            "chart-evaluations",
            _("Questionnaire responses per month"),
            _(
                "Bars show how many before and after questionnaires were answered in each of "
                "the last six months."
            ),
            per_month(Response.objects.all(), "answered_on"),
            value_heading=_("Responses"),
        )


def dashboard_panels(request):
    """The panels this editor may see: each needs the permission to look after its area."""
    user = request.user
    panels = []
    if user.has_perm("members.change_profile"):
        panels.append(MembersPanel())
    if user.has_perm("wagtailadmin.access_admin"):
        panels.append(ContributionsPanel())
    if user.has_perm("events.view_registration"):
        panels.append(EventsPanel())
    if user.has_perm("evaluation.view_evaluation"):
        panels.append(EvaluationsPanel())
    return panels
