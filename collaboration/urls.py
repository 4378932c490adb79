from django.urls import path

from . import views

app_name = "collaboration"

urlpatterns = [
    path("", views.call_list, name="list"),
    path("new/", views.new_call, name="new"),
    path("feed/", views.feed, name="feed"),
    path("<dbid:pk>/", views.call_detail, name="detail"),
    path("<dbid:pk>/interested/", views.respond, name="respond"),
    path("<dbid:pk>/replies/<dbid:response_pk>/accept/", views.accept, name="accept"),
    path("<dbid:pk>/close/", views.close, name="close"),
]
