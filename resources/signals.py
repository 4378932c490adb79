from django.contrib.auth.models import Group, Permission
from django.db.models.signals import post_save
from django.dispatch import receiver
from django.urls import reverse
from django.utils import translation
from wagtail.models import GroupPagePermission, Workflow, WorkflowPage
from wagtail.signals import page_published, task_rejected, workflow_approved

from home.tasks import send_templated_email

from . import uploaded_files
from .models import GuidanceIndexPage, ResourceLibraryPage, ResourcePage

GUIDANCE_WORKFLOW = "Guidance approval"
RESOURCE_WORKFLOW = "Resource review"
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
    _grant_page_permissions(GUIDANCE_APPROVERS, instance, APPROVER_PAGE_PERMISSIONS)


def _grant_page_permissions(group_name, page, codenames):
    group = Group.objects.filter(name=group_name).first()
    if group is None:
        return
    for permission in Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=codenames
    ):
        GroupPagePermission.objects.get_or_create(group=group, page=page, permission=permission)


@receiver(post_save, sender=ResourceLibraryPage)
def set_up_resource_library(sender, instance, created, raw=False, **kwargs):
    """Everything added to the library goes through the resource review workflow,
    whose reviewers (Editors) may publish there: approving a task publishes."""
    if not created or raw:
        return
    workflow = Workflow.objects.filter(name=RESOURCE_WORKFLOW, active=True).first()
    if workflow is not None:
        WorkflowPage.objects.get_or_create(page=instance, defaults={"workflow": workflow})
    _grant_page_permissions("Editors", instance, ["publish_page"])


@receiver(page_published, sender=ResourcePage)
def file_leaves_review_when_published(sender, instance, **kwargs):
    uploaded_files.release(instance)


@receiver(workflow_approved)
def tell_contributor_it_is_published(sender, instance, user=None, **kwargs):
    page = instance.content_object.specific
    if isinstance(page, ResourcePage) and page.contributor_id and page.contributor != user:
        _email_contributor(page, "resources/email/published.txt", comment="")


@receiver(task_rejected)
def tell_contributor_what_to_change(sender, instance, user=None, **kwargs):
    page = instance.workflow_state.content_object.specific
    if isinstance(page, ResourcePage) and page.contributor_id and page.contributor != user:
        _email_contributor(page, "resources/email/needs_changes.txt", comment=instance.comment)


def _email_contributor(page, template, comment):
    contributor = page.contributor
    with translation.override(contributor.email_language):
        send_templated_email(
            template,
            {
                "page": page.localized,
                "comment": comment,
                "account_url": reverse("members:account"),
            },
            [contributor.email],
        )
