#!/usr/bin/env python3
"""Regenerate the bundled example month `examples/2026-10/`.

October 2026 in the customer-service department (客服部) of a photo-printing lab: 25 agents in
three teams, the month's spot checks and other QA findings, the customer survey, attendance and
hygiene deductions, special-contribution awards and fines.

The data is written out literally below (no randomness), so running this script always gives
byte-identical files:

    python3 examples/make_example.py

Encodings follow what HR actually receives: `attendance.csv` comes from the attendance clerk's
Excel on Chinese Windows ("CSV" = GB18030, no BOM); every other table is UTF-8 with a BOM
("CSV UTF-8" in Excel). Line endings are CRLF, as Excel writes them.

Column names are simplified Chinese (SPEC section 2). Values mix the aliases SPEC lists
(正式, 考查期, 抽查, 部門意見, 主管評定, 投訴, 加急, 咨詢, 其他, 滿意 …, 出勤, 衛生, 突發事件,
客戶表揚, 挽回損失, 重大經濟損失, 生產混亂, 未做詳細記錄, 是) with the English codes, and three
date spellings (2026-10-09, 2026/10/15, 2026年10月22日), as real hand-kept sheets do.

The expected results for this month are computed independently by
`tests/fixtures/expected_2026_10.py` and worked by hand in
`tests/fixtures/example-2026-10-worked.md`.
"""

import csv
import io
import os

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "2026-10")

# Staff ---------------------------------------------------------------------------------------

# 工号, 姓名, 班组, 状态, 基本工资, 补助
AGENTS = [
    ("1001", "张伟", "一组", "正式", "3800", "200"),
    ("1002", "王芳", "一组", "正式", "4200", "300"),
    ("1003", "李娜", "一组", "正式", "¥3,200.00", "150"),
    ("1004", "刘洋", "一组", "正式", "3500", "100"),
    ("1005", "陈静", "一组", "正式", "4500", "300"),
    ("1006", "杨帆", "一组", "正式", "3600", "200"),
    ("1007", "赵敏", "一组", "正式", "3300", ""),
    ("1008", "黄磊", "一组", "正式", "3,400", "100"),
    ("1009", "周婷", "二组", "正式", "3700", "150"),
    ("1010", "吴刚", "二组", "正式", "4000", "250"),
    ("1011", "徐丽", "二组", "正式", "3500", "100"),
    ("1012", "孙浩", "二组", "正式", "3400", "0"),
    ("1013", "马晓燕", "二组", "正式", "￥4,100.00", "300"),
    ("1014", "朱琳", "二组", "正式", "3900", "200"),
    ("1015", "胡斌", "二组", "正式", "3600", "150"),
    ("1016", "郭强", "二组", "正式", "3200", "100"),
    ("1017", "何欣", "三组", "正式", "3500", "200"),
    ("1018", "高颖", "三组", "正式", "4300", "250"),
    ("1019", "林峰", "三组", "正式", "3300", "100"),
    ("1020", "罗佳", "三组", "正式", "3600", "150"),
    ("1021", "郑雪", "三组", "正式", "3800", "200"),
    ("1022", "梁超", "三组", "正式", "3100", "50"),
    ("1023", "谢婷婷", "三组", "正式", "3400", "100"),
    ("1024", "宋雨萱", "三组", "考查期", "3000", "150"),
    ("1025", "唐子豪", "三组", "training", "3000", "100"),
]

# Quality checks ------------------------------------------------------------------------------

# The scheme's random spot checks (每月三次抽查,每10天一次), made by the department supervisor
# and the HR manager together. One date per team per 10-day window; the third window's check of
# 二组 missed 周婷 (1009), who was on leave that day.
SUPERVISOR = "陈建国"  # 客服部主管
HR_MANAGER = "李秀梅"  # 人事经理
PRODUCTION = "王建华"  # 生产部 (department feedback)

TEAM_OF = {a[0]: a[2] for a in AGENTS}
STATUS_OF = {a[0]: a[3] for a in AGENTS}

SPOT_DATES = {
    # window: team -> date as written on the sheet
    1: {"一组": "2026-10-09", "二组": "2026-10-09", "三组": "2026-10-10"},
    2: {"一组": "2026/10/15", "二组": "2026-10-15", "三组": "2026-10-16"},
    3: {"一组": "2026年10月22日", "二组": "2026-10-22", "三组": "2026-10-23"},
}
SPOT_INSPECTOR = {1: SUPERVISOR, 2: HR_MANAGER, 3: SUPERVISOR}
NOT_SAMPLED = {(3, "1009")}  # 周婷 was not sampled in days 21-31 (sampling-gap warning)

