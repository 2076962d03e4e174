#!/usr/bin/env python3
"""The appraisal scheme as an analyst would write it in pandas — the `pandas` contender of the
scale benchmark (benches/scale.rs, docs/benchmark.md).

    python3 benches/pandas_scheme.py DIR OUT [--month 2026-10]

Reads the month's CSV tables from DIR (UTF-8 with or without BOM, else GB18030), maps the Chinese
and English values to codes, and writes OUT/results.csv with the columns of SPEC section 6, in
roster order, formatted as kaohe formats them (UTF-8 with BOM, CRLF). The default rules only, and a
first month: no ledger, so no runs of full-marks months beyond this one.

What it does per agent: findings per leaf (void rows excluded; a dissatisfied complaint or rush
survey adds a miss to 1e or 2e), each leaf capped at min(points, per_miss x misses); attendance and
hygiene 2.5 each less their deductions, floored at 0; the special award (work >= 25 and one
emergency / loss_recovery / training_excellence award or two customer_praise); pay by status.
It does not validate its input the way `kaohe check` does: it is fed months kaohe accepts.
"""

import argparse
import os
import re
import sys
from decimal import ROUND_HALF_UP, Decimal

import numpy as np
import pandas as pd

# ---- The default rules (rules/default.toml) ----------------------------------------------------
FULL_MARKS = 50
LEAF_POINTS = {f"{i}{c}": 2 for i in "12" for c in "abcde"}
LEAF_POINTS.update({f"3{c}": 1 for c in "abcde"})
LEAF_POINTS.update({f"4{c}": 1 for c in "abc"})
LEAF_POINTS.update({f"5{c}": 1 for c in "abcd"})
LEAF_POINTS.update({f"6{c}": 1 for c in "abcdef"})
LEAF_POINTS["7a"] = 5
PER_MISS = 1
ATT_MAX = HYG_MAX = 2.5
SPECIAL_POINTS, SPECIAL_MIN_WORK = 10, 25
YUAN = 20
FULL_MARKS_REWARD = 50
RETRAIN_BELOW = 25

COLUMNS = {
    "agent_id": ["工号", "工號", "员工编号", "員工編號"], "name": ["姓名"], "team": ["班组", "班組"],
    "status": ["状态", "狀態"], "base_salary": ["基本工资", "基本工資"], "allowance": ["补助", "補助"],
    "date": ["日期"], "item": ["项目", "項目"], "misses": ["次数", "次數"], "source": ["来源", "來源"],
    "inspector": ["检查人", "檢查人"], "note": ["备注", "備註"], "void": ["作废", "作廢"],
    "customer": ["客户", "客戶"], "rating": ["评价", "評價"], "kind_att": ["事项", "事項"],
    "points": ["扣分"], "approved_by": ["批准人"], "amount": ["金额", "金額"],
}
# 类别 is the topic (surveys), the category (attendance) or the kind (awards, penalties).
CATEGORY_COLUMN = {"surveys": "topic", "attendance": "category", "awards": "kind", "penalties": "kind"}
TABLE_NAMES = {
    "agents": ["人员", "人員"], "qa": ["质检", "質檢"], "surveys": ["满意度", "滿意度"],
    "attendance": ["考勤"], "awards": ["奖励", "獎勵"], "penalties": ["罚款", "罰款"],
}

STATUS = {"正式": "regular", "考查期": "probation", "试用期": "probation", "試用期": "probation",
          "培训期": "training", "培訓期": "training", "": "regular"}
SOURCE = {"抽查": "spot_check", "部门意见": "dept_feedback", "部門意見": "dept_feedback",
          "主管评定": "manager_review", "主管評定": "manager_review", "": "spot_check"}
TOPIC = {"投诉": "complaint", "投訴": "complaint", "加急": "rush", "咨询": "consult", "咨詢": "consult",
         "諮詢": "consult", "其他": "general"}
