//! The ledger of closed months (SPEC 4): months closed one after another, runs across months,
//! the year's count, reopening, refusal, interrupted closes, imports and `run` without a ledger.
//! Each test runs the real binary in a temporary folder on small hand-made CSV months.

use std::path::Path;
use std::process::Output;

mod common;

use common::*;
use Kind::*;

impl Workdir {
    /// `in/<month>/` for agents 1001, 1002, …, all in team A.
    fn month(&self, month: &str, agents: &[Kind]) -> String {
        self.kind_month(month, agents, |_| "A")
    }

    /// `kaohe close` of a month, asserting success.
    fn close(&self, month: &str, agents: &[Kind]) -> Output {
        let input = self.month(month, agents);
        let out = self.kaohe(&["close", "--month", month, "--input", &input, "--out", &format!("out/{month}"), "--lang", "en"]);
        assert_ok(&out);
        out
    }

    /// `results.csv` of a month as (agent_id, column) → value.
    fn result(&self, month: &str, agent: &str, column: &str) -> String {
        let text = std::fs::read_to_string(self.root().join("out").join(month).join("results.csv")).unwrap();
        let mut lines = text.trim_start_matches('\u{feff}').lines();
        let header: Vec<&str> = lines.next().unwrap().split(',').collect();
        let col = header.iter().position(|h| *h == column).unwrap_or_else(|| panic!("no column {column}"));
        let id = header.iter().position(|h| *h == "agent_id").unwrap();
        let row = lines.map(|l| l.split(',').collect::<Vec<_>>()).find(|r| r[id] == agent).expect("agent row");
        row[col].to_string()
    }
}

#[test]
fn third_full_month_in_a_row_earns_the_run_reward_and_company_praise() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Minor]);
    w.close("2026-02", &[Full, Full]);
    w.close("2026-03", &[Full, Full]);
    assert_eq!(w.result("2026-02", "1001", "full_marks_run"), "2");
    assert_eq!(w.result("2026-02", "1001", "rewards"), "50.00");
    assert_eq!(w.result("2026-02", "1001", "actions"), "dept_praise");
    assert_eq!(w.result("2026-03", "1001", "full_marks_run"), "3");
    assert_eq!(w.result("2026-03", "1001", "rewards"), "250.00");
    assert_eq!(w.result("2026-03", "1001", "actions"), "dept_praise;company_praise");
    // 1002 lost a point in January: only two months in a row by March.
    assert_eq!(w.result("2026-03", "1002", "full_marks_run"), "2");
    assert_eq!(w.result("2026-03", "1002", "rewards"), "50.00");
    assert_eq!(w.result("2026-03", "1002", "actions"), "dept_praise");

    // `explain` names the months that made the run.
    let out = w.kaohe(&["explain", "--month", "2026-03", "--input", "in/2026-03", "--agent", "1001", "--lang", "en"]);
    assert_ok(&out);
    let text = stdout(&out);
    for m in ["2026-01", "2026-02", "2026-03"] {
        assert!(text.contains(m), "explain does not name {m}:\n{text}");
    }
}

#[test]
fn six_month_run_calls_for_a_raise_review() {
    let w = Workdir::new();
    for m in ["2026-01", "2026-02", "2026-03", "2026-04", "2026-05"] {
        w.close(m, &[Full]);
    }
    w.close("2026-06", &[Full]);
    assert_eq!(w.result("2026-05", "1001", "full_marks_run"), "5");
    assert_eq!(w.result("2026-05", "1001", "actions"), "dept_praise");
    assert_eq!(w.result("2026-06", "1001", "full_marks_run"), "6");
    assert_eq!(w.result("2026-06", "1001", "rewards"), "250.00");
    assert_eq!(w.result("2026-06", "1001", "actions"), "dept_praise;company_praise;raise_review");
}

