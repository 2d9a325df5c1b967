"""Shipped translations are complete and keep their placeholders."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from leaddesk.ui.i18n import translations_dir

ROOT = Path(__file__).resolve().parents[2]
SHIPPED = ("ar", "pl")
PLACEHOLDER = re.compile(r"%(?:\d|L?n)")


def _messages(lang: str) -> list[ET.Element]:
    return list(ET.parse(translations_dir() / f"leaddesk_{lang}.ts").iter("message"))


@pytest.mark.parametrize("lang", SHIPPED)
def test_every_string_is_translated_with_same_placeholders(lang: str) -> None:
    for msg in _messages(lang):
        src = msg.findtext("source") or ""
        tr = msg.find("translation")
        assert tr is not None and tr.get("type") not in ("unfinished", "obsolete", "vanished"), src
        forms = [n.text or "" for n in tr.findall("numerusform")] or [tr.text or ""]
        for form in forms:
            assert form.strip(), f"{lang}: empty translation of {src!r}"
            wanted = set(PLACEHOLDER.findall(src)) - {"%n", "%Ln"}
            assert wanted <= set(PLACEHOLDER.findall(form)), f"{lang}: {src!r} -> {form!r}"


@pytest.mark.parametrize("lang", SHIPPED)
def test_ts_files_know_every_string_in_the_code(lang: str, tmp_path: Path) -> None:
    beside = Path(sys.executable).with_name("pyside6-lupdate")
    lupdate = str(beside) if beside.exists() else shutil.which("pyside6-lupdate")
    assert lupdate, "pyside6-lupdate comes with PySide6-Essentials"
    sources = sorted(str(p) for p in (ROOT / "leaddesk").rglob("*.py"))
    out = tmp_path / "fresh.ts"
    subprocess.run([lupdate, *sources, "-ts", str(out)], check=True, capture_output=True)
    fresh = {(m.findtext("source")) for m in ET.parse(out).iter("message")}
    known = {m.findtext("source") for m in _messages(lang)}
    assert fresh - known == set(), "run pyside6-lupdate and translate the new strings"


@pytest.mark.parametrize("lang", (*SHIPPED, "en"))
def test_compiled_qm_is_shipped(lang: str) -> None:
    ts = translations_dir() / f"leaddesk_{lang}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_size > 0


PLURAL_CALL = re.compile(r"QCoreApplication\.translate\(\s*\"[^\"]*\",\s*\"[^\"]*%L?n")


def test_plurals_go_through_self_tr() -> None:
    """lupdate reads no count in QCoreApplication.translate(ctx, text, "", n): such a
    string gets no plural forms and shows "2 lead(s)"; a QObject's self.tr has them."""
    offenders = [
        f"{path.name}: {m.group(0)}"
        for path in sorted((ROOT / "leaddesk").rglob("*.py"))
        for m in PLURAL_CALL.finditer(path.read_text(encoding="utf-8"))
    ]
    assert offenders == []
