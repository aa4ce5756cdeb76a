from __future__ import annotations

from django.urls import path

from hogo.ops import views

app_name = "ops"
urlpatterns = [path("healthz", views.health, name="health")]
