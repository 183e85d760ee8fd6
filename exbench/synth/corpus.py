"""`exbench synth`: a deterministic corpus of realistic PDFs with the facts each states.

Document i is built from random.Random(i), so the same N gives the same files
(and the first N of a larger corpus are the smaller corpus). Turkish, Persian
and English alternate; pages vary from one to three. Persian is shaped and laid
out right to left by fpdf2 with HarfBuzz, fonts embedded.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import random
from dataclasses import dataclass
from pathlib import Path

from exbench.language import ASCII, PERSIAN
from exbench.synth.texts import FACT_SENTENCES, FILLER, ORGANIZATIONS, TITLES

FONTS = Path(__file__).resolve().parent / "fonts"
LANGUAGES = ("tr", "fa", "en")


@dataclass(frozen=True)
class SynthDocument:
    name: str
    language: str
    organization: str
    title: str
    paragraphs: list[str]
    metrics: dict[str, int]
    year: int


def _digits(value: int, language: str) -> str:
    text = f"{value:,}".replace(",", "." if language == "tr" else ",")
    return text.translate(str.maketrans(ASCII + ",", PERSIAN + "٬")) if language == "fa" else text


def make_document(index: int) -> SynthDocument:
    """Document number `index`, always the same."""
    rng = random.Random(index)
    language = LANGUAGES[index % 3]
    organization = rng.choice(ORGANIZATIONS[language])
    metrics: dict[str, int] = {}
    paragraphs = []
    for template, codes in rng.sample(FACT_SENTENCES[language], k=rng.randint(2, 4)):
        values = [rng.randint(3, 1500) if code in ("strengths", "improvement_areas") else rng.randint(2, 90) for code in codes]
        metrics.update(zip(codes, values, strict=False))
        paragraphs.append(template.format(*(_digits(v, language) for v in values), org=organization))
        paragraphs.append(" ".join(rng.sample(FILLER[language], k=2)))
    for _ in range(rng.choice((0, 0, 6, 14))):  # some documents run over several pages
        paragraphs.append(" ".join(rng.sample(FILLER[language], k=3)))
    return SynthDocument(
        f"synth_{index:05d}_{language}.pdf",
        language,
        organization,
        TITLES[language].format(org=organization),
        paragraphs,
        metrics,
        2024,
    )


def render_pdf(document: SynthDocument, path: Path) -> None:
    """Write the document as a PDF with embedded fonts."""
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_compression(True)
    pdf.set_creation_date(__import__("datetime").datetime(2024, 1, 1))
    font = "NotoNaskhArabic-Regular.ttf" if document.language == "fa" else "DejaVuSans.ttf"
    pdf.add_font("body", fname=str(FONTS / font))
    pdf.add_page()
    pdf.set_font("body", size=11)
    if document.language == "fa":
        pdf.set_text_shaping(use_shaping_engine=True, direction="rtl", script="arab", language="fas")
    align = "R" if document.language == "fa" else "L"
    pdf.set_font_size(15)
    pdf.multi_cell(0, 9, document.title, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font_size(11)
    for paragraph in document.paragraphs:
        pdf.multi_cell(0, 6.5, paragraph, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.output(str(path))


def _render_index(args: tuple[int, str]) -> None:
    index, out_dir = args
    document = make_document(index)
    partial = Path(out_dir) / f".{document.name}.partial"
    render_pdf(document, partial)
    partial.replace(Path(out_dir) / document.name)  # a run stopped midway leaves no half-written PDF behind


def write_corpus(count: int, out_dir: Path) -> Path:
    """Write documents 0..count-1 (skipping files already there, rendering over every core) and
    labels.jsonl; returns the labels path."""
    out_dir.mkdir(parents=True, exist_ok=True)
    documents = [make_document(index) for index in range(count)]
    missing = [(index, str(out_dir)) for index, document in enumerate(documents) if not (out_dir / document.name).exists()]
    if len(missing) > 1:
        with multiprocessing.get_context("spawn").Pool(os.cpu_count() or 1) as pool:
            pool.map(_render_index, missing, chunksize=16)
            pool.close()  # the workers exit on their own: terminating them at the block's end once hung a test run
            pool.join()
    else:
        for task in missing:
            _render_index(task)
    labels = out_dir / "labels.jsonl"
    with labels.open("w", encoding="utf-8") as handle:
        for document in documents:
            handle.write(
                json.dumps(
                    {
                        "file": document.name,
                        "language": document.language,
                        "organization": document.organization,
                        "metrics": document.metrics,
                        "year": document.year,
                    },
                    ensure_ascii=False,
                )
                + "\n"
            )
    return labels
