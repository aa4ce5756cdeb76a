from __future__ import annotations

from django.urls import path

from hogo.support import views

app_name = "support"
urlpatterns = [
    path("case/<int:pk>/", views.case_support, name="case"),
    path("case/<int:pk>/household/", views.household_form, name="household"),
    path("case/<int:pk>/entitlement/", views.entitlement_form, name="entitlement"),
    path("case/<int:pk>/override/", views.override_form, name="override"),
    path(
        "case/<int:pk>/override/<int:override_pk>/decide/",
        views.override_decide,
        name="override_decide",
    ),
    path("case/<int:pk>/report/", views.report_form, name="report"),
    path("case/<int:pk>/plan/", views.plan_create, name="plan"),
    path("case/<int:pk>/tasks/<int:task_pk>/done/", views.task_done, name="task_done"),
    path("rules/", views.rules, name="rules"),
    path("what-if/", views.what_if, name="what_if"),
    path("batches/", views.batches, name="batches"),
    path("batches/prepare/", views.prepare, name="prepare"),
    path("batches/<int:pk>/", views.batch, name="batch"),
    path("batches/<int:pk>/approve/", views.approve, name="approve"),
    path("batches/<int:pk>/export/", views.export, name="export"),
]
