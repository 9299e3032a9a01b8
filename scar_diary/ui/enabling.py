"""A control that cannot be used now says why: its tooltip, its accessible description (read
by screen readers) and its status tip (the status line on hover) carry the reason while it is
disabled, and go back to what they were when it is enabled again."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

_TIP = "tipWhenEnabled"
_DESCRIPTION = "descriptionWhenEnabled"


def set_enabled(widget: QWidget, enabled: bool, reason: str) -> None:
    for key, value in ((_TIP, widget.toolTip()), (_DESCRIPTION, widget.accessibleDescription())):
        if widget.property(key) is None:  # the first call: what it says when usable
            widget.setProperty(key, value)
    widget.setEnabled(enabled)
    widget.setToolTip(str(widget.property(_TIP)) if enabled else reason)
    widget.setAccessibleDescription(str(widget.property(_DESCRIPTION)) if enabled else reason)
    widget.setStatusTip("" if enabled else reason)
