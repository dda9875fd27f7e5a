"""The `hubben` command line: bad configuration stops with one clear line; create-admin; migrate."""
import os
import socket
import subprocess
import tempfile
from pathlib import Path

import pytest

from conftest import BINARY, ROOT


def run(args, env_extra=None, stdin="", timeout=120):
    env = dict(os.environ)
    env.pop("DATABASE_URL", None)
    env.update(env_extra or {})
    return subprocess.run([str(BINARY), *args], cwd=ROOT, env=env, input=stdin, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture
def sqlite_path():
    with tempfile.TemporaryDirectory(prefix="hubben-cli-") as folder:
        yield str(Path(folder) / "hubben.sqlite")


def one_error_line(result) -> str:
    assert result.returncode != 0
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("hubben: error: ")
    return lines[0]


def test_unparseable_database_url():
    line = one_error_line(run(["serve"], {"DATABASE_URL": "postgres//oops:hemligt@"}))
    assert "DATABASE_URL" in line
    assert "hemligt" not in line


def test_unwritable_sqlite_folder(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    line = one_error_line(run(["serve"], {"HUBBEN_SQLITE_PATH": str(blocker / "sub" / "hubben.sqlite")}))
    assert "HUBBEN_SQLITE_PATH" in line


def test_port_in_use(sqlite_path):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        line = one_error_line(run(["serve", "--port", str(port)], {"HUBBEN_SQLITE_PATH": sqlite_path}))
    assert f"port {port}" in line and "already in use" in line


def test_create_admin(sqlite_path):
    env = {"HUBBEN_SQLITE_PATH": sqlite_path}
    created = run(["create-admin", "--email", "Chef@Example.se", "--name", "Kim Chef"], env, stdin="ett långt lösenord\n")
    assert created.returncode == 0, created.stderr
    assert "Kim Chef" in created.stdout
    assert "ett långt lösenord" not in created.stdout + created.stderr

    again = run(["create-admin", "--email", "chef@example.se", "--name", "Kim"], env, stdin="ett annat långt lösenord\n")
    assert "already exists" in one_error_line(again)

    weak = run(["create-admin", "--email", "ny@example.se", "--name", "Ny"], env, stdin="kort\n")
    assert "at least 12" in one_error_line(weak)


def test_migrate_and_revert(sqlite_path):
    env = {"HUBBEN_SQLITE_PATH": sqlite_path}
    migrated = run(["migrate"], env, stdin="y\n")
    assert migrated.returncode == 0, migrated.stderr
    assert "0001_CreateOrganization" in migrated.stdout
    reverted = run(["migrate", "--revert"], env, stdin="y\n")
    assert reverted.returncode == 0, reverted.stderr
    assert "0005_CreateMembership" in reverted.stdout
    again = run(["migrate"], env, stdin="y\n")
    assert again.returncode == 0, again.stderr
