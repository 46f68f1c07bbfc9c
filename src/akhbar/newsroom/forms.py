"""Admin form pieces: one input per language for translated names."""

from django import forms
from django.conf import settings
from django.contrib.admin.widgets import AdminSplitDateTime
from django.core.exceptions import ValidationError
from django.utils.translation import get_language_info
from django.utils.translation import gettext_lazy as _

from akhbar.news import rules
from akhbar.news.models import Article
from akhbar.news.sanitize import sanitize_body
from akhbar.news.services import slug_for
from akhbar.text.controls import strip_bidi_controls

from . import revisions, tags


class TranslatedNamesWidget(forms.MultiWidget):
    template_name = "newsroom/translated_names_widget.html"

    def __init__(self, attrs=None):
        self.languages = list(settings.LANGUAGES)
        widgets = {
            code: forms.TextInput(attrs={"lang": code, "dir": "auto"})
            for code, _name in self.languages
        }
        super().__init__(widgets, attrs)

    def decompress(self, value):
        value = value or {}
        return [value.get(code, "") for code, _name in self.languages]

    def get_context(self, name, value, attrs):
        context = super().get_context(name, value, attrs)
        names = dict(self.languages)
        for subwidget, (code, _name) in zip(
            context["widget"]["subwidgets"], self.languages, strict=True
        ):
            subwidget["language_name"] = names[code]
        return context


class TranslatedNamesField(forms.MultiValueField):
    """A dict {language: text}; the default language's entry is required."""

    widget = TranslatedNamesWidget

    def __init__(self, *, max_length=200, require_default=True, **kwargs):
        kwargs.pop("encoder", None)
        kwargs.pop("decoder", None)
        # Only the default language's entry is required (see clean()), so the
        # model field's own `required` does not apply to the whole dict.
        kwargs.pop("required", None)
        # A callable default asks for a hidden copy of the initial value, which
        # would hold the dict's repr; changes are read from form.initial.
        kwargs.pop("show_hidden_initial", None)
        self.require_default = require_default
        fields = [
            forms.CharField(max_length=max_length, required=False)
            for _language in settings.LANGUAGES
        ]
        super().__init__(fields, require_all_fields=False, required=False, **kwargs)

    def compress(self, data_list):
        codes = [code for code, _name in settings.LANGUAGES]
        # Bidi controls go before the check for a name (the model drops them too).
        names = {
            code: strip_bidi_controls(text).strip()
            for code, text in zip(codes, data_list or [], strict=False)
            if text
        }
        return {code: text for code, text in names.items() if text}

    def clean(self, value):
        names = super().clean(value)
        if self.require_default and not names.get(settings.LANGUAGE_CODE):
            raise ValidationError(
                _("Give the name in %(language)s.")
                % {"language": dict(settings.LANGUAGES)[settings.LANGUAGE_CODE]}
            )
        return names


# Not content: leaving them out of the comparison lets a double-posted form
# (same text, older version number) through as the no-op it is.
NOT_CONTENT = {"version", "published_at", "workflow_comment"}


