"""The API docs page: Swagger UI from ninja's bundled files, never from a CDN.

ninja renders its docs page with scripts from a CDN unless "ninja" is in
INSTALLED_APPS; then it uses the copies shipped in the package (served as our
own static files). Our CSP allows scripts from 'self' only and pages make no
third-party requests, so without the bundled copies the page is a 404.
"""

from django.conf import settings
from django.http import Http404
from ninja.openapi.docs import Swagger


class BundledSwagger(Swagger):
    # Swagger UI would otherwise load a badge from validator.swagger.io.
    default_settings = {**Swagger.default_settings, "validatorUrl": None}

    def render_page(self, request, api, **kwargs):
        if "ninja" not in settings.INSTALLED_APPS:
            raise Http404("The API docs need 'ninja' in INSTALLED_APPS.")
        return super().render_page(request, api, **kwargs)
