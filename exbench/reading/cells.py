"""Glue table cells that a narrow column printed one character per line."""

from __future__ import annotations

_SHORT = 3


def _kind(fragment: str) -> str:
    return "digits" if all(c.isdigit() or c in ".,%" for c in fragment) else "letters"


def glue_squeezed_cells(text: str) -> str:
    """Join runs of very short lines of one kind (all digits, or all letters).

    A table column squeezed to a few characters prints "472" as "4", "7", "2"
    on three lines (LibreOffice does this); read apart, the number is lost.
    """
    out: list[str] = []
    run: list[str] = []

    def close() -> None:
        out.append("".join(run)) if len(run) > 1 else out.extend(run)
        run.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        if 0 < len(stripped) <= _SHORT and " " not in stripped:
            if run and _kind(run[-1]) != _kind(stripped):
                close()
            run.append(stripped)
            continue
        close()
        out.append(line)
    close()
    return "\n".join(out)
