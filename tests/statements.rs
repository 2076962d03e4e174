//! `kaohe statements`: statements.xlsx read back cell by cell for the agents worked by hand in
//! `tests/fixtures/example-2026-10-worked.md` (1003 capped leaves, 1016 retrain and a refused
//! award, 1024 probation pay), the index and its links, print setup, `--team` and `--agent`,
//! and what a wrong team or agent gives.

mod common;

use calamine::{open_workbook, Data, Range, Reader, Xlsx};
use common::*;

fn example() -> String {
    format!("{}/examples/2026-10", env!("CARGO_MANIFEST_DIR"))
}

fn statements(w: &Workdir, extra: &[&str]) -> Xlsx<std::io::BufReader<std::fs::File>> {
    let input = example();
    let mut args = vec!["statements", "--month", "2026-10", "--input", &input, "--out", "out", "--lang", "en"];
    args.extend_from_slice(extra);
    let stdout = w.ok(&args);
    assert!(stdout.starts_with("wrote out/statements.xlsx: ") && stdout.contains(" for 2026-10"), "{stdout}");
    assert!(stdout.contains(" 1 statement for") || stdout.contains(" statements for"), "{stdout}");
    open_workbook(w.path("out/statements.xlsx")).unwrap()
}

fn text(d: &Data) -> String {
    match d {
        Data::Empty => String::new(),
        other => other.to_string(),
    }
}

/// The row whose column `col` reads `label`.
fn row<'r>(sheet: &'r Range<Data>, col: usize, label: &str) -> &'r [Data] {
    sheet.rows().find(|r| r.get(col).map(text).as_deref() == Some(label)).unwrap_or_else(|| panic!("no row «{label}» in column {col}"))
}

fn num(d: &Data) -> f64 {
    match d {
        Data::Float(f) => *f,
        Data::Int(i) => *i as f64,
        other => panic!("not a number: {other:?}"),
    }
}

#[test]
fn the_statements_of_hand_worked_agents_show_their_points_rows_and_pay() {
    let w = Workdir::new();
    let mut book = statements(&w, &[]);
    let names = book.sheet_names();
    assert_eq!(names.len(), 26, "an index and 25 agents: {names:?}");
    assert_eq!(names[0], "index");
    assert!(names.contains(&"1003 李娜".to_string()));

    // 1003: 1d capped at 2 from three misses on two rows; 6b capped at 1; 47, 51.5, 4380.00.
    let s = book.worksheet_range("1003 李娜").unwrap();
    let title = text(&s[(0, 0)]);
    assert_eq!(title, "Appraisal statement — 2026-10");
    assert!(text(&s[(1, 0)]).contains("Agent 1003   Name 李娜"), "{}", text(&s[(1, 0)]));
    let d1 = row(&s, 0, "1d");
    assert_eq!((num(&d1[2]), num(&d1[3]), num(&d1[4])), (2.0, 3.0, -2.0));
    let rows = text(&d1[5]);
    assert!(rows.contains("qa.csv:4") && rows.contains("qa.csv:60") && rows.contains("capped"), "{rows}");
    let b6 = row(&s, 0, "6b");
    assert_eq!((num(&b6[3]), num(&b6[4])), (2.0, -1.0));
    assert!(text(&b6[5]).contains("qa.csv:31") && text(&b6[5]).contains("qa.csv:90"), "{}", text(&b6[5]));
    assert!(text(&row(&s, 0, "Work score 47 / 50")[0]).starts_with("Work score"));
    let total = row(&s, 1, "Total score");
    assert_eq!((num(&total[2]), num(&total[4])), (65.0, 51.5));
    let hygiene = row(&s, 1, "Hygiene");
    assert_eq!(num(&hygiene[4]), -0.5);
    assert!(text(&hygiene[5]).contains("attendance.csv:5"), "{}", text(&hygiene[5]));
    assert_eq!(num(&row(&s, 1, "Appraisal wage")[4]), 940.0);
    assert_eq!(num(&row(&s, 1, "Attendance bonus")[4]), 90.0);
    assert_eq!(num(&row(&s, 1, "Pay adjustment")[4]), 1030.0);
    assert_eq!(num(&row(&s, 1, "Gross pay")[4]), 4380.0);
    assert!(s.rows().any(|r| text(&r[0]) == "Spot checks: 3 (days 9, 15, 22)"));
    for label in ["Agent:", "HR manager:"] {
        row(&s, 0, label);
    }
    row(&s, 2, "Supervisor:");
    row(&s, 2, "Date:");

    // 1016: 23 → retrain; the loss_recovery award refused for work below 25; an 800 fine.
    let s = book.worksheet_range("1016 郭强").unwrap();
    assert_eq!(num(&row(&s, 1, "Total score")[4]), 27.0);
    let special = row(&s, 1, "Special contribution");
    assert_eq!(num(&special[4]), 0.0);
    let why = text(&special[5]);
    assert!(why.contains("not earned") && why.contains("work score 23 is below 25") && why.contains("awards.csv:6"), "{why}");
    let fines = row(&s, 1, "Fines");
    assert_eq!(num(&fines[4]), -800.0);
    assert!(text(&fines[5]).contains("penalties.csv:3"), "{}", text(&fines[5]));
    assert_eq!(num(&row(&s, 1, "Pay adjustment")[4]), -260.0);
    assert_eq!(num(&row(&s, 1, "Gross pay")[4]), 3040.0);
    assert!(s.rows().any(|r| text(&r[0]).starts_with("Actions: ") && text(&r[0]).contains("training")), "actions line");
    assert!(s.rows().any(|r| text(&r[0]) == "Customer surveys: 0 of 1 satisfied (0%)"));
    // Twenty leaves lost points, each with its row on the leaf's own line.
    let leaves: Vec<String> = s.rows().filter(|r| text(&r[5]).starts_with('-')).map(|r| text(&r[0])).collect();
    assert!(leaves.len() >= 20, "{leaves:?}");

    // 1024 (probation): the allowance and attendance bonus are not paid, the fine is.
    let s = book.worksheet_range("1024 宋雨萱").unwrap();
    assert!(text(&s[(1, 0)]).contains("Status probation"), "{}", text(&s[(1, 0)]));
    let allowance = row(&s, 1, "Allowance");
    assert_eq!(text(&allowance[5]), "not paid in this status");
    assert_eq!(num(&row(&s, 1, "Appraisal wage")[4]), 960.0);
    assert_eq!(num(&row(&s, 1, "Fines")[4]), -200.0);
    assert_eq!(num(&row(&s, 1, "Gross pay")[4]), 3760.0);

    // The index: one line per agent in roster order, totals and gross as numbers.
    let index = book.worksheet_range("index").unwrap();
    let line = row(&index, 0, "1016");
    assert_eq!((text(&line[1]).as_str(), num(&line[3]), num(&line[4])), ("郭强", 27.0, 3040.0));
    assert_eq!(text(&line[5]), "1016 郭强");
    let ids: Vec<String> = index.rows().skip(3).map(|r| text(&r[0])).collect();
    assert_eq!(ids.first().map(String::as_str), Some("1001"));
    assert_eq!(ids.len(), 25);
}

