from allauth.account.adapter import DefaultAccountAdapter
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
