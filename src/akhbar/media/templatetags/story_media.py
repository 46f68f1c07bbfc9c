"""The story body filter used by the reader page and the newsroom preview."""

from django import template
from django.utils.safestring import SafeString

from akhbar.media.rendering import render_body

register = template.Library()


@register.filter
def story_body(article) -> SafeString:
    """Return the article's body with its pictures, gallery and embeds in place."""
    return render_body(article)
