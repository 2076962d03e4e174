//! The rebuilt, streaming input and output layers give the bytes the straightforward
//! implementation gave. The expected hashes below are of the outputs of kaohe before the rebuild
//! (commit be8b96f, which read each file whole and kept every row; with its 4 KiB slicing bug
//! patched so that it could read the month), on this generated month with LF line ends — after
//! renaming deductions.csv's `file` column (`qa.csv`) to today's `table` (`qa`), and without the
//! `appeal` column added since (its void rows are `upheld` there; `counted` already said `no`). The same month
//! saved with CRLF line ends and as GBK must give the same bytes: the old reader numbered every
//! CRLF row one line too low; the new one does not.

#[path = "gen_month/mod.rs"]
mod gen_month;

use std::path::Path;
use std::process::Command;

use gen_month::{Encoding, LineEnd, Spec};
use sha2::{Digest, Sha256};

const RESULTS_SHA256: &str = "4f0d7aba88412dc4fb465760b176eff611aed455258f516c870a8ce9ac0ae9c9";
const DEDUCTIONS_SHA256: &str = "0888a10576fbe1a2cdb823e1b2eddbb2da2cc3aaf6cd2892033d74d774ff226c";

fn spec() -> Spec {
    Spec { month: (2026, 10), agents: 2_000, qa_rows: 100_000, seed: 11, finding_rate: 0.3 }
}

fn run(input: &Path, out: &Path) -> (Vec<u8>, Vec<u8>) {
    let o = Command::new(env!("CARGO_BIN_EXE_kaohe"))
        .args(["run", "--month", "2026-10", "--lang", "en", "--input"])
        .arg(input)
        .arg("--out")
        .arg(out)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run kaohe");
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    (std::fs::read(out.join("results.csv")).unwrap(), std::fs::read(out.join("deductions.csv")).unwrap())
}

fn hex(bytes: &[u8]) -> String {
    format!("{:x}", Sha256::digest(bytes))
}

/// deductions.csv without its `appeal` column, written as kaohe writes its CSV files.
fn without_appeal(bytes: &[u8]) -> Vec<u8> {
    let text = std::str::from_utf8(bytes).unwrap().trim_start_matches('\u{feff}');
    let mut r = csv::ReaderBuilder::new().has_headers(false).from_reader(text.as_bytes());
    let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(b"\xEF\xBB\xBF".to_vec());
    for record in r.records() {
        let record = record.unwrap();
        assert!(record.get(0) != Some("month") || record.get(9) == Some("appeal"));
        w.write_record(record.iter().enumerate().filter(|(i, _)| *i != 9).map(|(_, c)| c)).unwrap();
    }
    w.into_inner().unwrap()
}

#[test]
fn a_generated_month_gives_the_bytes_of_the_straightforward_implementation() {
    let dir = tempfile::tempdir().unwrap();
    let lf = dir.path().join("lf");
    let written = gen_month::write_csv_spec(&spec(), &lf, Encoding::Utf8Bom, LineEnd::Lf).unwrap();
    assert!(written.bytes() > 5_000_000, "a month bigger than every buffer");
    let (results, deductions) = run(&lf, &dir.path().join("out-lf"));
    assert_eq!(hex(&results), RESULTS_SHA256, "results.csv");
    assert_eq!(hex(&without_appeal(&deductions)), DEDUCTIONS_SHA256, "deductions.csv");
    assert_eq!(String::from_utf8_lossy(&results).lines().count(), 2_001);

    let crlf = dir.path().join("crlf-gbk");
    gen_month::write_csv_spec(&spec(), &crlf, Encoding::Gbk, LineEnd::CrLf).unwrap();
    let (r, d) = run(&crlf, &dir.path().join("out-crlf"));
    assert!(r == results && d == deductions, "CRLF GBK gives the same bytes as LF UTF-8");
}
