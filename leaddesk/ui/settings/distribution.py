"""Settings ▸ Distribution: everything push distribution needs from the owner, in
four tabs of one job each: the assignment rules, the teams and their rotation, the
people's working time, limits and absences, and the partner organisations.

Each tab saves what it edits itself and says what changed; changes made elsewhere
(another tab, another user) reload a tab only where nothing is being edited.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QVBoxLayout, QWidget

from leaddesk.services.records import Changes
from leaddesk.services.workspace import Workspace
from leaddesk.ui.settings.distribution_partners import PartnersSection
from leaddesk.ui.settings.distribution_people import PeopleSection
from leaddesk.ui.settings.distribution_rules import RulesSection
from leaddesk.ui.settings.distribution_teams import TeamsSection


class DistributionPanel(QWidget):
    changed = Signal(object)  # Changes written on any of the tabs

    def __init__(self, workspace: Callable[[], Workspace], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("distributionPanel")
        self.rules = RulesSection(workspace)
        self.teams = TeamsSection(workspace)
        self.people = PeopleSection(workspace)
        self.partners = PartnersSection(workspace)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("distributionTabs")
        self.tabs.addTab(self.rules, self.tr("Rules"))
        self.tabs.addTab(self.teams, self.tr("Teams"))
        self.tabs.addTab(self.people, self.tr("Working time and absences"))
        self.tabs.addTab(self.partners, self.tr("Partners"))
        for section in (self.rules, self.teams, self.people, self.partners):
            # the rules name teams and partners: what a tab saves comes back to the
            # others through note_changes, as every screen hears of it
            section.changed.connect(self.changed)
        lay = QVBoxLayout(self)
        lay.setContentsMargins(0, 0, 0, 0)
        lay.addWidget(self.tabs)
        self.reload()

    def reload(self) -> None:
        """Every tab as saved (another database, or a fresh start)."""
        self.rules.reload()
        self.teams.reload()
        self.people.reload()
        self.partners.reload()

    def note_changes(self, changes: Changes) -> None:
        """Teams, partners or people changed: the names a rule offers follow, and
        each tab not being edited shows what is saved."""
        if not (changes.reference or changes.users):
            return
        self.rules.note_changes()
        self.teams.note_changes()
        self.people.note_changes()
        self.partners.reload()