#[test]
fn eleventh_full_month_of_the_year_in_november_calls_for_a_raise_review() {
    let w = Workdir::new();
    // January–October imported: 1001 full every month; 1002 loses points in August.
    let mut csv = String::from("month,agent_id,work_score\n");
    for m in 1..=10 {
        csv.push_str(&format!("2026-{m:02},1001,50\n"));
        csv.push_str(&format!("2026-{m:02},1002,{}\n", if m == 8 { 48 } else { 50 }));
    }
    std::fs::write(w.root().join("earlier.csv"), csv).unwrap();
    assert_ok(&w.kaohe(&["history", "import", "earlier.csv", "--lang", "en"]));
    w.close("2026-11", &[Full, Full]);
    // 11th full month of 2026, run of 11 (not a multiple of 3 or 6): the year count calls for it.
    assert_eq!(w.result("2026-11", "1001", "full_marks_run"), "11");
    assert_eq!(w.result("2026-11", "1001", "actions"), "dept_praise;raise_review");
    assert_eq!(w.result("2026-11", "1001", "rewards"), "50.00");
    // 1002's 10th full month of the year, run of 3 (September–November).
    assert_eq!(w.result("2026-11", "1002", "full_marks_run"), "3");
    assert_eq!(w.result("2026-11", "1002", "actions"), "dept_praise;company_praise");
    assert_eq!(w.result("2026-11", "1002", "rewards"), "250.00");
}

#[test]
fn a_month_missing_from_the_ledger_breaks_the_run() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    w.close("2026-02", &[Full]);
    // March was never closed.
    w.close("2026-04", &[Full]);
    assert_eq!(w.result("2026-04", "1001", "full_marks_run"), "1");
    assert_eq!(w.result("2026-04", "1001", "rewards"), "50.00");
    assert_eq!(w.result("2026-04", "1001", "actions"), "dept_praise");
    // Closing March late fills the gap: April's recorded run would change, and close says so.
    let out = w.close("2026-03", &[Full]);
    assert_eq!(w.result("2026-03", "1001", "actions"), "dept_praise;company_praise");
    let text = stdout(&out);
    // Only what changes is listed: the run, not the unchanged actions or money.
    assert!(text.contains("  1001 Agent1001 2026-04: full_marks_run 1 → 4\n"), "{text}");
    assert!(!text.contains("dept_praise → dept_praise"), "{text}");
}

#[test]
fn two_failing_months_in_a_row_call_for_a_reassign_review() {
    let w = Workdir::new();
    w.close("2026-01", &[Fail, Fail]);
    assert_eq!(w.result("2026-01", "1001", "work_score"), "24");
    assert_eq!(w.result("2026-01", "1001", "actions"), "retrain");
    w.close("2026-02", &[Fail, Minor]);
    assert_eq!(w.result("2026-02", "1001", "actions"), "retrain;reassign_review");
    assert_eq!(w.result("2026-02", "1002", "actions"), "");
}

#[test]
fn run_reads_the_ledger_but_never_writes_it() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    w.close("2026-02", &[Full]);
    let before = std::fs::read(w.ledger()).unwrap();
    let input = w.month("2026-03", &[Full]);
    assert_ok(&w.kaohe(&["run", "--month", "2026-03", "--input", &input, "--out", "out/2026-03", "--lang", "en"]));
    assert_eq!(w.result("2026-03", "1001", "full_marks_run"), "3");
    assert_eq!(w.result("2026-03", "1001", "actions"), "dept_praise;company_praise");
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before);
}

#[test]
fn run_without_a_ledger_treats_the_month_as_the_first_and_creates_no_file() {
    let w = Workdir::new();
    let input = w.month("2026-03", &[Full]);
    let out = w.kaohe(&["run", "--month", "2026-03", "--input", &input, "--out", "out/2026-03", "--lang", "en"]);
    assert_ok(&out);
    assert_eq!(stderr(&out).matches("no ledger at kaohe.db").count(), 1, "{}", stderr(&out));
    assert_eq!(w.result("2026-03", "1001", "full_marks_run"), "1");
    assert!(!w.ledger().exists());
}

