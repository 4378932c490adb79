from wagtail import hooks

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


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    panels.extend(dashboard_panels(request))


# After the events (40): the demo's evaluations belong to its member account (20).
hooks.register("load_demo_content", load_evaluations, order=50)
