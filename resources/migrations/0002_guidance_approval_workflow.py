from django.db import migrations

APPROVERS = "Guidance approvers"
WORKFLOW = "Guidance approval"
TASK = "Approval by guidance approvers"


def create_guidance_workflow(apps, schema_editor):
    """Guidance needs two people: an editor submits, a guidance approver approves
    (which publishes). Approvers may edit and publish within Guidance sections. The workflow is attached to every Guidance section; new
    sections get it when they are created (resources.signals)."""
    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    GuidanceIndexPage = apps.get_model("resources", "GuidanceIndexPage")

    approvers, _ = Group.objects.get_or_create(name=APPROVERS)
    access_admin = Permission.objects.filter(
        content_type__app_label="wagtailadmin", codename="access_admin"
    ).first()
    if access_admin is not None:
        approvers.permissions.add(access_admin)

    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(approvers)

    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    page_permissions = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename__in=["change_page", "publish_page"]
    )
    for guidance_index in GuidanceIndexPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=guidance_index.pk, defaults={"workflow": workflow})
        for permission in page_permissions:
            GroupPagePermission.objects.get_or_create(
                group=approvers, page_id=guidance_index.pk, permission=permission
            )


def remove_guidance_workflow(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()
    apps.get_model("auth", "Group").objects.filter(name=APPROVERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0001_initial"),
        ("wagtailcore", "0048_add_default_workflows"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
    ]

    operations = [migrations.RunPython(create_guidance_workflow, remove_guidance_workflow)]
