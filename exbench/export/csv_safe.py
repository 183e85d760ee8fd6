"""CSV that any spreadsheet opens without surprises: RFC 4180, UTF-8 with a byte-order mark, no formulas.

Without the byte-order mark Excel (double click) and LibreOffice's import
dialog take the file for the system's 8-bit code page and show شهرداری
اصفهان or Büyükşehir as mojibake; with it they read UTF-8. Python's
`encoding="utf-8-sig"` and most CSV readers skip the mark.

A text cell that a spreadsheet would run as a formula (starting with =, +, -,
@, tab or CR) gets a leading apostrophe (OWASP CSV injection guidance); numbers
are written as numbers, so negative values stay numeric.
"""

from __future__ import annotations

import csv
import hashlib
import io
from collections.abc import Sequence
from datetime import date
from pathlib import Path

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def cell(value: object) -> str:
    """One value as CSV text: numbers plain and stable, text neutralised."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value)
    if isinstance(value, float):
        if value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return f"{value:.6f}".rstrip("0").rstrip(".")
    if isinstance(value, date):
        return value.isoformat()
    text = str(value)
    return "'" + text if text.startswith(_FORMULA_START) else text


def write_csv(path: Path, header: Sequence[str], rows: Sequence[Sequence[object]]) -> dict[str, object]:
    """Write the file (byte-order mark, CRLF line ends, minimal quoting); returns its sha256 and row count."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerow(header)
    for row in rows:
        writer.writerow([cell(v) for v in row])
    data = buffer.getvalue().encode("utf-8-sig")
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    return {"file": path.name, "sha256": hashlib.sha256(data).hexdigest(), "rows": len(rows)}
