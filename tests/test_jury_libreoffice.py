"""A jury member's spreadsheet opens the pack with its default import: the names come back intact.

Headless LibreOffice converts each file with no filter options (what a
double click does, minus the dialog) to flat ODF, whose cells are compared
with the names in the warehouse.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from tests.conftest import require_tool
from tests.test_export_libreoffice import read_sheet
from tests.test_jury_pack import PERSIAN_NAME, TURKISH_NAME, pack  # noqa: F401 (fixture)

pytestmark = pytest.mark.slow


def default_open(files: list[Path], workdir: Path) -> dict[str, list]:
    """Each file (one per suffix) converted by headless LibreOffice with its DEFAULT import (no --infilter), as rows of cells."""
    soffice = require_tool("soffice", "libreoffice-calc-nogui")
    inbox, outbox = workdir / "in", workdir / "out"
    inbox.mkdir(parents=True)
    for path in files:
        shutil.copy(path, inbox / f"{path.stem}-{path.suffix[1:]}{path.suffix}")  # benchmark-csv.csv, benchmark-xlsx.xlsx
    names = sorted(p.name for p in inbox.iterdir())
    command = [
        soffice,
        "--headless",
        "--norestore",
        f"-env:UserInstallation={(workdir / 'profile').as_uri()}",
        "--convert-to",
        "fods",
        "--outdir",
        str(outbox),
        *(str(inbox / n) for n in names),
    ]
    done = subprocess.run(command, capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    return {Path(n).suffix[1:]: read_sheet(outbox / f"{Path(n).stem}.fods") for n in names}


def _version(soffice: str) -> str:
    done = subprocess.run([soffice, "--version"], capture_output=True, text=True, timeout=60)
    return (re.search(r"\d+\.\d+(\.\d+)*", done.stdout) or re.search(r".*", done.stdout)).group(0)


def test_the_workbook_and_the_csv_open_with_names_intact_in_libreoffice(pack, tmp_path):  # noqa: F811
    sheets = default_open([pack / "benchmark.xlsx", pack / "benchmark.csv"], tmp_path / "lo")
    book = sheets["xlsx"]
    names = {row[0].text for row in book[1:]}
    assert names == {PERSIAN_NAME, TURKISH_NAME}, names
    header = [c.text for c in book[0]]
    total = header.index("Total points (higher is better)")
    kadikoy = next(row for row in book[1:] if row[0].text == TURKISH_NAME)
    assert kadikoy[total].kind == "float" and float(kadikoy[total].value) == 512

    table = sheets["csv"]
    first = table[0][0].text
    if first.startswith("\u00ef\u00bb\u00bf"):
        # this LibreOffice imports a CSV given no options as Windows-1252 whatever its byte-order mark says (Excel and
        # LibreOffice's import dialog read the mark; newer LibreOffice defaults to UTF-8): the .xlsx is what opens right
        pytest.xfail(f"LibreOffice {_version(require_tool('soffice', 'libreoffice-calc-nogui'))} ignores the byte-order mark")
    assert first == "Organization"
    assert {row[0].text for row in table[1:]} == {PERSIAN_NAME, TURKISH_NAME}
