"""Errors as the caller reads them: in French or English, never a stack trace.

Domain errors carry a message template (the catalog id) and its parameters; request
validation errors (pydantic) are named by type and turned into one sentence per field. The
JSON shape is ``{"error": code, "detail": sentence, "errors": [{"field", "message"}…]}``."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse

from tastevin.errors import TastevinError, TooManyAttempts
from tastevin.web.i18n import pick_locale, translations


def N_(message: str) -> str:
    return message


def request_locale(request: Request) -> str:
    """The session's language; without one, the browser's if it prefers English."""
    chosen = request.session.get("locale") if "session" in request.scope else None
    if isinstance(chosen, str):
        return pick_locale(chosen)
    accepted = request.headers.get("accept-language", "").strip().lower()
    return "en" if accepted.startswith("en") else "fr"


def translate(locale: str, template: str, params: dict[str, Any] | None = None) -> str:
    text: str = translations(locale).gettext(template)
    if not params:
        return text
    try:
        return text % params
    except (KeyError, ValueError, TypeError):
        return template % params


def error_message(request: Request, error: TastevinError) -> str:
    return translate(request_locale(request), error.template, error.params or None)


def error_headers(error: Exception) -> dict[str, str]:
    if isinstance(error, TooManyAttempts):
        return {"Retry-After": str(error.retry_after_s)}
    return {}


def error_json(request: Request, error: TastevinError) -> JSONResponse:
    return JSONResponse(
        {"error": error.code, "detail": error_message(request, error)},
        error.status_code,
        headers=error_headers(error),
    )


# Pydantic error types → a sentence about one field. Parameters come from the error's ctx.
VALIDATION_MESSAGES: dict[str, str] = {
    "missing": N_("%(field)s: this field is required"),
    "string_too_long": N_("%(field)s: at most %(max_length)s characters"),
    "string_too_short": N_("%(field)s: at least %(min_length)s characters"),
    "too_long": N_("%(field)s: at most %(max_length)s items"),
    "too_short": N_("%(field)s: at least %(min_length)s items"),
    "greater_than": N_("%(field)s: must be greater than %(gt)s"),
    "greater_than_equal": N_("%(field)s: must be at least %(ge)s"),
    "less_than": N_("%(field)s: must be less than %(lt)s"),
    "less_than_equal": N_("%(field)s: must be at most %(le)s"),
    "decimal_max_places": N_("%(field)s: at most %(decimal_places)s decimal places"),
    "decimal_max_digits": N_("%(field)s: at most %(max_digits)s digits"),
    "decimal_whole_digits": N_("%(field)s: at most %(whole_digits)s digits before the point"),
    "finite_number": N_("%(field)s: must be a finite number"),
    "decimal_parsing": N_("%(field)s: must be a decimal number, e.g. 12.5"),
    "decimal_type": N_("%(field)s: must be a decimal number, e.g. 12.5"),
    "int_parsing": N_("%(field)s: must be a whole number"),
    "int_type": N_("%(field)s: must be a whole number"),
    "int_from_float": N_("%(field)s: must be a whole number"),
    "bool_parsing": N_("%(field)s: must be true or false"),
    "bool_type": N_("%(field)s: must be true or false"),
    "date_parsing": N_("%(field)s: must be a date, e.g. 2026-11-20"),
    "date_from_datetime_parsing": N_("%(field)s: must be a date, e.g. 2026-11-20"),
    "date_type": N_("%(field)s: must be a date, e.g. 2026-11-20"),
    "time_parsing": N_("%(field)s: must be a time, e.g. 05:00"),
    "string_type": N_("%(field)s: must be text"),
    "string_pattern_mismatch": N_("%(field)s: this value is not accepted"),
    "literal_error": N_("%(field)s: must be one of %(expected)s"),
    "enum": N_("%(field)s: must be one of %(expected)s"),
    "json_invalid": N_("the body is not valid JSON"),
    "model_attributes_type": N_("%(field)s: must be an object"),
    "dict_type": N_("%(field)s: must be an object"),
    "list_type": N_("%(field)s: must be a list"),
    "value_error": N_("%(field)s: this value is not accepted"),
}
FALLBACK = N_("%(field)s: this value is not accepted")
SUMMARY = N_("Some values are not accepted")


def field_name(loc: tuple[Any, ...] | list[Any]) -> str:
    """``body.beverage.name`` → ``beverage.name``; ``query.page`` → ``page``."""
    parts = [str(part) for part in loc]
    if parts and parts[0] in ("body", "query", "path", "header", "cookie", "form"):
        parts = parts[1:]
    return ".".join(parts) or "body"


def validation_messages(locale: str, errors: list[Any]) -> list[dict[str, str]]:
    out = []
    for item in errors[:50]:
        kind = str(item.get("type", ""))
        params: dict[str, Any] = {
            key: (str(value)[:100]) for key, value in (item.get("ctx") or {}).items()
        }
        params["field"] = field_name(item.get("loc", ()))
        template = VALIDATION_MESSAGES.get(kind, FALLBACK)
        try:
            message = translate(locale, template, params)
        except (KeyError, ValueError, TypeError):
            message = translate(locale, FALLBACK, {"field": params["field"]})
        out.append({"field": params["field"], "type": kind, "message": message})
    return out


def validation_json(request: Request, errors: list[Any]) -> JSONResponse:
    locale = request_locale(request)
    items = validation_messages(locale, errors)
    detail = translate(locale, SUMMARY) + ": " + "; ".join(i["message"] for i in items[:5])
    return JSONResponse({"error": "invalid", "detail": detail, "errors": items}, 422)
