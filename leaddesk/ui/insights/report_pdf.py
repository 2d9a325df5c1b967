"""The whole Insights screen as a PDF, its parts laid out page by page."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPoint, QRect
from PySide6.QtGui import QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QWidget


def write_pdf(path: Path, content: QWidget, title: str, subtitle: str) -> None:
    """A4 landscape; the content scaled to the page width and cut into pages on the
    boundaries of its child widgets where it can."""
    writer = QPdfWriter(str(path))
    writer.setTitle(title)
    writer.setCreator("LeadDesk")
    writer.setResolution(150)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Landscape,
            QMarginsF(12, 12, 12, 12),
        )
    )
    painter = QPainter(writer)
    if not painter.isActive():
        raise OSError(QCoreApplication.translate("Insights", "the PDF could not be written there"))
    # a PDF has no layout direction of its own: the title stands where the reader starts
    painter.setLayoutDirection(content.layoutDirection())
    try:
        page = writer.pageLayout().paintRectPixels(writer.resolution())
        scale = page.width() / max(1, content.width())
        painter.drawText(QRect(0, 0, page.width(), 40), 0, f"{title} · {subtitle}")
        top_margin = 50
        height_per_page = int((page.height() - top_margin) / scale)
        cuts = _cuts(content, height_per_page)
        for n, (start, end) in enumerate(cuts):
            if n:
                writer.newPage()
            painter.save()
            painter.translate(0, top_margin if n == 0 else 0)
            painter.scale(scale, scale)
            content.render(painter, QPoint(0, 0), QRect(0, start, content.width(), end - start))
            painter.restore()
    finally:
        painter.end()


def _cuts(content: QWidget, page_height: int) -> list[tuple[int, int]]:
    """Vertical slices no taller than a page, cut between child widgets."""
    edges = sorted(
        {c.geometry().bottom() + 1 for c in content.findChildren(QWidget) if c.parent() is content}
        | {content.height()}
    )
    cuts, start = [], 0
    while start < content.height():
        fitting = [e for e in edges if start < e <= start + page_height]
        end = fitting[-1] if fitting else min(content.height(), start + page_height)
        cuts.append((start, end))
        start = end
    return cuts
