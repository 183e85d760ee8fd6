"""How a command fails: one line on stderr and an exit code, never a traceback."""

from __future__ import annotations

import sys

import click

from exbench.runtime.logs import printable


def fail(message: str, code: int = 1) -> None:
    """Print `exbench: <message>` on stderr and exit with `code`."""
    click.echo(f"exbench: {printable(message)}", err=True)
    sys.exit(code)
