"""Live coverage in the newsroom: the list of live stories, starting one, and
each story's desk, where several people post at once.

Every button posts to its own small view, which calls one function of
`live.py` (permissions, audit, purges live there) and comes back to the desk.
"""

from django import forms
from django.contrib import admin, messages
from django.db.models import Count, Q
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import get_language_info, gettext_lazy
from django.utils.translation import gettext as _

from akhbar.live.models import SUMMARY_MAX_LENGTH, UPDATE_MAX_LENGTH, LiveCoverage
from akhbar.live.text import editable_text

from . import live
from .errors import WorkflowError


class StartForm(forms.ModelForm):
    class Meta:
        model = LiveCoverage
        fields = ["article", "summary"]
        widgets = {"summary": forms.Textarea(attrs={"rows": 4, "dir": "auto"})}
        help_texts = {
            "article": gettext_lazy("The published story the updates belong to."),
            "summary": gettext_lazy(
                "What readers should know first; editors keep it current."
            ),
        }

    def clean_article(self):
        article = self.cleaned_data["article"]
        problem = live.start_problem(article)
        if problem:
            raise forms.ValidationError(problem)
        return article


@admin.register(LiveCoverage)
class LiveCoverageAdmin(admin.ModelAdmin):
    form = StartForm
    raw_id_fields = ["article"]
    list_display = ["story", "language", "is_live", "started_at", "update_count"]
    list_filter = [("ended_at", admin.EmptyFieldListFilter)]
    search_fields = ["article__title"]

    def get_queryset(self, request):
        return (
            super()
            .get_queryset(request)
            .select_related("article")
            .annotate(
                visible_updates=Count("updates", filter=Q(updates__removed_at=None))
            )
        )

    @admin.display(description=gettext_lazy("story"))
    def story(self, coverage):
        article = coverage.article
        return format_html(
            '<span dir="auto" lang="{}">{}</span>', article.language, article.title
        )

    @admin.display(description=gettext_lazy("language"))
    def language(self, coverage):
        return get_language_info(coverage.article.language)["name_translated"]

    @admin.display(description=gettext_lazy("live now"), boolean=True)
    def is_live(self, coverage):
        return coverage.is_open

    @admin.display(description=gettext_lazy("updates"))
    def update_count(self, coverage):
        return coverage.visible_updates

    def has_delete_permission(self, request, obj=None):
        return False  # coverage ends by closing it; the article keeps its record

    def save_model(self, request, obj, form, change):
        live.start_coverage(
            article=obj.article, by=request.user, summary=obj.summary or ""
        )

    def response_add(self, request, obj, post_url_continue=None):
        coverage = LiveCoverage.objects.get(article=obj.article)
        messages.success(request, _("Live coverage started: post the first update."))
        return HttpResponseRedirect(self._desk_url(coverage))

    def get_urls(self):
        view = self.admin_site.admin_view
        name = "live_livecoverage"
        return [
            path("<int:pk>/post/", view(self.post_view), name=f"{name}_post"),
            path("<int:pk>/summary/", view(self.summary_view), name=f"{name}_summary"),
            path("<int:pk>/close/", view(self.close_view), name=f"{name}_close"),
            path(
                "<int:pk>/update/<int:update_pk>/<str:action>/",
                view(self.update_view),
                name=f"{name}_update",
            ),
            *super().get_urls(),
        ]

    # The desk: the change page of a live story is where its updates are posted.

    def _desk_url(self, coverage) -> str:
        return reverse("admin:live_livecoverage_change", args=[coverage.pk])

    def _coverage(self, request, pk) -> LiveCoverage:
        if not self.has_view_permission(request):
            raise Http404
        return get_object_or_404(LiveCoverage.objects.select_related("article"), pk=pk)

    def change_view(self, request, object_id, form_url="", extra_context=None):
        try:
            pk = int(object_id)
        except (TypeError, ValueError):
            raise Http404 from None
        return self._desk(request, self._coverage(request, pk))

    def _desk(self, request, coverage, *, status=200, **state):
        user = request.user
        updates = list(
            coverage.updates.select_related("author", "posted_by").newest_first()
        )
        for update in updates:
            update.can_edit = live.can_edit_update(user, update)
            update.can_remove = live.can_remove_update(user, update)
            update.editable = editable_text(update.body)
        summary_text = state.pop("summary_text", None)
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": coverage.article.title,
            "coverage": coverage,
            "updates": updates,
            "can_post": live.can_post(user) and coverage.is_open,
            "can_run": live.can_run(user),
            "can_pin": live.can_pin(user),
            "summary_text": editable_text(coverage.summary)
            if summary_text is None
            else summary_text,
            "update_max": UPDATE_MAX_LENGTH,
            "summary_max": SUMMARY_MAX_LENGTH,
            **state,
        }
        return TemplateResponse(
            request, "newsroom/live/desk.html", context, status=status
        )

    def _back(self, request, coverage, message: str, level=messages.SUCCESS):
        messages.add_message(request, level, message)
        return HttpResponseRedirect(self._desk_url(coverage))

    def post_view(self, request, pk):
        coverage = self._coverage(request, pk)
        if request.method != "POST":
            return HttpResponseRedirect(self._desk_url(coverage))
        body = request.POST.get("body", "")
        try:
            live.post_update(coverage=coverage, body=body, by=request.user)
        except WorkflowError as error:
            return self._desk(
                request, coverage, status=400, post_text=body, post_error=error.message
            )
        return self._back(request, coverage, _("Update posted."))

    def summary_view(self, request, pk):
        coverage = self._coverage(request, pk)
        if request.method != "POST":
            return HttpResponseRedirect(self._desk_url(coverage))
        text = request.POST.get("summary", "")
        version = request.POST.get("summary_version", "")
        try:
            live.update_summary(
                coverage=coverage,
                summary=text,
                by=request.user,
                expected_version=int(version) if version.isdigit() else None,
            )
        except live.SummaryConflict as conflict:
            return self._desk(
                request,
                conflict.current,
                status=409,
                summary_text=text,
                summary_error=conflict.message,
                summary_conflict=True,
            )
        except WorkflowError as error:
            return self._desk(
                request,
                coverage,
                status=400,
                summary_text=text,
                summary_error=error.message,
            )
        return self._back(request, coverage, _("Summary saved."))

    def close_view(self, request, pk):
        coverage = self._coverage(request, pk)
        if request.method == "POST":
            try:
                live.close_coverage(coverage=coverage, by=request.user)
            except WorkflowError as error:
                return self._back(request, coverage, error.message, messages.ERROR)
            return self._back(request, coverage, _("Live coverage closed."))
        if not live.can_run(request.user):
            return self._back(
                request,
                coverage,
                _("Only editors may close live coverage."),
                messages.ERROR,
            )
        context = {
            **self.admin_site.each_context(request),
            "opts": self.opts,
            "title": _("Close live coverage"),
            "coverage": coverage,
        }
        return TemplateResponse(request, "newsroom/live/close.html", context)

    def update_view(self, request, pk, update_pk, action):
        coverage = self._coverage(request, pk)
        update = get_object_or_404(coverage.updates, pk=update_pk)
        if request.method != "POST":
            return HttpResponseRedirect(self._desk_url(coverage))
        user = request.user
        actions = {
            "pin": (lambda: live.pin_update(update=update, by=user), _("Pinned.")),
            "unpin": (
                lambda: live.pin_update(update=update, by=user, pinned=False),
                _("Unpinned."),
            ),
            "remove": (
                lambda: live.remove_update(update=update, by=user),
                _("Update removed from the page."),
            ),
            "edit": (
                lambda: live.edit_update(
                    update=update, body=request.POST.get("body", ""), by=user
                ),
                _("Update corrected."),
            ),
        }
        if action not in actions:
            raise Http404
        run, message = actions[action]
        try:
            run()
        except WorkflowError as error:
            return self._back(request, coverage, error.message, messages.ERROR)
        return self._back(request, coverage, message)
