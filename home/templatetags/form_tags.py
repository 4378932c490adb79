from django import forms, template
from django.core.validators import EmailValidator
from django.utils.translation import gettext as _

register = template.Library()

# Django's own wording, which names neither the field nor the fix.
GENERIC_MESSAGES = {
    "required": forms.Field.default_error_messages["required"],
    "invalid": EmailValidator.message,
}

GROUPED_WIDGETS = (forms.CheckboxSelectMultiple, forms.RadioSelect)


@register.simple_tag
def render_field(bound_field):
    """Render a field's widget tied to its hint and error messages, so screen
    readers announce them (aria-describedby) and mark it invalid when it is."""
    described_by = []
    if bound_field.help_text:
        described_by.append(f"{bound_field.auto_id}_hint")
    if bound_field.errors:
        described_by.append(f"{bound_field.auto_id}_error")
    attrs = {}
    if not isinstance(bound_field.field.widget, GROUPED_WIDGETS):
        if described_by:
            attrs["aria-describedby"] = " ".join(described_by)
        if bound_field.errors:
            attrs["aria-invalid"] = "true"
    return bound_field.as_widget(attrs=attrs)


@register.filter
def widget_kind(bound_field):
    widget = bound_field.field.widget
    if isinstance(widget, GROUPED_WIDGETS):
        return "group"
    if isinstance(widget, forms.CheckboxInput):
        return "checkbox"
    return "input"


def lower_first(text):
    """ "Full name" reads "full name" inside a sentence; "EHRC" stays as it is."""
    text = str(text)
    if len(text) > 1 and text[1].isupper():
        return text
    return text[:1].lower() + text[1:]


def field_message(bound_field, error):
    """One error, reworded when it is Django's stock text, to name the field and
    say what to do (as the GOV.UK design system asks): "Enter your full name", not
    "This field is required."."""
    message = " ".join(str(m) for m in error.messages)
    if error.code not in GENERIC_MESSAGES or message != str(GENERIC_MESSAGES[error.code]):
        return message
    label = lower_first(bound_field.label)
    widget = bound_field.field.widget
    if error.code == "invalid":
        return _("Enter an e-mail address in the right format, like name@example.org")
    if isinstance(widget, forms.CheckboxInput):
        return _("Tick the box to say: %(label)s") % {"label": label}
    if isinstance(widget, forms.ClearableFileInput | forms.FileInput):
        return _("Choose a file for %(label)s") % {"label": label}
    if isinstance(widget, forms.CheckboxSelectMultiple):
        return _("Tick at least one answer for %(label)s") % {"label": label}
    if isinstance(widget, forms.Select | forms.RadioSelect):
        return _("Choose %(label)s") % {"label": label}
    return _("Enter %(label)s") % {"label": label}


@register.filter
def error_messages(bound_field):
    """A field's errors, each one naming the field and how to put it right."""
    return [field_message(bound_field, error) for error in bound_field.errors.as_data()]


@register.filter
def first_error_target(bound_field):
    """The id an error summary link should move focus to."""
    if widget_kind(bound_field) == "group":
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")
