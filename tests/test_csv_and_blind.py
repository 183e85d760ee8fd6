"""Export cells are safe in spreadsheets and blind codes are stable and complete."""

from __future__ import annotations

import pytest

from exbench.export.blind import blind_code, codebook
from exbench.export.csv_safe import cell, write_csv
from exbench.export.mask import Masker


@pytest.mark.parametrize(
    "value, expected",
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("+1", "'+1"),
        ("-2+3", "'-2+3"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\tx", "'\tx"),
        ("\rx", "'\rx"),
        (-5, "-5"),
        (-2.5, "-2.5"),
        (1293.0, "1293"),
        (0.153846153, "0.153846"),
        (None, ""),
        ("شهرداری اصفهان", "شهرداری اصفهان"),
        (True, "true"),
    ],
)
def test_cells(value, expected):
    assert cell(value) == expected


def test_csv_is_crlf_utf8_and_reports_its_hash(tmp_path):
    info = write_csv(tmp_path / "x.csv", ["a", "b"], [["İzmir, TR", 1], ["اصفهان", -1]])
    data = (tmp_path / "x.csv").read_bytes()
    assert data == '\ufeffa,b\r\n"İzmir, TR",1\r\nاصفهان,-1\r\n'.encode()
    assert info["rows"] == 2 and len(info["sha256"]) == 64


def test_blind_codes_are_keyed_and_replace_every_alias():
    key = b"secret"
    names = {"org_1": ["شهرداری اصفهان", "Isfahan Municipality"], "org_2": ["Kartal Belediyesi"]}
    codes = codebook(names, key)
    masker = Masker(names, codes)
    code = blind_code("org_1", key)
    assert codes["org_1"] == code == blind_code("org_1", key) != blind_code("org_1", b"other")
    text = masker.text("شهرداری اصفهان and isfahan municipality met Kartal Belediyesi’nin team")
    assert "اصفهان" not in text and "isfahan" not in text.lower() and "Kartal" not in text
    assert text.count(code) == 2 and text.count(codes["org_2"]) == 1
