"""Language of a page, as the readers ask it: exbench.language decides (script first, lingua second)."""

from __future__ import annotations

from exbench.language.detect import MIN_LETTERS, SAMPLE, detect_language

__all__ = ["MIN_LETTERS", "SAMPLE", "detect_language"]
