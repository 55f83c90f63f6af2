"""Domain errors, named by what the caller should do next. Each carries its HTTP status.

A message is an English template with named values (``"drink %(id)s not found"``,
``id=3``): the API and the logs read ``message`` (filled in, English); the pages translate
``template`` through the Babel catalogs and fill in the same values, so the owner reads
"Boisson 3 introuvable". Templates are marked for extraction with ``N_`` where they are
built outside a ``raise`` (the catalogs' extractor also reads the error classes' names)."""

from __future__ import annotations


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
        self.message = message % params if params else message
        super().__init__(self.message)


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
        super().__init__(message, **params)
        self.line = line
        if line is not None:
            # The line is said first; pages translate both parts (see tastevin.web.messages).
            self.message = f"line {line}: {self.message}"
            self.args = (self.message,)


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
