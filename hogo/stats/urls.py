from __future__ import annotations

from django.urls import path

from hogo.stats import views

app_name = "stats"
urlpatterns = [path("", views.overview, name="overview")]
