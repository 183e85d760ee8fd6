"""What a person sees when something breaks: one line naming the cause, the whole trace in a log file.

Logs go under the warehouse's folder (`logs/`), newest kept, so an operator
can send the file while the terminal stays readable.
"""

from __future__ import annotations

import os
import re
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

KEEP_LOGS = 50
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def printable(text: str) -> str:
    """Text safe to print on a terminal: control characters, line breaks and bidi overrides shown escaped
    (a file name cannot retitle the terminal, fake a line of output or reverse what follows)."""
    text = text.replace("\n", "\\n").replace("\r", "\\r").replace("\t", "\\t")
    return _CONTROL.sub(lambda m: f"\\u{ord(m.group(0)):04x}" if ord(m.group(0)) > 0xFF else f"\\x{ord(m.group(0)):02x}", text)


def _root_cause(error: Any) -> Any:
    """The innermost cause of an exception or of Dagster's serialized error: the one that names the problem."""
    seen = 0
    while seen < 20:
        inner = getattr(error, "cause", None) or getattr(error, "__cause__", None) or getattr(error, "__context__", None)
        if inner is None:
            return error
        error, seen = inner, seen + 1
    return error


def error_line(error: Any) -> str:
    """One line for an exception (or Dagster's SerializableErrorInfo): the deepest cause, without the trace.

    Dagster wraps a step's exception ('Error occurred while executing...'), so
    the message of the innermost cause is what says 'No space left on device'.
    """
    cls_name = getattr(error, "cls_name", None)
    if cls_name == "Failure":  # our own dg.Failure: its message is already meant for people
        root = error
    else:
        root = _root_cause(error)
    if isinstance(root, BaseException):
        message = str(root) or type(root).__name__
        if isinstance(root, OSError) and root.strerror:
            message = f"{root.strerror}" + (f": {root.filename}" if root.filename else "")
    else:
        message = re.sub(r"^[\w.]+: ", "", (getattr(root, "message", "") or "").strip(), count=1)  # 'OSError: ...'
    lines = [line.strip() for line in message.splitlines() if line.strip()]
    joined = "; ".join(lines) or "unknown error"
    return printable(joined if len(joined) <= 400 else joined[:397] + "...")


def new_log_path(warehouse: Path) -> Path:
    """A fresh log file name under the warehouse's folder."""
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return warehouse.parent / "logs" / f"exbench-{stamp}-{os.getpid()}.log"


def write_log(path: Path, text: str) -> Path | None:
    """Write the trace; None when even that fails (a full disk): the one line must still reach the user."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text if text.endswith("\n") else text + "\n", encoding="utf-8", errors="backslashreplace")
        for old in sorted(path.parent.glob("exbench-*.log"))[:-KEEP_LOGS]:
            old.unlink(missing_ok=True)
    except OSError:
        return None
    return path
