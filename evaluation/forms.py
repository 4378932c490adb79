"""The forms: a member's evaluation, the participants' questionnaire and the
paper-entry grid. Every answer is a choice from a fixed list, so nothing a
participant gives can be free text."""

from django import forms
from django.core import signing
from django.utils.translation import gettext_lazy as _

from home.forms import SingleLineField

from .models import CODE_LENGTH, Evaluation, normalise_code
from .questions import (
    SCALE,
    WELLBEING_QUESTIONS,
    AgeBand,
    Gender,
    Loneliness,
)

SUBMISSION_SALT = "evaluation.submission"
# How long a questionnaire may stay open on someone's phone before it is sent.
SUBMISSION_MAX_AGE = 24 * 60 * 60

SCALE_ERROR = _("Choose a number from 0 to 10.")
CONSENT_CHOICES = [("yes", _("Yes")), ("no", _("No"))]


class EvaluationForm(forms.ModelForm):
    name = SingleLineField(label=_("Name of the activity"), max_length=150)
    organisation = SingleLineField(label=_("Organisation running it"), max_length=200)

    class Meta:
        model = Evaluation
        fields = [
            "name",
            "organisation",
            "activity_type",
            "region",
            "starts_on",
            "ends_on",
            "sessions",
            "share_with_community",
        ]
        widgets = {
            "starts_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "ends_on": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
        }

    def clean(self):
        data = super().clean()
        starts, ends = data.get("starts_on"), data.get("ends_on")
        if starts and ends and ends < starts:
            self.add_error("ends_on", _("The last session cannot come before the first."))
        return data


def scale_field(label):
    return forms.TypedChoiceField(
        label=label,
        choices=[(value, str(value)) for value in SCALE],
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": SCALE_ERROR, "invalid_choice": SCALE_ERROR},
    )


def loneliness_field():
    message = _("Choose how often you feel lonely.")
    return forms.TypedChoiceField(
        label=_("How often do you feel lonely?"),
        choices=Loneliness.choices,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


class AnswersMixin(forms.Form):
    """The ONS questions, in their order."""

    def add_answer_fields(self):
        for name, question, _measure in WELLBEING_QUESTIONS:
            self.fields[name] = scale_field(question)
        self.fields["loneliness"] = loneliness_field()


class QuestionnaireForm(AnswersMixin):
    """What a participant answers on their phone, before or after the activity."""

    submission = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, stage, **kwargs):
        super().__init__(*args, **kwargs)
        self.stage = stage
        if stage == "after":
            self.fields["code"] = forms.CharField(
                label=_("Your code"),
                max_length=20,
                help_text=_("The six letters and numbers you were given when you answered before."),
                error_messages={"required": _("Enter your code.")},
                widget=forms.TextInput(
                    attrs={
                        "autocomplete": "off",
                        "autocapitalize": "characters",
                        "spellcheck": "false",
                    }
                ),
            )
        self.add_answer_fields()
        if stage == "before":
            self.fields["age_band"] = forms.ChoiceField(
                label=_("Your age"),
                choices=AgeBand.choices,
                required=False,
                widget=forms.RadioSelect,
            )
            self.fields["gender"] = forms.ChoiceField(
                label=_("Your gender"),
                choices=Gender.choices,
                required=False,
                widget=forms.RadioSelect,
            )
        consent_message = _("Say whether your answers may be included.")
        self.fields["consent"] = forms.ChoiceField(
            label=_(
                "May your anonymous answers be added to the community's pooled evidence "
                "about heritage and wellbeing?"
            ),
            help_text=_(
                "Your answers are pooled with other people's. Figures are published only for "
                "groups of 10 people or more, and nothing can show who you are."
            ),
            choices=CONSENT_CHOICES,
            widget=forms.RadioSelect,
            error_messages={"required": consent_message, "invalid_choice": consent_message},
        )
        if stage == "before":
            self.fields["remember"] = forms.BooleanField(
                label=_("Remember my code on this device"),
                required=False,
                initial=True,
                help_text=_("Untick this if other people use this phone or tablet too."),
            )

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if len(code) != CODE_LENGTH:
            raise forms.ValidationError(_("A code has six letters and numbers."))
        return code

    def clean_submission(self):
        try:
            return signing.loads(
                self.cleaned_data["submission"], salt=SUBMISSION_SALT, max_age=SUBMISSION_MAX_AGE
            )
        except signing.BadSignature as error:
            raise forms.ValidationError(
                _(
                    "This questionnaire was opened too long ago. Please check your answers and "
                    "send them again."
                )
            ) from error

    @property
    def scale_fields(self):
        return [self[name] for name, _question, _measure in WELLBEING_QUESTIONS]


class PaperRowForm(AnswersMixin):
    """One paper questionnaire typed in by the member."""

    code = forms.CharField(label=_("Code"), max_length=20, required=False)
    age_band = forms.ChoiceField(
        label=_("Age"), choices=[("", "–")] + AgeBand.choices, required=False
    )
    gender = forms.ChoiceField(
        label=_("Gender"), choices=[("", "–")] + Gender.choices, required=False
    )
    consent = forms.ChoiceField(
        label=_("Agreed to pooling"), choices=[("", "–")] + CONSENT_CHOICES, required=False
    )

    def __init__(self, *args, stage, **kwargs):
        super().__init__(*args, **kwargs)
        self.stage = stage
        self.add_answer_fields()
        # Short column headings: the full questions are on the paper sheet.
        for name, _question, measure in WELLBEING_QUESTIONS:
            self.fields[name].label = measure
        self.fields["loneliness"].label = _("Loneliness")
        self.order_fields(["code", *self.answer_names(), "age_band", "gender", "consent"])
        for name in [*self.answer_names(), "consent"]:
            self.fields[name].widget = forms.Select()
            self.fields[name].choices = [("", "–"), *self.fields[name].choices]

    @staticmethod
    def answer_names():
        return [name for name, _q, _m in WELLBEING_QUESTIONS] + ["loneliness"]

    def has_changed(self):
        return any(self.data.get(self.add_prefix(name)) for name in self.fields)

    def clean_code(self):
        code = normalise_code(self.cleaned_data["code"])
        if self.stage == "after" and not code:
            raise forms.ValidationError(
                _("An “after” sheet needs the code from its “before” sheet.")
            )
        if code and len(code) != CODE_LENGTH:
            raise forms.ValidationError(_("A code has six letters and numbers."))
        return code

    def clean_consent(self):
        if not self.cleaned_data["consent"]:
            raise forms.ValidationError(_("Say whether they agreed to pooling."))
        return self.cleaned_data["consent"]


class BasePaperFormSet(forms.BaseFormSet):
    def clean(self):
        if any(self.errors):
            return
        codes = [form.cleaned_data.get("code") for form in self.forms if form.has_changed()]
        codes = [code for code in codes if code]
        if len(codes) != len(set(codes)):
            raise forms.ValidationError(_("The same code is entered twice."))


PaperFormSet = forms.formset_factory(
    PaperRowForm, formset=BasePaperFormSet, extra=10, max_num=50, absolute_max=50
)
