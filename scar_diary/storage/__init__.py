"""SQLite storage: typed SQLAlchemy models, the Database front object and Alembic migrations."""
