"""Rules of the house that a test can keep: GUI tests wait on signals or conditions,
never for a fixed time, and every Qt model is put through Qt's model tester."""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SLEEPS = re.compile(r"qtbot\.wait\(\s*\d|time\.sleep\(|QTest\.qWait\(")


def test_no_test_sleeps_for_a_fixed_time() -> None:
    found = [
        f"{path.relative_to(ROOT)}:{n}"
        for path in sorted((ROOT / "tests").rglob("*.py"))
        if path.name != "test_house_rules.py"
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SLEEPS.search(line)
    ]
    assert found == [], "wait on a signal or a condition (qtbot.waitSignal / waitUntil)"


def _model_classes() -> set[str]:
    """Classes in leaddesk/ui that subclass a Qt item model (directly or through ours)."""
    bases = {"QAbstractItemModel", "QAbstractListModel", "QAbstractTableModel"}
    found: dict[str, set[str]] = {}
    for path in (ROOT / "leaddesk" / "ui").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ClassDef):
                names = set()
                for b in node.bases:
                    b = b.value if isinstance(b, ast.Subscript) else b
                    names.add(b.id if isinstance(b, ast.Name) else getattr(b, "attr", ""))
                found[node.name] = names
    models = set()
    changed = True
    while changed:
        changed = False
        for name, parents in found.items():
            if name not in models and parents & (bases | models):
                models.add(name)
                changed = True
    return models


# the model each test file puts through qtmodeltester (concrete ones; a base class is
# covered by its subclasses)
CHECKED = {
    "ColumnModel": "tests/ui/test_board.py",
    "LeadTableModel": "tests/ui/test_models.py",
    "TimelineModel": "tests/ui/test_models.py",
    "AgendaModel": "tests/ui/test_models.py",
    "BatchModel": "tests/ui/test_models.py",
    "MessageModel": "tests/ui/test_models.py",
    "TemplateListModel": "tests/ui/test_messaging.py",
    "FigureTable": "tests/ui/test_insights_screen.py",
    "PeopleModel": "tests/ui/test_people.py",
    "FirstResponseRulesModel": "tests/ui/test_first_responses_settings.py",
    "WebFormModel": "tests/ui/test_web_forms.py",
    "TextTableModel": "tests/ui/test_import_wizard.py",
    "MappingModel": "tests/ui/test_import_wizard.py",
    "PreviewModel": "tests/ui/test_import_wizard.py",
    "HistoryModel": "tests/ui/test_import_wizard.py",
    "SourcesModel": "tests/ui/test_settings_lists.py",
    "FieldsModel": "tests/ui/test_settings_lists.py",
    "ScoreRulesModel": "tests/ui/test_scoring_settings.py",
    "BackupsModel": "tests/ui/test_restore_backup.py",
    "GroupsModel": "tests/ui/test_duplicates_screen.py",
    "MergeTableModel": "tests/ui/test_duplicates_screen.py",
    "PartsModel": "tests/ui/test_lead_score.py",
    "WeightsModel": "tests/ui/test_conversion_model_page.py",
    "ExcludedModel": "tests/ui/test_conversion_model_page.py",
    "PoolModel": "tests/ui/test_pool_screen.py",
    "AssignmentRulesModel": "tests/ui/test_distribution_settings.py",
    "TeamsModel": "tests/ui/test_distribution_settings.py",
    "MembersModel": "tests/ui/test_distribution_settings.py",
    "WorkingModel": "tests/ui/test_distribution_settings.py",
    "AbsencesModel": "tests/ui/test_distribution_settings.py",
    "PartnersModel": "tests/ui/test_distribution_settings.py",
}
BASES = {"RecordTableModel", "RefusedRowsModel"}


def test_every_qt_model_goes_through_the_model_tester() -> None:
    assert _model_classes() - BASES == set(CHECKED), "add the new model to a qtmodeltester test"
    for path in set(CHECKED.values()):
        assert "qtmodeltester.check(" in (ROOT / path).read_text(encoding="utf-8")


def test_no_translate_alias_hides_strings_from_lupdate() -> None:
    """``t = QCoreApplication.translate`` then ``t("Ctx", "text")`` runs, but lupdate never
    sees the text, so it is never translated: every call is spelled out."""
    alias = re.compile(r"^\s*\w+\s*=\s*QCoreApplication\.translate\s*$", re.M)
    offenders = [
        str(p.relative_to(ROOT))
        for p in (ROOT / "leaddesk").rglob("*.py")
        if alias.search(p.read_text(encoding="utf-8"))
    ]
    assert offenders == []
