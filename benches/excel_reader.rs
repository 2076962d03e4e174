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

use calamine::{open_workbook, Xlsx};
use kaohe::input::{excel, RowEvent};

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
        // calamine alone: open the workbook and stream the sheet's cells, values and formulas in
        // one pass (the fastest way calamine offers), counting rows.
        let t = Instant::now();
        let mut book: Xlsx<_> = open_workbook(&path).expect("open");
        let mut cells = book.worksheet_cells_reader(&sheet).expect("sheet");
        let (mut last_row, mut filled) = (u32::MAX, 0usize);
        rows_calamine = 0;
        while let Some(cell) = cells.next_cell_with_formula_metadata().expect("cell") {
            if cell.pos.0 != last_row {
                last_row = cell.pos.0;
                rows_calamine += 1;
            }
            filled += !matches!(cell.value, calamine::DataRef::Empty) as usize;
        }
        rows_calamine = rows_calamine.saturating_sub(1); // the header
        std::hint::black_box(filled);
        drop(cells);
        best_calamine = best_calamine.min(t.elapsed().as_secs_f64());

        // kaohe's reader: reads and hashes the file, opens it, streams the sheet into typed rows
        // numbered as Excel shows them.
        let t = Instant::now();
        let mut book = excel::Workbook::open(&path).expect("kaohe open");
        rows_kaohe = 0;
        book.read_sheet(Some(&sheet), &mut |event| {
            if let RowEvent::Row(row) = event {
                std::hint::black_box(row.get(0));
                rows_kaohe += 1;
            }
            std::ops::ControlFlow::Continue(())
        })
        .expect("kaohe read");
        rows_kaohe = rows_kaohe.saturating_sub(1);
        best_kaohe = best_kaohe.min(t.elapsed().as_secs_f64());
    }
    let rate = |rows: usize, secs: f64| rows as f64 / secs;
    println!("file: {} [{}], best of {rounds}", path.display(), sheet);
    println!("calamine alone : {rows_calamine:>8} rows in {best_calamine:>7.3} s = {:>10.0} rows/s", rate(rows_calamine, best_calamine));
    println!("kaohe reader   : {rows_kaohe:>8} rows in {best_kaohe:>7.3} s = {:>10.0} rows/s", rate(rows_kaohe, best_kaohe));
    println!("kaohe / calamine throughput: {:.2}", rate(rows_kaohe, best_kaohe) / rate(rows_calamine, best_calamine));
}
