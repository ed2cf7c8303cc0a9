"""Split session 18's collection into a development half and a held-out half, at random.

Session 18 repeats session 17's design (split17.py) on a new collection gathered after
session 17's held-out half was measured: five sets, heldout60 .. heldout64, and a sixth,
heldout70, added before the split when the five came back with 270 copies; each gathered and
labelled by a helper who never works on the extractor, labelled a second time blind, the
guide's gaps settled, and then this script run, as written down before any copy was gathered
(README "Session 18"):

- within each set k (60 .. 64, 70), its copies are sorted by sha256("session18-split:" + id) (hex,
  ascending);
- the first floor(n/2) are the development half and stay in set k;
- the rest are the held-out half and move to set k+5 (heldout65 .. heldout69, heldout75), with their
  label rows, second labels, raw files and texts, exactly as split17.py moves them.

    python bench/metadata_devset/split18.py            # split, rebuild both halves' texts
    python bench/metadata_devset/split18.py --dry-run  # print the partition only
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from split17 import main

SALT = "session18-split:"
SETS = (60, 61, 62, 63, 64, 70)


if __name__ == "__main__":
    raise SystemExit(main(SALT, SETS, __doc__))
