//! One folder per input error under tests/errors/<case>/: the input, optionally the command line
//! (`args`), and the exact expected message (`expected.txt`). The error text is part of the
//! product. Each case must also exit 1 and, under `run`, write nothing.

mod common;

use std::path::Path;

#[test]
fn every_error_case_gives_its_exact_message_and_writes_nothing() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors");
    let mut cases: Vec<_> = std::fs::read_dir(&root).unwrap().flatten().map(|e| e.path()).filter(|p| p.is_dir()).collect();
    cases.sort();
    assert!(cases.len() >= 20, "expected the error cases, found {}", cases.len());
    let mut failures = Vec::new();
    for case in &cases {
        let name = case.file_name().unwrap().to_string_lossy().to_string();
        let args_text =
            std::fs::read_to_string(case.join("args")).unwrap_or_else(|_| "check --month 2026-10 --input input --lang en".into());
        let args: Vec<&str> = args_text.split_whitespace().collect();
        let expected = std::fs::read_to_string(case.join("expected.txt")).unwrap();
        let out = common::kaohe_in(case, &args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        if out.status.code() != Some(1) {
            failures.push(format!("{name}: exit {:?}, expected 1", out.status.code()));
        }
        if stderr != expected {
            failures.push(format!("{name}: message differs\n--- expected\n{expected}--- got\n{stderr}"));
        }
        // The same input under `run` writes no file at all.
        let out_dir = tempfile::tempdir().unwrap();
        let target = out_dir.path().join("out");
        let mut run_args: Vec<String> = args.iter().map(|a| a.to_string()).collect();
        run_args[0] = "run".into();
        run_args.extend(["--out".into(), target.display().to_string()]);
        let run_args: Vec<&str> = run_args.iter().map(String::as_str).collect();
        let out = common::kaohe_in(case, &run_args);
        if out.status.code() != Some(1) || target.exists() {
            failures.push(format!("{name}: run exited {:?} and out/ exists: {}", out.status.code(), target.exists()));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn a_dozen_mistakes_are_all_listed_in_one_run() {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors/many_mistakes");
    let out = common::kaohe_in(&case, &["check", "--month", "2026-10", "--input", "input", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    let problems: Vec<&str> = stderr.lines().filter(|l| !l.starts_with("kaohe:")).collect();
    assert_eq!(problems.len(), 12, "{stderr}");
    for (file_row, what) in [
        ("agents.csv:4:agent_id", "already on row 2"),
        ("agents.csv:5:", "the row has 7 cells but the header has 6"),
        ("attendance.csv:3:kind", "belongs to attendance"),
        ("attendance.csv:4:points", "neither points nor a kind"),
        ("awards.csv:3:date", "`2026/13/01` is not a date"),
        ("penalties.csv:3:amount", "outside its range 100–200"),
        ("qa.csv:8:date", "2026-09-30 is outside the month 2026-10"),
        ("qa.csv:9:agent_id", "agent 1099 is not on the roster"),
        ("qa.csv:10:item", "`9q` is not a known leaf code"),
        ("qa.csv:11:misses", "-2 is negative"),
        ("qa.csv:12:source", "`rumour` is not a known source"),
        ("surveys.csv:12:rating", "rating `很好` is not 1–5"),
    ] {
        assert!(problems.iter().any(|p| p.starts_with(file_row) && p.contains(what)), "missing {file_row} {what} in\n{stderr}");
    }
    assert!(stderr.ends_with("kaohe: 12 problems found; nothing was written\n"), "{stderr}");
}
