"""Home ("Tableau de bord"): where sign-in lands; each tile links to the page that acts."""

from __future__ import annotations

from datetime import UTC, datetime

from fastapi import APIRouter
from fastapi.responses import HTMLResponse

from tastevin.dashboard.service import home as home_summary
from tastevin.web.context import PAGE, Ctx
from tastevin.web.render import page
from tastevin.web.routes import page_paths

router = APIRouter()


@router.get("/", response_class=HTMLResponse)
def home(ctx: Ctx = PAGE) -> HTMLResponse:
    summary = home_summary(ctx.db, ctx.restaurant, datetime.now(UTC))
    return page(ctx, "home.html", h=summary, pages=page_paths(ctx.request.app))
