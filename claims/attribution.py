"""Attribution: who made a statement — speaker name, title and kind.

Pure functions over raw sentence text (not jieba tokens: jieba fuses names
with verbs, 比根说 → one token, and splits others, 许利/平坦/言). The shapes
covered, each with a test:

- ``<title/affiliation><name><adverbial><reporting verb>``:
  …研究室主任许利平接受越通社记者采访时认为… → 许利平, title …主任;
- ``<name>对<listener>说`` → the first name, not the listener;
- quote first, attribution after: “……。”财政部长李明在会上说。;
- organisations through statements: 美国国务院当天发布声明指… → 美国国务院;
- an organisation's unnamed official: 中国商飞有关负责人表示 → 中国商飞 (organisation);
- anonymous sources: 知情人士透露, 据路透社援引知情人士的话说 → kind ``anonymous``;
- pronouns and role nouns (他说, 这位官员表示, he said) → the last named
  speaker, resolved by the caller (:func:`claims.extract.extract`);
- English: "X said", "said X", "according to X", "a Boeing spokesman said".

Nobody named (据了解, 据报道, 按计划, a schedule stated by the reporter) → None.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from claims.hedges import find_hedges_zh
from claims.speakers import EN_LEGAL_FORM, EN_LEGAL_FORMS, to_simplified

#: Reporting verbs (Simplified and Traditional), longest first when matched.
REPORTING_VERBS = (
    "在接受采访时表示", "接受采访时表示", "表示", "说道", "贴文说", "发文说", "写道", "指出", "认为",
    "预计", "预测", "预料", "估计", "强调", "透露", "坦言", "直言", "宣布", "宣称", "声称", "承诺",
    "保证", "誓言", "相信", "警告", "补充说", "补充", "回应", "提到", "告诉", "披露", "证实", "重申",
    "坦承", "判断", "介绍", "分析", "提出", "称", "说", "表示", "指", "說道", "說", "稱", "指出", "認為", "預計",
    "批评", "批評", "抨击", "抨擊", "质疑", "質疑", "反驳", "反駁", "呼吁", "呼籲",
    "預測", "預料", "估計", "強調", "透露", "坦言", "宣佈", "宣布", "聲稱", "承諾", "保證", "警告",
    "補充", "回應", "提到", "告訴", "披露", "證實", "重申", "介紹", "预报", "預報", "显示", "顯示", "明确", "明確",
    "预期", "預期", "提醒", "汇报", "彙報", "匯報", "说明", "說明", "预估", "預估", "测算", "測算", "估算", "解释", "解釋",
    "觉得", "覺得", "料", "承认", "承認", "转达", "轉達", "表明", "表态", "表態", "形容", "担心", "擔心", "担忧", "擔憂",
    "通知", "通报", "通報", "公布", "公佈",
    # (业内人士不排除未来几年会…: who does not rule it out states its chance, as 预计 does)
    "不排除",
    # Cantonese 話 "says" (陳大文話，聯儲局今年減息大機會), before a comma only
    "話", "评估", "評估",
    # a verb of analysis or reply before 称/说 is one reporting verb (有法律专家分析称, 外交部回应称)
    "分析称", "分析稱", "分析说", "分析說", "解释称", "解釋稱", "解释说", "解釋說", "回应称", "回應稱", "回应说", "回應說",
    "透露称", "透露稱", "表态称", "表態稱", "补充称", "補充稱", "评论称", "評論稱", "预测称", "預測稱", "指出称",
    # a sigh or lament before a quotation (東主陳先生大嘆：「…」; only before a colon or comma, see _COMMA_ONLY_VERBS)
    "大嘆", "大叹", "慨嘆", "慨叹", "感嘆", "感叹",
    # (謝展寰列出兩項措施：一是…: who lists the measures states them; only before a counted list, see _LIST_ONLY_VERBS)
    "列出", "列举", "列舉", "列明",
)
#: Verbs that report only before a comma or colon (专家分析，… / 胡浩解释，…); 分析数据, 解释原因 report nothing.
_COMMA_ONLY_VERBS = frozenset({"分析", "解释", "解釋", "补充", "補充", "形容", "通知", "通报", "通報", "公布", "公佈", "話",
                               "评估", "評估", "大嘆", "大叹", "慨嘆", "慨叹", "感嘆", "感叹"})  # (一名海巡官員私下評估，…; 评估风险 reports nothing)  # (帮助银行补充资本: "replenish";
# 重庆市经信委此前通知，…: a notice's content; 接到通知 reports nothing)
#: Verbs that report only before a counted list and its colon (列出兩項措施：…); 报告列出了风险 reports nothing.
_LIST_ONLY_VERBS = frozenset({"列出", "列举", "列舉", "列明"})
_COUNTED_LIST_RE = re.compile(r"了?(?:以下|如下|下列|[几幾两兩二三四五六七八九十\d]{1,2}\s*(?:项|項|大|点|點|个|個|条|條))[^，,。；;：:]{0,10}[：:]")
#: Verbs that report only after a titled person or an organisation (发言人莊人祥說明); 这说明, 数据说明 report nothing.
_TITLED_ONLY_VERBS = frozenset({"说明", "說明"})
#: Verbs that report only what a document says (材料显示); after anything else they are not attributions.
DOCUMENT_VERBS = frozenset({"显示", "顯示", "明确", "明確"})
#: A document named where the speaker stands (通报说, 该文告指出, 在发布的声明中说): its issuer speaks.
DOCUMENT_RE = re.compile(
    r"(?:发布|發布|发表|發表|提供|发出|發出|公布|公佈|印发|印發|发|發)?(?:的)?(?:书面|書面|新闻|新聞|紧急|緊急|最新|联合|聯合|正式)?"
    r"(?:声明|聲明|公报|公報|报告|報告|文告|通报|通報|新闻稿|新聞稿|通稿|材料|公告|通告|通知|文件|告示|声明稿|聲明稿|(?<=[布佈出])消息|"
    r"招股书|招股書|招股说明书|招股說明書|财报|財報|年报|年報|季报|季報|研报|研報|研究报告|研究報告|批复|批覆|"
    r"实施方案|實施方案|工作方案|行动方案|行動方案|实施细则|實施細則|方案|规划|規劃|纲要|綱要|行动计划|行動計劃|指导意见|指導意見|实施意见|實施意見|若干意见|若干意見|意见|意見|白皮书|白皮書|决定|決定|决议|決議|"
    r"战略|戰略|蓝图|藍圖|路线图|路線圖|"
    # (a written reply to a paper: 信达生物在给第一财经的书面回复中称)
    r"回复|回覆|答复|答覆|回函|覆函|"
    # (a meeting speaks for whoever held it: 会议提出，教育部将…; 常务会议指出)
    r"会议|會議|《[^《》]{1,24}》)"
    r"(?:中|时|時|里|裡|内|內)?$"
)
#: Determiners before a document noun that refers back to the last organisation (该通报, 这份声明).
_DOCUMENT_DEIXIS_RE = re.compile(r"^(?:该|該|这份|這份|此份|此|这|這|上述|有关|有關|相关|相關)?$")
#: Verbs of estimation, and the things that are their subject when they mean "is expected to".
_ESTIMATIVE_VERBS = frozenset({"料", "预计", "預計", "预测", "預測", "预料", "預料", "估计", "估計", "预期", "預期", "预估", "預估"})
_THING_BEFORE_RE = re.compile(r"(?:工厂|工廠|项目|項目|工程|大厦|大廈|线路|線路|路段|产品|產品|系统|系統|航班|列车|列車|大桥|大橋|"
                              r"房价|房價|价格|價格|销量|銷量|出口|进口|進口|增速|人数|人數|数量|數量|规模|規模|产量|產量|收入|"
                              r"营收|營收|利润|利潤|客流|车站|車站|单位|單位|房屋|住宅|楼宇|樓宇|公屋|新股|航线|航線|机组|機組|"
                              r"雨量|气温|氣溫|降雨|新制|新规|新規|制度|措施|政策|法案|条例|條例|金价|金價|油价|油價|股价|股價|"
                              r"汇率|匯率|利率|通胀|通脹|物价|物價|需求|供应|供應|产能|產能|交付量|购金量|購金量|用电量|用電量|"
                              r"票价|票價|水价|水價|电价|電價|工资|工資|薪资|薪資|经济|經濟|增长|增長|"
                              # things made or built (A16製程則預計…量產, 日本熊本廠預計…, 第二批卫星预计于10月发射)
                              r"制程|製程|厂|廠|园区|園區|卫星|衛星|火箭|飞船|飛船|芯片|晶片|机型|機型|车型|車型|手机|手機|"
                              r"版本|电站|電站|机场|機場|铁路|鐵路|地铁|地鐵|港口|码头|碼頭|设施|設施|场馆|場館|大楼|大樓|"
                              # reports and events (勘测报告预计…出炉, 本届年货节预计将有…参与)
                              r"(?<!发表|發表|发布|發布|公布|公佈|出具|提交)(?<!的)(?:报告|報告)|结果|結果|数据|數據|"
                              r"[^\s，,的]{1,6}(?:节|節|展|博会|博會|周|週|率|名单|名單|线|線)|"
                              r"[^\s，,的]{1,6}量|"
                              # sums and shares (项目投资额预计达到500亿元, 全年产值预计…, 赤字预计…)
                              r"[^\s，,的]{0,6}(?:额|額|额度|額度|产值|產值|总值|總值|市值|成本|开支|開支|支出|预算|預算|赤字|税收|稅收|"
                              r"占比|佔比|比重|份额|份額)|"
                              # people described by what they are (40岁至59岁的居民预计在两年内登记: "are expected to")
                              r"的(?:居民|民众|民眾|市民|学生|學生|旅客|乘客|游客|遊客|用户|用戶|患者|病人|考生|毕业生|畢業生|"
                              r"儿童|兒童|长者|長者|车主|車主))$")
#: A legislature as a sentence's subject (its sittings are the reporter's calendar, DESIGN.md).
_LEGISLATURE_RE = re.compile(r"(?:国会|國會|议会|議會|立法会|立法會|人大|参议院|參議院|众议院|眾議院|上议院|上議院|下议院|下議院)$")
#: 说明年/說明天 is 说 + 明年 ("says next year"), not 说明 ("explains").
_NEXT_TIME_AFTER_SHUO = "(?![年天日早晚后後春夏秋冬])"
_VERB_RE = re.compile("|".join(v + _NEXT_TIME_AFTER_SHUO if v in ("说明", "說明")
                               else r"(?<=中)料" if v == "料"  # 马银行投行在报告中料…: "expects", in a report
                               else v for v in sorted(set(REPORTING_VERBS), key=len, reverse=True)))

# A verb hit inside these words is not a reporting verb.
_NOT_VERB = (
    "据说", "據說", "来说", "來說", "小说", "小說", "说服", "說服", "称赞", "稱讚", "称为", "稱為",
    "简称", "簡稱", "下称", "下稱", "又称", "又稱", "统称", "統稱", "名称", "名稱", "职称", "對稱", "对称", "说明书", "指导", "指導", "指挥", "指揮",
    "指数", "指數", "指标", "指標", "指定", "指责", "指責", "指控", "指示", "手指", "指引", "相称",
    "声称", "聲稱", "宣称", "宣稱", "不说", "不說", "怎么说", "怎麼說", "比如说", "比如說", "就是说",
    "也就是说", "所谓", "預計劃", "演说", "演說", "游说", "遊說", "劝说", "勸說", "传说", "傳說", "听说",
    "聽說", "学说", "學說", "解说", "解說", "再说", "再說", "说明", "說明", "预报员", "預報員", "天气预报", "天氣預報", "预报中心",
    "預報中心", "预报台", "預報台",
    # a comparison with expectations (衝擊可能比預期大, 好于预期) is no one expecting
    "比预期", "比預期", "超预期", "超預期", "于预期", "於預期", "如预期", "如預期", "及预期", "及預期", "比预计", "比預計",
    # discourse markers: 坦率地说, 老实说, 说实话, 可以说 … are the speaker's own frame, not an attribution
    "地说", "地說", "老实说", "老實說", "坦白说", "坦白說", "说实话", "說實話", "实话说", "實話說", "可以说", "可以說",
    "应该说", "應該說", "句话说", "句話說",
    # 预期 as a noun: 超出预期, 好于预期, 预期目标 …
    "超出预期", "超出預期", "超预期", "超預期", "好于预期", "好於預期", "低于预期", "低於預期", "高于预期", "高於預期",
    "不及预期", "不及預期", "符合预期", "符合預期", "超过预期", "超過預期", "预期目标", "預期目標", "预期的", "預期的",
    "市场预期", "市場預期",
    # 估计 as a noun: 外界对成果有不同估计, 据初步估计 (an estimate, not someone estimating)
    "不同估计", "不同估計", "各种估计", "各種估計", "初步估计", "初步估計",
    # 警告 as a noun: 黑色暴雨警告信號生效, 警告機制
    "警告信号", "警告信號", "警告机制", "警告機制", "警告级别", "警告級別", "警告系统", "警告系統",
    # expectations as a state (社会预期偏弱, 稳预期): no one expects anything
    "社会预期", "社會預期", "预期偏弱", "預期偏弱", "预期转弱", "預期轉弱", "稳预期", "穩預期", "预期管理", "預期管理",
    # 話 in nouns and other verbs (講話, 對話, 電話, 說話): no Cantonese "says"
    "講話", "讲话", "對話", "对话", "電話", "电话", "說話", "说话", "談話", "谈话", "會話", "会话", "笑話", "笑话", "童話",
    "神話", "廢話", "白話", "通話", "通话", "喊話", "喊话", "話題", "話語",
    # 很难说/难说: "hard to say", no forecast
    "很难说", "很難說", "难说", "難說",
)

#: A public body, then when it said so (央行此前已明确, 国务院日前明确): before 明确 it states, as a document would.
_BODY_STATES_RE = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:央行|政府|部|局|委|署|院|办|辦|银行|銀行|委员会|委員會))"
                             r"(?:此前|日前|近日|早前|今天|昨天|今日|昨日|已经|已經|已|也|亦|还|還|再次|进一步|進一步)*"
                             r"|央行(?:此前|日前|近日|早前|已经|已經|已|也|亦|再次)*")
def _is_titled_person(segment: str) -> bool:
    """Whether the words before a verb name a person with a title (国家卫生健康委副主任曾益新在发布会上)."""
    who = classify_segment(segment)
    return isinstance(who, Speaker) and who.kind == "person" and bool(who.title)


#: Malaysian honorifics (Datuk Seri, Tan Sri, Datuk, Tun, Datin), longest first: the transliterated name after
#: one is read whole (拿督斯里慕斯达化, not 慕斯 + 达化).
MALAY_HONORIFICS = ("拿督斯里", "丹斯里", "拿汀斯里", "拿督阿玛", "拿督阿瑪", "拿督巴丁宜", "拿督", "拿汀", "敦")
#: Single characters that end a name before what follows it (楼阳生在…, 王毅也…, 李强并…).
_FUNCTION_CHARS = frozenset("在于於也亦则則还還将將已曾并並")  # (not 再: 莫哈末再努丁 is one name)
#: Titles and role words that end the title part before a person's name.
TITLE_WORDS = (
    "总统", "總統", "副总统", "总理", "總理", "首相", "主席", "主任", "部长", "部長", "外长", "外長",
    "国务卿", "國務卿", "特使", "大使", "发言人", "發言人", "教授", "副教授", "研究员", "研究員", "研究人员", "研究人員", "财长", "財長", "防长", "防長",
    "院长", "院長", "所长", "所長", "局长", "局長", "秘书长", "秘書長", "书记", "書記", "总裁", "總裁",
    "董事长", "董事長", "首席执行官", "首席執行官", "首席执行员", "首席執行員", "协调员", "協調員", "执行长", "執行長", "行政总裁", "行政總裁",
    "经理", "經理", "分析师", "分析師", "经济师", "經濟師", "经济学家", "經濟學家", "学者", "學者", "专家", "專家",
    "议员", "議員", "议长", "議長", "省长", "省長", "市长", "市長", "州长", "州長", "总督", "總督",
    "主委", "署长", "署長", "司长", "司長", "处长", "處長", "厅长", "廳長", "委员", "委員", "代表",
    "领导人", "領導人", "总书记", "總書記", "国家主席", "行政长官", "行政長官", "特首", "首长",
    "首長", "参谋长", "參謀長", "司令", "总监", "總監", "创办人", "創辦人", "创始人", "創始人",
    "负责人", "負責人", "官员", "官員", "记者", "記者", "主编", "主編", "会长", "會長", "理事长",
    "理事長", "董事", "合伙人", "合夥人", "策略师", "策略師", "研究主管", "首席经济学家", "CEO",
    "财务长", "財務長", "营运长", "營運長", "技术长", "技術長", "资讯长", "資訊長", "策略长", "策略長",
    "部长助理", "次长", "次長", "局長", "大臣", "总干事", "總幹事", "总长", "總長", "主播", "校长",
    "校長", "院士", "博士", "先生", "女士", "将军", "將軍", "上将", "上將", "候选人", "候選人",
    "行长", "行長", "副行长", "副行長", "丹斯里", "拿督斯里", "拿督", "团长", "團長", "队长", "隊長", "领队", "領隊", "总教练", "總教練", "教练", "老将", "老將", "名将", "名將", "小将", "小將", "主将", "主將", "选手", "選手", "球员", "球員", "运动员", "運動員", "国手", "國手", "好手", "新秀", "奥运冠军", "奧運冠軍", "世界冠军", "世界冠軍",
    "教練", "评论员", "評論員", "分析员", "分析員", "观察家", "觀察家", "评论家", "評論家", "时评人", "時評人",
    "律师", "律師", "作家", "主笔", "主筆", "顾问", "顧問", "专员", "專員", "秘书", "秘書",
    "高级研究员", "研究所长", "副主任", "副院长", "副部长", "副总裁", "副总理", "副主席", "首席",
    "首席财务官", "首席財務官", "财务官", "財務官", "总指挥", "總指揮", "副总指挥", "副總指揮", "总设计师", "總設計師", "首席运营官", "首席營運官", "首席技术官", "首席技術官",
    # people in the street and at work, quoted by role and name (广州市民李明, 马来亚大学讲师黄慧君)
    "讲师", "講師", "教师", "教師", "老师", "老師", "市民", "居民", "村民", "选民", "選民", "游客", "遊客",
    "店主", "摊主", "攤主", "司机", "司機", "农民", "農民", "渔民", "漁民", "工人", "员工", "員工", "学生", "學生",
    "家长", "家長", "老板", "老闆", "医生", "醫生", "护士", "護士", "业者", "業者", "厂长", "廠長", "村长", "村長",
    "镇长", "鎮長", "县长", "縣長", "法官", "检察官", "檢察官", "船长", "船長", "机长", "機長",
    "组长", "組長", "科长", "科長", "站长", "站長", "社长", "社長", "馆长", "館長", "台长", "台長", "舰长", "艦長",
    "主管", "高管", "总经理", "總經理", "工程师", "工程師", "高级工程师", "高級工程師", "预报员", "預報員", "观察员", "觀察員", "发言员", "调查员", "調查員", "督察", "稽查员",
    # critics and people of the arts and of start-ups (影评人李然, 出品人, 联合创始人)
    "影评人", "影評人", "乐评人", "樂評人", "书评人", "書評人", "评论人", "評論人", "制片人", "製片人", "出品人", "监制", "監製",
    "导演", "導演", "编剧", "編劇", "演员", "演員", "歌手", "经纪人", "經紀人", "策展人", "发起人", "發起人", "投资人", "投資人",
    "总编辑", "總編輯", "联合创始人", "聯合創始人",
    # 閣揆 (Taiwan's premier) and its surname form 卓揆 (卓榮泰)
    "董事会秘书", "董事會秘書", "董秘", "閣揆", "阁揆", "揆", "主计长", "主計長", "审计长", "審計長", "会计长", "會計長", "警务处长", "警務處長", "关长", "關長",
    # party and legislature posts (国民黨團總召傅崐萁, 反对党领袖哈姆扎, 立委, 党鞭)
    "总召", "總召", "召集人", "领袖", "領袖", "立委", "党鞭", "黨鞭", "党魁", "黨魁", "幹事長", "干事长",
    # a US state's secretary of state and a county sheriff (宾夕法尼亚州州务卿阿尔·施密特, 洛杉矶县警长罗伯特·卢纳);
    # Malaysian honorifics of Sarawak and Sabah (拿督阿玛道格拉斯翁嘉, 拿督巴丁宜)
    "州务卿", "州務卿", "警长", "警長", "拿督阿玛", "拿督阿瑪", "拿督巴丁宜", "拿汀斯里", "拿汀",
    # military ranks, before or after the name (海军少将张军社, 空军装备部牛文博上校)
    "助理", "特别助理", "特別助理", "大校", "上校", "中校", "少校", "中将", "中將", "少将", "少將", "准将", "准將", "大尉", "上尉", "中尉", "少尉",
)
#: Titles written after a person's name (牛文博上校, 张维为教授): the name is the two or three characters before.
_TRAILING_TITLE_RE = re.compile(r"(.+?)(副教授|教授|博士|大校|上校|中校|少校|上将|上將|中将|中將|少将|少將|准将|准將|大尉|上尉|中尉|少尉)")
# 委员 before 会 is part of 委员会 (a committee), not a member's title
# (代表团, 代表處 are a delegation and an office, not a representative)
_TITLE_RE = re.compile("|".join(w + "(?![会會])" if w in ("委员", "委員") else w + "(?![团團处處])" if w == "代表" else w
                                for w in sorted(set(TITLE_WORDS), key=len, reverse=True)))

#: Suffixes that make a name an organisation.
ORG_SUFFIXES = (
    "国务院", "國務院", "外交部", "国防部", "國防部", "商务部", "商務部", "财政部", "財政部", "部", "所", "厅", "廳", "超市", "合作社", "公会", "公會", "商会", "商會", "工会", "工會", "学会", "學會",
    "院", "局", "署", "委员会", "委員會", "委", "办公室", "辦公室", "办", "政府", "公司", "集团",
    "集團", "银行", "銀行", "央行", "组织", "組織", "协会", "協會", "大学", "大學", "研究所",
    "研究中心", "中心", "党", "黨", "军", "軍", "联盟", "聯盟", "基金会", "基金", "交易所", "法院",
    "议会", "議會", "国会", "國會", "白宫", "白宮", "五角大楼", "五角大廈", "克里姆林宫", "商飞",
    "商飛", "通讯社", "通訊社", "社", "台", "报", "報", "联合国", "聯合國", "欧盟", "歐盟", "北约",
    "北約", "统计局", "統計局", "Inc", "Corp", "Ltd", "机构", "機構",
    # company and operator names (華航, 長榮航空, 港鐵, 中国电信)
    "航空", "航運", "航运", "电信", "電信", "铁路", "鐵路", "地铁", "地鐵", "港铁", "港鐵", "華航", "华航", "电力", "電力",
    "能源", "汽车", "汽車", "科技", "控股", "证券", "證券", "保险", "保險", "传媒", "傳媒", "医院", "醫院", "石油", "石化",
    "秘书处", "秘書處", "处", "處", "代表团", "代表團", "度假区", "度假區", "机场", "機場", "乐园", "樂園", "博物馆", "博物館", "管理处", "管理處",
    "分公司", "总公司", "總公司", "联合会", "聯合會", "商会", "商會", "总会", "總會", "理事会", "理事會",
    # more industries that end a company's name (雄獅旅遊, 台積電's peers 聯發科技 …)
    "司", "旅游", "旅遊", "旅行社", "电子", "電子", "半导体", "半導體", "制药", "製藥", "药业", "藥業", "物流", "快递", "快遞", "百货", "百貨",
    # armed forces' units (中國人民解放軍駐香港部隊, 东部战区, 辽宁舰编队)
    "部队", "部隊", "舰队", "艦隊", "战区", "戰區", "军区", "軍區", "编队", "編隊",
)

#: Organisation suffixes of two characters or more: a name after a title that ends in one is no person's
#: (大马油站业者公会), but one ending in a single character may be (董事会秘书秦军).
_LONG_ORG_SUFFIXES = tuple(sfx for sfx in ORG_SUFFIXES if len(sfx) >= 2)
#: Single characters that end a body's name and hardly ever a person's (总理公署, 委員會; 秦军 is a name).
_BODY_CHARS = frozenset("署局部处處院厅廳委会會司办辦")
#: Role nouns for an organisation's unnamed official: 中国商飞有关负责人 → 中国商飞.
ORG_ROLE_RE = re.compile(
    r"(?:的)?(?:一名|一位|(?:有关|相关|相關|有關)(?:部门|部門)?)?(?:高级|高級)?(?:新闻|新聞)?"
    r"(?:负责人|負責人|发言人|發言人|官员|官員|人士|代表|高层|高層)$"
    r"|(?:有关|相关|相關|有關)(?:司局|部门|部門|单位|單位|方面)$"  # 教育部有关司局: the ministry
)

#: Anonymous sources keep their description as the name.
ANONYMOUS_RE = re.compile(
    r"(知情人士|知情官员|知情官員|消息人士|消息來源|消息来源|匿名[^\s，,。]{0,6}?(?:官员|官員|人士|消息人士)|"
    r"(?:一名|一位|多名|多位)?(?:不愿具名|不願具名|不愿透露姓名|不願透露姓名)的?[^\s，,。]{0,8}?(?:官员|官員|人士|学者|學者|专家|專家|"
    r"经济学家|經濟學家|分析师|分析師|高管|人员|人員|外交官|议员|議員)|"
    # 国立教育学院一名不愿具名的讲师: any role after 不愿具名的, ending the words before the verb
    r"(?:一名|一位|多名|多位)(?:不愿具名|不願具名|不愿透露姓名|不願透露姓名)的?[\u4e00-\u9fff]{1,8}$|"
    r"分析人士|业内人士|業內人士|观察人士|觀察人士|接近[^\s，,。]{1,10}?的(?:知情)?人士|有分析(?![员員师師人])|分析认为|分析認為|"
    r"有专家|有專家|外界)"
)

#: Anonymous-source words whose description before them is part of the name (政府消息人士, 知情官员).
_QUALIFIABLE = frozenset({"消息人士", "知情人士", "知情官员", "知情官員", "消息來源", "消息来源",
                          "业内人士", "業內人士", "分析人士", "观察人士", "觀察人士"})  # (有银行业内人士认为)

#: Anonymous-source words that are only a role when a name follows them (分析人士林一鸣).
NAMED_ROLES = frozenset({"分析人士", "业内人士", "業內人士", "观察人士", "觀察人士"})

_ANON_CANONICAL = {"有分析": "分析人士", "分析认为": "分析人士", "分析認為": "分析人士", "有专家": "专家", "有專家": "專家"}

_ANON_PREFIX_RE = re.compile(r"^(?:另一位|另一名|另外一位|另外一名|一位|一名|多名|多位|两名|兩名|几位|幾位|数名|數名)?(?:不愿具名|不願具名|不愿透露姓名|不願透露姓名)?的?")


def anonymous_name(description: str) -> str:
    """The usual form of an anonymous source: 一位不愿具名的知情人士 → 知情人士, 有分析 → 分析人士."""
    if description in _ANON_CANONICAL:
        return _ANON_CANONICAL[description]
    core = _ANON_PREFIX_RE.sub("", description)
    return core if len(core) >= 2 else description


PRONOUNS = ("他们", "他們", "她们", "她們", "他", "她", "该学者", "該學者", "这位学者", "這位學者",
            "该官员", "該官員", "这位官员", "這位官員", "这位负责人", "這位負責人", "该负责人", "該負責人",
            "该人士", "該人士", "这位专家", "這位專家", "该专家", "該專家", "这位发言人", "該發言人",
            "该发言人", "这位分析师", "該分析師", "该分析师", "这名人士", "這名人士", "这位人士", "這位人士", "该名人士", "該名人士",
            "对方", "其", "我们", "我們", "我", "本人", "笔者", "筆者", "它们", "它們", "它")
#: First-person pronouns: in an interview they are the interviewee, resolved by the caller.
FIRST_PERSON = frozenset({"我们", "我們", "我", "本人", "笔者", "筆者"})

# Adverbials between the speaker and the verb: 当地时间周五, 接受…采访时, 对李明, 在会上, 亦, 也 …
_ADVERBIAL_RE = re.compile(
    r"(\d{4}年\d{1,2}月\d{1,2}日|\d{1,2}月\d{1,2}日|当地时间|當地時間|周[一二三四五六日末]|週[一二三四五六日末]|星期|上周|上週|本周|本週|"
    r"今天|昨天|昨日|今日|当天|當天|当日|當日|同日|最新|最近|较后|較後|较早前|較早前|较早时|較早時|稍早前|同天|次日|翌日|前日|前天|当时|當時|普遍|大多|多数|多數|一致|纷纷|紛紛|随即|隨即|稍后|稍後|事后|事後|受访(?!者)|受訪(?!者)|上午|下午|中午|晚上|晚间|晚間|早上|傍晚|日前|近日|此前|早前|稍早|周[一二三四五六日]|\d{1,2}日|"
    r"[一二三四五六七八九十]{1,3}日|对|對|向|在|于|於|接受|透过|透過|通过|通過|通过|亦|也|还|還|"
    r"并|並|则|則|又|再|曾|已|更|同时|同時|随后|隨後|其后|其後|之后|之後|私下|公开|公開|进一步|進一步|早些时候|早些時候|上月|本月|今年|去年|"
    r"会后|會後|会上|會上|席间|席間|今晚|昨晚|今早|今晨|昨晨|当晚|當晚|凌晨|[今昨前当當][午夜晚早晨]|"
    r"(?:登记|登記|抵达|抵達|会见|會見|会谈|會談|讲话|講話|发言|發言|投票|访问|訪問|采访|採訪)(?:后|後|时|時)|赛后|賽後|赛前|賽前|"
    r"(?:受访|受訪|受询|受詢|询及|詢及|被问及|被問及|作|做|出席|参加|參加|视察|視察|考察|接见|接見|致辞|致辭|致詞|致词|答问|答問|回答|谈及|談及|谈到|談到|"
    r"回覆|回复|回應|回应|答覆|答复)"
    r"[^，,]{0,12}?(?:时|時)$|在[^，,在]{2,16}?(?:时|時)$|在[^，,在的]{1,8}?(?:后|後)$|同步(?=[^，,]{0,4}$)|同步|稍晚(?:时候|時候)?|(?<![持延继繼陆陸连連后後接手存])(?:续|續)$|"
    r"持[^，,持]{0,8}?(?:态度|態度|看法|观点|觀點|立场|立場)$)"
)

_DATELINE_PREFIX_RE = re.compile(r"^\s*[（(【〔][^）)】〕]{1,30}(?:讯|訊|电|電|報導|报道|報道|报导)[）)】〕]\s*"
    r"(?:[（(](?:记者|記者)[^）)]{0,24}[）)]\s*)?|"
    # 央视新闻客户端消息（总台记者 马宁 王晓东）: an outlet's "news from", then the byline
    r"^\s*[^，,。\s（(]{2,16}(?:消息|讯|訊)\s*[（(][^）)]{0,6}(?:记者|記者)[^）)]{0,24}[）)]\s*|"
    r"^\s*【[^【】]{1,12}(?:网|網|新闻|新聞|快讯|快訊|专讯|專訊)】\s*"  # 【财新网】, 【明報專訊】: the outlet's tag
    r"(?:[（(](?:记者|記者)[^）)]{0,24}[）)]\s*)?|"  # 【香港文匯報訊】（記者 葉莉）: the byline after the dateline
    r"^[^，,。\s]{1,16}?\d{1,2}月\d{1,2}日\s*(?:讯|訊|电|電)\s*(?:[（(](?:记者|記者)[^）)]{0,24}[）)])?\s*|^[^，,。]{1,16}?(?:\s*(?:——|－－|--)\s*|\s+—\s+)|^[^，,。]{0,12}?社[^，,。]{0,8}?\d{1,2}日(?:讯|訊|电|電)\s*")
_TRAILING_ADVERBS = set("还還也亦并並则則又再曾已更都均只就便仍")  # (李智陞只说: the name, then "only")
#: Words that join a second clause to the first's subject (…欢迎新站通车，并认为…).
_JOINING_WORDS = frozenset({"并", "並", "并且", "並且", "且", "也", "还", "還", "同时", "同時", "亦"})
#: One-character adverbials that are also common surnames (曾, 向, 于): right after a title they begin a name.
_SURNAME_ADVERBS = frozenset("曾向于於再")  # (主席再里尔: 再 begins a transliterated name)
_YUAN_RE = re.compile(r"援引|援引自|引述|引用")


@dataclass(frozen=True)
class Speaker:
    """Who made a statement: name as written, a title kept apart, kind person|organisation|anonymous."""

    name: str
    title: str | None = None
    kind: str = "person"

    def to_json(self) -> dict[str, str | None]:
        return {"name": self.name, "title": self.title, "kind": self.kind}


@dataclass(frozen=True)
class Attribution:
    """The result of attributing one sentence.

    ``speaker`` is the named speaker, or None; ``pronoun`` is set when the
    sentence refers back (他说) and the caller must resolve it; ``verb`` is the
    reporting verb; ``content_start`` is where the reported content begins.
    """

    speaker: Speaker | None
    pronoun: str | None
    verb: str | None
    verb_start: int
    content_start: int


@functools.lru_cache(maxsize=256)
def _not_verb_words(verb: str) -> tuple[str, ...]:
    """The words of :data:`_NOT_VERB` that contain ``verb`` (声称 for 称)."""
    return tuple(bad for bad in _NOT_VERB if verb in bad and bad != verb)


#: Reporting verbs that are also nouns (预报, 通报, 声明) and the heads that make them a modifier in a compound
#: noun (路径预报系统, 预测模型, 通报机制): there they are not reporting verbs.
_NOUN_LIKE_VERBS = ("预报", "預報", "预测", "預測", "预估", "預估", "通报", "通報", "报告", "報告", "公告", "声明", "聲明", "透露")
_COMPOUND_HEAD_RE = re.compile(r"系统|系統|中心|模式|模型|机制|機制|机构|機構|数据|數據|资料|資料|能力|服务|服務|人员|人員|"
                               r"产品|產品|精度|准确|準確|技术|技術|平台|工作|结果|結果|值|图|圖|站|员|員")


def _is_real_verb(sentence: str, start: int, verb: str) -> bool:
    """False when the verb at ``start`` is part of a longer non-reporting word (指数, 声称, 传说) or modifies
    the head of a compound noun (新一代颱風路徑預報系統)."""
    for bad in _not_verb_words(verb):
        at = sentence.find(bad, max(0, start - len(bad) + 1), start + len(bad))
        if at >= 0 and not (bad in ("说明", "說明") and re.match(_NEXT_TIME_AFTER_SHUO, sentence[at + 2 : at + 3]) is None):
            return False
    if verb in _NOUN_LIKE_VERBS and _COMPOUND_HEAD_RE.match(sentence, start + len(verb)):
        return False
    if sentence.startswith(("的", "之"), start + len(verb)):
        return False  # 两党立委提出的公投案, 他所说的方案: a verb in a relative clause modifies a noun; no one speaks
    if re.search(r"(?:作|做)(?:出)?[\u4e00-\u9fff]{0,2}$", sentence[max(0, start - 4) : start]) and verb in ("判断", "判斷", "分析", "介绍", "介紹", "说明", "說明", "承诺", "承諾", "保证", "保證", "预测", "預測", "回应", "回應", "披露", "汇报", "彙報", "匯報"):
        return False  # 作实质判断, 做出承诺: a noun after 作/做, not a report
    return True


#: Words whose last character is also a one-character adverbial (对, 向, 在, 于): 反对党, 面向, 现在, 由于.
_WORDS_ENDING_IN_A_PREPOSITION = frozenset(
    "反对 反對 面对 面對 针对 針對 相对 相對 绝对 絕對 应对 應對 核对 核對 敌对 敵對 现在 現在 存在 正在 所在 实在 實在 "
    "内在 內在 外在 位于 位於 由于 由於 关于 關於 属于 屬於 对于 對於 等于 等於 处于 處於 善于 善於 趋向 趨向 方向 面向 "
    "导向 導向 转向 轉向 走向 流向 倾向 傾向 意向 动向 動向 志向 "
    # words ending in 则 ("then"): 国务院关税税则委员会 is one body
    "税则 稅則 规则 規則 原则 原則 准则 準則 法则 法則 细则 細則 守则 守則 总则 總則".split())


def _strip_adverbials(segment: str) -> str:
    """Cut adverbials between the speaker and the verb (许利平接受越通社记者采访时 → 许利平)."""
    described = re.fullmatch(r"(?:另)?(?:一名|一位|一個|一个|某位|某名)[^，,。]{2,30}的([\u4e00-\u9fff]{2,8})", segment)
    if described and not _ADVERBIAL_RE.search(described.group(1)):
        return segment  # 一名曾在美國大學招生處工作的本地升學顧問: a person described by what they did, not adverbials
    for m in _ADVERBIAL_RE.finditer(segment):
        if m.start() >= 2:
            if segment[m.start() : m.start() + 2] in ("对外", "對外"):
                continue  # part of an organisation's name (上海对外经贸大学…研究员许文涛对记者说)
            if len(m.group(0)) == 1 and segment[m.start() - 1 : m.end()] in _WORDS_ENDING_IN_A_PREPOSITION:
                continue  # 反对党领袖哈姆扎: 对 ends a word here, it is not "to"
            titles = [t for t in _TITLE_RE.finditer(segment, 0, m.start())]
            if len(m.group(0)) == 1 and titles and m.start() == titles[-1].end() + 1:
                continue  # the middle of a name after its title (工程师陈向阳12日…: 向 is not "towards")
            if m.group(0) in _SURNAME_ADVERBS and titles and m.start() == titles[-1].end():
                after = _ADVERBIAL_RE.search(segment, m.end())
                if re.fullmatch(r"[\u4e00-\u9fff]{1,2}", segment[m.end() : after.start() if after else len(segment)]) \
                        and not (m.group(0) == "再" and segment[m.end() : m.end() + 1] in "次度一"):
                    continue  # a surname right after the title (台電董事長曾文生說, 次長曾文生會後宣布: 曾 is not "once")
            if re.fullmatch(r"[周週][一二三四五六日]", m.group(0)) and titles and m.start() == titles[-1].end() \
                    and re.fullmatch(r"[\u4e00-\u9fff]", segment[m.end() : m.end() + 1]) \
                    and (m.end() + 1 == len(segment) or _ADVERBIAL_RE.match(segment, m.end() + 1)):
                continue  # 影评人周一鸣则认为: 周 is the surname, not "Monday"
            later = _ADVERBIAL_RE.search(segment, m.end())
            if m.group(0) in ("再", "又", "亦", "更") and later and m.end() < later.start() <= m.end() + 3:
                continue  # inside a long name, another adverbial soon after (哈姆扎再努丁则在…: 再 is not "again")
            if m.group(0) in ("再", "又", "亦", "更") and later is None and titles \
                    and 1 <= m.start() - titles[-1].end() <= 4 and re.fullmatch(r"[\u4e00-\u9fff]{1,3}", segment[m.end() :]):
                continue  # …the same at the segment's end (领袖哈姆扎再努丁: the name goes on after 再)
            return segment[: m.start()]
    return segment


#: A title taken up again with a demonstrative (这位副部长, 該名議員, 该行长): (the title).
_DEICTIC_ROLE_RE = re.compile(r"(?:这位|這位|这名|這名|该名|該名|此位|那位|该|該)([\u4e00-\u9fff]{1,8})")
#: A role after what it is the role for (三亚亚特兰蒂斯运营方, 该项目开发商), before the organisation's name: the
#: roles of :data:`_COMPANY_ROLE_RE` that run or build a named thing.
_OBJECT_ROLES = ("运营方", "運營方", "营运方", "營運方", "运营商", "運營商", "营运商", "營運商", "开发商", "開發商", "發展商",
                 "发展商", "承建商", "承包商", "出品方", "主办方", "主辦方", "承办方", "承辦方", "投资方", "投資方",
                 "主办单位", "主辦單位", "承办单位", "承辦單位", "运营单位", "運營單位")  # (主辦單位台北市電腦公會)
_OBJECT_ROLE_RE = re.compile(r"[\u4e00-\u9fff]{2,12}?(?:" + "|".join(_OBJECT_ROLES) + ")")
#: A company's role in the story before its name (开发商游戏科学, 运营商中国移动).
_COMPANY_ROLE_RE = re.compile(r"(?:游戏|遊戲|手机|手機|汽车|汽車|芯片|晶片|工程|建筑|建築)?(?:总承包商|總承包商|制造商|製造商|"
                              r"供应商|供應商|发行商|發行商|厂商|廠商|车企|車企|房企|药企|藥企|經銷商|经销商|"
                              r"发行方|發行方|制片方|製片方|片方|" + "|".join(_OBJECT_ROLES) + "|"
                              r"买方|買方|卖方|賣方|智库|智庫|研究机构|研究機構|民间团体|民間團體|非政府组织|非政府組織|公民团体|公民團體|"
                              r"[\u4e00-\u9fff]{2,6}?(?:龙头|龍頭|巨头|巨頭))(?:之一)?")  # (出品方之一北京光线传媒…)  # 生猪养殖龙头牧原…: the industry's leader


def without_role(name: str) -> str:
    """An organisation's name without the role the story gives it before (出品方北京光线传媒 → 北京光线传媒,
    智庫團結香港基金 → 團結香港基金)."""
    role = _COMPANY_ROLE_RE.match(name)
    if role is None:
        # 三亚亚特兰蒂斯运营方复星旅游文化集团: what it operates or develops, then the role, then the name
        role = _OBJECT_ROLE_RE.match(name)
    return name[role.end() :] if role and len(name) - role.end() >= 4 else name




#: A surname and a title, nothing else (翁州务大臣): (surname, title).
_SURNAME_TITLE_RE = re.compile(r"([\u4e00-\u9fff])((?:州务|州務|国务|國務|联邦|聯邦)?(?:" + _TITLE_RE.pattern + r"))")


def _portfolio_or_place(before: str, title: str) -> bool:
    """Whether the words before a title name its office, not its bearer: 财政 in 财政部长 (财政部 is a word in
    jieba's dictionary), 北京 in 北京市长, 日本 in 日本首相 (a place, by jieba's part of speech)."""
    from claims.text import _jieba

    jieba = _jieba()
    jieba.dt.check_initialized()
    freq = jieba.dt.FREQ
    body = {"部长": "部", "部長": "部", "市长": "市", "市長": "市", "局长": "局", "局長": "局"}.get(title.lstrip("副"))
    if body and (freq.get(before + body) or freq.get(to_simplified(before + body))):
        return True
    return len(before) >= 2 and any(flag.startswith("ns") for word, flag in _pos_tags(before) if word == before)


#: A time that opens the words before a verb, set off by a comma (今年7月，…; 2024年3月5日，…; 近日，…).
_TIME_LEAD_RE = re.compile(r"\s*(?:(?:(?:今年|去年|前年|明年|\d{4}年)?(?:\d{1,2}|[一二三四五六七八九十]{1,3})月"
                           r"(?:(?:\d{1,2}|[一二三四五六七八九十]{1,3})日)?)|(?:今年|去年)(?:初|底|年初|年底)?|近日|日前|此前|上周|上週|"
                           r"本周|本週|\d{4}年)[，,]\s*")
#: A name given with its Latin acronym in brackets (国能（TNB）, 国油（PETRONAS）): a body, however short its name.
_ACRONYM_NAMED_RE = re.compile(r"([\u4e00-\u9fff]{2,12})[（(]([A-Z][A-Z0-9&+]{1,9})[）)](.*)")


@functools.lru_cache(maxsize=8192)
def classify_segment(segment: str) -> Speaker | None | str:
    """Turn the words before a reporting verb into a :class:`Speaker`.

    Returns a Speaker, None when nothing usable is there, or the pronoun string
    when the segment is a pronoun or role noun (the caller resolves it). A short name that jieba reads
    as words (国能: "the country can") is still a body when its Latin acronym follows in brackets.
    Pure, and cached (8,192 segments; every result is immutable): a third of the calls over the held-out
    articles repeat a segment (他, 外交部发言人毛宁 in sentence after sentence).
    """
    lead = _TIME_LEAD_RE.match(segment)
    if lead and lead.end() < len(segment):
        return classify_segment(segment[lead.end():])  # 今年7月，国家发展改革委印发《…》，提出…: the time is no speaker
    found = _classify_segment(segment)
    if found is None:
        several = re.fullmatch(r"\s*([\u4e00-\u9fff]{2,16}?)等(?P<count>[两兩二三四五六七八九十\d]{1,3}个?|多)?"
                               r"(?:部门|部門|部委|单位|單位|机构|機構)\s*", segment)
        if several:
            first = _classify_segment(several.group(1))
            if isinstance(first, Speaker) and first.kind == "organisation":
                # 国家发展改革委等部门印发…: the body named first; 工业和信息化部等六部门: the counted list, whole
                return Speaker(segment.strip(), None, "organisation") if several.group("count") else first
        named = _ACRONYM_NAMED_RE.fullmatch(segment.strip(" ，,：:、"))
        if named and (not _strip_adverbials(named.group(3)).strip()
                      or re.fullmatch(r"(?:也|亦|则|則|还|還)?(?:在|于|於)[^，,。]{1,12}中", named.group(3))):
            return Speaker(named.group(1), None, "organisation")
    return found


def _classify_segment(segment: str) -> Speaker | None | str:
    segment = segment.strip(" ，,：:、\"“”「」")
    segment = re.sub(r"(?<=.)[（(][^（）()]{1,12}[）)]", "", segment)  # 陆路交通管理局（陆交局）: the short form in brackets
    # 班邦·布罗佐内戈罗（Bambang Brodjonegoro）, 西雅尔多（Péter Szijjártó）: the name in Latin letters, in brackets
    segment = re.sub(r"(?<=.)[（(][A-Za-zÀ-ÖØ-öø-ɏ .,'’·-]{2,40}[）)]", "", segment)
    segment = re.sub(r"^(?:但是|但|不过|不過|而|然而|并且|並且|同时|同時|此外|另外)(?=.)", "", segment)
    segment = re.sub(r"^(?:答|问|問|A|Q)\s*[：:]\s*", "", segment)  # 答：据民航局介绍: an interview's label, not the speaker
    segment = re.sub(r"^(?:另据|另據|另外据|另外據|又据|又據|据|據)(?=..)", "", segment)  # 另据生态环境部有关负责人透露
    segment = re.sub(r"^(?:另有|还有|還有|也有|亦有|有)(?![关關些人])(?=[^，,。]{0,12}?(?:官员|官員|人士|学者|學者|专家|專家|分析师|"
                     r"分析師|经济学家|經濟學家|议员|議員|外交官))", "", segment)  # 另有秘魯官員私下估計 (not 有媒体报道称)
    first_person = re.fullmatch(r"\s*(?:按照|依照|根据|根據|依据|依據|按|依|以|从|從|在|就)(我们|我們|我)的?\s*", segment) \
        or re.fullmatch(r"\s*(我们|我們)(?=[\u4e00-\u9fff]{1,6}$)[\u4e00-\u9fff]*?(?:研究院|研究所|研究中心|公司|集团|集團|团队|團隊|"
                        r"学校|學校|医院|醫院|部门|部門|单位|單位|协会|協會|银行|銀行|政府|机构|機構)\s*", segment)
    if first_person:
        # 按照我们的判断，…, 从我们的测算看，…: the speaker's own judgement; 我们研究院计划…: the speaker's own side
        return first_person.group(1)
    described_body = re.fullmatch(r"[^，,。]{0,24}?(?:负责|負責|主管|承建|营运|營運|运营|運營|管理|经营|經營|主办|主辦)[^，,。]{1,20}的"
                                  r"([\u4e00-\u9fff]{3,20})", segment)
    if described_body and described_body.group(1).endswith(ORG_SUFFIXES):
        segment = described_body.group(1)  # 负责落实KUTS计划的砂拉越地铁公司: the body, without what it is in charge of
    # 有熟悉軍事事務的學者: "there is a scholar who …" — the described person, without 有
    segment = re.sub(r"^(?:也有|还有|還有|另有|有)(?=[\u4e00-\u9fff]{2,16}的[\u4e00-\u9fff]{1,4}$)", "", segment)
    segment = re.sub(r"(?<=[他她])(?:举例|舉例|补充|補充|解释|解釋|回应|回應|最后|最後|接着|接著|坦承)$", "", segment)  # 他举例说
    segment = re.sub(r"(?<=.)(?:并不|並不|并没有|並沒有|没有|沒有|不)$", "", segment)  # 他并不认为: the negation is the verb's
    segment = re.sub(r"(?<=.)(?:同时|同時|随后|隨後|另外|另)$", "", segment)  # 这位局长同时承诺, 國防部另發布…
    # 何志強昨在啟用儀式後, 李大明今在记者会上: 昨/今 ("yesterday"/"today") and where, after the name
    segment = re.sub(r"^([\u4e00-\u9fff]{2,3})[昨今](?:[在于於][^，,。]{1,20})?$", r"\1", segment)
    while len(segment) > 1 and segment[-1] in _TRAILING_ADVERBS:
        segment = segment[:-1]
    if not segment:
        return None
    if re.match(r"其(?!他|它|中|实|實)[\u4e00-\u9fff]{1,6}$", segment) and not _TITLE_RE.search(segment):
        return None  # 其强度预计…, 其餘戰機則預計…: "its …" is a thing, not a speaker
    surname_only = re.fullmatch(r"(.{0,20}?)(?<![\u4e00-\u9fff])([\u4e00-\u9fff](?:先生|女士|小姐))|"
                                r"(.{1,20}?(?:的|者|人|员|員|民|士|主|族|工))([\u4e00-\u9fff](?:先生|女士|小姐))", segment)
    if surname_only:  # 在附近上班的林女士, 林女士: a person known by surname and honorific (the description as title)
        described_as = (surname_only.group(1) or surname_only.group(3) or "").rstrip("的") or None
        return Speaker(surname_only.group(2) or surname_only.group(4), described_as, "person")
    honorific = re.search(r"(?<=[\u4e00-\u9fff]{2})(?:女士|先生|小姐|夫人|太太)$", segment)
    if honorific:
        segment = segment[: honorific.start()]  # 受访者陈立女士 → 受访者陈立 (王先生 stays: 王 alone is no name)
    first_modal = re.fullmatch(r"(我们|我們|我)(?:可以|要|想|必须|必須|得|敢|能)(?:在这里|在這裡)?(?:(?:向|对|對|跟)(?:大家|你们|你們|你|"
                               r"各位|记者|記者|读者|讀者|媒体|媒體|市民|国人|國人|全国人民|全國人民))?", segment)
    if first_modal:
        return first_modal.group(1)  # 我可以告诉你，…: the speaker's own voice
    possessive = re.fullmatch(r"(我们|我們|我)的", segment)
    if possessive:
        return possessive.group(1)  # 我的判断是，…: the speaker's own voice
    if re.match(r"(?:你们|你們|您们|您們|你|您)(?!.*[：:])", segment):
        return None  # 你怎么判断…？: the person addressed (an interviewer's question) is no speaker
    for pronoun in PRONOUNS:
        if segment == pronoun or (segment.endswith(pronoun) and len(segment) - len(pronoun) <= 1):
            return pronoun
        rest = segment[len(pronoun) :]
        if segment.startswith(pronoun) and _ADVERBIAL_RE.match(rest) and pronoun not in ("其",):
            return pronoun
    if segment in ("发言人", "發言人", "负责人", "負責人", "新闻发言人", "新聞發言人"):
        return segment  # 發言人又說: the spokesperson of the body that last spoke through one (the caller)
    deixis = _DEICTIC_ROLE_RE.fullmatch(segment)
    if deixis and any(t.end() == len(segment) and t.start() >= deixis.start(1) for t in _TITLE_RE.finditer(segment)):
        return segment  # 这位副部长强调, 該名議員說: a title taken up again (the caller finds who bears it)
    if re.fullmatch(r"(?:这位|這位|这名|這名|该名|該名|此位|那位)[\u4e00-\u9fff]{1,5}", segment):
        return segment  # 这位外交官认为: a person taken up again by any description, not only a title
    segment = _LISTENER_RE.sub("", segment) if len(_LISTENER_RE.sub("", segment)) >= 2 else segment  # …专家对记者说
    counted = _COUNTED_PERSON_RE.fullmatch(segment) or _COUNTED_PERSON_RE.fullmatch(_strip_adverbials(segment))
    if counted:  # 一位期货公司能源分析师认为: an unnamed person, described (not 期货公司 the organisation)
        return Speaker(counted.group(1), None, "anonymous")
    # (…一位研究極端天氣的學者接受本報查詢時指出: the description before the adverbial)
    described = _DESCRIBED_PERSON_RE.fullmatch(segment) or _DESCRIBED_PERSON_RE.fullmatch(_strip_adverbials(segment))
    staff = re.fullmatch(r"([\u4e00-\u9fff]{2,16}?)(?:一位|一名|某位)(?:研究人员|研究人員|工作人员|工作人員|"
                         r"官员|官員|负责人|負責人|发言人|發言人|高管|主管|人士)", _strip_adverbials(segment))
    if staff and staff.group(1).endswith(ORG_SUFFIXES) and not staff.group(1).endswith(_ACADEMIC_SUFFIXES) \
            and not _has_verb(staff.group(1)):
        return Speaker(staff.group(1), None, "organisation")  # 中国信通院一位研究人员表示: the body's staff speak for it
        # (一位不愿具名的官员 stays anonymous, the description whole: 国家银行一位不愿具名的官员)
    unnamed_only = described is not None and re.fullmatch(r"(?:不愿具名|不願具名|不愿透露姓名|不願透露姓名|匿名)",
                                                          described.group("desc")) is not None
    if described and (not unnamed_only or len(described.group("mid")) >= 2) \
            and (_has_verb(described.group("desc")) or _has_verb(described.group("mid")) or unnamed_only
                 or (described.group("count") or described.group("count2"))
                 and (not described.group("desc").endswith((*ORG_SUFFIXES, "银行", "銀行"))
                      # a scholar at a university speaks for no one but themself (胡志明市经济大学一位…研究人员)
                      or described.group("desc").endswith(_ACADEMIC_SUFFIXES))) \
            and not re.search(r"援引|引述|报道|報導|表示|指出|消息称|消息稱", described.group("desc")):
        # 参与运河前期论证的一位水利专家, 接近黄国松竞选团队的消息人士, 越南能源领域一位不愿具名的专家: an unnamed
        # person with the article's whole description as the name (a leading 一位 dropped, as 一名交通部官员 → 交通部官员)
        name = re.sub(r"^(?:另一位|另一名|一位|一名|某位)", "", described.group(0))
        name = re.sub(r"^(?:也有|还有|還有|另有|有)(?=[\u4e00-\u9fff]{2,16}的)", "", name)  # 有熟悉軍事事務的學者
        if unnamed_only:  # 一位不愿具名的北京三甲医院儿科医生 → 北京三甲医院儿科医生 (as 一名不願具名的議員 → 议员)
            name = re.sub(r"^(?:不愿具名|不願具名|不愿透露姓名|不願透露姓名|匿名)的", "", name)
        return Speaker(name, None, "anonymous")
    anon = ANONYMOUS_RE.search(segment)
    if anon:
        named = _strip_adverbials(segment[anon.end() :].strip("、 ·"))
        if anon.group(0) in NAMED_ROLES and named and re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", named):
            return Speaker(named, anon.group(0), "person")  # 分析人士林一鸣认为: a role before a name is a title
        qualifier = re.sub(r"^(?:另有|另外|此外|也有|还有|還有|有|另|一名|一位|多名|多位|据|據)+", "", segment[: anon.start()].strip())
        if anon.group(0) in _QUALIFIABLE and re.fullmatch(r"[\u4e00-\u9fff]{2,6}", qualifier) \
                and not re.search(r"的|援引|引述|报道|報導|透露|表示|指出", qualifier):
            return Speaker(qualifier + anon.group(0), None, "anonymous")  # 運輸業界消息人士, 政府消息人士 (DESIGN.md)
        if re.match(r"(?:一名|一位|多名|多位)(?:不愿具名|不願具名|不愿透露姓名|不願透露姓名)", anon.group(0)) \
                and re.fullmatch(r"[\u4e00-\u9fff]{2,12}", qualifier) and qualifier.endswith((*ORG_SUFFIXES, "银行", "銀行")):
            return Speaker(qualifier + anon.group(0), None, "anonymous")  # 国家银行一位不愿具名的官员: the description whole
        return Speaker(anonymous_name(anon.group(0)), None, "anonymous")
    core = _strip_adverbials(segment)
    unnamed = _UNNAMED_MEMBER_RE.fullmatch(core)
    if unnamed and not _has_verb(re.sub(_PUBLIC_ROLE + "$", "", unnamed.group(1))):  # (進口商's 進口 is no verb)
        # 华东地区一位吉利经销商: an unnamed person, described (一名出租车司机 → 出租车司机, as 一名交通部官员 → 交通部官员)
        return Speaker(re.sub(r"^(?:另一位|另一名|一位|一名|某位)", "", unnamed.group(1)), None, "anonymous")
    if not core or len(core) > (80 if _TITLE_RE.search(core) else 30):
        return None
    if re.match(r"这条|這條|这项|這項|这个|這個|该项|該項|该条|該條|此项|此項|这座|這座|该座|該座|这批|這批|这些|這些|这是|這是|"
                r"整个|整個|整项|整項|整体|整體|全部|所有", core) \
            and not _TITLE_RE.search(core):
        return None  # 这条跨境地铁预计…: a thing pointed at "is expected to" (这位…, a person, is taken up elsewhere)
    if core in ("消息", "报道", "報導", "报导", "传闻", "傳聞", "外电", "外電", "市场消息", "市場消息", "其中", "其次", "其后", "其後"):
        return None  # 消息称, 报道指: news has no speaker to name
    if len(core) >= 3 and core[-1] in "会會" and re.fullmatch(r"[\u4e00-\u9fff]+", core) \
            and re.search(ASSOCIATION_KINDS + r"$", core[:-1]) and not _TITLE_RE.search(core):
        return Speaker(core, None, "organisation")  # 香港汽車會表示 (jieba reads 會 as "will"; 美联储会 is "will")
    role = _COMPANY_ROLE_RE.match(core)
    if role and len(core) - role.end() >= 2 and not _TITLE_RE.search(core, role.end()):
        return Speaker(core[role.end() :], None, "organisation")  # 开发商游戏科学: the developer is the company
    if len(core) > 3 and core.endswith("方面"):
        core = core[:-2]  # 华为方面表示: Huawei's side is Huawei
        return Speaker(core, None, "organisation")
    if re.fullmatch(r"[A-Z][A-Za-z&.\-]{2,30}(?: [A-Z][A-Za-z&.\-]+){0,3}", core):
        return Speaker(core, None, "organisation" if _en_kind(core) == "organisation" or " " not in core else "person")
    if core.endswith(("人士", "人員")) and len(core) <= 14 and (not _TITLE_RE.search(core[:-2]) or core[:-2].endswith((*ORG_SUFFIXES, "府"))) \
            and not re.search(r"(?:有关|有關|相关|相關)人[士員]$", core):
        described = re.sub(r"^(?:另有|也有|还有|還有|有)?(?:一位|一名|多名|多位)?", "", core)  # 有地產業界人士 → 地產業界人士
        return Speaker(described if len(described) >= 4 else core, None, "anonymous")  # 银行界人士, 熟悉协商过程的人士
    desk = re.fullmatch(r"(.{2,16}?(?:公司|银行|銀行|证券|證券|集团|集團|投行|基金))(?:的)?(?:研究部|研究团队|研究團隊|分析团队|分析團隊|"
                        r"研究所|经济研究部|經濟研究部|宏观团队|宏觀團隊)", core)
    if desk:
        return Speaker(desk.group(1), None, "organisation")  # 西贡证券公司研究部预计: the firm's research desk, for the firm
    role = ORG_ROLE_RE.search(core)
    if role and role.start() > 0 and re.search(r"一家|一間|一间|某家|某|一所|一些|多家", core[: role.start()]):
        # 一家头部互联网企业的法务负责人, 槟城一家美资半导体封测厂的高层: an unnamed company's officer is an unnamed
        # person, described (a named body's officer speaks for it: 教育部有关负责人 → 教育部)
        return Speaker(core, None, "anonymous")
    if role and role.start() > 0 and re.fullmatch(r"(?:一名|一位|该名|該名|这名|這名|这位|這位)?(?:女|男)?", core[: role.start()]) \
            and role.group(0) in ("发言人", "發言人", "负责人", "負責人"):
        return role.group(0)  # 一位女发言人表示: the spokesperson of the body that spoke last (the caller finds it)
    if role and role.start() > 0:
        org = core[: role.start()].rsplit("的", 1)[-1] or core[: role.start()]  # 负责营运的新捷运发言人
        org = re.sub(r"(?<=..)(?:有关|相关|相關|有關)(?:司局|部门|部門|单位|單位|方面)$", "", org)  # 教育部有关司局负责人
        unnamed = re.match(r"(?:一名|一位)(?=..)", org)
        if unnamed and role.end() == len(core):
            return Speaker(org[unnamed.end() :] + role.group(0), None, "anonymous")  # 一名交通部官员: an unnamed official
        if not _TITLE_RE.search(org) or org.endswith(ORG_SUFFIXES):
            return Speaker(without_role(org), None, "organisation")  # (三亚亚特兰蒂斯运营方复星旅游文化集团相关负责人)
    titles = list(_TITLE_RE.finditer(core))
    post = re.fullmatch(r"([\u4e00-\u9fff]{1,3}?)((?:副|代理|署理)?(?:总理|總理|总统|總統|部长|部長|主席|首相|总裁|總裁|局长|局長|市长|市長|"
                        r"议员|議員|教授|博士))", core)  # (李副总裁: 李, 副总裁)
    if post and not core.endswith(ORG_SUFFIXES) and not _portfolio_or_place(post.group(1), post.group(2)):
        return Speaker(post.group(1), post.group(2), "person")  # 李显龙总理, 李总理 (a surname; the caller finds the name)
    trailing = _TRAILING_TITLE_RE.fullmatch(core)
    if trailing and not _TITLE_RE.search(trailing.group(1)[-4:]):
        # 空军装备部牛文博上校, 北京大学张维为教授: the unit, the name jieba tags, the rank after it
        tags = list(_pos_tags(trailing.group(1)))
        name = ""
        while tags and tags[-1][1].startswith("nr") and len(name) + len(tags[-1][0]) <= 3:
            name = tags.pop()[0] + name
        if len(name) == 2 and tags and len(tags[-1][0]) == 1 and len(trailing.group(1)) > 3:
            name = tags[-1][0] + name  # 牛/文博: a surname jieba does not tag as one
        if not name:  # 北京大学/张维/为: the two or three characters after a body jieba tags (nt)
            whole = list(_pos_tags(trailing.group(1)))
            bodies = [i for i, (w, flag) in enumerate(whole) if flag == "nt" or w.endswith(ORG_SUFFIXES)]
            rest = "".join(w for w, _ in whole[bodies[-1] + 1 :]) if bodies else ""
            name = rest if re.fullmatch(r"[\u4e00-\u9fff]{2,3}", rest) else ""
        if 2 <= len(name) <= 3 and len(trailing.group(1)) >= len(name):
            # (李建国上校认为: the name alone before the rank)
            return Speaker(name, trailing.group(1)[: -len(name)] + trailing.group(2), "person")
    body_name = re.fullmatch(r"([\u4e00-\u9fff]{2,20}?(?:研究院|研究所|研究中心|大学|大學|学院|學院|公司|集团|集團|银行|銀行|"
                             r"医院|醫院|部|局|署|委|院|所|厅|廳|处|處|会|會))([\u4e00-\u9fff]{2,3})", core)
    name_tags = _pos_tags(body_name.group(2)) if body_name and not titles else ()
    if body_name and not titles and name_tags and name_tags[0][1].startswith("nr") and len(name_tags) <= 2 \
            and (len(name_tags) == 1 or len(name_tags[1][0]) == 1):  # (高磊/洋: a name jieba ends early)
        return Speaker(body_name.group(2), body_name.group(1), "person")  # 空军研究院郭伟军表示: the body, then a name
    titled = _SURNAME_TITLE_RE.fullmatch(core)
    if titled and not core.endswith(ORG_SUFFIXES) and titled.group(1) not in "有另也还還某各多该該此这這":
        return Speaker(titled.group(1), titled.group(2), "person")  # 翁州务大臣: a surname and a title
    surname = re.fullmatch(r"([\u4e00-\u9fff])(大使|次长|次長|主任|院长|院長|董事长|董事長|总经理|總經理|书记|書記|省长|省長|行长|行長|署长|署長|"
                           r"司长|司長|处长|處長|校长|校長|会长|會長|社长|社長|议长|議長|主委|秘书长|秘書長|发言人|發言人)", core)
    if surname:
        return Speaker(surname.group(1), surname.group(2), "person")  # 范大使 after 驻华大使范草梅 (the caller finds her)
    if titles:
        last = titles[-1]
        name = core[last.end() :].strip("、 ·")
        if name.startswith("的") and len(name) >= 3:
            name = name[1:]  # 即將出任總統府發言人的黃重諺: a relative clause ending in a post, then the name
        if len(name) >= 4 and re.fullmatch(r"[\u4e00-\u9fff]+", name) and last.group(0) not in MALAY_HONORIFICS:
            # 省人大常委会主任楼阳生出席并宣布…: the name ends where jieba reads a verb, adverb or preposition
            head = ""
            for word, flag in _pos_tags(name):
                # (a verb of two characters or a function word: 哈姆/扎 is one transliterated name)
                # (董事長魏哲家昨主持法說會: a time word, 昨/今/日前, ends the name too)
                if 2 <= len(head) <= 3 and ((len(word) >= 2 and flag[:1] in ("v", "d", "p", "t"))
                                            or word in _FUNCTION_CHARS or (flag[:1] == "t" and word in "昨今")):
                    name = head
                    break
                head += word
        title = core[: last.end()].strip("、 ")
        if name and (len(name) == 1 or (len(name) <= 4 and (name.endswith(_LONG_ORG_SUFFIXES) or name[-1] in _BODY_CHARS))) \
                and core.endswith(ORG_SUFFIXES):
            return Speaker(core, None, "organisation")  # 中央選舉委員會, 大马油站业者公会: not a title and a name
        if name in ("府", "院", "署", "办", "辦", "厅", "廳", "局", "部", "委"):
            return Speaker(core, None, "organisation")  # 總統府, 總統府今天表示: the office, not a person named 府
        if name and len(name) <= 12:
            return Speaker(name, title, "person")
        if not name and len(titles) >= 2:
            between = core[titles[-2].end() : last.start()].strip("、 ·")
            first = titles[-2]
            while between.startswith("兼"):
                # 黄循财总理兼财政部长: one compound title after the name (…兼…兼… too)
                at = next((t for t in reversed(titles) if t.end() <= first.start()), None)
                if at is not None and core[at.end() : first.start()].startswith("兼"):
                    first = at
                    continue
                named = core[: first.start()]
                lead = list(_TITLE_RE.finditer(named))
                named = named[lead[-1].end() :] if lead else named  # 新加坡总理黄循财总理兼… keeps the name
                if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", named):
                    return Speaker(named, core[first.start() :], "person")
                break
            if re.fullmatch(r"[\u4e00-\u9fff·]{2,4}", between):
                # 马来亚大学交通经济学者郭美玲副教授: the name between two titles, the second after it
                return Speaker(between, core[: titles[-2].end()] + last.group(0), "person")
        if not name:
            role_only = re.fullmatch(r"(?:这位|這位|该|該|此|那位)(.+)", core)
            if role_only:
                return core
            staff_of = core[: last.start()]
            if len(staff_of) >= 2 and staff_of.endswith((*ORG_SUFFIXES, "银行", "銀行", "投行", "证券", "證券")) \
                    and not re.match(r"有|某|一家|多家|外资|外資|另有|也有|不少|部分|其他", staff_of) \
                    and re.search(r"经济学家|經濟學家|经济师|經濟師|分析师|分析師|分析员|分析員|策略师|策略師|研究员|研究員", last.group(0)):
                return Speaker(staff_of, None, "organisation")  # 大华银行经济学家则预计: the bank's economist, for the bank
            if len(core) <= 10:  # 专家认为, 某部长表示, 一位参展企业高管透露: a role with no name
                return Speaker(re.sub(r"^(?:也有|还有|還有|另有|有)?(?:一位|一名|某位)?", "", core), None, "anonymous")
            return None
    if core.endswith(ORG_SUFFIXES) and not (len(core) <= 3 and core[-1] in "军軍" and _pos_tags(core) == ((core, "nr"),)):
        return Speaker(core, None, "organisation")  # (张志军, 李军: a person's name that ends like 解放军)
    if "·" in core:
        return Speaker(core, None, "person")
    member = _MEMBER_OF_PUBLIC_RE.fullmatch(core)
    if member and not _has_verb(member.group(2)):
        return Speaker(member.group(2), member.group(1), "person")  # 住在裕廊东的退休人士黄国华: the role is the title
    if len(core) <= 6:
        if _THING_SUBJECT_RE.search(core):
            return None  # 海外市场今年预计销售…: a thing "is expected to"; no one speaks
        return Speaker(core, None, "person") if not _has_verb(core) else None
    return _name_by_pos(core)


#: Things that are "expected to" (海外市场预计…, 营收预计…, 房价料…): a subject ending so is no speaker.
_THING_SUBJECT_RE = re.compile(r"(?:市场|市場|销量|銷量|价格|價格|经济|經濟|股市|楼市|樓市|房价|房價|出口|进口|進口|产量|產量|营收|營收|"
                               r"利润|利潤|需求|通胀|通脹|通膨|油价|油價|汇率|匯率|业绩|業績|收入|规模|規模|增速|增长|增長|工程|项目|"
                               r"項目|销售|銷售|库存|庫存|订单|訂單|指数|指數|物价|物價|成本|税收|稅收|赤字|投资|投資|"
                               r"数据|數據|调查|調查|研究|结果|結果|统计|統計|迹象|跡象|事实|事實|经验|經驗|这|這|此)$")


#: A member of the public described, then named (退休人士黄国华, 车主林志强, 受访居民陈美玲): (description, name).
_PUBLIC_ROLE = (r"(?:人士|居民|市民|村民|选民|選民|车主|車主|家长|家長|业主|業主|股民|网民|網民|"
                r"乘客|旅客|游客|遊客|学生|學生|工人|司机|司機|员工|員工|商家|摊贩|攤販|摊主|攤主|店主|老板|老闆|"
                r"农民|農民|渔民|漁民|患者|病人|家庭主妇|家庭主婦|主妇|主婦|上班族|消费者|消費者|租户|租戶|住户|住戶|"
                r"经销商|經銷商|商人|业者|業者|从业者|從業者|交易员|交易員|投资者|投資者|开发商|開發商|承包商|"
                r"进口商|進口商|出口商|批发商|批發商|零售商|贸易商|貿易商|承销商|承銷商|中间商|中間商|菜贩|菜販|果农|果農|菜农|菜農)")
_MEMBER_OF_PUBLIC_RE = re.compile(r"([^，,。]{0,14}?" + _PUBLIC_ROLE + r")([\u4e00-\u9fff]{2,3})")
#: An unnamed member of the public, with the whole description as the name (华东地区一位吉利经销商告诉…).
_UNNAMED_MEMBER_RE = re.compile(r"(?:另有|也有|还有|還有|有)?((?:[\u4e00-\u9fff]{0,8}?(?:一位|一名|某位|多位|多名)[\u4e00-\u9fff]{0,10}?"
                                # (有海產進口商表示: 有 alone counts them too)
                                r"|(?<=有)[\u4e00-\u9fff]{1,8}?)" + _PUBLIC_ROLE + r")")
#: One unnamed person counted and described (一位期货公司能源分析师): (the description).
_COUNTED_PERSON_RE = re.compile(r"(?:另有|也有|还有|還有|有)?(?:一位|一名|某位)(?!不愿|不願|匿名)([\u4e00-\u9fff]{2,14}?(?:分析师|分析師|"
                                r"经济学家|經濟學家|专家|專家|学者|學者|官员|官員|高管|人士|研究员|研究員|策略师|策略師|交易员|交易員|"
                                r"律师|律師|经理|經理|银行家|銀行家|业者|業者|从业者|從業者|工程师|工程師|顾问|顧問|主管|总监|總監|"
                                r"交易商|投资者|投資者|经济师|經濟師|医生|醫生|研究人员|研究人員))")
#: Who was told, after the speaker (…专家对记者说, …官员向本报透露, …对越通社记者表示): not part of the speaker.
_LISTENER_RE = re.compile(r"(?:向|对|對|跟)(?:本报|本報|记者|記者|媒体|媒體|[^，,。向对對跟]{1,10}?(?:记者|記者)|"
                          # (…此前对界面新闻表示, 向联合早报透露: an outlet told)
                          r"[^，,。向对對跟]{1,6}?(?:新闻|新聞|日报|日報|晚报|晚報|时报|時報|早报|早報|电视台|電視台|通讯社|通訊社|"
                          r"周刊|週刊|杂志|雜誌|网|網))$")
#: An unnamed person described by a relative clause or with a count inside the description (参与运河前期论证的一位
#: 水利专家, 一位参加了价格听证会的消费者代表, 接近黄国松竞选团队的消息人士): (desc, count).
#: Bodies whose staff speak for themselves, not for the body (universities, institutes, think tanks).
_ACADEMIC_SUFFIXES = ("大学", "大學", "学院", "學院", "研究院", "研究所", "研究中心", "智库", "智庫")
_DESCRIBED_PERSON_RE = re.compile(
    r"(?:一位|一名|某位|多位|多名)?(?P<desc>[^，,。“”「」]{2,24}?)(?:的(?P<count>一位|一名|某位|多位|多名)?|(?P<count2>一位|一名|某位|多位|多名))"
    r"(?:不愿具名的|不願具名的|不愿透露姓名的|不願透露姓名的)?(?P<mid>[\u4e00-\u9fff]{0,10}?)"
    r"(?:专家|專家|学者|學者|人士|官员|官員|代表|分析师|分析師|经济学家|經濟學家|高管|律师|律師|议员|議員|外交官|工程师|工程師|"
    r"研究员|研究員|教授|医生|醫生|教练|教練|科学家|科學家|教师|教師|老师|老師|校长|校長|官员|官員|工作人员|工作人員|记者|記者|"
    # (研究水文的讲师, 主任医师, 云南森林消防指挥员: a post ending in 员/师)
    r"讲师|講師|医师|醫師|护士|護士|顾问|顧問|研究人员|研究人員|[\u4e00-\u9fff]{1,3}(?:员|員|师|師)|"
    r"" + _PUBLIC_ROLE[3:-1] + r")")


@functools.lru_cache(maxsize=8192)
def _pos_tags(words: str) -> tuple[tuple[str, str], ...]:
    """jieba's (word, part-of-speech flag) pairs for ``words``; cached, as the HMM tagger is the slow part."""
    from claims.text import _jieba

    _jieba()
    import jieba.posseg as pseg

    return tuple((w.word, w.flag) for w in pseg.cut(words))


