from __future__ import annotations

from django.urls import path

from hogo.stats import views

app_name = "stats"
urlpatterns = [
    path("", views.overview, name="overview"),
    path("publish/", views.publish, name="publish"),
    path("releases/<int:pk>/", views.release_detail, name="release"),
    path("releases/<int:pk>/csv/", views.download_csv, name="csv"),
    path("releases/<int:pk>/xlsx/", views.download_xlsx, name="xlsx"),
    path("dashboard/", views.dashboard, name="dashboard"),
]
