//! HR's memory (SPEC 4, 5): versions of reopened months, corrections due (补发/扣回) and their
//! settlement, a ledger written by schema version 1 upgraded without loss, rules that follow the
//! month (a 100-point scheme imported and summarised), the quarterly appraisal exported, late
//! imports priced, and `kaohe compare` against two separate runs. Every test runs the real
//! binary in a temporary folder.

use std::collections::HashMap;
use std::str::FromStr;

use rust_decimal::Decimal;

/// What an agent did in a month.
mod common;

use common::*;
use Kind::*;

impl Workdir {
    /// `in/<month>/` for agents 1001, 1002, … (1001 and 1002 in team 一组, the others in 二组).
    fn month(&self, month: &str, agents: &[Kind]) -> String {
        self.kind_month(month, agents, |i| if i < 2 { "一组" } else { "二组" })
    }

    fn close(&self, month: &str, agents: &[Kind]) -> String {
        let input = self.month(month, agents);
        self.ok(&["close", "--month", month, "--input", &input, "--out", &format!("out/{month}"), "--by", "hr", "--lang", "en"])
    }

    fn reopen(&self, month: &str, agents: &[Kind], reason: &str) -> String {
        let input = self.month(month, agents);
        self.ok(&[
            "close",
            "--month",
            month,
            "--input",
            &input,
            "--out",
            &format!("out/{month}"),
            "--reopen",
            "--reason",
            reason,
            "--by",
            "hr_li",
            "--lang",
            "en",
        ])
    }