#[test]
fn closing_a_closed_month_is_refused_and_changes_nothing() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    let before = std::fs::read(w.ledger()).unwrap();
    let input = w.month("2026-01", &[Fail]);
    let out = w.kaohe(&["close", "--month", "2026-01", "--input", &input, "--out", "out/again", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert!(stderr(&out).contains("already closed"), "{}", stderr(&out));
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before);
    assert!(!w.root().join("out/again").exists(), "a refused close writes no outputs");

    // Reopening a month that was never closed is refused too.
    let input = w.month("2026-02", &[Full]);
    let out = w.kaohe(&["close", "--month", "2026-02", "--input", &input, "--reopen", "--reason", "x", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before);

    // --reopen without --reason is a usage error.
    let out = w.kaohe(&["close", "--month", "2026-01", "--input", "in/2026-01", "--reopen"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn input_with_errors_is_never_closed() {
    let w = Workdir::new();
    let input = w.month("2026-01", &[Full]);
    std::fs::write(w.root().join(&input).join("qa.csv"), "date,agent_id,item\n2026-01-03,9999,\n").unwrap();
    let out = w.kaohe(&["close", "--month", "2026-01", "--input", &input, "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    assert!(!w.ledger().exists());
}

#[test]
fn reopening_a_month_keeps_an_audit_row_and_reports_later_months_it_alters() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Full]);
    w.close("2026-02", &[Full, Full]);
    w.close("2026-03", &[Full, Full]);
    // An appeal finds that 1001 failed January after all.
    let input = w.month("2026-01", &[Fail, Full]);
    let out = w.kaohe(&[
        "close",
        "--month",
        "2026-01",
        "--input",
        &input,
        "--out",
        "out/2026-01",
        "--reopen",
        "--reason",
        "late QA findings",
        "--lang",
        "en",
    ]);
    assert_ok(&out);
    let text = stdout(&out);
    assert!(text.contains("2026-01 reopened"), "{text}");
    assert!(
        text.contains(
            "  1001 Agent1001: work_score 50 → 24, total_score 55 → 29, full_marks_run 1 → 0, actions dept_praise → retrain, rewards 50.00 → 0.00, gross_pay 4350.00 → 3780.00 (-570.00)\n"
        ),
        "{text}"
    );
    assert!(text.contains("  1001 Agent1001 2026-02: full_marks_run 2 → 1\n"), "{text}");
    assert!(
        text.contains(
            "  1001 Agent1001 2026-03: full_marks_run 3 → 2, actions dept_praise;company_praise → dept_praise, rewards 250.00 → 50.00, gross_pay 4550.00 → 4350.00 (-200.00)\n"
        ),
        "{text}"
    );
    assert!(!text.contains("1002 Agent1002"), "1002 is not affected:\n{text}");
    assert!(!text.contains("dept_praise → dept_praise"), "{text}");
    assert_eq!(w.result("2026-01", "1001", "actions"), "retrain");

    let db = rusqlite::Connection::open(w.ledger()).unwrap();
    let (action, reason, old, new): (String, String, String, String) = db
        .query_row("SELECT action, reason, old_totals, new_totals FROM audit WHERE month = '2026-01' AND action = 'reopen'", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .unwrap();
    assert_eq!((action.as_str(), reason.as_str()), ("reopen", "late QA findings"));
    assert!(old.contains("\"work_total\":\"100\""), "{old}");
    assert!(new.contains("\"work_total\":\"74\""), "{new}");
    let work: String =
        db.query_row("SELECT work_score FROM agent_months WHERE month = '2026-01' AND agent_id = '1001'", [], |r| r.get(0)).unwrap();
    assert_eq!(work, "24");
    // Later months are reported, not rewritten.
    let run: i64 =
        db.query_row("SELECT full_marks_run FROM agent_months WHERE month = '2026-03' AND agent_id = '1001'", [], |r| r.get(0)).unwrap();
    assert_eq!(run, 3);
    // A reopened month sees only its own earlier months: February reopened still counts January.
    let input = w.month("2026-02", &[Full, Full]);
    let out = w.kaohe(&[
        "close",
        "--month",
        "2026-02",
        "--input",
        &input,
        "--out",
        "out/2026-02",
        "--reopen",
        "--reason",
        "recheck",
        "--lang",
        "en",
    ]);
    assert_ok(&out);
    assert_eq!(w.result("2026-02", "1001", "full_marks_run"), "1");
    assert_eq!(w.result("2026-02", "1002", "full_marks_run"), "2");
}

#[test]
fn an_interrupted_close_leaves_the_ledger_exactly_as_before() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Full, Full]);
    let before = std::fs::read(w.ledger()).unwrap();
    let input = w.month("2026-02", &[Full, Full, Full]);
    // The test-only failure point aborts the process (as a kill would) after 2 of 3 agent rows
    // were inserted inside the close's transaction.
    let out = w.kaohe_env(
        &["close", "--month", "2026-02", "--input", &input, "--out", "out/2026-02", "--lang", "en"],
        &[("KAOHE_TEST_FAIL_AFTER_ROWS", "2")],
    );
    assert!(!out.status.success());
    assert_eq!(out.status.code(), None, "killed by a signal, not a clean exit");
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before, "the ledger file's bytes are unchanged");
    // A killed run cannot tidy up: what it leaves is kaohe's own hidden files, never an output.
    let visible = |dir: &str| -> Vec<String> {
        std::fs::read_dir(w.root().join(dir))
            .map(|d| d.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| !n.starts_with(".kaohe-")).collect())
            .unwrap_or_default()
    };
    assert!(visible("out/2026-02").is_empty(), "{:?}", visible("out/2026-02"));

    // A reader sees only January (the leftover journal is rolled back) …
    let out = w.kaohe(&["history", "--lang", "en"]);
    assert_ok(&out);
    assert!(stdout(&out).contains("2026-01") && !stdout(&out).contains("2026-02"), "{}", stdout(&out));
    let db = rusqlite::Connection::open(w.ledger()).unwrap();
    let check: String = db.query_row("PRAGMA integrity_check", [], |r| r.get(0)).unwrap();
    assert_eq!(check, "ok");
    let rows: i64 = db.query_row("SELECT count(*) FROM agent_months WHERE month = '2026-02'", [], |r| r.get(0)).unwrap();
    assert_eq!(rows, 0);
    let months: i64 = db.query_row("SELECT count(*) FROM months", [], |r| r.get(0)).unwrap();
    assert_eq!(months, 1);
    drop(db);
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before);
    // … and the month can then be closed normally; that run clears what the killed one left.
    w.close("2026-02", &[Full, Full, Full]);
    assert_eq!(w.result("2026-02", "1003", "full_marks_run"), "2");
    let all: Vec<String> =
        std::fs::read_dir(w.root().join("out/2026-02")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    assert!(all.iter().all(|n| !n.starts_with(".kaohe-")), "{all:?}");
}

