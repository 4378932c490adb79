"""Taking a departing person out of Wagtail's records.

Editors keep the history of pages and workflows (what happened, when), but the
person who did it becomes "a former member": one inactive account that stands
in for everyone who has left, so the admin's History views say so instead of
naming them or showing "user 42 (deleted)"."""

from django.apps import apps
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, TextField
from django.db.models.functions import Cast
from wagtail.admin.models import EditingSession
from wagtail.models import (
    Comment,
    CommentReply,
    ModelLogEntry,
    Page,
    PageLogEntry,
    PageSubscription,
    Revision,
    TaskState,
    UploadedFile,
    WorkflowState,
)

from .models import FORMER_MEMBER_EMAIL

FORMER_MEMBER_LABEL = "a former member"


def former_member():
    """The account that stands in for people who have left; it cannot log in."""
    user, created = get_user_model().objects.get_or_create(
        email=FORMER_MEMBER_EMAIL,
        defaults={"full_name": FORMER_MEMBER_LABEL, "is_active": False},
    )
    if created:
        user.set_unusable_password()
        user.save(update_fields=["password"])
    return user


def _scrub(value, secrets):
    """The value with each secret (name, e-mail) replaced, in nested JSON too."""
    if isinstance(value, str):
        for secret in secrets:
            value = value.replace(secret, FORMER_MEMBER_LABEL)
        return value
    if isinstance(value, list):
        return [_scrub(item, secrets) for item in value]
    if isinstance(value, dict):
        return {key: _scrub(item, secrets) for key, item in value.items()}
    return value


def _anonymise_log_entries(user, stand_in, about):
    """Entries the person made, or about their account, profile or addresses."""
    secrets = [s for s in (user.get_full_name().strip(), user.email) if len(s) > 3]
    for model in (PageLogEntry, ModelLogEntry):
        mentions = Q(user_id=user.pk)
        for secret in secrets:
            mentions |= Q(label__icontains=secret) | Q(data_text__icontains=secret)
        if model is ModelLogEntry:
            for content_type_id, object_ids in about.items():
                mentions |= Q(content_type_id=content_type_id, object_id__in=object_ids)
        entries = model.objects.annotate(data_text=Cast("data", TextField())).filter(mentions)
        for entry in entries:
            if model is ModelLogEntry and entry.object_id in about.get(entry.content_type_id, []):
                entry.label = FORMER_MEMBER_LABEL
            entry.label = _scrub(entry.label, secrets)
            entry.data = _scrub(entry.data, secrets)
            if entry.user_id == user.pk:
                entry.user_id = stand_in.pk
            # save() would validate the action against the registry; update() does not need to.
            model.objects.filter(pk=entry.pk).update(
                label=entry.label, data=entry.data, user_id=entry.user_id
            )


def _person_fields_on_pages():
    """Names of page fields that point at a person (owner, locked_by, contributor...)."""
    user_model = get_user_model()
    names = set()
    for model in apps.get_models():
        if issubclass(model, Page):
            for field in model._meta.concrete_fields:
                if field.is_relation and field.related_model is user_model:
                    names.add(field.name)
    return names


def anonymise(user, about):
    """Replace the person by "a former member" wherever Wagtail records who did
    what; drop what only served them (sessions, subscriptions, half-done uploads).
    `about` maps content types to ids of objects that describe the person."""
    stand_in = former_member()
    _anonymise_log_entries(user, stand_in, about)
    Revision.objects.filter(user=user).update(user=stand_in)
    # Page revisions are stored as JSON and keep the person's id in owner and the like.
    for name in _person_fields_on_pages():
        for revision in Revision.objects.filter(**{f"content__{name}": user.pk}):
            revision.content[name] = None
            Revision.objects.filter(pk=revision.pk).update(content=revision.content)
    WorkflowState.objects.filter(requested_by=user).update(requested_by=stand_in)
    TaskState.objects.filter(finished_by=user).update(finished_by=stand_in)
    Comment.objects.filter(user=user).update(user=stand_in)
    Comment.objects.filter(resolved_by=user).update(resolved_by=stand_in)
    CommentReply.objects.filter(user=user).update(user=stand_in)
    Page.objects.filter(locked_by=user).update(locked=False, locked_by=None, locked_at=None)
    PageSubscription.objects.filter(user=user).delete()
    EditingSession.objects.filter(user=user).delete()
    for upload in UploadedFile.objects.filter(uploaded_by_user=user):
        upload.file.delete(save=False)
        upload.delete()


def about_person(objects_by_model):
    """{content type id: [object ids as strings]}: the objects that describe the
    person (account, profile, addresses), whose log entries are about them."""
    return {
        ContentType.objects.get_for_model(model).pk: [str(pk) for pk in ids]
        for model, ids in objects_by_model.items()
        if ids
    }
