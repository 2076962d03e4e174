"""Writes one folder per input error under tests/errors/<case>/input; then run bless.sh.

Each case is the same small valid month with one mistake (or, for `many_mistakes`, a dozen).
The expected message is in tests/errors/<case>/expected.txt, reviewed by hand: it is part of the
product. `args` (optional) holds the command line when it is not the default
`check --month 2026-10 --input input --lang en`.
"""
import os, shutil

AGENTS = "agent_id,name,team,status,base_salary,allowance\n1001,张伟,一组,regular,3800,200\n1002,王芳,一组,probation,3000,\n"
QA = "date,agent_id,item,misses,source,inspector,note,void\n2026-10-03,1001,,,,李主管,,\n2026-10-13,1001,1a,1,spot_check,李主管,,\n2026-10-23,1001,,,,李主管,,\n2026-10-03,1002,,,,李主管,,\n2026-10-13,1002,,,,李主管,,\n2026-10-23,1002,,,,李主管,,\n"
SURVEYS = "date,customer,agent_id,topic,rating\n" + "".join(f"2026-10-{d:02d},客户{d},1001,general,5\n" for d in range(1, 11))
ATT = "date,agent_id,category,kind,points,note\n2026-10-05,1001,attendance,late,,\n"
AWARDS = "date,agent_id,kind,note,approved_by\n2026-10-08,1001,emergency,,经理\n"
PEN = "date,agent_id,kind,amount,note,approved_by\n2026-10-09,1001,missing_record,,,经理\n"
BASE = {"agents.csv": AGENTS, "qa.csv": QA, "surveys.csv": SURVEYS, "attendance.csv": ATT, "awards.csv": AWARDS, "penalties.csv": PEN}

def case(name, changes, args=None, raw=None):
    root = os.path.join(os.path.dirname(os.path.abspath(__file__)), name)
    shutil.rmtree(root, ignore_errors=True)
    os.makedirs(os.path.join(root, "input"))
    files = dict(BASE)
    for k, v in changes.items():
        if v is None:
            files.pop(k, None)
        else:
            files[k] = v
    for k, v in files.items():
        with open(os.path.join(root, "input", k), "w", encoding="utf-8", newline="") as f:
            f.write(v)
    for k, v in (raw or {}).items():
        with open(os.path.join(root, "input", k), "wb") as f:
            f.write(v)
    if args:
        with open(os.path.join(root, "args"), "w") as f:
            f.write(args + "\n")

case("malformed_csv", {"qa.csv": QA.replace("2026-10-13,1001,1a,1,spot_check", "2026-10-13,1001,1a,1,spot_check,extra")})
case("missing_required_column", {"qa.csv": QA.replace("date,agent_id,", "date,staff,")})
case("empty_required_value", {"agents.csv": AGENTS.replace("1002,王芳", "1002,")})
case("unknown_agent", {"qa.csv": QA + "2026-10-14,1099,1b,1,spot_check,李主管,,\n"})
case("unknown_leaf_code", {"qa.csv": QA.replace(",1a,", ",8z,")})
case("unknown_status", {"agents.csv": AGENTS.replace("probation", "intern")})
case("unknown_source", {"qa.csv": QA.replace("spot_check", "hearsay")})
case("unknown_topic", {"surveys.csv": SURVEYS.replace("2026-10-01,客户1,1001,general", "2026-10-01,客户1,1001,weather")})
case("unknown_category", {"attendance.csv": ATT.replace("attendance,late", "parking,late")})
case("unknown_award_kind", {"awards.csv": AWARDS.replace("emergency", "birthday")})
case("unknown_penalty_kind", {"penalties.csv": PEN.replace("missing_record", "parking")})
case("negative_number", {"attendance.csv": ATT.replace("late,,", "late,-1,")})
case("not_a_number", {"agents.csv": AGENTS.replace("3800", "三千八")})
case("misses_not_whole", {"qa.csv": QA.replace(",1a,1,", ",1a,1.5,")})
case("date_outside_month", {"qa.csv": QA.replace("2026-10-23,1001", "2026-11-02,1001")})
case("bad_date", {"awards.csv": AWARDS.replace("2026-10-08", "10/08/2026")})
case("penalty_out_of_range", {"penalties.csv": PEN + "2026-10-10,1002,complaints_or_churn,300,,经理\n"})
case("penalty_amount_required", {"penalties.csv": PEN + "2026-10-10,1002,major_loss,,,经理\n"})
case("duplicate_agent_id", {"agents.csv": AGENTS + "1001,张伟伟,二组,regular,3600,0\n"})
case("missing_required_table", {"qa.csv": None})
case("rating_out_of_range", {"surveys.csv": SURVEYS.replace("客户2,1001,general,5", "客户2,1001,general,7")})
case("not_text", {}, raw={"awards.csv": b"date,agent_id,kind\n\x00\x01\x02\xff\xfe\n"})
case("invalid_rules", {}, args="check --month 2026-10 --input input --rules rules.toml --lang en")
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "invalid_rules", "rules.toml"), "w") as f:
    f.write('[scheme]\nname_zh = "x"\nname_en = "x"\nwork_full_marks = "fifty"\n')
case("many_mistakes", {
    "agents.csv": AGENTS + "1001,重复,二组,regular,3600,0\n1003,赵六,二组,正式,￥3,000.5x,\n",
    "qa.csv": QA + "2026-09-30,1001,1b,1,spot_check,李主管,,\n2026-10-14,1099,1b,1,spot_check,李主管,,\n2026-10-15,1002,9q,1,spot_check,李主管,,\n2026-10-16,1002,1c,-2,spot_check,李主管,,\n2026-10-17,1002,1d,1,rumour,李主管,,\n",
    "surveys.csv": SURVEYS + "2026-10-12,客户X,1002,投诉,很好\n",
    "attendance.csv": ATT + "2026-10-06,1002,hygiene,late,,\n2026-10-07,1002,attendance,,,\n",
    "awards.csv": AWARDS + "2026/13/01,1002,emergency,,经理\n",
    "penalties.csv": PEN + "2026-10-10,1002,production_chaos,250,,经理\n",
})
case("chinese_messages", {"qa.csv": QA + "2026-11-02,1099,1b,1,抽查,李主管,,\n"}, args="check --month 2026-10 --input input --lang zh")
