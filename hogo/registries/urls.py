from __future__ import annotations

from django.urls import path

from hogo.registries import views

app_name = "registries"
urlpatterns = [
    path("", views.registry_list, name="list"),
    path("verify/<int:pk>/", views.verify, name="verify"),
    path("verify/<int:pk>/decide/", views.decide, name="decide"),
    path("<slug:name>/", views.registry_detail, name="detail"),
]
