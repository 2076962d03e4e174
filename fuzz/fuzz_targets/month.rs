//! Arbitrary bytes as one table of a month, beside valid copies of the example month's other
//! tables; the month is then checked, appraised and written out (in memory) as `run` does.
//!
//! The first byte picks: the table (`b % 6`: agents, qa, surveys, attendance, awards,
//! penalties), the file's format (`(b / 6) % 8`: 0–4 `.csv`, 5 `.xlsx`, 6 `.ods`, 7 `.xls`) and
//! the language (`b / 48` odd: Chinese). The rest is the file. Any panic is a bug; so is an I/O
//! error, as every file can be read.
#![no_main]

use std::path::PathBuf;

use kaohe::cmd::{appraise, MonthArgs};
use kaohe::lang::Lang;
use kaohe::model::Keep;
use kaohe::output::{summary, tables, xlsx};
use kaohe_fuzz::TABLES;
use libfuzzer_sys::fuzz_target;

struct Scratch {
    _dir: tempfile::TempDir,
    month: PathBuf,
    /// The example month's files, by table.
    originals: Vec<Vec<u8>>,
}

thread_local! {
    static SCRATCH: Scratch = {
        let dir = tempfile::tempdir().expect("temp dir");
        let month = dir.path().join("2026-10");
        std::fs::create_dir(&month).expect("month folder");
        let originals: Vec<Vec<u8>> = TABLES
            .iter()
            .map(|t| std::fs::read(kaohe_fuzz::example_month().join(format!("{t}.csv"))).expect("example table"))
            .collect();
        for (t, bytes) in TABLES.iter().zip(&originals) {
            std::fs::write(month.join(format!("{t}.csv")), bytes).expect("copy example table");
        }
        Scratch { _dir: dir, month, originals }
    };
}

fuzz_target!(|data: &[u8]| {
    let Some((&b, bytes)) = data.split_first() else { return };
    let table = b as usize % 6;
    let ext = ["csv", "csv", "csv", "csv", "csv", "xlsx", "ods", "xls"][(b as usize / 6) % 8];
    let lang = if (b / 48) % 2 == 1 { Lang::Zh } else { Lang::En };
    SCRATCH.with(|s| {
        let original = s.month.join(format!("{}.csv", TABLES[table]));
        let fuzzed = s.month.join(format!("{}.{ext}", TABLES[table]));
        std::fs::remove_file(&original).expect("remove the example table");
        std::fs::write(&fuzzed, bytes).expect("write the fuzzed table");
        let args = MonthArgs { month: "2026-10".parse().expect("month"), input: s.month.clone(), rules: None, lang };
        let result = appraise(&args, &Keep::All, &|_| Vec::new());
        std::fs::remove_file(&fuzzed).expect("remove the fuzzed table");
        std::fs::write(&original, &s.originals[table]).expect("restore the example table");
        match result {
            // Every file of the folder exists and can be read: whatever its bytes, a failure is
            // invalid input (SPEC 7: exit 1), never an I/O error (exit 4).
            Err(e @ kaohe::KaoheError::Io { .. }) => panic!("an I/O error from a readable file: {e}"),
            Err(e) => {
                std::hint::black_box(e.to_string());
            }
            Ok(m) => {
                assert_eq!(m.appraisals.len(), m.checked.data.agents.len(), "one appraisal per roster agent");
                let results = tables::results_csv(&m.appraisals);
                let deductions = tables::deductions_csv(&m.rules, &m.checked.data, &m.appraisals, lang);
                let warnings = tables::warnings_csv(&m.warnings);
                // SPEC 6: report.xlsx never fails on a month that passed its checks.
                let report = xlsx::report(&m.rules, &m.checked.data, &m.appraisals, &m.warnings, lang)
                    .unwrap_or_else(|e| panic!("report.xlsx of a checked month failed: {e}"));
                let text = summary::text(m.checked.month, &m.appraisals, &m.warnings, &[], lang);
                let json = summary::json(m.checked.month, &m.appraisals, &m.warnings, &[]);
                std::hint::black_box((results, deductions, warnings, report.len(), text, json.to_string()));
            }
        }
    });
});
