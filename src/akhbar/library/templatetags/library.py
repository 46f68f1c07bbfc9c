"""The save and follow buttons, for any reader page.

A signed-in reader gets a form showing their state; a signed-out reader gets a
link to sign in that comes back to the page. Signed-out pages are the same for
everyone, which is what lets the page cache keep them.
"""

from django import template
from django.urls import reverse
from django.utils.translation import gettext as _

from akhbar.library.links import login_link
from akhbar.library.models import Bookmark, Follow
from akhbar.library.querysets import target_field

register = template.Library()


def _toggle(context, *, active, on_url, off_url, kind, label, login_label, detail):
    request = context["request"]
    return {
        "signed_in": request.user.is_authenticated,
        "active": active,
        "on_url": on_url,
        "off_url": off_url,
        "kind": kind,
        "label": label,
        "login_label": login_label,
        "detail": detail,
        "next": request.get_full_path(),
        "login_url": login_link(request.get_full_path()),
        # Inclusion tags start a fresh context; {% csrf_token %} needs this one.
        "csrf_token": context.get("csrf_token"),
    }


@register.inclusion_tag("library/_toggle.html", takes_context=True)
def save_button(context, article, saved=None):
    """Render the save-for-later button; `saved` skips the lookup when known."""
    user = context["request"].user
    if saved is None:
        saved = (
            user.is_authenticated
            and Bookmark.objects.of(user).filter(article_id=article.pk).exists()
        )
    return _toggle(
        context,
        active=bool(saved),
        on_url=reverse("library:save", args=[article.pk]),
        off_url=reverse("library:unsave", args=[article.pk]),
        kind="save",
        label=_("Save"),
        login_label=_("Sign in to save"),
        detail=article.title,
    )


@register.inclusion_tag("library/_toggle.html", takes_context=True)
def follow_button(context, target, following=None):
    """Render the follow button of a section or a tag."""
    user = context["request"].user
    if following is None:
        following = Follow.objects.following(user, target)
    kind = target_field(target)
    return _toggle(
        context,
        active=bool(following),
        on_url=reverse(f"library:follow-{kind}", args=[target.slug]),
        off_url=reverse(f"library:unfollow-{kind}", args=[target.slug]),
        kind="follow",
        label=_("Follow"),
        login_label=_("Sign in to follow"),
        detail=target.name,
    )


@register.filter
def saved_in(article, saved_ids) -> bool:
    return article.pk in saved_ids
