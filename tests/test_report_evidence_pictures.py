"""The report shows each cited quote in place on its PDF page: the words highlighted, each number boxed where
the page draws it, the quote as text when it cannot be placed; checked on the shipped PDFs, and (slow) on a
real `exbench run` whose report headless Chromium opens."""

from __future__ import annotations

import base64
import io
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from PIL import Image

from exbench.page_crops import SCALE, quote_crop
from exbench.quote_places import find_quote
from exbench.report.pictures import PER_ENTRY, evidence_pictures
from tests.conftest import require_tool

PDFS = Path(__file__).resolve().parent / "eval" / "pdf-chromium"
SCANS = Path(__file__).resolve().parent / "fixtures" / "scans"
EN_QUOTE = "A team of five assessors spent three days on site and identified 39 strengths\nand 47 areas for improvement."
FA_TOTAL = "امتیاز کل: ۴۸۷ از ۱۰۰۰"


def _pdfium_boxes(pdf: Path, page_number: int, before: str, digits: str) -> list[tuple[float, float, float, float]]:
    """pypdfium2's own boxes of `digits` where they follow `before`, in points from the top left."""
    document = pdfium.PdfDocument(str(pdf))
    try:
        page = document[page_number - 1]
        height = page.get_height()
        textpage = page.get_textpage()
        index, count = textpage.search(before + digits, match_case=True).get_next()
        boxes = [textpage.get_charbox(i) for i in range(index + count - len(digits), index + count)]
    finally:
        document.close()
    return [(left, height - top, right, height - bottom) for left, bottom, right, top in boxes]


def _orange_share(png: bytes, box: tuple[float, float, float, float]) -> float:
    """Share of the pixels inside `box` (pixels of the picture) tinted by the number highlight."""
    image = Image.open(io.BytesIO(png)).convert("RGB")
    left, top, right, bottom = (round(v) for v in box)
    pixels = [image.getpixel((x, y)) for x in range(left + 2, right - 1) for y in range(top + 2, bottom - 1)]
    return sum(r - b > 60 for r, _g, b in pixels) / len(pixels)


def test_each_number_of_an_english_quote_is_boxed_where_pdfium_draws_it():
    pdf = PDFS / "en_a01.pdf"
    crop = quote_crop(pdf, 1, EN_QUOTE)
    assert crop is not None
    assert len(crop.words) == 2  # the quote runs over two lines: both are highlighted
    assert len(crop.numbers) == 2  # 39 and 47
    for number_box, digits, before in ((crop.numbers[0], "39", "identified "), (crop.numbers[1], "47", "and ")):
        x, y = crop.region[0], crop.region[1]
        on_page = [x + number_box[0] / SCALE, y + number_box[1] / SCALE, x + number_box[2] / SCALE, y + number_box[3] / SCALE]
        for left, top, right, bottom in _pdfium_boxes(pdf, 1, before, digits):
            assert on_page[0] - 0.5 <= left and right <= on_page[2] + 0.5, digits
            assert on_page[1] - 0.5 <= top and bottom <= on_page[3] + 0.5, digits
        assert _orange_share(crop.png, number_box) > 0.9, digits
    image = Image.open(io.BytesIO(crop.png)).convert("RGB")
    assert (image.width, image.height) == (crop.width, crop.height)
    r, _g, b = image.getpixel((2, 2))  # the margin is the page, untouched
    assert r - b < 20
    assert len(crop.png) < 20_000  # a line or two of a page stays small


def test_a_persian_quote_the_pdf_stores_in_visual_order_is_placed_with_its_numbers():
    found = find_quote(PDFS / "rep_fa_1.pdf", 2, FA_TOTAL)
    assert found is not None
    assert len(found.words) == 1 and len(found.numbers) == 2  # ۴۸۷ and ۱۰۰۰
    (line,) = found.words
    for left, top, right, bottom in found.numbers:
        assert line[0] - 1 <= left < right <= line[2] + 1 and line[1] - 1 <= top < bottom <= line[3] + 1


def test_a_scanned_page_is_placed_by_the_words_tesseract_reads_there():
    require_tool("tesseract", "tesseract-ocr")
    scan = SCANS / "tr_a09-libreoffice.pdf"  # an image-only page: no text layer at all
    quote = (
        "Bu yıl gerçekleştirilen öz değerlendirmede iki yüz on güçlü yön ve yüz\naltmış beş gelişmeye açık alan "
        "belirlendi; tespit edilen alanlardan 21\niyileştirme projesi türetildi."
    )
    crop = quote_crop(scan, 2, quote)
    assert crop is not None
    assert len(crop.words) == 3 and len(crop.numbers) == 1  # three lines; 21
    assert _orange_share(crop.png, crop.numbers[0]) > 0.9
    assert crop.words[1][0] < crop.numbers[0][0] < crop.numbers[0][2] <= crop.words[1][2]  # 21 on its line, at its end
    assert quote_crop(scan, 2, "Nothing like this is on the scanned page at all") is None


def test_words_the_page_does_not_hold_get_no_picture(tmp_path):
    assert quote_crop(PDFS / "en_a01.pdf", 1, "Nothing like this is written on the page 12345") is None
    assert quote_crop(PDFS / "en_a01.pdf", 99, EN_QUOTE) is None
    not_pdf = tmp_path / "x.pdf"
    not_pdf.write_text("not a pdf", encoding="utf-8")
    assert quote_crop(not_pdf, 1, EN_QUOTE) is None


