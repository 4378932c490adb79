"""Plain-text e-mails from templates: the template's first line is the subject,
the rest is the body."""

import re

from django.template import Context, engines

from .text import one_line

LOAD_TAGS = re.compile(r"{%\s*load\s[^%]*%}")


def render_email(template_name, context):
    """Return (subject, body), rendered without HTML escaping: this is plain text,
    so `I'd` must arrive as typed, not as `I&#x27;d`. The subject is rendered from
    the template's first line on its own and then made one line, so no value (a
    name with a line break in it) can spill from the subject into the body or set
    a different subject."""
    engine = engines["django"].engine
    source = engine.get_template(template_name).source
    head, _newline, rest = source.partition("\n")
    # The body needs the tag libraries that the first line loads.
    libraries = "".join(LOAD_TAGS.findall(head))
    subject = _render(engine, head, context)
    body = _render(engine, libraries + rest, context)
    return one_line(subject), body.strip() + "\n"


def _render(engine, source, context):
    return engine.from_string(source).render(Context(context, autoescape=False))
