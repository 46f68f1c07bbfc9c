"""The pictures of an article in the newsroom form: upload, describe, place.

`PictureInline` is placed by the article screen (`article_admin.py`), under
the body. Each row is one picture: the file (checked and re-encoded into
reader renditions by `akhbar.media.services`), its alternative text, caption
and credit, whether it goes in the gallery, and its order. Once saved, a row
shows its marker, `[picture 12]`: written alone on a line of the body, it puts
the picture there. The formset saves through the service, which checks that
the member may change this article.
"""

from django import forms
from django.contrib import admin
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from akhbar.media import services
from akhbar.media.models import Picture


class PictureFormSet(forms.BaseInlineFormSet):
    user = None  # set per request by PictureInline.get_formset

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data, *args, **kwargs)
        total = f"{self.prefix}-TOTAL_FORMS"
        if self.is_bound and total not in self.data:
            # A form sent without the picture rows (a script saving the text, an
            # older page) changes no picture, rather than failing the whole save.
            self.data = self.data.copy()
            self.data[total] = "0"
            self.data[f"{self.prefix}-INITIAL_FORMS"] = "0"

    def save_new(self, form, commit=True):
        picture = form.save(commit=False)
        picture.article = self.instance
        if not commit:
            return picture
        return services.save_picture(picture=picture, by=self.user, image_changed=True)

    def save_existing(self, form, obj, commit=True):
        picture = form.save(commit=False)
        if not commit:
            return picture
        changed = "image" in form.changed_data
        return services.save_picture(
            picture=picture, by=self.user, image_changed=changed
        )

    def delete_existing(self, obj, commit=True):
        if commit:
            services.delete_picture(picture=obj, by=self.user)


class PictureInline(admin.StackedInline):
    model = Picture
    formset = PictureFormSet
    fields = [
        ("image", "thumbnail"),
        "alt_text",
        ("caption", "credit"),
        ("in_gallery", "position"),
        "marker_display",
    ]
    readonly_fields = ["thumbnail", "marker_display"]
    extra = 0
    verbose_name = _("picture")
    verbose_name_plural = _("pictures in the story and its gallery")
    classes = ["pictures"]

    def get_formset(self, request, obj=None, **kwargs):
        formset = super().get_formset(request, obj, **kwargs)
        return type(formset.__name__, (formset,), {"user": request.user})

    @admin.display(description=_("preview"))
    def thumbnail(self, obj):
        small = sorted((obj.renditions or {}).values(), key=lambda r: r["width"])
        if not small:
            return "—"
        return format_html(
            '<img src="{}" alt="" width="160" height="{}" class="picture-thumbnail">',
            small[0]["url"],
            round(160 * small[0]["height"] / small[0]["width"]),
        )

    @admin.display(description=_("place in the text"))
    def marker_display(self, obj):
        if not obj.pk:
            return _("Save the article first; then this picture gets its marker.")
        # The word readers never see: rendering accepts "picture" and "صورة".
        word = gettext("picture")
        return format_html(
            "<code>[{} {}]</code> {}",
            word,
            obj.pk,
            _("Write this alone on a line of the body to show the picture there."),
        )

    # Whoever may edit the article may change its pictures: the service decides.

    def has_view_permission(self, request, obj=None):
        return request.user.has_perm("news.view_article")

    def has_add_permission(self, request, obj=None):
        if obj is None:
            return request.user.has_perm("news.add_article")
        return services.may_change_pictures(request.user, obj)

    def has_change_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)

    def has_delete_permission(self, request, obj=None):
        return self.has_add_permission(request, obj)
