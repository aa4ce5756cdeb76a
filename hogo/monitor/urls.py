from __future__ import annotations

from django.urls import URLPattern, path

from hogo.monitor import views

app_name = "monitor"
urlpatterns: list[URLPattern] = [
    path("", views.inbox, name="inbox"),
    path("articles/<int:article_pk>/", views.article, name="article"),
    path("alerts/<int:alert_pk>/decide/", views.decide, name="decide"),
    path("paste/", views.paste, name="paste"),
    path("feeds/", views.feeds, name="feeds"),
    path("feeds/add/", views.feed_add, name="feed_add"),
    path("feeds/<int:feed_pk>/edit/", views.feed_edit, name="feed_edit"),
    path("feeds/<int:feed_pk>/pause/", views.feed_pause, name="feed_pause"),
    path("feeds/<int:feed_pk>/resume/", views.feed_resume, name="feed_resume"),
    path("feeds/<int:feed_pk>/fetch/", views.feed_fetch, name="feed_fetch"),
]
