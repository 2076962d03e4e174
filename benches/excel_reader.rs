//! Rows per second through kaohe's workbook reader versus calamine alone, side by side on the
//! same file in one run. Not a test: no timing is asserted anywhere.
//!
//!     python3 tests/fixtures/make_workbooks.py --large 200000    # tests/fixtures/excel/large.xlsx
//!     cargo bench --bench excel_reader -- tests/fixtures/excel/large.xlsx 质检
//!
//! Both sides open the file from disk and read the named sheet to the end. calamine alone only
//! walks the cells; kaohe also hashes the file, reads formulas and merged regions, and turns every
//! cell into a typed `Cell` row numbered as Excel shows it.

use std::path::PathBuf;
use std::time::Instant;

use calamine::{open_workbook_auto, Reader};
use kaohe::input::{excel, TableLocation};

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--")).collect();
    let path = PathBuf::from(args.first().map(String::as_str).unwrap_or("tests/fixtures/excel/large.xlsx"));
    let sheet = args.get(1).cloned().unwrap_or_else(|| "质检".to_string());
    if !path.exists() {
        eprintln!("{} not found: python3 tests/fixtures/make_workbooks.py --large 200000", path.display());
        return;
    }
    let rounds = 3;
    let mut best_calamine = f64::MAX;
    let mut best_kaohe = f64::MAX;
    let mut rows_calamine = 0usize;
    let mut rows_kaohe = 0usize;
    for _ in 0..rounds {
        let t = Instant::now();
        let mut book = open_workbook_auto(&path).expect("open");
        let range = book.worksheet_range(&sheet).expect("sheet");
        let mut cells = 0usize;
        rows_calamine = 0;
        for row in range.rows().skip(1) {
            rows_calamine += 1;
            cells += row.iter().filter(|d| !matches!(d, calamine::Data::Empty)).count();
        }
        std::hint::black_box(cells);
        best_calamine = best_calamine.min(t.elapsed().as_secs_f64());

        let t = Instant::now();
        let display = path.file_name().unwrap().to_string_lossy().into_owned();
        let location = TableLocation { path: path.clone(), display, sheet: Some(sheet.clone()) };
        let reader = excel::open(&location).expect("kaohe open");
        rows_kaohe = 0;
        for row in reader.rows {
            std::hint::black_box(row.expect("row"));
            rows_kaohe += 1;
        }
        best_kaohe = best_kaohe.min(t.elapsed().as_secs_f64());
    }
    let rate = |rows: usize, secs: f64| rows as f64 / secs;
    println!("file: {} [{}], best of {rounds}", path.display(), sheet);
    println!("calamine alone : {rows_calamine:>8} rows in {best_calamine:>7.3} s = {:>10.0} rows/s", rate(rows_calamine, best_calamine));
    println!("kaohe reader   : {rows_kaohe:>8} rows in {best_kaohe:>7.3} s = {:>10.0} rows/s", rate(rows_kaohe, best_kaohe));
    println!("kaohe / calamine throughput: {:.2}", rate(rows_kaohe, best_kaohe) / rate(rows_calamine, best_calamine));
}