#[test]
fn each_agent_sheet_prints_on_a4_one_page_wide_with_links_from_the_index() {
    let w = Workdir::new();
    statements(&w, &["--agent", "1003"]);
    let file = std::fs::File::open(w.path("out/statements.xlsx")).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    let mut read = |name: &str| {
        let mut s = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(name).unwrap(), &mut s).unwrap();
        s
    };
    let sheet = read("xl/worksheets/sheet2.xml");
    assert!(sheet.contains("paperSize=\"9\""), "A4: {sheet}");
    assert!(sheet.contains("fitToHeight=\"0\"") && sheet.contains("<pageSetUpPr fitToPage=\"1\"/>"), "one page wide");
    assert!(sheet.contains("2026-10 1003 李娜"), "footer names the agent");
    let index = read("xl/worksheets/sheet1.xml");
    assert!(index.contains("location=\"'1003 李娜'!A1\""), "the index links to the sheet: {index}");
    let book = read("xl/workbook.xml");
    assert!(book.contains("_xlnm.Print_Titles"), "header rows repeat: {book}");
}

#[test]
fn team_and_agent_narrow_the_statements_and_a_wrong_one_is_named() {
    let w = Workdir::new();
    let roster = std::fs::read_to_string(format!("{}/agents.csv", example())).unwrap();
    let team: Vec<String> = roster
        .lines()
        .skip(1)
        .map(|l| l.split(',').collect::<Vec<_>>())
        .filter(|c| c[2] == "二组")
        .map(|c| format!("{} {}", c[0], c[1]))
        .collect();
    assert!(team.len() > 2);
    let book = statements(&w, &["--team", "二组"]);
    assert_eq!(book.sheet_names()[1..], team[..]);

    let book = statements(&w, &["--agent", "1024"]);
    assert_eq!(book.sheet_names(), ["index", "1024 宋雨萱"]);

    let input = example();
    let out = w.kaohe(&["statements", "--month", "2026-10", "--input", &input, "--out", "bad", "--team", "九组", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("agents.csv: no agent of the roster is in team 九组"), "{stderr}");
    assert!(stderr.contains("give --team or --agent as the roster writes it"), "{stderr}");
    let out = w.kaohe(&["statements", "--month", "2026-10", "--input", &input, "--out", "bad", "--agent", "9999", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&out.stderr).contains("agent 9999 is not on the roster"));
    assert!(!w.exists("bad"), "nothing written on error");
}

#[test]
fn a_pending_appeal_shows_on_the_statement() {
    let w = Workdir::new();
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}A1,张伟,一组,regular,3000,0\n"));
    let mut qa = String::from("date,agent_id,item,misses,source,inspector,note,appeal,appeal_note\n");
    for d in [3, 13, 23] {
        qa.push_str(&format!("2026-10-{d:02},A1,,,spot_check,李主管,,,\n"));
    }
    qa.push_str("2026-10-05,A1,1a,,spot_check,李主管,语气生硬,pending,录音不全\n");
    w.write("m/qa.csv", &qa);
    w.write("m/surveys.csv", &department_surveys());
    w.ok(&["statements", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    let mut book: Xlsx<_> = open_workbook(w.path("out/statements.xlsx")).unwrap();
    let s = book.worksheet_range("A1 张伟").unwrap();
    let a1 = row(&s, 0, "1a");
    assert_eq!(num(&a1[4]), -1.0);
    assert!(text(&a1[5]).contains("qa.csv:5") && text(&a1[5]).contains("appeal pending"), "{}", text(&a1[5]));
    assert!(s.rows().any(|r| text(&r[0]) == "Appeals:"));
}
