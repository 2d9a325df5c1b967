"""Why a file cannot be imported, in the user's language: the sentences for
TableFileError's codes (and the wizard's own ``file_unreadable``), merged into
``errors._sentences``."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from leaddesk.ui.formatting import isolated


def _file(text: str) -> Callable[[dict[str, object]], str]:
    def fill(p: dict[str, object]) -> str:
        return text.replace("%1", isolated(str(p.get("file") or "")))

    return fill


def file_sentences() -> dict[str, Callable[[dict[str, object]], str]]:
    """Why a file cannot be imported, by TableFileError's code (see ui/names/errors)."""
    return {
        "empty_file": _file(
            QCoreApplication.translate(
                "Errors", "The file %1 is empty: there is nothing to import."
            )
        ),
        "not_a_table": _file(
            QCoreApplication.translate(
                "Errors",
                "The file %1 is not a table of text (it may be a program or a picture); "
                "import a CSV, TSV, Excel .xlsx or vCard file.",
            )
        ),
        "no_header": _file(
            QCoreApplication.translate(
                "Errors", "The file %1 has no header row: its first row must name the columns."
            )
        ),
        "xlsx_unreadable": _file(
            QCoreApplication.translate(
                "Errors",
                "The workbook %1 cannot be read (password-protected, an old .xls or "
                "damaged); open it in Excel and save it again as .xlsx or CSV.",
            )
        ),
        "too_many_columns": _file(
            QCoreApplication.translate(
                "Errors",
                "The file %1 has more columns than can be imported; is the delimiter right?",
            )
        ),
        "no_sheet": _file(QCoreApplication.translate("Errors", "The file %1 has no such sheet.")),
        "too_big": _file(
            QCoreApplication.translate(
                "Errors", "The file %1 is larger than a contacts file can be (200 MB at most)."
            )
        ),
        "file_unreadable": _file(
            QCoreApplication.translate(
                "Errors",
                "The file %1 cannot be opened: it may have been moved, or you may not "
                "be allowed to read it.",
            )
        ),
    }
