//! Arbitrary bytes as a workbook file: the first byte picks `.xlsx`, `.ods` or `.xls` (the rest
//! is the file). The workbook is opened and its first sheet, then every sheet, read cell by cell.
//! Any panic, abort or runaway allocation is a bug (SPEC 2.5: a stray far cell costs no memory).
#![no_main]

use kaohe::input::excel::Workbook;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static DIR: tempfile::TempDir = tempfile::tempdir().expect("temp dir");
}

fuzz_target!(|data: &[u8]| {
    let Some((&kind, bytes)) = data.split_first() else { return };
    let ext = ["xlsx", "ods", "xls"][kind as usize % 3];
    let path = DIR.with(|d| d.path().join(format!("x.{ext}")));
    std::fs::write(&path, bytes).expect("write the workbook");
    let mut book = match Workbook::open(&path) {
        Ok(b) => b,
        Err(p) => {
            std::hint::black_box(p.to_string());
            return;
        }
    };
    let _ = book.read_sheet(None, &mut kaohe_fuzz::visit_all);
    for name in book.sheet_names() {
        let _ = book.read_sheet(Some(&name), &mut kaohe_fuzz::visit_all);
    }
});
