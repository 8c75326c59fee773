"""``python -m claims`` runs the command line."""

from claims.cli import main

if __name__ == "__main__":
    main()
