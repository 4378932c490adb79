from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import TextBoxField


class MessageForm(forms.Form):
    message = TextBoxField(
        label=_("Your message"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Kept in your messages on this site and sent by e-mail without showing your "
            "address. Up to 2,000 characters."
        ),
    )


class ReportForm(forms.Form):
    reason = TextBoxField(
        label=_("What is wrong with this message?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "The organisers read it with the message. The sender is not told who reported it."
        ),
    )
