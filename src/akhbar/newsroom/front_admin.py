"""The front pages in the newsroom: editors choose a front, pin stories (found
by type-ahead), order the top row and the blocks (drag and drop, or up and down
buttons without JavaScript), schedule a change of lead, preview the draft as
readers will see it, and publish it. Every write goes through `frontpage.py`."""

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.widgets import AutocompleteSelect
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404, HttpResponseRedirect
from django.shortcuts import render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone, translation
from django.utils.html import format_html
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST

from akhbar.frontpage.models import (
    MAX_BLOCK_SIZE,
    MAX_BLOCKS,
    TOP_SIZE,
    ArrangementState,
    Block,
    BlockKind,
    Front,
    TopSlot,
)
from akhbar.frontpage.queries import arrangement_for, default_blocks, front_page
from akhbar.news.models import Article, Section, Tag

from . import frontpage
from .errors import NotAllowed


def _story_widget():
    # Django's admin type-ahead, searching the newsroom's articles.
    return AutocompleteSelect(
        TopSlot._meta.get_field("article"), admin.site, attrs={"data-width": "100%"}
    )


def _story_field(label):
    return forms.ModelChoiceField(
        queryset=Article.objects.not_trashed(),
        required=False,
        label=label,
        widget=_story_widget(),
    )


class ArrangeForm(forms.Form):
    lead = _story_field(_("Lead story"))
    scheduled_lead = _story_field(_("Next lead story"))
    scheduled_lead_at = forms.DateTimeField(
        label=_("Takes over the lead at"),
        required=False,
        input_formats=["%Y-%m-%dT%H:%M"],
        widget=forms.DateTimeInput(
            attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"
        ),
    )


class SlotForm(forms.Form):
    article = _story_field(_("Story"))
    order = forms.IntegerField(required=False, widget=forms.HiddenInput)


class BlockForm(forms.Form):
    kind = forms.ChoiceField(
        label=_("kind"), required=False, choices=[("", "—"), *BlockKind.choices]
    )
    section = forms.ModelChoiceField(
        label=_("section"), queryset=Section.objects.ordered(), required=False
    )
    tag = forms.ModelChoiceField(
        label=_("tag"),
        queryset=Tag.objects.all(),
        required=False,
        widget=AutocompleteSelect(
            Block._meta.get_field("tag"), admin.site, attrs={"data-width": "100%"}
        ),
    )
    size = forms.IntegerField(
        label=_("stories"), min_value=1, max_value=MAX_BLOCK_SIZE, initial=4
    )
    order = forms.IntegerField(required=False, widget=forms.HiddenInput)
    remove = forms.BooleanField(label=_("Remove"), required=False)


SlotFormSet = forms.formset_factory(
    SlotForm, extra=0, min_num=TOP_SIZE, max_num=TOP_SIZE, validate_max=True
)
BlockFormSet = forms.formset_factory(
    BlockForm, extra=1, max_num=MAX_BLOCKS + 1, validate_max=True
)


def _ordered(formset):
    """Return the formset's filled forms in the order the editor left them."""
    forms_ = [form for form in formset.forms if form.cleaned_data is not None]
    return sorted(
        forms_,
        key=lambda form: (
            form.cleaned_data.get("order")
            if form.cleaned_data.get("order") is not None
            else formset.forms.index(form)
        ),
    )


def _move(items: list, command: str, prefix: str) -> list:
    """Apply an up/down button ("top-2-up") to a list, as no-JS fallback."""
    parts = command.split("-")
    if len(parts) != 3 or parts[0] != prefix or not parts[1].isdigit():
        return items
    index, step = int(parts[1]), -1 if parts[2] == "up" else 1
    other = index + step
    if 0 <= index < len(items) and 0 <= other < len(items):
        items[index], items[other] = items[other], items[index]
    return items


