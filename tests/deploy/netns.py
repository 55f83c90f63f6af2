"""Hosts for the several-hosts test: Linux network namespaces joined by a bridge.

Each namespace is a host with its own network stack (its own loopback, its own ports): a
process started in one cannot reach another's ``127.0.0.1``, only the addresses of the test's
private subnet. The bridge lives in the root namespace and carries the subnet's first
address, where the forwarders for PostgreSQL and Redis listen. Everything is created by the
test and removed after, whatever happens; traffic goes only to these addresses.
"""

from __future__ import annotations

import contextlib
import ipaddress
import os
import shutil
import signal
import subprocess
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


def _ip(*args: str) -> None:
    subprocess.run(["ip", *args], check=True, capture_output=True, timeout=30)


def available() -> str | None:
    """Why namespaces cannot be made here (None when they can)."""
    if os.geteuid() != 0:
        return "network namespaces need root"
    if shutil.which("ip") is None:
        return "the ip command (iproute2) is missing"
    return None


def _free_subnet() -> ipaddress.IPv4Network:
    """A /24 of 10.216.0.0/16 that no route of this machine uses."""
    routes = subprocess.run(["ip", "-4", "route"], capture_output=True, text=True).stdout
    taken = [ipaddress.ip_network(word, strict=False) for word in routes.split() if "/" in word]
    for third in range(10, 250):
        net = ipaddress.ip_network(f"10.216.{third}.0/24")
        if not any(net.overlaps(other) for other in taken):
            return net
    raise RuntimeError("no free private subnet for the test")


@dataclass
class Host:
    name: str
    """The namespace's name."""
    address: str


@dataclass
class Network:
    """A bridge in the root namespace and one namespace per host, each with a veth pair."""

    subnet: ipaddress.IPv4Network = field(default_factory=_free_subnet)
    tag: str = field(default_factory=lambda: uuid.uuid4().hex[:5])
    hosts: dict[str, Host] = field(default_factory=dict)
    processes: list[subprocess.Popen[bytes]] = field(default_factory=list)

    @property
    def bridge(self) -> str:
        return f"tv{self.tag}br"

    @property
    def gateway(self) -> str:
        """The root namespace's address on the bridge (the forwarders listen there)."""
        return str(self.subnet[1])

    def create(self) -> Network:
        _ip("link", "add", self.bridge, "type", "bridge")
        _ip("addr", "add", f"{self.gateway}/{self.subnet.prefixlen}", "dev", self.bridge)
        _ip("link", "set", self.bridge, "up")
        return self

    def add_host(self, role: str) -> Host:
        number = len(self.hosts) + 2
        name = f"tv{self.tag}-{role}"
        outside, inside = f"tv{self.tag}o{number}", f"tv{self.tag}i{number}"
        address = str(self.subnet[number])
        _ip("netns", "add", name)
        _ip("link", "add", outside, "type", "veth", "peer", "name", inside)
        _ip("link", "set", inside, "netns", name)
        _ip("link", "set", outside, "master", self.bridge)
        _ip("link", "set", outside, "up")
        _ip("-n", name, "addr", "add", f"{address}/{self.subnet.prefixlen}", "dev", inside)
        _ip("-n", name, "link", "set", inside, "up")
        _ip("-n", name, "link", "set", "lo", "up")
        self.hosts[role] = host = Host(name, address)
        return host

    def start(
        self, host: Host | None, command: list[str], env: dict[str, str], log: Path
    ) -> subprocess.Popen[bytes]:
        """``command`` in ``host``'s namespace (None: the root namespace), in its own process
        group, its output to ``log``. A host also gets its own host name (a UTS namespace):
        what the code records about "this host" (lease owners) differs between hosts."""
        prefix = self._on(host) if host else []
        with log.open("ab") as out:
            process = subprocess.Popen(
                [*prefix, *command],
                env=env,
                stdout=out,
                stderr=subprocess.STDOUT,
                start_new_session=True,
            )
        self.processes.append(process)
        return process

    def run(
        self, host: Host, command: list[str], env: dict[str, str], timeout: float = 120
    ) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [*self._on(host), *command],
            env=env,
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )

    @staticmethod
    def _on(host: Host) -> list[str]:
        rename = 'hostname "$0" && exec "$@"'
        return ["ip", "netns", "exec", host.name, "unshare", "--uts", "sh", "-c", rename, host.name]

    def stop_all(self) -> None:
        for process in self.processes:
            if process.poll() is None:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGTERM)
        deadline = time.monotonic() + 15
        for process in self.processes:
            try:
                process.wait(timeout=max(deadline - time.monotonic(), 0.1))
            except subprocess.TimeoutExpired:
                with contextlib.suppress(ProcessLookupError):
                    os.killpg(process.pid, signal.SIGKILL)
                process.wait(timeout=10)

    def remove(self) -> None:
        for host in self.hosts.values():
            with contextlib.suppress(subprocess.CalledProcessError):
                _ip("netns", "delete", host.name)  # its veth ends go with it
        with contextlib.suppress(subprocess.CalledProcessError):
            _ip("link", "delete", self.bridge)


@contextlib.contextmanager
def network() -> Iterator[Network]:
    net = Network().create()
    try:
        yield net
    finally:
        net.stop_all()
        net.remove()
