"""JSON error bodies in the reader's language: {"detail": "…"} or a list of fields."""

from django.http import Http404
from django.utils.translation import gettext as _
from ninja.errors import ValidationError

NUMBER_ERRORS = {"int_parsing", "int_type", "int_from_float"}
DATETIME_ERRORS = {
    "datetime_parsing",
    "datetime_from_date_parsing",
    "datetime_type",
    "datetime_object_invalid",
    "out_of_range",
}


def field_message(error: dict) -> str:
    """Return a translated message for one pydantic error."""
    kind = error.get("type", "")
    limits = error.get("ctx") or {}
    if kind in NUMBER_ERRORS:
        return _("Enter a whole number.")
    if kind == "greater_than_equal":
        return _("Enter a number of at least %(limit)s.") % {"limit": limits["ge"]}
    if kind == "less_than_equal":
        return _("Enter a number of at most %(limit)s.") % {"limit": limits["le"]}
    if kind in DATETIME_ERRORS:
        return _("Enter an ISO 8601 date and time, such as 2026-01-31T09:00:00+03:00.")
    if kind == "string_too_long":
        return _("Enter at most %(limit)s characters.") % {
            "limit": limits["max_length"]
        }
    if kind == "string_pattern_mismatch":
        return _("Enter a valid slug.")
    if kind == "unknown_language":
        return error["msg"]  # Already translated by the validator.
    return _("Enter a valid value.")


def install(api) -> None:
    """Replace ninja's English-only error bodies with translated ones."""

    @api.exception_handler(Http404)
    def not_found(request, exc):
        return api.create_response(request, {"detail": _("Not found.")}, status=404)

    @api.exception_handler(ValidationError)
    def invalid(request, exc):
        errors = [
            {
                "loc": list(error.get("loc", ())),
                "type": error.get("type", ""),
                "msg": field_message(error),
            }
            for error in exc.errors
        ]
        return api.create_response(request, {"detail": errors}, status=422)
