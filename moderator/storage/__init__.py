"""Local storage: the SQLite file the console reads and writes, through SQLAlchemy 2.

The schema belongs to the Alembic migrations in ``migrations/``; ``models`` declares the same
tables for queries (a test checks the two agree). ``database`` opens the file safely,
``repository`` maps tables to domain objects and persists command events in one transaction.
"""
