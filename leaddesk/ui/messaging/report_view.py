"""Which variant works: replies and conversions per variant, and whether the
difference is more than chance (95%)."""

from __future__ import annotations

import re

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from leaddesk.domain.ab_test import Comparison
from leaddesk.domain.outbox import REPLY_WINDOW
from leaddesk.services.message_records import TemplateRecord, VariantReport, VariantResult
from leaddesk.ui.formatting import format_percent

NUMBER_ALIGN = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def _gist(text: str) -> str:
    """The first line of a variant, tags left out and placeholders named, so owners see
    which wording is which."""
    text = re.sub(r"\{%.*?%\}", "", text)
    text = re.sub(r"\{\{\s*([\w.]+).*?\}\}", lambda m: f"‹{m.group(1)}›", text)
    line = next((ln.strip() for ln in text.splitlines() if ln.strip()), "")
    return line if len(line) <= 80 else line[:79] + "…"


class VariantReportView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("variantReport")
        self.table = QTableWidget(0, 7)
        self.table.setObjectName("variantTable")
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Variant"),
                self.tr("Wording"),
                self.tr("Sent"),
                self.tr("Replies"),
                self.tr("Reply rate"),
                self.tr("Qualified or won"),
                self.tr("Conversion"),
            ]
        )
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.replies = QLabel()
        self.replies.setObjectName("replyVerdict")
        self.conversions = QLabel()
        self.conversions.setObjectName("conversionVerdict")
        self.note = QLabel()
        self.note.setObjectName("reportNote")
        self.note.setStyleSheet("color: palette(placeholder-text);")
        for w in (self.replies, self.conversions, self.note):
            w.setWordWrap(True)
        lay = QVBoxLayout(self)
        lay.addWidget(self.table)
        lay.addWidget(self.replies)
        lay.addWidget(self.conversions)
        lay.addWidget(self.note)
        lay.addStretch(1)

    def show_report(
        self, report: VariantReport | None, template: TemplateRecord | None = None
    ) -> None:
        results = report.results if report else ()
        self.table.setRowCount(len(results))
        locale = QLocale()
        for row, r in enumerate(results):
            variant = template.variant(r.label) if template else None
            cells = (
                r.label,
                _gist(variant.subject or variant.body) if variant else "",
                locale.toString(r.sent),
                locale.toString(r.replied),
                format_percent(r.reply_rate),
                locale.toString(r.converted),
                format_percent(r.conversion_rate),
            )
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if column:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(row, column, item)
        if not results:
            self.replies.setText(self.tr("Nothing has been sent with this template yet."))
            self.conversions.clear()
            self.note.clear()
            return
        self.replies.setText(
            self._verdict(self.tr("Reply rate"), results, report.replies if report else None, True)
        )
        self.conversions.setText(
            self._verdict(
                self.tr("Conversion"), results, report.conversions if report else None, False
            )
        )
        waiting = sum(r.sent - r.settled for r in results)
        note = self.tr(
            "A reply counts when an incoming message or call is logged within %1 days of the "
            "message; a conversion when the lead later reached Qualified or Customer."
        ).replace("%1", QLocale().toString(REPLY_WINDOW.days))
        if waiting:
            note += " " + self.tr(
                "%Ln message(s) are still within their reply window.", "", waiting
            )
        self.note.setText(note)

    def _verdict(
        self,
        what: str,
        results: tuple[VariantResult, ...],
        comparison: Comparison | None,
        replies: bool,
    ) -> str:
        if comparison is None:
            return self.tr("%1: no difference can be measured yet.").replace("%1", what)

        def rate(r: VariantResult) -> float:
            return (r.reply_rate if replies else r.conversion_rate) or 0.0

        best = max(results, key=rate)
        p = QLocale().toString(comparison.p_value, "f", 3)
        if comparison.significant:
            text = self.tr(
                "%1: variant %2 does best (%3), and the difference is significant at 95% (p = %4)."
            )
        else:
            text = self.tr(
                "%1: variant %2 leads (%3), but the difference is not significant at 95% "
                "(p = %4); keep sending before you decide."
            )
        text = (
            text.replace("%1", what)
            .replace("%2", best.label)
            .replace("%3", format_percent(rate(best)))
            .replace("%4", p)
        )
        if comparison.small_sample:
            text += " " + self.tr("There are still few messages, so read this with care.")
        return text
