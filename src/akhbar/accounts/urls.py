"""Reader account URLs: akhbar's pages, then allauth's (mounted under
/<lang>/accounts/ in akhbar/urls.py). A few allauth names are routed to thin
wrappers first; allauth's own patterns for them are then never reached."""

from django.urls import include, path

from . import views

urlpatterns = [
    path("", views.account_home, name="akhbar_account"),
    path("login/", views.login, name="account_login"),
    path("signup/", views.signup, name="account_signup"),
    path("password/set/", views.password_set, name="account_set_password"),
    path("email/", views.email, name="account_email"),
    path("phone/change/", views.change_phone, name="account_change_phone"),
    path(
        "reauthenticate/code/",
        views.reauthenticate_code,
        name="akhbar_reauthenticate_code",
    ),
    path("delete/", views.delete_account, name="akhbar_delete_account"),
    path("", include("allauth.urls")),
]
