"""Data files readable by the service's own user only: the database, the job queue, keys,
certificates and uploaded journals hold restaurants' sales and secrets."""

from __future__ import annotations

import os
from pathlib import Path

FILE_MODE = 0o600
DIR_MODE = 0o700


def private_dir(path: Path) -> Path:
    """Creates the directory (and parents) owner-only; an existing one is left as it is
    (an operator may have chosen its permissions)."""
    if not path.exists():
        path.mkdir(parents=True, exist_ok=True, mode=DIR_MODE)
        path.chmod(DIR_MODE)  # mkdir's mode is filtered by the umask
    return path


def private_file(path: Path) -> Path:
    """Creates an empty owner-only file if it does not exist yet; an existing file is
    tightened to owner-only too."""
    private_dir(path.parent)
    descriptor = os.open(path, os.O_CREAT | os.O_WRONLY, FILE_MODE)
    os.close(descriptor)
    path.chmod(FILE_MODE)
    return path
