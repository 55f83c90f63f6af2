"""Watching a running installation: Prometheus metrics, health and readiness, request logs."""
