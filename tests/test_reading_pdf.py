"""PDF reading on the real seed PDFs of both producers (Chromium, LibreOffice):
Persian in logical order with digits in order, Turkish intact, and a clear
reason for every file that cannot be read."""

from __future__ import annotations

import multiprocessing
import resource
import time
from collections import Counter
from pathlib import Path

import pytest

from exbench.reading.direction import base_direction, mirror_rtl_neutrals
from exbench.reading.errors import UnreadableDocument
from exbench.reading.normalize import normalize_text
from exbench.reading.page import PageText
from exbench.reading.pdf import read_pdf_pages

SEEDS = Path(__file__).resolve().parent / "fixtures" / "seeds"
PERSIAN = "002_dc6b67fdd8ec7530"
TURKISH = ["000_64b73009d1241be1", "001_d9d162d172700b27", "003_a87a8b4b39c9cfd5", "004_962eeeb739c40a19"]
PRODUCERS = ["pdf-chromium", "pdf-libreoffice"]
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "pdf-corpus"
CORPUS_SECONDS = 60


def recall(source: str, extracted: str, language: str | None) -> tuple[float, float]:
    """(token recall, bigram recall): share of the source's whitespace tokens (and
    adjacent pairs) found in the extracted text, both normalized, as multisets."""
    src, ext = normalize_text(source, language).split(), normalize_text(extracted, language).split()

    def share(need: list, have: list) -> float:
        need_counts, have_counts = Counter(need), Counter(have)
        return sum(min(n, have_counts[k]) for k, n in need_counts.items()) / max(1, len(need))

    pairs = lambda words: list(zip(words, words[1:], strict=False))  # noqa: E731
    return share(src, ext), share(pairs(src), pairs(ext))


def source(seed: str) -> str:
    return (SEEDS / "txt" / f"{seed}.txt").read_text(encoding="utf-8")


def read(producer: str, seed: str) -> tuple[str, list[PageText]]:
    pages = read_pdf_pages(SEEDS / producer / f"{seed}.pdf")
    return "\n".join(page.text for page in pages), pages


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_reads_as_the_source(producer: str) -> None:
    text, pages = read(producer, PERSIAN)
    tokens, bigrams = recall(source(PERSIAN), text, "fa")
    assert tokens >= 0.98 and bigrams >= 0.98, (tokens, bigrams)
    assert [p.language for p in pages] == ["fa"] * len(pages)
    assert {p.engine for p in pages} == {"pdfium-bidi"}


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_numbers_keep_their_digit_order(producer: str) -> None:
    text, _ = read(producer, PERSIAN)
    for number in ["۱۲", "۲۹۳", "۷۳۱", "۷۳۶", "۱۴۰۱", "۱۱۰۰", "۶۰۰", "۵۵", "۶۸", "۱۲ آبان", "۷۵ درصد"]:
        assert number in text, number
    for backwards in ["۳۹۲", "۱۳۷", "۶۳۷", "۱۰۴۱", "۰۰۱۱", "۰۰۶", "۲۱ آبان", "۵۷ درصد"]:
        assert backwards not in text, backwards


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_quotes_face_the_right_way(producer: str) -> None:
    """Both producers store the guillemets as drawn (mirrored); the reading mirrors them back."""
    text, _ = read(producer, PERSIAN)
    assert "شعار« اصفهان من، شهر زندگی»" in text


@pytest.mark.parametrize(
    "visual, logical",
    [
        ("(هر) یلع", "علی (ره)"),  # brackets drawn mirrored in right-to-left text
        ("[۳ دنب] درک", "کرد [بند ۳]"),
        ("(دصرد ۷۵) دروم", "مورد (۷۵ درصد)"),
        ("۱۴۰۱ لاس رد ISO 9001 یهاوگ", "گواهی ISO 9001 در سال ۱۴۰۱"),  # Latin and digit runs keep their order
        ("Jeremy is یمرج in Arabic", "Jeremy is جرمی in Arabic"),  # mostly Latin: a left-to-right line
    ],
)
def test_visual_lines_become_logical(visual: str, logical: str) -> None:
    from bidi import get_display

    base = base_direction(visual)
    assert get_display(mirror_rtl_neutrals(visual, base), base_dir=base) == logical


@pytest.mark.parametrize("producer", PRODUCERS)
def test_persian_lam_alef_reads_lam_then_alef(producer: str) -> None:
    text, _ = read(producer, PERSIAN)
    assert "لازم" in text and "الزم" not in text


