"""Jinja2 environment (autoescaped, i18n extension) and rendering with the request's
locale. Translations are passed per render, so one shared environment serves every
language safely across threads."""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from babel.support import Translations
from jinja2 import Environment, FileSystemLoader, pass_context, select_autoescape
from jinja2.runtime import Context
from markupsafe import Markup

from tastevin.pos.setup import vendor_title
from tastevin.web.labels import word_msgid

TEMPLATES = Path(__file__).parent / "templates"


@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(
        loader=FileSystemLoader(TEMPLATES),
        autoescape=select_autoescape(["html"]),
        extensions=["jinja2.ext.i18n"],
        trim_blocks=True,
        lstrip_blocks=True,
    )
    # Placeholders: the real callables come with each render's context.
    env.install_null_translations(newstyle=True)  # type: ignore[attr-defined]
    env.globals["vendor_title"] = vendor_title
    env.globals["word"] = word_msgid
    return env


def gettext_callables(tr: Translations) -> dict[str, Any]:
    """newstyle gettext: the template's variables are escaped into the trusted message."""

    @pass_context
    def gettext(context: Context, message: str, **variables: Any) -> str:
        text = tr.gettext(message)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    @pass_context
    def ngettext(context: Context, singular: str, plural: str, n: int, **variables: Any) -> str:
        variables.setdefault("num", n)
        text = tr.ngettext(singular, plural, n)
        if context.eval_ctx.autoescape:
            text = Markup(text)
        return text % variables

    return {"gettext": gettext, "ngettext": ngettext, "_": gettext}


def render_template(name: str, variables: dict[str, Any]) -> str:
    return environment().get_template(name).render(variables)
