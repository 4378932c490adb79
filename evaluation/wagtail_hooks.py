from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from resources.models import GuidancePage, ResourceLibraryPage, ResourcePage, ResourceType
from resources.models.guidance import GuideKind

from .admin_views import EvaluationViewSet
from .dashboard import dashboard_panels
from .demo import load_evaluations
from .models import Evaluation

hooks.register("register_admin_viewset", lambda: EvaluationViewSet("evaluations_admin"))


@hooks.register("account_context")
def account_evaluations(request):
    """My account: the person's own evaluations."""
    if not request.user.is_authenticated:
        return {"evaluations": []}
    return {"evaluations": Evaluation.objects.owned_by(request.user)}


# Readers of evaluation guidance, evaluation reports and case studies are the people
# the pooled evidence is for.
EVIDENCE_RESOURCE_TYPES = {ResourceType.CASE_STUDY, ResourceType.EVALUATION_REPORT}


@hooks.register("page_signposts")
def signpost_pooled_evidence(page):
    if isinstance(page, GuidancePage):
        wanted = page.guide.kind == GuideKind.EVALUATION_FRAMEWORK
    elif isinstance(page, ResourcePage):
        wanted = page.resource_type in EVIDENCE_RESOURCE_TYPES
    else:
        wanted = isinstance(page, ResourceLibraryPage)
    if not wanted:
        return []
    return [
        (
            _("Evidence from members' evaluations"),
            reverse("evaluation:evidence"),
            _(
                "Wellbeing before and after heritage activities, pooled from the "
                "evaluations members share, by activity type and region."
            ),
        )
    ]


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    panels.extend(dashboard_panels(request))


# After the events (40): the demo's evaluations belong to its member account (20).
hooks.register("load_demo_content", load_evaluations, order=50)