@pytest.mark.parametrize("producer", PRODUCERS)
@pytest.mark.parametrize("seed", TURKISH)
def test_turkish_reads_as_the_source(producer: str, seed: str) -> None:
    text, pages = read(producer, seed)
    tokens, _ = recall(source(seed), text, "tr")
    assert tokens >= 0.98, tokens
    assert {p.language for p in pages if p.text} == {"tr"}
    assert {p.engine for p in pages} == {"pdfium"}


def test_pages_are_numbered_and_counted() -> None:
    _, pages = read("pdf-chromium", TURKISH[1])
    assert [p.page_number for p in pages] == list(range(1, len(pages) + 1))
    assert all(p.char_count == len(p.text) for p in pages)


def _encrypted_pdf() -> bytes:
    """A one-page PDF under the standard security handler whose password is not empty."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>",
        b"<< /Filter /Standard /V 1 /R 2 /O <" + b"11" * 32 + b"> /U <" + b"22" * 32 + b"> /P -4 >>",
    ]
    out, offsets = bytearray(b"%PDF-1.4\n"), []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    file_id = b"<" + b"ab" * 16 + b">"
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 4 0 R /ID [%s %s] >>\n" % (len(objects) + 1, file_id, file_id)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def _bad_files() -> dict[str, tuple[bytes, str]]:
    seed = (SEEDS / "pdf-chromium" / f"{TURKISH[0]}.pdf").read_bytes()
    return {
        "encrypted.pdf": (_encrypted_pdf(), "encrypted"),
        "random.pdf": (bytes((i * 7919 + 13) % 256 for i in range(20000)), "damaged"),
        "truncated.pdf": (seed[: len(seed) // 2], "damaged"),
        "empty.pdf": (b"", "empty"),
    }


@pytest.mark.parametrize("name", ["encrypted.pdf", "random.pdf", "truncated.pdf", "empty.pdf"])
def test_unreadable_files_raise_their_reason(tmp_path: Path, name: str) -> None:
    data, reason = _bad_files()[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(UnreadableDocument) as caught:
        read_pdf_pages(path)
    assert caught.value.reason == reason
    message = str(caught.value)
    assert message.endswith(".") and "PDFium" not in message and len(message) < 160


def test_corpus_password_pdf_is_encrypted() -> None:
    path = CORPUS / "pdfplumber__password-example.pdf"
    if not path.exists():
        pytest.skip(f"no PDF corpus at {CORPUS}")
    with pytest.raises(UnreadableDocument) as caught:
        read_pdf_pages(path)
    assert caught.value.reason == "encrypted"


def _read_in_child(path: str, results) -> None:
    started = time.perf_counter()
    try:
        pages = read_pdf_pages(Path(path))
        outcome = "ok" if pages else "no pages"
    except UnreadableDocument as error:
        outcome = f"unreadable:{error.reason}"
    except BaseException as error:  # noqa: BLE001 - the test reports it
        outcome = f"crashed:{type(error).__name__}: {error}"
    results.put((outcome, time.perf_counter() - started))


@pytest.mark.slow
def test_every_corpus_pdf_reads_or_raises_a_reason() -> None:
    """Each file in its own process, so a hang or a crash in pdfium is seen, not inherited."""
    if not CORPUS.is_dir():
        pytest.skip(f"no PDF corpus at {CORPUS}")
    context = multiprocessing.get_context("fork")
    problems, outcomes = [], Counter()
    for path in sorted(CORPUS.glob("*.pdf")):
        results = context.Queue()
        child = context.Process(target=_read_in_child, args=(str(path), results))
        child.start()
        child.join(CORPUS_SECONDS)
        if child.is_alive():
            child.kill()
            child.join()
            problems.append((path.name, f"took over {CORPUS_SECONDS} s"))
            continue
        if results.empty():
            problems.append((path.name, f"process died with exit code {child.exitcode}"))
            continue
        outcome, _seconds = results.get()
        outcomes[outcome.split(":")[0] if outcome == "ok" else outcome] += 1
        if not (outcome == "ok" or outcome.startswith("unreadable:")):
            problems.append((path.name, outcome))
    assert not problems, problems
    assert outcomes["ok"] >= sum(outcomes.values()) // 2, outcomes


@pytest.mark.slow
def test_memory_stays_flat_over_many_documents() -> None:
    """Every pdfium object is closed: reading the same PDFs again does not grow the process."""
    files = [SEEDS / producer / f"{seed}.pdf" for producer in PRODUCERS for seed in [PERSIAN, *TURKISH]]
    for path in files * 5:
        read_pdf_pages(path)
    before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    for path in files * 60:
        read_pdf_pages(path)
    grown_kib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss - before
    assert grown_kib < 20 * 1024, grown_kib
