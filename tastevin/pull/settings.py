"""Pull-only settings (``TASTEVIN_PULL_…``), kept beside the pull service rather than in the
core ``Settings``: how hard to insist on a vendor that fails."""

from __future__ import annotations

from pydantic_settings import BaseSettings, SettingsConfigDict

from tastevin.connectors.http import RetryPolicy


class PullSettings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="TASTEVIN_PULL_", env_file=".env", extra="ignore", use_attribute_docstrings=True
    )

    retry_attempts: int = 5
    """Tries of one vendor request before the pull stops (and is retried later)."""
    retry_base_delay_s: float = 0.5
    """First back-off delay between tries; doubled each time."""
    retry_max_delay_s: float = 60.0
    """Also caps a vendor's ``Retry-After``: beyond it, the next hourly run will catch up."""


def default_retry() -> RetryPolicy:
    settings = PullSettings()
    return RetryPolicy(
        attempts=settings.retry_attempts,
        base_delay_s=settings.retry_base_delay_s,
        max_delay_s=settings.retry_max_delay_s,
    )
