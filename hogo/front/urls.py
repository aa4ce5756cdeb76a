from __future__ import annotations

from django.urls import path

from hogo.front import views

app_name = "front"
urlpatterns = [path("", views.home, name="home")]