def _has_verb(words: str) -> bool:
    """True when jieba tags a verb in ``words`` (报告回顾 is not a name; 许利平 is)."""
    tags = [flag for _, flag in _pos_tags(words)]
    return any(t.startswith("v") for t in tags) and not any(t.startswith("nr") for t in tags)


def _name_by_pos(core: str) -> Speaker | None:
    """Split '<unknown title><person name>' with jieba's part-of-speech tags (nr = person name)."""
    words = list(_pos_tags(core))
    name: list[str] = []
    while words and words[-1][1] in ("nr", "nrfg", "nrt") and len("".join(name)) < 6:
        name.insert(0, words.pop()[0])
    if name and words:
        return Speaker("".join(name), "".join(w for w, _ in words), "person")
    return None


#: A report in a contrasting later clause (…，但多名经济学家认为，…): (speaker's words, verb).
_LATER_REPORT_RE = re.compile(r"[，,]\s*(?:但是|但|不过|不過|然而|而)([^，,。；;“”「」]{2,40}?)(认为|認為|表示|指出|坦言|坦承|预计|預計|"
                              r"估计|估計|警告|强调|強調|预料|預料|相信)[，,：:]")
#: …, <title><name> <verb>, without a conjunction, after an event's verb (美国宣布…，槟州首席部长曹观友坦言，…):
#: (speaker words, verb).
_LATER_TITLED_REPORT_RE = re.compile(r"[，,]\s*([^，,。；;“”「」]{3,40}?)(?:补充|補充)?(认为|認為|表示|指出|坦言|坦承|预计|預計|估计|估計|警告|"
                                     r"强调|強調|预料|預料|相信|说|說)[，,：:]")
