"""Telling registrants when an event is cancelled, postponed or moved."""

from django.db.models import F
from django.dispatch import receiver
from wagtail.signals import page_published

from .models import EventPage, Registration
from .registration import send_registration_email


@receiver(page_published, sender=EventPage)
def notify_changes(sender, instance, alias=False, **kwargs):
    event = instance
    if alias or event.booking_event.pk != event.pk:
        # Registrations belong to the default language's version; it tells people.
        return
    before = (event.notified_start, event.notified_end, event.notified_status)
    now = (event.start, event.end, event.status)
    if before == now:
        return
    first_publication = event.notified_status == ""
    EventPage.objects.filter(pk=event.pk).update(
        notified_start=event.start,
        notified_end=event.end,
        notified_status=event.status,
        sequence=F("sequence") + (0 if first_publication else 1),
    )
    if first_publication:
        return
    event.refresh_from_db()
    registrations = event.registrations.exclude(
        status=Registration.Status.CANCELLED
    ).select_related("user")
    for registration in registrations:
        # Each person's own calendar entry: who may join decides what it carries.
        registration.event = event
        send_registration_email(registration, "events/email/changed.txt", calendar=True)
