"""The password rule, as Django password validators.

Length is counted in code points, as typed: nothing is normalised, stripped or
truncated (NIST SP 800-63B; OWASP ASVS 5.0 6.2.5, 6.2.8). The rule is stated to
the reader before they type (the validators' help text) and named in each error.
"""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ValidationError
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from . import conf
from .digits import ascii_digits


def rule_text(*, min_length: int | None = None, max_length: int | None = None) -> str:
    """Return the length rule in the reader's language, e.g. "8-64 characters"."""
    low = conf.password_min_length() if min_length is None else min_length
    high = conf.password_max_length() if max_length is None else max_length
    return ngettext("%(min)d-%(max)d character", "%(min)d-%(max)d characters", high) % {
        "min": low,
        "max": high,
    }


class LengthRuleValidator:
    """Refuse passwords shorter or longer than AKHBAR_PASSWORD_MIN/MAX_LENGTH."""

    def __init__(self, min_length: int | None = None, max_length: int | None = None):
        self._min, self._max = min_length, max_length

    @property
    def min_length(self) -> int:
        return conf.password_min_length() if self._min is None else self._min

    @property
    def max_length(self) -> int:
        return conf.password_max_length() if self._max is None else self._max

    def rule(self) -> str:
        return rule_text(min_length=self.min_length, max_length=self.max_length)

    def validate(self, password: str, user=None) -> None:
        if len(password) < self.min_length:
            raise ValidationError(
                _("This password is too short. Use %(rule)s."),
                code="password_too_short",
                params={"rule": self.rule()},
            )
        if len(password) > self.max_length:
            raise ValidationError(
                _("This password is too long. Use %(rule)s."),
                code="password_too_long",
                params={"rule": self.rule()},
            )

    def get_help_text(self) -> str:
        return _("Password: %(rule)s.") % {"rule": self.rule()}


class ContextWordsValidator:
    """Refuse passwords made of the site's name, or containing the phone number."""

    #: what is left after removing site words and digits must be this long
    min_rest = 4

    def site_words(self) -> list[str]:
        host = urlsplit(conf.site_url()).hostname or ""
        words = {"akhbar", "أخبار", "اخبار", conf.site_name(), host.split(".")[0]}
        return sorted(
            (w.casefold() for w in words if w and not w.isdigit()),
            key=len,
            reverse=True,
        )

    def validate(self, password: str, user=None) -> None:
        rest = password.casefold()
        for word in self.site_words():
            rest = rest.replace(word, "")
        rest = re.sub(r"[\W\d_]", "", ascii_digits(rest))
        if len(rest) < self.min_rest:
            raise ValidationError(
                _("This password is built from the site's name. Choose another."),
                code="password_site_name",
            )
        phone = _national_number(user)
        if phone and phone in re.sub(r"\D", "", ascii_digits(password)):
            raise ValidationError(
                _("This password contains your phone number. Choose another."),
                code="password_phone",
            )

    def get_help_text(self) -> str:
        return _("Not the site's name or your phone number.")


def _national_number(user) -> str:
    if user is None or not getattr(user, "pk", None):
        return getattr(user, "_akhbar_phone_national", "") if user else ""
    from .models import PhoneNumber
    from .phones import national_number

    number = PhoneNumber.objects.filter(user=user).values_list("number", flat=True)
    return national_number(number[0]) if number else ""


def help_text_html() -> str:
    """Return the validators' help as a list, the length rule first: it is
    what the reader needs before typing."""
    from django.contrib.auth.password_validation import get_default_password_validators
    from django.utils.html import format_html, format_html_join

    validators = sorted(
        get_default_password_validators(),
        key=lambda v: not isinstance(v, LengthRuleValidator),
    )
    items = format_html_join(
        "", "<li>{}</li>", ((v.get_help_text(),) for v in validators)
    )
    return format_html("<ul>{}</ul>", items) if items else ""
