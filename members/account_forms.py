"""allauth's account forms in the site's own words (British English, "e-mail",
"log in"), named in settings.ACCOUNT_FORMS. Only labels, hints and messages change:
allauth still does all the checking."""

from allauth.account import forms as allauth_forms
from django.utils.translation import gettext_lazy as _

EMAIL = {
    "label": _("E-mail address"),
    "required": _("Enter your e-mail address"),
}
WORDS = {
    "email": EMAIL,
    "login": EMAIL,
    "password": {"label": _("Password"), "required": _("Enter your password")},
    "oldpassword": {
        "label": _("Current password"),
        "required": _("Enter your current password"),
    },
    "password1": {"label": _("Password"), "required": _("Enter a password")},
    "password2": {
        "label": _("Password again"),
        "required": _("Enter the password again, to make sure it is typed right"),
    },
    "remember": {"label": _("Keep me logged in on this device")},
    "code": {"label": _("Code"), "required": _("Enter the code from the e-mail")},
}
NEW_PASSWORD = {
    "password1": {"label": _("New password"), "required": _("Enter a new password")},
    "password2": {
        "label": _("New password again"),
        "required": _("Enter the new password again, to make sure it is typed right"),
    },
}


class SiteWords:
    """Relabel allauth's fields after allauth has built them, and drop their
    placeholders (a hint belongs under the label, where it stays visible)."""

    words = WORDS

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, field in self.fields.items():
            words = self.words.get(name) or WORDS.get(name)
            field.widget.attrs.pop("placeholder", None)
            if not words:
                continue
            field.label = words["label"]
            field.error_messages = {**field.error_messages}
            if "required" in words:
                field.error_messages["required"] = words["required"]


class LoginForm(SiteWords, allauth_forms.LoginForm):
    pass


class SignupForm(SiteWords, allauth_forms.SignupForm):
    pass


class AddEmailForm(SiteWords, allauth_forms.AddEmailForm):
    words = {"email": {**EMAIL, "label": _("New e-mail address")}}


class ChangePasswordForm(SiteWords, allauth_forms.ChangePasswordForm):
    words = NEW_PASSWORD


class SetPasswordForm(SiteWords, allauth_forms.SetPasswordForm):
    pass


class ResetPasswordForm(SiteWords, allauth_forms.ResetPasswordForm):
    pass


class ResetPasswordKeyForm(SiteWords, allauth_forms.ResetPasswordKeyForm):
    words = NEW_PASSWORD


class ReauthenticateForm(SiteWords, allauth_forms.ReauthenticateForm):
    pass
