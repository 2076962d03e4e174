//! Appeals (申诉, SPEC 2.6) from the QA row to deductions.csv, the statement and the ledger: an
//! upheld appeal voids its finding, a rejected one counts, a pending one counts and is named in a
//! warning — and a month with one cannot be closed by accident.

mod common;

use common::*;

/// A month of one agent with four findings under every kind of appeal, Chinese headers and
/// values. The findings are on qa.csv rows 5–8.
fn month(w: &Workdir) {
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}A1,张伟,一组,regular,3000,0\n"));
    let mut qa = String::from("日期,工号,项目,次数,来源,检查人,备注,申诉,申诉说明,裁定人,裁定日期\n");
    for d in [3, 13, 23] {
        qa.push_str(&format!("2026-10-{d:02},A1,,,抽查,李主管,,,,,\n"));
    }
    qa.push_str("2026-10-05,A1,1a,,抽查,李主管,语气生硬,待定,录音不全,,\n");
    qa.push_str("2026-10-06,A1,1b,,抽查,李主管,记录不清,成立,已补记录,王经理,2026-10-30\n");
    qa.push_str("2026-10-07,A1,1c,,抽查,李主管,未登记,驳回,,王经理,2026-11-02\n");
    qa.push_str("2026-10-08,A1,1d,2,抽查,李主管,超时,,,,\n");
    w.write("m/qa.csv", &qa);
    w.write("m/surveys.csv", &department_surveys());
}

#[test]
fn upheld_voids_rejected_and_pending_count_and_every_state_is_shown() {
    let w = Workdir::new();
    month(&w);
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    // 1a pending −1, 1b upheld 0, 1c rejected −1, 1d two misses −2: 50 − 4 = 46.
    assert_eq!(agent_row(&w.read("out/results.csv"), "A1")["work_score"], "46");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.contains("warning: qa.csv:5: the appeal of agent A1's 1a finding of 2026-10-05 is pending: it counts until it is decided"),
        "{stderr}"
    );
    let d = rows(&w.read("out/deductions.csv"));
    let state = |leaf: &str| {
        let r = d.iter().find(|r| r["leaf"] == leaf).unwrap();
        (r["appeal"].clone(), r["counted"].clone(), r["points_lost"].clone(), r["row"].clone())
    };
    assert_eq!(state("1a"), ("pending".into(), "yes".into(), "1".into(), "5".into()));
    assert_eq!(state("1b"), ("upheld".into(), "no".into(), "0".into(), "6".into()));
    assert_eq!(state("1c"), ("rejected".into(), "yes".into(), "1".into(), "7".into()));
    assert_eq!(state("1d"), ("".into(), "yes".into(), "2".into(), "8".into()));
    // The statement shows each appeal with who decided, when and why.
    let text = w.ok(&["explain", "--month", "2026-10", "--input", "m", "--agent", "A1", "--lang", "en"]);
    for needle in [
        "qa.csv:5  2026-10-05  spot check  inspector 李主管  “语气生硬”  −1  (appeal pending: “录音不全”)",
        "qa.csv:6  2026-10-06  spot check  inspector 李主管  “记录不清”  not counted (void: appeal upheld)",
        "qa.csv:7  2026-10-07  spot check  inspector 李主管  “未登记”  −1  (appeal rejected by 王经理 on 2026-11-02)",
        "qa.csv:6  2026-10-06  1b  appeal upheld by 王经理 on 2026-10-30: “已补记录”",
    ] {
        assert!(text.contains(needle), "missing «{needle}» in\n{text}");
    }
    let json: serde_json::Value =
        serde_json::from_str(&w.ok(&["explain", "--month", "2026-10", "--input", "m", "--agent", "A1", "--json", "--lang", "en"])).unwrap();
    let appeals: Vec<&str> = json["appeals"].as_array().unwrap().iter().map(|a| a["appeal"]["code"].as_str().unwrap()).collect();
    assert_eq!(appeals, ["pending", "upheld", "rejected"]);
    assert_eq!(json["work"]["score"], "46");
}

