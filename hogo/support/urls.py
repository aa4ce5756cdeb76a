from __future__ import annotations

from django.urls import path

from hogo.support import views

app_name = "support"
urlpatterns = [
    path("case/<int:pk>/", views.case_support, name="case"),
    path("rules/", views.rules, name="rules"),
    path("what-if/", views.what_if, name="what_if"),
    path("batches/", views.batches, name="batches"),
    path("batches/prepare/", views.prepare, name="prepare"),
    path("batches/<int:pk>/", views.batch, name="batch"),
    path("batches/<int:pk>/approve/", views.approve, name="approve"),
    path("batches/<int:pk>/export/", views.export, name="export"),
]
