"""Secrets out of the access log: senders that can only be given a URL put their webhook
token in ``?token=``, and uvicorn logs every request line as received."""

from __future__ import annotations

import logging
import re

SECRET_PARAMS = re.compile(
    r"(?i)([?&](?:token|api_key|apikey|key|password|secret|access_token)=)[^&#\s\"]*"
)
REDACTED = "[redacted]"
ACCESS_LOGGER = "uvicorn.access"


def redact(text: str) -> str:
    return SECRET_PARAMS.sub(lambda m: m.group(1) + REDACTED, text)


class RedactSecrets(logging.Filter):
    """Rewrites the arguments of access-log records (uvicorn passes the path as one)."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
        elif isinstance(record.msg, str):
            record.msg = redact(record.msg)
        return True


def install() -> None:
    """Idempotent: one filter on uvicorn's access logger, whichever server runs the app."""
    logger = logging.getLogger(ACCESS_LOGGER)
    if not any(isinstance(f, RedactSecrets) for f in logger.filters):
        logger.addFilter(RedactSecrets())
