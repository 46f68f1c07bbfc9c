from django import template

from akhbar.readership.queries import most_read

register = template.Library()


@register.simple_tag
def most_read_in(language: str, limit: int = 5) -> list:
    """`{% most_read_in article.language as most_read %}`: the last 24 hours."""
    return most_read(language, limit=limit)
