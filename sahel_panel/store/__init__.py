"""The SQLite session file: schema, migrations, locking and transactions."""

from sahel_panel.store.database import (
    APPLICATION_ID,
    SCHEMA_VERSION,
    CheckStopped,
    DamagedSessionFile,
    InvalidContent,
    NewerSessionFile,
    NotASessionFile,
    ReadOnlySession,
    SessionLocked,
    SessionNotWritable,
    Store,
    StoreError,
    WriteFailed,
)

__all__ = [
    "APPLICATION_ID",
    "SCHEMA_VERSION",
    "CheckStopped",
    "DamagedSessionFile",
    "InvalidContent",
    "NewerSessionFile",
    "NotASessionFile",
    "ReadOnlySession",
    "SessionLocked",
    "SessionNotWritable",
    "Store",
    "StoreError",
    "WriteFailed",
]
