"""The store: SQLModel tables, the database URL, sessions, migrations and queries.

Only this package, the evidence/resolve/score modules and the CLI touch the database.
"""
