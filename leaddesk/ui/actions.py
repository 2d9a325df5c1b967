"""Menu actions declared once, outside the windows that show them (napari's Action idea).

Each action names what it does as a callable on its target, so a menu is built by
walking the registry, never by looking a method up by name. Texts are functions,
translated when the menus are built. Two registries:

- ``WINDOW_ACTIONS``: the main window's File, Edit and Help menus;
- ``LEAD_MENU``: what a right-click on leads offers, the same on the board's cards and
  the leads table's rows (both are ``LeadActionTarget``).
"""

from __future__ import annotations

import uuid
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Generic, Protocol, TypeVar

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QWidget

from leaddesk.domain.activities import Channel
from leaddesk.domain.stages import STAGE_ORDER, Stage
from leaddesk.services.records import UserRecord
from leaddesk.ui.names.messages import channel_label
from leaddesk.ui.names.stages import stage_label

W = TypeVar("W", bound=QMainWindow)


@dataclass(frozen=True)
class ActionSpec(Generic[W]):
    """One entry of a window menu.

    ``run`` is what the action does; ``bind``, when given, keeps the action's text or
    enabled state in step with the window after it is made (undo and redo follow the
    undo stack in front).
    """

    id: str
    menu: str  # "file", "edit", "help"
    text: Callable[[], str]
    run: Callable[[W], object]
    shortcuts: tuple[QKeySequence.StandardKey | str, ...] = ()
    bind: Callable[[W, QAction], None] | None = None


def menu_title(menu: str) -> str:
    titles = {
        "file": QCoreApplication.translate("Menu", "&File"),
        "edit": QCoreApplication.translate("Menu", "&Edit"),
        "view": QCoreApplication.translate("Menu", "&View"),
        "help": QCoreApplication.translate("Menu", "&Help"),
    }
    return titles[menu]


class UndoWindow(Protocol):
    """A window with an undo group (the main window)."""

    def undo(self) -> None: ...

    def redo(self) -> None: ...

    def bind_undo(self, action: QAction, *, redo: bool) -> None: ...


def build_menus(window: W, specs: Sequence[ActionSpec[W]]) -> dict[str, QAction]:
    """Create the menus and actions of ``specs`` on ``window``; returns the actions by id."""
    menus: dict[str, QMenu] = {}
    actions: dict[str, QAction] = {}
    for spec in specs:
        if spec.menu not in menus:
            menus[spec.menu] = window.menuBar().addMenu(menu_title(spec.menu))
        action = QAction(spec.text(), window)
        action.setObjectName(spec.id)
        if spec.shortcuts:
            keys: list[QKeySequence] = []
            for s in spec.shortcuts:
                keys += (
                    QKeySequence.keyBindings(s)
                    if isinstance(s, QKeySequence.StandardKey)
                    else [QKeySequence(s)]
                )
            action.setShortcuts(keys)
        action.triggered.connect(lambda _checked=False, run=spec.run: run(window))
        if spec.bind is not None:
            spec.bind(window, action)
        menus[spec.menu].addAction(action)
        actions[spec.id] = action
    return actions


# what a right-click on leads offers ------------------------------------------------------
class LeadActionTarget(Protocol):
    """A screen showing leads, acting on the ones selected in it."""

    def open_selected(self) -> None: ...

    def move_selected(self, stage: Stage) -> None: ...

    def assign_selected(self, owner: uuid.UUID | None) -> None: ...

    def schedule_selected(self) -> None: ...

    def send_selected(self, channel: Channel) -> None: ...

    def delete_selected(self) -> None: ...

    def claim_selected(self) -> None: ...

    def return_selected(self) -> None: ...


@dataclass(frozen=True)
class LeadMenuContext:
    """What the menu is about: how many leads, in which stage (if one), who may get them,
    and how many of them nobody owns (None: not known, so neither Claim nor Return to
    pool is offered)."""

    count: int
    stage: Stage | None
    users: Sequence[UserRecord]
    unowned: int | None = None


@dataclass(frozen=True)
class LeadAction:
    id: str
    text: Callable[[], str]
    run: Callable[[LeadActionTarget], object]
    enabled: Callable[[LeadMenuContext], bool] = lambda _ctx: True


@dataclass(frozen=True)
class LeadSubmenu:
    id: str
    text: Callable[[], str]
    items: Callable[[LeadMenuContext], Sequence[LeadAction]]


@dataclass(frozen=True)
class Separator:
    id: str = field(default="separator")


def _one(ctx: LeadMenuContext) -> bool:
    return ctx.count == 1


