"""One e-mail address, one account: look-alike spellings of an address can neither
lock its owner out nor slip into the owner's account. Runs on SQLite and on
PostgreSQL (whose UPPER() folds the dotless ı into I and the long ſ into S)."""

import pytest
from allauth.account.models import EmailAddress
from django.contrib.auth import get_user_model
from django.db import IntegrityError, transaction
from django.urls import reverse

from members.identity import canonical_email
from tests.members.conftest import make_person
from tests.members.test_joining import SIGNUP

pytestmark = pytest.mark.django_db

OWNER = "nick.classic@example.org"
PASSWORD = "a-long-test-password"

# Every way we know to write something that looks like, or folds into, OWNER.
VARIANTS = {
    "dotless i": "nick.classıc@example.org",
    "dotted capital I": "nİck.classic@example.org",
    "long s": "nick.claſſic@example.org",
    "Kelvin sign": "nic\u212a.classic@example.org",
    "upper case": "NICK.Classic@Example.ORG",
    "fullwidth local part": "ｎｉｃｋ.classic@example.org",
    "fullwidth domain": "nick.classic@ｅｘａｍｐｌｅ.org",
    "combining accent in domain": "nick.classic@exa\u0301mple.org",
    "combining dot in local part": "nick.classi\u0307c@example.org",
    "ligature": "nick.classic@example.ﬀ.org",
}


@pytest.fixture
def owner(db):
    user = make_person(OWNER, full_name="Nick Classic")
    EmailAddress.objects.create(user=user, email=OWNER, verified=True, primary=True)
    return user


def logs_in(client, login, path="account_login"):
    client.logout()
    response = client.post(reverse(path), {"login": login, "password": PASSWORD})
    assert response.status_code < 500
    return client.session.get("_auth_user_id")


@pytest.mark.parametrize("variant", VARIANTS.values(), ids=VARIANTS.keys())
def test_a_look_alike_sign_up_neither_locks_out_nor_joins_the_owner(client, owner, variant):
    response = client.post(
        reverse("account_signup"),
        {**SIGNUP, "email": variant, "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code < 500

    # The owner still logs in, however many look-alikes exist.
    assert logs_in(client, OWNER) == str(owner.pk)

    # The owner's account holds only the owner's address.
    assert list(EmailAddress.objects.filter(user=owner).values_list("email", flat=True)) == [OWNER]
    # Any account the variant made is another person, stored in canonical form.
    others = get_user_model().objects.exclude(pk=owner.pk).filter(email=canonical_email(variant))
    for other in others:
        assert other.email != owner.email
        assert other.email == canonical_email(other.email)


@pytest.mark.parametrize("variant", VARIANTS.values(), ids=VARIANTS.keys())
def test_a_look_alike_login_never_opens_another_account(client, owner, variant):
    user_id = logs_in(client, variant)
    # Either it is the same address written differently (and so the owner), or nobody.
    assert user_id in (None, str(owner.pk))
    if canonical_email(variant) != OWNER:
        assert user_id is None


def test_a_look_alike_shares_the_owner_s_lockout(client, owner):
    for _ in range(5):
        client.post(reverse("account_login"), {"login": OWNER, "password": "wrong"})
    for variant in (VARIANTS["long s"], VARIANTS["Kelvin sign"], VARIANTS["upper case"]):
        response = client.post(reverse("account_login"), {"login": variant, "password": PASSWORD})
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session


def test_the_database_refuses_a_second_account_in_another_spelling(owner):
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.create_user(email="Nick.Classic@example.org", password="x")
    # Even a write that goes around the model is stopped by the database.
    other = get_user_model().objects.create_user(email="someone.else@example.org")
    with pytest.raises(IntegrityError), transaction.atomic():
        get_user_model().objects.filter(pk=other.pk).update(email="NICK.CLASSIC@example.org")


def test_canonical_form_keeps_distinct_letters_distinct():
    assert canonical_email("Ada@Example.ORG") == "ada@example.org"
    assert canonical_email("ｎick@ｅxample.org") == "nick@example.org"
    # str.lower() leaves the dotless ı alone: a different address, not "classic".
    assert canonical_email("classıc@example.org") != "classic@example.org"
