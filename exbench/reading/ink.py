"""Ink on a grey page image: where the dark pixels are, by Otsu's threshold."""

from __future__ import annotations

import numpy as np


def otsu_threshold(gray: np.ndarray) -> int:
    """The grey level that best splits ink from paper (Otsu's method on the histogram)."""
    histogram = np.bincount(gray.ravel(), minlength=256).astype(np.float64)
    levels = np.arange(256, dtype=np.float64)
    weight = np.cumsum(histogram)
    mass = np.cumsum(histogram * levels)
    total, total_mass = weight[-1], mass[-1]
    background = total - weight
    with np.errstate(divide="ignore", invalid="ignore"):
        between = (total_mass * weight - mass * total) ** 2 / (weight * background)
    between[~np.isfinite(between)] = 0
    return int(between.argmax()) + 1


def ink_mask(gray: np.ndarray) -> np.ndarray:
    """True where a pixel is ink."""
    return gray < otsu_threshold(gray)
