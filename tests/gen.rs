//! The month generator (`tests/gen_month`): deterministic for a seed, exact in size, and valid —
//! `kaohe check` passes on what it writes, in UTF-8 and in GBK with CRLF line ends.

#[path = "gen_month/mod.rs"]
mod gen_month;

use std::path::Path;
use std::process::Command;

use gen_month::{Encoding, LineEnd, Spec};

fn spec(seed: u64) -> Spec {
    Spec { month: (2026, 10), agents: 200, qa_rows: 10_000, seed, finding_rate: 0.3 }
}

fn files(dir: &Path) -> Vec<(String, Vec<u8>)> {
    gen_month::STEMS
        .iter()
        .map(|s| {
            let name = format!("{s}.csv");
            let bytes = std::fs::read(dir.join(&name)).unwrap_or_else(|e| panic!("{name}: {e}"));
            (name, bytes)
        })
        .collect()
}

fn check(dir: &Path) {
    let out = Command::new(env!("CARGO_BIN_EXE_kaohe"))
        .args(["check", "--month", "2026-10", "--input"])
        .arg(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run kaohe");
    assert!(
        out.status.success(),
        "kaohe check failed ({:?}) on {}:\n{}\n{}",
        out.status.code(),
        dir.display(),
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn generated_months_are_deterministic_exact_and_valid() {
    let tmp = tempfile::tempdir().unwrap();
    let month = gen_month::generate(&spec(7));
    assert_eq!(month.table("qa").unwrap().len(), 10_000 + 1, "exactly the QA rows asked, plus the header");
    assert_eq!(month.table("agents").unwrap().len(), 200 + 1);
    assert_eq!(month, gen_month::generate(&spec(7)), "same seed, same month");

    let (a, b, c, gbk) = (tmp.path().join("a"), tmp.path().join("b"), tmp.path().join("c"), tmp.path().join("gbk"));
    gen_month::write_csv(&month, &a, Encoding::Utf8, LineEnd::Lf).unwrap();
    let written = gen_month::write_csv_spec(&spec(7), &b, Encoding::Utf8, LineEnd::Lf).unwrap();
    assert_eq!(files(&a), files(&b), "same seed, byte-identical files (in memory or streamed)");
    assert_eq!(written.files.iter().find(|f| f.0 == "qa.csv").unwrap().2, 10_000);

    gen_month::write_csv_spec(&spec(8), &c, Encoding::Utf8, LineEnd::Lf).unwrap();
    let (fa, fc) = (files(&a), files(&c));
    assert!(fa.iter().zip(&fc).all(|(x, y)| x.1 != y.1), "another seed gives other files");

    gen_month::write_csv(&month, &gbk, Encoding::Gbk, LineEnd::CrLf).unwrap();
    let qa = std::fs::read(gbk.join("qa.csv")).unwrap();
    assert!(std::str::from_utf8(&qa).is_err(), "GBK bytes are not UTF-8");
    assert!(qa.windows(2).any(|w| w == b"\r\n"));

    check(&a);
    check(&gbk);
}
