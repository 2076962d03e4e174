//! Inputs that crashed kaohe, found by the fuzz targets in `fuzz/` and by `tests/mutation.rs`,
//! each made as small as it could be made. Every one must end as SPEC 7 says: exit 1 with the
//! file named (nothing written), or a run that succeeds — never a panic, an abort or memory
//! without bound. See `fuzz/README.md`.
//!
//! Unix only: the runs that could take all memory are limited with `ulimit -v`.

#![cfg(unix)]

mod common;

use std::process::Output;

use common::{repo, xlsx_with_part, Workdir};

const TABLES: [&str; 6] = ["agents", "qa", "surveys", "attendance", "awards", "penalties"];

/// The example month in `in/`, with `table` given as `file` (its name and bytes) instead.
fn month_with(w: &Workdir, table: &str, file: &str, bytes: &[u8]) {
    for t in TABLES.iter().filter(|t| **t != table) {
        w.write_bytes(&format!("in/{t}.csv"), &std::fs::read(repo(&format!("examples/2026-10/{t}.csv"))).unwrap());
    }
    w.write_bytes(&format!("in/{file}"), bytes);
}

/// `kaohe run` on `in/`, its virtual memory limited to `limit_kib` (the example month needs under
/// 20 MB): allocation past the limit fails, and Rust aborts, instead of taking the machine's
/// memory.
fn run_limited(w: &Workdir, input: &str, limit_kib: u64) -> Output {
    let bin = env!("CARGO_BIN_EXE_kaohe");
    std::process::Command::new("sh")
        .arg("-c")
        .arg(format!("ulimit -v {limit_kib} && exec \"$0\" \"$@\""))
        .arg(bin)
        .args(["run", "--month", "2026-10", "--input", input, "--out", "out", "--lang", "en"])
        .current_dir(w.dir.path())
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run kaohe")
}

fn run(w: &Workdir, input: &str) -> Output {
    run_limited(w, input, 2 * 1024 * 1024)
}

/// The run was refused as invalid input naming `file`, with nothing written.
fn assert_refused(w: &Workdir, out: &Output, file: &str) {
    use std::os::unix::process::ExitStatusExt;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.signal(), None, "killed by a signal:\n{stderr}");
    assert_eq!(out.status.code(), Some(1), "want exit 1 (invalid input):\n{stderr}");
    assert!(stderr.contains(file), "the message names {file}:\n{stderr}");
    assert!(!w.exists("out/results.csv"), "nothing is written");
}

/// A run that either succeeds or is refused as invalid input — anything but a crash.
fn assert_no_crash(w: &Workdir, out: &Output) {
    use std::os::unix::process::ExitStatusExt;
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.signal(), None, "killed by a signal:\n{stderr}");
    assert!(matches!(out.status.code(), Some(0 | 1)), "exit {:?}:\n{stderr}", out.status.code());
    assert_eq!(out.status.code() == Some(0), w.exists("out/results.csv"), "results.csv exactly when the run succeeds:\n{stderr}");
}

// ---------------------------------------------------------------------------------------------
// .xls: the DIMENSIONS record (0x0200) declares the sheet's rows and columns; calamine reserves
// memory for rows × columns cells before reading any of them. The extent check of
// src/input/extent.rs looks only at the cell records, so a DIMENSIONS record that lies is not seen.

/// `tests/fixtures/excel/folder/attendance.xls` with the first and last row (BIFF8: u32 each) of
/// its sheet's DIMENSIONS record replaced.
fn xls_with_dimensions(first_row: u32, last_row_plus_one: u32) -> Vec<u8> {
    let mut bytes = std::fs::read(repo("tests/fixtures/excel/folder/attendance.xls")).unwrap();
    // type 0x0200, length 14: rwMic u32, rwMac u32, colMic u16, colMac u16, reserved u16
    let at = bytes.windows(4).position(|w| w == [0x00, 0x02, 0x0e, 0x00]).expect("a DIMENSIONS record") + 4;
    bytes[at..at + 4].copy_from_slice(&first_row.to_le_bytes());
    bytes[at + 4..at + 8].copy_from_slice(&last_row_plus_one.to_le_bytes());
    bytes
}

