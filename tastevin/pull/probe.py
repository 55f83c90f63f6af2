""" "Tester la connexion": one authenticated read of a pull vendor's API with the saved
credentials, answered in plain words. Nothing is stored: a probe is not an import.

The first page of the catalogue is the read: every pull vendor has one, it needs the key,
and it changes nothing on the vendor's side (GET only, S-7)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import httpx

from tastevin.connectors.http import RetryPolicy, VendorRefused
from tastevin.errors import N_, CredentialsNeedRenewing, Retryable, TastevinError
from tastevin.pull.sources import open_source

PROBE_TIMEOUT_S = 10.0
ONE_TRY = RetryPolicy(attempts=1, base_delay_s=0.0)

OK = N_("The connection works: %(pos)s answered with your credentials.")
REFUSED_KEY = N_(
    "%(pos)s refused the credentials. Check them, or ask %(pos)s for new ones, then save them here."
)
UNREACHABLE = N_("%(pos)s could not be reached just now. Try again in a few minutes.")
REFUSED = N_("%(pos)s refused the request. If this lasts, contact Tastevin's support.")
INCOMPLETE = N_("Some credentials are missing: fill in every field marked *, then save.")


@dataclass(frozen=True, slots=True)
class ProbeResult:
    ok: bool
    message: str
    """An English catalog template; ``params`` fill it in once translated."""
    params: dict[str, Any] = field(default_factory=dict)


def probe(
    vendor: str,
    title: str,
    credentials: Mapping[str, Any],
    *,
    transport: httpx.BaseTransport | None = None,
) -> ProbeResult:
    """One GET with ``credentials``; ``title`` names the POS in the answer."""
    values = {"pos": title}
    try:
        source = open_source(
            vendor, credentials, timeout_s=PROBE_TIMEOUT_S, retry=ONE_TRY, transport=transport
        )
    except (CredentialsNeedRenewing, KeyError):
        return ProbeResult(False, INCOMPLETE, values)
    try:
        next(iter(source.catalogue()), None)
    except CredentialsNeedRenewing:
        return ProbeResult(False, REFUSED_KEY, values)
    except (Retryable, httpx.HTTPError):
        return ProbeResult(False, UNREACHABLE, values)
    except (VendorRefused, TastevinError):
        return ProbeResult(False, REFUSED, values)
    finally:
        source.close()
    return ProbeResult(True, OK, values)