    fn db(&self) -> rusqlite::Connection {
        rusqlite::Connection::open_with_flags(self.ledger(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap()
    }

    /// (state, settled_in, delta) of every correction, oldest first.
    fn corrections(&self) -> Vec<(String, Option<String>, String)> {
        let db = self.db();
        let mut stmt = db.prepare("SELECT state, settled_in, delta FROM corrections ORDER BY id").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(|r| r.unwrap()).collect()
    }
}

fn dec(s: &str) -> Decimal {
    Decimal::from_str(s).unwrap_or_else(|_| panic!("`{s}` is not a decimal"))
}

// ---------------------------------------------------------------------------------------------
// Versions and corrections

#[test]
fn reopening_a_paid_month_shows_each_agents_money_delta_and_keeps_the_old_version() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Full, Full]);
    w.close("2026-02", &[Full, Full, Full]);
    w.close("2026-03", &[Full, Full, Full]);
    // An appeal rejected late: 1001 lost a point in January, 1003 failed it.
    let text = w.reopen("2026-01", &[Minor, Full, Fail], "late QA findings");
    assert!(text.contains("2026-01 reopened in kaohe.db: version 2 replaces version 1"), "{text}");
    assert!(
        text.contains(
            "  1001 Agent1001: work_score 50 → 49, total_score 55 → 54, full_marks_run 1 → 0, actions dept_praise → -, rewards 50.00 → 0.00, gross_pay 4350.00 → 4280.00 (-70.00)\n"
        ),
        "{text}"
    );
    assert!(text.contains("gross_pay 4350.00 → 3780.00 (-570.00)\n"), "{text}");
    assert!(!text.contains("1002 Agent1002"), "1002's January did not change: no line\n{text}");
    assert!(text.contains("corrections due (paid with the next month's close, listed in its adjustments.csv): 2, net -640.00"), "{text}");
    assert!(text.contains("  1001 Agent1001: paid 4350.00 → 4280.00 = -70.00 claw back\n"), "{text}");
    // The later months are priced, not rewritten: March loses its run reward.
    assert!(
        text.contains(
            "  1001 Agent1001 2026-03: full_marks_run 3 → 2, actions dept_praise;company_praise → dept_praise, rewards 250.00 → 50.00, gross_pay 4550.00 → 4350.00 (-200.00)\n"
        ),
        "{text}"
    );
    assert!(!text.contains("dept_praise → dept_praise"), "{text}");

    // The replaced close is kept: its rows, inputs and rules.
    let db = w.db();
    let (old_gross, old_by): (String, String) = db
        .query_row(
            "SELECT a.gross_pay, v.closed_by FROM agent_month_versions a JOIN month_versions v USING (month, version) \
             WHERE a.month = '2026-01' AND a.version = 1 AND a.agent_id = '1001'",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .unwrap();
    assert_eq!((old_gross.as_str(), old_by.as_str()), ("4350.00", "hr"));
    let (version, reason, by): (i64, String, String) = db
        .query_row("SELECT version, reason, closed_by FROM months WHERE month = '2026-01'", [], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
        .unwrap();
    assert_eq!((version, reason.as_str(), by.as_str()), (2, "late QA findings", "hr_li"));
    let inputs: i64 =
        db.query_row("SELECT count(*) FROM month_input_versions WHERE month = '2026-01' AND version = 1", [], |r| r.get(0)).unwrap();
    assert_eq!(inputs, 2);
    let rules_kept: bool = db
        .query_row(
            "SELECT EXISTS (SELECT 1 FROM rules_texts t JOIN month_versions v ON v.rules_sha256 = t.sha256 WHERE v.month = '2026-01')",
            [],
            |r| r.get(0),
        )
        .unwrap();
    assert!(rules_kept);
    assert_eq!(w.corrections(), [("due".into(), None, "-70.00".into()), ("due".into(), None, "-570.00".into())]);

    // `history` shows the month's versions side by side, for the month and for one agent.
    let text = w.ok(&["history", "--month", "2026-01", "--lang", "en"]);
    let line = text.lines().find(|l| l.starts_with("1001")).unwrap_or_else(|| panic!("{text}"));
    assert_eq!(line.split_whitespace().collect::<Vec<_>>(), ["1001", "Agent1001", "4350.00", "4280.00", "-70.00"], "{text}");
    assert!(text.contains("late QA findings"), "{text}");
    let text = w.ok(&["history", "--agent", "1001", "--month", "2026-01", "--lang", "en"]);
    let gross = text.lines().find(|l| l.starts_with("gross_pay")).unwrap_or_else(|| panic!("{text}"));
    assert_eq!(gross.split_whitespace().collect::<Vec<_>>(), ["gross_pay", "4350.00", "4280.00", "*"], "{text}");
    let name = text.lines().find(|l| l.starts_with("name")).unwrap();
    assert!(!name.ends_with('*'), "unchanged fields are not marked: {name}");
    assert!(text.contains("2026-01 1001 v2: 4350.00 → 4280.00 = -70.00 claw back (due; reason: late QA findings)"), "{text}");
    let doc: serde_json::Value = serde_json::from_str(&w.ok(&["history", "--agent", "1001", "--month", "2026-01", "--json"])).unwrap();
    assert_eq!(doc["fields"]["gross_pay"], serde_json::json!(["4350.00", "4280.00"]));
    assert_eq!(doc["versions"][0]["replaced_by"], "hr_li");
}

#[test]
fn the_next_months_run_lists_the_corrections_and_its_close_settles_them() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Full]);
    w.close("2026-02", &[Full, Full]);
    w.reopen("2026-02", &[Full, Minor], "late finding for 1002");
    // 1002's February: 4350.00 paid (run 2: 50 reward), 4280.00 after the reopen.
    let input = w.month("2026-03", &[Full, Full]);
    let out = w.ok(&["run", "--month", "2026-03", "--input", &input, "--out", "out/shared", "--lang", "en"]);
    assert!(out.contains("corrections of earlier months (adjustments.csv): 1, back pay 0.00, claw back -70.00, net -70.00"), "{out}");
    let adjustments = rows(&w.read("out/shared/adjustments.csv"));
    assert_eq!(adjustments.len(), 1);
    let r = &adjustments[0];
    let got: Vec<&str> = [
        "month",
        "agent_id",
        "corrected_month",
        "version",
        "paid_gross",
        "new_gross",
        "delta",
        "kind",
        "reason",
        "recorded_by",
        "state",
        "settled_in",
    ]
    .iter()
    .map(|c| r[*c].as_str())
    .collect();
    assert_eq!(
        got,
        ["2026-03", "1002", "2026-02", "2", "4350.00", "4280.00", "-70.00", "claw_back", "late finding for 1002", "hr_li", "due", ""]
    );
    // The report has the sheet too.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(w.root().join("out/shared/report.xlsx")).unwrap();
    let sheet = calamine::Reader::worksheet_range(&mut book, "adjustments").unwrap();
    assert_eq!(sheet.get_value((1, 1)), Some(&calamine::Data::String("1002".into())));
    assert_eq!(sheet.get_value((1, 8)), Some(&calamine::Data::Float(-70.0)));
    // `run` never writes the ledger: the correction is still due.
    assert_eq!(w.corrections(), [("due".into(), None, "-70.00".into())]);

    // The close of March settles it, in the same transaction, and says so in its files.
    let out = w.ok(&["close", "--month", "2026-03", "--input", &input, "--out", "out/shared", "--lang", "en", "--json"]);
    let doc: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(doc["ledger"]["corrections_settled"], 1);
    assert_eq!(doc["adjustments"]["net"], "-70.00");
    assert_eq!(w.corrections(), [("settled".into(), Some("2026-03".into()), "-70.00".into())]);
    let adjustments = rows(&w.read("out/shared/adjustments.csv"));
    assert_eq!((adjustments[0]["state"].as_str(), adjustments[0]["settled_in"].as_str()), ("settled", "2026-03"));
    // A run of March again lists what March paid; April has nothing to pay.
    let again = w.ok(&["run", "--month", "2026-03", "--input", &input, "--out", "out/again", "--lang", "en"]);
    assert!(again.contains("settled"), "{again}");
    let april = w.month("2026-04", &[Full, Full]);
    let out = w.ok(&["run", "--month", "2026-04", "--input", &april, "--out", "out/shared", "--lang", "en"]);
    assert!(!out.contains("corrections"), "{out}");
    assert!(!w.root().join("out/shared/adjustments.csv").exists(), "an adjustments.csv of another month never stays beside the new set");
}