#: "According to <body>'s decision/notice/plan," (根据市人民委员会的决定，…): (body, document noun).
_DECISION_OF_RE = re.compile(r"\s*(?:根据|根據|按照|依据|依據|依照)([^，,。“”「」《》的]{2,36}?)"
                             # (…中央委员会关于改革社会保险政策的第28号决议: what it is about, and its number)
                             r"(?:(?:关于|關於)[^，,。“”「」]{1,30}?)?的?(?:第[\d一二三四五六七八九十]+[号號])?(决定|決定|通知|规定|規定|安排|公告|决议|"
                             r"決議|通告|通報|通报|部署|方案|计划|計劃|计画|計畫|招股书|招股書|策略文件|战略|戰略|规划|規劃|文件|白皮书|白皮書|"
                             r"财报|財報|年报|年報|文告|声明|聲明|公报|公報|报告|報告|指示|批示|要求|指令)[，,]\s*")
#: Orders a person gives (根据政府总理范明政的指示，…): a titled person may issue them, not only a body.
_PERSONAL_ORDERS = frozenset({"指示", "批示", "要求", "指令", "部署", "安排", "决定", "決定"})
#: Documents a company issues of itself (根據小米的招股書): their owner is the issuer, whatever its name's form.
_OWN_DOCUMENTS = frozenset({"招股书", "招股書", "财报", "財報", "年报", "年報", "策略文件", "战略", "戰略", "规划", "規劃", "白皮书", "白皮書"})


