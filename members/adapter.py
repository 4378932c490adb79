from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.utils import translation
from django.utils.translation import get_language


class AccountAdapter(DefaultAccountAdapter):
    """E-mail addresses are compared and stored in lower case, so Ada@Example.org
    and ada@example.org are one person."""

    def clean_email(self, email):
        return super().clean_email(email).strip().lower()

    def save_user(self, request, user, form, commit=True):
        # E-mails about the application go out in the language of the sign-up form.
        user.language = get_language() or ""
        return super().save_user(request, user, form, commit=commit)

    def send_notification_mail(self, template_prefix, user, context=None, email=None):
        """Notices of a changed password or address greet the person by name, link
        to this site, and go out in their language (templates/account/email/)."""
        context = {
            "user": user,
            "site_url": settings.WAGTAILADMIN_BASE_URL.rstrip("/"),
            **(context or {}),
        }
        with translation.override(user.email_language):
            super().send_notification_mail(template_prefix, user, context=context, email=email)
