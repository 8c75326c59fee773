"""Where the time goes: py-spy samples one stage over the benchmark corpus and prints the top costs.

Run: ``python benchmarks/profile.py extraction|ingest|nightly [--articles N]``
(needs ``pip install py-spy``; ``pip install -e '.[bench]'`` brings it). The
stage runs in a child process that py-spy samples 200 times a second; the
table gives, for the functions with the most samples, the share of samples in
which the function is running itself (*self*) and anywhere on the stack
(*total*). ``benchmarks/RESULTS.md`` keeps the tables from before and after
each optimisation.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import corpus  # noqa: E402

STAGES = {
    "extraction": """
import json, sys
from datetime import date
from claims.extract import extract
from claims.text import _jieba
_jieba()
rows = [json.loads(l) for p in sys.argv[1:] for l in open(p, encoding="utf-8")]
for r in rows:
    extract(r["text"], date.fromisoformat(r["published"]))
""",
    "ingest": """
import sys
from claims.cli import app
app(["ingest", *sys.argv[2:], "--db", sys.argv[1]], standalone_mode=False)
""",
    "nightly": """
import sys
from claims.cli import app
app(["ingest", *sys.argv[2:], "--db", sys.argv[1]], standalone_mode=False)
app(["nightly", "--as-of", "2026-11-30", "--db", sys.argv[1]], standalone_mode=False)
""",
}


def frame_name(frame: str) -> str:
    """``function (path/to/file.py:12)`` → ``function (file.py)``."""
    name, _, where = frame.partition(" (")
    return f"{name} ({Path(where.split(':')[0]).name})" if where else name


def top_costs(raw: str, limit: int = 15) -> list[tuple[str, float, float]]:
    """(function, self share, total share) from py-spy's raw (collapsed) output, most self time first."""
    own: Counter[str] = Counter()
    total: Counter[str] = Counter()
    samples = 0
    for line in raw.splitlines():
        stack, _, count = line.rpartition(" ")
        if not stack or not count.isdigit():
            continue
        n = int(count)
        samples += n
        frames = [frame_name(f) for f in stack.split(";")]
        own[frames[-1]] += n
        for name in set(frames):
            total[name] += n
    if not samples:
        return []
    return [(name, n / samples, total[name] / samples) for name, n in own.most_common(limit)]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("stage", choices=sorted(STAGES))
    parser.add_argument("--articles", type=int, default=600)
    args = parser.parse_args()
    spy = shutil.which("py-spy") or str(Path(sys.executable).with_name("py-spy"))
    if not Path(spy).exists():
        sys.exit("error: py-spy is not installed (pip install py-spy)")
    with tempfile.TemporaryDirectory(prefix="claims-profile-") as tmp:
        work = Path(tmp)
        shards = [str(p) for p in corpus.write(work / "corpus", args.articles)]
        child = [sys.executable, "-c", STAGES[args.stage]]
        child += shards if args.stage == "extraction" else [f"sqlite:///{work / 'profile.db'}", *shards]
        out = work / "profile.txt"
        subprocess.run([spy, "record", "-r", "200", "-f", "raw", "-o", str(out), "--", *child], check=True,
                       stdout=subprocess.DEVNULL)
        rows = top_costs(out.read_text(encoding="utf-8"))
    print(f"| function | self | total |  ({args.stage}, {args.articles} articles)")
    print("|---|---|---|")
    for name, own, total in rows:
        print(f"| `{name}` | {own:.0%} | {total:.0%} |")


if __name__ == "__main__":
    main()
