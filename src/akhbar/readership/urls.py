from django.urls import path

from . import views

app_name = "readership"

urlpatterns = [path("", views.count_read, name="count")]
