from django.conf import settings
from django.contrib.auth.models import AbstractUser, UserManager
from django.db import models
from django.db.models.functions import Lower
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from taggit.models import TaggedItemBase

from .identity import canonical_email

MEMBERS_GROUP = "Members"
# The inactive account that stands in, in the admin's history, for everyone who
# has left (members/history.py). `.invalid` is reserved: no one can have it.
FORMER_MEMBER_EMAIL = "former.member@example.invalid"


class EmailUserManager(UserManager):
    """Creates users keyed by e-mail address; there is no username."""

    use_in_migrations = True

    @classmethod
    def normalize_email(cls, email):
        # Django's own normalisation lower-cases the domain only; ours is the whole
        # canonical form (members/identity.py), so look-alikes cannot collide.
        return canonical_email(email or "")

    def _create_user(self, email, password, **extra_fields):
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email), **extra_fields)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_user(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", False)
        extra_fields.setdefault("is_superuser", False)
        return self._create_user(email, password, **extra_fields)

    def create_superuser(self, email, password=None, **extra_fields):
        extra_fields.setdefault("is_staff", True)
        extra_fields.setdefault("is_superuser", True)
        return self._create_user(email, password, **extra_fields)

    def get_by_natural_key(self, email):
        # An exact match on the stored canonical form: the database's own case
        # folding (iexact) would match look-alikes, and two of them answer 500.
        return self.get(email=self.normalize_email(email))


class User(AbstractUser):
    """A person with an account: an editor or a member. E-mail is the login."""

    username = None
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=150, blank=True)
    # No choices: the languages are a setting, and may grow without a migration.
    language = models.CharField(
        _("language"),
        max_length=12,
        blank=True,
        help_text=_("The language the person last used the site in; e-mails are sent in it."),
    )

    USERNAME_FIELD = "email"
    REQUIRED_FIELDS = []

    objects = EmailUserManager()

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ["email"]
        constraints = [
            # The column holds the canonical form; this also stops a write that goes
            # around the model from adding the same address in another case.
            models.UniqueConstraint(Lower("email"), name="members_user_email_lower_unique"),
        ]

    def __str__(self):
        return self.get_full_name() or self.email

    def save(self, *args, **kwargs):
        self.email = canonical_email(self.email)
        return super().save(*args, **kwargs)

    @property
    def email_language(self):
        return self.language or settings.LANGUAGE_CODE

    def get_full_name(self):
        if self.email == FORMER_MEMBER_EMAIL:
            return str(_("a former member"))
        return self.full_name or super().get_full_name()

    def get_short_name(self):
        return (self.full_name.split() or [""])[0] or super().get_short_name()

    @property
    def is_member(self):
        """An approved member: may see members-only pages, the directory and so on."""
        profile = getattr(self, "profile", None)
        return profile is not None and profile.status == Profile.Status.APPROVED


class OrganisationType(models.TextChoices):
    HERITAGE = "heritage", _("Heritage organisation")
    MUSEUM_ARCHIVE_LIBRARY = "museum", _("Museum, archive or library")
    VCSE = "vcse", _("VCSE organisation")
    HEALTH_CARE = "health", _("Health or care (including link workers)")
    LOCAL_AUTHORITY = "local-authority", _("Local authority")
    ACADEMIC = "academic", _("Academic or research")
    FREELANCE = "freelance", _("Freelance practitioner")
    OTHER = "other", _("Other")


class Region(models.TextChoices):
    NORTH_EAST = "north-east", _("North East")
    NORTH_WEST = "north-west", _("North West")
    YORKSHIRE = "yorkshire", _("Yorkshire and the Humber")
    EAST_MIDLANDS = "east-midlands", _("East Midlands")
    WEST_MIDLANDS = "west-midlands", _("West Midlands")
    EAST = "east", _("East of England")
    LONDON = "london", _("London")
    SOUTH_EAST = "south-east", _("South East")
    SOUTH_WEST = "south-west", _("South West")
    WALES = "wales", _("Wales")
    SCOTLAND = "scotland", _("Scotland")
    NORTHERN_IRELAND = "northern-ireland", _("Northern Ireland")
    OUTSIDE_UK = "outside-uk", _("Outside the UK")


class Participation(models.TextChoices):
    SHARE_RESOURCES = "share", _("Share resources")
    ATTEND_MEETINGS = "meetings", _("Attend meetings")
    RESEARCH = "research", _("Collaborate on research")
    MENTORING = "mentoring", _("Offer mentoring")


# Suggested interests offered at sign-up; people may add their own.
SUGGESTED_INTERESTS = [
    "archaeology",
    "archives",
    "built heritage",
    "dementia",
    "evaluation",
    "green social prescribing",
    "loneliness",
    "mental health",
    "museums",
    "oral history",
    "volunteering",
    "young people",
]


class ProfileInterest(TaggedItemBase):
    content_object = ParentalKey(
        "members.Profile", on_delete=models.CASCADE, related_name="tagged_items"
    )


class Profile(ClusterableModel):
    """What a person tells the community about themselves, and where their
    membership stands."""

    class Status(models.TextChoices):
        UNVERIFIED = "unverified", _("E-mail not yet confirmed")
        APPLIED = "applied", _("Applied")
        APPROVED = "approved", _("Approved")
        DECLINED = "declined", _("Declined")

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    organisation = models.CharField(_("organisation"), max_length=200)
    organisation_type = models.CharField(
        _("organisation type"), max_length=20, choices=OrganisationType.choices, blank=True
    )
    role = models.CharField(_("role"), max_length=150)
    region = models.CharField(_("region"), max_length=20, choices=Region.choices)
    interests = ClusterTaggableManager(
        through=ProfileInterest, blank=True, verbose_name=_("areas of interest")
    )
    participation = models.JSONField(_("how they take part"), default=list, blank=True)
    bio = models.TextField(_("about me"), max_length=1000, blank=True)
    why_join = models.TextField(
        _("why they want to join"),
        max_length=1000,
        blank=True,
        help_text=_("What they wrote when they applied, for the editors deciding."),
    )
    listed_in_directory = models.BooleanField(_("listed in the member directory"), default=False)
    wants_updates = models.BooleanField(_("e-mail updates"), default=False)
    privacy_accepted_at = models.DateTimeField(null=True, blank=True)

    status = models.CharField(
        _("membership status"), max_length=20, choices=Status.choices, default=Status.UNVERIFIED
    )
    applied_at = models.DateTimeField(null=True, blank=True)
    decided_at = models.DateTimeField(null=True, blank=True)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decision_message = models.TextField(blank=True)
    created_at = models.DateTimeField(default=timezone.now)

    class Meta:
        verbose_name = _("membership application")
        verbose_name_plural = _("membership applications")
        ordering = ["-applied_at", "-created_at"]
        indexes = [models.Index(fields=["status", "listed_in_directory"])]

    def __str__(self):
        return self.user.get_full_name() or self.user.email

    @property
    def full_name(self):
        return self.user.get_full_name()

    @property
    def email(self):
        return self.user.email

    @property
    def needs_details(self):
        """Joining asks only what the editors need; the rest of the profile (type of
        organisation, interests, how they take part) is asked once approved."""
        return not self.organisation_type or not (self.participation or self.interests.exists())

    def get_participation_display(self):
        labels = dict(Participation.choices)
        return [labels[code] for code in self.participation if code in labels]

    def get_absolute_url(self):
        return reverse("members:profile", args=[self.pk])
