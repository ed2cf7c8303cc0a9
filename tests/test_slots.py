"""File-lock slots (speeches/slots.py): a count shared between processes, freed by a crash."""

from __future__ import annotations

import signal
import subprocess
import sys
import time
from pathlib import Path

from speeches.slots import Slots

ROOT = Path(__file__).resolve().parent.parent

HOLDER = """
import sys, time
from pathlib import Path
from speeches.slots import Slots
held = Slots(Path(sys.argv[1]), "heavy", 1).take()
print("held" if held else "none", flush=True)
time.sleep(120)
"""


def test_size_slots_can_be_taken_and_given_back(tmp_path):
    slots = Slots(tmp_path, "export", 2)
    first, second = slots.take(), slots.take()
    assert first is not None and second is not None
    assert slots.take() is None
    first.release()
    first.release()  # idempotent
    again = slots.take()
    assert again is not None
    assert Slots(tmp_path, "other", 1).take() is not None  # names are separate counts


def test_a_killed_process_frees_its_slot_at_once(tmp_path):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(tmp_path)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        assert Slots(tmp_path, "heavy", 1).take() is None  # another process holds it
        holder.send_signal(signal.SIGKILL)
        holder.wait(10)
        deadline = time.monotonic() + 5
        slot = None
        while slot is None and time.monotonic() < deadline:
            slot = Slots(tmp_path, "heavy", 1).take()
        assert slot is not None
    finally:
        if holder.poll() is None:
            holder.kill()
