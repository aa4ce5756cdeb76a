from __future__ import annotations

from django.urls import path

from hogo.people import views

app_name = "people"
urlpatterns = [
    path("new/", views.person_create, name="create"),
    path("<int:pk>/", views.person_detail, name="detail"),
    path("<int:pk>/edit/", views.person_edit, name="edit"),
    path("<int:pk>/names/new/", views.name_add, name="add_name"),
    path("<int:pk>/relations/new/", views.relation_add, name="add_relation"),
    path("<int:pk>/merge/", views.person_merge, name="merge"),
]
