from __future__ import annotations

from django.urls import path

from hogo.cases import views

app_name = "cases"
urlpatterns = [
    path("", views.case_list, name="list"),
    path("new/", views.case_create, name="create"),
    path("follow-ups/", views.follow_up_list, name="follow_ups"),
    path("<int:pk>/", views.case_detail, name="detail"),
    path("<int:pk>/print/", views.case_print, name="print"),
    path("<int:pk>/edit/", views.case_edit, name="edit"),
    path("<int:pk>/transition/", views.case_transition, name="transition"),
    path("<int:pk>/events/<slug:kind>/", views.event_add, name="add_event"),
    path("<int:pk>/documents/new/", views.document_upload, name="upload"),
    path("<int:pk>/documents/<int:document_pk>/", views.document_download, name="document"),
    path("<int:pk>/members/new/", views.member_add, name="add_member"),
    path("<int:pk>/share/", views.case_share, name="share"),
    path("<int:pk>/share/<int:user_pk>/revoke/", views.case_unshare, name="unshare"),
    path("<int:pk>/screening/", views.screening_edit, name="screening"),
]