#[test]
fn a_month_with_a_pending_appeal_is_not_closed_by_accident() {
    let w = Workdir::new();
    month(&w);
    let out = w.kaohe(&["close", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(
        stderr.starts_with("qa.csv:5: the appeal of agent A1's 1a finding of 2026-10-05 is pending — decide it (upheld or rejected) before closing the month, or close with --allow-pending"),
        "{stderr}"
    );
    assert!(!w.exists("kaohe.db") && !w.exists("out"), "nothing recorded, nothing written");
    let out = w.kaohe(&["close", "--month", "2026-10", "--input", "m", "--out", "out", "--allow-pending", "--lang", "en"]);
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(w.exists("kaohe.db"));
}

#[test]
fn appeals_that_contradict_themselves_are_errors_at_their_cell() {
    let w = Workdir::new();
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}A1,张伟,一组,regular,3000,0\n"));
    w.write(
        "m/qa.csv",
        "date,agent_id,item,misses,source,inspector,note,void,appeal,appeal_note,decided_by,decided_on\n\
         2026-10-03,A1,,,,,,,pending,,,\n\
         2026-10-05,A1,1a,,,,,yes,rejected,,,\n\
         2026-10-06,A1,1b,,,,,,pending,,王经理,2026-10-30\n\
         2026-10-07,A1,1c,,,,,,,,王经理,\n\
         2026-10-08,A1,1d,,,,,,maybe,,,\n\
         2026-10-09,A1,1e,,,,,,upheld,,,next week\n",
    );
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "m", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    for want in [
        "qa.csv:2:appeal: an appeal on a row with no finding (no item)",
        "qa.csv:3:void: void says the appeal was upheld, but appeal says rejected",
        "qa.csv:4:decided_on: a pending appeal has a decision date",
        "qa.csv:5:decided_by: a decision on a finding with no appeal",
        "qa.csv:6:appeal: `maybe` is not a known appeal state — use one of: pending (申诉待定), upheld (申诉成立), rejected (申诉驳回)",
        "qa.csv:7:decided_on: `next week` is not a date",
    ] {
        assert!(stderr.contains(want), "missing «{want}» in\n{stderr}");
    }
}

#[test]
fn the_ledger_records_the_appeals_of_each_close_and_shows_those_in_force() {
    let w = Workdir::new();
    month(&w);
    w.ok(&["close", "--month", "2026-10", "--input", "m", "--out", "out", "--allow-pending", "--by", "hr_wang", "--lang", "en"]);
    let doc: serde_json::Value = serde_json::from_str(&w.ok(&["history", "--month", "2026-10", "--json", "--lang", "en"])).unwrap();
    let appeals = doc["appeals"].as_array().unwrap();
    let seen: Vec<(&str, &str, &str)> =
        appeals.iter().map(|a| (a["leaf"].as_str().unwrap(), a["place"].as_str().unwrap(), a["state"].as_str().unwrap())).collect();
    assert_eq!(seen, [("1a", "qa.csv:5", "pending"), ("1b", "qa.csv:6", "upheld"), ("1c", "qa.csv:7", "rejected")]);
    assert_eq!(appeals[1]["decided_by"], "王经理");
    assert_eq!(appeals[1]["decided_on"], "2026-10-30");
    assert_eq!(appeals[0]["note"], "录音不全");
    assert_eq!(appeals[0]["version"], 1);
    let text = w.ok(&["history", "--agent", "A1", "--lang", "en"]);
    assert!(text.contains("Appeals recorded at the close: 3 (1 still pending then)"), "{text}");
    assert!(text.contains("2026-10  A1     1a    2026-10-05  qa.csv:5  李主管     appeal pending"), "{text}");

    // The pending appeal is decided (rejected) and the month reopened: version 2 is in force.
    let qa = w.read("m/qa.csv").replace("语气生硬,待定,录音不全,,", "语气生硬,驳回,录音不全,王经理,2026-11-03");
    w.write("m/qa.csv", &qa);
    w.ok(&[
        "close",
        "--month",
        "2026-10",
        "--input",
        "m",
        "--out",
        "out",
        "--reopen",
        "--reason",
        "appeal of qa.csv:5 decided",
        "--lang",
        "en",
    ]);
    let doc: serde_json::Value = serde_json::from_str(&w.ok(&["history", "--month", "2026-10", "--json", "--lang", "en"])).unwrap();
    let states: Vec<(i64, &str)> =
        doc["appeals"].as_array().unwrap().iter().map(|a| (a["version"].as_i64().unwrap(), a["state"].as_str().unwrap())).collect();
    assert_eq!(states, [(2, "rejected"), (2, "upheld"), (2, "rejected")]);
    // Version 1's rows stay in the file.
    let db = rusqlite::Connection::open(w.path("kaohe.db")).unwrap();
    let kept: i64 = db.query_row("SELECT count(*) FROM appeals WHERE version = 1 AND state = 'pending'", [], |r| r.get(0)).unwrap();
    assert_eq!(kept, 1);
}
