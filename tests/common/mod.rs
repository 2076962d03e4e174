//! Test helpers: a temporary working folder and the real `kaohe` binary run inside it
//! (in the manner of xsv's `Workdir`).

#![allow(dead_code)]

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

pub struct Workdir {
    pub dir: tempfile::TempDir,
}

impl Workdir {
    pub fn new() -> Workdir {
        Workdir { dir: tempfile::tempdir().expect("temp dir") }
    }

    pub fn path(&self, rel: &str) -> PathBuf {
        self.dir.path().join(rel)
    }

    /// Writes a UTF-8 file, creating folders.
    pub fn write(&self, rel: &str, text: &str) {
        self.write_bytes(rel, text.as_bytes());
    }

    pub fn write_bytes(&self, rel: &str, bytes: &[u8]) {
        let p = self.path(rel);
        std::fs::create_dir_all(p.parent().unwrap()).unwrap();
        std::fs::write(p, bytes).unwrap();
    }

    /// Runs kaohe with a neutral locale in this folder.
    pub fn kaohe(&self, args: &[&str]) -> Output {
        kaohe_in(self.dir.path(), args)
    }

    /// Runs kaohe and insists on success, returning stdout.
    pub fn ok(&self, args: &[&str]) -> String {
        let out = self.kaohe(args);
        assert!(out.status.success(), "kaohe {args:?} failed ({:?}):\n{}", out.status.code(), String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    }

    /// Reads a text output, without its BOM.
    pub fn read(&self, rel: &str) -> String {
        let text = std::fs::read_to_string(self.path(rel)).unwrap_or_else(|e| panic!("{rel}: {e}"));
        text.strip_prefix('\u{feff}').unwrap_or(&text).to_string()
    }

    pub fn exists(&self, rel: &str) -> bool {
        self.path(rel).exists()
    }
}

pub fn kaohe_in(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_kaohe"))
        .args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .output()
        .expect("run kaohe")
}

/// Parses a CSV output into rows keyed by column name.
pub fn rows(csv_text: &str) -> Vec<HashMap<String, String>> {
    let mut r = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = r.headers().unwrap().clone();
    r.records().map(|rec| headers.iter().zip(rec.unwrap().iter()).map(|(h, v)| (h.to_string(), v.to_string())).collect()).collect()
}

/// The results.csv row of one agent.
pub fn agent_row(csv_text: &str, id: &str) -> HashMap<String, String> {
    rows(csv_text).into_iter().find(|r| r["agent_id"] == id).unwrap_or_else(|| panic!("no row for agent {id}"))
}

pub const AGENTS_HEADER: &str = "agent_id,name,team,status,base_salary,allowance\n";
pub const QA_HEADER: &str = "date,agent_id,item,misses,source,inspector,note,void\n";

/// Clean spot checks for an agent on days 3, 13 and 23 (one per sampling window).
pub fn clean_samples(id: &str) -> String {
    [3, 13, 23].iter().map(|d| format!("2026-10-{d:02},{id},,,spot_check,李主管,,\n")).collect()
}

/// Ten satisfied survey answers about the department, so the survey-count warning stays quiet.
pub fn department_surveys() -> String {
    let mut s = String::from("date,customer,agent_id,topic,rating\n");
    for d in 1..=10 {
        s.push_str(&format!("2026-10-{d:02},客户{d},,general,5\n"));
    }
    s
}
