"""How a problem with an input is told: one line naming file, row and column, the bad value quoted short."""

from __future__ import annotations

from dataclasses import asdict, dataclass

_SHOWN = 60  # characters of a bad value quoted in a warning


@dataclass(frozen=True)
class InputWarning:
    """A problem with an input that did not stop the build; row and column are None when not about a cell.

    `row` is the row as a spreadsheet shows it (the header is row 1).
    """

    file: str
    row: int | None
    column: str | None
    message: str

    def line(self) -> str:
        """The warning as one line: `raw/manifest.csv row 7, column published_on: ...` (`raw/self: ...` without a cell)."""
        where = ", ".join(
            part for part in (f"row {self.row}" if self.row else "", f"column {self.column}" if self.column else "") if part
        )
        return f"{self.file} {where}: {self.message}" if where else f"{self.file}: {self.message}"

    def as_dict(self) -> dict[str, object]:
        return asdict(self)


def shown(value: str) -> str:
    """A value quoted for a warning: shortened, with control and invisible characters escaped."""
    short = value if len(value) <= _SHOWN else value[: _SHOWN - 1] + "…"
    escaped = "".join(c if c.isprintable() else c.encode("unicode_escape", "backslashreplace").decode("ascii") for c in short)
    return f"'{escaped}'"
