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

    /// The folder itself.
    pub fn root(&self) -> &Path {
        self.dir.path()
    }

    /// The ledger a close writes by default.
    pub fn ledger(&self) -> PathBuf {
        self.path("kaohe.db")
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

    /// Runs kaohe with a neutral locale and no fault injected, then `env` set.
    pub fn kaohe_env(&self, args: &[&str], env: &[(&str, &str)]) -> Output {
        let mut cmd = command_in(self.dir.path(), args);
        for (k, v) in env {
            cmd.env(k, v);
        }
        cmd.output().expect("run kaohe")
    }

    /// `in/<month>/agents.csv` and `qa.csv` for agents 1001, 1002, … with the months given, each
    /// agent in the team `team(index)` (regular, or training for [`Kind::Training`]; base 3000,
    /// allowance 200). Returns the input folder, relative to this one.
    pub fn kind_month(&self, month: &str, agents: &[Kind], team: impl Fn(usize) -> &'static str) -> String {
        let mut roster = String::from("agent_id,name,team,status,base_salary,allowance\n");
        let mut qa = String::from("date,agent_id,item,misses\n");
        for (i, k) in agents.iter().enumerate() {
            let id = 1001 + i;
            let status = if *k == Kind::Training { "training" } else { "regular" };
            roster.push_str(&format!("{id},Agent{id},{},{status},3000,200\n", team(i)));
            for day in ["03", "13", "23"] {
                qa.push_str(&format!("{month}-{day},{id},,\n"));
            }
            match k {
                Kind::Full | Kind::Training => {}
                Kind::Minor => qa.push_str(&format!("{month}-05,{id},3a,1\n")),
                Kind::Fail => {
                    qa.push_str(&format!("{month}-05,{id},7a,5\n{month}-05,{id},3a,1\n"));
                    for leaf in ["1a", "1b", "1c", "1d", "1e", "2a", "2b", "2c", "2d", "2e"] {
                        qa.push_str(&format!("{month}-06,{id},{leaf},2\n"));
                    }
                }
            }
        }
        self.write(&format!("in/{month}/agents.csv"), &roster);
        self.write(&format!("in/{month}/qa.csv"), &qa);
        format!("in/{month}")
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

/// One agent's month, as the ledger tests build them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Clean spot checks on days 3, 13 and 23, no findings: work score 50 (or the scheme's full
    /// marks).
    Full,
    /// One point lost (3a): work score 49.
    Minor,
    /// 26 points lost (7a ×5, every leaf of items 1 and 2 twice, 3a): work score 24.
    Fail,
    /// In training (not on the post), otherwise clean: work score 50 but not a full-marks month.
    Training,
}

pub fn kaohe_in(dir: &Path, args: &[&str]) -> Output {
    command_in(dir, args).output().expect("run kaohe")
}

/// The kaohe binary in `dir` with a neutral locale (messages in English unless `--lang`) and no
/// fault injected.
fn command_in(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_kaohe"));
    cmd.args(args)
        .current_dir(dir)
        .env_remove("LANG")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("KAOHE_FAULT")
        .env_remove("KAOHE_TEST_FAIL_AFTER_ROWS");
    cmd
}

pub fn stdout(out: &Output) -> String {
    String::from_utf8_lossy(&out.stdout).into_owned()
}

pub fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Insists on success, showing both streams when it is not.
pub fn assert_ok(out: &Output) {
    assert!(out.status.success(), "exit {:?}\nstdout:\n{}\nstderr:\n{}", out.status.code(), stdout(out), stderr(out));
}

/// A file of this repository.
pub fn repo(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
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

/// An .xlsx file with one of its parts rewritten by `edit`.
pub fn xlsx_with_part(xlsx: &[u8], part: &str, edit: impl Fn(&str) -> String) -> Vec<u8> {
    use std::io::{Read, Write};
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(xlsx)).unwrap();
    let mut out = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for i in 0..archive.len() {
        let mut file = archive.by_index(i).unwrap();
        let name = file.name().unwrap().to_string();
        let mut data = Vec::new();
        file.read_to_end(&mut data).unwrap();
        if name == part {
            data = edit(&String::from_utf8(data).unwrap()).into_bytes();
        }
        out.start_file(name, options).unwrap();
        out.write_all(&data).unwrap();
    }
    out.finish().unwrap().into_inner()
}
