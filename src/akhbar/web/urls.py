from django.urls import path

from . import feeds, live, views

app_name = "web"

urlpatterns = [
    path("", views.home, name="home"),
    path("latest/", views.latest, name="latest"),
    path("section/<slug:slug>/", views.section_page, name="section"),
    path("tag/<str:slug>/", views.tag_page, name="tag"),
    path("people/<slug:slug>/", views.person_page, name="person"),
    path("article/<int:pk>/<str:slug>/", views.article_page, name="article"),
    path("article/<int:pk>/live/updates/", live.live_updates, name="live-updates"),
    path("article/<int:pk>/live/rss/", live.LiveRss(), name="live-rss"),
    path("article/<int:pk>/live/atom/", live.LiveAtom(), name="live-atom"),
    path("feed/rss/", feeds.LatestRss(), name="feed-rss"),
    path("feed/atom/", feeds.LatestAtom(), name="feed-atom"),
    path("section/<slug:slug>/rss/", feeds.SectionRss(), name="section-rss"),
    path("section/<slug:slug>/atom/", feeds.SectionAtom(), name="section-atom"),
    path("tag/<str:slug>/rss/", feeds.TagRss(), name="tag-rss"),
    path("tag/<str:slug>/atom/", feeds.TagAtom(), name="tag-atom"),
    path("people/<slug:slug>/rss/", feeds.PersonRss(), name="person-rss"),
    path("people/<slug:slug>/atom/", feeds.PersonAtom(), name="person-atom"),
]
