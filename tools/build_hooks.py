"""setuptools commands that put the top-level ``resources/`` and the compiled translations in the package.

The repository keeps ``resources/`` (fonts, templates, icons) and ``translations/`` (.ts sources)
beside ``sahel_panel/``, where the source checkout and the PyInstaller spec find them. A wheel has
only packages, so building one copies them to ``sahel_panel/_data/`` (see ``sahel_panel/paths.py``),
compiling the .ts files to .qm on the way. An editable install skips this: it runs from the checkout.
``pyproject.toml`` names these classes in ``[tool.setuptools.cmdclass]``; an sdist carries the
files they need, so a wheel built from it is the same.
"""

from __future__ import annotations

import importlib.util
import shutil
from pathlib import Path

from setuptools.command.build_py import build_py
from setuptools.command.sdist import sdist

ROOT = Path(__file__).resolve().parent.parent
DATA = Path("sahel_panel") / "_data"
# What a wheel needs beyond the packages, for ``sdist`` to carry (relative to ROOT).
SDIST_EXTRA = ("resources", "translations", "tools/build_hooks.py", "tools/translations.py")


def _translations_pipeline():  # noqa: ANN202 - the tools/translations.py module
    spec = importlib.util.spec_from_file_location("sahel_translations", ROOT / "tools" / "translations.py")
    module = importlib.util.module_from_spec(spec)
    assert spec.loader is not None
    spec.loader.exec_module(module)
    return module


class BuildPy(build_py):
    """``build_py`` plus resources/ and compiled .qm files under ``sahel_panel/_data``."""

    def run(self) -> None:
        super().run()
        if getattr(self, "editable_mode", False):
            return
        target = Path(self.build_lib) / DATA
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(ROOT / "resources", target / "resources",
                        ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
        _translations_pipeline().build(target / "translations")

    def get_outputs(self, include_bytecode: bool = True) -> list[str]:
        outputs = super().get_outputs(include_bytecode)
        target = Path(self.build_lib) / DATA
        if target.is_dir():
            outputs += [str(p) for p in target.rglob("*") if p.is_file()]
        return outputs


class Sdist(sdist):
    """``sdist`` that also carries resources/, the .ts sources and these build tools."""

    def make_release_tree(self, base_dir: str, files: list[str]) -> None:
        super().make_release_tree(base_dir, files)
        for name in SDIST_EXTRA:
            source, dest = ROOT / name, Path(base_dir) / name
            if source.is_dir():
                shutil.copytree(source, dest, dirs_exist_ok=True,
                                ignore=shutil.ignore_patterns("__pycache__", "*.pyc", "*.qm", ".*"))
            else:
                dest.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, dest)
