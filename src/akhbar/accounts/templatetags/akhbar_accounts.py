from django import template

from akhbar.accounts import conf
from akhbar.accounts.passwords import rule_text

register = template.Library()


@register.simple_tag
def code_minutes() -> int:
    """Return how many minutes a one-time code lives."""
    return max(1, conf.code_timeout() // 60)


@register.simple_tag
def password_rule() -> str:
    """Return the password length rule, e.g. "8-64 characters"."""
    return rule_text()
