"""Alembic environment: always runs on the connection handed over by `migrate.upgrade`, which
has foreign keys off and an open transaction, so a failed migration leaves the file as it was."""

from alembic import context

from scar_diary.storage.models import Base

connection = context.config.attributes["connection"]
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,  # SQLite can only ALTER by rebuilding tables
)
with context.begin_transaction():
    context.run_migrations()
