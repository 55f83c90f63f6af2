"""Background jobs (huey). Importing this package registers every task with the queue."""

from tastevin.jobs.queue import huey
from tastevin.jobs.tasks import enqueue_processing, process_import_task

__all__ = ["enqueue_processing", "huey", "process_import_task"]
