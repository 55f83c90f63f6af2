"""What a restaurant types in to connect Astério's "Generic Data": the five fields Astério
gives (domain, KML code, site code, login, password)."""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, SecretStr

from tastevin.connectors.base import N_


class AsterioCredentials(BaseModel):
    model_config = ConfigDict(extra="ignore", str_strip_whitespace=True)

    domain: str = Field(
        title=N_("Domain"),
        description=N_("Your Astério address."),
        min_length=1,
        json_schema_extra={"placeholder": "https://<kml>.myasterio.com"},
    )
    kml: str = Field(title=N_("KML code"), min_length=1)
    site: str = Field(title=N_("Site code"), min_length=1)
    login: str = Field(title=N_("Login"), min_length=1)
    password: SecretStr = Field(title=N_("Password"), min_length=1)


def default_login(restaurant_name: str) -> dict[str, str]:
    """Astério's default Generic Data login: ``<NAME>_GENERICDATA``."""
    name = re.sub(r"[^A-Z0-9]+", "", restaurant_name.upper()) or "RESTAURANT"
    return {"login": f"{name}_GENERICDATA"}
