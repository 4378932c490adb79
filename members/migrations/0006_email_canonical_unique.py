"""Store every e-mail address in its canonical form, then let the database refuse a
second account for the same address in another case."""

import django.db.models.functions.text
from django.db import migrations, models
from django.db.models import Exists, OuterRef

from members.identity import canonical_email


def canonicalise_addresses(apps, schema_editor):
    User = apps.get_model("members", "User")
    EmailAddress = apps.get_model("account", "EmailAddress")
    verified = EmailAddress.objects.filter(user=OuterRef("pk"), verified=True)
    taken = set()
    # Where two accounts turn out to share an address, the one with a confirmed
    # address (then the older one) keeps it; the look-alike is switched off.
    for user in User.objects.annotate(confirmed=Exists(verified)).order_by("-confirmed", "pk"):
        canonical = canonical_email(user.email)
        if canonical in taken:
            EmailAddress.objects.filter(user=user).delete()
            User.objects.filter(pk=user.pk).update(
                email=f"duplicate-{user.pk}@duplicate.invalid", is_active=False
            )
            continue
        taken.add(canonical)
        if canonical != user.email:
            User.objects.filter(pk=user.pk).update(email=canonical)
    for address in EmailAddress.objects.order_by("-verified", "pk"):
        canonical = canonical_email(address.email)
        if canonical == address.email:
            continue
        clash = EmailAddress.objects.filter(email=canonical).exclude(pk=address.pk)
        if clash.filter(user_id=address.user_id).exists() or (
            address.verified and clash.filter(verified=True).exists()
        ):
            address.delete()
        else:
            EmailAddress.objects.filter(pk=address.pk).update(email=canonical)


class Migration(migrations.Migration):

    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("account", "0009_emailaddress_unique_primary_email"),
        ("members", "0005_user_language"),
    ]

    operations = [
        migrations.RunPython(canonicalise_addresses, migrations.RunPython.noop),
        migrations.AddConstraint(
            model_name="user",
            constraint=models.UniqueConstraint(
                django.db.models.functions.text.Lower("email"),
                name="members_user_email_lower_unique",
            ),
        ),
    ]
