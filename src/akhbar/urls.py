"""One place that mounts every app's URLs."""

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path, re_path

from akhbar.api.urls import api
from akhbar.web import views as web_views
from akhbar.web.media import serve_media

urlpatterns = [
    path("", web_views.choose_language, name="choose-language"),
    path("", include("akhbar.web.machine_urls")),
    path("api/v1/", api.urls),
    path("reads/", include("akhbar.readership.urls")),
]

urlpatterns += i18n_patterns(
    # The newsroom (newsroom/sites.py): the dashboard is its index.
    path("newsroom/", admin.site.urls),
    path("accounts/", include("akhbar.accounts.urls")),
    path("me/", include("akhbar.library.urls")),
    path("search/", include("akhbar.search.urls")),
    path("", include("akhbar.web.urls")),
    prefix_default_language=True,
)

if settings.AKHBAR_SERVE_MEDIA:
    urlpatterns += [
        re_path(r"^media/(?P<path>.+)$", serve_media, name="media"),
    ]

handler404 = "akhbar.web.views.page_not_found"
handler500 = "akhbar.web.views.server_error"
# allauth answers rate-limited requests with this view.
handler429 = "akhbar.accounts.views.too_many_requests"
