"""Newsroom pages beside the admin's own: dashboard, revisions, translations,
notes and the trash. Thin: read the input, call one service, show the result."""

from django.conf import settings
from django.contrib import admin, messages
from django.core.exceptions import PermissionDenied
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import reverse, translate_url
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_POST

from akhbar.news.models import Article
from akhbar.web.views import render_article

from . import corrections, translations, trash, workflow
from .dashboard import blocks_for
from .diff import changed_data_fields, compare_content
from .errors import WorkflowError
from .forms import StepForm
from .permissions import (
    can_edit,
    can_see_trash,
    can_translate,
    can_untrash,
    can_view_audit,
    openable_articles,
)
from .revisions import DATA_LABELS, TEXT_FIELDS, restore_revision


def _context(request, title: str, **extra) -> dict:
    return {
        **admin.site.each_context(request),
        "title": title,
        "opts": Article._meta,
        **extra,
    }


def _change_url(article) -> str:
    return reverse("admin:news_article_change", args=[article.pk])


def _article(request, object_id) -> Article:
    """Return an article this user may open, or 404 (never a 500 on a bad id)."""
    try:
        pk = int(object_id)
    except (TypeError, ValueError):
        raise Http404 from None
    articles = Article.objects.not_trashed()  # restore it to work on it
    return get_object_or_404(openable_articles(request.user, articles), pk=pk)


def _int(value, default=None):
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _done(request, outcome, url: str) -> HttpResponseRedirect:
    level = messages.SUCCESS if outcome.changed else messages.WARNING
    messages.add_message(request, level, outcome.message)
    return HttpResponseRedirect(url)


def _refused(request, error: WorkflowError, url: str) -> HttpResponseRedirect:
    messages.error(request, error.message)
    return HttpResponseRedirect(url)


def dashboard(request):
    return TemplateResponse(
        request,
        "newsroom/dashboard.html",
        _context(
            request,
            _("Newsroom"),
            blocks=blocks_for(request.user),
            app_list=admin.site.get_app_list(request),
            language_links=[
                (code, name, translate_url(request.path, code))
                for code, name in settings.LANGUAGES
            ],
            can_translate=can_translate(request.user),
            can_see_trash=can_see_trash(request.user),
            can_view_audit=can_view_audit(request.user),
        ),
    )


@never_cache
def preview(request, object_id):
    """Show the reader page of an article this user may open, published or not.

    Trashed articles too, for those who see the trash (its list links here).
    """
    articles = openable_articles(request.user, Article.objects.for_page())
    return render_article(
        request, get_object_or_404(articles, pk=_int(object_id, 0)), preview=True
    )


def revisions(request, object_id):
    """List an article's revisions and show the difference between two of them."""
    article = _article(request, object_id)
    all_revisions = list(
        article.revisions.select_related("created_by").order_by("-number")
    )
    by_number = {revision.number: revision for revision in all_revisions}
    newest = all_revisions[0].number if all_revisions else None
    new = by_number.get(_int(request.GET.get("to"), newest))
    old = by_number.get(_int(request.GET.get("from"), new.number - 1 if new else None))
    comparison = changed = None
    if new is not None:
        before = old.content() if old else {}
        comparison = compare_content(before, new.content(), TEXT_FIELDS)
        changed = [
            DATA_LABELS.get(name, name)
            for name in changed_data_fields(before.get("data", {}), new.data)
        ]
    return TemplateResponse(
        request,
        "newsroom/revisions.html",
        _context(
            request,
            _("Revisions of “%(title)s”") % {"title": article.title},
            article=article,
            revisions=all_revisions,
            old=old,
            new=new,
            comparison=comparison,
            changed_fields=changed,
            can_restore=can_edit(request.user, article),
        ),
    )


@require_POST
def restore(request, object_id, number):
    article = _article(request, object_id)
    url = reverse("admin:news_article_revisions", args=[article.pk])
    try:
        outcome = restore_revision(
            article=article,
            number=number,
            by=request.user,
            expected_version=_int(request.POST.get("version")),
        )
    except WorkflowError as error:
        return _refused(request, error, url)
    return _done(request, outcome, _change_url(article))


@require_POST
def translate(request, object_id):
    article = _article(request, object_id)
    try:
        outcome = translations.translate_into(
            source=article, language=request.POST.get("language", ""), by=request.user
        )
    except WorkflowError as error:
        return _refused(request, error, _change_url(article))
    return _done(request, outcome, _change_url(outcome.article))


@require_POST
def take_step(request, object_id):
    """Take the workflow step whose button was pressed, on an article one may open.

    The editor's step buttons land here after their form saved the article
    (a 307 redirect re-sends the same POST, token included); any other page can
    post a step here directly.
    """
    article = _article(request, object_id)
    step = workflow.step_for_button(request.POST)
    url = _change_url(article)
    form = StepForm(request.POST, article=article)
    if step is None or not form.is_valid():
        messages.error(request, _("Choose a step, with a valid time."))
        return HttpResponseRedirect(url)
    try:
        outcome = workflow.take(
            step,
            article=article,
            by=request.user,
            comment=form.cleaned_data["workflow_comment"],
            at=form.chosen_time,
        )
    except WorkflowError as error:
        return _refused(request, error, url)
    return _done(request, outcome, reverse("admin:news_article_changelist"))


@require_POST
def add_note(request, object_id):
    article = _article(request, object_id)
    try:
        outcome = corrections.add_note(
            article=article,
            by=request.user,
            kind=request.POST.get("kind", ""),
            text=request.POST.get("text", ""),
        )
    except WorkflowError as error:
        return _refused(request, error, _change_url(article) + "#notes")
    return _done(request, outcome, _change_url(article) + "#notes")


def trash_list(request):
    if not can_see_trash(request.user):
        raise PermissionDenied
    articles = (
        Article.objects.trashed()
        .select_related("deleted_by", "section")
        .defer("body")
        .order_by("-deleted_at")
    )
    rows = [(article, trash.purge_after(article)) for article in articles[:200]]
    return TemplateResponse(
        request,
        "newsroom/trash.html",
        _context(
            request,
            _("Trash"),
            rows=rows,
            count=articles.count(),
            days=trash.TRASH_DAYS,
            can_untrash=can_untrash(request.user),
        ),
    )


@require_POST
def untrash(request, object_id):
    url = reverse("admin:trash")
    article = get_object_or_404(Article.objects.trashed(), pk=_int(object_id, 0))
    try:
        outcome = workflow.take("untrash", article=article, by=request.user)
    except WorkflowError as error:
        return _refused(request, error, url)
    return _done(request, outcome, url)
