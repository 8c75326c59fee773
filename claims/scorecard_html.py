"""The scorecard as one self-contained HTML file: leaderboard, calibration chart, hit rates, claims.

No scripts, external fonts or styles: the styles are inline, the charts are
inline SVG whose text the browser renders with its own fonts (the font list
names common CJK fonts first, so Chinese is legible), and a
Content-Security-Policy meta tag forbids scripts outright. Every text taken
from articles or the database is escaped with :func:`html.escape`, so an
article containing ``<script>`` shows as text. Only ``http(s)`` URLs become
links; file paths are shown as text.
"""

from __future__ import annotations

from claims.score import TOO_FEW, CalibrationBin, GroupScore
from claims.scorecard import ClaimLine, Scorecard, escape

FONTS = "'Noto Sans CJK SC','Source Han Sans SC','PingFang SC','Microsoft YaHei','WenQuanYi Micro Hei',sans-serif"
CSS = f"""
body {{ font-family: {FONTS}; margin: 2rem auto; max-width: 1100px; color: #1d2430; padding: 0 1rem; }}
h1 {{ font-size: 1.6rem; margin-bottom: .2rem; }} h2 {{ margin-top: 2.2rem; font-size: 1.25rem; }}
.meta {{ color: #5b6577; }} table {{ border-collapse: collapse; width: 100%; font-size: .92rem; }}
th, td {{ border-bottom: 1px solid #dde2ea; padding: .35rem .5rem; text-align: left; vertical-align: top; }}
th {{ background: #f3f5f9; }} td.num {{ text-align: right; font-variant-numeric: tabular-nums; }}
.grade {{ font-weight: 700; }} .few {{ color: #8a93a3; font-style: italic; }}
.true {{ color: #1b7f3b; }} .false {{ color: #b3261e; }} .partly {{ color: #a15c00; }}
.charts {{ display: flex; flex-wrap: wrap; gap: 2rem; }} figure {{ margin: 0; }}
figcaption {{ color: #5b6577; font-size: .85rem; }} details {{ margin: .4rem 0; }}
summary {{ cursor: pointer; font-weight: 600; }}
"""
VERDICT_CLASS = {"true": "true", "false": "false", "partly": "partly"}


def _num(value: float | None, digits: int = 3) -> str:
    return "—" if value is None else f"{value:.{digits}f}"


def calibration_svg(bins: list[CalibrationBin], width: int = 420, height: int = 420) -> str:
    """Stated probability (x) against observed frequency (y) with the diagonal of perfect calibration."""
    pad = 50
    inner_w, inner_h = width - 2 * pad, height - 2 * pad

    def x(v: float) -> float:
        return pad + v * inner_w

    def y(v: float) -> float:
        return height - pad - v * inner_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="calibration-chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" font-family="{escape(FONTS)}" font-size="12">',
             "<title>校准图 Calibration: stated probability vs observed frequency</title>",
             f'<rect x="{pad}" y="{pad}" width="{inner_w}" height="{inner_h}" fill="#fafbfd" stroke="#c9d0db"/>']
    for i in range(11):
        v = i / 10
        parts.append(f'<line x1="{x(v):.1f}" y1="{y(0):.1f}" x2="{x(v):.1f}" y2="{y(1):.1f}" stroke="#eef1f5"/>')
        parts.append(f'<line x1="{x(0):.1f}" y1="{y(v):.1f}" x2="{x(1):.1f}" y2="{y(v):.1f}" stroke="#eef1f5"/>')
        if i % 2 == 0:
            parts.append(f'<text x="{x(v):.1f}" y="{y(0) + 16:.1f}" text-anchor="middle">{v:.1f}</text>')
            parts.append(f'<text x="{x(0) - 8:.1f}" y="{y(v) + 4:.1f}" text-anchor="end">{v:.1f}</text>')
    parts.append(f'<line id="diagonal" x1="{x(0):.1f}" y1="{y(0):.1f}" x2="{x(1):.1f}" y2="{y(1):.1f}" '
                 'stroke="#8a93a3" stroke-dasharray="5 4"/>')
    points = [b for b in bins if b.count and b.mean_probability is not None and b.observed_frequency is not None]
    if len(points) > 1:
        path = " ".join(f"{x(b.mean_probability or 0):.1f},{y(b.observed_frequency or 0):.1f}" for b in points)
        parts.append(f'<polyline points="{path}" fill="none" stroke="#2f6fde" stroke-width="2"/>')
    for b in points:
        r = 4 + min(b.count, 25) ** 0.5 * 2
        parts.append(f'<circle class="bin" cx="{x(b.mean_probability or 0):.1f}" cy="{y(b.observed_frequency or 0):.1f}" '
                     f'r="{r:.1f}" fill="#2f6fde" fill-opacity="0.75"><title>{b.lo:.1f}–{b.hi:.1f}: {b.count} claims, '
                     f'stated {_num(b.mean_probability, 2)}, observed {_num(b.observed_frequency, 2)}</title></circle>')
    parts.append(f'<text x="{width / 2:.1f}" y="{height - 10}" text-anchor="middle">说的概率 stated probability</text>')
    parts.append(f'<text x="14" y="{height / 2:.1f}" text-anchor="middle" transform="rotate(-90 14 {height / 2:.1f})">'
                 "实际发生 observed frequency</text>")
    if not points:
        parts.append(f'<text x="{width / 2:.1f}" y="{height / 2:.1f}" text-anchor="middle" fill="#8a93a3">'
                     "no resolved claims with a probability yet</text>")
    parts.append("</svg>")
    return "\n".join(parts)


