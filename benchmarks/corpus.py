"""A deterministic, seeded generator of Chinese news-like articles for the benchmarks.

Run: ``python benchmarks/corpus.py OUT_DIR --articles 10000 [--seed 7]`` writes
``OUT_DIR/corpus-0000.jsonl`` … in shards of :data:`SHARD` articles (about
3 MB each, under ``claims ingest``'s 5 MB default size limit), one article per
line with ``text``, ``published``, ``outlet``, ``url`` and ``title`` — the
JSONL that ``claims ingest`` reads.

How an article is made
----------------------
* A wire header or dateline in one of four house styles (新华社…电, 中新网…电,
  (吉隆坡9日讯), 越通社…), a publication date between 2015 and 2025.
* 4–9 paragraphs of 1–4 sentences. A sentence is drawn from templates with
  slots (speaker with title and organisation, topic, figure, time expression,
  hedge): forecasts, plans and promises at :data:`RATES`; past events and
  assessments otherwise. One paragraph in four is a paragraph of the fixture
  articles (``fixtures/gold/*.jsonl``, our own writing), so real sentence
  shapes — quotes, pronoun carry-over, enumerations — appear at their own rate.
* One article in five ends with teaser chrome (相关新闻, 责任编辑, 阅读全文 …).

Rates are a judgement from the fixture articles, where about one sentence in
four is forward-looking; they are not measured from a news archive. The same
seed and size always give byte-identical files.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections.abc import Iterator
from datetime import date, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
#: Articles per JSONL shard.
SHARD = 1000
#: Share of template sentences of each kind (the rest are past events and assessments).
RATES = {"forecast": 0.14, "plan": 0.08, "promise": 0.03}
#: Share of paragraphs taken from the fixture articles, and of articles with teaser chrome.
FIXTURE_PARAGRAPHS = 0.25
CHROME = 0.2

SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史黎贺顾毛郝龚邵万钱覃武戴孔汤庞樊兰殷施陶洪翟安颜倪严牛温芦季俞章鲁葛伍申尤毕聂柴焦向柳邢岳齐沿梅莫庄辛管祝左涂谷祁时舒耿牟卜路詹关苗凌费纪靳盛童欧甄项曲成游阳裴席卫查屈鲍位覃霍翁隋植甘景薄单包司柏宁柯阮桂闵欧阳"
GIVEN = "伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超秀兰霞平刚桂英华建国志红玉兰文辉力鹏宇浩然思远嘉禾立群蔚然慧君一鸣晓东振华海燕春梅德明学军永红国强建华丽华金凤小平子涵"
ORGS = [
    ("国家统计局", "新闻发言人"), ("商务部", "副部长"), ("交通运输部", "司长"), ("中国人民银行", "货币政策司司长"),
    ("国家能源局", "局长"), ("中国社会科学院", "研究员"), ("清华大学", "经济学教授"), ("复旦大学", "国际关系学院教授"),
    ("马来亚大学", "政治学讲师"), ("新加坡国立大学", "经济学家"), ("越南工贸部", "副部长"), ("中国汽车工业协会", "副秘书长"),
    ("国际货币基金组织", "亚太部主任"), ("某证券公司", "首席经济学家"), ("国家气候中心", "首席预报员"), ("中国民航局", "副局长"),
]
#: Topics are a place and a subject (about 13,000 pairs), so that, as in real news, the key words of one
#: forecast appear in a few dozen articles of a large corpus, not in all of them.
PLACES = ("北京 上海 广州 深圳 武汉 成都 重庆 西安 杭州 南京 天津 苏州 郑州 长沙 青岛 沈阳 大连 厦门 福州 济南 合肥 昆明 南宁 "
          "贵阳 兰州 太原 石家庄 哈尔滨 长春 呼和浩特 乌鲁木齐 拉萨 西宁 银川 海口 三亚 珠海 汕头 佛山 东莞 惠州 中山 江门 "
          "湛江 茂名 肇庆 清远 韶关 梅州 潮州 揭阳 汕尾 河源 阳江 云浮 温州 宁波 绍兴 嘉兴 湖州 金华 台州 丽水 衢州 舟山 "
          "无锡 常州 南通 扬州 镇江 泰州 盐城 淮安 宿迁 连云港 徐州 芜湖 蚌埠 安庆 黄山 滁州 阜阳 宿州 六安 亳州 池州 宣城 "
          "吉隆坡 槟城 新山 怡保 古晋 亚庇 马六甲 关丹 新加坡 河内 胡志明市 岘港 海防 芹苴 顺化 万象 金边 曼谷 清迈 仰光 "
          "雅加达 泗水 万隆 马尼拉 宿务 达沃 香港 澳门 台北 高雄 台中 台南 新竹 桃园 基隆 嘉义 花莲 台东 屏东 宜兰").split()
SUBJECTS = [
    ("地铁新线", "全线通车", "开通试运营"), ("跨海大桥", "建成通车", "完成合龙"), ("新机场", "投入运营", "完成试飞"),
    ("港口扩建工程", "竣工", "吞吐量翻番"), ("高铁站", "启用", "完成改造"), ("污水处理厂", "投产", "完成扩容"),
    ("数据中心", "上线", "满负荷运行"), ("半导体工厂", "量产", "产能扩大一倍"), ("电动车工厂", "投产", "年产十万辆"),
    ("旅游人数", "恢复到疫情前水平", "增长两成"), ("房价", "企稳回升", "继续下跌"), ("最低工资", "上调一成", "维持不变"),
    ("地方财政收入", "恢复增长", "下降5%"), ("出口额", "突破千亿元", "增长5%"), ("失业率", "降至4%以下", "回升"),
    ("市长选举", "举行", "延期"), ("议会选举投票率", "超过七成", "低于上届"), ("公交票价", "上涨", "保持不变"),
    ("自贸区", "挂牌", "扩区"), ("海水淡化厂", "建成", "供水"), ("体育馆", "落成", "承办国际赛事"),
    ("人口", "突破千万", "负增长"), ("空气质量优良天数", "超过三百天", "继续增加"), ("博览会", "如期开幕", "停办"),
    ("轻轨二期", "动工", "通车"), ("医院新院区", "开诊", "启用"), ("隧道工程", "贯通", "完工"),
    ("光伏电站", "并网发电", "扩建"), ("风电项目", "全容量并网", "开工"), ("物流园", "开园", "投用"),
    ("大学新校区", "启用", "招生"), ("保障房项目", "交付", "开工"), ("旧城改造", "完成", "启动"),
    ("马拉松赛", "如期举行", "取消"), ("国际航线", "复航", "加密"), ("跨境铁路", "开通客运服务", "全线通车"),
    ("粮食产量", "再创新高", "小幅下降"), ("汛期降雨", "明显偏多", "较常年偏少"), ("水库蓄水", "达到设计水位", "不足"),
]
CAPITAL_TOPICS = [("全年经济增速", "保持在5%左右", "回落至4.5%"), ("通胀率", "降至2%以下", "维持在3%左右"),
                  ("央行", "下调存款准备金率", "维持利率不变"), ("新能源汽车销量", "突破1000万辆", "同比增长三成")]


def _topic(r: random.Random) -> tuple[str, str, str]:
    """(topic, one outcome, another): mostly a place's own subject, sometimes a national figure."""
    if r.random() < 0.1:
        return r.choice(CAPITAL_TOPICS)
    subject, a, b = r.choice(SUBJECTS)
    return r.choice(PLACES) + subject, a, b


