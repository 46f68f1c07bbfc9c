"""A reporter submits, an editor schedules a minute ahead, and the article
reaches the home page by itself once its time has come."""

from datetime import timedelta

import pytest
from django.utils import timezone

from .conftest import DESKTOP, PHONE
from .helpers import log_in, open_page, settle

pytestmark = pytest.mark.browser

TITLE = "مجلس الوزراء يقر خطة وطنية لتحلية مياه البحر بالطاقة الشمسية"
SUMMARY = "الخطة تشمل ثماني محطات على الساحل بحلول 2030."
FIRST = "أقر مجلس الوزراء خطة لبناء محطات تحلية تعمل بالطاقة الشمسية."
EDITED = "أقر مجلس الوزراء بالإجماع خطة لبناء ثماني محطات تحلية تعمل بالطاقة الشمسية."


def anonymous_home(browser, site) -> str:
    context = browser.new_context(viewport=PHONE)
    try:
        page = context.new_page()
        open_page(page, site("/ar/"))
        return page.content()
    finally:
        context.close()


def test_reporter_submits_editor_schedules_and_it_appears_on_time(
    site, new_page, browser, screenshots, settings
):
    from django.core.management import call_command
    from django_tasks_db.models import DBTaskResult

    from akhbar.news.models import Article, WorkflowState
    from tests.factories import make_user

    # The database task backend, as in production: side effects are queued.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    reporter = make_user(role="reporter", password="a-reporter-password-2026")
    editor = make_user(role="editor", password="an-editor-password-2026")

    # The reporter writes a draft and submits it.
    page = new_page(viewport=DESKTOP)
    log_in(page, site, reporter, "a-reporter-password-2026")
    open_page(page, site("/ar/newsroom/news/article/add/"))
    page.fill("#id_title", TITLE)
    page.fill("#id_summary", SUMMARY)
    page.locator(".ProseMirror[contenteditable=true]").click()
    page.keyboard.type(FIRST)
    page.locator("#id_section").select_option(str(site.arabic.section.pk))
    assert page.locator("input[name=_publish]").count() == 0
    page.click("input[name=_submit]")
    page.locator(".messagelist").wait_for(state="visible")
    article = Article.objects.get(title=TITLE)
    assert article.workflow_state() == WorkflowState.IN_REVIEW

    # The editor finds it waiting on the dashboard and opens it.
    editor_page = new_page(viewport=DESKTOP)
    log_in(editor_page, site, editor, "an-editor-password-2026")
    open_page(editor_page, site("/ar/newsroom/"))
    assert editor_page.locator("html").get_attribute("dir") == "rtl"
    waiting = editor_page.locator("#block-review a", has_text=TITLE)
    assert waiting.count() == 1
    settle(editor_page)
    editor_page.screenshot(
        path=screenshots / "ar-newsroom-dashboard-desktop.png", full_page=True
    )
    waiting.click()
    editor_page.wait_for_load_state("load")

    # A word changed, and the publish time set a minute ahead.
    body = editor_page.locator(".ProseMirror[contenteditable=true]")
    body.click()
    editor_page.keyboard.press("Control+A")
    editor_page.keyboard.type(EDITED)
    at = timezone.localtime(timezone.now() + timedelta(minutes=1)).replace(
        microsecond=0
    )
    editor_page.fill("#id_published_at_0", at.strftime("%Y-%m-%d"))
    editor_page.fill("#id_published_at_1", at.strftime("%H:%M:%S"))
    editor_page.click("input[name=_publish]")
    editor_page.locator(".messagelist").wait_for(state="visible")
    article.refresh_from_db()
    assert article.workflow_state() == WorkflowState.SCHEDULED
    assert article.published_at == at
    assert EDITED in article.body

    # Not yet: readers do not see it, and a purge is queued for its time.
    assert TITLE not in anonymous_home(browser, site)
    deferred = DBTaskResult.objects.filter(run_after=at)
    assert deferred.filter(task_path="akhbar.news.tasks.purge_reader_pages").exists()

    # The revision diff, as the editor sees it.
    open_page(
        editor_page,
        site(f"/ar/newsroom/news/article/{article.pk}/revisions/?from=1&to=2"),
    )
    assert editor_page.locator(".newsroom-diff ins", has_text="بالإجماع").count() == 1
    settle(editor_page)
    editor_page.screenshot(
        path=screenshots / "ar-newsroom-revision-diff-desktop.png", full_page=True
    )

    # A minute passes: the scheduled time is now behind us, and the worker runs
    # what was queued for it.
    moment = timezone.now() - timedelta(seconds=1)
    Article.objects.filter(pk=article.pk).update(published_at=moment)
    deferred.update(run_after=moment)
    call_command("db_worker", batch=True, startup_delay=False, verbosity=0)
    assert not DBTaskResult.objects.filter(status="READY").exists()

    home = anonymous_home(browser, site)
    assert TITLE in home

    # The dashboard on a phone, after the story went out.
    phone = new_page(viewport=PHONE)
    log_in(phone, site, editor, "an-editor-password-2026")
    open_page(phone, site("/ar/newsroom/"))
    assert phone.locator("#block-published a", has_text=TITLE).count() == 1
    width = phone.evaluate("document.documentElement.scrollWidth")
    assert width <= PHONE["width"], f"the dashboard is {width}px wide on a phone"
    settle(phone)
    phone.screenshot(
        path=screenshots / "ar-newsroom-dashboard-phone.png", full_page=True
    )

    # Once live, the editor adds a correction; readers see it under the story.
    open_page(editor_page, site(f"/ar/newsroom/news/article/{article.pk}/change/"))
    editor_page.select_option("#note-kind", "correction")
    editor_page.fill("#note-text", "صُحّح عدد المحطات: ثماني محطات لا ست.")
    editor_page.click(".newsroom-note-form button[type=submit]")
    editor_page.locator(".messagelist").wait_for(state="visible")
    reader = browser.new_context(viewport=PHONE)
    try:
        story = reader.new_page()
        open_page(story, site(Article.objects.get(pk=article.pk).get_absolute_url()))
        notes = story.locator(".article__notes")
        assert "ثماني محطات لا ست" in notes.inner_text()
        assert story.locator(".article__updated").is_visible()
        width = story.evaluate("document.documentElement.scrollWidth")
        assert width <= PHONE["width"]
        settle(story)
        story.screenshot(
            path=screenshots / "ar-article-correction-phone.png", full_page=True
        )
    finally:
        reader.close()


