"""Schema migrations with Alembic, run inside one transaction with foreign keys off."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from alembic.config import Config

# The newest revision this version of the app knows. Kept as a constant so opening an
# up-to-date diary never has to import Alembic (a test checks it matches the scripts).
HEAD_REVISION = "0008_inbox"

_SCRIPTS = Path(__file__).with_name("migrations")


class MigrationError(Exception):
    """A migration failed or left broken references; the transaction was rolled back."""


def _config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(_SCRIPTS))
    return config


def known_revisions() -> set[str]:
    from alembic.script import ScriptDirectory

    return {script.revision for script in ScriptDirectory.from_config(_config()).walk_revisions()}


def script_head() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(_config()).get_current_head()


def upgrade(path: Path, target: str = "head", *, key: bytes | None = None) -> None:
    """Bring the file to `target`. Foreign keys are off so that batch-mode table rebuilds
    cannot cascade-delete child rows; afterwards every reference is checked again."""
    from alembic import command

    from scar_diary.storage.engine import make_engine

    engine = make_engine(path, key=key, foreign_keys=False, pooled=False)
    try:
        with engine.begin() as connection:
            config = _config()
            config.attributes["connection"] = connection
            command.upgrade(config, target)
            broken = connection.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise MigrationError(f"{len(broken)} rows reference missing rows after upgrade")
    finally:
        engine.dispose()
