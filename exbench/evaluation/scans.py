"""Make scanned copies of PDFs: pages as 200 dpi images, a little turned and noisy, in an image-only PDF.

Scans are what OCR is tested on, and real ones cannot be labeled at scale; a
labeled PDF printed and "scanned" this way keeps its labels. Every copy is
deterministic for a given file name (the skew and noise come from a seed made
from it), so evaluation figures repeat.
"""

from __future__ import annotations

import hashlib
import io
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

SCAN_DPI = 200
SKEWS = (0.0, 0.6, -0.9, 1.3, -0.4)  # degrees: a sheet laid slightly crooked on the glass
JPEG_QUALITY = 75


def _seed(name: str) -> int:
    return int.from_bytes(hashlib.sha256(name.encode("utf-8")).digest()[:4], "big")


def scan_page(image: Image.Image, rng: np.random.Generator, skew: float, noisy: bool) -> Image.Image:
    """One page as a scanner gives it back: grey, turned by `skew` degrees, with sensor noise and dust."""
    page = image.convert("L")
    if skew:
        page = page.rotate(skew, resample=Image.BICUBIC, expand=False, fillcolor=255)
    if noisy:
        pixels = np.asarray(page, np.float32)
        pixels += rng.normal(0.0, 12.0, pixels.shape)
        dust = rng.random(pixels.shape) < 0.0008
        pixels[dust] = 0.0
        page = Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8))
    return page


def make_scan(source: Path, target: Path, dpi: int = SCAN_DPI) -> int:
    """Write an image-only copy of `source` to `target`; returns the number of pages.

    Pages alternate between straight and skewed; every other document is noisy.
    """
    rng = np.random.default_rng(_seed(source.name))
    noisy = bool(rng.integers(0, 2))
    pages: list[Image.Image] = []
    document = pdfium.PdfDocument(str(source))
    try:
        for index in range(len(document)):
            page = document[index]
            try:
                image = page.render(scale=dpi / 72, grayscale=True).to_pil()
            finally:
                page.close()
            skew = SKEWS[int(rng.integers(0, len(SKEWS)))]
            scanned = scan_page(image, rng, skew, noisy)
            buffer = io.BytesIO()  # JPEG, as scanners store pages: small, and lossy like a real scan
            scanned.save(buffer, "JPEG", quality=JPEG_QUALITY)
            pages.append(Image.open(io.BytesIO(buffer.getvalue())))
    finally:
        document.close()
    target.parent.mkdir(parents=True, exist_ok=True)
    pages[0].save(target, "PDF", resolution=float(dpi), save_all=True, append_images=pages[1:])
    return len(pages)
