from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Frequency


class DigestChoiceForm(forms.Form):
    frequency = forms.ChoiceField(
        label=_("E-mail digest of what is new"),
        choices=Frequency.choices,
        widget=forms.RadioSelect,
        help_text=_(
            "New guidance, resources, events, collaboration calls and members near you, "
            "in one e-mail. Nothing is sent when there is nothing new."
        ),
    )
