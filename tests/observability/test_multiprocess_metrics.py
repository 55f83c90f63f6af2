"""Several worker processes on one host: each writes its counters to the shared directory and
one scrape adds them up (prometheus-client's multiprocess mode, enabled by the environment)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from prometheus_client.parser import text_string_to_metric_families

WORK = """
from tastevin.observability.metrics import LINES_APPLIED, PARSE_SECONDS
LINES_APPLIED.labels(vendor="bizzon").inc({n})
PARSE_SECONDS.labels(vendor="bizzon").observe(0.02)
"""
SCRAPE = """
import sys
from tastevin.observability.metrics import exposition, process_registry
sys.stdout.write(exposition(process_registry()).decode())
"""


def _python(code: str, env: dict[str, str]) -> str:
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    return done.stdout


def _value(text: str, name: str) -> float:
    return sum(
        s.value
        for family in text_string_to_metric_families(text)
        for s in family.samples
        if s.name == name and s.labels.get("vendor") == "bizzon"
    )


def test_a_scrape_adds_up_every_process_of_the_host(tmp_path: Path) -> None:
    env = {**os.environ, "PROMETHEUS_MULTIPROC_DIR": str(tmp_path)}
    for n in (5, 7):
        _python(WORK.format(n=n), env)

    scraped = _python(SCRAPE, env)

    assert _value(scraped, "tastevin_sale_lines_applied_total") == 12
    assert _value(scraped, "tastevin_import_parse_seconds_count") == 2
    assert len(list(tmp_path.glob("*.db"))) >= 2  # one file per process wrote its values