RATING_WORDS = {"非常满意": 5, "非常滿意": 5, "满意": 4, "滿意": 4, "一般": 3, "不满意": 2, "不滿意": 2,
                "非常不满意": 1, "非常不滿意": 1}
CATEGORY = {"出勤": "attendance", "考勤": "attendance", "卫生": "hygiene", "衛生": "hygiene"}
ATT_KIND_POINTS = {"late": 0.5, "迟到": 0.5, "遲到": 0.5, "early_leave": 0.5, "早退": 0.5,
                   "absent": 1.0, "旷工": 1.0, "曠工": 1.0, "缺勤": 1.0,
                   "hygiene_fail": 0.5, "卫生不合格": 0.5, "衛生不合格": 0.5}
AWARD = {"突发事件": "emergency", "突發事件": "emergency", "挽回损失": "loss_recovery",
         "挽回損失": "loss_recovery", "客户表扬": "customer_praise", "客戶表揚": "customer_praise",
         "培训优秀": "training_excellence", "培訓優秀": "training_excellence"}
PENALTY = {"重大经济损失": "major_loss", "重大經濟損失": "major_loss", "多次投诉/客户流失": "complaints_or_churn",
           "多次投訴/客戶流失": "complaints_or_churn", "多次投诉": "complaints_or_churn",
           "多次投訴": "complaints_or_churn", "客户流失": "complaints_or_churn", "客戶流失": "complaints_or_churn",
           "生产混乱": "production_chaos", "生產混亂": "production_chaos",
           "未做详细记录": "missing_record", "未做詳細記錄": "missing_record"}
PENALTY_DEFAULT = {"complaints_or_churn": 100.0, "production_chaos": 100.0, "missing_record": 50.0}
VOID_YES = {"是", "yes", "y", "true", "1", "作废", "作廢", "void"}


def code(series, mapping):
    """Maps Chinese values to codes; English codes pass through."""
    s = series.str.strip()
    return s.map(mapping).fillna(s.str.lower())


def find_file(folder, table):
    for name in [table] + TABLE_NAMES[table]:
        path = os.path.join(folder, name + ".csv")
        if os.path.exists(path):
            return path
    return None


def read(folder, table):
    path = find_file(folder, table)
    if path is None:
        return None
    raw = open(path, "rb").read()
    if raw.startswith(b"\xff\xfe") or raw.startswith(b"\xfe\xff"):
        enc = "utf-16"
    elif raw.startswith(b"\xef\xbb\xbf"):
        enc = "utf-8-sig"
    else:
        try:
            raw.decode("utf-8")
            enc = "utf-8"
        except UnicodeDecodeError:
            enc = "gb18030"
    del raw
    df = pd.read_csv(path, encoding=enc, dtype=str, keep_default_na=False)
    rename = {}
    for col in df.columns:
        c = col.strip()
        if c in ("类别", "類別", "category", "topic", "kind") and table in CATEGORY_COLUMN:
            rename[col] = CATEGORY_COLUMN[table]
            continue
        for key, aliases in COLUMNS.items():
            if c == key or c in aliases:
                rename[col] = "kind" if key == "kind_att" else key
    df = df.rename(columns=rename)
    df = df[(df != "").any(axis=1)]  # rows whose cells are all empty
    return df


def money(series):
    return pd.to_numeric(series.str.replace(r"[¥￥,元\s]", "", regex=True).replace("", np.nan))


def day(series):
    """The date's day of the month: 2026-10-03, 2026/10/3, 2026年10月3日."""
    return series.str.extract(r"^\s*\d{4}\D(\d{1,2})\D(\d{1,2})", expand=True)[1].astype(int)


def fmt_score(x):
    return str(int(x)) if float(x).is_integer() else repr(float(x))


