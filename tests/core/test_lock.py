"""The lock file must cover pyproject.toml: installs use only the lock (`pip install -r`, then the
project with `--no-deps`), so a dependency added to pyproject.toml without `make lock` would be
missing at run time on a fresh clone."""

from __future__ import annotations

import re
import tomllib
from pathlib import Path

from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[2]
PIN = re.compile(r"^([A-Za-z0-9][A-Za-z0-9._-]*)==([^\s;\\]+)", re.MULTILINE)


def _pinned() -> dict[str, Version]:
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    return {canonicalize_name(name): Version(version) for name, version in PIN.findall(text)}


def _declared() -> list[Requirement]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    names = list(project["dependencies"]) + list(project["optional-dependencies"]["dev"])
    return [Requirement(spec) for spec in names]


def test_every_declared_dependency_is_pinned_within_its_range() -> None:
    pinned = _pinned()
    problems = []
    for requirement in _declared():
        version = pinned.get(canonicalize_name(requirement.name))
        if version is None:
            problems.append(f"{requirement.name}: not in requirements.lock (run `make lock`)")
        elif not requirement.specifier.contains(version, prereleases=True):
            problems.append(f"{requirement.name}: locked {version} outside {requirement.specifier}")
    assert problems == []


def test_every_pin_carries_a_hash() -> None:
    """`pip install --require-hashes` refuses an unhashed pin: keep `--generate-hashes`."""
    text = (ROOT / "requirements.lock").read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[A-Za-z0-9])", text.split("\n", 2)[2])
    unhashed = [block.split()[0] for block in blocks if "==" in block and "--hash=" not in block]
    assert _pinned(), "no pinned requirement found"
    assert unhashed == []