@admin.register(Front)
class FrontAdmin(admin.ModelAdmin):
    fields = ["language", "section"]
    list_display = ["place", "language", "live_since", "arrange"]
    list_filter = ["language"]
    list_select_related = ["section"]

    @admin.display(description=_("front page"))
    def place(self, front):
        return str(front)

    @admin.display(description=_("published"))
    def live_since(self, front):
        live = front.arrangements.filter(state=ArrangementState.LIVE).first()
        return live.changed_at if live else gettext("Not arranged yet")

    @admin.display(description=_("arrange"))
    def arrange(self, front):
        return format_html(
            '<a class="button" href="{}">{}</a>',
            reverse("admin:frontpage_front_change", args=[front.pk]),
            gettext("Arrange"),
        )

    def has_module_permission(self, request):
        return frontpage.can_arrange(request.user)

    def has_view_permission(self, request, obj=None):
        return frontpage.can_arrange(request.user)

    def has_add_permission(self, request):
        return frontpage.can_arrange(request.user)

    def has_change_permission(self, request, obj=None):
        return frontpage.can_arrange(request.user)

    def has_delete_permission(self, request, obj=None):
        return False

    def save_model(self, request, obj, form, change):
        front = frontpage.open_front(
            language=obj.language, section=obj.section, by=request.user
        )
        obj.pk = front.pk

    def response_add(self, request, obj, post_url_continue=None):
        return HttpResponseRedirect(
            reverse("admin:frontpage_front_change", args=[obj.pk])
        )

    def get_urls(self):
        return [
            path(
                "<path:object_id>/preview/",
                self.admin_site.admin_view(self.preview_view),
                name="frontpage_front_preview",
            ),
            path(
                "<path:object_id>/publish/",
                self.admin_site.admin_view(require_POST(self.publish_view)),
                name="frontpage_front_publish",
            ),
            *super().get_urls(),
        ]

    def _front(self, request, object_id) -> Front:
        if not frontpage.can_arrange(request.user):
            raise PermissionDenied
        front = self.get_object(request, object_id)
        if front is None:
            raise Http404
        return front

    def _change_url(self, front):
        return reverse("admin:frontpage_front_change", args=[front.pk])

    def change_view(self, request, object_id, form_url="", extra_context=None):
        front = self._front(request, object_id)
        if request.method == "POST":
            return self._save(request, front)
        arrangement = arrangement_for(
            language=front.language, section=front.section, draft=True
        )
        if arrangement is None:
            initial, top, blocks = {}, {}, default_blocks(front.section)
        else:
            initial = {
                "lead": arrangement.lead,
                "scheduled_lead": arrangement.scheduled_lead,
                "scheduled_lead_at": arrangement.scheduled_lead_at,
            }
            due = arrangement.scheduled_lead_at
            if arrangement.scheduled_lead and due and due <= timezone.now():
                # The change of lead has happened: it is now simply the lead.
                initial = {"lead": arrangement.scheduled_lead}
            top = {slot.position: slot.article for slot in arrangement.top_slots.all()}
            blocks = list(arrangement.blocks.all())
        form = ArrangeForm(initial=initial)
        slots = SlotFormSet(
            prefix="top",
            initial=[
                {"article": top.get(position), "order": position}
                for position in range(TOP_SIZE)
            ],
        )
        block_forms = BlockFormSet(
            prefix="blocks",
            initial=[
                {
                    "kind": block.kind,
                    "section": block.section,
                    "tag": block.tag,
                    "size": block.size,
                    "order": position,
                }
                for position, block in enumerate(blocks)
            ],
        )
        return self._render(request, front, arrangement, form, slots, block_forms)

    def _render(self, request, front, arrangement, form, slots, block_forms):
        context = {
            **self.admin_site.each_context(request),
            "title": str(front),
            "opts": self.opts,
            "front": front,
            "arrangement": arrangement,
            "is_draft": arrangement is not None
            and arrangement.state == ArrangementState.DRAFT,
            "form": form,
            "slots": slots,
            "block_forms": block_forms,
            "media": self.media + form.media + slots.media + block_forms.media,
            "max_blocks": MAX_BLOCKS,
        }
        return TemplateResponse(request, "newsroom/front/arrange.html", context)

    def _save(self, request, front):
        form = ArrangeForm(request.POST)
        slots = SlotFormSet(request.POST, prefix="top")
        block_forms = BlockFormSet(request.POST, prefix="blocks")
        if not (form.is_valid() and slots.is_valid() and block_forms.is_valid()):
            messages.error(request, gettext("Please correct the errors below."))
            return self._render(request, front, None, form, slots, block_forms)
        top = [slot.cleaned_data.get("article") for slot in _ordered(slots)]
        blocks = [
            frontpage.BlockSpec(
                kind=data["kind"],
                section=data.get("section"),
                tag=data.get("tag"),
                size=data.get("size") or 4,
            )
            for data in (each.cleaned_data for each in _ordered(block_forms))
            if data.get("kind") and not data.get("remove")
        ]
        lead = form.cleaned_data["lead"]
        move, unpin = request.POST.get("move", ""), request.POST.get("unpin", "")
        top = _move(top, move, "top")
        blocks = _move(blocks, move, "block")
        if unpin == "lead":
            lead = None
        elif unpin.startswith("top-") and unpin[4:].isdigit():
            index = int(unpin[4:])
            if index < len(top):
                top[index] = None
        try:
            frontpage.save_draft(
                front=front,
                lead=lead,
                top=top,
                blocks=blocks,
                scheduled_lead=form.cleaned_data["scheduled_lead"],
                scheduled_lead_at=form.cleaned_data["scheduled_lead_at"],
                by=request.user,
            )
            if "_publish" in request.POST:
                frontpage.publish_front(front=front, by=request.user)
        except NotAllowed as error:
            raise PermissionDenied(error.message) from error
        except ValidationError as error:
            for message in error.messages:
                form.add_error(None, message)
            return self._render(request, front, None, form, slots, block_forms)
        if "_publish" in request.POST:
            messages.success(request, gettext("The front is live."))
        elif "_preview" in request.POST:
            return HttpResponseRedirect(
                reverse("admin:frontpage_front_preview", args=[front.pk])
            )
        elif not (move or unpin):
            messages.success(
                request, gettext("Draft saved. Readers do not see it yet.")
            )
        return HttpResponseRedirect(self._change_url(front))

    def preview_view(self, request, object_id):
        front = self._front(request, object_id)
        with translation.override(front.language):
            content = front_page(
                language=front.language, section=front.section, draft=True
            )
            context = {
                "front": content,
                "section": front.section,
                "heading": front.section.name if front.section else "",
                "page": None,
                "alternates": [],
                "preview_front": {
                    "publish_url": reverse(
                        "admin:frontpage_front_publish", args=[front.pk]
                    ),
                    "change_url": self._change_url(front),
                },
            }
            template = "web/section_front.html" if front.section else "web/home.html"
            return render(request, template, context)

    def publish_view(self, request, object_id):
        front = self._front(request, object_id)
        try:
            frontpage.publish_front(front=front, by=request.user)
        except NotAllowed as error:
            raise PermissionDenied(error.message) from error
        messages.success(request, gettext("The front is live."))
        return HttpResponseRedirect(self._change_url(front))
