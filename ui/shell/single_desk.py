"""One desk per profile, the Qt side: the first desk listens, a second asks it to come forward.

The profile lock itself is :class:`reviewer.instance.ProfileLock`. The desk that holds it
listens on a local socket named after its data folder; a second desk on that folder
connects, says ``forward``, and exits with :data:`EXIT_ALREADY_OPEN` and one line on stderr.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

#: the exit status of a desk that found its profile already open
EXIT_ALREADY_OPEN = 3
_HELLO = b"forward\n"


def channel_name(data_dir: Path) -> str:
    """The local socket's name for a data folder (short: socket paths are limited)."""
    digest = hashlib.sha256(str(data_dir.resolve()).encode()).hexdigest()[:16]
    return f"live-review-desk-{digest}"


class ComeForward(QObject):
    """The first desk's end: ``requested`` when a second desk asked it to come forward."""

    requested = Signal()

    def __init__(self, data_dir: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = channel_name(data_dir)
        self.server = QLocalServer(self)
        self.server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        self.server.newConnection.connect(self._accept)

    def listen(self) -> bool:
        """Listen; a socket file left by a killed desk is removed first (we hold the lock)."""
        QLocalServer.removeServer(self.name)
        return self.server.listen(self.name)

    def _accept(self) -> None:
        while self.server.hasPendingConnections():
            socket = self.server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)

    def _read(self, socket: QLocalSocket) -> None:
        data = bytes(socket.read(64).data())
        if data.startswith(_HELLO.strip()):
            self.requested.emit()
        socket.disconnectFromServer()


def ask_to_come_forward(data_dir: Path, timeout_ms: int = 2000) -> bool:
    """From the second desk: ask the first to come forward; True when it was told."""
    socket = QLocalSocket()
    socket.connectToServer(channel_name(data_dir))
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(_HELLO)
    told = socket.waitForBytesWritten(timeout_ms)
    socket.disconnectFromServer()
    if socket.state() != QLocalSocket.LocalSocketState.UnconnectedState:
        socket.waitForDisconnected(timeout_ms)
    return told
