"""Breaking news in the newsroom: editors and admins add, change and remove
alerts; every save and delete goes through `breaking.py` (audit, purges)."""

from django.contrib import admin
from django.db.models import Exists, OuterRef
from django.utils import timezone
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from akhbar.news.breaking import BreakingAlert

from . import breaking


@admin.register(BreakingAlert)
class BreakingAlertAdmin(admin.ModelAdmin):
    fields = ["language", "text", "article", "starts_at", "ends_at"]
    list_display = [
        "alert_text",
        "language",
        "showing_now",
        "starts_at",
        "ends_at",
        "article",
    ]
    list_filter = ["language"]
    raw_id_fields = ["article"]
    search_fields = ["text"]

    def get_queryset(self, request):
        showing = BreakingAlert.objects.showing(None, now=timezone.now())
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .annotate(is_showing_now=Exists(showing.filter(pk=OuterRef("pk"))))
        )

    @admin.display(description=_("alert text"))
    def alert_text(self, alert):
        return format_html('<span dir="auto">{}</span>', alert.text)

    @admin.display(description=_("showing now"), boolean=True)
    def showing_now(self, alert):
        return alert.is_showing_now

    def save_model(self, request, obj, form, change):
        breaking.save_alert(alert=obj, by=request.user)

    def delete_model(self, request, obj):
        breaking.remove_alerts(alerts=[obj], by=request.user)

    def delete_queryset(self, request, queryset):
        breaking.remove_alerts(alerts=list(queryset), by=request.user)
