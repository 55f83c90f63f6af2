"""Errors shown as a page of the app, in the user's language, with a way on.

A signed-in user keeps the navigation (the error page is one more page of the app); a
visitor gets the bare layout. Domain errors are translated from their template
(``tastevin.web.messages``); a crash never shows its English internals."""

from __future__ import annotations

import logging

from fastapi import Request
from fastapi.responses import HTMLResponse

from tastevin.db import transaction
from tastevin.errors import TastevinError
from tastevin.web.context import locale_of, optional_ctx
from tastevin.web.messages import sentence, translate_error
from tastevin.web.render import page, public_page

log = logging.getLogger(__name__)


def error_page(
    request: Request, status_code: int, error: TastevinError | None = None
) -> HTMLResponse:
    try:
        with transaction() as db:
            ctx = optional_ctx(request, db)
            if ctx is not None:
                message = sentence(translate_error(error, ctx.locale)) if error else None
                return page(ctx, "error.html", status_code, status=status_code, message=message)
    except Exception:  # the database may be why we are here: fall back to the bare layout
        log.exception("error page without navigation")
    message = sentence(translate_error(error, locale_of(request))) if error else None
    return public_page(request, "error.html", status_code, status=status_code, message=message)