#[test]
fn a_close_that_fails_settles_nothing() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    w.reopen("2026-01", &[Minor], "late finding");
    let before = std::fs::read(w.ledger()).unwrap();
    let input = w.month("2026-02", &[Full]);
    let args = ["close", "--month", "2026-02", "--input", &input, "--out", "out/2026-02", "--lang", "en"];
    for fault in ["place:adjustments.csv", "place:report.xlsx", "fail:ledger-commit"] {
        let out = w.kaohe_env(&args, &[("KAOHE_FAULT", fault)]);
        assert_eq!(out.status.code(), Some(4), "{fault}: {}", stderr(&out));
        assert_eq!(std::fs::read(w.ledger()).unwrap(), before, "{fault}: the ledger is unchanged");
        assert_eq!(w.corrections(), [("due".into(), None, "-70.00".into())], "{fault}");
        assert!(!w.root().join("out/2026-02/adjustments.csv").exists(), "{fault}");
    }
    // Killed half-way through the close's transaction.
    let out = w.kaohe_env(&args, &[("KAOHE_TEST_FAIL_AFTER_ROWS", "1")]);
    assert_eq!(out.status.code(), None);
    assert_eq!(w.corrections(), [("due".into(), None, "-70.00".into())]);
    // The retry settles it.
    assert_ok(&w.kaohe(&args));
    assert_eq!(w.corrections(), [("settled".into(), Some("2026-02".into()), "-70.00".into())]);
}

#[test]
fn reopening_with_no_change_lists_no_agent_and_records_no_correction() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Minor]);
    w.close("2026-02", &[Full, Full]);
    let text = w.reopen("2026-01", &[Full, Minor], "checked again");
    assert!(text.contains("no agent's scores, actions or pay changed\n"), "{text}");
    assert!(text.contains("no later closed month changes\n"), "{text}");
    assert!(!text.contains(" → "), "no line where nothing changed:\n{text}");
    assert!(w.corrections().is_empty());
    let versions: i64 = w.db().query_row("SELECT count(*) FROM month_versions WHERE month = '2026-01'", [], |r| r.get(0)).unwrap();
    assert_eq!(versions, 1, "the replaced close is kept even when it was the same");
}

#[test]
fn two_reopens_before_payday_leave_one_correction_for_the_whole_difference() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    w.reopen("2026-01", &[Minor], "first finding");
    let text = w.reopen("2026-01", &[Fail], "second finding");
    // Paid 4350.00 in January; 3780.00 after both: one correction of -570.00, the first superseded.
    assert!(text.contains("  1001 Agent1001: paid 4350.00 → 3780.00 = -570.00 claw back\n"), "{text}");
    assert!(text.contains("(replaces the correction of -70.00 still due for 1001)"), "{text}");
    assert_eq!(w.corrections(), [("superseded".into(), None, "-70.00".into()), ("due".into(), None, "-570.00".into())]);
    // Back to what was paid: nothing is due any more.
    let text = w.reopen("2026-01", &[Full], "appeal upheld");
    assert!(text.contains("the correction of -570.00 still due for 1001 is cancelled"), "{text}");
    assert!(w.corrections().iter().all(|(state, _, _)| state == "superseded"), "{:?}", w.corrections());
}

