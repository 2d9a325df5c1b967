"""LeadDesk's icon, drawn rather than shipped, so it is found wherever the app runs."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QIcon, QPainter, QPixmap


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(size, size)
        pixmap.fill(Qt.GlobalColor.transparent)
        p = QPainter(pixmap)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(QColor("#2E86DE"))
        p.drawRoundedRect(QRectF(0, 0, size, size), size * 0.22, size * 0.22)
        p.setBrush(QColor("#F2A541"))
        p.drawEllipse(QRectF(size * 0.62, size * 0.14, size * 0.22, size * 0.22))
        font = QFont()
        font.setPixelSize(int(size * 0.62))
        font.setWeight(QFont.Weight.Bold)
        p.setFont(font)
        p.setPen(QColor("white"))
        p.drawText(QRectF(0, size * 0.04, size, size), Qt.AlignmentFlag.AlignCenter, "L")
        p.end()
        icon.addPixmap(pixmap)
    return icon