def test_the_report_shows_the_quote_as_text_when_no_picture_can_be_drawn(tmp_path):
    raw = tmp_path / "raw"
    raw.mkdir()
    shutil.copy(PDFS / "en_a01.pdf", raw / "en_a01.pdf")
    (raw / "news.html").write_text("<p>39</p>", encoding="utf-8")
    picture = evidence_pictures(raw)
    html = picture("en_a01.pdf", 1, EN_QUOTE, 0)
    match = re.match(r'<img class="crop" src="data:image/png;base64,([^"]+)" width="(\d+)" height="(\d+)" alt="([^"]+)"', html)
    assert match, html[:200]
    assert Image.open(io.BytesIO(base64.b64decode(match.group(1)))).width == int(match.group(2))
    assert "identified 39 strengths and 47 areas" in match.group(4)  # the alt text is the quote
    assert picture("news.html", None, "39", 0) == ""  # an HTML document has no page: the quote alone
    assert picture("en_a01.pdf", 1, EN_QUOTE, PER_ENTRY) == ""  # a few pictures per entry, not twenty
    assert "could not be placed on the page" in picture("en_a01.pdf", 1, "words that are not there at all", 0)
    assert "left out to keep the report small" in evidence_pictures(raw, budget=0)("en_a01.pdf", 1, EN_QUOTE, 0)
    assert "left out to keep the report small" in evidence_pictures(raw, seconds=-1)("en_a01.pdf", 1, EN_QUOTE, 0)
    assert picture("../en_a01.pdf", 1, EN_QUOTE, 0) == ""  # never a file outside the raw folder


# A copy of the report with a script that measures what Chromium shows: each picture's natural size, the
# evidence entry it sits in, whether a number of the page links there, and the colour at each number's box.
PROBE = """<script>
window.addEventListener('load', () => {
  const out = [];
  for (const img of document.querySelectorAll('img.crop')) {
    const entry = img.closest('li[id]');
    const canvas = document.createElement('canvas');
    canvas.width = img.naturalWidth; canvas.height = img.naturalHeight;
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const marks = (img.dataset.numbers || '').split(';').filter(Boolean).map((box) => {
      const [l, t, r, b] = box.split(',').map(Number);
      return Array.from(context.getImageData(Math.round((l + r) / 2), Math.round((t + b) / 2), 1, 1).data.slice(0, 3));
    });
    const quote = img.parentElement.querySelector('blockquote');
    out.push({width: img.naturalWidth, entry: entry && entry.id, alt: img.alt, marks,
              quote: quote && quote.textContent,
              linked: !!entry && !!document.querySelector('a[href="#' + entry.id + '"], a[*|href="#' + entry.id + '"]')});
  }
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
});
</script>"""


@pytest.mark.slow
def test_chromium_shows_each_picture_beside_its_fact_with_the_number_highlighted(tmp_path):
    chromium = require_tool("chromium", "chromium")
    raw = tmp_path / "raw"
    raw.mkdir()
    for name in ("en_a01.pdf", "fa_a01.pdf", "rep_en_1.pdf", "rep_fa_1.pdf"):
        shutil.copy(PDFS / name, raw / name)
    warehouse = tmp_path / "warehouse" / "exbench.duckdb"
    command = [sys.executable, "-m", "pipelines.cli", "run", "--raw", str(raw), "--warehouse", str(warehouse), "-q"]
    run = subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=Path(__file__).resolve().parent.parent)
    assert run.returncode == 0, run.stderr[-800:]
    html = (warehouse.parent / "report.html").read_text(encoding="utf-8")
    assert html.count('<img class="crop"') >= 10

    # the indicator computed from "39 strengths and 47 areas" links to an entry whose picture shows that quote
    entry = re.search(r'<li id="(ev-[0-9a-f]+)"><p class="what">improvement_areas_per_strength of <bdi[^>]*>Leeds', html)
    assert entry
    assert f'<a href="#{entry.group(1)}" title="evidence">' in html
    item = html[entry.start() : html.index("</li></ul>", entry.start())]
    img = re.search(r'src="data:image/png;base64,([^"]+)"[^>]*data-region="([^"]+)" data-numbers="([^"]+)"', item)
    assert img
    png = base64.b64decode(img.group(1))
    region = [float(v) for v in img.group(2).split(",")]
    number_box = [float(v) for v in img.group(3).split(";")[0].split(",")]
    assert _orange_share(png, number_box) > 0.9
    (left, top, right, bottom), *_ = _pdfium_boxes(raw / "en_a01.pdf", 1, "identified ", "39")
    assert region[0] + number_box[0] / SCALE - 0.5 <= left and right <= region[0] + number_box[2] / SCALE + 0.5
    assert region[1] + number_box[1] / SCALE - 0.5 <= top and bottom <= region[1] + number_box[3] / SCALE + 0.5

    probe = tmp_path / "probe.html"
    probe.write_text(re.sub(r'<meta http-equiv="Content-Security-Policy"[^>]*>', "", html).replace("</body>", PROBE + "</body>"))
    result = subprocess.run(
        [
            chromium,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--disable-background-networking",
            f"--user-data-dir={tmp_path / 'profile'}",
            "--virtual-time-budget=10000",
            "--dump-dom",
            probe.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    shown = re.search(r'<pre id="probe">(.*?)</pre>', result.stdout, re.S)
    assert shown, result.stderr[-500:]
    pictures = json.loads(shown.group(1).replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&"))
    assert len(pictures) == html.count('<img class="crop"')
    for picture in pictures:
        assert picture["width"] > 0, picture["alt"]  # the image loaded
        assert picture["entry"] and picture["linked"], picture["alt"]  # in the entry a number of the page links to
        assert " ".join(picture["quote"].split()) in picture["alt"]  # beside the quote it shows
        for r, _g, b in picture["marks"]:
            assert r - b > 60, picture["alt"]  # each number's box is highlighted
    assert sum(len(p["marks"]) for p in pictures) >= 10
    assert any("۴۸۷" in p["alt"] and p["marks"] for p in pictures)  # a Persian total, its numbers boxed too
