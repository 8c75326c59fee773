"""Tables printed to a pipe: as wide as COLUMNS says, 120 characters otherwise."""

from __future__ import annotations

import pytest

from claims.cli.output import print_table

ROW = ["x" * 300]


@pytest.mark.parametrize(("columns", "width"), [(None, 120), ("200", 200), ("abc", 120), ("10", 120)])
def test_piped_table_width_follows_columns(capsys, monkeypatch, columns, width):
    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    print_table(["id", "statement"], [["1", ROW[0]]])
    lines = capsys.readouterr().out.splitlines()
    assert max(len(line) for line in lines) == width
