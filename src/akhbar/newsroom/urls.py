"""The newsroom's start page, mounted before the admin at /<lang>/newsroom/."""

from django.contrib import admin
from django.urls import path

from . import views

app_name = "newsroom"

urlpatterns = [
    path("", admin.site.admin_view(views.dashboard), name="dashboard"),
]
