"""Filing a story from the dashboard, counted action by action; the editor's screens.

An action is a click, a typed field, a file chosen or a key combination. Every
page action goes through `Actions`, which counts it; logging in does not count.
"""

import re

import pytest
from PIL import Image
from playwright.sync_api import expect

from tests.browser.conftest import DESKTOP, PHONE
from tests.browser.helpers import log_in, open_page, settle

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-reporter-password-2026"
TITLE = "افتتاح محطة طاقة شمسية جديدة في الصحراء"
BODY = "افتتحت الحكومة اليوم محطة للطاقة الشمسية تكفي مئة ألف منزل."
NEW_TAG = "طاقة متجددة"
MAX_ACTIONS = 8


class Actions:
    """The page, through a counter of what the writer does."""

    def __init__(self, page):
        self.page = page
        self.count = 0

    def click(self, selector: str) -> None:
        self.count += 1
        self.page.locator(selector).click()

    def fill(self, selector: str, text: str) -> None:
        self.count += 1
        self.page.locator(selector).fill(text)

    def select(self, selector: str, value: str) -> None:
        self.count += 1
        self.page.locator(selector).select_option(value)

    def choose_file(self, selector: str, path) -> None:
        self.count += 1
        self.page.locator(selector).set_input_files(str(path))

    def press(self, keys: str) -> None:
        self.count += 1
        self.page.keyboard.press(keys)


def photo(tmp_path):
    path = tmp_path / "solar.jpg"
    Image.new("RGB", (1200, 800), (200, 150, 40)).save(path, "JPEG")
    return path


def test_reporter_files_a_story_in_at_most_eight_actions(site, new_page, tmp_path):
    from akhbar.news.models import Article, WorkflowState
    from tests.factories import make_user

    reporter = make_user(role="reporter", username="ريم", password=PASSWORD)
    page = new_page(viewport=DESKTOP)
    log_in(page, site, reporter, PASSWORD)
    expect(page.locator(".newsroom-shortcuts")).to_be_visible()  # the dashboard

    act = Actions(page)
    act.click(".newsroom-shortcuts a.default")  # Write an article
    expect(page.locator("#editor-bar")).to_be_visible()
    act.fill("#id_title", TITLE)
    act.fill(".field-body .ProseMirror[contenteditable]", BODY)
    expect(page.locator("#editor-count")).to_contain_text("10 كلمات")
    act.select("#id_section", str(site.arabic.section.pk))
    act.fill("#id_new_tags", NEW_TAG)
    act.choose_file("#id_lead_image", photo(tmp_path))
    expect(page.locator(".editor-file-name")).to_have_text("solar.jpg")
    act.click("#editor-bar input[name=_submit]")
    expect(page.locator(".messagelist")).to_be_visible()

    assert act.count <= MAX_ACTIONS
    article = Article.objects.get(title=TITLE)
    assert BODY in article.body
    assert article.section == site.arabic.section
    assert [tag.name for tag in article.tags.all()] == [NEW_TAG]
    assert article.lead_image
    assert article.workflow_state() == WorkflowState.IN_REVIEW
    assert article.created_by == reporter
    assert article.word_count == 10  # as the page counted while typing


def test_keys_save_and_publish_and_tags_come_by_type_ahead_in_arabic(site, new_page):
    from akhbar.news.models import Article, Tag, WorkflowState
    from tests.factories import make_user

    tag = Tag.objects.exclude(names={}).first()
    editor = make_user(role="editor", username="سلمى", password=PASSWORD)
    page = new_page(viewport=DESKTOP)
    log_in(page, site, editor, PASSWORD)
    open_page(page, site("/ar/newsroom/news/article/add/"))
    act = Actions(page)
    act.fill("#id_title", TITLE)
    act.fill(".field-body .ProseMirror[contenteditable]", BODY)
    # Ten words, counted as the server counts them (Arabic plural: كلمات).
    expect(page.locator("#editor-count")).to_contain_text("10 كلمات")
    act.select("#id_section", str(site.arabic.section.pk))

    # select2 speaks Arabic: its own "no results" message.
    act.click(".field-tags .select2-selection")
    search = page.locator(".select2-container--open .select2-search__field")
    search.fill("ظظظظ")
    message = page.locator(".select2-results__message")
    expect(message).to_be_visible()
    assert re.search(r"[\u0600-\u06FF]", message.inner_text())
    assert not re.search(r"[A-Za-z]", message.inner_text())
    search.fill(tag.name)
    expect(page.locator(".select2-results__option--highlighted")).to_have_text(tag.name)
    act.press("Enter")

    # Leaving with unsaved changes asks first (and staying is possible).
    dialogs = []

    def answer(dialog):
        dialogs.append(dialog.type)
        dialog.dismiss()

    page.on("dialog", answer)
    with page.expect_event("dialog"):
        page.locator(".breadcrumbs a").first.click(no_wait_after=True)
    assert dialogs == ["beforeunload"]
    expect(page.locator("#id_title")).to_have_value(TITLE)

    # Ctrl+S saves; a submit is not asked about (a dismissed question would
    # have kept the page from leaving).
    act.press("Control+s")
    expect(page.locator(".messagelist")).to_be_visible()
    assert dialogs == ["beforeunload"]
    article = Article.objects.get(title=TITLE)
    assert list(article.tags.all()) == [tag]
    assert page.url.endswith(f"/ar/newsroom/news/article/{article.pk}/change/")

    # Ctrl+Shift+P is the publish button, offered to an editor.
    assert page.locator("#editor-bar input[name=_publish]").count() == 1
    act.press("Control+Shift+P")
    expect(page.locator(".messagelist")).to_contain_text("نُشر")
    article.refresh_from_db()
    assert article.workflow_state() == WorkflowState.PUBLISHED


