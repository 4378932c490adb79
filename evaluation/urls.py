from django.urls import path, re_path

from . import questionnaire_views, views

app_name = "evaluation"

# Row IDs of at most 18 digits, so a longer number is a 404, not a database error.
EVALUATION = r"^evaluations/(?P<pk>[0-9]{1,18})/"

urlpatterns = [
    path("evaluations/", views.evaluation_list, name="list"),
    path("evaluations/new/", views.create, name="create"),
    re_path(EVALUATION + r"$", views.detail, name="detail"),
    re_path(EVALUATION + r"edit/$", views.edit, name="edit"),
    re_path(EVALUATION + r"close/$", views.close, name="close"),
    re_path(EVALUATION + r"sheet/$", views.sheet, name="sheet"),
    re_path(EVALUATION + r"summary/$", views.summary, name="summary"),
    re_path(EVALUATION + r"paper/$", views.paper_entry, name="paper_entry"),
    re_path(EVALUATION + r"responses\.csv$", views.responses_csv, name="responses_csv"),
    re_path(
        EVALUATION + r"qr/(?P<stage>before|after)\.(?P<image_format>png|svg)$",
        views.qr_code,
        name="qr_code",
    ),
    # The participants' short link: /q/<token>/before/ and /q/<token>/after/.
    re_path(
        r"^q/(?P<token>[A-Za-z0-9]{1,16})/(?P<stage>before|after)/$",
        questionnaire_views.questionnaire,
        name="questionnaire",
    ),
    path("evidence/", views.evidence, name="evidence"),
]
