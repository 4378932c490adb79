from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage

from .models import GuidanceIndexPage

GUIDANCE_WORKFLOW = "Guidance approval"
GUIDANCE_APPROVERS = "Guidance approvers"
APPROVER_PAGE_PERMISSIONS = ["change_page", "publish_page"]


@receiver(post_save, sender=GuidanceIndexPage)
def set_up_guidance_section(sender, instance, created, raw=False, **kwargs):
    """A new Guidance section uses the guidance approval workflow from the start,
    and guidance approvers may review (edit) and publish the guides in it."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=GUIDANCE_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
    approvers = Group.objects.filter(name=GUIDANCE_APPROVERS).first()
    if approvers is not None:
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=APPROVER_PAGE_PERMISSIONS
        ):
            GroupPagePermission.objects.get_or_create(
                group=approvers, page=instance, permission=permission
            )