def hit_rate_svg(groups: list[GroupScore], width: int = 560) -> str:
    """Horizontal bars of hit rate per group (groups with a hit rate)."""
    shown = [g for g in groups if g.hit_rate is not None][:25]
    row, label_w, pad = 24, 190, 10
    height = max(len(shown), 1) * row + 2 * pad + 20
    bar_w = width - label_w - 70
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" id="hit-rate-chart" role="img" width="{width}" '
             f'height="{height}" viewBox="0 0 {width} {height}" font-family="{escape(FONTS)}" font-size="12">',
             "<title>命中率 Hit rate per group</title>"]
    for i, g in enumerate(shown):
        top = pad + i * row
        rate = g.hit_rate or 0.0
        name = g.group if len(g.group) <= 14 else g.group[:13] + "…"
        parts.append(f'<text x="{label_w - 8}" y="{top + 15}" text-anchor="end">{escape(name)}</text>')
        parts.append(f'<rect x="{label_w}" y="{top + 3}" width="{bar_w}" height="{row - 8}" fill="#eef1f5"/>')
        parts.append(f'<rect class="bar" x="{label_w}" y="{top + 3}" width="{bar_w * rate:.1f}" height="{row - 8}" '
                     f'fill="{"#2f6fde" if g.grade != TOO_FEW else "#a9b7d0"}"><title>{escape(g.group)}: '
                     f'{g.hits:g} of {g.hit_scored}</title></rect>')
        parts.append(f'<text x="{label_w + bar_w + 6}" y="{top + 15}">{rate:.0%} ({g.hit_scored})</text>')
    if not shown:
        parts.append(f'<text x="{width / 2:.0f}" y="{pad + 20}" text-anchor="middle" fill="#8a93a3">no hits to show yet</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def _link(url: str | None, label: str | None) -> str:
    text = escape(label or url or "")
    if url and url.startswith(("http://", "https://")):
        return f'<a href="{escape(url)}" rel="noopener noreferrer">{text}</a>'
    return text


def _claims_table(lines: list[ClaimLine]) -> str:
    rows = []
    for c in lines:
        verdict = c.verdict or "open"
        right = {True: "✓", False: "✗", None: ""}[c.right]
        evidence = "<br>".join(f'{_link(e["url"], e["title"])} <span class="meta">({escape(e["stance"])})</span>'
                               for e in c.evidence) or "—"
        rows.append(
            f'<tr><td class="num">{c.id}</td><td>{escape(c.statement)}</td><td>{escape(c.said_on)}</td>'
            f'<td>{escape(c.deadline or "—")}</td><td class="num">{_num(c.probability, 2)}</td>'
            f'<td class="{VERDICT_CLASS.get(verdict, "")}">{escape(verdict)} {right}</td><td>{evidence}</td></tr>')
    return ("<table><thead><tr><th>#</th><th>claim</th><th>said</th><th>deadline</th><th>p</th><th>verdict</th>"
            "<th>evidence</th></tr></thead><tbody>" + "".join(rows) + "</tbody></table>")


def render_html(card: Scorecard) -> str:
    """The whole page (see the module docstring)."""
    window = " ".join(x for x in (f"from {card.since}" if card.since else "", f"to {card.until}" if card.until else "") if x)
    board = []
    for rank, g in enumerate(card.groups, start=1):
        cls = "few" if g.grade == TOO_FEW or g.grade.startswith("not graded") else "grade"
        board.append(
            f'<tr><td class="num">{rank}</td><td>{escape(g.group)}</td><td class="num">{g.claims}</td>'
            f'<td class="num">{g.resolved}</td><td class="num">{_num(g.hit_rate)}</td><td class="num">{_num(g.brier)}</td>'
            f'<td class="num">{g.brier_n}</td><td class="num">{_num(g.brier_skill)}</td><td class="num">{g.true}</td>'
            f'<td class="num">{g.false}</td><td class="num">{g.partly}</td><td class="{cls}">{escape(g.grade)}</td></tr>')
    sections = []
    for g in card.groups:
        lines = card.claims.get(g.group, [])
        sections.append(f"<details><summary>{escape(g.group)} — {g.resolved} resolved of {g.claims}, grade "
                        f"{escape(g.grade)}</summary>{_claims_table(lines)}</details>")
    o = card.overall
    return "\n".join([
        "<!DOCTYPE html>",
        '<html lang="zh">',
        "<head>",
        '<meta charset="utf-8">',
        "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; "
        "img-src data:\">",
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>claims scorecard by {escape(card.by)}</title>",
        f"<style>{CSS}</style>",
        "</head>",
        "<body>",
        f"<h1>预测记分卡 Scorecard by {escape(card.by)}</h1>",
        f'<p class="meta">{escape(window or "all claims")}; {o.claims} claims, {o.resolved} resolved, hit rate '
        f"{_num(o.hit_rate)}, Brier score {_num(o.brier)} on {o.brier_n} claims with a probability. Groups with "
        f"fewer than {card.min_resolved} resolved claims are {escape(TOO_FEW)}.</p>",
        '<h2 id="leaderboard-title">Leaderboard 排行榜</h2>',
        '<table id="leaderboard"><thead><tr><th>#</th><th>group</th><th>claims</th><th>resolved</th><th>hit rate</th>'
        "<th>Brier</th><th>n</th><th>skill</th><th>true</th><th>false</th><th>partly</th><th>grade</th></tr></thead>"
        "<tbody>" + "".join(board) + "</tbody></table>",
        '<h2>Calibration 校准</h2><div class="charts">',
        f"<figure>{calibration_svg(o.calibration)}<figcaption>All claims with a probability and a true/false verdict; "
        "points on the dashed diagonal are perfectly calibrated.</figcaption></figure>",
        f"<figure>{hit_rate_svg(card.groups)}<figcaption>Hit rate per {escape(card.by)} (claims counted in "
        "brackets; pale bars: too few to grade).</figcaption></figure></div>",
        "<h2>Claims 预测</h2>",
        "\n".join(sections),
        '<p class="meta">Hit: stated probability above 0.5 and true, or below 0.5 and false; partly counts half. '
        "Brier score: mean (p − o)², Brier (1950); skill against the base rate of the same claims. Made with claims.</p>",
        "</body>",
        "</html>",
    ]) + "\n"
