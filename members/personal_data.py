"""The account, profile and e-mail addresses in a person's data export, and
what happens to them, and to their traces in Wagtail's records, when they leave."""

from allauth.account.models import EmailAddress
from django.apps import apps
from django.conf import settings
from django.db.models.fields.files import FieldFile
from wagtail.images.models import Image
from wagtail.users.models import UserProfile

from home.personal_data import Handling, delete_unused_tags

from . import history
from .models import SUGGESTED_INTERESTS, Profile, User

ANONYMISED = "the person is replaced by “a former member”"

RELATIONS = {
    ("members.Profile", "user"): Handling("profile", "deleted"),
    ("members.Profile", "decided_by"): Handling("", "cleared: the decision stays"),
    ("members.User_groups", "user"): Handling("account.groups", "deleted"),
    ("members.User_user_permissions", "user"): Handling("", "deleted"),
    ("account.EmailAddress", "user"): Handling("email_addresses", "deleted"),
    ("wagtailusers.UserProfile", "user"): Handling("admin_preferences", "deleted"),
    ("wagtailimages.Image", "uploaded_by_user"): Handling("images", "uploader cleared"),
    ("wagtailcore.Page", "owner"): Handling(
        "contributions", "cleared; resources/personal_data.py deletes unpublished drafts"
    ),
    ("wagtailcore.Page", "locked_by"): Handling("", "the page is unlocked"),
    ("wagtailcore.Revision", "user"): Handling("contributions.pending_edit", ANONYMISED),
    ("wagtailcore.PageLogEntry", "user"): Handling("", ANONYMISED + ", also in label and data"),
    ("wagtailcore.ModelLogEntry", "user"): Handling("", ANONYMISED + ", also in label and data"),
    ("wagtailcore.WorkflowState", "requested_by"): Handling("contributions.state", ANONYMISED),
    ("wagtailcore.TaskState", "finished_by"): Handling("", ANONYMISED),
    ("wagtailcore.Comment", "user"): Handling("", ANONYMISED),
    ("wagtailcore.Comment", "resolved_by"): Handling("", ANONYMISED),
    ("wagtailcore.CommentReply", "user"): Handling("", ANONYMISED),
    ("wagtailcore.PageSubscription", "user"): Handling("", "deleted"),
    ("wagtailcore.UploadedFile", "uploaded_by_user"): Handling("", "deleted with the file"),
    ("wagtailcore.APIToken", "user"): Handling("", "deleted"),
    ("wagtailadmin.EditingSession", "user"): Handling("", "deleted"),
    ("wagtailadmin.FormState", "user"): Handling("", "deleted"),
    ("admin.LogEntry", "user"): Handling("", "deleted (Django's admin is not used)"),
    ("wagtail_localize.StringTranslation", "last_translated_by"): Handling(
        "", "cleared: the translation stays"
    ),
    ("wagtail_localize.SegmentOverride", "last_translated_by"): Handling(
        "", "cleared: the translation stays"
    ),
    # allauth's two-factor authentication, where installed: which methods, never secrets.
    ("mfa.Authenticator", "user"): Handling("two_factor_methods", "deleted with the account"),
}


def _absolute(url):
    return url if url.startswith("http") else settings.WAGTAILADMIN_BASE_URL.rstrip("/") + url


def _plain(value):
    if isinstance(value, FieldFile):
        return _absolute(value.url) if value else None
    return value


def _fields(instance, skip=(), labels=None):
    """Every stored field of a record, choices shown as people read them."""
    labels = labels or {}
    out = {}
    for field in instance._meta.concrete_fields:
        if field.name in skip or field.is_relation:
            continue
        if field.choices:
            out[field.name] = str(getattr(instance, f"get_{field.name}_display")())
        else:
            out[field.name] = _plain(getattr(instance, field.attname))
    out.update(labels)
    return out


def export_personal_data(user, data):
    data["account"] = _fields(user, skip={"id", "password"})
    data["account"]["groups"] = sorted(user.groups.values_list("name", flat=True))
    data["email_addresses"] = [
        _fields(address, skip={"id"}) for address in EmailAddress.objects.filter(user=user)
    ]
    profile = Profile.objects.filter(user=user).first()
    data["profile"] = None
    if profile is not None:
        data["profile"] = _fields(
            profile,
            skip={"id"},
            labels={
                "interests": sorted(profile.interests.values_list("name", flat=True)),
                "participation": [str(label) for label in profile.get_participation_display()],
            },
        )
    admin_profile = UserProfile.objects.filter(user=user).first()
    data["admin_preferences"] = _fields(admin_profile, skip={"id"}) if admin_profile else None
    if apps.is_installed("allauth.mfa"):
        from allauth.mfa.models import Authenticator

        data["two_factor_methods"] = [
            {
                "type": str(method.get_type_display()),
                "created_at": method.created_at,
                "last_used_at": method.last_used_at,
            }
            for method in Authenticator.objects.filter(user=user)
        ]
    data["images"] = [
        {
            "title": image.title,
            "address": _absolute(image.file.url),
            "uploaded_at": image.created_at,
        }
        for image in Image.objects.filter(uploaded_by_user=user)
    ]


def forget(user):
    """Anonymise the person in the admin's history, then remove the profile and
    the free-text interests no one else has. The account itself goes last
    (members/data.py), taking its e-mail addresses and preferences with it."""
    profile = Profile.objects.filter(user=user).first()
    about = {
        User: [user.pk],
        EmailAddress: EmailAddress.objects.filter(user=user).values_list("pk", flat=True),
    }
    if profile is not None:
        about[Profile] = [profile.pk]
    history.anonymise(user, history.about_person(about))
    Image.objects.filter(uploaded_by_user=user).update(uploaded_by_user=None)
    if profile is not None:
        interests = list(profile.interests.values_list("pk", flat=True))
        profile.delete()
        delete_unused_tags(interests, keep_names=SUGGESTED_INTERESTS)
