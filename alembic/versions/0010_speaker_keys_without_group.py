"""speaker keys without "Group"

claims.speakers.name_key now drops a trailing "Group" as it drops a legal
form (Klarna Group = Klarna, Alibaba Group = Alibaba), so an article that
writes the group and one that does not file their claims under one speaker
(集团 stays: 中国铁路上海局集团 is the name).
Stored speakers get their new keys, additively, as in 0008
(claims.speakers.add_name_keys): the old keys stay, and a new key another
speaker already holds is left to that speaker (`claims speakers merge` joins
the two if they are one).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-02 16:20:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0010'
down_revision: str | None = '0009'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from claims.speakers import add_name_keys

    add_name_keys(op.get_bind())


def downgrade() -> None:
    pass  # the added keys stay: each still denotes the speaker it was given to