def test_translator_translates_beside_the_source_and_sees_source_changes(
    site, new_page, screenshots
):

    from akhbar.news.models import Article
    from akhbar.newsroom import revisions
    from tests.factories import make_user

    translator = make_user(role="translator", password="a-translator-password-26")
    editor = make_user(role="editor")
    page = new_page(viewport=DESKTOP)
    log_in(page, site, translator, "a-translator-password-26")
    open_page(page, site("/ar/newsroom/"))
    button = page.locator("#block-missing button").first
    source_title = page.locator("#block-missing li a").first.inner_text().strip()
    button.click()
    page.wait_for_load_state("load")
    source_panel = page.locator(".newsroom-translation__source")
    source_panel.wait_for(state="visible")
    assert source_panel.get_attribute("lang") == "ar"
    assert source_title in source_panel.inner_text()
    draft = Article.objects.get(language="en", created_by=translator)
    assert page.url.endswith(f"/ar/newsroom/news/article/{draft.pk}/change/")
    settle(page)
    page.screenshot(
        path=screenshots / "ar-newsroom-translation-desktop.png", full_page=True
    )

    # The editor corrects the source; the translator sees what changed.
    source = Article.objects.get(title=source_title, language="ar")
    source.summary = source.summary + " (تصحيح: الرقم الصحيح هو ثمانية)"
    source.save()
    revisions.record_revision(article=source, by=editor)
    open_page(page, site(f"/ar/newsroom/news/article/{draft.pk}/change/"))
    stale = page.locator(".newsroom-stale")
    stale.wait_for(state="visible")
    assert stale.locator("ins", has_text="ثمانية").count() == 1
    page.locator(".newsroom-stale").screenshot(
        path=screenshots / "ar-newsroom-stale-translation.png"
    )