#: A body announcing a plan, then its terms after the comma (医务卫生局昨日公布…改革方案，…): (body, verb).
_ANNOUNCED_PLAN_RE = re.compile(r"\s*(?:【[^】]{1,12}】)?([\u4e00-\u9fff]{2,16}?)(?:昨日|今日|昨天|今天|日前|近日|周[一二三四五六日]|週[一二三四五六日])?"
                                r"(?:正式)?(公布|公佈|发布|發布|推出|公开|公開)了?"
                                r"[^，,。；;将將会會]{0,30}?(?:方案|计划|計劃|计画|計畫|措施|政策|细则|細則|安排|蓝图|藍圖|通告|公告|通知)[，,]")


def attribute_zh(sentence: str) -> Attribution:
    """Attribute one Chinese sentence: find the reporting verb and the speaker before (or after) it."""
    body_start = 0
    dl = _DATELINE_PREFIX_RE.match(sentence)
    if dl:
        body_start = dl.end()
    # quote first: “……。”李明说。
    tail = re.search(r"[”」』]\s*([^“”「」。，,]{1,40}?)(补充说|補充說|补充道|補充道|回应说|回應說|"  # (…”阿米尔韩扎补充说。)
                     r"说|表示|称|指出|強調|强调|說|稱|認為|认为|写道|寫道|透露|坦言|直言|"
                     r"补充|補充|回应|回應|重申|承诺|承諾|保证|保證|宣布|宣佈)"
                     r"(?:[，,][^“”「」『』。]{1,8})?[。！!]?\s*$", sentence)  # (…」王美玲說，買方可多比較。)
    opened = sentence.lstrip().startswith(("“", "「", "『"))
    if tail and (opened or not re.search(r"[“「『]", sentence[: tail.start()])):
        # “……。”李明说。 — or the end of a quotation opened in an earlier sentence or clause (…，但政府不會…。」鄧炳強說。)
        who = classify_segment(tail.group(1))
        content = len(sentence) - len(sentence.lstrip())
        if isinstance(who, str):
            return Attribution(None, who, tail.group(2), tail.start(2), content)
        return Attribution(who, None, tail.group(2), tail.start(2), content)
    # 醫務衞生局昨日公布公營醫療收費改革方案，急症室收費將…: the body announcing a plan states its terms
    announced = _ANNOUNCED_PLAN_RE.match(sentence, body_start)
    if announced and not re.search(r"计划|計劃|计画|計畫|将|將|会|會|拟|擬|准备|準備|要|也|还|還|在|于|於", announced.group(1)) \
            and not re.match(r"(?:根据|根據|按照|依据|依據|依照|据|據)", announced.group(1)):  # (根据…发布的通告: below)
        # (研究基金会也计划在明年内推出新的人才计划，…: a plan to announce, the clause itself the claim)
        body = classify_segment(announced.group(1))
        if body is None and re.search(r"(?:部门|部門|当局|當局)$", announced.group(1)) and len(announced.group(1)) >= 4:
            body = Speaker(announced.group(1), None, "organisation")  # 天津市公安交管部门发布通告，…
        if isinstance(body, Speaker) and body.kind == "organisation" and body.name.endswith(ORG_SUFFIXES + ("部门", "部門")):
            return Attribution(body, None, announced.group(2), announced.start(2), announced.end())
    # 根据胡志明市人民委员会的决定，…: the body whose decision, notice or plan it is issues what follows
    decided = _DECISION_OF_RE.match(sentence, body_start)
    if decided:
        owner = re.sub(r"(?:发布|發布|印发|印發|公布|公佈|提交|制定|出台|发表|發表|发出|發出)$", "", decided.group(1))  # 智慧国…署发布的策略文件
        owner = re.sub(r"[（(][^（）()]{1,16}[）)]", "", owner)  # 国家研究基金会（下称研究基金会）发表的文告
        issuer = classify_segment(owner)
        owned = "的" in sentence[decided.end(1) : decided.start(2)]  # 根据水利部方案: without 的, only a body's name
        if isinstance(issuer, Speaker) and (issuer.name.endswith(ORG_SUFFIXES)
                                            or (owned and decided.group(2) in _OWN_DOCUMENTS)):
            issuer = Speaker(issuer.name, issuer.title, "organisation")  # (根據小米的招股書: the company's own)
            return Attribution(issuer, None, decided.group(2), decided.start(2), decided.end())
        if isinstance(issuer, Speaker) and issuer.kind == "person" and issuer.title and owned \
                and decided.group(2) in _PERSONAL_ORDERS:
            return Attribution(issuer, None, decided.group(2), decided.start(2), decided.end())  # 根据总理范明政的指示
    unowned = re.match(r"\s*(?:根据|根據|按照|依据|依據)(?:该|該|这份|這份|此)?(战略|戰略|规划|規劃|方案|意见|意見|决定|決定|"
                       r"策略|文件|纲要|綱要|新法|该法|該法|此法|白皮书|白皮書|蓝图|藍圖|路线图|路線圖|预算案|預算案|"
                       r"《[^《》]{1,24}》)[，,]\s*", sentence[body_start:])
    if unowned:  # 根据战略，越南半导体产业将分三个阶段发展：… — the document named before, for its issuer (the caller)
        return Attribution(None, "document", unowned.group(1), body_start + unowned.start(1), body_start + unowned.end())
    # 记者从国家航天局获悉，…: what the reporter learned from a body is the body's
    learned = _LEARNED_FROM_RE.match(sentence, body_start)
    if learned and _LEARNED_AT_RE.search(learned.group(1)):
        body_start, learned = learned.end(), None  # 记者从会上获悉，…: learned at a meeting, not from someone
    if learned:
        source = classify_segment(learned.group(1))
        if isinstance(source, Speaker):
            kind = "organisation" if source.name.endswith(ORG_SUFFIXES) else source.kind
            return Attribution(Speaker(source.name, source.title, kind), None, learned.group(2), learned.start(2),
                               learned.end())
    # 据了解，X此前表示，…: the reporter's "it is understood" before an attribution is no source of its own
    understood = re.match(r"\s*(?:另|此外|另外)?[，,]?\s*(?:据|據)(?:了解|瞭解|悉|介绍|介紹|报道|報道|报导|報導)[，,]\s*", sentence[body_start:])
    if understood:
        body_start += understood.end()
    # 另据知情人士消息，…: the news is the source's
    news = _NEWS_FROM_RE.match(sentence, body_start)
    if news:
        source = classify_segment(news.group(1))
        if isinstance(source, Speaker):
            return Attribution(source, None, None, -1, news.end())
    # 据X透露 / 据路透社援引知情人士的话说
    later = _LATER_REPORT_RE.search(sentence, body_start)
    titled = _LATER_TITLED_REPORT_RE.search(sentence, body_start) if later is None else None
    if titled and not find_hedges_zh(sentence[body_start : titled.start()]) \
            and _VERB_RE.search(sentence, body_start, titled.start()) \
            and not re.search(r"(?:" + _VERB_RE.pattern + r")[，,：:]", sentence[body_start : titled.start() + 1]):
        # 美国宣布对马来西亚…征收25%关税，槟州首席部长曹观友坦言，…: an event, then a titled person's comment on it
        who = classify_segment(titled.group(1))
        if isinstance(who, Speaker) and who.kind == "person" and who.title:
            return Attribution(who, None, titled.group(2), titled.start(2), titled.end())
    if later and not find_hedges_zh(sentence[body_start : later.start()]):
        # 印尼宣布禁止出口…，但种植及原产业部长朱莱达坦言，…难以填补…: the forecast is the later speaker's
        who = classify_segment(later.group(1))
        if isinstance(who, Speaker):
            return Attribution(who, None, later.group(2), later.start(2), later.end())
    ju = re.match(r"\s*(据|據|根据|根據)", sentence[body_start:])
    for m in _VERB_RE.finditer(sentence, body_start):
        if m.start() - body_start > 60 and (m.start() - body_start > 160 or m.start() - max(
                sentence.rfind("，", body_start, m.start()), sentence.rfind(",", body_start, m.start())) > 60):
            break  # (a long opening clause — 在…的背景下，— then the speaker: the verb is near its own clause's start)
        if not _is_real_verb(sentence, m.start(), m.group(0)):
            continue
        if m.group(0) in _COMMA_ONLY_VERBS and sentence[m.end() : m.end() + 1] not in ("，", ",", "：", ":", "说", "說", "指"):
            continue
        if m.group(0) in _LIST_ONLY_VERBS and not _COUNTED_LIST_RE.match(sentence, m.end()):
            continue
        if m.group(0) == "通知" and re.search(r"(?:发|發|紧急|緊急|的|份|项|項|该|該|此|面|到|接|这|這|上述)$",
                                            sentence[body_start : m.start()]):
            continue  # 印发紧急通知，要求…: the notice (a noun) is the object; what follows is no report of it
        if m.group(0) in _ESTIMATIVE_VERBS and _THING_BEFORE_RE.search(
                sentence[max(body_start, m.start() - 6) : m.start()].rstrip("".join(_TRAILING_ADVERBS) + "仍将將")):
            continue  # 匈牙利工厂预计明年投产: "is expected to"; the thing is the subject, not a speaker
        segment = sentence[body_start : m.start()]
        if m.group(0) not in ("分析", "研判"):  # 有业内人士分析认为, 专家研判指出: the analysing is part of the verb
            segment = re.sub(r"(?<=[士家师師者员員])(?:分析|研判)$", "", segment)
        if understood and m.group(0) in _ESTIMATIVE_VERBS and _LEGISLATURE_RE.search(segment.strip(" ，,")):
            break  # 另据了解，国会预计在下月初辩论白皮书: the sitting the reporter learned of ("is expected to")
        if understood and re.search(r"[将將会會]", segment):
            break  # 据了解，福耀玻璃将于10月下旬披露…: a schedule the reporter learned, its verb no reporting verb
        if re.search(r"[将將]|[会會](?=[在于於])", segment) and not DOCUMENT_RE.search(segment) and any(
                h.words in ("将", "將", "会", "會", "将会", "將會") for h in find_hedges_zh(segment)):
            continue  # 公司將在明年上半年提出…計畫: an act ahead, not a report
        if m.group(0) in DOCUMENT_VERBS and not DOCUMENT_RE.search(_SHORT_TITLE_DEFINED_RE.sub("", segment.rstrip(" ，,：:"))) \
                and not (m.group(0) in ("明确", "明確") and sentence[m.end() : m.end() + 1] in ("，", ",", "：", ":")
                         and (_BODY_STATES_RE.fullmatch(segment.strip(" ，,")) or _is_titled_person(segment))):
            continue  # 数据显示, 调查显示: no one speaks (央行此前已明确，… a body, 副主任曾益新在发布会上明确，… an official)
        if m.group(0) == "表明" and _THING_SUBJECT_RE.search(segment.rstrip(" ，,：:")):
            continue  # 数据表明: "shows"; 何君堯昨日表明: "stated"
        if re.search(r"[。！？]", segment) or re.search(r"[“「]", re.sub(r"“[^”“]{1,12}”|「[^」「]{1,12}」", "", segment)):
            break
        # 精深技能发展局（简称精深技能局，SSG）昨天在文告中说: a comma inside brackets does not end the subject
        segment = re.sub(r"（[^（）]*）|\([^()]*\)", lambda b: b.group(0).replace("，", "、").replace(",", "、"), segment)
        if "，" in segment or "," in segment:
            clauses = re.split(r"[，,]", segment)
            head = clauses[0].rsplit("的", 1)[-1] if "的" in clauses[0] else ""
            if clauses[-1].strip() == "" and m.group(0) in _ESTIMATIVE_VERBS and len(head) >= 2 \
                    and not _TITLE_RE.search(head) and not re.search(r"人士|者|人員|人员|員|员|家|师|師", head):
                break  # 学校正在建设的量子器件实验平台，预计…: a thing as the topic, the estimate the passage's speaker's
            if (clauses[-1].strip() == "" or clauses[-1].strip() in _JOINING_WORDS) and not ju and len(clauses) == 2:
                # 陳茂波昨日發表預算案，預測… / 协会在声明中欢迎…，并认为…: the verb shares the first clause's subject
                segment = clauses[0]
            elif ju or (len(clauses[-1].strip()) < 2 and clauses[-1].strip() not in ("他", "她")):
                break  # (被问及会否展延时，他说，…: the pronoun after the circumstance)
            else:
                segment = clauses[-1]
        if ju:
            segment = segment[ju.end() :]
            quoted = _YUAN_RE.search(segment)
            if quoted:
                segment = re.sub(r"的话$|的話$", "", segment[quoted.end() :])
        who = classify_segment(segment)
        if re.fullmatch(r"\s*其中(?:还|還|也|并|並)?\s*", segment) and m.group(0) in ("提出", "明确", "明確", "指出", "强调", "強調",
                                                                             "要求", "规定", "規定"):
            who = "document"  # 《方案》共部署了十大行动。其中提出，…: the document named before, for its issuer
        if m.group(0) in _TITLED_ONLY_VERBS and not (isinstance(who, Speaker) and (who.title or who.kind == "organisation")):
            continue
        if m.group(0) == "不排除" and not (isinstance(who, Speaker) and (
                who.kind == "anonymous" or who.title or who.name.endswith(ORG_SUFFIXES))):
            continue  # 分析人士不排除…: a source who states the chance; 明年則不排除…, 部分地区不排除…: no one's
        if isinstance(who, Speaker) and len(who.name) == 1 and who.kind == "person" and not who.title \
                and sentence[m.end() : m.end() + 1] not in ("，", ",", "：", ":"):
            continue  # 中指研究院认为: one character is no speaker; 指 is inside the name, the verb comes later
        if isinstance(who, Speaker) and who.kind == "person" and not who.title and who.name == segment.strip(" ，,") \
                and sentence[m.end() : m.end() + 1] not in ("，", ",", "：", ":") \
                and _pos_tags(who.name)[0][1] in ("m", "t", "s", "f"):
            continue  # 首批牌照預計明年初發出, 區內預期可創造…: a quantity, time or place is the subject, not a speaker
        # (印发《…的意见》（以下简称《意见》），明确…: the document, its short title defined in brackets)
        bare = _SHORT_TITLE_DEFINED_RE.sub("", segment.strip(" ，,：:")).rstrip("".join(_TRAILING_ADVERBS) + "同时同時")
        statement = DOCUMENT_RE.search(bare)
        if statement:
            issuer = re.sub(r"《[^《》]*》", "", bare[: statement.start()])  # 《策略》文件提出: the title is not its issuer
            issuer = re.sub(r"^\s*(?:但是|但|不过|不過|然而|而|另外|此外|同时|同時)", "", issuer)  # 不過報告亦認為: a connective
            issuer = re.sub(r"(?:在|於|于)$", "", issuer.strip()).strip()
            # 游戏科学今日在官方微博发布公告称: where it was published is not its issuer
            issuer = re.sub(r"(?:在|於|于|通过|通過|透过|透過)[^在於于，,]{1,10}?(?:上|网站|網站|微博|官网|官網|平台|帐号|帳號|专页|專頁)$",
                            "", issuer).rstrip("".join(_TRAILING_ADVERBS))
            if _DOCUMENT_DEIXIS_RE.match(issuer):
                who = "document"  # 通报说, 该文告指出: the organisation that issued it, resolved by the caller
            elif who is None or isinstance(who, Speaker) and (who.kind != "person" or who.name == segment.strip()
                                                              or DOCUMENT_RE.search(who.name)):  # …阿都加尼沙烈发表文告说
                who = classify_segment(issuer)  # 美国国务院发布声明指 → 美国国务院
                core = _strip_adverbials(issuer)
                if who is None and re.fullmatch(r"[\u4e00-\u9fff]{2,8}", core) and not _TITLE_RE.search(core):
                    who = Speaker(core, None, "organisation")  # 家禽联在文告中承诺: whoever issues a statement
        content = m.end()
        if sentence[content : content + 1] in ("说", "說", "称", "稱", "道") and m.group(0) not in ("说", "說", "称", "稱"):
            content += 1  # 回应说，…: the verb goes on
        listener = re.match(r"[^，,。；;“”「」]{1,16}?(?:说|說)?[，,：:]", sentence[content:]) if m.group(0) in ("告诉", "告訴") else None
        if listener:
            content += listener.end()  # 告诉第一财经记者，…: what was told comes after the listener
        while content < len(sentence) and sentence[content] in "，,：: \u3000":
            content += 1
        if isinstance(who, str):
            return Attribution(None, who, m.group(0), m.start(), content)
        if who is not None:
            return Attribution(who, None, m.group(0), m.start(), content)
        if ju:
            return Attribution(None, None, m.group(0), m.start(), content)
    confident = re.match(r"\s*(他|她|他们|他們|她们|她們)(?:也|还|還|亦|仍|则|則)?(?=(?:对[^，,。]{1,10})?有信心)", sentence[body_start:])
    if confident:  # 他有信心大部分雇主能在明年2月前完成调薪: his belief, the hedge (有信心) kept in the content
        return Attribution(None, confident.group(1), "有信心", body_start + confident.end(), body_start + confident.end())
    titled = _TITLED_DOCUMENT_SUBJECT_RE.search(sentence, body_start)
    if titled:  # 為免…，《方案》亦將設立…: the document named by its title states what it will do, for its issuer
        return Attribution(None, "document", titled.group(1), titled.start(1), titled.start(1))
    lead = _DISCOURSE_LEAD_RE.match(sentence, body_start)
    return Attribution(None, None, None, -1, lead.end() if lead else body_start)


