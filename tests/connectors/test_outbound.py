"""Outbound calls: https to public addresses only, unless the setting allows simulators;
errors never echo the remote body."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from tastevin.connectors.http import ReadOnlyClient, RetryPolicy, VendorRefused
from tastevin.connectors.outbound import OutboundRefused, check_endpoint


@pytest.mark.parametrize(
    "url",
    [
        "http://93.184.215.14/pos",  # public, but not https
        "https://127.0.0.1:8443/",
        "https://localhost/",
        "https://10.0.0.5/",
        "https://192.168.1.10/",
        "https://169.254.169.254/latest/meta-data/",  # cloud metadata
        "https://[::1]/",
        "https://0.0.0.0/",
        "https://user:pw@93.184.215.14/",
        "ftp://93.184.215.14/",
        "https:///nohost",
    ],
)
def test_private_or_plain_endpoints_are_refused_by_default(url: str) -> None:
    with pytest.raises(OutboundRefused):
        check_endpoint(url, allow_private=False)


def test_a_public_https_address_is_allowed() -> None:
    check_endpoint("https://93.184.215.14/pos", allow_private=False)


def test_the_setting_allows_simulators() -> None:
    check_endpoint("http://127.0.0.1:8123/", allow_private=True)
    with pytest.raises(OutboundRefused):
        check_endpoint("file:///etc/passwd", allow_private=True)


def test_the_client_refuses_a_loopback_base_url_before_any_request() -> None:
    with pytest.raises(OutboundRefused, match="public internet address"):
        ReadOnlyClient("https://localhost:9/", allow_private=False)


class _Teller(BaseHTTPRequestHandler):
    def do_GET(self) -> None:
        body = b"SECRET-INTERNAL-PAGE root:x:0:0"
        self.send_response(404)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def internal_server() -> Iterator[str]:
    server = HTTPServer(("127.0.0.1", 0), _Teller)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_a_refusal_does_not_echo_the_remote_body(internal_server: str) -> None:
    client = ReadOnlyClient(
        internal_server, allow_private=True, retry=RetryPolicy(attempts=1, sleep=lambda _: None)
    )
    with pytest.raises(VendorRefused) as caught:
        client.get("v1/products")
    client.close()
    assert "HTTP 404" in caught.value.message
    assert "SECRET" not in caught.value.message
