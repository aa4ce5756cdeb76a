from __future__ import annotations

from django.urls import URLPattern, path

from hogo.monitor import views

app_name = "monitor"
urlpatterns: list[URLPattern] = [
    path("", views.inbox, name="inbox"),
    path("articles/<int:article_pk>/", views.article, name="article"),
    path("alerts/<int:alert_pk>/decide/", views.decide, name="decide"),
    path("paste/", views.paste, name="paste"),
]
