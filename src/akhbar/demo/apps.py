from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "akhbar.demo"
    label = "demo"
