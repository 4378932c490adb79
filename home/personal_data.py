"""What each app declares about the personal data it holds.

Every app that stores something pointing at a person has a `personal_data`
module with `RELATIONS` (the fields, and how each is exported and erased),
`export_personal_data(user, data)` and `forget(user)`. members/data.py runs
them; a test walks every installed model and fails on a relation to the user
that no module declares."""

from typing import NamedTuple

from taggit.models import Tag


class Handling(NamedTuple):
    """How one relation to a person is treated: where it shows in "Download my
    data" (blank if it holds nothing to export) and what happens when they leave."""

    export: str
    erase: str


def delete_unused_tags(tag_ids, keep_names=()):
    """Delete those of these tags that nothing is tagged with any more: a
    free-text tag one person typed should not outlive them."""
    candidates = set(
        Tag.objects.filter(pk__in=tag_ids).exclude(name__in=keep_names).values_list("pk", flat=True)
    )
    # Every through model (taggit's own TaggedItem included) points at Tag by a ForeignKey.
    for relation in Tag._meta.related_objects:
        if not candidates:
            break
        if not relation.one_to_many:
            continue
        used = relation.related_model._base_manager.filter(
            **{f"{relation.field.name}__in": candidates}
        ).values_list(relation.field.attname, flat=True)
        candidates -= set(used)
    Tag.objects.filter(pk__in=candidates).delete()
