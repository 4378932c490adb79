from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from home.forms import SingleLineField, TextBoxField

from .models import SUGGESTED_INTERESTS, OrganisationType, Participation, Profile, Region


def split_interests(text):
    """Free-text interests, separated by commas, tidied and without repeats."""
    seen = []
    for item in (text or "").split(","):
        item = " ".join(item.split())[:50].lower()
        if item and item not in seen:
            seen.append(item)
    return seen


def full_name_field():
    return SingleLineField(
        label=_("Full name"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
        error_messages={"required": _("Enter your full name")},
    )


def organisation_field():
    return SingleLineField(
        label=_("Organisation"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "organization"}),
        help_text=_("Where you work or volunteer. If you work on your own, say so."),
        error_messages={"required": _("Enter the name of your organisation")},
    )


def role_field():
    return SingleLineField(
        label=_("Your role"),
        max_length=150,
        widget=forms.TextInput(attrs={"autocomplete": "organization-title"}),
        help_text=_("For example: learning officer, link worker, volunteer coordinator."),
        error_messages={"required": _("Enter your role")},
    )


def region_field():
    return forms.ChoiceField(
        label=_("Where you work"),
        choices=[("", _("Choose one"))] + Region.choices,
        error_messages={"required": _("Choose where you work")},
    )


class ProfileFieldsMixin(forms.Form):
    """What a member tells other members about themselves, on My account once they
    have joined."""

    full_name = full_name_field()
    organisation = organisation_field()
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=[("", _("Choose one"))] + OrganisationType.choices,
        required=False,
    )
    role = role_field()
    region = region_field()
    interests = forms.MultipleChoiceField(
        label=_("Areas of interest"),
        choices=[(tag, tag.capitalize()) for tag in SUGGESTED_INTERESTS],
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    other_interests = SingleLineField(
        label=_("Other interests"),
        max_length=300,
        required=False,
        help_text=_("Separate them with commas, for example: oral history, maritime heritage."),
    )
    participation = forms.MultipleChoiceField(
        label=_("How you would like to take part"),
        choices=Participation.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    listed_in_directory = forms.BooleanField(
        label=_("List me in the member directory"),
        required=False,
        help_text=_(
            "Other approved members will see your name, organisation, role, region and "
            "interests. Your e-mail address is never shown."
        ),
    )
    wants_updates = forms.BooleanField(
        label=_("Send me e-mail updates about the community"), required=False
    )

    def all_interests(self):
        data = self.cleaned_data
        return list(
            dict.fromkeys(
                data.get("interests", []) + split_interests(data.get("other_interests", ""))
            )
        )


class SignupForm(forms.Form):
    """Only what the editors need to decide an application; allauth adds the e-mail
    address and password and saves the user. Interests, how they take part and the
    directory listing are asked on My account once they have joined."""

    full_name = full_name_field()
    organisation = organisation_field()
    role = role_field()
    region = region_field()
    why_join = TextBoxField(
        label=_("Why you want to join"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_(
            "A few sentences about your work with heritage or wellbeing, so the editors "
            "can welcome you (up to 1,000 characters)."
        ),
        error_messages={"required": _("Tell us in a few words why you want to join")},
    )
    privacy = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree to my information being used as it describes"
        ),
        error_messages={"required": _("You need to agree to the privacy notice to join.")},
    )

    field_order = [
        "full_name",
        "email",
        "password1",
        "organisation",
        "role",
        "region",
        "why_join",
        "privacy",
    ]

    def signup(self, request, user):
        data = self.cleaned_data
        user.full_name = data["full_name"]
        user.save(update_fields=["full_name"])
        Profile.objects.create(
            user=user,
            organisation=data["organisation"],
            role=data["role"],
            region=data["region"],
            why_join=data["why_join"],
            privacy_accepted_at=timezone.now(),
        )


class ProfileForm(ProfileFieldsMixin):
    """My account: the same questions, prefilled, plus a short biography. The
    sign-up's "e-mail updates" answer is replaced here by the digest choice,
    which has its own form (digests/)."""

    wants_updates = None

    bio = TextBoxField(
        label=_("About you"),
        max_length=1000,
        required=False,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "A few sentences other members will see on your profile (up to 1,000 characters)."
        ),
    )

    def __init__(self, *args, profile, **kwargs):
        self.profile = profile
        interests = list(profile.interests.values_list("name", flat=True))
        suggested = [tag for tag in interests if tag in SUGGESTED_INTERESTS]
        others = [tag for tag in interests if tag not in SUGGESTED_INTERESTS]
        initial = {
            "full_name": profile.user.full_name,
            "organisation": profile.organisation,
            "organisation_type": profile.organisation_type,
            "role": profile.role,
            "region": profile.region,
            "interests": suggested,
            "other_interests": ", ".join(others),
            "participation": profile.participation,
            "listed_in_directory": profile.listed_in_directory,
            "bio": profile.bio,
        }
        super().__init__(*args, initial=initial, **kwargs)

    def save(self):
        data = self.cleaned_data
        profile = self.profile
        profile.user.full_name = data["full_name"]
        profile.user.save(update_fields=["full_name"])
        for field in [
            "organisation",
            "organisation_type",
            "role",
            "region",
            "participation",
            "listed_in_directory",
            "bio",
        ]:
            setattr(profile, field, data[field])
        profile.interests.set(self.all_interests())
        profile.save()
        return profile


class DirectoryFilterForm(forms.Form):
    q = SingleLineField(label=_("Name or organisation"), required=False, max_length=100)
    organisation_type = forms.ChoiceField(
        label=_("Type of organisation"),
        choices=[("", _("Any type"))] + OrganisationType.choices,
        required=False,
    )
    region = forms.ChoiceField(
        label=_("Region"), choices=[("", _("Anywhere"))] + Region.choices, required=False
    )
    interest = forms.ChoiceField(label=_("Interest"), required=False)

    def __init__(self, *args, interests=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["interest"].choices = [("", _("Any interest"))] + [
            (tag.slug, tag.name) for tag in interests
        ]


class ContactMemberForm(forms.Form):
    """A message to a member, offered on their profile and for every reply after."""

    message = TextBoxField(
        label=_("Your message"),
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 6}),
        help_text=_(
            "Kept in your messages on this site and sent by e-mail without showing your "
            "address. Up to 2,000 characters."
        ),
    )


class DecisionForm(forms.Form):
    message = TextBoxField(
        label=_("Message to include in the e-mail (optional)"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 4}),
    )


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
        help_text=_("To make sure it is you."),
    )

    def __init__(self, *args, user, **kwargs):
        self.user = user
        super().__init__(*args, **kwargs)

    def clean_password(self):
        password = self.cleaned_data["password"]
        if not self.user.check_password(password):
            raise forms.ValidationError(_("That password is not right. Try again."))
        return password
