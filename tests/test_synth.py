"""The synthetic benchmark corpus is deterministic, shaped correctly and labeled truthfully."""

from __future__ import annotations

import json

from exbench.extraction.document import extract_document
from exbench.extraction.model import PageInput
from exbench.reading import read_document
from exbench.synth.corpus import write_corpus
from exbench.warehouse.resolve import match_key


def test_same_count_gives_the_same_files(tmp_path):
    first = write_corpus(6, tmp_path / "a")
    second = write_corpus(6, tmp_path / "b")
    for line in first.read_text(encoding="utf-8").splitlines():
        name = json.loads(line)["file"]
        assert (tmp_path / "a" / name).read_bytes() == (tmp_path / "b" / name).read_bytes()
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_labels_match_what_the_pipeline_reads(tmp_path):
    labels = [json.loads(line) for line in write_corpus(6, tmp_path).read_text(encoding="utf-8").splitlines()]
    assert {label["language"] for label in labels} == {"tr", "fa", "en"}
    for label in labels:
        _title, pages = read_document(tmp_path / label["file"], "application/pdf")
        facts = extract_document([PageInput(p.page_number, p.text, p.language) for p in pages])
        found = {(match_key(m.organization), m.metric_code, m.value) for m in facts.metrics}
        expected = {(match_key(label["organization"]), code, float(value)) for code, value in label["metrics"].items()}
        assert expected <= found, label["file"]
