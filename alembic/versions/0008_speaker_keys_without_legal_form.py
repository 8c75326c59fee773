"""speaker keys without a company's legal form

claims.speakers.name_key now drops a legal form from the end of a name
(Intel Corp → intel, 香港鐵路有限公司 → 香港铁路). Every stored speaker's name
and aliases get their new key too, so a later article that writes the name
without the form (or with it) finds the same speaker. Additive: the old keys
stay, and a new key another speaker already holds is left to that speaker (the
older one) — `claims speakers merge` joins the two if they are one.

It calls the live `name_key` on purpose, not a frozen copy: the keys it stores
are only useful if they are the keys the running code looks names up by, so a
database upgraded later gets the keys of the code it is upgraded to. Running it
again with a later `name_key` only adds keys, never removes or moves one.

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-01 02:10:00
"""
from collections.abc import Sequence

from alembic import op

revision: str = '0008'
down_revision: str | None = '0007'
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    from claims.speakers import add_name_keys

    add_name_keys(op.get_bind())


def downgrade() -> None:
    pass  # the added keys stay: each still denotes the speaker it was given to
