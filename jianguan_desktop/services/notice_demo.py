"""Demonstration notices: what a county public-resource trading supervision office sends in a year.

Made through :func:`jianguan_desktop.services.notices.create_notice` (real numbers, real audit
entries); dates fall before the day the demonstration is made, titles carry its year.
"""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import func, select

from jianguan_desktop.db.engine import Database
from jianguan_desktop.db.notices import Notice
from jianguan_desktop.domain.roles import Actor
from jianguan_desktop.services.demo import register_demo_filler
from jianguan_desktop.services.form_settings import DEFAULT_CC, DOC_CODE, form_profile
from jianguan_desktop.services.notices import create_notice
from jianguan_desktop.services.progress import Progress
from jianguan_desktop.services.settings import set_setting

DEMO_CC = "市公共资源交易监督管理办公室、县纪委监委驻县发展改革委纪检监察组"
TOWNS_AND_UNITS = "各乡镇人民政府，县直有关单位："

SPOT_CHECKS = (
    "为深入推进公共资源交易领域“放管服”改革，规范事中事后监管，根据《安阳市公共资源交易"
     "管理委员会关于加强公共资源交易监管工作的指导意见》（安公管委〔2021〕1号）要求，"
     "经研究，决定在全县开展{year}年度公共资源交易领域“双随机、一公开”抽查工作。现"
     "将有关事项通知如下：",
    "一、抽查范围",
    "本年度在本县公共资源交易平台完成交易的工程建设、政府采购、国有土地使用权和矿业权出让"
     "、国有产权交易项目，以及参与上述项目的招标人、投标人、招标代理机构和评标专家。",
    "二、抽查方式",
    "（一）随机抽取检查对象。从检查对象名录库中随机抽取不少于{share}的项目，对信用"
     "等级较低、投诉举报较多的主体适当提高抽查比例。",
    "（二）随机选派执法检查人员。从执法检查人员名录库中随机选派检查人员，与被检查对象存在"
     "利害关系的应当回避。",
    "三、抽查内容",
    "（一）招标文件是否设置不合理条件限制、排斥潜在投标人。",
    "（二）评标委员会组建、评标过程是否符合规定。",
    "（三）合同签订和履约是否与招标文件、投标文件一致。",
    "四、工作要求",
    "（一）加强组织领导。各单位要明确分管领导和具体经办人员，认真做好配合工作，如实提供有关资料。",
    "（二）及时公开结果。抽查结果自抽查结束之日起20个工作日内通过县人民政府网站向社会公"
     "开，接受社会监督。",
    "联系人：张敏，联系电话：0372-8123456。",
)

EXPERTS_AND_AGENCIES = (
    "近期，在公共资源交易监督检查中发现，个别评标专家存在迟到早退、评审不认真、倾向性打分"
     "等问题，个别招标代理机构存在编制招标文件不规范、泄露应当保密信息等问题。为进一步规范"
     "评标专家和招标代理机构从业行为，现就有关事项通知如下：",
    "一、严格评标专家管理",
    "（一）评标专家应当按时参加评标，客观公正履行职责，不得私下接触投标人，不得收受财物或"
     "者其他好处。",
    "（二）评标结束后，招标人应当对评标专家履职情况进行评价，评价结果记入专家信用档案。",
    "二、规范招标代理机构行为",
    "（一）招标代理机构应当在招标人委托的范围内依法开展代理业务，不得与投标人串通。",
    "（二）招标文件中不得设置与项目特点和实际需要不相适应的资格条件和评分因素。",
    "三、强化结果运用",
    "对违法违规的评标专家和招标代理机构，依法依规予以处理，并纳入公共资源交易领域失信行为"
     "记录；情节严重的，列入黑名单并向社会公布。",
)

