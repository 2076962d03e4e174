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
        "6 problems found; nothing was written",
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
    let input = root().join("examples/2026-10");
    for (lang, sheets, gross, counted, category) in [
        ("zh", ["考核结果", "扣分明细", "班组汇总", "图表", "检查人", "警告"], "应发工资", "是否计入", "类别"),
        ("zh-TW", ["考核結果", "扣分明細", "班組彙總", "圖表", "檢查人", "警告"], "應發工資", "是否計入", "類別"),
    ] {
        let out = dir.path().join(lang);
        let run = kaohe(dir.path(), &["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", lang, "--lang", lang]);
        assert!(run.status.success());
        let mut book: Xlsx<_> = open_workbook(out.join("report.xlsx")).unwrap();
        assert_eq!(book.sheet_names(), sheets);
        let results = book.worksheet_range(sheets[0]).unwrap();
        assert_eq!(results.get((0, 1)), Some(&Data::String(if lang == "zh" { "工号" } else { "工號" }.into())));
        assert_eq!(results.get((0, 18)), Some(&Data::String(gross.into())));
        let deductions = book.worksheet_range(sheets[1]).unwrap();
        assert_eq!(deductions.get((0, 8)), Some(&Data::String(counted.into())));
        assert_eq!(deductions.get((0, 3)), Some(&Data::String(category.into())));
        // Codes are named: 是/否, categories, sources, tables — no `yes`, `work`, `spot_check`, `qa`.
        for row in deductions.rows().skip(1) {
            for c in [3, 8, 9, 10, 11] {
                let cell = row[c].to_string();
                assert!(!cell.is_ascii() || cell.is_empty(), "raw code {cell:?} in column {c}: {row:?}");
            }
        }
        assert!(deductions.rows().skip(1).any(|r| r[8] == Data::String("否".into())));
        let teams = book.worksheet_range(sheets[2]).unwrap();
        assert_eq!(teams.get((0, 11)), Some(&Data::String(if lang == "zh" { "应发工资合计" } else { "應發工資合計" }.into())));
        let summary = kaohe(dir.path(), &["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", lang, "--lang", lang]);
        let text = String::from_utf8_lossy(&summary.stdout);
        assert!(text.contains(&format!("  {gross}      117900.00\n")), "{text}");
        assert!(!text.contains("dept_praise"), "{text}");
    }
}

/// The results sheet ends with a totals row (each money column summed), the team summary has
/// gross pay and a totals row; dates are date cells; no text cell starts with an apostrophe;
/// every sheet prints landscape, one page wide, its header row on every page.
#[test]
fn report_xlsx_reads_well_on_paper() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let run = run_month(&root().join("examples/2026-10"), &out);
    assert!(run.status.success(), "{}", String::from_utf8_lossy(&run.stderr));
    let path = out.join("report.xlsx");
    let mut book: Xlsx<_> = open_workbook(&path).unwrap();
    let results = book.worksheet_range("results").unwrap();
    let rows: Vec<&[Data]> = results.rows().collect();
    let last = rows.last().unwrap();
    assert_eq!(last[0], Data::String("total".into()));
    let sum = |c: usize| rows[1..rows.len() - 1].iter().map(|r| r[c].get_float().unwrap()).sum::<f64>();
    assert_eq!(last[18], Data::Float(117_900.0));
    for c in 10..19 {
        assert!((last[c].get_float().unwrap() - sum(c)).abs() < 0.005, "column {c}");
    }
    let teams = book.worksheet_range("teams").unwrap();
    let rows: Vec<&[Data]> = teams.rows().collect();
    assert_eq!(rows[0][11], Data::String("gross_pay_total".into()));
    assert_eq!(rows.last().unwrap()[0], Data::String("total".into()));
    assert_eq!(rows.last().unwrap()[1], Data::Float(25.0));
    assert_eq!(rows.last().unwrap()[11], Data::Float(117_900.0));
    let team_gross: f64 = rows[1..rows.len() - 1].iter().map(|r| r[11].get_float().unwrap()).sum();
    assert_eq!(team_gross, 117_900.0);
    let deductions = book.worksheet_range("deductions").unwrap();
    let date = deductions.get((1, 13)).unwrap();
    assert!(matches!(date, Data::DateTime(_)), "a date cell: {date:?}");
    let styles = book.worksheet_style("results").unwrap();
    let score = styles.get((1, 5)).and_then(|s| s.number_format.as_ref()).map(|f| f.format_code.clone());
    assert!(score.as_deref().is_none_or(|f| f == "General"), "scores show 47 and 47.5, never `47.`: {score:?}");
    for name in book.sheet_names() {
        let range = book.worksheet_range(&name).unwrap();
        for cell in range.used_cells() {
            if let Data::String(t) = cell.2 {
                assert!(!t.starts_with('\''), "{name} {:?}: {t}", (cell.0, cell.1));
            }
        }
    }
    let file = std::fs::File::open(&path).unwrap();
    let mut zip = zip::ZipArchive::new(file).unwrap();
    for i in 1..=6 {
        let mut xml = String::new();
        std::io::Read::read_to_string(&mut zip.by_name(&format!("xl/worksheets/sheet{i}.xml")).unwrap(), &mut xml).unwrap();
        assert!(xml.contains(r#"orientation="landscape""#), "sheet {i}");
        assert!(xml.contains(r#"fitToPage="1""#) && xml.contains(r#"fitToHeight="0""#), "sheet {i}");
    }
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut zip.by_name("xl/workbook.xml").unwrap(), &mut xml).unwrap();
    assert_eq!(xml.matches("_xlnm.Print_Titles").count(), 6, "{xml}");
}

/// deductions.csv has the same bytes whatever the machine's language (its names follow --lang
/// when given, else Simplified Chinese).
#[test]
fn deductions_csv_does_not_follow_the_locale() {
    let dir = tempfile::tempdir().unwrap();
    let input = root().join("examples/2026-10");
    let mut files = Vec::new();
    for (name, locale) in [("a", "en_US.UTF-8"), ("b", "zh_TW.UTF-8"), ("c", "zh_CN.UTF-8")] {
        let out = Command::new(env!("CARGO_BIN_EXE_kaohe"))
            .current_dir(dir.path())
            .env("LANG", locale)
            .env("LC_ALL", locale)
            .env("LC_MESSAGES", locale)
            .args(["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", name])
            .output()
            .unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        files.push(std::fs::read(dir.path().join(name).join("deductions.csv")).unwrap());
    }
    assert_eq!(files[0], files[1], "en_US and zh_TW give other deductions.csv bytes");
    assert_eq!(files[0], files[2]);
    assert!(String::from_utf8_lossy(&files[0]).contains("是否在规定时间内处理"), "Simplified names by default");
}
