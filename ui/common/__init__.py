"""What every room of the client uses: the one background-operation helper, plain text,
themes, error texts, tables and page scaffolds.

May import: ``reviewer`` and PySide6. Never another ``ui`` room.
"""
