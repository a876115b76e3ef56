"""The local file's errors that windows tell apart, without importing the database layer.

A ``DatabaseError`` says the file cannot be used, naming the file, what is wrong and what to
do, so a window shows its message as it is. It is defined with the file checks that need no
SQLAlchemy (``storage.file_check``): importing it here costs nothing before the first paint.
"""

from __future__ import annotations

from moderator.storage.file_check import DatabaseError

__all__ = ["DatabaseError"]
