from django.urls import path

from . import views

app_name = "members"

urlpatterns = [
    path("", views.directory, name="directory"),
    path("<int:pk>/", views.profile, name="profile"),
    path("account/", views.account, name="account"),
    path("account/my-data.json", views.download_data, name="download_data"),
    path("account/delete/", views.delete, name="delete_account"),
]
