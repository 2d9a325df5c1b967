"""Placeholders and tags stand out from the wording around them."""

from __future__ import annotations

import re

from PySide6.QtGui import QColor, QFont, QSyntaxHighlighter, QTextCharFormat, QTextDocument

_EXPRESSION = re.compile(r"\{\{.*?\}\}")
_TAG = re.compile(r"\{%.*?%\}")


def _format(color: str, *, bold: bool = False) -> QTextCharFormat:
    f = QTextCharFormat()
    f.setForeground(QColor(color))
    if bold:
        f.setFontWeight(QFont.Weight.DemiBold)
    return f


class TemplateHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._expression = _format("#1F6FB2", bold=True)
        self._tag = _format("#8E44AD")

    def highlightBlock(self, text: str) -> None:
        for pattern, fmt in ((_EXPRESSION, self._expression), (_TAG, self._tag)):
            for m in pattern.finditer(text):
                self.setFormat(m.start(), m.end() - m.start(), fmt)
