"""The article page's live coverage: `{% live_story article as live %}`."""

from django import template

from akhbar.web.live import LiveStory
from akhbar.web.live import live_story as read_live_story

register = template.Library()


@register.simple_tag
def live_story(article) -> LiveStory | None:
    """Return the article's live story (asked once per page), or None."""
    return read_live_story(article)
