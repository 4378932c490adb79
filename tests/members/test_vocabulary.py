"""One vocabulary: every page the site serves about accounts speaks the site's own
words ("Join", "Log in", "Log out", "Your account", "Confirm your e-mail address"),
never django-allauth's stock ones."""

import re

import pytest
from allauth.account.forms import default_token_generator
from allauth.account.models import EmailAddress, EmailConfirmationHMAC
from allauth.account.utils import user_pk_to_url_str
from bs4 import BeautifulSoup
from django.urls import URLResolver, get_resolver, reverse

pytestmark = pytest.mark.django_db

STOCK = re.compile(
    r"sign[ -]?up|sign[ -]?in|sign[ -]?out|finali[sz]e|verify your email|\bemail\b",
    re.IGNORECASE,
)


def allauth_names():
    """Every named view the accounts and two-factor apps serve."""

    def walk(patterns, prefix=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                yield from walk(pattern.url_patterns, prefix + str(pattern.pattern))
            elif prefix.startswith("accounts/") and pattern.name:
                yield pattern.name, bool(pattern.pattern.regex.groupindex)

    return sorted(set(walk(get_resolver().url_patterns)))


def words(response):
    """What a person reads or hears: the text, the title, and the attributes that
    are read out or shown (labels, placeholders, button values)."""
    soup = BeautifulSoup(response.content.decode(), "html.parser")
    for tag in soup(["script", "style"]):
        tag.decompose()
    said = [soup.get_text(" ")]
    for tag in soup.find_all(True):
        said += [tag.get(name, "") for name in ("aria-label", "placeholder", "title", "alt")]
        if tag.name == "input" and tag.get("type") in ("submit", "button"):
            said.append(tag.get("value", ""))
    return " ".join(said)


def stock_phrases(response):
    return sorted({match.group(0) for match in STOCK.finditer(words(response))})


def pages(client, user):
    """Every account page, followed to wherever it leads, plus the pages with a key
    in their address and the forms in their error state."""
    for name, has_arguments in allauth_names():
        if not has_arguments:
            yield name, client.get(reverse(name), follow=True)
    address = EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"primary": True}
    )[0]
    key = EmailConfirmationHMAC(address).key
    yield "confirm e-mail", client.get(reverse("account_confirm_email", args=[key]))
    yield "broken confirm link", client.get(reverse("account_confirm_email", args=["nope"]))
    reset = reverse(
        "account_reset_password_from_key",
        kwargs={
            "uidb36": user_pk_to_url_str(user),
            "key": default_token_generator.make_token(user),
        },
    )
    yield "reset from key", client.get(reset, follow=True)
    yield (
        "broken reset link",
        client.get(
            reverse("account_reset_password_from_key", kwargs={"uidb36": "zz", "key": "x-y"})
        ),
    )
    for name in ("account_login", "account_signup", "account_reset_password"):
        yield f"{name} with errors", client.post(reverse(name), {}, follow=True)


def test_anonymous_visitors_meet_only_the_sites_words(client, member):
    found = {name: stock_phrases(page) for name, page in pages(client, member)}
    assert {name: phrases for name, phrases in found.items() if phrases} == {}


def test_members_meet_only_the_sites_words(client, member):
    client.force_login(member)
    found = {name: stock_phrases(page) for name, page in pages(client, member)}
    found["your account"] = stock_phrases(client.get(reverse("members:account")))
    assert {name: phrases for name, phrases in found.items() if phrases} == {}


def test_logging_in_and_out_and_joining_say_so_in_the_sites_words(client, member):
    EmailAddress.objects.create(user=member, email=member.email, primary=True, verified=True)
    response = client.post(
        reverse("account_login"),
        {"login": member.email, "password": "a-long-test-password"},
        follow=True,
    )
    assert "You are logged in." in response.content.decode()
    assert stock_phrases(response) == []
    response = client.post(reverse("account_logout"), follow=True)
    assert "You have logged out." in response.content.decode()
    response = client.get(reverse("account_login"))
    html = response.content.decode()
    assert "<h1>Log in</h1>" in html and "E-mail address" in html
    assert "<h1>Join the community</h1>" in client.get(reverse("account_signup")).content.decode()


def test_a_wrong_password_is_explained_in_the_sites_words(client, member):
    response = client.post(
        reverse("account_login"), {"login": member.email, "password": "not-the-password"}
    )
    assert stock_phrases(response) == []
    assert "The e-mail address or password is not right" in response.content.decode()