FUTURE = ["明年", "今年年底前", "下个月", "未来三年内", "2026年前", "年内", "下半年", "第四季度", "三月底前", "本月中旬",
          "后年", "明年上半年", "年底", "十月份", "下周"]
PAST = ["去年", "上个月", "今年一季度", "前年", "上周", "本月初", "2018年", "三年前"]
HEDGES = ["将", "会", "可能", "很可能", "有望", "或将", "预计将", "不太可能", "料将", "必将", "可能会", "大概率会"]
VERBS = ["表示", "指出", "认为", "说", "预计", "坦言", "透露", "强调", "称"]
CITIES = ["北京", "上海", "广州", "深圳", "武汉", "成都", "昆明", "南宁", "西安", "杭州"]
STYLES = ["xinhua", "chinanews", "malaysia", "vna"]
CHROME_LINES = ["相关新闻", "责任编辑：{n}", "阅读全文", "点击进入专题", "热门推荐", "分享到：微信 微博",
                "【编辑：{n}】", "扫码关注我们", "上一篇：{t}{f}", "下一篇：{t}{h}"]


def _name(r: random.Random) -> str:
    given = "".join(r.choice(GIVEN) for _ in range(r.choice((1, 2, 2))))
    return r.choice(SURNAMES) + given


def _speaker(r: random.Random) -> str:
    org, title = r.choice(ORGS)
    return f"{org}{title}{_name(r)}"


