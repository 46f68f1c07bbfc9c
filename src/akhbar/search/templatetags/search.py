from django import template
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import SafeString, mark_safe

register = template.Library()


@register.filter
def marked(segments) -> SafeString:
    """Render highlight segments: text escaped, matched words in <mark>."""
    return mark_safe(  # noqa: S308 - every piece is escaped just above
        "".join(
            format_html("<mark>{}</mark>", segment.text)
            if segment.match
            else conditional_escape(segment.text)
            for segment in segments
        )
    )
