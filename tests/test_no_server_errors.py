"""No input gives a 500: generated values for every query parameter, form field and
path argument of the public and member views, sent anonymously and as a member.

The fields of each form are read from the form classes themselves, so a field added
later is covered too. Valid choices are mixed in with hostile text so the views'
deeper paths (a successful sign-up, a registration) are reached as well.
Runs on whichever database DATABASE_URL names (SQLite by default; CI: PostgreSQL).
"""

import os
from urllib.parse import quote

import pytest
from allauth.account import forms as account_forms
from django import forms
from django.core.cache import cache
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events.forms import RegistrationForm
from events.models import EventIndexPage, EventPage
from members.forms import ContactMemberForm, DeleteAccountForm, DirectoryFilterForm, ProfileForm
from members.models import Profile
from resources.forms import ResourceSubmissionForm
from resources.models import GuidanceIndexPage, ResourceLibraryPage, ResourcePage
from tests.factories import english
from tests.members.conftest import make_person

pytestmark = [
    pytest.mark.django_db,
    # The long awkward value makes Hypothesis's description of a failure long too.
    pytest.mark.filterwarnings("ignore:Generating overly large repr"),
]

# Examples per view and visitor; raise it (NO_500_EXAMPLES=200) for a deeper search.
EXAMPLES = int(os.environ.get("NO_500_EXAMPLES", "20"))

# Values that have broken web apps before: quotes and query syntax for full-text
# search, NUL and other control characters, numbers out of every range, digits
# int() refuses, very long text, markup.
AWKWARD_VALUES = [
    "",
    " ",
    '"',
    "'",
    '"unclosed',
    "a AND OR NOT",
    "* - + ~ ( ) :",
    "\x00",
    "a\x00b",
    "\r\n",
    "\t",
    "\u200b",
    "\ufeff",
    "%",
    "%00",
    "\\",
    "0",
    "-1",
    "1.5",
    "1e400",
    "9" * 30,
    "²",
    "١٢",
    "NaN",
    "<script>alert(1)</script>",
    '=HYPERLINK("x")',
    "x" * 5000,
    "ı",
    "ſ",
    str(2**63),
]
AWKWARD = st.sampled_from(AWKWARD_VALUES)
TEXT = st.one_of(
    AWKWARD,
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=80),
)
VALUE = st.one_of(TEXT, st.lists(TEXT, min_size=1, max_size=3))
FILE_NAME = st.builds(
    "{}.{}".format,
    st.text(
        alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="\x00/"),
        max_size=30,
    ),
    st.sampled_from(["pdf", "docx", "txt", "csv", "png", "exe", "svg", ""]),
).filter(lambda name: name.strip(".") != "")  # browsers send no file without a name
UPLOAD = st.builds(
    SimpleUploadedFile,
    name=FILE_NAME,
    content=st.one_of(st.binary(max_size=3000), st.sampled_from([b"%PDF-1.4\n", b"PK\x03\x04"])),
)


def field_values(field):
    """Hostile text, mixed with the field's valid values where it has a fixed set."""
    if isinstance(field, forms.FileField):
        return st.one_of(UPLOAD, TEXT)
    if isinstance(field, forms.BooleanField):
        return st.one_of(st.sampled_from(["on", "true", "false", ""]), TEXT)
    if isinstance(field, forms.ModelMultipleChoiceField):
        ids = [str(pk) for pk in field.queryset.values_list("pk", flat=True)]
        return st.one_of(st.lists(st.sampled_from(ids or ["1"]), max_size=3), VALUE)
    if isinstance(field, forms.ChoiceField):
        values = [str(value) for value, _ in field.choices] or [""]
        if isinstance(field, forms.MultipleChoiceField):
            return st.one_of(st.lists(st.sampled_from(values), max_size=3), VALUE)
        return st.one_of(st.sampled_from(values), VALUE)
    return VALUE


def form_fields(form):
    return {name: field_values(field) for name, field in form.fields.items()}


def query(*names):
    return {name: VALUE for name in names}


def first(queryset):
    page = queryset.live().filter(locale__language_code="en").first()
    assert page is not None, "the demo site should have one"
    return page


@pytest.fixture
def member(db):
    return make_person("generated.input@example.org", full_name="Gen Erated")