def _sentence(r: random.Random) -> str:
    topic, a, b = _topic(r)
    outcome = r.choice((a, b))
    roll = r.random()
    if roll < RATES["forecast"]:
        pattern = r.randrange(4)
        if pattern == 0:
            return f"{_speaker(r)}{r.choice(VERBS)}，{topic}{r.choice(FUTURE)}{r.choice(HEDGES)}{outcome}。"
        if pattern == 1:
            return f"“{topic}{r.choice(FUTURE)}{r.choice(HEDGES)}{outcome}。”{_speaker(r)}说。"
        if pattern == 2:
            return f"据{r.choice(('知情人士', '业内人士', '分析人士'))}透露，{topic}{r.choice(HEDGES)}在{r.choice(FUTURE)}{outcome}。"
        return f"他{r.choice(VERBS)}，{r.choice(FUTURE)}{topic}{r.choice(HEDGES)}{outcome}，但仍需观察外部环境变化。"
    roll -= RATES["forecast"]
    if roll < RATES["plan"]:
        org, _ = r.choice(ORGS)
        return f"按计划，{org}将于{r.choice(FUTURE)}启动{topic}相关的第{r.randint(2, 9)}期工程。"
    roll -= RATES["plan"]
    if roll < RATES["promise"]:
        when = r.choice(FUTURE)
        return f"{_speaker(r)}承诺，{when}{'' if when.endswith('前') else '前'}{r.choice(('一定', '确保', '全力'))}让{topic}{outcome}。"
    pattern = r.randrange(5)
    if pattern == 0:
        return f"{r.choice(PAST)}，{topic}{r.choice(('已经', '曾经', '一度'))}{outcome}，当时引发广泛关注。"
    if pattern == 1:
        return f"数据显示，{r.choice(PAST)}{topic}同比{r.choice(('增长', '下降'))}{r.randint(1, 40)}.{r.randint(0, 9)}%。"
    if pattern == 2:
        return f"{_speaker(r)}{r.choice(('说', '表示'))}，{topic}的变化反映出市场信心正在修复。"
    if pattern == 3:
        return f"记者在{r.choice(CITIES)}走访时看到，不少企业{r.choice(('正加紧招工', '已恢复满负荷生产', '订单明显增加'))}。"
    return f"{r.choice(CITIES)}市民{_name(r)}告诉记者，{r.choice(('物价总体平稳', '出行比以前方便多了', '工作机会有所增加'))}。"


def _header(r: random.Random, style: str, day: date) -> tuple[str, str]:
    reporter = _name(r)
    city = r.choice(CITIES)
    if style == "xinhua":
        return "新华社", f"新华社{city}{day.month}月{day.day}日电（记者 {reporter}）"
    if style == "chinanews":
        return "中国新闻网", f"中新网{city}{day.month}月{day.day}日电（记者 {reporter}）"
    if style == "malaysia":
        return "星洲日报", f"（{r.choice(('吉隆坡', '新山', '槟城', '古晋'))}{day.day}日讯）"
    return "越通社", f"越通社河内{day.month}月{day.day}日电"


def fixture_paragraphs() -> list[str]:
    """Chinese paragraphs of the fixture gold articles (our own writing), datelines removed."""
    paragraphs: list[str] = []
    for path in sorted((ROOT / "fixtures" / "gold").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            if record.get("lang") != "zh":
                continue
            for paragraph in record["text"].split("\n"):
                paragraph = paragraph.strip()
                if len(paragraph) >= 20 and not re.search(r"[电讯][）)]", paragraph):
                    paragraphs.append(paragraph)
    return paragraphs


def articles(count: int, seed: int = 7) -> Iterator[dict[str, str]]:
    """``count`` article records, the same for the same seed."""
    r = random.Random(seed)
    pool = fixture_paragraphs()
    first = date(2015, 1, 1)
    for serial in range(count):
        day = first + timedelta(days=r.randrange(3650))
        style = r.choice(STYLES)
        outlet, header = _header(r, style, day)
        paragraphs = []
        for index in range(r.randint(4, 9)):
            if pool and r.random() < FIXTURE_PARAGRAPHS:
                paragraphs.append(r.choice(pool))
                continue
            body = "".join(_sentence(r) for _ in range(r.randint(1, 4)))
            paragraphs.append(header + body if index == 0 else body)
        if not paragraphs[0].startswith(header):
            paragraphs.insert(0, header + _sentence(r))
        if r.random() < CHROME:
            topic, a, b = _topic(r)
            paragraphs.extend(line.format(n=_name(r), t=topic, f=a, h=b)
                              for line in r.sample(CHROME_LINES, r.randint(2, 5)))
        topic, a, _ = _topic(r)
        yield {
            "title": f"{topic}{a}？专家解读（{serial}）",
            "published": day.isoformat(),
            "outlet": outlet,
            "url": f"https://bench.example/{style}/{serial}",
            "text": "\n\n".join(paragraphs),
        }


def write(out: Path, count: int, seed: int = 7) -> list[Path]:
    """Write ``count`` articles as JSONL shards in ``out``; returns the shard paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths: list[Path] = []
    handle = None
    for serial, record in enumerate(articles(count, seed)):
        if serial % SHARD == 0:
            if handle:
                handle.close()
            paths.append(out / f"corpus-{serial // SHARD:04d}.jsonl")
            handle = paths[-1].open("w", encoding="utf-8")
        assert handle is not None
        handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    if handle:
        handle.close()
    return paths


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    paths = write(args.out, args.articles, args.seed)
    print(f"{args.articles} articles in {len(paths)} shards under {args.out}")


if __name__ == "__main__":
    main()