#[test]
fn an_empty_reason_is_a_usage_error_and_changes_nothing() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    let before = std::fs::read(w.ledger()).unwrap();
    let input = w.month("2026-01", &[Minor]);
    for reason in ["", "   "] {
        let out = w.kaohe(&["close", "--month", "2026-01", "--input", &input, "--reopen", "--reason", reason, "--lang", "en"]);
        assert_eq!(out.status.code(), Some(2), "{:?}: {}", reason, stderr(&out));
        assert!(stderr(&out).contains("must not be empty"), "{}", stderr(&out));
    }
    let out = w.kaohe(&["close", "--month", "2026-01", "--input", &input, "--reopen", "--reason", "x", "--by", "", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before);
}

#[test]
fn who_closed_is_the_os_user_unless_by_names_someone() {
    let w = Workdir::new();
    let input = w.month("2026-01", &[Full]);
    w.ok(&["close", "--month", "2026-01", "--input", &input, "--lang", "en"]);
    let input = w.month("2026-02", &[Full]);
    w.ok(&["close", "--month", "2026-02", "--input", &input, "--by", "王会计", "--lang", "en"]);
    let db = w.db();
    let by = |m: &str| -> (String, String) {
        db.query_row("SELECT m.closed_by, a.who FROM months m JOIN audit a USING (month) WHERE month = ?1", [m], |r| {
            Ok((r.get(0)?, r.get(1)?))
        })
        .unwrap()
    };
    let user = whoami::username().unwrap();
    assert_eq!(by("2026-01"), (user.clone(), user));
    assert_eq!(by("2026-02"), ("王会计".to_string(), "王会计".to_string()));
}

#[test]
fn importing_an_earlier_month_prices_the_later_months_it_changes() {
    let w = Workdir::new();
    w.close("2026-03", &[Full, Minor]);
    std::fs::write(w.root().join("earlier.csv"), "month,agent_id,work_score\n2026-01,1001,50\n2026-02,1001,50\n2026-01,1002,50\n").unwrap();
    let text = w.ok(&["history", "import", "earlier.csv", "--lang", "en"]);
    assert!(
        text.contains(
            "  1001 Agent1001 2026-03: full_marks_run 1 → 3, actions dept_praise → dept_praise;company_praise, rewards 50.00 → 250.00, gross_pay 4350.00 → 4550.00 (+200.00)\n"
        ),
        "{text}"
    );
    assert!(!text.contains("1002"), "1002's March is not full: nothing changes\n{text}");
    // Imported again, unchanged: no later month changes, no lines.
    let text = w.ok(&["history", "import", "earlier.csv", "--lang", "en"]);
    assert!(!text.contains("→"), "{text}");
}

// ---------------------------------------------------------------------------------------------
// A ledger written by schema version 1

/// Every row of the tables schema version 1 had, as text, in a stable order.
fn v1_rows(db: &rusqlite::Connection) -> Vec<String> {
    let mut out = Vec::new();
    for (table, columns) in [
        ("months", "month, closed_at, closed_by, rules_name, rules_sha256, agents, work_total, pay_adjustment_total, gross_total"),
        ("month_inputs", "month, file, sha256"),
        (
            "agent_months",
            "month, agent_id, source, name, team, status, on_post, work_score, attendance_score, hygiene_score, special_score, total_score, \
             base_salary, allowance, appraisal_wage, attendance_bonus, special_bonus, rewards, fines, pay_adjustment, gross_pay, full_marks_run, actions",
        ),
        ("audit", "id, at, month, action, reason, who, old_totals, new_totals"),
    ] {
        let n = columns.split(',').count();
        let mut stmt = db.prepare(&format!("SELECT {columns} FROM {table} ORDER BY 1, 2")).unwrap();
        let rows = stmt
            .query_map([], |r| {
                let cells: Vec<String> = (0..n).map(|i| format!("{:?}", r.get_ref(i).unwrap())).collect();
                Ok(format!("{table}: {}", cells.join(" | ")))
            })
            .unwrap();
        out.extend(rows.map(|r| r.unwrap()));
    }
    out
}

