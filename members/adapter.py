from allauth.account.adapter import DefaultAccountAdapter
from allauth.mfa.adapter import DefaultMFAAdapter
from django.conf import settings
from django.contrib.auth.hashers import make_password
from django.utils import translation
from django.utils.crypto import get_random_string
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from home.emails import compose, public_url, reason_for, render_plain, site_url
from home.text import one_line

from .identity import canonical_email
from .models import User

# Links allauth puts in its e-mails' context; they are moved onto the public address.
LINKS = ("activate_url", "password_reset_url", "signup_url")


class AccountAdapter(DefaultAccountAdapter):
    """E-mail addresses are stored and compared in one canonical form
    (members/identity.py), so Ada@Example.org and ada@example.org are one person
    and a look-alike spelling is either the same person or a different one, never
    both."""

    # allauth's messages, in the site's words ("e-mail", "log in").
    error_messages = {
        **DefaultAccountAdapter.error_messages,
        "cannot_remove_primary_email": _("You cannot remove the address you log in with."),
        "duplicate_email": _("This e-mail address is already on your account."),
        "email_password_mismatch": _(
            "The e-mail address or password is not right. Check them and try again."
        ),
        "email_taken": _("Someone has already joined with this e-mail address."),
        "enter_current_password": _("Enter your current password"),
        "incorrect_password": _("That password is not right. Try again."),
        "invalid_or_expired_key": _("This link has expired or is not right."),
        "invalid_password_reset": _("This password reset link has expired or is not right."),
        "max_email_addresses": _("You cannot add more than %d e-mail addresses."),
        "unknown_email": _("No account has this e-mail address."),
        "unverified_primary_email": _("Confirm your e-mail address first."),
        "rate_limited": _("Too many tries in a short time. Wait a few minutes and try again."),
    }

    def clean_email(self, email):
        return canonical_email(super().clean_email(email))

    def authenticate(self, request, **credentials):
        # The login throttle's key and the account look-up both see the canonical
        # address, so a look-alike spelling shares the owner's lockout.
        if credentials.get("email"):
            credentials["email"] = canonical_email(credentials["email"])
        return super().authenticate(request, **credentials)

    def _get_login_attempts_cache_key(self, request, **credentials):
        # allauth prefixes the address with the request's host name, so each host
        # name the site answers to (and each server's own address) had a counter of
        # its own. One account, one counter.
        return canonical_email(credentials.get("email") or credentials.get("username") or "")

    def send_account_already_exists_mail(self, email):
        # A new sign-up hashes its password, the slowest step by far; signing up with
        # an address that has an account must take as long, or the answer time tells
        # who is a member. The hash is thrown away.
        make_password(get_random_string(32))
        return super().send_account_already_exists_mail(email)

    def save_user(self, request, user, form, commit=True):
        # E-mails about the application go out in the language of the sign-up form.
        user.language = get_language() or ""
        return super().save_user(request, user, form, commit=commit)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """Notices of a changed password or address greet the person by name, link
        to this site, and go out in their language (templates/account/email/)."""
        context = {"user": user, **(context or {})}
        with translation.override(user.email_language):
            super().send_notification_mail(template_prefix, user, context=context, email=email)

    def send_mail(self, template_prefix, email, context):
        """Every allauth e-mail in the recipient's language: their account's, or
        for an address with no account the language they were using the site in."""
        user = context.get("user")
        if not isinstance(user, User):
            user = User.objects.filter(email=canonical_email(email)).first()
        language = user.email_language if user else get_language() or settings.LANGUAGE_CODE
        with translation.override(language):
            super().send_mail(template_prefix, email, context)

    def render_mail(self, template_prefix, email, context, headers=None):
        """allauth's e-mails in the site's layout (home/emails.py), with their
        links on the public address rather than the host the request came in on.
        The templates are plain text (templates/account/email/)."""
        context = {**context, "site_url": site_url()}
        for name in LINKS:
            if context.get(name):
                context[name] = public_url(context[name])
        subject = one_line(render_plain(f"{template_prefix}_subject.txt", context))
        body = render_plain(f"{template_prefix}_message.txt", context)
        to = [email] if isinstance(email, str) else list(email)
        return compose(
            self.format_email_subject(subject),
            body,
            to,
            reason=reason_for(template_prefix),
            headers=headers,
            from_email=self.get_from_email(),
        )


class MFAAdapter(DefaultMFAAdapter):
    """Two-factor authentication's messages in the site's words."""

    error_messages = {
        **DefaultMFAAdapter.error_messages,
        "add_email_blocked": _(
            "You cannot add an e-mail address while two-factor authentication is on."
        ),
        "incorrect_code": _("That code is not right. Try again."),
        "unverified_email": _(
            "Confirm your e-mail address before you turn on two-factor authentication."
        ),
    }
