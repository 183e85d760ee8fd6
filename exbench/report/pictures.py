"""Pictures of the evidence: each quote the report cites, shown in place on its PDF page, its numbers boxed.

The pictures are drawn when the report is written (exbench/page_crops.py) and
inlined as data URIs, so the page stays one file that opens offline. They are
bounded: a few per evidence entry, and a byte budget for the whole page, past
which a quote is shown as text only, saying why. A quote with no place on a
page (an HTML document, words the finder cannot place on the page's text or,
for a scan, on what Tesseract reads there) is shown as its words, as before.
"""

from __future__ import annotations

import base64
import time
from collections.abc import Callable
from html import escape
from pathlib import Path

from exbench.page_crops import Crop, quote_crop

PER_ENTRY = 3  # pictures of one evidence entry (a count of findings cites up to 20 quotes)
BUDGET = 4_000_000  # bytes of PNG in one report: about 1,000 pictures of a line or two
SECONDS = 180.0  # spent drawing pictures, at most: a scanned page takes Tesseract seconds to place its words

# The HTML shown below one quote of an entry: (source_path, page, quote, position in its entry) -> HTML
Picture = Callable[[str, object, str, int], str]


def picture_html(crop: Crop, source_path: str, page: object, quote: str) -> str:
    """The <img> of a crop, its alt text the quote; data-region (page points) and data-numbers (pixels) say
    what it shows."""
    data = base64.b64encode(crop.png).decode("ascii")
    numbers = ";".join(",".join(f"{v:g}" for v in box) for box in crop.numbers)
    region = ",".join(f"{v:.1f}" for v in crop.region)
    alt = f"Page {page} of {source_path}, the quoted words highlighted: {' '.join(quote.split())}"
    return (
        f'<img class="crop" src="data:image/png;base64,{data}" width="{crop.width}" height="{crop.height}" '
        f'alt="{escape(alt)}" data-region="{region}" data-numbers="{numbers}">'
    )


def _note(words: str) -> str:
    return f'<p class="note crop-missing">{escape(words)}</p>'


def evidence_pictures(raw_dir: Path | None, budget: int = BUDGET, seconds: float = SECONDS) -> Picture:
    """The pictures of quotes read from the documents under raw_dir, within `budget` bytes of PNG and `seconds`."""
    spent, started = 0, time.monotonic()
    drawn: dict[tuple[str, object, str], Crop | None] = {}

    def picture(source_path: str, page: object, quote: str, position: int) -> str:
        nonlocal spent
        if raw_dir is None or not source_path.lower().endswith(".pdf") or not isinstance(page, int):
            return ""  # an HTML or text document has no page to show
        if position >= PER_ENTRY:
            return ""
        path = raw_dir / source_path
        if source_path.startswith("/") or ".." in Path(source_path).parts or not path.is_file():
            return ""
        key = (source_path, page, quote)
        if key not in drawn:
            if spent >= budget or time.monotonic() - started > seconds:
                return _note("Picture of the page left out to keep the report small: the quote above is as read.")
            drawn[key] = quote_crop(path, page, quote)
            spent += len(drawn[key].png) if drawn[key] else 0
        crop = drawn[key]
        if crop is None:
            return _note(
                "The words could not be placed on the page (not on its text layer or, for a scan, not where Tesseract "
                "reads them): the quote above is as read."
            )
        return picture_html(crop, source_path, page, quote)

    return picture
