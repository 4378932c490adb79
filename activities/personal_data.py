"""The organisations a member manages and the activities they sent, in their data
export, and what happens to them when the member leaves.

An organisation is never lost with a member: the member is taken off its
managers; the other managers carry on, and one left without any is looked after
by the editors (who are told), its published activities staying listed."""

from django.utils import translation

from home.personal_data import Handling
from home.tasks import send_templated_email

from .models import Activity, Organisation
from .review import editors

RELATIONS = {
    ("activities.Organisation", "managers"): Handling(
        "activities.organisations",
        "taken off the managers; an organisation left with none passes to the editors",
    ),
    ("activities.Organisation_managers", "user"): Handling("", "deleted (see managers)"),
    ("activities.Activity", "submitted_by"): Handling(
        "activities.activities_sent", "kept, without the member's name"
    ),
    ("activities.Activity", "reviewed_by"): Handling("", "kept, without the editor's name"),
}


def export_personal_data(user, data):
    data["activities"] = {
        "organisations": [
            {
                "name": organisation.name,
                "description": organisation.description,
                "website": organisation.website,
                "email": organisation.email,
                "phone": organisation.phone,
                "registered_number": organisation.registered_number,
                "activities": [activity.name for activity in organisation.activities.all()],
            }
            for organisation in Organisation.objects.filter(managers=user).prefetch_related(
                "activities"
            )
        ],
        "activities_sent": [
            {
                "name": activity.name,
                "organisation": activity.organisation.name,
                "status": activity.status,
                "contact_name": activity.contact_name,
                "contact_email": activity.contact_email,
                "contact_phone": activity.contact_phone,
                "updated_at": activity.updated_at,
            }
            for activity in Activity.objects.filter(submitted_by=user)
            .select_related("organisation")
            .order_by("created_at")
        ],
    }


def forget(user):
    Activity.objects.filter(reviewed_by=user).update(reviewed_by=None)
    Activity.objects.filter(submitted_by=user).update(submitted_by=None)
    for organisation in Organisation.objects.filter(managers=user):
        organisation.managers.remove(user)
        if not organisation.managers.filter(is_active=True).exists():
            for editor in editors().exclude(pk=user.pk):
                with translation.override(editor.email_language):
                    send_templated_email(
                        "activities/email/orphaned.txt",
                        {"organisation": organisation},
                        [editor.email],
                    )
