from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import TextBoxField


class ReportForm(forms.Form):
    reason = TextBoxField(
        label=_("What is wrong with this message?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The organisers read it with the message. The sender is not told who reported it."
        ),
    )