#: A short title defined in brackets at the end of the words before a verb (…（以下简称《意见》）).
_SHORT_TITLE_DEFINED_RE = re.compile(r"\s*[（(](?:以下|下文)?(?:简称|簡稱|下称|下稱)[^（）()]{1,16}[）)]$")
#: A document named by its title as a clause's subject before a future marker (《方案》亦將設立…): (title).
_TITLED_DOCUMENT_SUBJECT_RE = re.compile(r"(?:^|[，,；;]\s*)(《[^《》]{1,24}》)(?:亦|也|还|還|并|並|则|則|同时|同時)?"
                                         r"(?:将|將|会|會|拟|擬|计划|計劃|计画|計畫)")


#: What an association ending in a bare 会/會 is of (香港汽車會, 中华总商会's 商会 has its own suffix): before 会 these
#: name a club or society; any other word before 会 is read as "will" (美联储会, 白宫会).
ASSOCIATION_KINDS = (r"(?:汽车|汽車|体育|體育|足球|宗亲|宗親|同乡|同鄉|校友|青年|妇女|婦女|华人|華人|医学|醫學|律师|律師|会计师|會計師|"
                     r"工程师|工程師|慈善|红十字|紅十字|渔民|漁民|农民|農民|商|工|学|學)")
#: "According to news from X": 另据知情人士消息，… — (X).
_NEWS_FROM_RE = re.compile(r"\s*(?:另据|另據|据|據)([^，,。据據]{2,20}?)(?:的)?(?:消息|訊息|信息|监测|監測|观测|觀測)(?:称|稱|指|显示|顯示)?[，,：:]\s*")
#: "The reporter learned from X": 记者从国家航天局获悉，… — (X, verb).
_LEARNED_FROM_RE = re.compile(r"\s*(?:本报|本報)?(?:记者|記者)?(?:近日|日前|今天|昨天|\d{1,2}日)?(?:从|從)([^，,。从從]{2,24}?)"
                              r"(获悉|獲悉|了解到|瞭解到|得知)[，,]\s*")
#: Where, not from whom, the reporter learned (记者从会上获悉, 从发布会上了解到, 从现场获悉).
_LEARNED_AT_RE = re.compile(r"(?:^|[会會议議坛壇场場])(?:上|中|现场|現場)$|^(?:现场|現場)$")
#: A discourse marker opening a sentence (但坦率地说，… 总的来说，…): the speaker's own frame, not the content.
_DISCOURSE_LEAD_RE = re.compile(r"\s*(?:但是|但|不过|不過|然而|而)?\s*[\u4e00-\u9fff]{0,3}?(?:地说|地說|老实说|老實說|坦白说|坦白說|"
                                r"说实话|說實話|来说|來說|可以说|可以說|应该说|應該說|句话说|句話說)[，,]\s*")


_EN_TITLES = (
    "President", "Vice President", "Prime Minister", "Minister", "Foreign Minister", "Secretary",
    "Secretary of State", "Chancellor", "Governor", "Senator", "Representative", "Chairman",
    "Chairwoman", "Chair", "Chief Executive", "CEO", "CFO", "COO", "CTO", "Spokesman", "Spokeswoman", "Spokesperson",
    "Ambassador", "Envoy", "General", "Professor", "Dr.", "Mr.", "Ms.", "Mrs.", "Dr", "Mr", "Ms", "Mrs", "Director",
    "Economist", "Analyst", "Leader", "Premier", "Mayor", "Commissioner", "Chief Economist",
    "Chief Executive Officer", "Chief Financial Officer", "Chief Operating Officer", "Administrator",
    "Deputy Administrator", "Chief Scientist", "Flight Director", "Project Manager",
    "Gov.", "Sen.", "Rep.", "Gen.", "Lt.", "Col.", "Adm.", "Prof.", "Supt.", "Insp.", "Capt.", "Maj.", "Sgt.",
    "Cmdr.", "Brig.", "Lt. Gen.", "Maj. Gen.", "Brig. Gen.", "Lt. Col.", "Rear Adm.", "Vice Adm.", "Prince", "Princess", "Sheikh",
    # British honours and peerages ("Dame Esther Rantzen said", "Lord Falconer warned")
    "Dame", "Sir", "Lord", "Lady", "Baroness", "Baron",
    # military ranks ("said Colonel Tay Zhi Wei, who leads the contingent")
    "Colonel", "Lieutenant Colonel", "Major General", "Lieutenant General", "Brigadier General", "Admiral",
    "Rear Admiral", "Vice Admiral", "Commander", "Brigadier",
    "Treasurer", "Speaker", "Majority Leader", "Minority Leader", "Whip",
    "Director General", "Director-General", "Secretary-General", "Secretary General", "Attorney General",
    "Sheriff", "Chief", "Fire Chief", "Police Chief", "Commander", "Superintendent", "Coordinator", "Judge", "Justice",
)
_EN_VERBS = (r"(?:said|says|told|confirmed|predicted|predicts|expects|expected|forecast|forecasts|warned|added|wrote|believes|"
             r"believed|estimated|estimates|promised|pledged|vowed|announced|"
             # "A person advising the creditors put the chance that … at about 30%": whoever puts the odds
             r"(?:put|puts|pegged|pegs|placed|places)\s+(?:the|its|their)\s+(?:chance|chances|odds|probability|likelihood))")
_EN_NAME = r"(?:(?:\d{1,3}(?:st|nd|rd|th)[ \t\u00a0]+)?[A-Z][\w.'’+&-]*)(?:[ \t\u00a0]+(?:[A-Z][\w.'’+&-]*|\d{4}|de|des|du|da|di|la|le|van|von|der|den|bin|binti|al-\w+)){0,6}"  # (never across lines)
_EN_ANON_RE = re.compile(
    r"((?:people|officials|executives|bankers|diplomats|persons?) familiar with [\w\s'’]+|sources? (?:close to|familiar with) [\w\s'’]+|(?:an|one|two|several) "
    r"(?:official|officials|source|sources|analyst|analysts)|officials|analysts|insiders|(?:industry|market)\s+(?:observers|watchers|insiders))\b", re.I
)
_EN_ROLES = (r"(?:spokesman|spokeswoman|spokesperson|officials?|executives?|statement|economists|analysts|strategists|"
             r"organi[sz]ers|managers|engineers|researchers|representatives|negotiators)")
_EN_ORG_ROLE_RE = re.compile(
    r"(?:\b(?:[Aa]|[Aa]n|[Tt]he)\s+)?(" + _EN_NAME + r")\s+(?:[a-z]+\s+)?" + _EN_ROLES + r"\b"
    r"|\b(?:[Ee]conomists|[Aa]nalysts|[Oo]fficials|[Ee]xecutives|[Ss]trategists)\s+(?:at|from|of)\s+(" + _EN_NAME + r")")
_EN_ROLE_BEFORE_NAME_RE = re.compile(
    r"^(.*?\b(?:chief executive|executive|spokesman|spokeswoman|spokesperson|minister|secretary|president|"
    r"chairman|chairwoman|governor|analyst|economist|director|official|leader|head|founder|ceo|CEO|CFO|COO|CTO|manager|"
    r"strategist|professor|envoy|ambassador|commissioner))\s+(" + _EN_NAME + r")$")
_EN_ORG_BODY_RE = re.compile(
    r"^(?:[Tt]he\s+)?(?!(?:The|A|An)\s)(" + _EN_NAME + r"(?:\s+[a-z]+){0,2}\s+(?:committee|ministry|agency|commission|council|board|government|presidency|office|"
    r"parliament|cabinet|embassy))$")
#: ("WASHINGTON, Jan 8 (Reuters) -", "AUSTIN, Texas, Jan 29 (Reuters) -": a place, its state, the day.)
_EN_DATELINE_RE = re.compile(r"^(?:[A-Z][A-Z .,'/-]+(?:,\s*[A-Z][a-z]+\.?(?:\s+\d{1,2})?){0,2}|[A-Z][a-z]{2,8}\.?\s+\d{1,2})"
                             r"\s*(?:\([A-Za-z ]+\))?\s*[-–—]+\s*")


_EN_ORG_WORDS = (
    "Administration", "Agency", "Ministry", "Department", "Commission", "Bank", "Inc", "Corp", "Company",
    "Council", "Office", "Authority", "Association", "Party", "Government", "Institute", "University",
    "Fund", "Organization", "Organisation", "Committee", "Bureau", "Service", "Court", "Group", "Board",
    "House", "Kremlin", "Pentagon", "Parliament", "Congress", "Senate", "Army", "Navy", "Police", "Cabinet",
    "Holdings", "Services", "Center", "Centre", "Centers", "Centres", *EN_LEGAL_FORMS,
    # industries that end a company's name (Nippon Steel, Hyundai Motor, Singapore Airlines)
    "Steel", "Motor", "Motors", "Airlines", "Airways", "Energy", "Electric", "Electronics", "Petroleum", "Oil",
    "Semiconductor", "Chemical", "Chemicals", "Pharmaceuticals", "Telecom", "Securities", "Industries", "Technologies",
    "Airport", "Railway", "Railways", "Ventures", "Entertainment", "Studios", "Shipping", "Logistics", "Aerospace",
    # utilities, miners, insurers, investors, ports and shipping lines (Ethiopian Electric Power, Kenya Power,
    # Rio Tinto Mining, Evergreen Marine, Ocean Network Express Lines)
    "Power", "Utilities", "Grid", "Gas", "Mining", "Resources", "Insurance", "Capital", "Partners", "Investments",
    "Systems", "Networks", "Ports", "Marine", "Lines",
)


_LEGAL_FORM_COMMA_RE = re.compile(rf"(\b{EN_LEGAL_FORM}\.),(?=\s+{EN_LEGAL_FORM}\b)")
#: The commas of a portfolio listed before a title: "Economy, Trade and Industry Minister", "Land, Infrastructure,
#: Transport and Tourism Minister".
_PORTFOLIO_COMMA_RE = re.compile(r"(?<=[a-z]),(?=(?:\s+[A-Z][a-z]{2,15},)*\s+[A-Z][a-z]{2,15}\s+(?:and|&)\s+"
                                 r"[A-Z][a-z]{2,15}\s+(?:Minister|Secretary|Commissioner)\b)")


#: Surnames with a capital inside (McCarthy, O'Brien, DeSantis, MacArthur): not camel-case company names.
PREFIXED_SURNAME_RE = re.compile(r"(?:Mc|Mac|O['’]|D['’]|Di|De|La|Le)[A-Z][a-z]+(?:-[A-Z][a-z]+)?")


def _en_kind(name: str) -> str:
    last = name.split()[-1]
    if last.rstrip(".") in _EN_ORG_WORDS:
        return "organisation"
    if " " not in name and (name.isupper() or any(c.isupper() for c in name[1:])) \
            and not PREFIXED_SURNAME_RE.fullmatch(name):
        return "organisation"  # NASA, FAA, SpaceX (McCarthy, O'Brien, DeSantis are surnames)
    return "person"


#: A described but unnamed source ("An official familiar with the discussions", "A senior BJP official, who
#: asked not to be named"): anonymous, named by the description itself.
_EN_UNNAMED_RE = re.compile(
    r"^(?:[Aa]n?|[Oo]ne|[Tt]wo|[Ss]everal)\s+[^,]*?\b(?:official|officials|source|sources|person|people|diplomat|"
    r"diplomats|aide|aides|executive|executives|insider|insiders|analyst|analysts|economist|economists|banker|bankers|"
    r"trader|traders|delegate|delegates|lawmaker|lawmakers|lawyer|lawyers|attorney|attorneys|expert|experts|consultant|"
    r"consultants|adviser|advisers|advisor|advisors|researcher|researchers|officer|officers|employee|employees|"
    r"manager|managers|administrator|administrators|negotiator|negotiators|envoy|envoys|strategist|strategists)\b"
    r"(?:\s+(?:familiar with|close to|with knowledge of|"
    r"involved in|briefed on)\s+[^,]+)?")
#: Unnamed officials of a country ("Australian officials", "U.S. defense officials").
_EN_NATIONAL_OFFICIALS_RE = re.compile(r"(?:U\.S\.|US|UK|EU|U\.K\.|[A-Z][a-z]+(?:an|ese|ish|i))\s+(?:government\s+|defen[cs]e\s+|"
                                       r"military\s+|security\s+|trade\s+|health\s+|senior\s+)?officials")
_EN_NOT_NAMED_RE = re.compile(r"familiar with|close to|knowledge of|briefed on|not to be (?:named|identified)|"
                              r"declined to be (?:named|identified)|"
                              r"anonymity|not authori[sz]ed", re.I)


#: (title, "<title> <name>" at the end of the words), longest title first.
_EN_TITLE_NAME_RES = tuple((title, re.compile(r"\b" + re.escape(title) + r"\s+(" + _EN_NAME + r")\s*$"))
                           for title in sorted(_EN_TITLES, key=len, reverse=True))
#: "<Title> <Name>" anywhere in a sentence ("Finance Minister Nirmala Sitharaman"): (title, name); the titles
#: written out in capitals (not "Dr.", "Gov."), longest first.
EN_TITLED_MENTION_RE = re.compile(r"\b(" + "|".join(re.escape(t) for t in sorted(_EN_TITLES, key=len, reverse=True)
                                                     if t[0].isupper() and not t.endswith(".") and len(t) > 3)
                                  + r")\s+([A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2})\b")


#: English names of public bodies: "the agency" means one of these, "the company" none of them, and "China's
#: Commerce Ministry" keeps its country where "Germany's Hapag-Lloyd" does not (a company's bank is no public body).
EN_PUBLIC_BODY_RE = re.compile(r"\b(?:Administration|Agency|Authority|Board|Bureau|Commission|Council|Department|"
                               r"Ministry|Office|Services?|Cent(?:er|re)s|Committee|Government|Parliament|Reserve|Regulator|"
                               r"Central Bank|National Bank|Federal|Police|Court|Organization|Organisation|Army|Navy)\b"
                               r"|^[A-Z]{2,6}$")
_EN_OWNER_RE = re.compile(r"[A-Z][\w.-]*['’]s\s+(?=[A-Z])")


def without_owner(name: str) -> str:
    """A company's name without the country that owns it ("Germany's Hapag-Lloyd" → Hapag-Lloyd); a public
    body's is kept whole ("China's Commerce Ministry")."""
    owner = _EN_OWNER_RE.match(name)
    return name[owner.end() :] if owner and not EN_PUBLIC_BODY_RE.search(name) else name


#: Capitalised words that open a sentence and name no one ("If riders …", "They said").
_EN_NOT_NAMES = frozenset({"he", "she", "they", "it", "this", "that", "these", "those", "but", "and", "we", "i", "you",
                           "if", "when", "while", "although", "though", "because", "as", "after", "before", "once",
                           "unless", "since", "so", "then", "there", "here", "yet", "still", "however", "meanwhile",
                           "in", "on", "at", "for", "with", "by", "from", "to", "of", "the", "a", "an", "some", "many",
                           "most", "all", "both", "each", "such", "other", "others", "what", "whether", "how", "why"})
#: Portfolios after "Minister for/of": "Minister of State for Transport Lam Pin Min" — the name is what follows.
_EN_PORTFOLIO_WORDS = frozenset({"State", "Transport", "Finance", "Trade", "Industry", "Health", "Education", "Defence",
                                 "Defense", "Foreign", "Home", "Affairs", "Law", "Manpower", "National", "Development",
                                 "Communications", "Information", "Culture", "Community", "Youth", "Social", "Family",
                                 "Environment", "Water", "Resources", "Sustainability", "Digital", "Energy",
                                 "Agriculture", "Tourism", "Labour", "Labor", "Justice", "Interior", "Economy",
                                 "Economic", "Planning", "Public", "Works", "Housing", "Investment", "Commerce",
                                 "Science", "Technology", "Security", "Land", "Sports", "Women", "Children",
                                 "Transportation", "Infrastructure", "Treasury", "Budget", "Legal", "Services",
                                 "Prime", "Minister's", "Office", "and", "&", "the", "of", "for", "Second", "Senior",
                                 "Maritime", "Marine", "Fisheries", "Mineral", "Minerals", "Mines", "Mining", "Natural",
                                 "Forestry", "Food", "Religious", "Rural", "Regional", "Urban", "Local", "Government",
                                 "Higher", "Innovation", "Climate", "Heritage", "Arts", "Immigration", "Cooperatives",
                                 "Entrepreneur", "Plantation", "Commodities", "State-Owned", "Enterprises", "Aviation",
                                 "Petroleum", "Consumer", "Human", "Rights", "Welfare", "Population", "Internal",
                                 "External", "Civil", "Media", "Research", "Statistics", "Unification", "Gender",
                                 "Equality", "Oceans", "Power", "Creative", "Village"})
