"""The `make run` demo: a French restaurant fed by every channel's simulator."""
