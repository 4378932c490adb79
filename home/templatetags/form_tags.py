from django import forms, template

register = template.Library()

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


@register.filter
def first_error_target(bound_field):
    """The id an error summary link should move focus to."""
    if widget_kind(bound_field) == "group":
        return f"{bound_field.auto_id}_0"
    return bound_field.auto_id


@register.filter
def get_item(mapping, key):
    return mapping.get(key, "")
