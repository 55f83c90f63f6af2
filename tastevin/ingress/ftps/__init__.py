"""The FTPS drop box of the vendors on the FTPS channel: a real FTP-over-TLS server
(pyftpdlib ``TLS_FTPHandler`` with pyOpenSSL), TLS required on control and data, one
jailed virtual user per restaurant."""

from tastevin.ingress.ftps.server import BackgroundServer, build_server

__all__ = ["BackgroundServer", "build_server"]
