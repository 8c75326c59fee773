"""claims — track public predictions: extract forecasts, plans and promises from news,
store them with speaker and deadline, attach evidence, and score who was right.

The pure pipeline (``claims.sources``, ``claims.text``, ``claims.timex``,
``claims.extract``) never imports the database; ``claims.store`` owns it.
"""

__version__ = "0.1.0"
