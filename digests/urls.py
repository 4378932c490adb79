from django.urls import path

from . import views

app_name = "digests"

urlpatterns = [
    path("choice/", views.choose, name="choose"),
    path("unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
