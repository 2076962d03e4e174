//! Mutation tests of the real binary (SPEC 2.5, 2.7, 6, 7): the example month with bytes of one
//! table broken, and the example month as one workbook with cells replaced by anything a user
//! could type. Whatever the input, `kaohe run` ends with one of its exit codes (never a panic,
//! never a signal), writes nothing when it fails, and, when it succeeds, writes one results row
//! per roster agent.
//!
//! `PROPTEST_CASES=500 cargo test --test mutation` runs more cases than the default 48.

mod common;

use std::path::Path;
use std::process::Output;

use proptest::prelude::*;
use proptest::sample::Index;

const TABLES: [&str; 6] = ["agents", "qa", "surveys", "attendance", "awards", "penalties"];

fn example(table: &str) -> Vec<u8> {
    std::fs::read(Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/2026-10").join(format!("{table}.csv"))).expect("example table")
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES").ok().and_then(|v| v.parse().ok()).unwrap_or(48)
}

// ---------------------------------------------------------------------------------------------
// Byte-level mutations of one CSV table.

/// Bytes a user's editor, Excel or a bad copy can leave in a file.
const SPECIALS: [&[u8]; 10] = [
    b"\r",
    b"\n",
    b"\"",
    b",",
    b"\0",
    b"\xd6",               // the first byte of a GBK character (中 is D6 D0), cut in half
    b"\xe4\xb8",           // the first two bytes of a UTF-8 character (中 is E4 B8 AD), cut
    b"\xef\xbb\xbf",       // a UTF-8 BOM in the middle
    b"\xff\xfe",           // a UTF-16 LE BOM
    "\u{3000}".as_bytes(), // an ideographic space
];

#[derive(Debug, Clone)]
enum Mutation {
    Flip(Index, u8),
    Insert(Index, u8),
    /// A chunk of another table's file: (where, which table, chunk start, length).
    Splice(Index, usize, Index, usize),
    Delete(Index, usize),
    DuplicateLine(Index),
    Truncate(Index),
    Special(Index, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        (any::<Index>(), 0u8..8).prop_map(|(i, b)| Mutation::Flip(i, b)),
        (any::<Index>(), any::<u8>()).prop_map(|(i, b)| Mutation::Insert(i, b)),
        (any::<Index>(), 0..TABLES.len(), any::<Index>(), 1usize..200).prop_map(|(i, t, s, n)| Mutation::Splice(i, t, s, n)),
        (any::<Index>(), 1usize..64).prop_map(|(i, n)| Mutation::Delete(i, n)),
        any::<Index>().prop_map(Mutation::DuplicateLine),
        any::<Index>().prop_map(Mutation::Truncate),
        (any::<Index>(), 0..SPECIALS.len()).prop_map(|(i, s)| Mutation::Special(i, s)),
    ]
}

/// A position in `bytes` (its end included).
fn at(i: &Index, bytes: &[u8]) -> usize {
    i.index(bytes.len() + 1)
}

fn apply(bytes: &mut Vec<u8>, m: &Mutation) {
    match m {
        Mutation::Flip(i, bit) => {
            if !bytes.is_empty() {
                let p = i.index(bytes.len());
                bytes[p] ^= 1 << bit;
            }
        }
        Mutation::Insert(i, b) => bytes.insert(at(i, bytes), *b),
        Mutation::Splice(i, t, s, n) => {
            let other = example(TABLES[*t]);
            let start = s.index(other.len());
            let chunk = &other[start..(start + n).min(other.len())];
            let p = at(i, bytes);
            bytes.splice(p..p, chunk.iter().copied());
        }
        Mutation::Delete(i, n) => {
            let p = at(i, bytes);
            bytes.drain(p..(p + n).min(bytes.len()));
        }
        Mutation::DuplicateLine(i) => {
            let p = at(i, bytes);
            let start = bytes[..p].iter().rposition(|&b| b == b'\n').map_or(0, |q| q + 1);
            let end = bytes[p..].iter().position(|&b| b == b'\n').map_or(bytes.len(), |q| p + q + 1);
            let line = bytes[start..end].to_vec();
            bytes.splice(end..end, line);
        }
        Mutation::Truncate(i) => bytes.truncate(at(i, bytes)),
        Mutation::Special(i, s) => {
            let p = at(i, bytes);
            bytes.splice(p..p, SPECIALS[*s].iter().copied());
        }
    }
}

/// Data rows of an agents CSV file as kaohe should read it when it accepts the file: the non-blank
/// records after the header (the first record naming the agent id column).
fn roster_rows(bytes: &[u8]) -> usize {
    let text: Vec<u8> = match bytes {
        [0xFF, 0xFE, rest @ ..] => encoding_rs::UTF_16LE.decode_without_bom_handling(rest).0.as_bytes().to_vec(),
        [0xFE, 0xFF, rest @ ..] => encoding_rs::UTF_16BE.decode_without_bom_handling(rest).0.as_bytes().to_vec(),
        _ => bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes).to_vec(),
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).flexible(true).from_reader(text.as_slice());
    let blank = |r: &csv::ByteRecord| r.iter().all(|f| String::from_utf8_lossy(f).trim().is_empty());
    let records: Vec<csv::ByteRecord> = reader.byte_records().map_while(Result::ok).filter(|r| !blank(r)).collect();
    let names = ["agent_id", "工号", "工號"];
    let header = records.iter().position(|r| r.iter().any(|f| names.contains(&String::from_utf8_lossy(f).trim())));
    header.map_or(0, |h| records.len() - h - 1)
}

