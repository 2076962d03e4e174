//! Workbooks in and out: the example month typed in Excel (openpyxl), saved as .xls (xlwt) and
//! .ods (odfpy), and as one file per table, gives the same results.csv as the CSV month; broken
//! workbooks give messages with sheet and cell and write nothing; report.xlsx reads back.
//! The fixtures are made by `tests/fixtures/make_workbooks.py`, never by kaohe.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use calamine::{open_workbook, Data, DataType, Reader, Xlsx};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn fixture(name: &str) -> PathBuf {
    root().join("tests/fixtures/excel").join(name)
}

fn kaohe(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kaohe")).current_dir(dir).args(args).output().expect("run kaohe")
}

fn run_month(input: &Path, out: &Path) -> Output {
    kaohe(
        out.parent().unwrap(),
        &["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "en"],
    )
}

fn check_month(input: &Path) -> (i32, String) {
    let dir = tempfile::tempdir().unwrap();
    let out = kaohe(dir.path(), &["check", "--month", "2026-10", "--input", input.to_str().unwrap(), "--lang", "en"]);
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

fn outputs_of(input: &Path) -> (Vec<u8>, Vec<u8>) {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = run_month(input, &out);
    assert!(run.status.success(), "{}: {}", input.display(), String::from_utf8_lossy(&run.stderr));
    (std::fs::read(out.join("results.csv")).unwrap(), std::fs::read(out.join("deductions.csv")).unwrap())
}

fn results_of(input: &Path) -> Vec<u8> {
    outputs_of(input).0
}

#[test]
fn the_month_as_workbooks_gives_byte_identical_results_and_deductions() {
    let (results, deductions) = outputs_of(&root().join("examples/2026-10"));
    for input in [root().join("examples/2026-10.xlsx"), fixture("2026-10.xls"), fixture("2026-10.ods"), fixture("folder")] {
        let (r, d) = outputs_of(&input);
        assert!(r == results, "results.csv from {} differs from the CSV month", input.display());
        assert!(d == deductions, "deductions.csv from {} differs from the CSV month", input.display());
    }
}

#[test]
fn number_typed_ids_and_decimals_come_out_as_typed() {
    let results = String::from_utf8(results_of(&root().join("examples/2026-10.xlsx"))).unwrap();
    // 1006 was a number cell; base salary 3200 came from the text `¥3,200.00`.
    assert!(results.lines().any(|l| l.starts_with("2026-10,1006,杨帆,")), "{results}");
    assert!(results.lines().any(|l| l.starts_with("2026-10,1003,李娜,一组,regular,") && l.contains(",3200.00,")), "{results}");
    assert!(!results.contains("1006.0"));
}

#[test]
fn a_broken_workbook_lists_every_problem_with_sheet_and_cell_and_writes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = run_month(&fixture("broken.xlsx"), &out);
    assert_eq!(run.status.code(), Some(1));
    let stderr = String::from_utf8_lossy(&run.stderr);
    for expected in [
        "broken.xlsx [罚款] row 1: the required column kind (類別) is missing",
        "broken.xlsx [质检] D2: misses (次數) `两次` is not a number",
        "broken.xlsx [质检] A3: 2026-11-02 is outside the month 2026-10",
        "broken.xlsx [质检] C4: the cell holds the Excel error #N/A",
        "broken.xlsx [质检] B5: 1006.5 is not an agent id",
        "broken.xlsx [质检] D6: the cell holds the formula =1+1 with no computed value",
        "6 problem(s) found; nothing was written",
    ] {
        assert!(stderr.contains(expected), "missing `{expected}` in:\n{stderr}");
    }
    assert!(!out.exists(), "nothing may be written for an invalid month");
}

#[test]
fn a_merged_header_cell_is_reported_with_its_range() {
    let (code, stderr) = check_month(&fixture("merged.xlsx"));
    assert_eq!(code, 1);
    assert!(stderr.contains("merged.xlsx [质检] C1: the header cells C1:D1 are merged"), "{stderr}");
}

#[test]
fn a_table_that_starts_at_b2_is_located_by_excel_cell_and_stray_formatting_is_skipped() {
    let (code, stderr) = check_month(&fixture("offset"));
    assert_eq!(code, 1);
    let problems: Vec<&str> = stderr.lines().filter(|l| l.starts_with("qa.xlsx")).collect();
    assert_eq!(problems.len(), 1, "{stderr}");
    assert!(problems[0].starts_with("qa.xlsx [十月质检] E3: misses (次數) `两次` is not a number"), "{stderr}");
}

#[test]
fn a_workbook_with_two_sheets_for_one_table_is_refused() {
    let (code, stderr) = check_month(&fixture("two-qa-sheets.xlsx"));
    assert_eq!(code, 1);
    assert!(stderr.contains("two-qa-sheets.xlsx: several sheets hold the qa table: 质检, QA"), "{stderr}");
}

#[test]
fn report_xlsx_has_the_sheets_money_as_numbers_and_the_charts() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = run_month(&root().join("examples/2026-10.xlsx"), &out);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let path = out.join("report.xlsx");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    assert_eq!(book.sheet_names(), ["results", "deductions", "teams", "charts", "inspectors", "warnings"]);

    let results = book.worksheet_range("results").unwrap();
    let header: Vec<String> = results.rows().next().unwrap().iter().map(|d| d.to_string()).collect();
    assert_eq!(header[0], "month");
    assert_eq!(header[10], "base_salary");
    assert_eq!(header[18], "gross_pay");
    // Row of agent 1003: base salary 3200 (typed `¥3,200.00`), a number, not text.
    let row = results.rows().find(|r| r[1] == Data::String("1003".into())).expect("agent 1003");
    assert_eq!(row[10], Data::Float(3200.0));
    assert!(matches!(row[18], Data::Float(_)), "gross pay must be a number: {:?}", row[18]);
    // The money format is applied.
    let styles = book.worksheet_style("results").unwrap();
    let money = styles.get((1, 10)).and_then(|s| s.number_format.as_ref()).map(|f| f.format_code.clone());
    assert_eq!(money.as_deref(), Some("#,##0.00"));

    let teams = book.worksheet_range("teams").unwrap();
    let first: Vec<Data> = teams.rows().nth(1).unwrap().to_vec();
    assert_eq!(first[0], Data::String("一组".into()));
    assert_eq!(first[1], Data::Float(8.0));
    assert_eq!(first[10], Data::Float(100.0), "fines of team 一组");

    let charts = book.worksheet_range("charts").unwrap();
    let bins: Vec<String> = charts.rows().skip(1).map(|r| r[0].to_string()).collect();
    assert_eq!(bins, ["<25", "25–29", "30–34", "35–39", "40–44", "45–49", "50"]);
    let counts: f64 = charts.rows().skip(1).map(|r| r[1].get_float().unwrap_or(0.0)).sum();
    assert_eq!(counts, 25.0);

    // Zip entry names are stored uncompressed: the charts are native chart parts of the file.
    let bytes = std::fs::read(&path).unwrap();
    for part in ["xl/charts/chart1.xml", "xl/charts/chart2.xml"] {
        assert!(bytes.windows(part.len()).any(|w| w == part.as_bytes()), "{part} missing");
    }
}

#[test]
fn report_xlsx_headers_follow_the_language() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let input = root().join("examples/2026-10");
    let run = kaohe(dir.path(), &["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", "out", "--lang", "zh"]);
    assert!(run.status.success());
    let mut book: Xlsx<_> = open_workbook(out.join("report.xlsx")).unwrap();
    assert_eq!(book.sheet_names(), ["考核結果", "扣分明細", "班組匯總", "圖表", "检查人", "警告"]);
    let results = book.worksheet_range("考核結果").unwrap();
    assert_eq!(results.get((0, 1)), Some(&Data::String("工號".into())));
    assert_eq!(results.get((0, 18)), Some(&Data::String("應發工資".into())));
}
