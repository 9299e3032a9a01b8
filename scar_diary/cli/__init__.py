"""The `scar-diary` command: without a subcommand it starts the app."""

from scar_diary.cli.main import main

__all__ = ["main"]