_EN_PORTFOLIO_TITLE_RE = re.compile(r"^(.*?\b(?:Minister|Secretary|Commissioner)\s+(?:of|for)\s+)(.+)$")


def _en_portfolio_title(words: str) -> Speaker | None:
    """"Senior Minister of State for Transport Lam Pin Min" → Lam Pin Min, titled with the rest: the portfolio
    is read as far as it is made of portfolio words."""
    m = _EN_PORTFOLIO_TITLE_RE.match(words)
    if m is None:
        return None
    rest = m.group(2).split()
    i = 0
    while i < len(rest) - 1 and rest[i] in _EN_PORTFOLIO_WORDS:
        i += 1
    name = " ".join(rest[i:])
    if i == 0 or not re.fullmatch(r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3}", name):
        return None
    return Speaker(name, (m.group(1) + " ".join(rest[:i])).strip(), "person")


#: Words that count people without naming a body ("Several analysts", "Two officials").
_EN_QUANTIFIERS = frozenset({"several", "some", "many", "most", "few", "other", "both", "all", "two", "three", "four",
                             "five", "six", "seven", "eight", "nine", "ten", "dozens", "hundreds", "numerous"})
#: Words of a title written before a name ("House Speaker", "Senate Democratic leader", "Vice President"), and the
#: head words one must end with.
_EN_TITLE_HEADS = frozenset({"Speaker", "Treasurer", "Leader", "leader", "Whip", "whip", "President", "Minister",
                             "Secretary", "secretary", "Governor", "Senator", "Chairman", "Chairwoman", "Chair", "Director",
                             "director", "Chancellor", "Premier", "Mayor", "Commissioner", "Administrator", "Executive",
                             "Officer", "Ambassador", "Envoy", "Attorney", "Justice", "Spokesman", "Spokeswoman",
                             "spokesman", "spokeswoman", "Councillor", "Councilor", "Lawmaker", "lawmaker", "Deputy"})
_EN_TITLE_WORDS = _EN_TITLE_HEADS | _EN_PORTFOLIO_WORDS | frozenset({
    "House", "Senate", "Majority", "Minority", "Democratic", "Republican", "Vice", "Acting", "Chief", "General",
    "Deputy", "Assistant", "Associate", "Principal", "Press", "press", "Federal", "State", "Opposition", "opposition",
    "Party", "party", "Parliamentary", "Cabinet", "Prime", "Foreign", "Central", "Bank", "Reserve", "Fed"})
#: Heads that may stand before a surname alone ("Treasurer Chalmers"); "General Motors" is no person.
_EN_STRONG_TITLE_HEADS = frozenset({"Speaker", "Treasurer", "President", "Minister", "Secretary", "Governor", "Senator",
                                    "Chancellor", "Premier", "Mayor", "Commissioner"})


def _en_title_split(words: str) -> Speaker | None:
    """"House Speaker Mike Johnson" → Mike Johnson, titled "House Speaker"; "Senate Democratic leader Chuck
    Schumer", "Economy  Trade and Industry Minister Yasutoshi Nishimura" alike: title words up to a head word,
    then a name of one to three capitalised words (one only after a head such as Treasurer)."""
    tokens = words.split()
    i = 0
    while i < len(tokens) - 1 and tokens[i].strip(",") in _EN_TITLE_WORDS:
        i += 1
    if i == 0 or tokens[i - 1].strip(",") not in _EN_TITLE_HEADS:
        return None
    name = " ".join(tokens[i:])
    if not re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}", name) or name.split()[-1] in _EN_ORG_WORDS:
        return None
    if " " not in name and tokens[i - 1] not in _EN_STRONG_TITLE_HEADS:
        return None
    return Speaker(name, " ".join(tokens[:i]), "person")


def _en_speaker(words: str) -> Speaker | None:
    """A Speaker from the words that name who spoke ("Chief Executive Elon Musk", "a Boeing spokesman")."""
    found = _en_speaker_words(words)
    owned = re.match(r"\s*(?:[A-Z][a-z]+|U\.S\.|U\.K\.|EU)['’]s\s+(?=[a-z][\w-]*\s+(?:[\w-]+\s+){0,2}[A-Z])", words) \
        if found is None else None
    if owned:
        rest = words[owned.end():]
        found = _en_speaker_words(rest[:1].upper() + rest[1:])  # "Britain's energy regulator Ofgem": the regulator
    if found is None:
        # "The ASEAN Coordinating Centre for Humanitarian Assistance on Disaster Management": a body's head noun,
        # then what it is for
        body = re.fullmatch(r"\s*(?:[Tt]he\s+)?((?:[A-Z][\w'’-]*\s+){0,4}(?:" + "|".join(sorted(_EN_BODY_TAILS)) + r")"
                            r"\s+(?:for|of|on)\s+[A-Z][\w'’-]*(?:\s+(?:(?:for|of|on|and|the|&)\s+)?[A-Z][\w'’-]*){0,8}|"
                            # "the Élysée Palace": a name with an accented capital
                            r"(?:[A-ZÀ-Þ][\w'’-]*\s+){1,4}(?:" + "|".join(sorted(_EN_BODY_TAILS)) + r"))\s*", words)
        return Speaker(body.group(1), None, "organisation") if body else None
    if found.kind == "person" and found.name.split()[-1] in _EN_BODY_TAILS:
        # "the ruling State Administration Council", "The Singapore Red Cross": a body, whatever stands before it
        return Speaker(found.name, None, "organisation")
    return found


#: Last words of a body's name that no person's name ends with.
_EN_BODY_TAILS = frozenset({"Council", "Committee", "Commission", "Cross", "Crescent", "Centre", "Center", "Agency",
                            "Ministry", "Department", "Authority", "Bureau", "Office", "Administration", "Institute",
                            "Institutes", "Foundation", "Association", "Federation", "Union", "Organization",
                            "Organisation", "Board", "Corporation", "Company", "Group", "Bank", "Fund", "Party",
                            "Palace"})


def _en_speaker_words(words: str) -> Speaker | None:
    words = words.strip(" ,")
    words = re.sub(r"^(?:But|And|Still|Yet|However|Meanwhile|Separately),?\s+(?=\S)", "", words)  # "But two officials"
    words = words.split("\n")[-1].strip()  # a heading line before the sentence ("Tech\n\nAlibaba") names no one
    words = re.sub(r"(?<=[a-z]{2})\.$", "", words)  # '…," said Dr Lam.': the sentence's full stop
    placed = re.fullmatch(r"(.*\S)\s+of\s+((?:[A-Z][\w.'’-]*\s*){1,3})", words)
    if placed:  # "Senate Democratic leader Chuck Schumer of New York": the person, with the place in the title
        who = _en_speaker_words(placed.group(1))
        if who is not None and who.kind == "person" and who.title and re.fullmatch(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}",
                                                                                  who.name):
            return Speaker(who.name, f"{who.title} of {placed.group(2).strip()}", "person")
    portfolio = _en_portfolio_title(words)
    if portfolio is not None:
        return portfolio
    staff = re.fullmatch(r"(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:senior\s+)?(ministry|agency|department|bureau|commission|regulator|"
                         r"council|committee|federation|association|company|central bank)\s+(?:official|"
                         r"spokesperson|spokesman|spokeswoman|representative|source)", words)
    if staff:  # "A ministry official said" after the Ministry of Labor was named: that body (the caller resolves it)
        return Speaker("the " + staff.group(1), None, "organisation")
    spokesperson = re.fullmatch(r"(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+)?spokes(?:man|woman|person)\s+(?:for|of|at)\s+(?:the\s+)?"
                                r"([A-Z][\w&'’.-]*(?:\s+(?:(?:of|for|and|&)\s+)?[A-Z][\w&'’.-]*){0,6})", words)
    if spokesperson:  # "A spokesperson for the Environment Ministry": the body speaks (DESIGN.md)
        return Speaker(spokesperson.group(1), None, "organisation")
    mission = re.fullmatch(r"((?:[A-Z][\w.-]*['’]s\s+)?(?:Embassy|Consulate|Consulate General|High Commission|Mission)\s+"
                           r"(?:in|to)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2})", words)
    if mission:  # "China's Embassy in Jakarta": a body, its country kept
        return Speaker(mission.group(1), None, "organisation")
    unnamed = _EN_UNNAMED_RE.match(words)
    if unnamed and _EN_NOT_NAMED_RE.search(words):
        return Speaker(unnamed.group(0).strip(), None, "anonymous")
    if _EN_UNNAMED_PERSON_RE.fullmatch(words):
        # "A London-based aerospace strategist", "Two New York-based analysts": described, not named
        return Speaker(words, None, "anonymous")
    if re.fullmatch(r"(?:[Oo]ne|[Aa]nother)\s+(?:[\w.+'’-]+\s+){0,3}?(?:delegate|source|official|diplomat|analyst|executive|"
                    r"person|insider|trader|banker|economist|negotiator)", words):
        return Speaker(words, None, "anonymous")  # "One OPEC+ delegate said", "Another OPEC+ delegate said"
    role = _EN_ROLE_BEFORE_NAME_RE.search(words)
    if role:
        return Speaker(role.group(2), role.group(1).strip(), "person")
    lower_role = re.fullmatch(r"(.*?\b(?:chair|chairman|chairwoman|director|chief executive|chief|president|spokesperson|"
                              r"spokesman|spokeswoman|minister|governor|head|executive director|managing director|"
                              r"secretary|commissioner|mayor|founder|economist|analyst))\s+([A-Z][\w'’-]+(?:\s+(?:de|des|du|da|di|"
                              r"van|von|le|la|[A-Z][\w'’-]+)){1,3})", words.strip())
    if lower_role and _en_kind(lower_role.group(2)) == "person" \
            and lower_role.group(2).split()[0].rstrip(".") not in _EN_TITLE_WORDS:  # "MTC chair Linda Okafor"
        return Speaker(lower_role.group(2), lower_role.group(1).strip(), "person")
    role_of = re.fullmatch(r"(.*?\b(?:economist|analyst|strategist|researcher|professor|director|official|executive|"
                           r"spokesman|spokeswoman|spokesperson|chairman|president|head|manager|[Ee]conomist|[Aa]nalyst))\s+"
                           r"([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})\s+(?:of|at|from)\s+(.+)", words.strip())
    if role_of:  # "Senior economist Yuki Tanaka of Marunouchi Securities"
        return Speaker(role_of.group(2), f"{role_of.group(1)} of {role_of.group(3)}".strip(), "person")
    the_body = re.fullmatch(r"[Tt]he\s+((?:[A-Z][\w'’-]*\s+){0,4}[A-Z][\w'’-]*\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'’-]*"
                            r"(?:\s+[A-Z][\w'’-]*){0,3})", words.strip())
    if the_body and the_body.group(1).split()[0] not in _EN_TITLES and the_body.group(1).split()[0] not in (
            "Duke", "Duchess", "Earl", "Prince", "Princess", "King", "Queen", "Archbishop", "Bishop", "Pope", "Emperor"):
        # "The Armed Forces of the Philippines", "The Government of India": a body (not "The Duke of Sussex", "The
        # President of France": a person by their office)
        return Speaker(the_body.group(1), None, "organisation")
    name_of = re.fullmatch(r"([A-Z][a-z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,2})\s+(?:of|at|from)\s+(.+)", words.strip())
    if name_of and _en_kind(name_of.group(1)) == "person":  # "Carlos Medina of Santiago brokerage Andes Capital"
        first, _, rest = name_of.group(1).partition(" ")
        if first in _EN_TITLES and " " in rest:  # "Rep. Chip Roy of Texas": the title and the place with it
            return Speaker(rest, f"{first} of {name_of.group(2)}", "person")
        return Speaker(name_of.group(1), name_of.group(2), "person")
    body = _EN_ORG_BODY_RE.match(words)
    if body:
        return Speaker(body.group(1), None, "organisation")
    described = re.fullmatch(r"(?:[A-Z][\w'’.-]*\s+)*?(?:[Ss]hipping |[Ss]pace |[Ss]tate |[Oo]il |[Cc]hip )?(?:group|agency|company|"
                             r"firm|maker|giant|regulator|carrier|airline|automaker|operator|conglomerate|lender|insurer)\s+(" + _EN_NAME + r")",
                             words.strip())
    if described:
        return Speaker(described.group(1), None, "organisation")  # "Shipping group Maersk", "space agency Roscosmos"
    common = _EN_COMMON_ORG_RE.fullmatch(words.strip())
    if common:
        return Speaker(common.group(1), None, "organisation")  # "The port operator said …"
    org = _EN_ORG_ROLE_RE.search(words)
    if org and (org.group(1) or org.group(2)).lower() not in _EN_QUANTIFIERS \
            and (org.group(1) or org.group(2)) not in ("A", "An", "The"):  # ("Several analysts", "A spokesman": no body)
        return Speaker(org.group(1) or org.group(2), None, "organisation")
    anon = _EN_ANON_RE.search(words)
    if anon and not re.search(r"[A-Z][a-z]+ [A-Z][a-z]+", words[: anon.start()]):
        qualified = re.fullmatch(r"(?:(?:the|some|other|many)\s+)?((?:(?!(?:the|some|other|many)\b)[\w-]+\s+){1,2}"
                                 + re.escape(anon.group(1)) + r")", words.strip())
        if qualified and anon.end() == len(words.strip()) and not re.search(r"\b(?:said|says|told)\b", qualified.group(1)):
            return Speaker(qualified.group(1), None, "anonymous")  # "government officials", "Japanese officials"
        return Speaker(re.sub(r"\s+(?:have|has|had|were|are|was|is|also)$", "", anon.group(1)), None, "anonymous")
    words = re.sub(r"^(?:The|the)\s+", "", words)
    role = _EN_ROLE_BEFORE_NAME_RE.search(words)
    if role:  # "Pacific Air chief executive John Tan": the person, with the rest as title
        return Speaker(role.group(2), role.group(1).strip(), "person")
    for title, pattern in _EN_TITLE_NAME_RES:
        m = pattern.search(words)
        if m and _en_kind(m.group(1)) != "organisation":  # "General Elections Commission" is no general
            name, post = m.group(1), words[: m.start(1)].strip(" ,") or title
            while len(name.split()) > 2 and name.split()[0] in _EN_TITLE_HEADS:
                # "KCIC President Director Dwiyana Slamet Riyadi": the second head word is the title's too
                head, _, name = name.partition(" ")
                post = f"{post} {head}"
            honour = re.match(r"(Prince|Princess|Sheikh|King|Queen|Sultan)\s+(?=\S+\s)", name)
            if honour:  # "Energy Minister Prince Abdulaziz bin Salman": the honour goes with the title
                name, post = name[honour.end() :], f"{post} {honour.group(1)}"
            return Speaker(name, post, "person")
    titled = _en_title_split(words)
    if titled is not None:
        return titled
    words = re.sub(r"^The\s+(?=[A-Z])", "", words)  # "The Swiss National Bank" → Swiss National Bank
    m = re.fullmatch(_EN_NAME, words)
    if m:
        if words.lower() in _EN_NOT_NAMES:
            return None
        words = without_owner(words)  # "Germany's Hapag-Lloyd": the country describes the company
        return Speaker(words, None, _en_kind(words))
    if re.fullmatch(r"(?:Ministry|Department|Bureau|Office|Commission|Council|Agency|Institute|University|Fund|"
                    r"Organi[sz]ation|Committee|Board|Authority|Bank|Cent(?:er|re)s?)\s+(?:of|for)\s+[A-Z][\w&.'’-]*"
                    r"(?:,?\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w&.'’-]*)*", words):
        return Speaker(words, None, "organisation")  # "Ministry of Statistics and Programme Implementation"
    if any(w.strip(".,") in _EN_ORG_WORDS for w in words.split()[1:]) and re.fullmatch(
            r"[A-Z][\w&.'’-]*(?:,?\s+(?:(?:and|of|for|the|&)\s+)?[A-Z][\w&.'’-]*)*", words):
        return Speaker(words, None, "organisation")  # "Reserve Bank of India's Monetary Policy Committee"
    tail = re.search(r"\b(" + _EN_NAME + r")$", words)
    if tail and " " in tail.group(1) and re.fullmatch(r"[A-Za-z][\w .'’-]{1,40}", words[: tail.start()].strip() or "x"):
        return Speaker(tail.group(1), words[: tail.start()].strip() or None, "person")  # Labour leader Keir Starmer
    return None


_EN_SAY = (r"(?:said|says|say|added|confirmed|confirms|told \w+|predicted|predicts|predict|expects|expect|expected|warned|warn|wrote|"
           r"acknowledged|acknowledges|admitted|conceded|noted|notes|stressed|insisted|argued|argues|cautioned|explained|"
           r"suggested|reiterated|projected|projects|countered|counters|contended|maintained|asserted|"
           r"believes|believe|estimated|estimate|forecast|forecasts|promised|pledged|vowed|announced|doubted|doubts|"
           # a stated chance ("Goldman Sachs put the odds of a recession at 35%", "JPMorgan sees a 60% chance")
           r"(?:put|puts|see|sees|saw|raised|raises|lowered|lowers|cut|cuts|gave|gives|assigned|assigns)"
           r"(?=\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+)?(?:odds|probability|chances?|likelihood|risk|\d{1,3}(?:\.\d+)?\s*"
           r"(?:%|percent|per cent)|50-50|fifty-fifty|one-in|[a-z]+-in-)))")