/// Found reading calamine's source while writing the `workbook` target, and confirmed with it
/// (ASan: "allocator is trying to allocate 0xefffffff10 bytes"). A 5.6 KB .xls whose DIMENSIONS
/// record says its sheet runs to row 4 294 967 295: calamine reserves ~1 TB and the process aborts
/// ("memory allocation of 1030792150800 bytes failed", SIGABRT), in release builds too.
#[test]
fn xls_whose_dimensions_claim_four_billion_rows_does_not_abort() {
    let w = Workdir::new();
    month_with(&w, "attendance", "attendance.xls", &xls_with_dimensions(0, u32::MAX));
    let out = run(&w, "in");
    assert_refused(&w, &out, "attendance.xls");
}

/// Found as the one above. DIMENSIONS with its last row before its first (first 32, last 15):
/// calamine computes `last - first + 1` in u32 — a panic ("attempt to subtract with overflow", exit
/// 101) in builds with overflow checks; in release the count wraps, calamine reserves ~1 TB
/// ("memory allocation of 1030792147200 bytes failed") and the process aborts.
#[test]
fn xls_whose_dimensions_end_before_they_start_does_not_panic() {
    let w = Workdir::new();
    month_with(&w, "attendance", "attendance.xls", &xls_with_dimensions(0x20, 0x10));
    let out = run(&w, "in");
    assert_refused(&w, &out, "attendance.xls");
}

// ---------------------------------------------------------------------------------------------
// .ods: calamine expands `table:number-columns-repeated` and `table:number-rows-repeated` into a
// dense grid (capped at 100 million cells of 32 bytes each, plus the formulas' grid). The extent
// check refuses only grids that are mostly empty; a grid filled by repetition passes.

/// An .ods file whose one sheet holds `rows_xml` (its `content.xml` otherwise as LibreOffice writes
/// it).
fn ods_with_rows(rows_xml: &str) -> Vec<u8> {
    use std::io::Write;
    let content = format!(
        concat!(
            r#"<?xml version="1.0" encoding="UTF-8"?>"#,
            r#"<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" "#,
            r#"xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" "#,
            r#"xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">"#,
            r#"<office:body><office:spreadsheet><table:table table:name="Sheet1">{}</table:table>"#,
            r#"</office:spreadsheet></office:body></office:document-content>"#
        ),
        rows_xml
    );
    let manifest = concat!(
        r#"<?xml version="1.0" encoding="UTF-8"?>"#,
        r#"<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">"#,
        r#"<manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>"#,
        r#"<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>"#,
        r#"</manifest:manifest>"#
    );
    let mut zip = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    let deflated = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("content.xml", deflated).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.start_file("META-INF/manifest.xml", deflated).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.finish().unwrap().into_inner()
}

