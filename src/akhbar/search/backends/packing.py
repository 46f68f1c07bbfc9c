"""The analysed columns of an FTS5 row, compressed, so the row can be deleted.

The FTS5 table is contentless (it keeps the index, not the text: two thirds
less disk). Deleting a row from such a table means giving FTS5 the values it
was made from; search_document keeps them here, zlib-compressed, and a
trigger unpacks them with the SQL function registered below.
"""

import zlib
from functools import lru_cache

from django.db.backends.base.base import BaseDatabaseWrapper

SEPARATOR = "\x1f"  # never in analysed text: control characters are dropped
FUNCTION = "akhbar_search_unpack"


def pack(columns: list[str]) -> bytes:
    return zlib.compress(SEPARATOR.join(columns).encode(), 6)


@lru_cache(maxsize=64)
def _columns(packed: bytes) -> tuple[str, ...]:
    return tuple(zlib.decompress(packed).decode().split(SEPARATOR))


def unpack(packed: bytes | None, index: int) -> str | None:
    """Return one column of a packed row (the SQL function the trigger calls)."""
    if packed is None:
        return None
    return _columns(bytes(packed))[index]


def register(sender: object, connection: BaseDatabaseWrapper, **kwargs: object) -> None:
    """Give every SQLite connection the function the delete trigger needs."""
    if connection.vendor == "sqlite":
        connection.connection.create_function(FUNCTION, 2, unpack, deterministic=True)
