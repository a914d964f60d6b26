"""The About dialog: the one version, the service and its version, the site's IT contact,
and "a newer version is available; ask IT" when the service advertises one.

Every value (the address, the service's words, IT's contact) is shown as plain text: the
site file and the service are not trusted to format anything.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

import reviewer
from reviewer import contract
from reviewer.versions import newer_available
from ui.common import a11y
from ui.common.i18n import arg, translate
from ui.common.text import plain_label


def newer_version_text(info: contract.ServiceInfo | None) -> str:
    """ "A newer version (X) is available; ask IT." or "" when none is advertised."""
    if info is None or not newer_available(reviewer.__version__, info.newest_client_version):
        return ""
    return arg(
        translate("AboutDialog", "A newer version (%1) is available; ask IT."),
        info.newest_client_version or "",
    )


def it_contact_text(contact: str) -> str:
    """Who to ask, as IT wrote it in the site file (or that nobody is named)."""
    if not contact:
        return translate("AboutDialog", "IT contact: not set by your IT department")
    return arg(translate("AboutDialog", "IT contact: %1"), contact)


class AboutDialog(QDialog):
    """See the module docstring. ``info`` is the service's /v1/info answer (None before
    sign-in or when it did not answer); ``server_url`` is "" before sign-in."""

    def __init__(
        self,
        *,
        server_url: str = "",
        info: contract.ServiceInfo | None = None,
        it_contact: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(translate("AboutDialog", "About Live Review Desk"))
        self.setAccessibleName(translate("AboutDialog", "About Live Review Desk"))
        layout = self._layout = QVBoxLayout(self)
        layout.setSpacing(8)
        self.setMinimumWidth(440)  # an address or a contact fits on one line
        title = plain_label(translate("AboutDialog", "Live Review Desk"), self)
        title.setProperty("role", "title")
        layout.addWidget(title)
        self.version = self._line(
            "aboutVersion", arg(translate("AboutDialog", "Version %1"), reviewer.__version__)
        )
        if server_url:
            service = arg(translate("AboutDialog", "Case service: %1"), server_url)
        else:
            service = translate("AboutDialog", "Case service: not signed in")
        self.service = self._line("aboutService", service)
        if info is not None:
            service_version = arg(translate("AboutDialog", "Service version: %1"), info.version)
        else:
            service_version = translate("AboutDialog", "Service version: not known")
        self.service_version = self._line("aboutServiceVersion", service_version)
        self.it_contact = self._line("aboutItContact", it_contact_text(it_contact))
        self.newer = self._line("aboutNewerVersion", newer_version_text(info))
        self.newer.setVisible(bool(self.newer.text()))
        url = info.client_download_url if info is not None else None
        self.download = self._line(
            "aboutDownload",
            arg(translate("AboutDialog", "IT gets it from: %1"), url) if url else "",
        )
        self.download.setVisible(bool(self.newer.text() and url))
        for label in (self.newer, self.download):
            label.setProperty("role", "muted")
        buttons = a11y.describe_buttons(
            QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _line(self, name: str, text: str) -> QLabel:
        label = plain_label(text, self, object_name=name, accessible_name=text, selectable=True)
        label.setWordWrap(True)
        self._layout.addWidget(label)
        return label
