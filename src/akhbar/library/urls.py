from django.urls import path

from . import views

app_name = "library"

urlpatterns = [
    path("saved/", views.saved, name="saved"),
    path("news/", views.my_news, name="my-news"),
    path("saved/<int:pk>/", views.set_saved, {"active": True}, name="save"),
    path("saved/<int:pk>/remove/", views.set_saved, {"active": False}, name="unsave"),
    path(
        "following/section/<slug:slug>/",
        views.set_following,
        {"kind": "section", "active": True},
        name="follow-section",
    ),
    path(
        "following/section/<slug:slug>/remove/",
        views.set_following,
        {"kind": "section", "active": False},
        name="unfollow-section",
    ),
    path(
        "following/tag/<str:slug>/",
        views.set_following,
        {"kind": "tag", "active": True},
        name="follow-tag",
    ),
    path(
        "following/tag/<str:slug>/remove/",
        views.set_following,
        {"kind": "tag", "active": False},
        name="unfollow-tag",
    ),
]
