"""What a restaurant types in to connect Bizzon (the Mews POS API): its key, checked for the
Mews key format, and an address for staging or a simulator."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field, SecretStr, field_validator

from tastevin.connectors.base import N_

KEY_PREFIXES = ("sk_live_", "sk_test_")


class BizzonCredentials(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    api_key: SecretStr = Field(
        title=N_("API key"),
        description=N_("The Mews POS API key: sk_live_… (sk_test_… for tests)."),
        json_schema_extra={"placeholder": "sk_live_…"},
    )
    base_url: str | None = Field(
        default=None,
        title=N_("API address (staging or simulator only)"),
        description=N_("Leave empty for the production API."),
        json_schema_extra={"placeholder": "https://api.mews.com/pos", "advanced": True},
    )

    @field_validator("api_key")
    @classmethod
    def _mews_key(cls, key: SecretStr) -> SecretStr:
        # A key of another kind would only fail at night, when no one is there to fix it.
        if not key.get_secret_value().startswith(KEY_PREFIXES):
            raise ValueError(N_("a Bizzon key starts with sk_live_ (or sk_test_ for tests)"))
        return key