// ---------------------------------------------------------------------------------------------
// What every run must satisfy.

/// Visible files left in `out` (temporary files start with a dot).
fn visible_files(out: &Path) -> Vec<String> {
    match std::fs::read_dir(out) {
        Err(_) => Vec::new(),
        Ok(entries) => entries.flatten().map(|e| e.file_name().to_string_lossy().into_owned()).filter(|n| !n.starts_with('.')).collect(),
    }
}

fn check_run(output: &Output, out: &Path, agents: usize, what: &str) -> Result<(), TestCaseError> {
    let stderr = String::from_utf8_lossy(&output.stderr);
    #[cfg(unix)]
    {
        use std::os::unix::process::ExitStatusExt;
        prop_assert!(output.status.signal().is_none(), "{what}: killed by signal {:?}\n{stderr}", output.status.signal());
    }
    let code = output.status.code().unwrap_or(-1);
    prop_assert_ne!(code, 101, "{}: kaohe panicked\n{}", what, stderr);
    prop_assert!([0, 1, 4].contains(&code), "{what}: exit code {code} is not one of SPEC 7's for a run\n{stderr}");
    if code != 0 {
        let left = visible_files(out);
        prop_assert!(left.is_empty(), "{what}: exit {code} but {left:?} were written\n{stderr}");
        prop_assert!(!stderr.trim().is_empty(), "{what}: exit {code} with nothing said on stderr");
    } else {
        let results = std::fs::read_to_string(out.join("results.csv")).expect("results.csv after exit 0");
        let rows = common::rows(results.strip_prefix('\u{feff}').unwrap_or(&results));
        prop_assert_eq!(rows.len(), agents, "{}: results.csv rows vs roster agents\n{}", what, stderr);
        for file in ["deductions.csv", "warnings.csv", "report.xlsx"] {
            prop_assert!(out.join(file).is_file(), "{what}: exit 0 without {file}");
        }
    }
    Ok(())
}

