from django.urls import path

from . import views

app_name = "conversations"

urlpatterns = [
    path("", views.inbox, name="inbox"),
    path("new/<dbid:profile_pk>/", views.start, name="start"),
    path("<dbid:pk>/", views.thread, name="thread"),
    path("<dbid:pk>/block/", views.block, name="block"),
    path("<dbid:pk>/report/<dbid:message_pk>/", views.report, name="report"),
    path("reply/<str:token>/", views.reply_link, name="reply_link"),
]
