"""The server's certificate: from settings, or a self-signed pair generated once into the
data directory (demo and tests; production configures a real one)."""

from __future__ import annotations

import ipaddress
from datetime import UTC, datetime, timedelta
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from tastevin.config import Settings
from tastevin.files import private_file


def ensure_certificate(settings: Settings) -> tuple[Path, Path]:
    """(certificate, key) paths: the configured ones, else the generated pair."""
    if settings.ftps_certfile is not None:
        return settings.ftps_certfile, settings.ftps_keyfile or settings.ftps_certfile
    folder = settings.data_dir / "ftps-tls"
    cert, key = folder / "cert.pem", folder / "key.pem"
    if not (cert.exists() and key.exists()):
        hosts = {"localhost", settings.ftps_host, settings.ftps_public_host} - {"", "0.0.0.0"}
        write_self_signed(cert, key, sorted(hosts))
    return cert, key


def _names(hosts: list[str]) -> list[x509.GeneralName]:
    names: list[x509.GeneralName] = []
    for host in hosts:
        try:
            names.append(x509.IPAddress(ipaddress.ip_address(host)))
        except ValueError:
            names.append(x509.DNSName(host))
    if not any(isinstance(n, x509.IPAddress) for n in names):
        names.append(x509.IPAddress(ipaddress.ip_address("127.0.0.1")))
    return names


def write_self_signed(cert_path: Path, key_path: Path, hosts: list[str]) -> None:
    key = ec.generate_private_key(ec.SECP256R1())
    subject = x509.Name(
        [x509.NameAttribute(NameOID.COMMON_NAME, hosts[0] if hosts else "tastevin")]
    )
    now = datetime.now(UTC)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(subject)
        .issuer_name(subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(minutes=5))
        .not_valid_after(now + timedelta(days=3 * 365))
        .add_extension(x509.SubjectAlternativeName(_names(hosts)), critical=False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .sign(key, hashes.SHA256())
    )
    cert_path.parent.mkdir(parents=True, exist_ok=True)
    private_file(key_path).write_bytes(
        key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
