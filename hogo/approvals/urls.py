from __future__ import annotations

from django.urls import path

from hogo.approvals import views

app_name = "approvals"
urlpatterns = [
    path("", views.request_list, name="list"),
    path("access/new/", views.access_request, name="request_access"),
    path("export/new/", views.export_request, name="request_export"),
    path("<int:pk>/", views.request_detail, name="detail"),
    path("<int:pk>/decide/", views.request_decide, name="decide"),
    path("<int:pk>/withdraw/", views.request_withdraw, name="withdraw"),
    path("<int:pk>/download/", views.export_download, name="download"),
    path("emergency/", views.break_glass, name="break_glass"),
    path("emergency/<int:pk>/revoke/", views.emergency_revoke, name="revoke_emergency"),
    path("notifications/", views.notifications, name="notifications"),
]
