"""Form fields and validators for what people type, shared by every app's forms."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from .text import control_characters


def single_line(value):
    """Names, titles and other one-line values: no line breaks (which could start a
    new e-mail header or CSV row) and no other invisible control characters."""
    if value and control_characters(value):
        raise ValidationError(
            _(
                "Use letters, numbers and punctuation only: line breaks or other control "
                "characters cannot go in this field."
            ),
            code="control_characters",
        )


def no_control_characters(value):
    """Text boxes: line breaks and tabs are fine, other control characters are not."""
    if value and control_characters(value, allow_line_breaks=True):
        raise ValidationError(
            _("Remove the invisible control characters from this text."),
            code="control_characters",
        )


class SingleLineField(forms.CharField):
    """A CharField for one line of text: see single_line()."""

    default_validators = [single_line]

    def to_python(self, value):
        # Checked before CharField strips the ends, so a trailing line break counts too.
        if isinstance(value, str):
            single_line(value)
        return super().to_python(value)


class TextBoxField(forms.CharField):
    """A CharField for several lines of text, shown as a text box."""

    widget = forms.Textarea
    default_validators = [no_control_characters]
