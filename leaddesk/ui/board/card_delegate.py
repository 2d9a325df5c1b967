"""Paints a lead as a kanban card: no widget per card, only this delegate.

A card is drawn once into a pixmap and blitted after that: text layout and
antialiased paths cost about a millisecond a card, and a drop repaints two
whole columns while nothing on most of their cards has changed.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import (
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    QRect,
    QRectF,
    QSize,
    Qt,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPainterPath,
    QPalette,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from leaddesk.services.records import Card
from leaddesk.ui.board.column_model import CARD_ROLE
from leaddesk.ui.formatting import datetime_text, format_money, number
from leaddesk.ui.names.sources import source_label
from leaddesk.ui.names.stages import stage_color

CARD_HEIGHT = 104
MARGIN_X, MARGIN_Y, PAD = 8, 4, 10
OVERDUE = QColor("#D64545")
RADIUS = 8
CACHED_CARDS = 320  # about four screens of eight columns; ~35 MB at most


def _card_box(rect: QRect) -> QRectF:
    return QRectF(rect.adjusted(MARGIN_X, MARGIN_Y, -MARGIN_X, -MARGIN_Y))


@dataclass(frozen=True)
class _Look:
    """Everything a card's pixels depend on besides the card itself."""

    width: int
    height: int
    ratio: float
    rtl: bool
    palette: int
    font: str
    locale: str
    days: int
    overdue: bool
    late: bool  # past its first-contact target


def owner_color(owner_id: uuid.UUID) -> QColor:
    """A stable colour per rep, the same on every machine."""
    hue = int(hashlib.blake2b(owner_id.bytes, digest_size=2).hexdigest(), 16) % 360
    return QColor.fromHsl(hue, 150, 120)


SQL_COLOR = QColor("#6C3FC5")


def score_color(score: int) -> QColor:
    if score >= 70:
        return QColor("#2E9E5B")
    if score >= 40:
        return QColor("#D98E04")
    return QColor("#8A94A6")