# Spot-check findings: (window, agent, item, misses, note). A sample with findings is recorded
# as its finding rows; a sample with none as one row with the item left empty.
SPOT_FINDINGS = [
    (1, "1001", "3e", "", "不熟悉水晶相框的生产流程，答复客户工期有误"),
    (2, "1001", "6a", "", "上班未佩戴工作牌"),
    (1, "1003", "1d", "2", "两起简单查询超过2小时未回复"),
    (2, "1003", "6b", "", "客人进大厅未打招呼"),
    (3, "1003", "1d", "1", "复杂投诉超过24小时未回复"),
    (2, "1004", "1c", "", "投诉登记表缺少责任人和经过"),
    (1, "1006", "2d", "", "加急件登记漏记单号"),
    (2, "1006", "4b", "", "客车发货未通知客户车号和到达时间"),
    (3, "1006", "5a", "", "外加工相片未统一存放"),
    (1, "1007", "5c", "", "返工件未登记返工原因和责任人"),
    (2, "1007", "5d", "", "相册返工超过24小时未跟进"),
    (3, "1008", "3c", "", "需深入洽谈的客户未引见业务部"),
    (2, "1009", "4a", "1", "发车登记单号与数量未一一对应"),
    (2, "1011", "2a", "", "当日出片未按先传先做顺序"),
    (1, "1012", "2c", "", "加急件未跟踪到客户收货"),
    (1, "1015", "1a", "", "与客户争辩，未先听完客户陈述"),
    (2, "1015", "1b", "", "漏片查询未查明责任环节"),
    (3, "1015", "3d", "", "新客户资料未交主管备案"),
    (1, "1016", "1a", "2", "两次推脱客户投诉"),
    (1, "1016", "1c", "", "投诉情况未逐笔登记"),
    (1, "1016", "2a", "2", "两批相片漏排生产"),
    (1, "1016", "6a", "", "着装不整，未佩戴工作牌"),
    (2, "1016", "1b", "2", "两起查询未查明事实即答复客户"),
    (2, "1016", "1d", "2", "复杂投诉两次超过24小时"),
    (2, "1016", "2c", "2", "两件加急件延误"),
    (2, "1016", "3a", "", "不熟悉新款相册规格和价格"),
    (2, "1016", "3b", "", "未提供样品和价格参考"),
    (2, "1016", "6f", "", "未经许可带客人进入生产区"),
    (3, "1016", "2d", "2", "加急件记录不全"),
    (3, "1016", "4a", "", "发车登记漏记单号"),
    (3, "1016", "4c", "", "未掌握客户发车情况"),
    (3, "1016", "5b", "", "外加工成品收回时未当场验收"),
    (3, "1016", "6c", "", "未认真记录客人要求"),
    (2, "1017", "2b", "", "重点客户订单未按时完工"),
    (1, "1019", "3b", "", "未明确客户需求即报价"),
    (2, "1020", "6d", "", "客人等候时未提供茶水"),
    (3, "1014", "6e", "", "转接不通时未留下客人联系方式"),
    (3, "1022", "5b", "", "外加工件回件未检查质量"),
    (1, "1023", "4c", "", "发货部反馈未及时转达客户"),
    (1, "1024", "3a", "", "不熟悉产品价格"),
    (2, "1024", "6a", "", "上班未佩戴工作牌"),
]

