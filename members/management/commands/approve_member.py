"""Approve a membership application from the command line, as an editor would in
the admin ("Membership applications"): the person joins the Members group and is
e-mailed the decision."""

from django.core.management.base import BaseCommand, CommandError

from members.identity import canonical_email
from members.membership import approve
from members.models import Profile


class Command(BaseCommand):
    help = "Approve the membership application of the account with this e-mail address."

    def add_arguments(self, parser):
        parser.add_argument("email")
        parser.add_argument("--message", default="", help="A note to include in the e-mail.")

    def handle(self, *args, email, message, **options):
        profile = Profile.objects.filter(user__email=canonical_email(email)).first()
        if profile is None:
            raise CommandError("No account has that e-mail address.")
        if profile.status != Profile.Status.APPLIED:
            raise CommandError(
                f"That application is not waiting for a decision ({profile.status})."
            )
        approve(profile, by=None, message=message)
        self.stdout.write("Approved.")
