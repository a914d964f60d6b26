"""What every room of the client uses: the one background-operation helper, plain text and
lines that elide (``elide``), themes with the colours the code draws, error texts, tables,
page scaffolds, the fixed keys and the domain's words (``words``: codes read as words).

May import: ``reviewer`` and PySide6. Never another ``ui`` room.
"""
