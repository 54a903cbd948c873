#!/usr/bin/env python3
"""Render resources/icons/sahel-panel.svg to the PNG sizes and the Windows .ico committed beside it.

    .venv/bin/python tools/render_icons.py      # after changing the SVG

The PNGs serve the window (QIcon with every size), the Linux desktop entry (hicolor theme sizes)
and the bundle; the .ico is what PyInstaller puts on the Windows executable.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
SVG = ICONS / "sahel-panel.svg"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def png_path(size: int) -> Path:
    return ICONS / f"sahel-panel-{size}.png"


def render() -> list[Path]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841 - needed for painting
    renderer = QSvgRenderer(str(SVG))
    if not renderer.isValid():
        sys.exit(f"{SVG} is not a valid SVG.")
    written = []
    for size in SIZES:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        image.save(str(png_path(size)))
        written.append(png_path(size))
    from PIL import Image  # reportlab's dependency: here only to write the multi-size .ico

    with Image.open(png_path(256)) as big:
        big.save(ICONS / "sahel-panel.ico", sizes=[(s, s) for s in SIZES if s <= 256])
    written.append(ICONS / "sahel-panel.ico")
    return written


if __name__ == "__main__":
    for path in render():
        print(path.relative_to(ROOT))