#: A clause opening a sentence before its subject: a linking adverb or time ("Separately,", "On Monday,", "A day
#: earlier,"), a place ("In Washington,"), a circumstance ("Under the plan,", "after meeting leaders at …,") or a
#: question put to the speaker ("Asked whether the election would sway the board,").
_EN_LEAD_CLAUSE_RE = re.compile(
    r"^(\s*(?:Separately|Meanwhile|However|Also|In addition|Elsewhere|Earlier|Later|Still|"
    r"On\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"Last\s+(?:week|month|year|night|weekend|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|"
    r"Earlier\s+(?:this|on)\s+\w+|On\s+\w+\s+\d{1,2}|(?:Early|Late)\s+(?:on\s+)?\w+(?:\s+\d{1,2})?|"
    r"(?:In|At|From)\s+[A-Z][\w.]+(?:\s+[A-Z][\w.]+)?|"
    r"(?:Under|In|At|After|Before|During|With|Following|Despite)\s+(?:a|an|the|its|their)\s+[^,]{2,50}|"
    r"(?:A|One|Two|Three)\s+(?:day|week|month|year)s?\s+(?:earlier|later|before|after)|"
    r"(?:When\s+|If\s+)?(?:[Aa]sked|[Pp]ressed|[Qq]uestioned)\s+(?:about|whether|if|how|why|what|when|on|by)\b[^,]{2,140}|"
    r"(?:[Aa]fter|[Bb]efore|[Ww]hile|[Ww]hen|[Ss]ince|[Ss]peaking|[Ww]riting)\s+(?:[a-z]+ing\b|to\s)[^,]{0,120}|"
    # "Looking further ahead,", "Turning to the economy,", "Asked about rates,"
    r"(?:Looking|Turning|Moving|Responding|Referring|Commenting)\b[^,]{0,80}),\s*)")


#: A second clause joined by a conjunction (", and Wu said …", ", but the company expects …"): the place it begins.
_EN_JOINED_CLAUSE_RE = re.compile(r"[,;]\s+(?:and|but|while|as|though|although)\s+(?=[A-Z]|the\s|he\s|she\s|it\s|they\s)")


def attribute_en(sentence: str) -> Attribution:
    """Attribute one English sentence ("X said", "said X", "X, a …, said", "according to X", "he said").

    Offsets index ``sentence`` (a wire dateline such as "LONDON (Reuters) -" is skipped).
    """
    if sentence.rstrip() and sentence.rstrip()[-1] not in ".!?\"”’)'":
        sentence += "."  # a clause cut from its sentence ("…, Huang said" before ", adding that …"): read as one
    body = _EN_DATELINE_RE.sub("", sentence, count=1)
    # "Separately, Honda said …": a linking adverb before the subject (blanked, offsets kept)
    # (several in a row: "A day earlier, after meeting leaders at the White House, Vice President JD Vance said")
    for _ in range(3):
        opened = _EN_LEAD_CLAUSE_RE.sub(lambda m: " " * len(m.group(1)), body, count=1)
        if opened == body:
            break
        body = opened
    body = re.sub(r"^(\s*(?:But|And|Yet|So|Still|Now)\s+)(?=[A-Z])", lambda m: " " * len(m.group(1)), body)  # "But Ortiz said"
    # "Speaking to the party conference in Manchester — the city the line was meant to reach — Sunak said"
    body = re.sub(r"^(\s*(?:Speaking|Writing)\s+(?:to|at|on|in|before|after)\s[^,—–]{2,160}?\s[—–]\s[^—–]{2,100}?\s[—–]\s)",
                  lambda m: " " * len(m.group(1)), body)
    # "The stakes are large: Microsoft said …": a short clause before a colon leads in (not a label: three words
    # or more; offsets kept)
    body = re.sub(r"^(\s*[A-Z][^:\"“”(]{2,60}?\s[^:\"“”(\s]+\s[^:\"“”(]*?:\s+)(?=[A-Z])", lambda m: " " * len(m.group(1)), body)
    shift = len(sentence) - len(body)
    # "The Japan Aerospace Exploration Agency (JAXA) said": the acronym in brackets, blanked (offsets kept)
    body = re.sub(r"(?<=[a-z])\s\([A-Z]{2,6}(?:\s[A-Z][a-z]+)?\)(?=[\s,])", lambda m: " " * len(m.group(0)), body)
    # "Samsung Electronics Co., Ltd. said": the comma between two legal forms is no clause break (offsets kept)
    body = _LEGAL_FORM_COMMA_RE.sub(r"\1 ", body)
    # "Economy, Trade and Industry Minister Yasutoshi Nishimura said": commas inside a portfolio (offsets kept)
    body = _PORTFOLIO_COMMA_RE.sub(" ", body)
    found = _attribute_en_body(body)
    joined = _EN_JOINED_CLAUSE_RE.search(body) if found.verb is None else None
    if joined:
        # "Revenue rose 13 per cent …, and Wu said growth would accelerate …": the report in the second clause
        later = _attribute_en_body(body[joined.end() :])
        if later.verb and (later.speaker or later.pronoun) and 0 <= later.verb_start <= 60:
            found = Attribution(later.speaker, later.pronoun, later.verb, later.verb_start + joined.end(),
                                later.content_start + joined.end())
    if found.verb is None:
        # "The U.S. Federal Aviation Administration on Wednesday approved …, but said it would …": the opening
        # subject reports through a second verb of its own
        shared = _EN_SHARED_VERB_RE.search(body)
        subject = _EN_SENTENCE_SUBJECT_RE.match(body) if shared else None
        if shared and subject:
            probe = _attribute_en_body(subject.group(1) + " said it.")
            if probe.verb and probe.speaker and (probe.speaker.kind == "organisation" or " " in probe.speaker.name):
                found = Attribution(probe.speaker, None, shared.group(1), shared.start(1), shared.end(1))
    content = found.content_start + shift
    # "said on Wednesday that …", "said that …": the content starts after the frame
    frame = re.match(r"\s*(?:on\s+\w+day\s+|in a statement\s+|on \w+\s+|last\s+(?:week|month|year|night)\s+|yesterday\s+|"
                     r"earlier\s+this\s+(?:week|month|year)\s+)?(?:that\s+)?", sentence[content:])
    if found.verb and frame and content > shift:
        content += frame.end()
    return Attribution(found.speaker, found.pronoun, found.verb, found.verb_start + shift if found.verb_start >= 0 else -1,
                       content)


#: A reporting verb joined to the sentence's first verb, with no subject of its own (", but said it would …").
_EN_SHARED_VERB_RE = re.compile(r",?\s+(?:and|but)\s+(?:also\s+|later\s+)?(said|says|warned|added)\b(?!\s+(?:that\s+)?(?:he|she|they)\b)")
#: The subject that opens an English sentence: a capitalised name ("The U.S. Federal Aviation Administration",
#: "Boeing") or "the company/agency …", before its first lower-case word.
_EN_SENTENCE_SUBJECT_RE = re.compile(
    r"\s*([Tt]he\s+(?:company|agency|ministry|government|regulator|airline|carrier|bank|group|firm|central bank)"
    r"|(?:The\s+)?(?:(?:U\.S\.|US|UK|EU)\s+)?(?:[A-Z][\w&'’.-]*(?:\s+(?:of|for|and|&)\s+|\s+)){0,6}[A-Z][\w&'’-]*)"
    r"(?=\s+(?:on\s+\w+day\s+|also\s+|earlier\s+|last\s+\w+\s+)?[a-z])")


#: Nouns for a person an article describes but does not name ("a Tokyo-based rice wholesaler", "two New
#: York-based analysts", "the strategist added"): the description is the speaker's name (kind anonymous).
#: People described by their trade, no organisation's staff ("a Tokyo-based rice wholesaler", "a Hong Kong-based fund
#: manager")…
_EN_OUTSIDE_PERSON_NOUNS = ("analyst", "strategist", "economist", "trader", "broker", "banker", "wholesaler", "dealer",
                            "expert", "consultant", "investor", "researcher", "scientist", "meteorologist", "forecaster",
                            "fund manager", "portfolio manager", "lawyer", "adviser", "advisor", "freight forwarder",
                            "forwarder", "shipper", "importer", "exporter")
EN_UNNAMED_PERSON_NOUNS = (*_EN_OUTSIDE_PERSON_NOUNS,
                           # (staff: taken up again as "the official", but "a METI official" speaks for METI)
                           "executive", "official", "source", "insider", "diplomat", "delegate", "person")
#: …those of them that are no organisation's staff: "A METI official said" is METI's (DESIGN.md), "a Tokyo-based
#: rice wholesaler" no one's.
_EN_UNNAMED_PERSON_RE = re.compile(
    r"(?:[Aa]n?|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ss]everal)\s+(?!(?:of|the)\b)(?:[\w.&'’-]+\s+){0,4}?"
    r"(?:" + "|".join(_EN_OUTSIDE_PERSON_NOUNS) + r")s?(?:\s+(?:at|with|from|in)\s+(?:a|an|the)\s+[\w\s.&'’-]{2,40})?"
    # ("One banker working on technology deals put the chance …": what the person does, after the noun)
    r"(?:\s+(?:working|based|involved|specialising|specializing|focused|familiar)\s+(?:on|in|at|with)\s+[\w\s.&'’-]{2,40}?(?=\s+(?:said|says|put|puts|told|expects|estimated|predicted|warned)\b|$))?")

#: "the governor" after "Governor Perry Warjiyo": a titled person named before (resolved by the caller).
_EN_ROLE_REFERENCES = (r"governor|president|minister|chairman|chairwoman|chief executive|ceo|cfo|premier|prime minister|"
                       r"secretary|mayor|commissioner|chancellor|director")
#: …and "the people", "the sources" after "people familiar with the matter": the anonymous source named before.
_EN_BACK_REFERENCES = _EN_ROLE_REFERENCES + r"|people|" + "|".join(n + "s?" for n in EN_UNNAMED_PERSON_NOUNS)


#: Nouns of a post or trade written after a name without an article ("Mary Lee, chief economist at …").
_EN_ROLE_NOUN_RE = re.compile(r"\b(?:economist|analyst|strategist|director|chief|head|professor|president|minister|officer|"
                              r"executive|manager|founder|chairman|chairwoman|chair|secretary|governor|spokes\w+|partner|"
                              r"researcher|fellow|adviser|advisor|lawyer|leader|commissioner|ambassador|mayor)\b")


def _attribute_en_body(s: str) -> Attribution:
    quote_tail = re.search(r"[”\"]\s*,?\s*(he|she|they)\s+(said|added|says|told)\b", s, re.I)
    if quote_tail:
        return Attribution(None, quote_tail.group(1).lower(), quote_tail.group(2), quote_tail.start(2), 0)
    role = re.search(r"[”\"]\s*,?\s*the\s+(" + _EN_ROLE_REFERENCES + r")\s+(?:said|says|added)\b", s, re.I)
    if role:  # "…," the governor said: the person of that title named before, resolved by the caller
        return Attribution(None, "the " + role.group(1).lower(), "said", role.start(1), 0)
    unnamed = re.search(r"[”\"]\s*,?\s*((?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:spokesman|spokeswoman|spokesperson|"
                        r"official|source|analyst|executive|meteorologist|forecaster|economist|scientist|engineer|"
                        r"researcher|expert|diplomat|negotiator|strategist|trader|broker|banker|wholesaler|dealer|"
                        r"consultant|investor)"
                        # '…," a spokesperson for Britain's Department for Energy Security and Net Zero said'
                        r"(?:\s+(?:for|at|of|from|with)\s+[^,\"“”]{2,80}?)?)\s+(?:said|says|added|told\s+\w+)\b", s)
    if unnamed:  # "…," a spokesman said: the organisation if named, else the description
        who = _en_speaker(unnamed.group(1)) or Speaker(unnamed.group(1), None, "anonymous")
        return Attribution(who, None, "said", unnamed.start(1), 0)
    # ('…," said a Manila-based security analyst who declined to be named.': the description, not the clause after it)
    after_said = re.search(r"[”\"]\s*,?\s*(?:said|says|added)\s+([^,.;\"“”]{3,80}?)\s*(?:,?\s+who\s+(?:declined|asked|spoke|was|is|did)\b[^\"“”]*)?"
                           r"(?:[.;]\s*$|,|$)", s)
    described = _en_speaker(after_said.group(1)) if after_said and re.search(r"(?:^|\s)[a-z]", after_said.group(1)) else None
    if after_said and described is not None and ((described.kind == "person" and described.title) or described.kind == "anonymous"
                                                 or _EN_UNNAMED_PERSON_RE.fullmatch(after_said.group(1))):
        # '…," said UBS analyst Giovanni Staunovo.': the person, titled by the words before the name; '…," said a
        # Tokyo-based rice wholesaler, noting …': the description
        return Attribution(described, None, "said", after_said.start(1), 0)
    lowered = re.search(r"[”\"]\s*,?\s*((?:[A-Z][\w.'’&-]*\s+){0,3}(?:[a-z]+\s+){0,2}(?:chair|chairman|chairwoman|director|"
                        r"chief executive|president|spokesperson|spokesman|spokeswoman|minister|governor|head|secretary|"
                        r"commissioner|mayor|founder|co-founder|cofounder|co-CEO|co-chief executive|"
                        # ('…," project manager Makoto Arita told a news conference')
                        r"manager|engineer|scientist|professor|researcher|official|officer|executive|adviser|advisor|"
                        r"ambassador|envoy|lawyer|attorney|economist|analyst|strategist|coach)"
                        # ('…," co-founder and CEO Steve Huffman told CNBC': two roles joined by "and")
                        r"(?:\s+and\s+(?:CEO|CFO|COO|chief executive|chairman|chairwoman|president|chair))?\s+" + _EN_NAME
                        + r")\s+(?:said|says|added|told)\b", s)
    if lowered and _en_speaker(lowered.group(1)) is not None:
        # '…," MTC chair Linda Okafor said': a title in lower case before the name
        return Attribution(_en_speaker(lowered.group(1)), None, "said", lowered.start(1), 0)
    # ('…," said Matt Kennedy, a senior strategist at Renaissance Capital.': the role after the name is the title)
    m = re.search(r"[”\"]\s*,?\s*(?:said|says|added)\s+(" + _EN_NAME + r")(?:,\s*(?P<role>(?:(?:a|an|the)\s+)?[a-z][^,\"“”]{2,90}?)"
                  r"\s*(?:[.;]\s*$|,|$))?", s) or re.search(
        # ('…," Health and Human Services Secretary Xavier Becerra told reporters': a portfolio joined by "and";
        # '…," District 751 President Jon Holden told reporters': a number in the title)
        r"[”\"]\s*,?\s*(" + _EN_NAME + r"(?:\s+(?:and|&|\d{1,4})\s+" + _EN_NAME + r")?)(?:,\s*\d{1,3},|,\s*(?P<role>(?:a|an|the)?\s*[a-z][^,\"“”]{2,90}),)?"
        r"\s+(?:said|says|added|told)\b", s)
    if m and _en_speaker(m.group(1)):
        found = _en_speaker(m.group(1))
        assert found is not None
        role = (m.group("role") or "").strip() if "role" in m.groupdict() else ""
        if role and found.kind == "person" and (re.match(r"(?:a|an|the)\s", role) or _EN_ROLE_NOUN_RE.search(role)):
            # '"…," Yuthasak Supasorn, governor of the Tourism Authority of Thailand, told Reuters'; '…," said Mary Lee,
            # chief economist at Example Capital.': the role is the title (not '…, adding that …')
            found = Speaker(found.name, role, "person")
        return Attribution(found, None, "said", m.start(1), 0)
    m = re.match(r"\s*(?:(?:But|And|Still|Yet),?\s+)?(He|She|They|It|he|she|they|it)\s+(?:has\s+|had\s+|have\s+)?"
                 r"(?:also\s+|again\s+|later\s+|now\s+|still\s+)?(" + _EN_SAY + r")\b", s)
    if m:  # the verb as written: "He expects …" states a probability, "He said …" does not ("It now expects")
        return Attribution(None, m.group(1).lower(), m.group(2).split()[0], m.start(), m.end())
    m = re.search(r"\b(?:[Aa]ccording|ACCORDING) to ([^,.;]+)", s)
    # "according to a person familiar with the schedule who spoke on condition of anonymity because …"
    source = re.sub(r"\s+(?:who|which|because|speaking|citing)\b.*$", "", m.group(1)) if m else ""
    by = (_en_speaker(source) or _en_speaker(m.group(1))) if m else None
    if m and by:
        return Attribution(by, None, "according to", m.start(), 0)
    back = re.fullmatch(r"(?:the|these|those)\s+(people|sources|officials|person|source|official|analysts|economists|delegates)",
                        source.strip()) if m else None
    if back:  # "…, according to the people.": the source the article cited before (the caller)
        return Attribution(None, "the " + back.group(1), "according to", m.start(), 0)
    m = _EN_ROLE_SUBJECT_RE.match(s)
    if m:  # "The prime minister also said …", "The envoy added …": the person named before with that title (the caller)
        return Attribution(None, "the " + m.group(1).lower(), m.group(2).split()[0], m.start(2), m.end())
    m = re.search(r",\s*(?:said|says|added)\s+((?:a|an|one)\s+[^,.;\"“”]{3,60}?(?:analyst|economist|official|source|"
                  r"executive|trader|banker|diplomat|strategist|expert|negotiator|delegate))"
                  r"(?:\s+(?:at|with|from|in)\s+[^,.;\"“”]{2,60})?\s*(?:[.;]\s*$|,|$)", s)
    if m:  # "…, said a Tokyo-based steel analyst.": an unnamed person, the description as the name
        return Attribution(Speaker(m.group(1), None, "anonymous"), None, "said", m.start(), 0)
    m = re.search(r",\s*(?:a|an|the|its)\s+(?:company\s+|group\s+|firm\s+)?(?:spokes(?:man|woman|person)|representative)"
                  r"\s+(?:said|says|told\s+\w+|added|confirmed)\s*[.;]?\s*$", s)
    subject = re.match(r"\s*(" + _EN_NAME + r")\s+(?:will|would|plans|planned|is|are|was|has|had|expects|aims|intends|"
                       r"does|did|won't|cannot)\b", s) if m else None
    owner = _en_speaker(subject.group(1)) if subject else None
    generic_owner = _EN_GENERIC_SUBJECT_RE.match(s) if m else None
    if generic_owner:
        # "The company will cut 5,000 jobs …, a spokeswoman said": the company named before (the caller)
        return Attribution(Speaker("the " + generic_owner.group(1), None, "organisation"), None, "said", m.start(), 0)
    if m and owner is not None and owner.kind == "organisation":
        # "EnBW will keep about 200 employees …, a spokeswoman said": the company the sentence is about speaks
        return Attribution(owner, None, "said", m.start(), 0)
    m = re.match(r"\s*(?:Opponents|Critics|Supporters|Campaigners|Activists|Opposition groups|Rights groups|Unions|Groups)"
                 r",\s+(?:including|led by|among them)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?(" + _EN_NAME + r"),\s+"
                 r"(?:also\s+)?(" + _EN_SAY + r")\b\s*(?:that\s+)?", s)
    if m and _en_speaker(m.group(1)) is not None:
        # "Opponents, including the campaign group Care Not Killing, warned that …": the group named
        return Attribution(_en_speaker(m.group(1)), None, m.group(2), m.start(2), m.end())
    m = _EN_DESCRIPTION_RE.match(s)
    if m:  # "The California Republican predicted …": a description of a person named before (the caller)
        return Attribution(None, "the " + m.group(1).lower(), m.group(2).split()[0], m.start(2), m.end())
    m = re.match(r"\s*((?:(?:The|A|An)\s+)?[^,]{2,120}?)((?:,\s*[^,]{3,200}){1,2},)?\s+(?:has\s+|have\s+|had\s+)?"
                 r"(?:also\s+|again\s+|earlier\s+|later\s+|separately\s+|now\s+|still\s+|previously\s+|currently\s+|"
                 r"repeatedly\s+|already\s+|often\s+|consistently\s+|publicly\s+)?"
                 + _EN_SAY + r"\b", s)
    if m and re.search(r"\b(?:projects|forecasts|estimates|notes|estimate|forecast)$", s[: m.end()]) and re.match(
            r"\s+(?:in|on|at|of|for|from|with|could|would|will|may|might|are|were|have|has|is|was|that\s+(?:are|were|have))\b",
            s[m.end() :]):
        m = None  # "Sovereign AI projects in the Middle East could add …": a noun, not "projects" the verb
    if m and re.fullmatch(r"\s*(?:The|the)\s+(officials|sources|people|analysts|economists|delegates|diplomats|executives)",
                          m.group(1)):
        # "The officials said they expect …": the unnamed group the article cited before (the caller)
        return Attribution(None, "the " + m.group(1).split()[-1].lower(), "said", m.start(), m.end())
    if m:
        speaker = _en_speaker(m.group(1))
        placed = re.fullmatch(r"(.+?)\s+in\s+[A-Z][a-z]+(?:,?\s+[A-Z][a-z]+)?", m.group(1).strip())
        if speaker is None and placed:  # "The Space Telescope Science Institute in Baltimore, which runs …, said"
            speaker = _en_speaker(placed.group(1))
        generic = _EN_DESCRIBED_HEAD_RE.fullmatch(m.group(1).strip())
        if speaker is None and generic:
            # "The Japanese company pledged": "the company"; "The world's biggest streaming service": the company too
            head = generic.group(1) if generic.group(1) in GENERIC_ORG_HEADS_EN else "company"
            speaker = Speaker(head, None, "organisation")
        if m.group(2) and _EN_UNNAMED_RE.match(m.group(1).strip()) and _EN_NOT_NAMED_RE.search(m.group(2)):
            speaker = Speaker(m.group(1).strip(), None, "anonymous")  # "A senior official, who asked not to be named,"
        unnamed_who = re.fullmatch(r"((?:A|An|One)\s+[\w\s-]{2,50}?)\s+who\s+(.+)", m.group(1).strip())
        if speaker is None and unnamed_who and _EN_NOT_NAMED_RE.search(unnamed_who.group(2)):
            speaker = Speaker(unnamed_who.group(1), None, "anonymous")  # "A fund manager who declined to be named said"
        if _EN_NATIONAL_OFFICIALS_RE.fullmatch(m.group(1).strip()):
            speaker = Speaker(m.group(1).strip(), None, "anonymous")  # "Australian officials expect …": unnamed
        apposed = (m.group(2) or "").strip(" ,")
        if apposed and re.fullmatch(_EN_NAME, apposed) and _en_kind(apposed) == "person" and " " in apposed \
                and re.search(r"\b(?:negotiator|spokes\w+|minister|secretary|official|director|chief|head|leader|"
                              r"president|governor|chairman|chairwoman|executive|economist|analyst|founder|commissioner|"
                              r"envoy|ambassador|mayor|premier|chancellor|adviser|advisor|strategist|scientist|professor|"
                              r"researcher|administrator|commander|chair)\b",
                              m.group(1), re.I):
            # "The group's chief negotiator, Mohammed Abdulsalam, told …": the name between commas, the role its title
            return Attribution(Speaker(apposed, m.group(1).strip(), "person"), None,
                               re.findall(r"[a-z]+", s[: m.end()])[-1], m.start(), m.end())
        if speaker:
            if m.group(2) and speaker.kind == "person" and " " not in speaker.name and (
                    re.match(r",\s*which\b", m.group(2)) or _EN_ORG_APPOSITION_RE.fullmatch(m.group(2))):
                # "Grab, which has thousands of riders, said": a thing; "Aeon, Japan's largest supermarket operator,
                # said": a company
                speaker = Speaker(speaker.name, None, "organisation")
            elif m.group(2) and speaker.kind == "person":
                speaker = Speaker(speaker.name, m.group(2).strip(" ,"), "person")
            verb = re.findall(r"[a-z]+", s[: m.end()])[-1]
            teller = _en_named_teller(s) if speaker.kind == "organisation" and verb in _EN_EXPECT_VERBS else None
            if teller is not None:
                # "The U.S. Army Corps of Engineers expects to restore the channel by the end of May, Lt. Gen. Scott
                # Spellmon said": the body's expectation, told by a person named at the end, is that person's claim
                return teller
            return Attribution(speaker, None, verb, m.start(), m.end())
    m = re.search(r",\s*(?:said|says|added)\s+(" + _EN_NAME + r")(?:,\s*([^,.]{2,80}))?", s)
    if m and _en_speaker(m.group(1)):
        speaker = _en_speaker(m.group(1))
        assert speaker is not None
        return Attribution(Speaker(speaker.name, m.group(2) or speaker.title, speaker.kind), None, "said", m.start(), 0)
    national = re.search(r",\s*(" + _EN_NATIONAL_OFFICIALS_RE.pattern + r")\s+(?:said|say|told \w+)\b", s)
    if national:  # "…, U.S. officials said." — unnamed officials of a country
        return Attribution(Speaker(national.group(1), None, "anonymous"), None, "said", national.start(1), 0)
    anon = re.search(r"(" + _EN_ANON_RE.pattern + r")\s+" + _EN_SAY, s, re.I)
    if anon:  # ("…, people familiar with the matter have said": the auxiliary is no part of the description)
        described = re.sub(r"\s+(?:have|has|had)$", "", anon.group(1))
        kind_of = re.search(r"\b((?:political|independent|industry|market|energy|oil|bank|banking|senior|local|foreign|"
                            r"western|security|defen[cs]e|legal|health|financial|credit|equity|other)\s+)$", s[: anon.start()])
        if kind_of and described.lower() in ("analysts", "officials", "insiders"):
            described = kind_of.group(1) + described  # "political analysts said"
        counted = re.search(r"\b((?:two|three|four|five|six|several|some|a\s+few)\s+(?:[a-z][a-z-]+\s+)?)$", s[: anon.start()])
        if counted and described.lower() in ("analysts", "officials", "insiders"):
            described = counted.group(1) + described  # "…, two party officials said": the group as described
        return Attribution(Speaker(described, None, "anonymous"), None, "said", anon.start(), 0)
    markets = re.match(r"\s*((?:[A-Z][a-z]+\s+)?(?:[Tt]raders|[Ii]nvestors|[Ee]conomists|[Aa]nalysts|[Ss]trategists|[Dd]ealers)"
                       r"\s+(?:in|at|on|from)\s+(?:the\s+)?[a-z][\w\s-]{1,40}?)\s+(?:now\s+|also\s+|still\s+)?"
                       r"(expect|say|said|see|predict|believe|bet|anticipate)\b", s)
    if markets:  # "Traders in swaps markets now expect …": an unnamed group, described
        return Attribution(Speaker(markets.group(1), None, "anonymous"), None, markets.group(2), markets.start(2),
                           markets.end())
    group = re.search(r"(?:,|^)\s*((?:two|three|four|several|some|many|most|a\s+few)\s+(?:[\w.+-]+\s+){0,2}?(?:brokers|traders|"
                      r"economists|analysts|bankers|officials|sources|diplomats|delegates|executives|people|investors|dealers|"
                      r"negotiators|envoys|lawmakers|experts|scientists|residents|workers|strategists|lawyers|attorneys|"
                      r"forwarders|shippers|operators|farmers|developers|landlords|doctors|activists|observers|critics|"
                      r"exporters|importers|manufacturers|producers)"
                      # "three sources from the producer group told Reuters"
                      r"(?:\s+(?:from|at|in|of|with|close to)\s+(?:the\s+)?[\w.+-]+(?:\s+[\w.+-]+){0,3}?)?)"
                      r"\s+(?:said|say|says|told \w+|expect|believe|warn|warned|predict|forecast)\b", s, re.I)
    if group:  # "…, two London-based brokers said." / "Some economists say …"
        content = group.end() if group.start(1) <= 2 else 0
        return Attribution(Speaker(group.group(1), None, "anonymous"), None, "said", group.start(1), content)
    saying = re.match(r"\s*((?:The\s+)?[A-Z][^,;]{1,80}?)\s+(?:[a-z]{3,}ed|told \w+)\b[^,;]{0,140},\s+(saying|warning|noting|adding(?=\s+that))"
                      r"\s+(?:that\s+)?", s)
    said_by = _en_speaker(saying.group(1)) if saying else None
    if said_by is not None and said_by.kind == "person" and " " not in said_by.name and not said_by.title:
        said_by = None  # "Exports jumped in March, saying …" is no one; a person is named in full or titled
    if saying and said_by is not None:
        # "Prime Minister Srettha Thavisin welcomed the signing in a post on X, saying the deal would …"
        return Attribution(said_by, None, saying.group(2), saying.start(2), saying.end())
    joined = _EN_AND_SAID_RE.match(s)
    if joined and joined.group(1) in ("He", "She", "They", "It"):
        # "He urged both chambers to pass it quickly and said he would sign it": whom the pronoun means (the caller)
        return Attribution(None, joined.group(1).lower(), joined.group(2), joined.start(2), joined.end())
    if joined and _en_speaker(joined.group(1)) is not None:
        # "The Bank of Korea kept its rate unchanged on Thursday, and said inflation was likely to slow": the
        # subject of the first clause says the second
        return Attribution(_en_speaker(joined.group(1)), None, joined.group(2), joined.start(2), joined.end())
    apposed = _en_apposed_teller(s)
    if apposed is not None:
        return apposed
    tail = _EN_TAIL_RE.search(s)
    if tail:  # "…, the White House said." / "…, Prime Minister Lee told reporters on Sunday." / "…, she said, because"
        named = tail.group("who")
        if named.lower() in ("he", "she", "they", "it"):
            return Attribution(None, named.lower(), tail.group("verb"), tail.start("verb"), 0)
        staff = re.fullmatch(r"(?:a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:meteorologist|spokes(?:man|woman|person)|official|engineer|"
                             r"executive|director|manager|representative|officer|scientist)\s+(?:with|at|from|of)\s+"
                             r"((?:the\s+)?[A-Za-z][\w&'’ -]{2,60})", named)
        if staff and not re.search(r"\b(?:who|which|because|said)\b", staff.group(1)):
            # "…, a meteorologist with the launch center said": its staff speak for the body (DESIGN.md)
            body = _en_speaker(staff.group(1)) or Speaker(staff.group(1).removeprefix("the ").strip(), None, "organisation")
            return Attribution(Speaker(body.name, None, "organisation"), None, tail.group("verb"), tail.start("verb"), 0)
        if re.match(r"(?:its|their)\s", named):
            # "…, its finance chief said": the company's official speaks for the company (DESIGN.md)
            return Attribution(None, "it", tail.group("verb"), tail.start("verb"), 0)
        back = re.fullmatch(r"(?i)(?:one of )?the\s+(" + _EN_BACK_REFERENCES + r")", named)
        if back:  # "…, the minister said." / "…, the people said.": whom the article named so before (the caller)
            return Attribution(None, "the " + back.group(1).lower(), tail.group("verb"), tail.start("verb"), 0)
        described = re.fullmatch(r"(?:the|The)\s+(?:[\w.-]+\s+){1,3}?(?:chipmaker|carmaker|automaker|maker|company|firm|"
                                 r"lender|insurer|retailer|developer|producer|manufacturer|miner|giant|conglomerate|"
                                 r"supplier|airline|carrier)", named)
        if re.fullmatch(r"(?i)(?:a|an|the)\s+(?:(?:company|firm|bank|group|carrier|airline|ministry)\s+)?spokes(?:man|woman|person)",
                        named) or described:
            # "Hyundai Motor will open …, a company spokesperson said": the company the sentence is about; so
            # "Micron Technology will invest …, the U.S. memory chipmaker said" (a described company)
            # ("Supermarket chain Hoshino Mart will …": a described company, by its name)
            subject = re.match(r"\s*(?:[A-Z]?[\w-]+\s+(?:chain|group|maker|company|firm|operator|giant|retailer|carrier|"
                               r"airline|lender|bank|developer)\s+)?((?:[A-Z][\w&.'’-]*\s+){0,3}[A-Z][\w&.'’-]*)\s+"
                               r"(?:will|would|plans|is|has|expects|aims)\b", s)
            who = _en_speaker(subject.group(1)) if subject else None
            if who is not None:
                return Attribution(Speaker(who.name, None, "organisation"), None, tail.group("verb"), tail.start("verb"), 0)
            if described or not re.fullmatch(r"(?i)(?:a|an|the)\s+spokes(?:man|woman|person)", named):
                return Attribution(None, "it", tail.group("verb"), tail.start("verb"), 0)
            # ("The government will raise taxes, a spokesman said": whose spokesman is not said; not the last body's)
        found = _en_speaker(named)
        if found is None and re.fullmatch(r"(?:de|des|du|da|di|van|von|le|la)\s+[A-Z][\w'’-]+", named):
            found = Speaker(named, None, "person")  # "…, des Cars promised.": a surname with its particle
        if found is None and re.fullmatch(r"(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+(?:ers|ors|ists|ants|ents|ians|yers|ives|ees)",
                                          named):
            found = Speaker(named, None, "anonymous")  # "…, freight forwarders said.": an unnamed group
        if found is None and re.match(r"(?i)(?:a|an|one)\s+(?:[\w+-]+\s+){0,3}?(?:source|official|person|people|diplomat|"
                                      r"executive|delegate|insider)s?(?:\s+(?:at|from|in|of|with|close to|familiar with)\b.*)?$", named):
            found = Speaker(named, None, "anonymous")  # "…, a source at the canal authority said."
        if found is None and re.match(r"(?i)the\s", named) and named.split()[-1].capitalize() in _EN_ORG_WORDS + (
                "Authority", "Operator", "Regulator", "Ministry"):
            found = Speaker(named[4:].strip(), None, "organisation")  # "…, the port authority said."
        if found is not None:
            return Attribution(found, None, tail.group("verb"), tail.start("verb"), 0)
    return Attribution(None, None, None, -1, 0)


#: Verbs by which a body holds a view ("UBS expects …"): a person named at the sentence's end tells it.
_EN_EXPECT_VERBS = frozenset({"expects", "expect", "expected", "predicts", "predicted", "forecasts", "estimates", "projects",
                              "anticipates", "believes"})


def _en_apposed_teller(s: str) -> Attribution | None:
    """"…, Kenji Sato, director of the ministry's staple food division, told reporters.": the name, its post."""
    apposed = EN_TAIL_APPOSED_RE.search(s)
    if apposed and not re.search(r"\b(?:who|which|that)\b", apposed.group("title")):
        found = _en_speaker(apposed.group("name"))
        if found is not None and found.kind == "person":
            # (the post after the name, not an abbreviated rank before it: "Capt. Jane Doe, the port's harbor master")
            return Attribution(Speaker(found.name, apposed.group("title").removeprefix("the ").strip() or found.title, "person"),
                               None, apposed.group("verb"), apposed.start("verb"), 0)
    return None


def _en_named_teller(s: str) -> Attribution | None:
    """The person named in a closing ", <Name> said." / ", <Name>, <post>, said." / ", he said." of ``s``, or None
    (an unnamed spokesperson or the body itself leaves the body the speaker)."""
    apposed = _en_apposed_teller(s)
    if apposed is not None:
        return apposed
    tail = _EN_TAIL_RE.search(s)
    if tail is None:
        return None
    named = tail.group("who")
    if named in ("he", "she"):
        return Attribution(None, named, tail.group("verb"), tail.start("verb"), 0)
    found = _en_speaker(named)
    if found is not None and found.kind == "person" and (" " in found.name or found.title):
        return Attribution(found, None, tail.group("verb"), tail.start("verb"), 0)
    return None


#: An apposition that describes a company ("…, Japan's largest supermarket operator,", "…, a Seoul-based lender,").
_EN_ORG_APPOSITION_RE = re.compile(
    r",\s*(?:(?:a|an|the)\s+|[A-Z][\w.'’-]*['’]s\s+)(?:[\w&.'’-]+\s+){0,4}?"
    r"(?:company|operator|retailer|firm|maker|carmaker|automaker|chipmaker|group|bank|lender|insurer|carrier|airline|"
    r"conglomerate|developer|manufacturer|producer|supplier|utility|exchange|broker|brokerage|chain|platform)\s*,")

#: Generic heads that stand for an organisation named in full earlier ("the company" → Intel, "The Japanese
#: company pledged" → Nippon Steel); :mod:`claims.coreference` resolves them.
GENERIC_ORG_HEADS_EN = ("company", "agency", "ministry", "bank", "union", "department", "firm", "group", "carrier",
                        "airline", "automaker", "regulator", "central bank", "operator", "organisation", "organization",
                        "commission", "center", "centre", "authority", "council", "committee", "administration",
                        "carmaker", "chipmaker", "steelmaker", "lender", "insurer", "retailer", "developer", "conglomerate",
                        "utility", "miner", "shipbuilder", "manufacturer", "broadcaster", "museum", "university",
                        "consortium", "drugmaker", "planemaker", "venture")
#: "The company …" opening a sentence: a generic head as its subject (head).
_EN_GENERIC_SUBJECT_RE = re.compile(r"\s*The\s+(" + "|".join(h for h in GENERIC_ORG_HEADS_EN if " " not in h) + r")\s")
#: An organisation named by its kind alone ("The port operator said", "The utility said"): (the words after "the").
#: ("The prime minister's office said": an office named by its holder's post.)
_EN_COMMON_ORG_RE = re.compile(r"(?:[Tt]he\s+)((?:[a-z]+(?:['’]s)?\s+){0,2}(?:"
                               + "|".join(sorted({*GENERIC_ORG_HEADS_EN, "government", "police", "military", "army"},
                                                 key=len, reverse=True)) + r"|(?<=['’]s\s)office))")
#: A generic head after describing words ("The Japanese company pledged", "The Tokyo-based firm", "The world's
#: biggest streaming service", "The Los Gatos, California-based company"): (head).
_EN_DESCRIBED_HEAD_RE = re.compile(r"(?:The|the)\s+(?:(?:world|country|nation|region|industry)['’]s\s+)?"
                                   r"(?:(?:[A-Z][\w.'’-]*,?|[a-z]+-based|[\w]+(?:-[\w]+)+|[a-z]{3,})\s+){1,5}?("
                                   + "|".join(sorted((*GENERIC_ORG_HEADS_EN, "streaming service", "platform", "streamer", "giant"),
                                                     key=len, reverse=True)) + r")")
#: A person taken up again by their post ("The prime minister also said", "The envoy added"): (post, verb).
_EN_ROLE_SUBJECT_RE = re.compile(
    r"\s*The\s+(?:[a-z]+\s+){0,2}?(prime minister|president|minister|envoy|commissioner|governor|chairman|chairwoman|"
    r"chief executive|ceo|CEO|CFO|COO|chief financial officer|secretary|ambassador|mayor|premier|chancellor|"
    r"director|administrator|spokesperson|spokesman|spokeswoman|" + "|".join(_EN_OUTSIDE_PERSON_NOUNS) + r")\s+"
    r"(?:has\s+|had\s+)?(?:also\s+|later\s+|again\s+|then\s+|further\s+)?(" + _EN_SAY + r")\b")
#: A definite description of a person as a sentence's subject ("The California Republican said", "The 71-year-old
#: former general expects"): (its head noun, verb).
_EN_DESCRIPTION_RE = re.compile(
    r"\s*The\s+(?:(?:\d{2}-year-old|former|veteran|outgoing|incoming|embattled|[A-Z][a-z]+)\s+){0,3}"
    r"(Republican|Democrat|lawmaker|senator|congressman|congresswoman|politician|billionaire|tycoon|entrepreneur|"
    r"diplomat|\d{2}-year-old)\s+(?:has\s+|had\s+)?(?:also\s+|later\s+)?(" + _EN_SAY + r")\b")
#: "<Subject> <verb> …, and said (that) …": (subject, verb) — a report joined to what the subject did.
_EN_AND_SAID_RE = re.compile(
    r"\s*((?:(?:The|A|An)\s+)?(?:[A-Z][\w&.'’-]*\s+(?:(?:of|for|and)\s+)?){0,5}?[A-Z][\w&.'’-]*)"
    r"(?:,\s*(?:a|an|the)\s+[^,\"“”]{3,100},)?\s+(?!(?:of|for|and)\b)[a-z]{2,}\b"
    r"(?:[^\"“”]|\"[^\"]{0,80}\"|“[^”]{0,80}”){0,160}?"
    r",?\s+and\s+(?:also\s+)?(said|says|warned|added|predicted|forecast|projected|expects|estimated)\s+(?:that\s+)?")
#: The dot after an abbreviated rank or title inside a name ("Lt. Gen. Scott Spellmon", "Capt. Ana Ruiz"), as
#: lookbehinds of one width each.
#: A lower-case word before a name or a capitalised title in an English tail ("…, acting President Han Duck-soo
#: said", "…, spokesman Brian Rothenberg said"): optional, part of the attribution.
EN_LOWER_TITLE_PREFIX = (r"(?:(?:acting|former|interim|outgoing|incoming|caretaker|spokes(?:man|woman|person)|analyst|economist|strategist)\s+"
                         # ("…," project manager Makoto Arita told a news conference; "…," chief engineer Jane Roe said: a
                         # post in lower case, up to two words before its head noun)
                         r"|(?:[a-z][a-z-]+\s+){0,2}(?:manager|engineer|director|minister|secretary|official|chief|head|"
                         r"chairman|chairwoman|chairperson|professor|researcher|scientist|commissioner|governor|mayor|"
                         r"lawmaker|adviser|advisor|executive|officer|founder|lawyer|attorney|coach|ambassador|envoy|"
                         r"negotiator|planner|forecaster|meteorologist|inspector|superintendent)\s+)?")
_EN_RANK_DOT = r"(?<=\bLt)\.|(?<=\b(?:Gen|Col|Adm|Maj|Sgt|Gov|Sen|Rep|Cdr))\.|(?<=\b(?:Capt|Cmdr|Prof|Brig|Supt|Insp))\."
#: An attribution after the reported words: ", <who> said[ on Sunday]." or ", <who> said, because …".
#: An English attribution at the end, a name with its post set off by commas ("…, Kenji Sato, director of the
#: ministry's staple food division, told reporters.").
EN_TAIL_APPOSED_RE = re.compile(
    r",\s*(?P<name>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3}),\s+(?P<title>(?:a|an|the)?\s*[^,;\"“”]{3,100}?),\s+"
    r"(?P<verb>said|says|added|told (?:reporters|parliament|lawmakers|\w+))(?:\s+(?:on|last|this)\s+\w+)?\s*[.!]?\s*$")
_EN_TAIL_RE = re.compile(
    r",\s*(?P<who>he|she|they|it|(?:the|a|an|one|its|their)\s+(?:[^,.;]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=Mr|Ms|Dr|St)\.|(?<=Mrs)\.|" + _EN_RANK_DOT + r"){2,80}?|"
    # ("…, acting President Han Duck-soo said on Tuesday, four days after …": a lower-case word before the title)
    + EN_LOWER_TITLE_PREFIX +
    r"[A-Z](?:[^,.;]|\.(?=\S)|(?<=\b[A-Z])\.|(?<=Mr|Ms|Dr|St|Co)\.|(?<=Mrs|Ltd|Inc|Bhd)\.|(?<=Corp)\.|" + _EN_RANK_DOT + r"){1,80}?|"
    r"(?:[a-z][a-z-]+\s+){0,2}[a-z][a-z-]+s|"
    r"(?:de|des|du|da|di|van|von|le|la)\s+[A-Z][\w'’-]+|"
    # ("…, co-CEO Jane Roe said."; "…, vice-president Jane Roe said.": a hyphenated lower-case title, then the name)
    r"(?:co|vice|deputy)-[\w-]+\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})\s+(?:has\s+|have\s+|had\s+)?"  # ("…, EDF has said."; "des Cars")
    r"(?P<verb>said|says|added|announced|wrote|warned|noted|stressed|confirmed|promised|pledged|vowed|"
    r"told (?:reporters|parliament|lawmakers|supporters|\w+))"
    r"(?:\s+(?:on|last|this)\s+\w+)?(?:\s+\w+){0,7}?(?:\s*\([^()]{1,20}\))?\s*(?:[.!]\s*$|,)")


def chars_in_order(short: str, name: str) -> bool:
    """True when the characters of ``short`` occur in ``name`` in order (陆交局 in 陆路交通管理局, 投资贸工部 in
    投资、贸易及工业部)."""
    rest = iter(name)
    return all(ch in rest for ch in short)


def is_abbreviation(short: str, full: str) -> bool:
    """Whether ``short`` abbreviates ``full``: its tail (中央氣象署 → 氣象署, 越南国会 → 国会), or its characters
    in order from the same first character to the same last one (陆路交通管理局 → 陆交局) or into a company
    name (台灣電力公司 → 台電)."""
    if len(full) <= len(short) or len(short) < 2 or len(full) > len(short) + 9:
        return False  # (12 characters of text read back before 教育部 are not its full name)
    if len(full) <= len(short) + 6 and (full.endswith(short) or (len(short) >= 3 and full.startswith(short))):
        return True  # 中央氣象署 → 氣象署; 职总平价合作社 → 职总平价
    for i in range(min(5, len(full) - len(short)) + 1):  # after a place name (马来西亚国家银行 → 国行)
        name = full[i:]
        if len(name) > len(short) + 7 + (2 if name.endswith(("委员会", "委員會")) else 0):
            continue  # (人力资源和社会保障部 → 人社部; 中国证券监督管理委员会 → 证监会, a commission's long name)
        if name[0] != short[0] or (i == 1 and not name.endswith(("公司", "集团", "集團"))):
            continue  # a place has two characters or more (中央银行 is not 央行's full name; 香港鐵路有限公司 is 港鐵's)
        if chars_in_order(short, name) and (
                short[-1] == name[-1] or name.endswith(("公司", "集团", "集團"))
                or (short[-1] == "委" and name.endswith(("委员会", "委員會")))):  # 国家卫健委
            return True
    return False


#: Generational suffixes that end only a person's name (Zaldy Co Jr, John Smith III).
_GENERATION_SUFFIXES = frozenset({"Jr", "Sr", "II", "III", "IV"})


def speaker_kind_of(name: str) -> str:
    """person, organisation or anonymous for a speaker's name given alone (``claims add --speaker``): a
    company's legal form or an organisation word (Intel Corp, 财政部, Bank of Japan), an anonymous source's
    description (知情人士, "people familiar with the matter"), else a person."""
    from claims.speakers import name_key

    name = name.strip()
    if re.search(r"[\u4e00-\u9fff]", name):
        if ANONYMOUS_RE.fullmatch(name) or ANONYMOUS_RE.fullmatch(anonymous_name(name)):
            return "anonymous"
        return "organisation" if name.endswith(ORG_SUFFIXES) else "person"
    if _EN_ANON_RE.fullmatch(name) or _EN_UNNAMED_RE.match(name):
        return "anonymous"
    if len(name_key(name)) < len(re.sub(r"[\W_]", "", name.removeprefix("The ").removeprefix("the "))):
        return "organisation"  # a legal form the key drops (Intel Corp)
    if name.split()[-1].rstrip(".") in EN_LEGAL_FORMS or name.split()[-1].rstrip(".") in _GENERATION_SUFFIXES:
        return "person"  # a legal form the key keeps is a name ("Zaldy Co") or a post ("Texas AG"); Jr/III a name
    if re.match(r"(?:The|the)\s", name):
        return "organisation"  # "The Fed", "The White House": no person's name takes an article
    org_words = {w.lower() for w in _EN_ORG_WORDS}
    return "organisation" if any(w.strip(".,").lower() in org_words for w in name.split()) \
        or _en_kind(name) == "organisation" else "person"


#: Estimate verbs whose subject may be what is estimated about (央行预计下月降息: the bank is expected to).
_ESTIMATE_OPENERS = frozenset({"预计", "預計", "料", "估计", "估計", "预期", "預期"})
#: A Chinese attribution closing its sentence after a comma (…降息25个基点，经济师说。): (tail, the text of who said it).
ZH_TAIL_SAID_RE = re.compile(r"[，,]\s*(?P<who>[^，,。；;：:“”「」]{2,20}?)(?:说|說|表示|指出|称|稱|预计|預計|认为|認為)\s*[。.!！]?\s*$")


def attribute(sentence: str, lang: str = "zh") -> Attribution:
    """Attribute a sentence in ``lang`` ('zh' or 'en')."""
    if lang == "en":
        return attribute_en(sentence)
    found = attribute_zh(sentence)
    tail = ZH_TAIL_SAID_RE.search(sentence)
    # (also over an estimate the sentence opens with: 央行预计下月降息，一名经济师说 — the economist's)
    if tail and tail.start() >= 6 and (found.verb is None or found.content_start >= tail.end() - 2 or (
            found.verb in _ESTIMATE_OPENERS and found.speaker is not None and found.speaker.kind == "organisation")):
        # 国行料在7月会议上降息25个基点，经济师说。: what comes before the comma is what the tail's speaker said
        said = attribute_zh(sentence[tail.start() + 1 :])
        if said.verb is not None and (said.speaker is not None or said.pronoun is not None) \
                and said.content_start >= len(sentence) - tail.start() - 3:
            return Attribution(said.speaker, said.pronoun, said.verb, tail.start() + 1 + said.verb_start, 0)
    return found