#[test]
fn a_ledger_written_by_schema_version_1_opens_and_upgrades_without_loss() {
    let w = Workdir::new();
    let fixture = repo("tests/fixtures/ledger_v1/kaohe.db");
    std::fs::copy(&fixture, w.ledger()).unwrap();
    let original = std::fs::read(w.ledger()).unwrap();
    let v1 = v1_rows(&rusqlite::Connection::open_with_flags(&fixture, rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap());
    assert_eq!(v1.iter().filter(|r| r.starts_with("agent_months")).count(), 10);

    // Reading commands upgrade a copy in memory: the file is untouched.
    let text = w.ok(&["history", "--lang", "en"]);
    assert!(text.contains("2026-01  v2") && text.contains("2026-02  v1"), "{text}");
    let text = w.ok(&["history", "--month", "2026-01", "--lang", "en"]);
    assert!(text.contains("version 1 was replaced before this ledger kept versions"), "{text}");
    let march = "in/2026-03";
    std::fs::create_dir_all(w.root().join(march)).unwrap();
    std::fs::write(
        w.root().join(march).join("agents.csv"),
        "agent_id,name,team,status,base_salary,allowance\n1001,张三,A,regular,3000,200\n1002,李四,A,regular,3000,200\n1003,王五,B,probation,2800,0\n",
    )
    .unwrap();
    let mut qa = String::from("date,agent_id,item,misses\n");
    for id in ["1001", "1002", "1003"] {
        for d in ["03", "13", "23"] {
            qa.push_str(&format!("2026-03-{d},{id},,\n"));
        }
    }
    std::fs::write(w.root().join(march).join("qa.csv"), qa).unwrap();
    w.ok(&["run", "--month", "2026-03", "--input", march, "--out", "out/run", "--lang", "en"]);
    assert_eq!(std::fs::read(w.ledger()).unwrap(), original, "run never writes the ledger, not even to upgrade it");
    let results = rows(&w.read("out/run/results.csv"));
    // 1001: imported 50, 50, then 49 in the reopened January, 50 in February: a run of 2.
    assert_eq!(results[0]["full_marks_run"], "2");
    // 1002: 47 in December, 50 in January, 48 in February: a run of 1.
    assert_eq!(results[1]["full_marks_run"], "1");

    // Writing upgrades the file in place; every row of version 1 is still there, unchanged.
    w.ok(&["close", "--month", "2026-03", "--input", march, "--out", "out/2026-03", "--by", "hr_chen", "--lang", "en"]);
    let db = w.db();
    let version: i64 = db.query_row("SELECT user_version FROM pragma_user_version", [], |r| r.get(0)).unwrap();
    assert_eq!(version, kaohe::ledger::SCHEMA_VERSION);
    let now = v1_rows(&db);
    let missing: Vec<&String> = v1.iter().filter(|r| !now.contains(r)).collect();
    assert!(missing.is_empty(), "rows lost or changed by the upgrade: {missing:#?}");
    assert_eq!(now.len(), v1.len() + 1 + 1 + 2 + 3, "March's month, audit, 2 inputs and 3 agents were added");
    let versions: Vec<(String, i64, Option<String>)> = {
        let mut stmt = db.prepare("SELECT month, version, reason FROM months ORDER BY month").unwrap();
        stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?))).unwrap().map(|r| r.unwrap()).collect()
    };
    assert_eq!(
        versions,
        [
            ("2026-01".to_string(), 2, Some("late QA finding for 1001".to_string())),
            ("2026-02".to_string(), 1, None),
            ("2026-03".to_string(), 1, None)
        ]
    );
    let unjudged: i64 = db.query_row("SELECT count(*) FROM agent_months WHERE rules_sha256 IS NULL", [], |r| r.get(0)).unwrap();
    assert_eq!(unjudged, 0, "every row knows the rules it is judged by");
    let texts: i64 = db.query_row("SELECT count(*) FROM rules_texts", [], |r| r.get(0)).unwrap();
    assert_eq!(texts, 1);
    drop(db);

    // A reopen now keeps the version that schema 1 could only have overwritten.
    let jan = "in/2026-01";
    std::fs::create_dir_all(w.root().join(jan)).unwrap();
    std::fs::copy(w.root().join(march).join("agents.csv"), w.root().join(jan).join("agents.csv")).unwrap();
    std::fs::write(w.root().join(jan).join("qa.csv"), w.read("in/2026-03/qa.csv").replace("2026-03", "2026-01")).unwrap();
    let text = w.ok(&[
        "close",
        "--month",
        "2026-01",
        "--input",
        jan,
        "--out",
        "out/2026-01",
        "--reopen",
        "--reason",
        "appeal upheld",
        "--lang",
        "en",
    ]);
    assert!(text.contains("version 3 replaces version 2"), "{text}");
    // 1001 back to full marks: a run of 3 (two imported months), 250 in rewards; 1003 too.
    assert!(text.contains("gross_pay 4280.00 → 4550.00 (+270.00)"), "{text}");
    let kept: String = w
        .db()
        .query_row("SELECT gross_pay FROM agent_month_versions WHERE month = '2026-01' AND version = 2 AND agent_id = '1001'", [], |r| {
            r.get(0)
        })
        .unwrap();
    assert_eq!(kept, "4280.00");
}

