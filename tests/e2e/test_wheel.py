"""A built wheel and ``pip install .`` (not editable), each in a fresh venv, find fonts, templates and translations.

The source tree is copied without its build products first, as a clean clone, and every command
runs outside it, so nothing can be found through the checkout. Installs resolve the dependencies
as a user's pip would (the index or pip's cache).
"""

from __future__ import annotations

import sys
import zipfile
from pathlib import Path

import pytest
from build_helpers import bin_dir, clean_source_copy, fresh_venv, run

pytestmark = pytest.mark.slow

PROBE = """
import json, sys
from pathlib import Path
import sahel_panel, sahel_panel.paths as p
from sahel_panel.i18n import qm_path
print(json.dumps({"package": sahel_panel.__file__, "root": str(p.project_root()),
                  "qm": [Path(qm_path(l)).is_file() for l in ("fr", "ar")],
                  "fonts": sorted(x.name for x in p.fonts_dir().iterdir()),
                  "templates": sorted(x.name for x in p.templates_dir().iterdir())}))
"""


@pytest.fixture(scope="module")
def source(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return clean_source_copy(tmp_path_factory.mktemp("src") / "sahel-panel")


@pytest.fixture(scope="module")
def wheel(source: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", out, source], cwd=out)
    (built,) = out.glob("sahel_panel-*.whl")
    return built


def test_the_wheel_carries_resources_and_compiled_translations(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    for name in ("resources/fonts/DejaVuSans.ttf", "resources/fonts/DejaVuSans-Bold.ttf",
                 "resources/fonts/LICENSE-DejaVu.txt", "resources/templates/ipu146-sahel-security.yaml",
                 "resources/templates/demo-speakers.csv", "resources/icons/sahel-panel.svg",
                 "translations/sahel_panel_fr.qm", "translations/sahel_panel_ar.qm"):
        assert f"sahel_panel/_data/{name}" in names


@pytest.mark.parametrize("how", ["wheel", "pip install ."])
def test_installed_package_creates_a_session_and_writes_reports(how: str, wheel: Path, source: Path,
                                                               tmp_path: Path) -> None:
    python = fresh_venv(tmp_path / "venv")
    run([python, "-m", "pip", "install", "-q", wheel if how == "wheel" else source], cwd=tmp_path)
    work = tmp_path / "work"
    work.mkdir()
    import json

    found = json.loads(run([python, "-c", PROBE], cwd=work))
    site = str(tmp_path / "venv")
    assert found["package"].startswith(site) and found["root"].startswith(site), found
    assert found["qm"] == [True, True]
    assert {"DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "LICENSE-DejaVu.txt"} <= set(found["fonts"])
    assert "ipu146-sahel-security.yaml" in found["templates"]

    exe = bin_dir(tmp_path / "venv") / "sahel-panel"
    assert "14 questions" in run([exe, "new", "s.sahel", "--template", "ipu146-sahel-security"], cwd=work)
    run([exe, "report", "s.sahel", "-o", "r-ar.pdf", "--lang", "ar"], cwd=work)
    run([exe, "export", "s.sahel", "-o", "r.docx", "--lang", "fr"], cwd=work)
    assert (work / "r-ar.pdf").read_bytes().startswith(b"%PDF-")
    assert zipfile.ZipFile(work / "r.docx").testzip() is None
