"""The FTPS control and data handlers of the drop box.

A completed upload (TLS closed cleanly by the client) is stored raw and committed before
the client hears ``226``, then enqueued; an aborted or truncated upload is deleted and
stores nothing; a file over the size limit is cut off and refused."""

from __future__ import annotations

import contextlib
import errno
import logging
import os
import sys
from pathlib import Path
from typing import Any, BinaryIO

from OpenSSL import SSL
from pyftpdlib.filesystems import AbstractedFS
from pyftpdlib.handlers import TLS_DTPHandler, TLS_FTPHandler

from tastevin.db import transaction
from tastevin.ingress.ftps.authorizer import DatabaseAuthorizer
from tastevin.ingress.service import Received, receive
from tastevin.models import PosConnection
from tastevin.models.enums import Channel, ConnectionStatus
from tastevin.observability.metrics import FTPS_UPLOADS

log = logging.getLogger(__name__)


class FileTooLarge(OSError):
    def __init__(self, limit: int) -> None:
        super().__init__(errno.EFBIG, f"File too large (the limit is {limit} bytes)")
        self.limit = limit


class _LimitedFile:
    """A file opened for upload that refuses to grow past the limit."""

    def __init__(self, handle: BinaryIO, limit: int) -> None:
        self._handle = handle
        self._limit = limit
        self._written = 0

    def write(self, data: bytes) -> int:
        self._written += len(data)
        if self._written > self._limit:
            raise FileTooLarge(self._limit)
        return self._handle.write(data)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._handle, name)


class DropBoxFS(AbstractedFS):  # type: ignore[misc]
    def open(self, filename: str, mode: str) -> Any:
        handle = super().open(filename, mode)
        if any(flag in mode for flag in "wa+"):
            return _LimitedFile(handle, self.cmd_channel.max_file_bytes)
        return handle


class DropBoxDTPHandler(TLS_DTPHandler):  # type: ignore[misc]
    transfer_finished: bool
    _settled = False
    _close_pending = False
    _handshake_failed = False

    def close(self) -> None:
        if self._wait_for_handshake():
            self._close_pending = True
            return
        if not self._settled and not self._closed and self.receive and self.file_obj:
            self._settled = True
            self._settle_upload()
        super().close()

    def _wait_for_handshake(self) -> bool:
        """An empty listing is "sent" before the client's TLS handshake is over; closing
        then breaks the client's stream. Such a close waits for the handshake, once."""
        return bool(
            self._ssl_accepting
            and not (self._close_pending or self._closed or self._handshake_failed)
            and not self.receive
            and self.cmd is not None
        )

    def handle_failed_ssl_handshake(self) -> None:
        self._handshake_failed = True
        if self.cmd is None:
            # No transfer was asked on this connection (e.g. its command was refused): an
            # unsolicited 522 would be read as the answer to the client's next command.
            self.close()
            return
        super().handle_failed_ssl_handshake()

    def handle_ssl_established(self) -> None:
        if self._close_pending:
            self.close()

    def _settle_upload(self) -> None:
        if self.transfer_finished and not self._closed_cleanly():
            self.transfer_finished = False
            self._resp = ("426 Connection closed without TLS shutdown; upload refused.", log.info)
        if not self.transfer_finished:
            return
        self.file_obj.close()
        error = self.cmd_channel.accept_upload(self.file_obj.name)
        if error is not None:
            self.transfer_finished = False
            self._resp = (f"451 {error}", log.warning)

    def _closed_cleanly(self) -> bool:
        """A TLS upload ends with the client's close_notify; a bare TCP close may be a
        truncated file."""
        if not isinstance(self.socket, SSL.Connection):
            return True
        return bool(self.socket.get_shutdown() & SSL.RECEIVED_SHUTDOWN)

    def handle_error(self) -> None:
        cause = getattr(sys.exc_info()[1], "__cause__", None)
        if isinstance(cause, FileTooLarge):
            self._resp = (f"552 {cause.strerror}; transfer aborted.", log.info)
            self.transfer_finished = False
            self.close()
            return
        super().handle_error()


class DropBoxHandler(TLS_FTPHandler):  # type: ignore[misc]
    tls_control_required = True
    tls_data_required = True
    dtp_handler = DropBoxDTPHandler
    abstracted_fs = DropBoxFS
    banner = "Tastevin FTPS drop box ready (explicit TLS required)."
    max_login_attempts = 3
    max_file_bytes = 20 * 1024 * 1024
    authorizer: DatabaseAuthorizer

    def accept_upload(self, path: str) -> str | None:
        """Stores the received file raw; None when kept, else the reason to give."""
        user = self.authorizer.user(self.username)
        body = Path(path).read_bytes()
        meta = {"file": os.path.basename(path), "size": len(body), "login": self.username}
        try:
            with transaction() as session:
                connection = session.get(PosConnection, user.connection_id)
                if connection is None or connection.status == ConnectionStatus.DISABLED:
                    FTPS_UPLOADS.labels(outcome="refused").inc()
                    return "This drop box is disabled."
                received: Received = receive(
                    session, connection, body, channel=Channel.FTPS, meta=meta
                )
        except Exception:
            log.exception("could not store upload %s of %s", path, self.username)
            FTPS_UPLOADS.labels(outcome="failed").inc()
            return "The file could not be stored; please send it again."
        log.info(
            "upload %s from %s stored as import %s%s",
            meta["file"],
            self.username,
            received.import_id,
            " (already received)" if received.duplicate else "",
        )
        FTPS_UPLOADS.labels(outcome="duplicate" if received.duplicate else "stored").inc()
        return None

    def on_incomplete_file_received(self, file: str) -> None:
        with contextlib.suppress(FileNotFoundError):
            os.remove(file)
