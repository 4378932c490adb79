"""Evaluations that members run, their participants and the answers they give.

Nothing here can say who a participant is: no name, e-mail address, free text,
IP address or time of day is stored, only a random code that pairs someone's
"after" answers with their "before" answers."""

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from members.models import Region

from .questions import AgeBand, Gender, Loneliness

# Letters and digits that cannot be mistaken for one another when read aloud,
# written on paper or typed on a phone (no 0/O, 1/I/L, 5/S, 2/Z, 8/B).
CODE_ALPHABET = "ACDEFGHJKMNPQRTUVWXY34679"
CODE_LENGTH = 6  # 25**6: about 244 million codes per evaluation
LINK_TOKEN_LENGTH = 8


def new_code(length=CODE_LENGTH):
    return "".join(secrets.choice(CODE_ALPHABET) for _ in range(length))


def new_link_token():
    return new_code(LINK_TOKEN_LENGTH).lower()


def normalise_code(text):
    """What a person typed, in the stored form: capitals, no spaces or dashes."""
    return "".join(str(text or "").split()).replace("-", "").upper()


class ActivityType(models.TextChoices):
    CREATIVE = "creative", _("Arts, crafts and creative making")
    ARCHAEOLOGY = "archaeology", _("Archaeology and excavation")
    ARCHIVES = "archives", _("Archives, local and family history")
    BUILT_HERITAGE = "built", _("Built heritage and conservation")
    GREEN_HERITAGE = "green", _("Heritage gardens, landscapes and nature")
    MUSEUM = "museum", _("Museum and gallery sessions")
    OBJECT_HANDLING = "objects", _("Object handling and reminiscence")
    WALKS = "walks", _("Heritage walks and tours")
    VOLUNTEERING = "volunteering", _("Heritage volunteering")
    OTHER = "other", _("Other")


class Stage(models.TextChoices):
    BEFORE = "before", _("Before")
    AFTER = "after", _("After")


class EvaluationQuerySet(models.QuerySet):
    def visible_to(self, user):
        """The one rule for who may see an evaluation and its answers: its owner,
        and editors (who look after the pooled evidence). Everyone else sees none."""
        if not user.is_authenticated:
            return self.none()
        if user.has_perm("evaluation.view_evaluation"):
            return self
        return self.filter(owner=user)

    def owned_by(self, user):
        """What a person may change: only their own evaluations, editors included."""
        if not user.is_authenticated:
            return self.none()
        return self.filter(owner=user)

    def pooled(self):
        """Evaluations whose answers go into the community's evidence: shared by
        their owner, closed (so the published figures never move one answer at a
        time) and not excluded by an editor."""
        return self.filter(share_with_community=True, closed_at__isnull=False, excluded=False)


class Evaluation(models.Model):
    """One activity's evaluation, run by a member with before and after questionnaires."""

    owner = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        # Kept without its owner when they leave, if they shared it with the pool
        # (evaluation/personal_data.py deletes the others first).
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="evaluations",
        verbose_name=_("owner"),
    )
    name = models.CharField(_("name of the activity"), max_length=150)
    organisation = models.CharField(_("organisation"), max_length=200)
    activity_type = models.CharField(
        _("type of activity"), max_length=20, choices=ActivityType.choices
    )
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    starts_on = models.DateField(_("first session"))
    ends_on = models.DateField(_("last session"))
    sessions = models.PositiveSmallIntegerField(
        _("number of sessions"), validators=[MinValueValidator(1), MaxValueValidator(500)]
    )
    share_with_community = models.BooleanField(
        _("share the anonymous results with the community's pooled evidence"),
        default=True,
        help_text=_(
            "Only the answers of participants who agree are shared, and only once the "
            "evaluation is closed. No figure is published for fewer than 10 people."
        ),
    )
    link_token = models.CharField(
        max_length=16, unique=True, default=new_link_token, editable=False
    )
    created_at = models.DateTimeField(default=timezone.now, editable=False)
    closed_at = models.DateTimeField(_("closed"), null=True, blank=True, editable=False)

    # Editors may keep an evaluation out of the pool, saying why.
    excluded = models.BooleanField(_("excluded from the pooled evidence"), default=False)
    exclusion_reason = models.TextField(_("reason for excluding"), blank=True)
    excluded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        editable=False,
    )
    excluded_at = models.DateTimeField(null=True, blank=True, editable=False)

    objects = EvaluationQuerySet.as_manager()

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-starts_on", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(ends_on__gte=models.F("starts_on")), name="evaluation_dates_in_order"
            ),
            models.CheckConstraint(
                condition=Q(sessions__gte=1) & Q(sessions__lte=500), name="evaluation_sessions"
            ),
        ]

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("evaluation:detail", args=[self.pk])

    @property
    def is_open(self):
        return self.closed_at is None

    def questionnaire_url(self, stage):
        return reverse("evaluation:questionnaire", args=[self.link_token, stage])


class Participant(models.Model):
    """Someone who answered, known only by a random code."""

    evaluation = models.ForeignKey(
        Evaluation, on_delete=models.CASCADE, related_name="participants"
    )
    code = models.CharField(max_length=CODE_LENGTH)
    age_band = models.CharField(_("age"), max_length=10, choices=AgeBand.choices, blank=True)
    gender = models.CharField(_("gender"), max_length=10, choices=Gender.choices, blank=True)
    # May their answers go into the pooled evidence? Their latest answer counts.
    consent_to_pool = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["evaluation", "code"], name="participant_code_unique")
        ]

    def __str__(self):
        return self.code


def _score_field(label):
    return models.PositiveSmallIntegerField(
        label, validators=[MinValueValidator(0), MaxValueValidator(10)]
    )


class Response(models.Model):
    """One participant's answers at one stage: at most one before and one after."""

    participant = models.ForeignKey(Participant, on_delete=models.CASCADE, related_name="responses")
    stage = models.CharField(max_length=6, choices=Stage.choices)
    life_satisfaction = _score_field(_("life satisfaction"))
    worthwhile = _score_field(_("worthwhile"))
    happiness = _score_field(_("happiness"))
    anxiety = _score_field(_("anxiety"))
    loneliness = models.PositiveSmallIntegerField(_("loneliness"), choices=Loneliness.choices)
    on_paper = models.BooleanField(default=False)
    # The day only: a time of day could be matched with who was in the room.
    answered_on = models.DateField(default=timezone.localdate)
    # The one-time token of the form it came from, so a replayed submission is
    # refused rather than counted twice.
    submission = models.CharField(max_length=64, unique=True, null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["participant", "stage"], name="response_one_per_stage"),
            *[
                models.CheckConstraint(
                    condition=Q(**{f"{field}__gte": 0}) & Q(**{f"{field}__lte": 10}),
                    name=f"response_{field}_0_to_10",
                )
                for field in ("life_satisfaction", "worthwhile", "happiness", "anxiety")
            ],
            models.CheckConstraint(
                condition=Q(loneliness__gte=1) & Q(loneliness__lte=5),
                name="response_loneliness_1_to_5",
            ),
        ]

    def __str__(self):
        return f"{self.participant} ({self.stage})"