fn run(dir: &Path, input: &Path) -> Output {
    let out = dir.join("out");
    common::kaohe_in(
        dir,
        &["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "en"],
    )
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn a_mutated_table_never_crashes_the_run(table in 0..TABLES.len(), mutations in prop::collection::vec(mutation(), 1..=8)) {
        let dir = tempfile::tempdir().unwrap();
        let input = dir.path().join("in");
        std::fs::create_dir(&input).unwrap();
        for t in TABLES {
            std::fs::write(input.join(format!("{t}.csv")), example(t)).unwrap();
        }
        let mut bytes = example(TABLES[table]);
        for m in &mutations {
            apply(&mut bytes, m);
        }
        std::fs::write(input.join(format!("{}.csv", TABLES[table])), &bytes).unwrap();
        let agents = if TABLES[table] == "agents" { roster_rows(&bytes) } else { roster_rows(&example("agents")) };
        let output = run(dir.path(), &input);
        check_run(&output, &dir.path().join("out"), agents, &format!("{}.csv after {mutations:?}", TABLES[table]))?;
    }

    #[test]
    fn a_workbook_with_any_cells_never_crashes_the_run(edits in prop::collection::vec(edit(), 1..=8), stray in prop::option::of(0..TABLES.len())) {
        let dir = tempfile::tempdir().unwrap();
        let mut sheets: Vec<Vec<Vec<Value>>> = TABLES.iter().map(|t| table_values(&example(t))).collect();
        for e in &edits {
            let sheet = &mut sheets[e.sheet];
            let r = e.row.index(sheet.len() + 1);
            if r == sheet.len() {
                sheet.push(Vec::new());
            }
            // Under the header's named columns; a value right of them is its own error, which
            // the stray far cell covers.
            let c = e.col.index(sheet[0].len());
            let row = &mut sheet[r];
            if row.len() <= c {
                row.resize(c + 1, Value::Empty);
            }
            row[c] = e.value.clone();
        }
        let path = dir.path().join("month.xlsx");
        write_workbook(&path, &sheets, stray);
        let agents = sheets[0].iter().skip(1).filter(|row| row.iter().any(|v| !v.is_blank())).count();
        let output = run(dir.path(), &path);
        check_run(&output, &dir.path().join("out"), agents, &format!("workbook after {edits:?}, stray {stray:?}"))?;
    }
}

// ---------------------------------------------------------------------------------------------
// Cell-level mutations of the example month as one workbook.

#[derive(Debug, Clone, PartialEq)]
enum Value {
    Empty,
    Text(String),
    Number(f64),
    /// A formula saved without its computed value.
    Formula(String),
    /// Text past Excel's cell limit of 32 767 characters (written through the shared strings).
    Long(usize),
}

impl Value {
    fn is_blank(&self) -> bool {
        match self {
            Value::Empty => true,
            Value::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

#[derive(Debug, Clone)]
struct Edit {
    sheet: usize,
    row: Index,
    col: Index,
    value: Value,
}

fn value() -> impl Strategy<Value = Value> {
    prop_oneof![
        Just(Value::Empty),
        "\\PC{0,12}".prop_map(Value::Text),
        any::<f64>().prop_filter("finite", |f| f.is_finite()).prop_map(Value::Number),
        prop::sample::select(vec![1e15, 1e16, 9.99e307, -1e20, f64::MAX, f64::MIN_POSITIVE, 4.5e-310, -0.0, 1e8 + 0.5, 2958466.0])
            .prop_map(Value::Number),
        prop::sample::select(vec![
            "NaN", "nan", "inf", "-inf", "Infinity", "1e999", "1E5", "#N/A", "0x10", "١٢٣", "1_000", "--1", "¥", "."
        ])
        .prop_map(|s| Value::Text(s.to_string())),
        (-1_000_000i64..1_000_000).prop_map(|n| Value::Number(n as f64)),
        prop::sample::select(vec!["SUM(A1:A3)", "1/0", "A1", "NOW()"]).prop_map(|f| Value::Formula(f.to_string())),
        Just(Value::Long(40_000)),
    ]
}

fn edit() -> impl Strategy<Value = Edit> {
    (0..TABLES.len(), any::<Index>(), any::<Index>(), value()).prop_map(|(sheet, row, col, value)| Edit { sheet, row, col, value })
}

/// A CSV table of the example as cells: numbers as Excel would store them, the rest as text.
fn table_values(bytes: &[u8]) -> Vec<Vec<Value>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t.strip_prefix('\u{feff}').unwrap_or(t).to_string(),
        Err(_) => encoding_rs::GB18030.decode(bytes).0.into_owned(),
    };
    let mut reader = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    reader
        .records()
        .map(|r| {
            r.unwrap()
                .iter()
                .map(|f| match f.parse::<f64>() {
                    _ if f.is_empty() => Value::Empty,
                    _ if kaohe::month::parse_date(f).is_some() => Value::Number(excel_serial(f)),
                    Ok(n) if !f.contains(['e', 'E', 'n', 'N', 'i', 'I']) => Value::Number(n),
                    _ => Value::Text(f.to_string()),
                })
                .collect()
        })
        .collect()
}

/// The Excel serial number of a `2026-10-03` date.
fn excel_serial(date: &str) -> f64 {
    let d = kaohe::month::parse_date(date).unwrap();
    let epoch = chrono::NaiveDate::from_ymd_opt(1899, 12, 30).unwrap();
    (d - epoch).num_days() as f64
}

const LONG_MARK: &str = "KAOHE-LONG-TEXT-";

fn write_workbook(path: &Path, sheets: &[Vec<Vec<Value>>], stray: Option<usize>) {
    let mut book = rust_xlsxwriter::Workbook::new();
    let mut longs = Vec::new();
    // Every table but the roster has its date in column A: numbers there are date cells, as
    // Excel keeps a date column's format whatever is typed into it.
    let date = rust_xlsxwriter::Format::new().set_num_format("yyyy-mm-dd");
    for (t, rows) in sheets.iter().enumerate() {
        let sheet = book.add_worksheet();
        sheet.set_name(TABLES[t]).unwrap();
        sheet.set_formula_result_default("");
        for (r, row) in rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                let (r, c) = (r as u32, c as u16);
                match v {
                    Value::Empty => {}
                    Value::Text(s) => {
                        sheet.write_string(r, c, s).unwrap();
                    }
                    Value::Number(n) if t > 0 && c == 0 && r > 0 => {
                        sheet.write_number_with_format(r, c, *n, &date).unwrap();
                    }
                    Value::Number(n) => {
                        sheet.write_number(r, c, *n).unwrap();
                    }
                    Value::Formula(f) => {
                        sheet.write_formula(r, c, rust_xlsxwriter::Formula::new(f)).unwrap();
                    }
                    Value::Long(n) => {
                        let mark = format!("{LONG_MARK}{}", longs.len());
                        sheet.write_string(r, c, &mark).unwrap();
                        longs.push((mark, *n));
                    }
                }
            }
        }
        if stray == Some(t) {
            sheet.write_string(1_048_575, 16_383, "stray").unwrap();
        }
    }
    let bytes = book.save_to_buffer().unwrap();
    let bytes = if longs.is_empty() { bytes } else { lengthen(&bytes, &longs) };
    std::fs::write(path, bytes).unwrap();
}

/// Replaces each mark in the shared strings by text of its length (Excel's writers refuse text
/// past 32 767 characters; other programs write it).
fn lengthen(xlsx: &[u8], longs: &[(String, usize)]) -> Vec<u8> {
    common::xlsx_with_part(xlsx, "xl/sharedStrings.xml", |text| {
        let mut text = text.to_string();
        // Longest marks first, so that mark 1 does not replace the start of mark 10.
        let mut sorted: Vec<&(String, usize)> = longs.iter().collect();
        sorted.sort_by_key(|(m, _)| std::cmp::Reverse(m.len()));
        for (mark, n) in sorted {
            text = text.replace(&format!(">{mark}<"), &format!(">{}<", "长".repeat(*n)));
        }
        text
    })
}
