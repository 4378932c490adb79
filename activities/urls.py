from django.urls import path

from . import views

app_name = "activities"

urlpatterns = [
    path("", views.finder, name="finder"),
    path("sheet/", views.sheet, name="sheet"),
    path("mine/", views.mine, name="mine"),
    path("organisations/new/", views.organisation_form, name="new_organisation"),
    path("organisations/<dbid:pk>/", views.organisation_form, name="edit_organisation"),
    path(
        "organisations/<dbid:organisation_pk>/activities/new/",
        views.new_activity,
        name="new_activity",
    ),
    path("<dbid:pk>/", views.detail, name="detail"),
    path("<dbid:pk>/edit/", views.edit_activity, name="edit"),
    path("<dbid:pk>/confirm/", views.confirm, name="confirm"),
]
