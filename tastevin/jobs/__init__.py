"""Background jobs (huey). Importing this package registers every task with the queue."""

from tastevin.jobs.nightly import nightly_pull
from tastevin.jobs.pull_tasks import pull_connection_task
from tastevin.jobs.queue import huey
from tastevin.jobs.sweeper import sweep, sweep_task
from tastevin.jobs.tasks import (
    enqueue_processing,
    enqueue_processing_after_commit,
    enqueue_processing_many,
    process_import_task,
    process_imports_task,
)

__all__ = [
    "enqueue_processing",
    "enqueue_processing_after_commit",
    "enqueue_processing_many",
    "huey",
    "nightly_pull",
    "process_import_task",
    "process_imports_task",
    "pull_connection_task",
    "sweep",
    "sweep_task",
]
