"""claim search terms

The nightly job keeps each claim's evidence-search terms (key terms of its
statement, topic words of its article) so that later runs do not segment the
claim and its whole article again (issue 9: a run after a few new articles
costs a small part of a full run). And claims.speakers.name_key now drops
"A" before a description ("A London-based aerospace strategist" = "a London-based
aerospace strategist"), a trailing "Holdings" (United Airlines Holdings Inc. =
United Airlines) and "Co." after a one-word name (Boeing Co. = Boeing): stored
speakers get their new keys, additively, as in 0008
(claims.speakers.add_name_keys).

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 05:30:00
"""
from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel.sql.sqltypes  # noqa: F401

from alembic import op

revision: str = '0009'
down_revision: str | None = '0008'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.add_column(sa.Column('search_terms', sa.JSON(), nullable=True))
    from claims.speakers import add_name_keys

    add_name_keys(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('claim', schema=None) as batch_op:
        batch_op.drop_column('search_terms')
