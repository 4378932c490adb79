from django.db import migrations

AUDIENCES = [
    ("link-workers", "Link workers"),
    ("heritage-organisations", "Heritage organisations"),
    ("vcse-organisations", "VCSE organisations"),
    ("health-commissioners", "Health commissioners"),
    ("researchers", "Researchers"),
    ("volunteers", "Volunteers"),
]
WORKFLOW = "Resource review"
TASK = "Review by editors"


def create_audiences_and_workflow(apps, schema_editor):
    """The fixed list of audiences, and the workflow that member contributions go
    through: one task for the Editors group. It is attached to the resource library
    when the library page is created (resources.signals)."""
    Audience = apps.get_model("resources", "Audience")
    for order, (slug, name) in enumerate(AUDIENCES):
        Audience.objects.get_or_create(slug=slug, defaults={"name": name, "sort_order": order})

    ContentType = apps.get_model("contenttypes", "ContentType")
    Group = apps.get_model("auth", "Group")
    Workflow = apps.get_model("wagtailcore", "Workflow")
    WorkflowTask = apps.get_model("wagtailcore", "WorkflowTask")
    WorkflowPage = apps.get_model("wagtailcore", "WorkflowPage")
    GroupApprovalTask = apps.get_model("wagtailcore", "GroupApprovalTask")
    ResourceLibraryPage = apps.get_model("resources", "ResourceLibraryPage")

    editors, _ = Group.objects.get_or_create(name="Editors")
    task_type, _ = ContentType.objects.get_or_create(
        app_label="wagtailcore", model="groupapprovaltask"
    )
    task = GroupApprovalTask.objects.filter(name=TASK).first()
    if task is None:
        task = GroupApprovalTask.objects.create(name=TASK, content_type=task_type, active=True)
    task.groups.add(editors)
    workflow, created = Workflow.objects.get_or_create(name=WORKFLOW, defaults={"active": True})
    if created:
        WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    publish = Permission.objects.filter(
        content_type__app_label="wagtailcore", codename="publish_page"
    ).first()
    for library in ResourceLibraryPage.objects.all():
        WorkflowPage.objects.get_or_create(page_id=library.pk, defaults={"workflow": workflow})
        if publish is not None:
            GroupPagePermission.objects.get_or_create(
                group=editors, page_id=library.pk, permission=publish
            )


def remove(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW).delete()
    apps.get_model("wagtailcore", "Task").objects.filter(name=TASK).delete()
    apps.get_model("resources", "Audience").objects.all().delete()


class Migration(migrations.Migration):
    dependencies = [
        ("resources", "0003_resource_library"),
        ("wagtailcore", "0048_add_default_workflows"),
    ]

    operations = [migrations.RunPython(create_audiences_and_workflow, remove)]
