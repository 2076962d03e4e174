//! Arbitrary bytes as a rules file: `Rules::parse` on the text when it is UTF-8, and
//! `Rules::load` on the bytes saved as a file (the path `--rules` takes: BOM, encoding and
//! control-character checks first). When the rules load, the example month is appraised and
//! written out (in memory) under them: any panic is a bug.
#![no_main]

use std::path::PathBuf;

use kaohe::cmd::{appraise, MonthArgs};
use kaohe::lang::Lang;
use kaohe::model::Keep;
use kaohe::output::{tables, xlsx};
use kaohe::rules::Rules;
use libfuzzer_sys::fuzz_target;

thread_local! {
    static DIR: (tempfile::TempDir, PathBuf) = {
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("rules.toml");
        (dir, path)
    };
}

fuzz_target!(|data: &[u8]| {
    if let Ok(text) = std::str::from_utf8(data) {
        match Rules::parse(text, "rules.toml") {
            Ok(rules) => {
                std::hint::black_box((rules.uncovered_points(), rules.total_full_marks(), rules.sampling_windows(31)));
            }
            Err(problems) => {
                assert!(!problems.is_empty(), "rules refused without a problem");
                std::hint::black_box(problems.iter().map(|p| p.to_string()).collect::<Vec<_>>());
            }
        }
    }
    let path = DIR.with(|(_, p)| p.clone());
    std::fs::write(&path, data).expect("write the rules file");
    match Rules::load(Some(&path)) {
        Err(e @ kaohe::KaoheError::Io { .. }) => panic!("an I/O error from a readable rules file: {e}"),
        Err(e) => {
            std::hint::black_box(e.to_string());
        }
        Ok(_) => {
            let args = MonthArgs {
                month: "2026-10".parse().expect("month"),
                input: kaohe_fuzz::example_month(),
                rules: Some(path),
                lang: Lang::En,
            };
            if let Ok(m) = appraise(&args, &Keep::All, &|_| Vec::new()) {
                let results = tables::results_csv(&m.appraisals);
                let deductions = tables::deductions_csv(&m.rules, &m.checked.data, &m.appraisals, Lang::En);
                let report = xlsx::report(&m.rules, &m.checked.data, &m.appraisals, &m.warnings, Lang::En)
                    .unwrap_or_else(|e| panic!("report.xlsx of a checked month failed: {e}"));
                std::hint::black_box((results, deductions, report.len()));
            }
        }
    }
});
