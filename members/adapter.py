from allauth.account.adapter import DefaultAccountAdapter


class AccountAdapter(DefaultAccountAdapter):
    """E-mail addresses are compared and stored in lower case, so Ada@Example.org
    and ada@example.org are one person."""

    def clean_email(self, email):
        return super().clean_email(email).strip().lower()
