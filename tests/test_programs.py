"""tests/programs.py: the ``needs`` marker, its lookups on PATH and the closing summary line."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from tests import programs

ROOT = Path(__file__).resolve().parent.parent
INSTALL_SCRIPT = ROOT / "scripts" / "install-system-packages.sh"


def executable(path: Path, body: str = "exit 0") -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"#!/bin/sh\n{body}\n")
    path.chmod(0o755)
    return path


@pytest.fixture
def bare_path(tmp_path, monkeypatch) -> Path:
    """PATH is one empty directory of this test's own (what a machine without any lacks)."""
    folder = tmp_path / "bin"
    folder.mkdir()
    monkeypatch.setenv("PATH", str(folder))
    monkeypatch.delenv("PG_BIN", raising=False)
    monkeypatch.delenv("ARCHIVE_CHROMIUM", raising=False)
    return folder


def test_the_install_script_installs_every_package_the_tests_name():
    listed = subprocess.run(
        [str(INSTALL_SCRIPT), "--list"], capture_output=True, text=True, check=True
    ).stdout.split()
    assert {program.package for program in programs.PROGRAMS.values()} <= set(listed)


def test_nothing_is_found_on_an_empty_path(bare_path):
    assert {name: programs.find(name) for name in programs.PROGRAMS} == dict.fromkeys(
        programs.PROGRAMS
    )


def test_programs_are_found_on_path(bare_path):
    antiword = executable(bare_path / "antiword")
    libreoffice = executable(bare_path / "libreoffice")
    assert programs.find("antiword") == str(antiword)
    assert programs.find("soffice") == str(libreoffice)


def test_postgres_through_pg_config_as_debian_installs_it(bare_path, tmp_path):
    server = tmp_path / "usr" / "lib" / "postgresql" / "15" / "bin"
    executable(bare_path / "pg_config", f"echo {server}")
    assert programs.find("postgresql") is None  # the client alone: no initdb there
    initdb = executable(server / "initdb")
    assert programs.find("postgresql") == str(initdb)


def test_pg_bin_overrides_path(bare_path, tmp_path, monkeypatch):
    executable(bare_path / "initdb")
    monkeypatch.setenv("PG_BIN", str(tmp_path / "elsewhere"))
    assert programs.find("postgresql") is None


def test_cjk_fonts_need_a_font_for_chinese(bare_path):
    fc_list = executable(bare_path / "fc-list", 'test "$1" = ":lang=zh" || exit 1')
    assert programs.find("cjk-fonts") is None  # fontconfig, but no Chinese font
    executable(fc_list, 'test "$1" = ":lang=zh" && echo "Noto Sans CJK SC"')
    assert programs.find("cjk-fonts") == str(fc_list)


SAMPLE = """
import pytest

def test_plain():
    pass

@pytest.mark.needs("antiword")
def test_doc():
    pass

@pytest.mark.needs("antiword", "soffice", any=True)
def test_either():
    pass

@pytest.mark.needs("chromium", "cjk-fonts")
def test_browser():
    pass
"""


def run_pytest(folder: Path, source: str) -> subprocess.CompletedProcess:
    """pytest with the plugin on a file of its own, on a PATH of only the venv's programs."""
    (folder / "test_sample.py").write_text(source)
    env = {
        "PATH": str(Path(sys.executable).parent),
        "PYTHONPATH": str(ROOT),
        "HOME": str(folder),
    }
    plugins = ["-p", "tests.programs", "-p", "no:cacheprovider", "-p", "no:django"]
    return subprocess.run(
        [sys.executable, "-m", "pytest", *plugins, "-rs", "test_sample.py"],
        cwd=folder,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_a_run_without_the_programs_passes_and_names_them(tmp_path):
    done = run_pytest(tmp_path, SAMPLE)
    assert done.returncode == 0, done.stdout + done.stderr
    out = done.stdout
    assert "1 passed, 3 skipped" in out
    assert "needs antiword, not found (apt-get install antiword," in out
    assert "needs antiword or LibreOffice (soffice), not found" in out
    expected = (
        "3 tests skipped for lack of programs (antiword 1, antiword or soffice 1, chromium 1, "
        "cjk-fonts 1); install them all with: sudo scripts/install-system-packages.sh"
    )
    assert expected in out.splitlines()


def test_an_unknown_program_is_an_error_not_a_skip(tmp_path):
    done = run_pytest(
        tmp_path, 'import pytest\n\n@pytest.mark.needs("antiwrod")\ndef test_x():\n    pass\n'
    )
    assert done.returncode != 0
    assert "unknown programs ['antiwrod']" in done.stdout + done.stderr


def test_a_run_with_everything_prints_no_summary(tmp_path):
    done = run_pytest(tmp_path, "def test_plain():\n    pass\n")
    assert done.returncode == 0
    assert "lack of programs" not in done.stdout