#[test]
fn a_ledger_of_a_newer_schema_is_refused() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    rusqlite::Connection::open(w.ledger()).unwrap().pragma_update(None, "user_version", 99).unwrap();
    let out = w.kaohe(&["history", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).contains("schema version 99"), "{}", stderr(&out));
}

// ---------------------------------------------------------------------------------------------
// Rules follow the month

#[test]
fn a_hundred_point_schemes_history_imports_and_summarises_by_its_own_full_marks() {
    let w = Workdir::new();
    std::fs::copy(repo("rules/hundred.toml"), w.root().join("hundred.toml")).unwrap();
    std::fs::write(
        w.root().join("earlier.csv"),
        "month,agent_id,work_score\n2026-01,1001,100\n2026-02,1001,100\n2026-01,1002,95\n2026-02,1002,100\n",
    )
    .unwrap();
    // Judged by the built-in 50 points, 100 is no score: the message says what to do.
    let out = w.kaohe(&["history", "import", "earlier.csv", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stderr(&out).contains("earlier.csv:2:work_score") && stderr(&out).contains("--rules"), "{}", stderr(&out));
    assert!(!w.ledger().exists());
    w.ok(&["history", "import", "earlier.csv", "--rules", "hundred.toml", "--lang", "en"]);

    // March under the 100-point scheme: 1001's third full-marks month in a row.
    let input = w.month("2026-03", &[Full, Full]);
    w.ok(&["close", "--month", "2026-03", "--input", &input, "--rules", "hundred.toml", "--out", "out/2026-03", "--lang", "en"]);
    let results = rows(&w.read("out/2026-03/results.csv"));
    let get = |i: usize, c: &str| results[i][c].clone();
    assert_eq!((get(0, "work_score"), get(0, "full_marks_run"), get(0, "rewards")), ("100".into(), "3".into(), "380.00".into()));
    assert_eq!(get(0, "actions"), "dept_praise;company_praise");
    assert_eq!((get(1, "full_marks_run"), get(1, "rewards")), ("2".into(), "80.00".into()));

    // April back on the default 50-point scheme: 50 of 50 continues the run of 100s of 100.
    let input = w.month("2026-04", &[Full, Minor]);
    w.ok(&["close", "--month", "2026-04", "--input", &input, "--out", "out/2026-04", "--lang", "en"]);
    let results = rows(&w.read("out/2026-04/results.csv"));
    assert_eq!(results[0]["full_marks_run"], "4");

    // The summaries judge every month by its own full marks.
    let doc: serde_json::Value = serde_json::from_str(&w.ok(&["history", "--quarter", "2026Q1", "--json"])).unwrap();
    let agent = |id: &str| doc["agents"].as_array().unwrap().iter().find(|a| a["agent_id"] == id).unwrap().clone();
    assert_eq!(agent("1001")["full_marks_months"], 3);
    assert_eq!(agent("1001")["average_work_score"], "100");
    assert_eq!(agent("1002")["full_marks_months"], 2);
    assert_eq!(agent("1002")["lowest"], serde_json::json!({"month": "2026-01", "work_score": "95"}));
    assert_eq!(agent("1001")["months"][0]["total_score"], serde_json::Value::Null, "an imported month's total is unknown, not 0");
    assert_eq!(agent("1001")["months"][0]["work_score"], "100");
    let doc: serde_json::Value = serde_json::from_str(&w.ok(&["history", "--year", "2026", "--json"])).unwrap();
    let one = doc["agents"].as_array().unwrap().iter().find(|a| a["agent_id"] == "1001").unwrap().clone();
    assert_eq!(one["full_marks_months"], 4, "100/100 three times and 50/50 once");
    let two = doc["agents"].as_array().unwrap().iter().find(|a| a["agent_id"] == "1002").unwrap().clone();
    assert_eq!(two["months_below_threshold"], 0, "95 of 100 and 49 of 50 are above their thresholds");
}

// ---------------------------------------------------------------------------------------------
// The quarterly appraisal

#[test]
fn hr_exports_a_quarter_as_a_workbook_with_one_column_per_month() {
    let w = Workdir::new();
    std::fs::write(w.root().join("jan.csv"), "month,agent_id,work_score\n2026-01,1001,50\n2026-01,1002,46\n2026-01,1003,24\n").unwrap();
    w.ok(&["history", "import", "jan.csv", "--lang", "en"]);
    w.close("2026-02", &[Full, Minor, Fail]);
    w.close("2026-03", &[Full, Full, Minor]);

    let text = w.ok(&["history", "--quarter", "2026Q1", "--out", "q1.xlsx", "--lang", "zh"]);
    assert!(text.contains("2026Q1 季度考核") && text.contains("已写入 q1.xlsx"), "{text}");
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(w.root().join("q1.xlsx")).unwrap();
    let names = calamine::Reader::sheet_names(&book);
    assert_eq!(names, ["2026Q1季度考核", "班组月度平均"]);
    let sheet = calamine::Reader::worksheet_range(&mut book, "2026Q1季度考核").unwrap();
    let cell = |r: u32, c: u32| sheet.get_value((r, c)).cloned().unwrap_or(calamine::Data::Empty);
    let s = |t: &str| calamine::Data::String(t.into());
    let n = |v: f64| calamine::Data::Float(v);
    // Row 1: each month over its three columns; row 2: the columns.
    assert_eq!([cell(0, 4), cell(0, 7), cell(0, 10)], [s("2026-01"), s("2026-02"), s("2026-03")]);
    assert_eq!(
        [cell(1, 0), cell(1, 1), cell(1, 4), cell(1, 5), cell(1, 6)],
        [s("班组"), s("组内名次"), s("工作考核分"), s("考核总分"), s("考核工资调整")]
    );
    // Team 一组: 1001 ranks first, then 1002, then the team's subtotal.
    assert_eq!([cell(2, 0), cell(2, 1), cell(2, 2)], [s("一组"), n(1.0), s("1001")]);
    assert_eq!(cell(2, 4), n(50.0), "January's work score, imported");
    assert_eq!(cell(2, 5), calamine::Data::Empty, "January's total is unknown: empty, never 0");
    assert_eq!(cell(2, 6), calamine::Data::Empty);
    assert_eq!([cell(2, 7), cell(2, 8), cell(2, 9)], [n(50.0), n(55.0), n(1150.0)]);
    assert_eq!([cell(3, 1), cell(3, 2), cell(3, 4), cell(3, 7)], [n(2.0), s("1002"), n(46.0), n(49.0)]);
    assert_eq!(cell(4, 3), s("一组 小计(2 人)"));
    assert_eq!(cell(4, 7), n(49.5), "the team's February average");
    // Team 二组: 1003 below 25 twice (January imported, February closed).
    let below_col = 4 + 3 * 3 + 5;
    assert_eq!([cell(5, 2), cell(5, below_col)], [s("1003"), n(2.0)]);
    assert_eq!(cell(1, below_col), s("低于强化培训线月数"));
    // The team chart's data, by month.
    let teams = calamine::Reader::worksheet_range(&mut book, "班组月度平均").unwrap();
    assert_eq!(teams.get_value((1, 1)), Some(&n(48.0)), "一组 in January: (50 + 46) / 2");
    assert_eq!(teams.get_value((1, 2)), Some(&n(24.0)));

    // Printing: landscape, one page wide, the two header rows on every page; a native line chart.
    let file = std::fs::File::open(w.root().join("q1.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut part = |name: &str| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let sheet1 = part("xl/worksheets/sheet1.xml");
    assert!(sheet1.contains("orientation=\"landscape\"") && sheet1.contains("<pageSetUpPr fitToPage=\"1\"/>"), "{sheet1}");
    assert!(part("xl/workbook.xml").contains("'2026Q1季度考核'!$1:$2"));
    let chart = part("xl/charts/chart1.xml");
    assert!(chart.contains("<c:lineChart>") && chart.matches("<c:ser>").count() == 2, "{chart}");

    // The same as CSV: one row per agent (and per team subtotal), one column group per month.
    w.ok(&["history", "--quarter", "2026Q1", "--out", "q1.csv", "--lang", "en"]);
    let rows = rows(&w.read("q1.csv"));
    let one = rows.iter().find(|r| r["agent_id"] == "1001").unwrap();
    let got: Vec<&str> = [
        "row_type",
        "team",
        "rank_in_team",
        "2026-01 work_score",
        "2026-01 total_score",
        "2026-02 total_score",
        "2026-03 pay_adjustment",
        "average_work_score",
        "full_marks_months",
        "pay_adjustment",
        "actions",
    ]
    .iter()
    .map(|c| one[*c].as_str())
    .collect();
    assert_eq!(got, ["agent", "一组", "1", "50", "", "55", "1350.00", "50", "3", "2500.00", "dept_praise×2 company_praise×1"]);
    assert_eq!(rows.iter().filter(|r| r["row_type"] == "team_subtotal").count(), 2);

    // --out needs a period, and a file kaohe can write.
    assert_eq!(w.kaohe(&["history", "--quarter", "2026Q1", "--out", "q1.txt"]).status.code(), Some(2));
    assert_eq!(w.kaohe(&["history", "--agent", "1001", "--out", "x.xlsx"]).status.code(), Some(2));
}

// ---------------------------------------------------------------------------------------------
// What-if

/// `kaohe run`'s gross pay by agent, and the total.
fn gross_of(w: &Workdir, out: &str) -> (HashMap<String, Decimal>, Decimal) {
    let rows = rows(&w.read(&format!("{out}/results.csv")));
    let by_agent: HashMap<String, Decimal> = rows.iter().map(|r| (r["agent_id"].clone(), dec(&r["gross_pay"]))).collect();
    let total = by_agent.values().sum();
    (by_agent, total)
}

#[test]
fn compare_prices_a_rules_change_exactly_as_two_separate_runs_would() {
    let w = Workdir::new();
    let example = repo("examples/2026-10");
    let example = example.to_str().unwrap();
    let tried = repo("examples/rules-25-yuan.toml");
    let tried = tried.to_str().unwrap();
    // August and September at full marks for everyone: October completes runs of three.
    let roster = std::fs::read_to_string(repo("examples/2026-10/agents.csv")).unwrap();
    let mut earlier = String::from("month,agent_id,work_score\n");
    for id in roster.lines().skip(1).filter_map(|l| l.split(',').next()) {
        earlier.push_str(&format!("2026-08,{id},50\n2026-09,{id},50\n"));
    }
    std::fs::write(w.root().join("earlier.csv"), earlier).unwrap();
    w.ok(&["history", "import", "earlier.csv", "--lang", "en"]);

    w.ok(&["run", "--month", "2026-10", "--input", example, "--out", "in_force", "--lang", "en"]);
    w.ok(&["run", "--month", "2026-10", "--input", example, "--rules", tried, "--out", "tried", "--lang", "en"]);
    let (base, base_total) = gross_of(&w, "in_force");
    let (new, new_total) = gross_of(&w, "tried");

    let doc: serde_json::Value = serde_json::from_str(&w.ok(&[
        "compare",
        "--month",
        "2026-10",
        "--input",
        example,
        "--rules",
        tried,
        "--json",
        "--out",
        "compare.xlsx",
    ]))
    .unwrap();
    assert_eq!(dec(doc["cost_difference"].as_str().unwrap()), new_total - base_total);
    assert_eq!(doc["cost_difference"], "6937.50");
    assert_eq!(doc["totals"]["gross_pay"]["in_force"], base_total.to_string());
    assert_eq!(doc["totals"]["gross_pay"]["tried"], new_total.to_string());
    for a in doc["agents"].as_array().unwrap() {
        let id = a["agent_id"].as_str().unwrap();
        assert_eq!(dec(a["gross_difference"].as_str().unwrap()), new[id] - base[id], "agent {id}");
        assert_eq!(a["tried"]["gross_pay"], new[id].to_string(), "agent {id}");
    }
    // The 300-yuan run reward: 1002's third full month pays 50 + 300 instead of 50 + 200.
    let wang = doc["agents"].as_array().unwrap().iter().find(|a| a["agent_id"] == "1002").unwrap();
    assert_eq!((wang["in_force"]["rewards"].as_str(), wang["tried"]["rewards"].as_str()), (Some("250.00"), Some("350.00")));
    assert_eq!(doc["agents_changed"], 24, "every agent paid for points changes; 1025 is in training");

    let text = w.ok(&["compare", "--month", "2026-10", "--input", example, "--rules", tried, "--lang", "en"]);
    assert!(text.contains("total cost difference: +6937.50 a month"), "{text}");
    assert!(text.contains("24 of 25 agents change"), "{text}");
    let wang = text.lines().find(|l| l.starts_with("1002")).unwrap();
    assert!(wang.contains("250.00 → 350.00") && wang.contains("5850.00 → 6225.00") && wang.contains("+375.00"), "{wang}");

    // The workbook: every agent, and the total cost difference.
    let mut book: calamine::Xlsx<_> = calamine::open_workbook(w.root().join("compare.xlsx")).unwrap();
    let sheet = calamine::Reader::worksheet_range(&mut book, "compare").unwrap();
    assert_eq!(sheet.height(), 2 + 25 + 1, "two header rows, 25 agents, the totals");
    let totals = calamine::Reader::worksheet_range(&mut book, "totals").unwrap();
    assert_eq!(totals.get_value((11, 3)), Some(&calamine::Data::Float(6937.5)));

    // Without --rules there is nothing to try.
    assert_eq!(w.kaohe(&["compare", "--month", "2026-10", "--input", example]).status.code(), Some(2));
}
