from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import TextBoxField


class RegistrationForm(forms.Form):
    access_needs = TextBoxField(
        label=_("Access or dietary needs"),
        required=False,
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Optional. Tell us anything that would help you take part."),
    )
