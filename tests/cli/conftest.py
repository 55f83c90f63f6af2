"""The web fixtures (a seeded world, a test client), for commands checked through the API."""

from tests.web.conftest import client, world

__all__ = ["client", "world"]