def _all_unowned(ctx: LeadMenuContext) -> bool:
    """Claim: only leads in the pool can be claimed (the service would refuse others)."""
    return ctx.count > 0 and ctx.unowned == ctx.count


def _some_owned(ctx: LeadMenuContext) -> bool:
    return ctx.unowned is not None and ctx.unowned < ctx.count


# One function per item, so each lambda closes over its own stage, user or channel
# (mypy cannot infer lambdas that bind the loop variable through a default argument).
def stage_items(ctx: LeadMenuContext) -> list[LeadAction]:
    def move(stage: Stage) -> LeadAction:
        return LeadAction(
            f"move_{stage.value}",
            lambda: stage_label(stage),
            lambda t: t.move_selected(stage),
            lambda c: stage != c.stage,
        )

    return [move(stage) for stage in STAGE_ORDER]


def user_items(ctx: LeadMenuContext) -> list[LeadAction]:
    def assign(user: UserRecord) -> LeadAction:
        return LeadAction(
            f"assign_{user.id}",
            lambda: user.name,
            lambda t: t.assign_selected(user.id),
        )

    return [assign(user) for user in ctx.users]


def channel_items(ctx: LeadMenuContext) -> list[LeadAction]:
    def send(channel: Channel) -> LeadAction:
        return LeadAction(
            f"send_{channel.value}",
            lambda: QCoreApplication.translate("LeadMenu", "%1…").replace(
                "%1", channel_label(channel)
            ),
            lambda t: t.send_selected(channel),
        )

    return [send(channel) for channel in (Channel.EMAIL, Channel.WHATSAPP, Channel.SMS)]


LeadEntry = LeadAction | LeadSubmenu | Separator

LEAD_MENU: tuple[LeadEntry, ...] = (
    LeadSubmenu(
        "moveMenu", lambda: QCoreApplication.translate("LeadMenu", "Move to stage"), stage_items
    ),
    LeadSubmenu(
        "assignMenu", lambda: QCoreApplication.translate("LeadMenu", "Assign to"), user_items
    ),
    LeadAction(
        "claim",
        lambda: QCoreApplication.translate("LeadMenu", "Claim"),
        lambda t: t.claim_selected(),
        _all_unowned,
    ),
    # back to the pool with the claims on them dropped (a plain unassign would leave a
    # claim that runs out later and "returns" the lead a second time)
    LeadAction(
        "returnToPool",
        lambda: QCoreApplication.translate("LeadMenu", "Return to pool"),
        lambda t: t.return_selected(),
        _some_owned,
    ),
    LeadAction(
        "schedule",
        lambda: QCoreApplication.translate("LeadMenu", "Schedule follow-up…"),
        lambda t: t.schedule_selected(),
        _one,
    ),
    LeadSubmenu(
        "sendMenu", lambda: QCoreApplication.translate("LeadMenu", "Send template"), channel_items
    ),
    Separator(),
    LeadAction(
        "open", lambda: QCoreApplication.translate("LeadMenu", "Open"), lambda t: t.open_selected()
    ),
    LeadAction(
        "delete",
        lambda: QCoreApplication.translate("LeadMenu", "Delete…"),
        lambda t: t.delete_selected(),
    ),
)


def lead_menu(
    parent: QWidget,
    target: LeadActionTarget,
    ctx: LeadMenuContext,
    entries: Sequence[LeadEntry] = LEAD_MENU,
) -> QMenu:
    """The right-click menu for the leads ``ctx`` describes, acting on ``target``."""
    menu = QMenu(parent)
    menu.setObjectName("leadMenu")
    fill_lead_menu(menu, target, ctx, entries)
    return menu


def fill_lead_menu(
    menu: QMenu, target: LeadActionTarget, ctx: LeadMenuContext, entries: Sequence[LeadEntry]
) -> None:
    """Add ``entries`` to ``menu`` (also a button's menu: the stages of Move to…)."""
    for entry in entries:
        if isinstance(entry, Separator):
            menu.addSeparator()
        elif isinstance(entry, LeadSubmenu):
            sub = menu.addMenu(entry.text())
            sub.setObjectName(entry.id)
            fill_lead_menu(sub, target, ctx, entry.items(ctx))
            sub.setEnabled(not sub.isEmpty())
        else:
            action = menu.addAction(entry.text())
            action.setObjectName(entry.id)
            action.setEnabled(entry.enabled(ctx))
            action.triggered.connect(lambda _checked=False, run=entry.run: run(target))


def find_action(menu: QObject, name: str) -> QAction:
    """The action of that name in a built menu (for tests and keyboard shortcuts)."""
    found = menu.findChild(QAction, name)
    if found is None:
        raise LookupError(f"no action {name!r} in the menu")
    return found
