"""Every e-mail the site sends has one layout: the message, the community's
signature, and a footer saying why the person got it and where to change their
e-mail settings; a plain-text body with a branded HTML alternative.

A message template is plain text: its first line is the subject, the rest the
body. Links in it are built from the one public address, settings.SITE_URL
(`site_url` in the template), never from the request that caused the e-mail."""

import re

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context, engines
from django.template.loader import render_to_string
from django.urls import NoReverseMatch, reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from .public_address import public_url, site_url  # noqa: F401 - for senders
from .text import one_line

LOAD_TAGS = re.compile(r"{%\s*load\s[^%]*%}")


# Why the person got the e-mail, by the template that wrote it (the longest
# matching start wins). A new template falls under its folder's reason.
REASONS = {
    "": "account",
    "account/email/account_already_exists": "address",
    "account/email/unknown_account": "address",
    "account/email/email_confirmation": "address",
    "members/email/approved": "application",
    "members/email/declined": "application",
    "members/email/contact": "message",
    "members/email/new_application": "editor",
    "members/email/applications_waiting": "editor",
    "events/": "event",
    "collaboration/email/submitted": "editor",
    "collaboration/": "collaboration",
    "resources/": "resource",
}


def reason_for(template_name):
    matches = [start for start in REASONS if template_name.startswith(start)]
    return REASONS[max(matches, key=len)]


def reason_text(reason):
    # Looked up when the e-mail is written, in the recipient's language.
    return {
        "account": _(
            "You are getting this e-mail because it is about your account on the "
            "community's website."
        ),
        "address": _(
            "You are getting this e-mail because this address was entered on the "
            "community's website. If that was not you, you can ignore it."
        ),
        "application": _("You are getting this e-mail because you applied to join the community."),
        "message": _(
            "You are getting this e-mail because a member wrote to you through the "
            "community's member directory."
        ),
        "event": _("You are getting this e-mail because you registered for this event."),
        "collaboration": _(
            "You are getting this e-mail because you posted or replied to a research "
            "collaboration call."
        ),
        "resource": _(
            "You are getting this e-mail because you shared a resource with the community."
        ),
        "editor": _("You are getting this e-mail because you are one of the website's editors."),
    }[reason]


def settings_link():
    try:
        return site_url(reverse("members:account"))
    except NoReverseMatch:  # pragma: no cover - the members app is always there
        return site_url("/")


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


def render_plain(template_name, context):
    """A whole template rendered as plain text (no HTML escaping)."""
    engine = engines["django"].engine
    return engine.get_template(template_name).render(Context(context, autoescape=False))


def _render(engine, source, context):
    return engine.from_string(source).render(Context(context, autoescape=False))


def compose(subject, body, to, reason="account", **kwargs):
    """One e-mail in the site's layout: `body` (plain text, as written) signed by
    the community, with the footer, and the same as HTML. Keyword arguments go to
    EmailMultiAlternatives (reply_to, headers, from_email ...)."""
    context = {
        "subject": one_line(str(subject)),
        "body": body.strip(),
        "reason": reason_text(reason),
        "settings_url": settings_link(),
        "site_url": site_url(),
        "home_url": site_url("/"),
        "language": get_language() or settings.LANGUAGE_CODE,
    }
    text = render_plain("home/email/layout.txt", context).strip() + "\n"
    html = render_to_string("home/email/layout.html", context)
    kwargs.setdefault("from_email", settings.DEFAULT_FROM_EMAIL)
    message = EmailMultiAlternatives(subject=context["subject"], body=text, to=list(to), **kwargs)
    message.attach_alternative(html, "text/html")
    return message


def build_templated_email(template, context, to, reason=None):
    """The e-mail a message template writes, with `site_url` available to it."""
    context = {"site_url": site_url(), **context}
    subject, body = render_email(template, context)
    return compose(subject, body, to, reason=reason or reason_for(template))
