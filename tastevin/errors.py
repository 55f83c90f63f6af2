"""Domain errors, named by what the caller should do next. Each carries its HTTP status.

A message is an English template with named values (``"drink %(id)s not found"``,
``id=3``): the API and the logs read ``message`` (filled in, English); the pages translate
``template`` through the Babel catalogs and fill in the same values, so the owner reads
"Boisson 3 introuvable". Templates are marked for extraction with ``N_`` where they are
built outside a ``raise`` (the catalogs' extractor also reads the error classes' names).

A value may itself be an error (``BadInput("ticket %(ticket)s: %(detail)s", ticket=4,
detail=inner)``): ``as_message()`` gives the whole tree as plain JSON data
(``{"id": template, "params": {...}}``), which is what an import or a connection stores
beside its English text, so a page shows a stored failure in the reader's language."""

from __future__ import annotations

from typing import Any

Message = dict[str, Any]
"""A message as data: ``{"id": English template (the catalog msgid), "params": {name: value
or nested Message}}``; JSON-serialisable, stored with failed imports."""


def N_(message: str) -> str:
    """Marks a message for extraction; it is translated where it is shown."""
    return message


class TastevinError(Exception):
    """``message`` may be a template with ``%(name)s`` placeholders filled from ``params``:
    the web layer then shows it in the user's language (the template is the catalog id)."""

    status_code = 500
    code = "error"

    def __init__(self, message: str, /, **params: object) -> None:
        self.template = message
        self.params = params
        self.message = english(self.as_message())
        super().__init__(self.message)

    def as_message(self) -> Message:
        """The error as data (template and values, nested errors as nested messages)."""
        return message(self.template, **self.params)


class NotFound(TastevinError):
    """Also used for another tenant's rows: they do not exist for the caller."""

    status_code = 404
    code = "not_found"


class Forbidden(TastevinError):
    status_code = 403
    code = "forbidden"


class Unauthorized(TastevinError):
    status_code = 401
    code = "unauthorized"


class Conflict(TastevinError):
    status_code = 409
    code = "conflict"


class BadInput(TastevinError):
    """Input that cannot be read. The raw data is kept and the error shown to the user."""

    status_code = 400
    code = "bad_input"

    def __init__(self, message: str, /, *, line: int | None = None, **params: object) -> None:
        self.line = line
        super().__init__(message, **params)

    def on_line(self, line: int) -> BadInput:
        """The same error said of ``line`` (unless it already names one)."""
        return BadInput(self.template, line=self.line or line, **self.params)

    def as_message(self) -> Message:
        inner = message(self.template, **self.params)
        # The line is said first; pages translate both parts (see tastevin.web.messages).
        return inner if self.line is None else message(LINE, line=self.line, detail=inner)


class TooManyAttempts(TastevinError):
    """Too many failures in a row: wait ``retry_after_s`` seconds before trying again."""

    status_code = 429
    code = "too_many_attempts"

    def __init__(self, message: str, *, retry_after_s: int, **params: object) -> None:
        super().__init__(message, **params)
        self.retry_after_s = retry_after_s


class Retryable(TastevinError):
    """A passing failure (vendor down, rate limited): try again later."""

    status_code = 503
    code = "retryable"


class CredentialsNeedRenewing(TastevinError):
    """The vendor refused our key: a person must enter a new one; retrying will not help."""

    status_code = 409
    code = "credentials_need_renewing"


LINE = N_("line %(line)s: %(detail)s")


def _value(value: object) -> object:
    if isinstance(value, TastevinError):
        return value.as_message()
    if isinstance(value, dict) and "id" in value:
        return value  # already a message
    if isinstance(value, bool | int | float | str) or value is None:
        return value
    return str(value)


def message(template: str, /, **params: object) -> Message:
    """A message as data; nested errors become nested messages, other values text or
    numbers."""
    return {"id": template, "params": {k: _value(v) for k, v in params.items()}}


def render(data: Message, gettext: Any = None) -> str:
    """Fill a message in: ``gettext`` translates the templates (and text values that are
    catalog messages); without it the English text (logs, API, CLI)."""
    translate = gettext or (lambda text: text)
    template = str(data.get("id") or "")
    params = data.get("params") or {}
    values = {
        k: render(v, gettext) if isinstance(v, dict) else translate(v) if isinstance(v, str) else v
        for k, v in params.items()
    }
    text = str(translate(template))
    if not params:
        return text
    try:
        return text % values
    except (KeyError, ValueError, TypeError):  # a faulty translation: the English, then
        try:
            return template % values
        except (KeyError, ValueError, TypeError):
            return template


def english(data: Message) -> str:
    return render(data)


def is_message(value: object) -> bool:
    return isinstance(value, dict) and isinstance(value.get("id"), str)


def unreadable_json(error: Exception, line: int | None = None) -> BadInput:
    """The plain-words error for a body that is not JSON: which line, not the parser's
    jargon ("Unterminated string starting at"), which only a developer can use."""
    import json

    if isinstance(error, json.JSONDecodeError):
        return BadInput(
            "the received file is not readable JSON (line %(at)s)",
            at=line if line is not None else error.lineno,
        )
    if isinstance(error, UnicodeDecodeError):
        return BadInput("the received file is not UTF-8 text")
    if isinstance(error, RecursionError):
        return BadInput("the received file is JSON nested too deeply to be read")
    return BadInput("the received file is not readable JSON")
