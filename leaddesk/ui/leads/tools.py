"""The row above the leads table: the stage scope, the count, and the buttons that act
on the selected leads (their menus from the action registry)."""

from __future__ import annotations

from typing import Protocol

from PySide6.QtWidgets import QComboBox, QLabel, QWidget

from leaddesk.domain.stages import STAGE_ORDER
from leaddesk.services.records import UserRecord
from leaddesk.ui.actions import (
    LeadActionTarget,
    LeadMenuContext,
    channel_items,
    fill_lead_menu,
    stage_items,
    user_items,
)
from leaddesk.ui.formatting import number
from leaddesk.ui.names.stages import stage_label
from leaddesk.ui.widgets.buttons import menu_button, push_button
from leaddesk.ui.widgets.flow_layout import FlowLayout


class ToolTarget(LeadActionTarget, Protocol):
    """The screen the buttons act on."""

    def new_lead(self) -> None: ...

    def ask_tag(self, *, add: bool) -> None: ...

    def export(self, *, selection: bool) -> int | None: ...


class LeadsTools(QWidget):
    def __init__(self, target: ToolTarget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._target = target
        self.stage_scope = QComboBox()
        self.stage_scope.setObjectName("stageScope")
        self.stage_scope.addItem(self.tr("All stages"), None)
        for stage in STAGE_ORDER:
            self.stage_scope.addItem(stage_label(stage), stage.value)
        self.count = QLabel()
        self.count.setObjectName("leadCount")
        self.new_button = push_button(self.tr("New lead"), "newLead", target.new_lead)
        self.open_button = push_button(self.tr("Open"), "openLead", target.open_selected)
        self.assign_button = menu_button(self.tr("Assign"), "bulkAssign")
        self.move_button = menu_button(self.tr("Move to"), "bulkMove")
        self.tag_button = menu_button(self.tr("Tags"), "bulkTags")
        self.tag_button.menu().addAction(self.tr("Add a tag…"), lambda: target.ask_tag(add=True))
        self.tag_button.menu().addAction(
            self.tr("Remove a tag…"), lambda: target.ask_tag(add=False)
        )
        self.delete_button = push_button(self.tr("Delete"), "bulkDelete", target.delete_selected)
        self.send_button = menu_button(self.tr("Send template"), "bulkSend")
        every = LeadMenuContext(2, None, ())
        fill_lead_menu(self.move_button.menu(), target, every, stage_items(every))
        fill_lead_menu(self.send_button.menu(), target, every, channel_items(every))
        for menu, prefix in (
            (self.move_button.menu(), "bulkMove_"),
            (self.send_button.menu(), "bulkSend_"),
        ):
            for action in menu.actions():  # the names the tool row always had
                action.setObjectName(prefix + action.objectName().split("_", 1)[1])
        self.export_button = menu_button(self.tr("Export CSV"), "exportCsv")
        self.export_button.menu().addAction(
            self.tr("Selected leads…"), lambda: target.export(selection=True)
        ).setObjectName("exportSelection")
        self.export_button.menu().addAction(
            self.tr("Filtered list…"), lambda: target.export(selection=False)
        ).setObjectName("exportFiltered")
        self.columns_button = menu_button(self.tr("Columns"), "columnChooser")

        row = FlowLayout(self)  # wraps on a narrow window rather than widening it
        row.setContentsMargins(8, 0, 8, 0)
        row.add(self.new_button)
        row.add(self.stage_scope)
        row.add(self.count, stretch=True)
        for w in (
            self.open_button,
            self.assign_button,
            self.move_button,
            self.tag_button,
            self.send_button,
            self.delete_button,
            self.export_button,
            self.columns_button,
        ):
            row.add(w)

    def set_users(self, users: tuple[UserRecord, ...]) -> None:
        menu = self.assign_button.menu()
        menu.clear()
        ctx = LeadMenuContext(2, None, users)
        fill_lead_menu(menu, self._target, ctx, user_items(ctx))
        menu.addSeparator()
        menu.addAction(self.tr("Release to pool"), lambda: self._target.assign_selected(None))

    def show_counts(self, total: int, selected: int) -> None:
        text = self.tr("%Ln lead(s)", "", total)
        if selected:
            text = self.tr("%1 · %2 selected").replace("%1", text).replace("%2", number(selected))
        self.count.setText(text)
        for w in (
            self.assign_button,
            self.move_button,
            self.tag_button,
            self.send_button,
            self.delete_button,
        ):
            w.setEnabled(bool(selected))
        self.open_button.setEnabled(selected == 1)
        self.export_button.menu().actions()[0].setEnabled(bool(selected))
