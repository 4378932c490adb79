"""The questions, in the Office for National Statistics' own words.

The four personal wellbeing questions (ONS4) and the ONS direct loneliness
question are asked exactly as the ONS asks them, so the answers can be set beside
national figures. Do not reword them: a changed question is a different measure."""

from django.db import models
from django.utils.translation import gettext_lazy as _

SCALE = range(0, 11)

# (field name, question, the measure's short name). Order is the ONS order.
WELLBEING_QUESTIONS = [
    (
        "life_satisfaction",
        _("Overall, how satisfied are you with your life nowadays?"),
        _("Life satisfaction"),
    ),
    (
        "worthwhile",
        _(
            "Overall, to what extent do you feel that the things you do in your life are "
            "worthwhile?"
        ),
        _("Feeling that things done in life are worthwhile"),
    ),
    ("happiness", _("Overall, how happy did you feel yesterday?"), _("Happiness yesterday")),
    ("anxiety", _("Overall, how anxious did you feel yesterday?"), _("Anxiety yesterday")),
]
WELLBEING_FIELDS = [name for name, _question, _measure in WELLBEING_QUESTIONS]

SCALE_INTRODUCTION = _(
    "Next we would like to ask you four questions about your feelings on aspects of "
    "your life. There are no right or wrong answers. For each of these questions please "
    "give an answer on a scale of 0 to 10, where 0 is “not at all” and 10 is “completely”."
)
NOT_AT_ALL = _("Not at all")
COMPLETELY = _("Completely")

LONELINESS_QUESTION = _("How often do you feel lonely?")


class Loneliness(models.IntegerChoices):
    """The ONS direct question's five answers, most often first as the ONS lists them.
    Stored so that a higher number means lonelier."""

    OFTEN = 5, _("Often/always")
    SOME_OF_THE_TIME = 4, _("Some of the time")
    OCCASIONALLY = 3, _("Occasionally")
    HARDLY_EVER = 2, _("Hardly ever")
    NEVER = 1, _("Never")


class AgeBand(models.TextChoices):
    AGE_16_24 = "16-24", _("16 to 24")
    AGE_25_34 = "25-34", _("25 to 34")
    AGE_35_44 = "35-44", _("35 to 44")
    AGE_45_54 = "45-54", _("45 to 54")
    AGE_55_64 = "55-64", _("55 to 64")
    AGE_65_74 = "65-74", _("65 to 74")
    AGE_75_PLUS = "75+", _("75 or over")
    NOT_SAID = "not-said", _("Prefer not to say")


class Gender(models.TextChoices):
    WOMAN = "woman", _("Woman")
    MAN = "man", _("Man")
    OTHER = "other", _("In another way")
    NOT_SAID = "not-said", _("Prefer not to say")


# The ONS thresholds for reporting the shares of people in each band.
# (label, lowest score, highest score), lowest band first.
POSITIVE_BANDS = [
    (_("Low (0 to 4)"), 0, 4),
    (_("Medium (5 to 6)"), 5, 6),
    (_("High (7 to 8)"), 7, 8),
    (_("Very high (9 to 10)"), 9, 10),
]
ANXIETY_BANDS = [
    (_("Very low (0 to 1)"), 0, 1),
    (_("Low (2 to 3)"), 2, 3),
    (_("Medium (4 to 5)"), 4, 5),
    (_("High (6 to 10)"), 6, 10),
]


def bands_for(measure):
    return ANXIETY_BANDS if measure == "anxiety" else POSITIVE_BANDS


def band_of(measure, score):
    """The index of the ONS band a score falls in."""
    for index, (_label, low, high) in enumerate(bands_for(measure)):
        if low <= score <= high:
            return index
    raise ValueError(score)
