"""People: added, edited, deactivated and back, never deleted; one owner always stays."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from leaddesk.domain.leads import Role
from leaddesk.errors import ConflictError, RuleViolation, ValidationError


def test_people_are_added_edited_deactivated_and_brought_back(ws) -> None:  # type: ignore[no-untyped-def]
    added = ws.users.add("  Maria   Nowak ", "Maria@Example.COM", Role.OWNER)
    maria = added.value
    assert added.changes.users and (maria.name, maria.email) == ("Maria Nowak", "maria@example.com")
    tomasz = ws.users.add("Tomasz Lis", "tomasz@example.pl").value
    assert tomasz.role is Role.REP
    with pytest.raises(ValidationError) as taken:
        ws.users.add("Other", "MARIA@example.com")
    assert taken.value.fields() == {"email"}
    with pytest.raises(ValidationError) as bad:
        ws.users.add("", "not an address", "boss")
    assert bad.value.fields() == {"name", "email", "role"}

    edited = ws.users.update(
        tomasz.id,
        name="Tomasz Lis",
        email="t.lis@example.pl",
        role="manager",
        expected_version=tomasz.version,
    ).value
    assert (edited.email, edited.role) == ("t.lis@example.pl", Role.MANAGER)
    with pytest.raises(ConflictError):  # someone else saved the person meanwhile
        ws.users.update(
            tomasz.id, name="T", email="t@example.pl", role="rep", expected_version=tomasz.version
        )
    with pytest.raises(ValidationError):
        ws.users.update(
            tomasz.id,
            name="T",
            email="maria@example.com",
            role="rep",
            expected_version=edited.version,
        )

    off = ws.users.set_active(edited.id, False).value
    assert not off.active
    assert [u.name for u in ws.users.list()] == ["Maria Nowak"]
    assert {u.name for u in ws.users.list(active_only=False)} == {"Maria Nowak", "Tomasz Lis"}
    assert ws.users.set_active(edited.id, True).value.active


def test_the_last_owner_stays_an_owner(ws) -> None:  # type: ignore[no-untyped-def]
    maria = ws.users.add("Maria Nowak", "maria@example.com", Role.OWNER).value
    with pytest.raises(RuleViolation):
        ws.users.set_active(maria.id, False)
    with pytest.raises(RuleViolation):
        ws.users.update(
            maria.id,
            name="Maria",
            email="maria@example.com",
            role="rep",
            expected_version=maria.version,
        )
    ws.users.add("Omar Haddad", "omar@example.com", Role.OWNER)
    assert not ws.users.set_active(maria.id, False).value.active


def test_the_command_line_adds_lists_and_deactivates(tmp_path: Path, isolated_home: Path) -> None:
    url = f"sqlite:///{tmp_path / 'team.sqlite'}"

    def leaddesk(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "leaddesk", *args, "--db", url],
            capture_output=True,
            text=True,
        )

    added = leaddesk(
        "users", "add", "anna@example.pl", "--name", "Anna Kowalska", "--role", "owner"
    )
    assert (
        added.returncode == 0 and "Anna Kowalska <anna@example.pl> added as owner" in added.stdout
    )
    assert leaddesk("users", "add", "jan@example.pl", "--name", "Jan Nowak").returncode == 0
    again = leaddesk("users", "add", "jan@example.pl", "--name", "Jan")
    assert again.returncode == 2 and "already belongs" in again.stderr
    assert leaddesk("users", "deactivate", "jan@example.pl").returncode == 0
    rows = [
        json.loads(line)
        for line in leaddesk("users", "list", "--json", "--all").stdout.splitlines()
    ]
    assert rows == [
        {"name": "Anna Kowalska", "email": "anna@example.pl", "role": "owner", "active": True},
        {"name": "Jan Nowak", "email": "jan@example.pl", "role": "rep", "active": False},
    ]
    assert "Jan" not in leaddesk("users", "list").stdout
    last = leaddesk("users", "deactivate", "anna@example.pl")
    assert last.returncode == 2 and "last active owner" in last.stderr