class ArticleAdminForm(forms.ModelForm):
    published_at = forms.SplitDateTimeField(
        label=_("publish time"),
        required=False,
        widget=AdminSplitDateTime,
        help_text=_(
            "Used by “Save and publish”: empty or past publishes now, a future "
            "time schedules the article (it then appears by itself)."
        ),
    )
    version = forms.IntegerField(
        label=_("version"), widget=forms.HiddenInput, required=False
    )
    workflow_comment = forms.CharField(
        label=_("Comment for the workflow step"),
        required=False,
        max_length=2000,
        widget=forms.Textarea(attrs={"rows": 2, "dir": "auto"}),
        help_text=_("Needed to send an article back: say what should change."),
    )
    new_tags = forms.CharField(
        label=_("New tags"),
        required=False,
        max_length=tags.MAX_NAMES * (tags.MAX_NAME_LENGTH + 2),
        widget=forms.TextInput(attrs={"dir": "auto", "autocomplete": "off"}),
        help_text=_(
            "Type tag names separated by commas: a name that is already a tag "
            "adds that tag, a new one is created when you save."
        ),
    )
    user = None  # set by the admin for each request

    class Meta:
        model = Article
        fields = [
            "title", "label", "summary", "body", "language", "section",
            "tags", "slug", "translation_group", "editor",
            "lead_image", "lead_image_caption", "lead_image_credit", "embargo_until",
        ]  # fmt: skip
        # Declared below as plain form fields, never written by a save: the
        # publish time changes only through a workflow step, the version only
        # with a new revision.
        exclude = ["published_at", "version"]  # noqa: DJ006
        widgets = {
            "title": forms.TextInput(attrs={"dir": "auto", "class": "vLargeTextField"}),
            "summary": forms.Textarea(attrs={"dir": "auto", "rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.conflict = None
        self.requested_step = self.forbidden_step = None
        if self.instance.pk:
            self.fields["published_at"].initial = self.instance.published_at
            self.fields["version"].initial = revisions.current_version(self.instance)
        if self.user is None or not tags.can_propose_tags(self.user):
            self.fields.pop("new_tags", None)
        self._write_in_the_article_language()

    def _write_in_the_article_language(self) -> None:
        """Show the title, summary and body in the article's direction and face."""
        language = self.instance.language or settings.LANGUAGE_CODE
        if not self.instance.pk:
            language = self.initial.get("language") or language
        direction = "rtl" if get_language_info(language)["bidi"] else "ltr"
        for name in ("title", "summary", "body"):
            if name in self.fields:
                attrs = self.fields[name].widget.attrs
                attrs.update(lang=language, dir=direction)
                attrs.setdefault("class", "")
                attrs["class"] = f"{attrs['class']} editor-writing".strip()

    def clean_new_tags(self) -> list[str]:
        return tags.parse_names(self.cleaned_data.get("new_tags", ""))

    @property
    def step(self) -> str | None:
        """Return the workflow step the pressed button asks for, if any."""
        from . import workflow

        return workflow.step_for_button(self.data)

    def clean_body(self):
        # Checked as it will be stored: cleaning lengthens text ("<" is kept as
        # "&lt;"), and refuses deep nesting before the sanitizer runs.
        return sanitize_body(self.cleaned_data.get("body", ""))

    def clean(self):
        cleaned = super().clean()
        if self.errors:
            return cleaned
        self._follow_title_with_slug(cleaned)
        self._check_version(cleaned)
        return cleaned

    def _post_clean(self):
        # Django has copied the posted values onto the instance by now: the
        # rules are checked on the article as it would be saved.
        super()._post_clean()
        if not self.errors:
            self._check_rules()

    def _check_version(self, cleaned) -> None:
        article = self.instance
        current = revisions.current_version(article)
        if article.pk is None or cleaned.get("version") in (None, current):
            cleaned["version"] = current
            return
        if not self._changes(cleaned):
            # The same content posted again (a double click): nothing to overwrite.
            cleaned["version"] = current
            cleaned["slug"] = article.slug
            return
        self.conflict = revisions.conflict(article, since=cleaned["version"])
        # Saving again after reading the conflict replaces the newer version.
        self.data = self.data.copy()
        self.data["version"] = current
        raise ValidationError(self.conflict.message, code="conflict")

    def _changes(self, cleaned) -> set[str]:
        """Return the content fields this post would change in the stored article.

        A slug left as the title made it is no change of its own.
        """
        changes = set(self.changed_data) - NOT_CONTENT - {"slug"}
        posted = cleaned.get("slug")
        if "slug" in self.changed_data and posted not in ("", self._title_slug()):
            changes.add("slug")
        return changes

    def _title_slug(self) -> str:
        """Return the slug made from the title the editor started from."""
        base = revisions.revision_at(self.instance, self.cleaned_data.get("version"))
        return slug_for(base.title if base else self.initial.get("title", ""))

    def _follow_title_with_slug(self, cleaned) -> None:
        """Until first publication, a slug made from the title follows the title.

        "The title" is the one the editor started from, so a form posted twice
        ends with the same slug as when it was posted once.
        """
        article = self.instance
        if article.pk is None or article.published_at:
            return
        if cleaned.get("slug") == self._title_slug():
            cleaned["slug"] = ""  # made again from the title as it is now

    def _check_rules(self) -> None:
        """Ask the rules of publication (one validator) and the workflow's steps."""
        from . import workflow

        article, step = self.instance, self.step
        try:
            rules.check_embargo(article)
            if step and not workflow.is_permitted(self.user, step, article):
                # A button this user does not have (a forged or stale form): the
                # edit is saved, the step is not, and the admin says so.
                self.forbidden_step = step
                return
            self.requested_step = step
            if step and not workflow.is_possible(step, article):
                raise ValidationError(
                    _("This step is not possible now (the article is: %(state)s).")
                    % {"state": article.get_workflow_state_display()},
                    code="step",
                )
            comment = self.cleaned_data.get("workflow_comment", "").strip()
            if step == "return" and not comment:
                raise ValidationError(
                    {
                        "workflow_comment": _(
                            "Say what should change: a comment is needed to send "
                            "an article back."
                        )
                    }
                )
            if step == "publish":
                rules.check_publication(article, at=self.chosen_time)
        except ValidationError as error:
            self.add_error(None, error)

    @property
    def chosen_time(self):
        """Return the publish time set in this form, if the editor set one."""
        return (
            self.cleaned_data.get("published_at") if self.publish_time_chosen else None
        )

    @property
    def publish_time_chosen(self) -> bool:
        """True when the editor set the publish time in this form."""
        return "published_at" in self.changed_data


class StepForm(forms.Form):
    """The workflow part of a post: the comment and the publish time chosen.

    The step view reads it from the editor's own post (re-sent after the save)
    or from a button elsewhere; content fields, if any, are ignored.
    """

    workflow_comment = forms.CharField(required=False, max_length=2000)
    published_at = forms.SplitDateTimeField(required=False)

    def __init__(self, *args, article: Article, **kwargs):
        super().__init__(*args, **kwargs)
        self.article = article

    @property
    def chosen_time(self):
        """Return the publish time if it differs from the stored one (as shown)."""
        at = self.cleaned_data.get("published_at")
        stored = self.article.published_at
        if at is None or (stored is not None and at == stored.replace(microsecond=0)):
            return None
        return at
