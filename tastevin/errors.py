"""Domain errors, named by what the caller should do next. Each carries its HTTP status."""

from __future__ import annotations


class TastevinError(Exception):
    """``message`` may be a template with ``%(name)s`` placeholders filled from ``params``:
    the web layer then shows it in the user's language (the template is the catalog id)."""

    status_code = 500
    code = "error"

    def __init__(self, message: str, **params: object) -> None:
        text = message % params if params else message
        super().__init__(text)
        self.message = text
        self.template = message
        self.params = params


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

    def __init__(self, message: str, *, line: int | None = None, **params: object) -> None:
        super().__init__(message, **params)
        if line is not None:
            self.message = f"line {line}: {self.message}"
            self.args = (self.message,)
        self.line = line


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