#[test]
fn import_lists_every_problem_and_never_overwrites_a_closed_month() {
    let w = Workdir::new();
    std::fs::write(
        w.root().join("bad.csv"),
        "month,agent_id,work_score\n2026-13,1001,50\n2026-01,,50\n2026-02,1001,51\n2026-02,1001,abc\n",
    )
    .unwrap();
    let out = w.kaohe(&["history", "import", "bad.csv", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    for place in ["bad.csv:2:month", "bad.csv:3:agent_id", "bad.csv:4:work_score", "bad.csv:5:work_score"] {
        assert!(err.contains(place), "no problem at {place}:\n{err}");
    }
    assert!(!w.ledger().exists());

    // The header is checked as for every other input: a missing column is an error at row 1, an
    // unknown column a warning.
    std::fs::write(w.root().join("header.csv"), "month,agent,work_score,comment\n2026-03,1001,50,x\n").unwrap();
    let out = w.kaohe(&["history", "import", "header.csv", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let err = stderr(&out);
    assert!(err.contains("header.csv:1: the required column agent_id (工號) is missing"), "{err}");
    assert!(err.contains("warning: header.csv:1:comment: unknown column `comment` is ignored"), "{err}");
    assert!(!w.ledger().exists());

    w.close("2026-01", &[Full]);
    let before = std::fs::read(w.ledger()).unwrap();
    std::fs::write(w.root().join("jan.csv"), "月份,工號,工作考核\n2026-01,1001,40\n").unwrap();
    let out = w.kaohe(&["history", "import", "jan.csv", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(3), "{}", stderr(&out));
    assert_eq!(std::fs::read(w.ledger()).unwrap(), before);
}

#[test]
fn history_shows_an_agents_months_and_quarter_and_year_summaries() {
    let w = Workdir::new();
    w.close("2026-01", &[Full, Fail]);
    w.close("2026-02", &[Full, Minor]);
    w.close("2026-03", &[Full, Full]);
    w.close("2026-04", &[Minor, Full]);

    let out = w.kaohe(&["history", "--agent", "1001", "--lang", "en"]);
    assert_ok(&out);
    let text = stdout(&out);
    assert_eq!(text.lines().filter(|l| l.contains("Agent1001")).count(), 4, "{text}");
    assert!(text.lines().any(|l| l.starts_with("2026-03") && l.contains("dept_praise;company_praise")), "{text}");

    let out = w.kaohe(&["history", "--quarter", "2026Q1", "--lang", "en"]);
    assert_ok(&out);
    let text = stdout(&out);
    let cells = |agent: &str| -> Vec<String> {
        let line = text.lines().find(|l| l.split_whitespace().nth(2) == Some(agent)).unwrap_or_else(|| panic!("no {agent}:\n{text}"));
        line.split_whitespace().map(String::from).collect()
    };
    // team, rank, agent, name, Jan, Feb, Mar, avg work, avg total, lowest (month), below 25, full
    // months, special awards, fines, pay adjustment, actions
    assert_eq!(
        cells("1001"),
        [
            "A",
            "1",
            "1001",
            "Agent1001",
            "50",
            "50",
            "50",
            "50",
            "55",
            "50",
            "(2026-01)",
            "0",
            "3",
            "0",
            "0.00",
            "3650.00",
            "praise",
            "within",
            "the",
            "department",
            "×3,",
            "company-wide",
            "praise",
            "×1"
        ],
        "{text}"
    );
    assert_eq!(cells("1002")[..13], ["A", "2", "1002", "Agent1002", "24", "49", "50", "41", "46", "24", "(2026-01)", "1", "1"], "{text}");
    assert!(
        cells("1002").join(" ").ends_with("praise within the department ×1, one week off the post for intensive training ×1"),
        "{text}"
    );

    let out = w.kaohe(&["history", "--year", "2026", "--lang", "en"]);
    assert_ok(&out);
    let text = stdout(&out);
    let line = text.lines().find(|l| l.split_whitespace().nth(2) == Some("1001")).unwrap().to_string();
    // Four months recorded, the other eight empty.
    assert_eq!(line.split_whitespace().skip(4).take(5).collect::<Vec<_>>(), ["50", "50", "50", "49", "49.75"], "{line}");

    let out = w.kaohe(&["history", "--year", "2026", "--quarter", "2026Q1"]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn training_months_never_count_toward_a_run() {
    let w = Workdir::new();
    w.close("2026-01", &[Training]);
    assert_eq!(w.result("2026-01", "1001", "work_score"), "50");
    assert_eq!(w.result("2026-01", "1001", "full_marks_run"), "0");
    assert_eq!(w.result("2026-01", "1001", "actions"), "");
    w.close("2026-02", &[Full]);
    w.close("2026-03", &[Full]);
    assert_eq!(w.result("2026-03", "1001", "full_marks_run"), "2");
    assert_eq!(w.result("2026-03", "1001", "actions"), "dept_praise");
}

#[test]
fn a_closed_month_records_the_hashes_of_its_rules_and_inputs() {
    let w = Workdir::new();
    w.close("2026-01", &[Full]);
    let db = rusqlite::Connection::open_with_flags(w.ledger(), rusqlite::OpenFlags::SQLITE_OPEN_READ_ONLY).unwrap();
    let (rules, hash, version): (String, String, i64) = db
        .query_row("SELECT rules_name, rules_sha256, (SELECT user_version FROM pragma_user_version) FROM months", [], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?))
        })
        .unwrap();
    assert!(rules.contains("default.toml"), "{rules}");
    assert_eq!(hash.len(), 64);
    assert_eq!(version, kaohe::ledger::SCHEMA_VERSION);
    let mut stmt = db.prepare("SELECT file, sha256 FROM month_inputs WHERE month = '2026-01' ORDER BY file").unwrap();
    let inputs: Vec<(String, String)> = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?))).unwrap().map(|r| r.unwrap()).collect();
    let names: Vec<&str> = inputs.iter().map(|(f, _)| f.as_str()).collect();
    assert_eq!(names, ["agents.csv", "qa.csv"]);
    assert!(inputs.iter().all(|(_, h)| h.len() == 64 && h.bytes().all(|b| b.is_ascii_hexdigit())));
    // Money and scores are text, never floats.
    let kinds: (String, String) =
        db.query_row("SELECT typeof(work_score), typeof(gross_pay) FROM agent_months", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
    assert_eq!(kinds, ("text".to_string(), "text".to_string()));
}

/// Every file in a folder with its bytes, kaohe's hidden working files included.
fn snapshot(dir: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = std::fs::read_dir(dir)
        .map(|d| d.flatten().map(|e| (e.file_name().to_string_lossy().into_owned(), std::fs::read(e.path()).unwrap_or_default())).collect())
        .unwrap_or_default();
    files.sort();
    files
}

/// SPEC 6 (finding 5): a file that cannot be replaced — report.xlsx held open by Excel on
/// Windows, simulated here by a test-only failure point — leaves every output as it was, and no
/// temporary file behind. Whichever file fails, and at which step.
#[test]
fn a_run_whose_files_cannot_all_be_replaced_changes_none_of_them() {
    let w = Workdir::new();
    let october = w.month("2026-10", &[Full, Fail]);
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", &october, "--out", "out", "--lang", "en"]);
    assert_ok(&out);
    let before = snapshot(&w.root().join("out"));
    assert_eq!(before.len(), 4);
    let changed = w.month("2026-10", &[Full, Full]);
    for fault in ["aside:report.xlsx", "aside:warnings.csv", "place:deductions.csv", "place:report.xlsx"] {
        let out =
            w.kaohe_env(&["run", "--month", "2026-10", "--input", &changed, "--out", "out", "--lang", "en"], &[("KAOHE_FAULT", fault)]);
        assert_eq!(out.status.code(), Some(4), "{fault}: {}", stderr(&out));
        assert!(stderr(&out).contains("is it open in Excel?"), "{fault}: {}", stderr(&out));
        assert!(snapshot(&w.root().join("out")) == before, "{fault}: every file is as it was, nothing left behind");
    }
    // Without the fault, the new set replaces the old one.
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", &changed, "--out", "out", "--lang", "en"]);
    assert_ok(&out);
    assert!(snapshot(&w.root().join("out")) != before);
    assert_eq!(snapshot(&w.root().join("out")).len(), 4);
}

/// SPEC 6: a run killed while swapping its files in leaves a folder that the next run puts
/// back to the old set before writing its own.
#[test]
fn a_run_killed_while_publishing_is_rolled_back_by_the_next() {
    let w = Workdir::new();
    let october = w.month("2026-10", &[Full, Fail]);
    assert_ok(&w.kaohe(&["run", "--month", "2026-10", "--input", &october, "--out", "out", "--lang", "en"]));
    let before = snapshot(&w.root().join("out"));
    let changed = w.month("2026-10", &[Full, Full]);
    let out = w.kaohe_env(
        &["run", "--month", "2026-10", "--input", &changed, "--out", "out", "--lang", "en"],
        &[("KAOHE_FAULT", "abort:after-place")],
    );
    assert_eq!(out.status.code(), None, "killed");
    assert!(snapshot(&w.root().join("out")) != before, "the killed run left its half-done state");
    // The next run into the folder first restores the old set (here it then fails, so the old
    // set is what is left to see).
    let out = w.kaohe_env(
        &["run", "--month", "2026-10", "--input", &october, "--out", "out", "--lang", "en"],
        &[("KAOHE_FAULT", "aside:results.csv")],
    );
    assert_eq!(out.status.code(), Some(4));
    assert!(snapshot(&w.root().join("out")) == before, "recovered to the old set");
}

/// SPEC 4 (finding 6): a close whose files cannot be written records nothing, and a close whose
/// ledger commit fails puts the old files back; either way a retry closes the month normally.
#[test]
fn a_close_is_all_or_nothing_across_ledger_and_files() {
    let w = Workdir::new();
    w.close("2026-09", &[Full, Full]);
    let input = w.month("2026-10", &[Full, Fail]);
    // Earlier files in the output folder of October.
    assert_ok(&w.kaohe(&["run", "--month", "2026-10", "--input", &input, "--out", "out/2026-10", "--lang", "en"]));
    let files = snapshot(&w.root().join("out/2026-10"));
    let ledger = std::fs::read(w.ledger()).unwrap();
    for fault in ["aside:report.xlsx", "place:results.csv", "fail:ledger-commit"] {
        let out = w.kaohe_env(
            &["close", "--month", "2026-10", "--input", &input, "--out", "out/2026-10", "--lang", "en"],
            &[("KAOHE_FAULT", fault)],
        );
        assert_eq!(out.status.code(), Some(4), "{fault}: {}", stderr(&out));
        assert_eq!(std::fs::read(w.ledger()).unwrap(), ledger, "{fault}: the ledger is unchanged");
        assert!(snapshot(&w.root().join("out/2026-10")) == files, "{fault}: the files are unchanged");
    }
    // The retry is not refused as "already closed".
    let out = w.close("2026-10", &[Full, Fail]);
    assert!(stdout(&out).contains("2026-10 closed in"), "{}", stdout(&out));
}