# Findings outside the spot checks: (date, agent, item, misses, source, inspector, note, void)
OTHER_FINDINGS = [
    ("2026-10-12", "1005", "2b", "", "部門意見", PRODUCTION,
     "重点客户订单延期一天；经申诉查实系客户补传照片所致，申诉成立", "是"),
    ("2026-10-13", "1016", "2b", "2", "部門意見", PRODUCTION, "重点客户金夫人婚纱两批延误"),
    ("2026-10-19", "1001", "2c", "", "dept_feedback", PRODUCTION, "加急件未落实到客户收货"),
    ("2026/10/20", "1023", "1e", "", "部門意見", PRODUCTION, "客户对投诉处理结果不满，再次来电"),
    ("2026-10-21", "1017", "2e", "", "部門意見", PRODUCTION, "加急件客户对交付时间不满"),
    ("2026-10-26", "1003", "6b", "1", "主管評定", SUPERVISOR, "客人进门未打招呼（第二次）"),
    ("2026-10-27", "1016", "5c", "", "dept_feedback", PRODUCTION, "返工原因未核实即开返工单"),
    ("2026-10-29", "1025", "6a", "", "主管評定", SUPERVISOR, "跟班实习时未佩戴工作牌"),
    ("2026-10-30", "1011", "7a", "2", "主管評定", SUPERVISOR, "本月两次产品培训缺席"),
    ("2026-10-30", "1016", "7a", "", "manager_review", SUPERVISOR, "月度培训考试未达标"),
    ("2026-10-30", "1016", "3e", "", "manager_review", SUPERVISOR, "不熟悉返工件流程"),
    ("2026-10-30", "1016", "1e", "", "主管評定", SUPERVISOR, "投诉处理结果客户不认可"),
]


def qa_rows():
    rows = []
    for window in (1, 2, 3):
        for agent_id, _name, team, status, _base, _allowance in AGENTS:
            if status == "training" or (window, agent_id) in NOT_SAMPLED:
                continue  # trainees are not on the post yet: not spot-checked
            date = SPOT_DATES[window][team]
            inspector = SPOT_INSPECTOR[window]
            found = [f for f in SPOT_FINDINGS if f[0] == window and f[1] == agent_id]
            if not found:
                rows.append((date, agent_id, "", "", "抽查", inspector, "", ""))
            for _w, _a, item, misses, note in found:
                # mix the Chinese alias and the English code for the source
                source = "spot_check" if window == 2 else "抽查"
                rows.append((date, agent_id, item, misses, source, inspector, note, ""))
    for f in OTHER_FINDINGS:
        date, agent_id, item, misses, source, inspector, note = f[:7]
        void = f[7] if len(f) > 7 else ""
        rows.append((date, agent_id, item, misses, source, inspector, note, void))
    return rows


# Customer survey (每月月底随机调查10到20名客户) -------------------------------------------------

# 日期, 客户, 工号 (empty = about the department), 类别, 评价
SURVEYS = [
    ("2026-10-28", "美好影楼", "1002", "其他", "5"),
    ("2026-10-28", "金夫人婚纱摄影", "1004", "投訴", "不滿意"),
    ("2026-10-28", "蒙娜丽莎婚纱", "1004", "咨詢", "4"),
    ("2026-10-28", "小天使儿童摄影", "", "其他", "滿意"),
    ("2026/10/29", "艺星写真馆", "1012", "加急", "非常不滿意"),
    ("2026/10/29", "时光印象工作室", "1012", "general", "4"),
    ("2026/10/29", "米兰春天婚纱", "1019", "consult", "2"),
    ("2026/10/29", "爱尚摄影", "1019", "其他", "非常滿意"),
    ("2026-10-29", "青春记忆影像", "1010", "加急", "5"),
    ("2026-10-29", "维纳斯婚纱", "", "投訴", "一般"),
    ("2026-10-30", "宝贝计划儿童摄影", "1014", "其他", "非常滿意"),
    ("2026-10-30", "花样年华摄影", "1006", "rush", "4"),
    ("2026-10-30", "东方之珠影楼", "1004", "general", "5"),
    ("2026-10-30", "唯美映像", "1021", "咨詢", "3"),
    ("2026年10月30日", "梦想照相馆", "1021", "其他", "5"),
    ("2026年10月30日", "纯真年代影像", "", "其他", "4"),
    ("2026年10月30日", "皇家一号婚纱", "1016", "complaint", "3"),
    ("2026-10-30", "大唐婚纱", "1024", "咨詢", "滿意"),
]

# Attendance and hygiene (公司出勤制度和卫生制度) ------------------------------------------------

