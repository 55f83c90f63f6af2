"""``tastevin demo`` as a real process: SIGTERM (``kill``, ``docker stop``) and Ctrl-C
stop it cleanly, its worker process with it."""

from __future__ import annotations

import os
import signal
import subprocess
import time
from pathlib import Path

import pytest
from cryptography.fernet import Fernet

from tests.faults.support import TASTEVIN, free_port

READY = "Ctrl-C stops"
HANG_GUARD_S = 300
"""Not a speed target: only so that a demo that never stops fails instead of hanging."""


def _children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        found += [int(p) for p in (task / "children").read_text().split()]
    return found


def _gone(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rpartition(")")[2].split()[0]
    except (FileNotFoundError, ProcessLookupError):
        return True
    return state in ("Z", "X")


@pytest.mark.slow
@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_the_demo_stops_on_a_signal_with_its_worker(tmp_path: Path, signum: int) -> None:
    if not Path("/proc/self/task").is_dir():
        pytest.skip("needs /proc to find the worker process")
    passive = free_port()
    env = {
        **os.environ,
        "TASTEVIN_DATABASE_URL": "",
        "TASTEVIN_QUEUE_URL": "",
        "TASTEVIN_QUEUE_IMMEDIATE": "false",
        "TASTEVIN_DATA_DIR": str(tmp_path / "var"),
        "TASTEVIN_SECRET_KEY": Fernet.generate_key().decode(),
        "TASTEVIN_PORT": str(free_port()),
        "TASTEVIN_FTPS_PORT": str(free_port()),
        "TASTEVIN_FTPS_PASSIVE_PORTS": f"{passive}-{passive}",
        "COLUMNS": "200",  # one line per message in the log read below
    }
    log_path = tmp_path / "demo.log"
    with log_path.open("wb") as log:
        demo = subprocess.Popen(
            [TASTEVIN, "demo"], env=env, stdout=log, stderr=subprocess.STDOUT, cwd=tmp_path
        )
    try:
        deadline = time.monotonic() + HANG_GUARD_S
        while READY not in log_path.read_text(errors="replace"):
            assert demo.poll() is None, log_path.read_text(errors="replace")
            assert time.monotonic() < deadline, "the demo never got ready"
            time.sleep(0.5)
        workers = _children(demo.pid)
        assert workers, "the demo runs its worker as a process of its own"
        demo.send_signal(signum)
        code = demo.wait(timeout=HANG_GUARD_S)
    finally:
        if demo.poll() is None:
            demo.kill()
            demo.wait()
    output = log_path.read_text(errors="replace")
    assert code == 0, output
    assert "Stopped." in output
    assert all(_gone(pid) for pid in workers), "the worker process outlived the demo"
