"""Admin form pieces: one input per language for translated names."""

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from akhbar.news.models import Article
from akhbar.news.services import check_publishable, prepare_article


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
        self.require_default = require_default
        fields = [
            forms.CharField(max_length=max_length, required=False)
            for _language in settings.LANGUAGES
        ]
        super().__init__(fields, require_all_fields=False, required=False, **kwargs)

    def compress(self, data_list):
        codes = [code for code, _name in settings.LANGUAGES]
        return {
            code: text.strip()
            for code, text in zip(codes, data_list or [], strict=False)
            if text
        }

    def clean(self, value):
        names = super().clean(value)
        if self.require_default and not names.get(settings.LANGUAGE_CODE):
            raise ValidationError(
                _("Give the name in %(language)s.")
                % {"language": dict(settings.LANGUAGES)[settings.LANGUAGE_CODE]}
            )
        return names


class ArticleAdminForm(forms.ModelForm):
    class Meta:
        model = Article
        fields = [
            "title", "summary", "body", "published_at", "language", "section",
            "tags", "slug", "translation_group", "authors", "editor",
            "lead_image", "lead_image_caption", "lead_image_credit",
        ]  # fmt: skip
        widgets = {
            "title": forms.TextInput(attrs={"dir": "auto", "class": "vLargeTextField"}),
            "summary": forms.Textarea(attrs={"dir": "auto", "rows": 3}),
        }

    def clean(self):
        cleaned = super().clean()
        if "_publish" in self.data and not self.errors:
            candidate = self.instance
            candidate.title = cleaned.get("title", "")
            candidate.body = cleaned.get("body", "")
            prepare_article(candidate)
            check_publishable(candidate)
        return cleaned