# 日期, 工号, 类别, 事项, 扣分 (empty = the rules' default for the kind), 备注
ATTENDANCE = [
    ("2026-10-09", "1001", "出勤", "late", "", "迟到10分钟"),
    ("2026-10-08", "1022", "出勤", "absent", "", "旷工一天"),
    ("2026-10-10", "1010", "衛生", "hygiene_fail", "", "值日未拖地"),
    ("2026-10-12", "1003", "衛生", "hygiene_fail", "", "工位桌面杂乱"),
    ("2026-10-13", "1022", "出勤", "late", "1", "迟到超过30分钟，按1分扣"),
    ("2026/10/14", "1007", "出勤", "early_leave", "", "提前半小时离岗"),
    ("2026-10-16", "1016", "出勤", "late", "", "迟到20分钟"),
    ("2026-10-19", "1016", "衛生", "hygiene_fail", "", "值日未打扫"),
    ("2026年10月20日", "1022", "出勤", "absent", "", "旷工一天"),
    ("2026-10-21", "1024", "衛生", "hygiene_fail", "", "工位卫生不合格"),
    ("2026-10-23", "1012", "hygiene", "hygiene_fail", "1", "连续两天工位卫生不合格"),
    ("2026-10-26", "1019", "出勤", "early_leave", "", "早退"),
    ("2026-10-27", "1022", "attendance", "late", "", "迟到"),
    ("2026-10-28", "1022", "衛生", "", "0.5", "垃圾未及时清理"),
    ("2026-10-29", "1025", "出勤", "late", "0.5", "迟到5分钟"),
]

# Special-contribution awards (特殊奖励) ----------------------------------------------------------

# 日期, 工号, 类别, 备注, 批准人
AWARDS = [
    ("2026-10-11", "1014", "客戶表揚", "美好影楼来电表扬服务耐心", SUPERVISOR),
    ("2026-10-17", "1006", "突發事件", "暴雨致物流中断，及时改用客车发货并通知客户", SUPERVISOR),
    ("2026-10-19", "1020", "customer_praise", "小天使儿童摄影来电表扬", SUPERVISOR),
    ("2026/10/24", "1014", "customer_praise", "金夫人婚纱摄影书面表扬", SUPERVISOR),
    ("2026年10月25日", "1016", "挽回損失", "追回错发地址的相册一批", HR_MANAGER),
]

# Fines (罚款) -----------------------------------------------------------------------------------

GENERAL_MANAGER = "王志远"

# 日期, 工号, 类别, 金额 (empty = the rules' default), 备注, 批准人
PENALTIES = [
    ("2026-10-14", "1024", "生產混亂", "200", "加急件安排不到位，整批延误一天", SUPERVISOR),
    ("2026-10-18", "1016", "重大經濟損失", "800", "水晶相框批量错发，重做及运费损失", GENERAL_MANAGER),
    ("2026-10-20", "1004", "complaints_or_churn", "", "本月三次被客户投诉", SUPERVISOR),
    ("2026/10/26", "1012", "complaints_or_churn", "￥150", "加急处理不当导致客户流失", SUPERVISOR),
    ("2026-10-28", "1025", "未做詳細記錄", "", "接件未做登记", SUPERVISOR),
]

# Writing ------------------------------------------------------------------------------------

TABLES = [
    ("agents.csv", ["工号", "姓名", "班组", "状态", "基本工资", "补助"], AGENTS, "utf-8-sig"),
    ("qa.csv", ["日期", "工号", "项目", "次数", "来源", "检查人", "备注", "作废"], None, "utf-8-sig"),
    ("surveys.csv", ["日期", "客户", "工号", "类别", "评价"], SURVEYS, "utf-8-sig"),
    ("attendance.csv", ["日期", "工号", "类别", "事项", "扣分", "备注"], ATTENDANCE, "gb18030"),
    ("awards.csv", ["日期", "工号", "类别", "备注", "批准人"], AWARDS, "utf-8-sig"),
    ("penalties.csv", ["日期", "工号", "类别", "金额", "备注", "批准人"], PENALTIES, "utf-8-sig"),
]


def write_table(name, header, rows, encoding):
    text = io.StringIO(newline="")
    writer = csv.writer(text, lineterminator="\r\n")
    writer.writerow(header)
    writer.writerows(rows)
    with open(os.path.join(OUT, name), "wb") as f:
        f.write(text.getvalue().encode(encoding))


def main():
    os.makedirs(OUT, exist_ok=True)
    for name, header, rows, encoding in TABLES:
        write_table(name, header, qa_rows() if rows is None else rows, encoding)
        print(f"wrote {os.path.relpath(os.path.join(OUT, name))} ({encoding})")


if __name__ == "__main__":
    main()
