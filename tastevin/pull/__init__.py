"""Pull channels (S-4, S-5, S-6): the nightly import of a connection's catalogue and
business days from the vendor's API, with catch-up from ``last_complete_day``."""

from tastevin.pull.service import PullOutcome, pull_connection

__all__ = ["PullOutcome", "pull_connection"]
