from __future__ import annotations

from django.urls import path

from hogo.accounts import views

app_name = "accounts"
urlpatterns = [
    path("login/", views.SignInView.as_view(), name="login"),
    path("logout/", views.SignOutView.as_view(), name="logout"),
    path("", views.account_list, name="list"),
    path("new/", views.account_create, name="create"),
    path("<int:pk>/", views.account_edit, name="edit"),
    path("confirm/", views.reauth, name="reauth"),
    path("verify/", views.verify, name="verify"),
    path("enrol/", views.enrol, name="enrol"),
    path("security/", views.security, name="security"),
    path("security/password/", views.change_password, name="password"),
    path("security/recovery-codes/", views.recovery_codes, name="recovery_codes"),
    path("security/remove/", views.remove_factor, name="remove_factor"),
    path("<int:pk>/reset-factors/", views.reset_factors, name="reset_factors"),
    path("changes/<int:pk>/decide/", views.decide_change, name="decide_change"),
    path("tokens/", views.tokens, name="tokens"),
    path("tokens/<int:pk>/revoke/", views.token_revoke, name="revoke_token"),
]
