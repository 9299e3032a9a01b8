"""Errors a user can act on, with a message fit to show them as it is."""

from __future__ import annotations


class InvalidInput(ValueError):
    """The request was refused before anything was written; `str(exc)` is the user message."""
