"""Demo members: enough people across organisation types and regions for the
directory to be worth searching, plus a few applications waiting for editors."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from .models import MEMBERS_GROUP, OrganisationType, Participation, Profile, Region

FIRST_NAMES = [
    "Aisha",
    "Bethan",
    "Callum",
    "Dafydd",
    "Eleanor",
    "Farah",
    "Gareth",
    "Hannah",
    "Imran",
    "Jess",
    "Kwame",
    "Lowri",
    "Mohammed",
    "Niamh",
    "Owen",
    "Priya",
    "Rhys",
    "Sian",
    "Tomasz",
    "Una",
    "Victor",
    "Wen",
    "Yusuf",
    "Zara",
    "Ali",
    "Bronwen",
    "Chidi",
    "Deborah",
    "Euan",
    "Fiona",
    "Grace",
    "Harri",
]
SURNAMES = [
    "Ahmed",
    "Baker",
    "Campbell",
    "Davies",
    "Evans",
    "Fraser",
    "Green",
    "Hughes",
    "Iqbal",
    "Jones",
    "Khan",
    "Lewis",
    "Morgan",
    "Nowak",
    "Owusu",
    "Patel",
    "Quinn",
    "Roberts",
    "Singh",
    "Thomas",
    "Usman",
    "Vaughan",
    "Williams",
    "Young",
]
ORGANISATIONS = {
    OrganisationType.HERITAGE: ["Riverside Heritage Trust", "Old Mill Preservation Society"],
    OrganisationType.MUSEUM_ARCHIVE_LIBRARY: ["County Museum Service", "City Archives"],
    OrganisationType.VCSE: ["Community Voluntary Service", "Neighbours Together"],
    OrganisationType.HEALTH_CARE: ["Valley Primary Care Network", "Greenway Surgery"],
    OrganisationType.LOCAL_AUTHORITY: ["Borough Council Culture Team", "County Council"],
    OrganisationType.ACADEMIC: ["University School of Health", "Institute of Archaeology"],
    OrganisationType.FREELANCE: ["Independent practitioner"],
    OrganisationType.OTHER: ["Community Radio Station"],
}
ROLES = [
    "Learning officer",
    "Link worker",
    "Volunteer coordinator",
    "Researcher",
    "Project manager",
    "Community archaeologist",
    "Director",
    "Wellbeing lead",
]
INTERESTS = [
    "archaeology",
    "archives",
    "built heritage",
    "dementia",
    "evaluation",
    "loneliness",
    "mental health",
    "museums",
    "oral history",
    "volunteering",
]
APPROVED_COUNT = 32
PENDING_COUNT = 3


def demo_people():
    """(email, name, organisation type, organisation, role, region, interests,
    participation, listed) for each demo person, the same on every run."""
    types = list(ORGANISATIONS)
    regions = list(Region.values)
    participation = list(Participation.values)
    for number in range(APPROVED_COUNT + PENDING_COUNT):
        org_type = types[number % len(types)]
        names = ORGANISATIONS[org_type]
        yield {
            "email": f"demo.member{number + 1:02d}@example.org",
            "name": f"{FIRST_NAMES[number % len(FIRST_NAMES)]} {SURNAMES[(number * 7) % len(SURNAMES)]}",
            "organisation_type": org_type,
            "organisation": names[number % len(names)],
            "role": ROLES[number % len(ROLES)],
            "region": regions[number % len(regions)],
            "interests": [
                INTERESTS[number % len(INTERESTS)],
                INTERESTS[(number * 3 + 1) % len(INTERESTS)],
            ],
            "participation": participation[: 1 + number % len(participation)],
            "listed": number % 5 != 4,  # most, not all, choose to be listed
            "approved": number < APPROVED_COUNT,
        }


def load_members():
    """The directory's demo people cannot log in (unusable passwords): they are
    there to be found, and hashing dozens of passwords would slow the command."""
    User = get_user_model()
    members_group = Group.objects.get(name=MEMBERS_GROUP)
    now = timezone.now()
    for person in demo_people():
        if User.objects.filter(email=person["email"]).exists():
            continue
        user = User.objects.create_user(
            email=person["email"], password=None, full_name=person["name"]
        )
        profile = Profile.objects.create(
            user=user,
            organisation=person["organisation"],
            organisation_type=person["organisation_type"],
            role=person["role"],
            region=person["region"],
            participation=person["participation"],
            listed_in_directory=person["listed"],
            privacy_accepted_at=now,
            applied_at=now,
            status=Profile.Status.APPROVED if person["approved"] else Profile.Status.APPLIED,
            decided_at=now if person["approved"] else None,
            bio="I would like to hear from anyone working on similar projects.",
        )
        profile.interests.set(person["interests"])
        profile.save()
        verify_email(user)
        if person["approved"]:
            user.groups.add(members_group)


def ensure_profile(user, **fields):
    """Give a demo account a complete, approved profile (the foundation's member)."""
    profile, created = Profile.objects.get_or_create(
        user=user,
        defaults={
            "organisation": "Example Heritage Trust",
            "organisation_type": OrganisationType.HERITAGE,
            "role": "Community engagement officer",
            "region": Region.SOUTH_WEST,
            "participation": [Participation.SHARE_RESOURCES, Participation.ATTEND_MEETINGS],
            "listed_in_directory": True,
            "privacy_accepted_at": timezone.now(),
            "applied_at": timezone.now(),
            "decided_at": timezone.now(),
            "status": Profile.Status.APPROVED,
            **fields,
        },
    )
    if created:
        profile.interests.set(["oral history", "volunteering"])
        profile.save()
    verify_email(user)
    return profile


def verify_email(user):
    from allauth.account.models import EmailAddress

    EmailAddress.objects.get_or_create(
        user=user, email=user.email, defaults={"verified": True, "primary": True}
    )


DEMO_ACCOUNTS = [
    ("editor@example.org", "Edith Editor", "Editors"),
    # Approves (and so publishes) the guidance editors submit: the second person
    # of the two-step "Guidance approval" workflow (resources' migrations).
    ("approver@example.org", "Arthur Approver", "Guidance approvers"),
    ("member@example.org", "Morgan Member", "Members"),
]


def load_accounts(site):
    """The demo's editor, guidance approver and member (with the site's demo
    password), then the directory's people."""
    User = get_user_model()
    for email, name, group_name in DEMO_ACCOUNTS:
        user = User.objects.filter(email=email).first()
        if user is None:
            user = User.objects.create_user(email=email, password=site.password, full_name=name)
        elif not user.check_password(site.password):
            user.set_password(site.password)
            user.save(update_fields=["password"])
        user.groups.add(Group.objects.get(name=group_name))
        verify_email(user)
        if group_name == "Members":
            ensure_profile(user)
        site.accounts.append((email, group_name))
    load_members()
