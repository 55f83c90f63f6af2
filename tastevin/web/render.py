"""Rendering pages: the template gets the request context, translations and formatters."""

from __future__ import annotations

from typing import Any

from fastapi import Request
from fastapi.responses import HTMLResponse

from tastevin.pos.sync import pending_count
from tastevin.web.context import Ctx, csrf_token, locale_of
from tastevin.web.i18n import LOCALES, Formatter, translations
from tastevin.web.templating import gettext_callables, render_template


def flash(request: Request, message: str, kind: str = "ok") -> None:
    request.session.setdefault("flash", []).append([kind, message])


def _base(request: Request, locale: str) -> dict[str, Any]:
    return {
        "request": request,
        "locale": locale,
        "locales": LOCALES,
        "flashes": request.session.pop("flash", []),
        **gettext_callables(translations(locale)),
    }


def page(ctx: Ctx, name: str, status_code: int = 200, **variables: Any) -> HTMLResponse:
    values = _base(ctx.request, ctx.locale)
    values.update(ctx.fmt.filters())
    values.update(ctx=ctx, csrf=ctx.csrf, pending=pending_count(ctx.db, ctx.rid), **variables)
    return HTMLResponse(render_template(name, values), status_code)


def fragment(ctx: Ctx, name: str, **variables: Any) -> HTMLResponse:
    """A piece of page for HTMX: no layout, so no layout queries."""
    values = {
        "request": ctx.request,
        "locale": ctx.locale,
        "ctx": ctx,
        "csrf": ctx.csrf,
        **gettext_callables(translations(ctx.locale)),
        **ctx.fmt.filters(),
        **variables,
    }
    return HTMLResponse(render_template(name, values))


def public_page(
    request: Request, name: str, status_code: int = 200, **variables: Any
) -> HTMLResponse:
    locale = locale_of(request)
    values = _base(request, locale)
    values.update(Formatter(locale).filters())
    values.update(ctx=None, csrf=csrf_token(request), **variables)
    return HTMLResponse(render_template(name, values), status_code)