/// Found reading calamine's source while writing the `workbook` target, and confirmed with it
/// (libFuzzer: out-of-memory, malloc(2147483648)). An .ods: one row of 16 384 repeated number
/// cells, repeated 6 000 times, under 2 KB. It reads as 98 million cells: 6 GB of memory and 15 s
/// (debug build) before kaohe sees its first row; under a 1 GiB limit, an abort. It should be
/// refused like a far stray cell (SPEC 2.5), by the cells it would expand to.
#[test]
fn ods_repeating_one_cell_into_a_hundred_million_does_not_exhaust_memory() {
    let w = Workdir::new();
    let cell = r#"<table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/>"#;
    let ods = ods_with_rows(&format!(r#"<table:table-row table:number-rows-repeated="6000">{cell}</table:table-row>"#));
    assert!(ods.len() < 2_000, "{} bytes", ods.len());
    month_with(&w, "surveys", "surveys.ods", &ods);
    let out = run_limited(&w, "in", 1024 * 1024);
    assert_refused(&w, &out, "surveys.ods");
}

/// The same without `number-rows-repeated`: 5 000 rows each of 16 384 repeated cells (4 KB
/// compressed). calamine's row reader keeps every expanded row before its 100-million cap applies.
#[test]
fn ods_with_many_rows_of_repeated_cells_does_not_exhaust_memory() {
    let w = Workdir::new();
    let row = r#"<table:table-row><table:table-cell table:number-columns-repeated="16384" office:value-type="float" office:value="1"/></table:table-row>"#;
    let ods = ods_with_rows(&row.repeat(5_000));
    assert!(ods.len() < 10_000, "{} bytes", ods.len());
    month_with(&w, "surveys", "surveys.ods", &ods);
    let out = run_limited(&w, "in", 1024 * 1024);
    assert_refused(&w, &out, "surveys.ods");
}

/// The example month reads within the limit the tests above put on memory.
#[test]
fn the_example_month_runs_within_the_memory_limit_of_these_tests() {
    let w = Workdir::new();
    month_with(&w, "agents", "agents.csv", &std::fs::read(repo("examples/2026-10/agents.csv")).unwrap());
    let out = run_limited(&w, "in", 512 * 1024);
    assert_no_crash(&w, &out);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
}

// ---------------------------------------------------------------------------------------------
// .xlsx: a number in a date-formatted cell is turned into a date by calamine's
// `ExcelDateTime::as_datetime`, which builds `chrono::Duration::milliseconds(ms as i64)`: a
// value so negative that the milliseconds saturate to i64::MIN makes chrono panic.

/// A qa table as one .xlsx sheet: the example's header, and one row whose date cell holds `serial`
/// under a date format (as Excel keeps a date column's format whatever is typed into it).
fn qa_xlsx_with_date(serial: f64) -> Vec<u8> {
    let mut book = rust_xlsxwriter::Workbook::new();
    let sheet = book.add_worksheet();
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (c, h) in ["日期", "工号", "项目", "次数", "来源", "检查人", "备注", "作废"].iter().enumerate() {
        sheet.write_string(0, c as u16, *h).unwrap();
    }
    sheet.write_number_with_format(1, 0, serial, &date).unwrap();
    sheet.write_string(1, 1, "1001").unwrap();
    book.save_to_buffer().unwrap()
}

/// Expected from calamine's source; `tests/mutation.rs` found it on its first run (a date cell
/// replaced by -4.96e203; see tests/mutation.proptest-regressions). calamine panics in chrono
/// ("TimeDelta::milliseconds out of bounds", exit 101) before kaohe sees the cell; it should be
/// "`-1e20` is not a date" at qa.xlsx A2.
#[test]
fn xlsx_date_cell_holding_a_huge_negative_number_does_not_panic() {
    let w = Workdir::new();
    month_with(&w, "qa", "qa.xlsx", &qa_xlsx_with_date(-1e20));
    let out = run(&w, "in");
    assert_refused(&w, &out, "qa.xlsx");
}

/// The same cell holding a huge positive number: chrono's date arithmetic overflows inside
/// calamine, which gives no date; kaohe must report the cell, not crash.
#[test]
fn xlsx_date_cell_holding_a_huge_positive_number_does_not_panic() {
    let w = Workdir::new();
    month_with(&w, "qa", "qa.xlsx", &qa_xlsx_with_date(1e20));
    let out = run(&w, "in");
    assert_refused(&w, &out, "qa.xlsx");
}

// ---------------------------------------------------------------------------------------------
// .xls: the compound-file container (OLE/CFB) is read by calamine's own `cfb` module before any
// sheet. src/input/extent.rs walks it first with the `cfb` crate, which refuses these files
// quietly and leaves them to calamine. Each input is the 512-byte header of a compound file, all
// zero but for its signature, its sector sizes and where its FAT is, and then zeros.

/// A compound file of `len` bytes whose header puts the first FAT sector at `fat_sector`.
fn compound_file(len: usize, fat_sector: u32) -> Vec<u8> {
    let mut bytes = vec![0u8; len];
    bytes[..8].copy_from_slice(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]); // signature
    bytes[0x1E] = 9; // sectors of 2^9 = 512 bytes
    bytes[0x20] = 6; // mini sectors of 2^6 = 64 bytes
    bytes[0x44..0x48].copy_from_slice(&0xFFFF_FFFEu32.to_le_bytes()); // no more DIFAT sectors
    bytes[0x4C..0x50].copy_from_slice(&fat_sector.to_le_bytes()); // the first FAT sector
    bytes
}

/// Found by the `workbook` target (crash-2a3034ce…, 4 212 bytes, shrunk by fuzz/minimize.py). The
/// FAT sector 8 starts at byte 4 608, past the end of a 4 096-byte file: calamine slices
/// `data[4608..4096]` ("slice index starts at 4608 but ends at 4096", exit 101), in release builds
/// too. It should be "this is not a workbook kaohe can read".
#[test]
fn xls_whose_fat_sector_starts_past_the_end_does_not_panic() {
    let w = Workdir::new();
    month_with(&w, "attendance", "attendance.xls", &compound_file(4096, 8));
    let out = run(&w, "in");
    assert_refused(&w, &out, "attendance.xls");
}

/// Found by the `workbook` target (crash-3aab434d…, 4 708 bytes, shrunk by fuzz/minimize.py). The
/// same FAT sector cut short by the end of the file, 9 bytes in: calamine reads the sector's bytes
/// as u32s and asserts their length is a multiple of 4 ("assertion `left == right` failed" in
/// calamine/src/utils.rs, exit 101), in release builds too.
#[test]
fn xls_whose_fat_sector_is_cut_short_does_not_panic() {
    let w = Workdir::new();
    month_with(&w, "attendance", "attendance.xls", &compound_file(512 + 8 * 512 + 9, 8));
    let out = run(&w, "in");
    assert_refused(&w, &out, "attendance.xls");
}

/// Found by the `workbook` target (oom-099eb8d4…, 5 727 bytes, shrunk by fuzz/minimize.py; six OOM
/// artifacts in one run, all this). A 960-byte file whose FAT (sector 0, all zeros) says sector 0
/// follows sector 0: calamine follows the directory chain forever, appending 448 bytes a turn,
/// until memory runs out (libFuzzer: malloc(2147483648); the process aborts under any memory limit
/// and takes the machine's memory without one).
#[test]
fn xls_whose_sector_chain_loops_does_not_exhaust_memory() {
    let w = Workdir::new();
    month_with(&w, "attendance", "attendance.xls", &compound_file(960, 0));
    let out = run_limited(&w, "in", 1024 * 1024);
    assert_refused(&w, &out, "attendance.xls");
}

/// Found by the `workbook` target (crash-16d0cac4…, a broken copy of examples/2026-10.xlsx; rebuilt
/// here by hand). A cell reference with nine column letters (`AAAAAAAAB2`): calamine computes the
/// column as `col * 26 + letter` in u32 — "attempt to multiply with overflow" (exit 101) in builds
/// with overflow checks, such as the debug binary `cargo test` runs; release builds wrap to some
/// column. It should be a problem at that cell (or the file refused).
#[test]
fn xlsx_cell_reference_with_too_many_column_letters_does_not_panic() {
    let w = Workdir::new();
    let xlsx = xlsx_with_part(&qa_xlsx_with_date(46298.0), "xl/worksheets/sheet1.xml", |xml| {
        assert!(xml.contains(r#"r="B2""#), "{xml}");
        xml.replace(r#"r="B2""#, r#"r="AAAAAAAAB2""#)
    });
    month_with(&w, "qa", "qa.xlsx", &xlsx);
    let out = run(&w, "in");
    assert_no_crash(&w, &out);
}

// ---------------------------------------------------------------------------------------------
// Not crashes, found on the way: wrong exit codes and messages.

/// Found probing UTF-16 by hand; the `csv_table` target, which now asserts that bytes held in
/// memory never give an I/O error, finds it within seconds. A UTF-16 file (with its BOM) whose
/// bytes are not valid UTF-16 — here one odd byte after the BOM; a lone surrogate does the same —
/// within its first megabyte is reported as an I/O error: exit 4 and only "kaohe: ./awards.csv:
/// UTF-16". The decoding error raised while the start of the file is sniffed bypasses the message
/// that src/input/csv.rs has for it ("this file cannot be read as text: its bytes are not valid
/// UTF-16"), which only files past 1 MB reach. SPEC 2.5 and 7: an encoding that cannot be read is
/// invalid input (exit 1), with the file, the row and what to do.
#[test]
fn malformed_utf16_is_invalid_input_not_an_io_error() {
    let w = Workdir::new();
    month_with(&w, "awards", "awards.csv", b"\xff\xfe\x00");
    let out = run(&w, "in");
    assert_refused(&w, &out, "awards.csv");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("UTF-16") && stderr.contains("awards.csv:1"), "{stderr}");
}