COMPLAINT_CHANNELS = (
    "为方便市场主体和社会公众依法反映公共资源交易活动中的违法违规问题，畅通投诉举报渠道，"
     "现将{year}年度县公共资源交易领域投诉举报受理渠道公布如下：",
    "一、受理渠道",
    "（一）现场受理：县公共资源交易监督管理办公室投诉受理窗口（县政务服务中心三楼）。",
    "（二）信函受理：寄送至县公共资源交易监督管理办公室，信封注明“投诉举报”字样。",
    "（三）电话受理：0372-8123400（工作日上午8:30—12:00，下午14:"
     "30—17:30）。",
    "二、受理要求",
    "投诉人应当提供真实姓名和有效联系方式，并附相关事实依据和证明材料。我办对投诉人、举报"
     "人信息严格保密。",
    "三、办理时限",
    "对符合条件的投诉，自收到之日起1个工作日内作出是否受理的决定；受理后15个工作日内办"
     "结，情况复杂的经批准可适当延长。",
)

LIAISONS = (
    "因人员调整，经研究，决定对县公共资源交易监管联席会议成员及联络员进行调整。现将有关事"
     "项通知如下：",
    "一、各成员单位应当明确一名熟悉业务的同志担任联络员，负责日常联系工作。",
    "二、联络员发生变动的，成员单位应当在3个工作日内书面报县公共资源交易监督管理办公室备案。",
    "请各成员单位于本通知印发之日起5个工作日内将联络员信息表报送我办。",
)


def _text(paragraphs: tuple[str, ...]) -> str:
    """A body as the notice keeps it: one paragraph per line."""
    return "\n".join(paragraphs)


def _demo_notices(today: date) -> list[dict[str, object]]:
    year = today.year
    day = [today - timedelta(days=days) for days in (240, 150, 60)]
    return [
        {"title": f"关于开展{day[0].year}年度“双随机、一公开”抽查工作的通知",
         "addressee": TOWNS_AND_UNITS,
         "body": _text(SPOT_CHECKS).format(year=day[0].year, share="5%"),
         "signed_on": day[0], "issued_on": day[0] + timedelta(days=1), "status": "issued"},
        {"title": "关于进一步加强评标专家和招标代理机构管理的通知",
         "addressee": "各招标人、招标代理机构：", "body": _text(EXPERTS_AND_AGENCIES),
         "signed_on": day[1], "issued_on": day[1] + timedelta(days=2), "status": "issued",
         "cc": "县发展改革委、县财政局、县住房城乡建设局"},
        {"title": f"关于公布{day[2].year}年度公共资源交易领域投诉举报受理渠道的通知",
         "addressee": "", "body": _text(COMPLAINT_CHANNELS).format(year=day[2].year),
         "signed_on": day[2], "issued_on": day[2], "status": "issued",
         "remarks": "主送栏留空，按需手填后张贴公布"},
        {"title": "关于调整县公共资源交易监管联席会议成员及联络员的通知",
         "addressee": "县公共资源交易监管联席会议各成员单位：", "body": _text(LIAISONS),
         "doc_year": year, "status": "draft", "remarks": "待负责人审签"},
    ]


def fill_notices(db: Database, actor: Actor, size: str, progress: Progress | None) -> int:
    """Add the demonstration notices once (none when the register already holds some)."""
    with db.uow(actor, readonly=True) as uow:
        if uow.session.execute(select(func.count()).select_from(Notice)).scalar_one():
            return 0
    profile = form_profile(db)
    if not profile.doc_code:
        # the office's initial + 公管, as many county offices number their documents
        set_setting(db, actor, DOC_CODE.key, (profile.full_name[:1] or "县") + "公管")
    if not profile.default_cc:
        set_setting(db, actor, DEFAULT_CC.key, DEMO_CC)
    today = date.today()
    notices = _demo_notices(today)
    for values in notices:
        if progress is not None:
            progress.check_cancelled()
        create_notice(db, actor, values, today=today)
    return len(notices)


register_demo_filler("notices", fill_notices)
