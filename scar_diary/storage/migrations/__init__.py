"""Alembic migrations; run only through scar_diary.storage.migrate."""
