"""A member's collaboration calls and replies in their data export, and when they leave."""

from home.personal_data import Handling

from .models import Call, Response

RELATIONS = {
    ("collaboration.Call", "poster"): Handling(
        "collaboration_calls", "deleted, with the replies to them"
    ),
    ("collaboration.Call", "decided_by"): Handling("", "kept, without the editor's name"),
    ("collaboration.Response", "responder"): Handling("collaboration_replies", "deleted"),
}


def export_personal_data(user, data):
    data["collaboration_calls"] = [
        {
            "topic": call.topic,
            "description": call.description,
            "looking_for": call.looking_for,
            "sectors": call.sectors,
            "region": call.region,
            "deadline": call.deadline,
            "status": call.status,
            "created_at": call.created_at,
            "replies_received": call.responses.count(),
        }
        for call in Call.objects.filter(poster=user).order_by("created_at")
    ]
    data["collaboration_replies"] = [
        {
            "call": response.call.topic,
            "message": response.message,
            "status": response.status,
            "created_at": response.created_at,
        }
        for response in Response.objects.filter(responder=user)
        .select_related("call")
        .order_by("created_at")
    ]


def forget(user):
    Call.objects.filter(decided_by=user).update(decided_by=None)
    Call.objects.filter(poster=user).delete()
    Response.objects.filter(responder=user).delete()
