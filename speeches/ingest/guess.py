"""A metadata value with how sure the extractor is and the line it read it from.

Pure: no Django.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Generic, TypeVar

T = TypeVar("T")

# Below this a value is a suggestion for the user, not something to store unasked.
MIN_CONFIDENCE = 0.5
EVIDENCE_CHARS = 160


@dataclass(frozen=True)
class Guess(Generic[T]):
    value: T | None = None
    confidence: float = 0.0
    evidence: str = ""

    def __bool__(self) -> bool:
        return self.value is not None and self.value != ""


def guess(value, confidence: float, evidence: str) -> Guess:
    return Guess(value, confidence, (evidence or "").strip()[:EVIDENCE_CHARS])