def targets(member):
    """Every view people can send input to: (method, path, {field: values})."""
    library = first(ResourceLibraryPage.objects)
    event = (
        EventPage.objects.live()
        .filter(locale__language_code="en", start__gt=timezone.now())
        .order_by("start")
        .first()
    )
    other = (
        Profile.objects.filter(status=Profile.Status.APPROVED, listed_in_directory=True)
        .exclude(user=member)
        .first()
    )
    resource = english(ResourcePage).live().first()
    return {
        "home": ("get", "/", {}),
        "search": ("get", "/search/", query("q", "page")),
        "library": (
            "get",
            library.url,
            query("q", "type", "topic", "audience", "region", "sort", "page"),
        ),
        "resource": ("get", resource.url, {}),
        "download": ("get", library.url + "{id}/download/", {}),
        "guidance": ("get", first(GuidanceIndexPage.objects).url, query("kind", "topic")),
        "events": ("get", first(EventIndexPage.objects).url, query("type", "page")),
        "event": ("get", event.url, {}),
        "register": ("post", event.url + "register/", form_fields(RegistrationForm())),
        "cancel": ("post", event.url + "cancel-registration/", {}),
        "calendar": ("get", event.url + "calendar/", {}),
        "directory": (
            "get",
            "/members/",
            {**form_fields(DirectoryFilterForm(interests=[])), "page": VALUE},
        ),
        "profile": ("get", "/members/{id}/", {}),
        "contact": (
            "post",
            f"/members/account/messages/new/{other.pk}/",
            form_fields(ContactMemberForm()),
        ),
        "unsubscribe": ("post", "/digests/unsubscribe/{key}/", {}),
        "account": ("post", "/members/account/", form_fields(ProfileForm(profile=member.profile))),
        "delete-account": (
            "post",
            "/members/account/delete/",
            form_fields(DeleteAccountForm(user=member)),
        ),
        "contribute": (
            "post",
            library.url + "submit/",
            form_fields(ResourceSubmissionForm(user=member)),
        ),
        "edit-contribution": ("get", library.url + "submissions/{id}/edit/", {}),
        "login": ("post", "/accounts/login/", form_fields(account_forms.LoginForm())),
        "signup": ("post", "/accounts/signup/", form_fields(account_forms.SignupForm())),
        "password-reset": (
            "post",
            "/accounts/password/reset/",
            form_fields(account_forms.ResetPasswordForm()),
        ),
        "password-reset-key": ("get", "/accounts/password/reset/key/{key}/", {}),
        "confirm-email": ("get", "/accounts/confirm-email/{key}/", {}),
        "change-email": (
            "post",
            "/accounts/email/",
            {
                "email": VALUE,
                "action": st.sampled_from(["action_add", "action_send", "action_remove"]),
            },
        ),
        "change-password": (
            "post",
            "/accounts/password/change/",
            query("oldpassword", "password1", "password2"),
        ),
    }


NAMES = [
    "home",
    "search",
    "library",
    "resource",
    "download",
    "guidance",
    "events",
    "event",
    "register",
    "cancel",
    "calendar",
    "directory",
    "profile",
    "contact",
    "unsubscribe",
    "account",
    "delete-account",
    "contribute",
    "edit-contribution",
    "login",
    "signup",
    "password-reset",
    "password-reset-key",
    "confirm-email",
    "change-email",
    "change-password",
]
PATH_ID = st.one_of(
    st.integers(min_value=0, max_value=10**30).map(str),
    st.sampled_from(["1", str(2**63), str(2**63 - 1)]),
)
PATH_KEY = st.text(
    alphabet=st.characters(exclude_categories=("Cs",), exclude_characters="/"), min_size=1
).map(lambda text: quote(text, safe=""))


@pytest.mark.parametrize("who", ["anonymous", "member"])
@pytest.mark.parametrize("name", NAMES)
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    # The database fixture is shared by every example on purpose: each example's
    # requests run in the test's transaction, and a fresh client is made for each.
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(data=st.data())
def test_no_input_gives_a_server_error(member, name, who, data):
    method, path, fields = targets(member)[name]
    path = path.format(id=data.draw(PATH_ID, label="id"), key=data.draw(PATH_KEY, label="key"))
    language = data.draw(st.sampled_from(["", "/cy"]), label="language")
    values = data.draw(st.fixed_dictionaries({}, optional=fields), label="fields")
    if name == "home" or not fields:
        # Unknown parameters, which language links and paging carry along.
        values |= data.draw(st.dictionaries(TEXT, VALUE, max_size=3), label="extra")
    cache.clear()  # rate limits would otherwise turn later examples away early
    client = Client()
    if who == "member":
        client.force_login(member)
    response = getattr(client, method)(language + path, values)
    assert response.status_code < 500


# Who sees the most of each view: the account pages show their forms to people
# who are not logged in; everything else, to a member.
ANONYMOUS_VIEWS = {"login", "signup", "password-reset", "password-reset-key", "confirm-email"}


@pytest.mark.parametrize("name", NAMES)
def test_every_awkward_value_in_every_field(member, name):
    """Random examples may miss a value; this sends each of the awkward values to
    every field, parameter and path argument of each view."""
    method, path, fields = targets(member)[name]
    client = Client()
    if name not in ANONYMOUS_VIEWS:
        client.force_login(member)
    for value in AWKWARD_VALUES:
        cache.clear()
        in_path = quote(value, safe="") or "0"
        values = {field: value for field in fields} or {"page": value}
        response = getattr(client, method)(path.format(id=in_path, key=in_path), values)
        assert response.status_code < 500, (name, value)
