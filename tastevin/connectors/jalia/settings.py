"""What a restaurant types in to connect Jalia (the Pragma API): its location's token, and
an address for staging or a simulator."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from tastevin.connectors.base import N_


class JaliaCredentials(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    api_key: SecretStr = Field(
        title=N_("API token"),
        description=N_("The Pragma API key of this location."),
        min_length=1,
    )
    base_url: str | None = Field(
        default=None,
        title=N_("API address (staging or simulator only)"),
        description=N_("Leave empty for the production API."),
        json_schema_extra={"placeholder": "https://api.pragma-project.dev/", "advanced": True},
    )
