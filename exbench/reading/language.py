"""Language of a page, as the readers ask it: exbench.language decides (script first, lingua second)."""

from __future__ import annotations

from exbench.language.detect import detect_language

__all__ = ["detect_language"]
