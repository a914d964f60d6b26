"""What every room of the client uses: the one background-operation helper, plain text,
themes, error texts, tables, page scaffolds and the fixed keys.

May import: ``reviewer`` and PySide6. Never another ``ui`` room.
"""