VISIBLE_LATIN = """() => {
    const found = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const element = node.parentElement;
        if (!element || element.closest(
            'script, style, kbd, .material-icons, [hidden], [lang="en"], '
            + '.ProseMirror[contenteditable], .newsroom-source-body, bdi, '
            + '.field-lead_image a[href]'
        )) continue;
        if (!element.checkVisibility()) continue;
        const latin = node.nodeValue.match(/[A-Za-z]{2,}/g);
        if (latin) found.push(...latin);
    }
    for (const input of document.querySelectorAll('input[type=submit]')) {
        const value = input.value;
        if (input.checkVisibility() && /[A-Za-z]{2,}/.test(value)) found.push(value);
    }
    return found;
}"""


@pytest.mark.parametrize("language", ["ar", "en"])
@pytest.mark.parametrize("viewport", [PHONE, DESKTOP], ids=["phone", "desktop"])
def test_editor_screens(site, new_page, screenshots, language, viewport):
    from tests.factories import make_user

    name = "سلمى" if language == "ar" else "salma"
    editor = make_user(role="editor", username=name, password=PASSWORD)
    page = new_page(viewport=viewport)
    log_in(page, site, editor, PASSWORD)
    article = site.arabic if language == "ar" else site.english
    open_page(page, site(f"/{language}/newsroom/news/article/{article.pk}/change/"))
    body = page.locator(".field-body .ProseMirror[contenteditable]")
    expect(body).to_be_visible()
    assert body.get_attribute("lang") == article.language
    assert body.get_attribute("dir") == ("rtl" if language == "ar" else "ltr")

    # The title and body come before the side panel (in reading order, and
    # above it on a phone); the buttons are on top.
    parts = [
        "#editor-bar",
        "#id_title",
        ".field-body .ProseMirror[contenteditable]",
        ".editor-side",
    ]
    tops = page.evaluate(
        "ps => ps.map(s => document.querySelector(s).getBoundingClientRect().top)",
        parts,
    )
    in_order = page.evaluate(
        """parts => parts.slice(1).every((s, i) => document.querySelector(parts[i])
            .compareDocumentPosition(document.querySelector(s))
            & Node.DOCUMENT_POSITION_FOLLOWING)""",
        parts,
    )
    assert in_order
    assert tops[0] < tops[1] < tops[2]
    if viewport is PHONE:
        assert tops[2] < tops[3]
        assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"]
    page.evaluate("window.scrollTo(0, 2500)")
    expect(page.locator("#editor-bar input[name=_continue]")).to_be_in_viewport()

    # The prose editor's toolbar speaks the newsroom's language.
    bold = page.locator(".prose-menubar button[title]").first
    expect(bold).to_be_visible()
    titles = page.eval_on_selector_all(
        ".prose-menubar [title]", "nodes => nodes.map(n => n.title)"
    )
    if language == "ar":
        assert all(re.search(r"[\u0600-\u06FF]", t) for t in titles), titles
        # Words of the newsroom, not data: the story may quote Latin, and
        # user names (<bdi>) and the stored image's file name are as typed.
        assert page.evaluate(VISIBLE_LATIN) == []
    else:
        assert all(not re.search(r"[\u0600-\u06FF]", t) for t in titles), titles
    page.evaluate("window.scrollTo(0, 0)")
    settle(page)
    kind = "phone" if viewport is PHONE else "desktop"
    page.screenshot(
        path=screenshots / f"editor-{language}-{kind}.png", full_page=kind == "phone"
    )


def test_autosave_from_the_page_and_restore_it(site, new_page):
    from akhbar.news.models import Article
    from akhbar.newsroom.models import Autosave, Revision
    from tests.factories import make_article, make_user

    reporter = make_user(role="reporter", username="ريم", password=PASSWORD)
    article = make_article(published=False, section=site.arabic.section)
    Article.objects.filter(pk=article.pk).update(created_by=reporter)
    revisions = Revision.objects.filter(article=article).count()
    page = new_page(viewport=DESKTOP)
    log_in(page, site, reporter, PASSWORD)
    url = site(f"/ar/newsroom/news/article/{article.pk}/change/")
    open_page(page, url)
    page.fill("#id_title", "عنوان لم يُحفظ بعد")
    # The timer's work, started now rather than waited for.
    page.evaluate("document.getElementById('article_form').editorAutosave()")
    expect(page.locator("#editor-autosave")).to_contain_text("حُفظ تلقائيًا")
    assert Autosave.objects.get(user=reporter, article=article).title == (
        "عنوان لم يُحفظ بعد"
    )
    assert Revision.objects.filter(article=article).count() == revisions

    # Coming back (the page closed without saving): the copy is offered.
    page.on("dialog", lambda dialog: dialog.accept())
    open_page(page, url)
    expect(page.locator("#id_title")).to_have_value(article.title)
    offer = page.locator("#editor-restore")
    expect(offer).to_be_visible()
    offer.locator("[data-editor-restore]").click()
    expect(offer).to_be_hidden()
    expect(page.locator("#id_title")).to_have_value("عنوان لم يُحفظ بعد")
    page.locator("#editor-bar input[name=_continue]").click()
    expect(page.locator(".messagelist")).to_be_visible()
    article.refresh_from_db()
    assert article.title == "عنوان لم يُحفظ بعد"
    assert not Autosave.objects.filter(user=reporter).exists()