def fmt_money(x):
    s = f"{x:.2f}"
    return "0.00" if s == "-0.00" else s


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("out")
    ap.add_argument("--month", default="2026-10")
    args = ap.parse_args()

    agents = read(args.input, "agents")
    qa = read(args.input, "qa")
    if agents is None or qa is None:
        sys.exit("agents and qa tables are required")
    empty = lambda cols: pd.DataFrame({c: pd.Series(dtype=str) for c in cols})
    surveys = read(args.input, "surveys")
    surveys = empty(["date", "agent_id", "topic", "rating"]) if surveys is None else surveys
    attendance = read(args.input, "attendance")
    attendance = empty(["agent_id", "category", "kind", "points"]) if attendance is None else attendance
    awards = read(args.input, "awards")
    awards = empty(["agent_id", "kind"]) if awards is None else awards
    penalties = read(args.input, "penalties")
    penalties = empty(["agent_id", "kind", "amount"]) if penalties is None else penalties

    for df in (agents, qa, surveys, attendance, awards, penalties):
        if "agent_id" in df:
            df["agent_id"] = df["agent_id"].str.strip()
    ids = agents["agent_id"]

    # QA: void rows are kept for the record but count for nothing.
    for col in ("item", "misses", "source", "void"):
        if col not in qa:
            qa[col] = ""
    qa["void"] = qa["void"].str.strip().str.lower().isin(VOID_YES)
    qa["source"] = code(qa["source"], SOURCE)
    qa = qa[~qa["void"]]
    spot = qa[qa["source"] == "spot_check"]
    samples = spot.assign(day=day(spot["date"])).groupby("agent_id")["day"].nunique()

    findings = qa[qa["item"].str.strip() != ""]
    findings = pd.DataFrame({
        "agent_id": findings["agent_id"],
        "leaf": findings["item"].str.strip().str.lower(),
        "misses": pd.to_numeric(findings["misses"].str.strip().replace("", "1")),
    })

    # Surveys: ratings 1-5 or words; dissatisfied complaint/rush answers cost a miss on 1e/2e.
    surveys["topic"] = code(surveys["topic"], TOPIC)
    r = surveys["rating"].str.strip()
    surveys["rating"] = r.map(RATING_WORDS).astype(float).fillna(pd.to_numeric(r, errors="coerce"))
    about = surveys[surveys["agent_id"] != ""]
    bad = about[(about["rating"] <= 2) & about["topic"].isin(["complaint", "rush"])]
    survey_misses = pd.DataFrame({
        "agent_id": bad["agent_id"],
        "leaf": bad["topic"].map({"complaint": "1e", "rush": "2e"}),
        "misses": 1,
    })

    per_leaf = pd.concat([findings, survey_misses]).groupby(["agent_id", "leaf"], as_index=False)["misses"].sum()
    per_leaf["lost"] = np.minimum(per_leaf["leaf"].map(LEAF_POINTS), PER_MISS * per_leaf["misses"])
    lost = per_leaf.groupby("agent_id")["lost"].sum()
    work = FULL_MARKS - ids.map(lost).fillna(0)

    answers = about.groupby("agent_id")["rating"].count()
    satisfied = about[about["rating"] >= 4].groupby("agent_id")["rating"].count()

    # Attendance and hygiene: explicit points, else the kind's default; floored at 0.
    attendance["category"] = code(attendance["category"], CATEGORY)
    pts = pd.to_numeric(attendance["points"].str.strip().replace("", np.nan))
    attendance["pts"] = pts.fillna(attendance["kind"].str.strip().map(ATT_KIND_POINTS))
    ded = attendance.groupby(["agent_id", "category"])["pts"].sum().unstack(fill_value=0)
    att_ded = ids.map(ded["attendance"]).fillna(0) if "attendance" in ded else 0
    hyg_ded = ids.map(ded["hygiene"]).fillna(0) if "hygiene" in ded else 0
    att = np.maximum(0, ATT_MAX - att_ded)
    hyg = np.maximum(0, HYG_MAX - hyg_ded)

    # Special award: one emergency / loss_recovery / training_excellence, or two customer praises.
    awards["kind"] = code(awards["kind"], AWARD)
    counts = awards.groupby(["agent_id", "kind"]).size().unstack(fill_value=0)
    for k in ("emergency", "loss_recovery", "training_excellence", "customer_praise"):
        if k not in counts:
            counts[k] = 0
    qualifies = (counts["emergency"] + counts["loss_recovery"] + counts["training_excellence"] >= 1) | (
        counts["customer_praise"] >= 2)
    special = np.where(ids.map(qualifies).fillna(False).astype(bool) & (work >= SPECIAL_MIN_WORK), SPECIAL_POINTS, 0)

    # Fines.
    penalties["kind"] = code(penalties["kind"], PENALTY)
    amount = money(penalties["amount"])
    penalties["amt"] = amount.fillna(penalties["kind"].map(PENALTY_DEFAULT))
    fines = ids.map(penalties.groupby("agent_id")["amt"].sum()).fillna(0)

    status = code(agents["status"], STATUS) if "status" in agents else pd.Series("regular", index=agents.index)
    regular = status == "regular"
    on_post = status != "training"
    base = money(agents["base_salary"])
    allowance = money(agents["allowance"]).fillna(0) if "allowance" in agents else 0
    full = on_post & (work == FULL_MARKS)

    allowance_paid = np.where(regular, allowance, 0)
    appraisal = np.where(on_post, work * YUAN, 0)
    att_bonus = np.where(regular, (att + hyg) * YUAN, 0)
    special_bonus = np.where(regular, special * YUAN, 0)
    rewards = np.where(regular & full, FULL_MARKS_REWARD, 0)
    adjustment = appraisal + att_bonus + special_bonus + rewards - fines
    gross = base + allowance_paid + adjustment
    total = work + att + hyg + special

    n = ids.map(answers).fillna(0).astype(int)
    s = ids.map(satisfied).fillna(0).astype(int)
    rate = [
        str((Decimal(int(si)) / Decimal(int(ni))).quantize(Decimal("0.0001"), rounding=ROUND_HALF_UP)) if ni else ""
        for si, ni in zip(s, n)
    ]
    actions = np.where(full, "dept_praise", "")
    actions = np.where(on_post & (work < RETRAIN_BELOW), "retrain", actions)

    out = pd.DataFrame({
        "month": args.month,
        "agent_id": ids,
        "name": agents["name"].str.strip(),
        "team": agents["team"].str.strip() if "team" in agents else "",
        "status": status,
        "work_score": work.map(fmt_score),
        "attendance_score": pd.Series(att).map(fmt_score).values,
        "hygiene_score": pd.Series(hyg).map(fmt_score).values,
        "special_score": pd.Series(special).map(fmt_score).values,
        "total_score": pd.Series(total).map(fmt_score).values,
        "base_salary": base.map(fmt_money),
        "allowance": pd.Series(allowance_paid).map(fmt_money).values,
        "appraisal_wage": pd.Series(appraisal).map(fmt_money).values,
        "attendance_bonus": pd.Series(att_bonus).map(fmt_money).values,
        "special_bonus": pd.Series(special_bonus).map(fmt_money).values,
        "rewards": pd.Series(rewards).map(fmt_money).values,
        "fines": fines.map(fmt_money),
        "pay_adjustment": pd.Series(adjustment).map(fmt_money).values,
        "gross_pay": pd.Series(gross).map(fmt_money).values,
        "full_marks_run": full.astype(int).astype(str),
        "samples": ids.map(samples).fillna(0).astype(int).astype(str),
        "satisfaction_rate": rate,
        "actions": actions,
    })
    os.makedirs(args.out, exist_ok=True)
    out.to_csv(os.path.join(args.out, "results.csv"), index=False, encoding="utf-8-sig", lineterminator="\r\n")


if __name__ == "__main__":
    main()