class CardDelegate(QStyledItemDelegate):
    def __init__(self, now: Callable[[], dt.datetime], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._now = now
        self._cache: OrderedDict[tuple[Card, _Look], QPixmap] = OrderedDict()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        return QSize(option.rect.width() or 240, CARD_HEIGHT)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        card: Card | None = index.data(CARD_ROLE)
        if card is None:
            return
        now = self._now()
        look = _Look(
            width=option.rect.width(),
            height=option.rect.height(),
            ratio=painter.device().devicePixelRatioF(),
            rtl=option.direction == Qt.LayoutDirection.RightToLeft,
            palette=option.palette.cacheKey(),
            font=option.font.key(),
            locale=QLocale().name(),
            days=max(0, (now - card.stage_changed_at).days),
            overdue=card.next_follow_up is not None and card.next_follow_up < now,
            late=card.response_due is not None and card.response_due < now,
        )
        key = (card, look)
        pixmap = self._cache.get(key)
        if pixmap is None:
            pixmap = self._render(card, look, option)
            self._cache[key] = pixmap
            if len(self._cache) > CACHED_CARDS:
                self._cache.popitem(last=False)
        else:
            self._cache.move_to_end(key)
        painter.drawPixmap(option.rect.topLeft(), pixmap)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected or option.state & QStyle.StateFlag.State_HasFocus:
            # drawn over the cached card, so selecting one redraws nothing else
            role = QPalette.ColorRole.Highlight if selected else QPalette.ColorRole.Mid
            painter.save()
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            color = option.palette.color(role)
            tint = QColor(color)
            tint.setAlpha(22 if selected else 0)
            painter.setPen(QPen(color, 2))
            painter.setBrush(tint)
            painter.drawRoundedRect(_card_box(option.rect), RADIUS, RADIUS)
            painter.restore()

    def _render(self, card: Card, look: _Look, option: QStyleOptionViewItem) -> QPixmap:
        pixmap = QPixmap(round(look.width * look.ratio), round(look.height * look.ratio))
        pixmap.setDevicePixelRatio(look.ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setLayoutDirection(option.direction)
            self._draw(painter, QRect(0, 0, look.width, look.height), card, look, option)
        finally:
            painter.end()
        return pixmap

    def _draw(
        self, painter: QPainter, rect: QRect, card: Card, look: _Look, option: QStyleOptionViewItem
    ) -> None:
        pal = option.palette
        rtl = look.rtl
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        box = _card_box(rect)
        path = QPainterPath()
        path.addRoundedRect(box, RADIUS, RADIUS)
        painter.fillPath(path, pal.color(QPalette.ColorRole.Base))
        painter.setPen(QPen(pal.color(QPalette.ColorRole.Mid), 1))
        painter.drawPath(path)
        # the stage colour as a strip on the reading side
        strip = (
            QRectF(box.right() - 4, box.top() + 6, 4, box.height() - 12)
            if rtl
            else QRectF(box.left(), box.top() + 6, 4, box.height() - 12)
        )
        painter.fillRect(strip, stage_color(card.stage))

        inner = box.toRect().adjusted(PAD + 2, PAD - 2, -PAD, -PAD + 2)
        text = pal.color(QPalette.ColorRole.Text)
        muted = pal.color(QPalette.ColorRole.PlaceholderText)
        base_font = QFont(option.font)
        bold = QFont(base_font)
        bold.setWeight(QFont.Weight.DemiBold)
        small = QFont(base_font)
        small.setPointSizeF(max(7.0, base_font.pointSizeF() * 0.88))
        lh = QFontMetrics(base_font).height()
        sh = QFontMetrics(small).height()
        # Qt mirrors Left and Right itself in right-to-left layouts; only the
        # rectangles below are placed by hand
        align = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        far = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight

        # row 1: name … [SQL] score badge
        badge_w = 30
        badge = (
            QRect(inner.left(), inner.top(), badge_w, lh)
            if rtl
            else QRect(inner.right() - badge_w, inner.top(), badge_w, lh)
        )
        sql_text = self.tr("SQL") if card.sql_early else ""
        sql_w = QFontMetrics(small).horizontalAdvance(sql_text) + 10 if sql_text else 0
        used = badge_w + 6 + (sql_w + 4 if sql_w else 0)
        name_rect = QRect(inner.left(), inner.top(), inner.width() - used, lh)
        if rtl:
            name_rect.moveLeft(inner.left() + used)
        painter.setFont(bold)
        painter.setPen(text)
        elided = QFontMetrics(bold).elidedText(
            card.name, Qt.TextElideMode.ElideRight, name_rect.width()
        )
        painter.drawText(name_rect, align, elided)
        bpath = QPainterPath()
        bpath.addRoundedRect(QRectF(badge), lh / 2, lh / 2)
        painter.fillPath(bpath, score_color(card.score))
        painter.setFont(small)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, number(card.score))
        if sql_text:  # sales-ready while still early: someone should call now
            pill = (
                QRect(badge.right() + 4, inner.top(), sql_w, lh)
                if rtl
                else QRect(badge.left() - 4 - sql_w, inner.top(), sql_w, lh)
            )
            ppath = QPainterPath()
            ppath.addRoundedRect(QRectF(pill), lh / 2, lh / 2)
            painter.fillPath(ppath, SQL_COLOR)
            painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, sql_text)

        # row 2: company … deal value
        y = inner.top() + lh + 2
        painter.setPen(muted)
        value = (
            format_money(card.deal_value, card.currency or "")
            if card.deal_value is not None
            else ""
        )
        fm_small = QFontMetrics(small)
        value_w = fm_small.horizontalAdvance(value) + 4 if value else 0
        row2 = QRect(inner.left(), y, inner.width(), sh)
        company_rect = row2.adjusted(value_w if rtl else 0, 0, 0 if rtl else -value_w - 6, 0)
        painter.drawText(
            company_rect,
            align,
            fm_small.elidedText(
                card.company or "", Qt.TextElideMode.ElideRight, company_rect.width()
            ),
        )
        if value:
            painter.setPen(text)
            painter.drawText(row2, far, value)

        # row 3: owner initials · source … days in stage
        y += sh + 6
        circle = QRect(inner.right() - 22 if rtl else inner.left(), y, 22, 22)
        if card.owner_id is not None:
            painter.setBrush(owner_color(card.owner_id))
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(circle)
            painter.setPen(QColor("white"))
            painter.drawText(circle, Qt.AlignmentFlag.AlignCenter, card.owner_initials)
        else:
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(muted, 1, Qt.PenStyle.DashLine))
            painter.drawEllipse(circle)
        days_text = self.tr("%Ln d", "days in stage", look.days)
        row3 = QRect(inner.left(), y, inner.width(), 22)
        src = row3.adjusted(0 if rtl else 28, 0, -28 if rtl else 0, 0)
        painter.setPen(muted)
        painter.drawText(src, align, source_label(card.source) if card.source else "")
        painter.drawText(row3, far, days_text)

        # row 4: next follow-up, red when overdue … the first contact's target
        y += 22 + 3
        row4 = QRect(inner.left(), y, inner.width(), sh)
        target_w = 0
        if card.response_due is not None:
            target = (
                self.tr("First contact late")
                if look.late
                else self.tr("Contact by %1").replace("%1", datetime_text(card.response_due))
            )
            target_w = fm_small.horizontalAdvance(target) + 6
            painter.setPen(OVERDUE if look.late else muted)
            painter.drawText(row4, far, target)
        if card.next_follow_up is not None:
            overdue = look.overdue
            painter.setPen(OVERDUE if overdue else muted)
            when = datetime_text(card.next_follow_up)
            label = self.tr("Overdue: %1") if overdue else self.tr("Next: %1")
            room = row4.adjusted(target_w if rtl else 0, 0, 0 if rtl else -target_w, 0)
            shown = fm_small.elidedText(
                label.replace("%1", when), Qt.TextElideMode.ElideRight, room.width()
            )
            painter.drawText(room, align, shown)
