//! The conventions of a good command line (SPEC 5): completions and a man page, `--json` on every
//! command (errors included, as the problem list), `-q`, `kaohe.toml` defaults, `--out -` and
//! `--input -` refused, history of an unknown agent refused, local times, and close/history in
//! Simplified and Traditional Chinese.

mod common;

use std::process::{Command, Output};

use common::*;

fn example() -> String {
    format!("{}/examples/2026-10", env!("CARGO_MANIFEST_DIR"))
}

fn json(o: &Output) -> serde_json::Value {
    serde_json::from_str(&stdout(o)).unwrap_or_else(|e| panic!("not JSON ({e}):\n{}\n{}", stdout(o), stderr(o)))
}

/// The example month closed into `kaohe.db`, English.
fn closed(w: &Workdir) {
    let input = example();
    w.ok(&["close", "--month", "2026-10", "--input", &input, "--out", "out", "--by", "hr_li", "--lang", "en"]);
}

/// An agent of the example month praised within the department (full marks).
fn praised_agent(w: &Workdir) -> String {
    rows(&w.read("out/results.csv")).into_iter().find(|r| r["actions"] == "dept_praise").expect("a full-marks agent")["agent_id"].clone()
}

#[test]
fn completions_and_the_man_page_are_printed() {
    let w = Workdir::new();
    let bash = w.ok(&["completions", "bash"]);
    assert!(bash.len() > 1000 && bash.contains("kaohe") && bash.contains("--month") && bash.contains("history"), "{bash}");
    for shell in ["zsh", "fish", "powershell"] {
        let script = w.ok(&["completions", shell]);
        assert!(script.contains("kaohe") && script.contains("explain"), "{shell}: {script}");
    }
    assert_eq!(w.kaohe(&["completions", "tcsh"]).status.code(), Some(2));
    let man = w.ok(&["man"]);
    assert!(man.starts_with(".ie") || man.contains("\n.TH") || man.starts_with(".TH"), "{man}");
    assert!(man.contains(".TH kaohe 1"), "{man}");
    assert!(man.contains("completions") && man.contains("\\-\\-quiet"), "{man}");
}

#[test]
fn every_command_prints_one_json_document() {
    let w = Workdir::new();
    let input = example();
    let run = json(&w.kaohe(&["run", "--month", "2026-10", "--input", &input, "--out", "out", "--json"]));
    assert_eq!((run["ok"].as_bool(), run["agents"].as_u64()), (Some(true), Some(25)));
    assert_eq!(run["outputs"].as_array().unwrap().len(), 4, "{run}");

    let check = json(&w.kaohe(&["check", "--month", "2026-10", "--input", &input, "--json"]));
    assert_eq!(check["ok"], true);
    let tables: Vec<(String, u64)> = check["tables"]
        .as_array()
        .unwrap()
        .iter()
        .map(|t| (t["file"].as_str().unwrap().to_string(), t["rows"].as_u64().unwrap()))
        .collect();
    assert!(tables.contains(&("agents.csv".to_string(), 25)) && tables.contains(&("qa.csv".to_string(), 95)), "{tables:?}");

    let explain = json(&w.kaohe(&["explain", "--month", "2026-10", "--input", &input, "--agent", "1003", "--json"]));
    assert_eq!(explain["ok"], true);
    assert!(explain.to_string().contains("1003"), "{explain}");

    let rules = json(&w.kaohe(&["rules", "--json"]));
    assert_eq!((rules["full_marks"]["total"].as_str(), rules["uncovered_work_points"].as_str()), (Some("65"), Some("7")));
    assert_eq!(rules["items"][0]["leaves"][0]["code"], "1a");

    let close = json(&w.kaohe(&["close", "--month", "2026-10", "--input", &input, "--out", "out", "--by", "hr_li", "--json"]));
    assert_eq!((close["ok"].as_bool(), close["ledger"]["action"].as_str()), (Some(true), Some("close")));

    let history = json(&w.kaohe(&["history", "--json"]));
    assert_eq!(history["closed_months"][0]["month"], "2026-10");
    let agent = json(&w.kaohe(&["history", "--agent", "1003", "--json"]));
    assert_eq!(agent["months"][0]["gross_pay"], "4380.00");

    let statements = json(&w.kaohe(&["statements", "--month", "2026-10", "--input", &input, "--out", "out", "--agent", "1003", "--json"]));
    assert_eq!((statements["statements"].as_u64(), statements["agents"][0].as_str()), (Some(1), Some("1003")));
    let inspectors = json(&w.kaohe(&["inspectors", "--month", "2026-10", "--input", &input, "--json"]));
    assert_eq!(inspectors["ok"], true);
}

#[test]
fn invalid_input_as_json_is_the_problem_list_with_the_same_exit_code() {
    let w = Workdir::new();
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}A1,张伟,一组,regular,3000,200\n"));
    w.write("m/qa.csv", &format!("{QA_HEADER}2026-10-05,A9,1a,1,spot_check,李主管,,\n"));
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--json", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    let doc = json(&out);
    assert_eq!((doc["ok"].as_bool(), doc["exit_code"].as_i64()), (Some(false), Some(1)));
    let p = &doc["problems"][0];
    assert_eq!((p["file"].as_str(), p["row"].as_u64(), p["column"].as_str()), (Some("qa.csv"), Some(2), Some("agent_id")), "{doc}");
    assert!(p["message"].as_str().unwrap().contains("A9"), "{doc}");
    assert!(!p["fix"].as_str().unwrap().is_empty(), "{doc}");
    assert!(!w.exists("out"));

    // A usage error is exit 2 and the same document; so is one clap finds.
    let out = w.kaohe(&["compare", "--month", "2026-10", "--input", "m", "--json"]);
    assert_eq!((out.status.code(), json(&out)["exit_code"].as_i64()), (Some(2), Some(2)));
    let out = w.kaohe(&["run", "--month", "2026-13", "--input", "m", "--json"]);
    assert_eq!((out.status.code(), json(&out)["exit_code"].as_i64()), (Some(2), Some(2)));
    // Refused by the ledger: exit 3.
    let out = w.kaohe(&["history", "--json"]);
    assert_eq!(out.status.code(), Some(4), "no ledger file: {}", stdout(&out));
    assert_eq!(json(&out)["problems"][0]["file"], "kaohe.db");
}

#[test]
fn quiet_prints_nothing_on_success_and_errors_still_on_stderr() {
    let w = Workdir::new();
    let input = example();
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", &input, "--out", "out", "-q"]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!((stdout(&out), stderr(&out)), (String::new(), String::new()), "the example month has a warning, not shown");
    assert!(w.exists("out/results.csv"));
    let out = w.kaohe(&["--quiet", "explain", "--month", "2026-10", "--input", &input, "--agent", "Z9", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
    assert!(stderr(&out).contains("agent Z9 is not on the roster"), "{}", stderr(&out));
    assert_eq!(w.kaohe(&["rules", "-q", "--json"]).status.code(), Some(2), "quiet and json contradict each other");
}

#[test]
fn kaohe_toml_sets_defaults_that_flags_override() {
    let w = Workdir::new();
    let input = example();
    w.write("kaohe.toml", "# HR's defaults\nledger = \"hr.db\"\nout = \"payroll\"\nlang = \"zh\"\n");
    let text = w.ok(&["close", "--month", "2026-10", "--input", &input, "--by", "hr_li"]);
    assert!(w.exists("hr.db") && !w.exists("kaohe.db"), "the ledger named in kaohe.toml");
    assert!(w.exists("payroll/2026-10/results.csv"), "outputs under kaohe.toml's out");
    assert!(text.contains("2026-10 已结算,记入台账 hr.db"), "{text}");
    // deductions.csv names follow kaohe.toml's lang like --lang.
    assert!(w.read("payroll/2026-10/deductions.csv").contains("答复"), "Simplified names");
    let text = w.ok(&["history", "--lang", "en"]);
    assert!(text.starts_with("Closed months\n"), "--lang wins: {text}");
    assert_eq!(w.kaohe(&["history", "--ledger", "other.db"]).status.code(), Some(4), "--ledger wins");
}

#[test]
fn a_mistake_in_kaohe_toml_is_a_usage_error_naming_file_line_and_key() {
    let w = Workdir::new();
    w.write("kaohe.toml", "ledger = \"hr.db\"\nlegder = \"x.db\"\n");
    let out = w.kaohe(&["rules", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(stderr(&out), "kaohe: kaohe.toml:2: unknown key `legder` — kaohe.toml may set ledger, rules, out and lang\n");
    assert!(stdout(&out).is_empty());
    w.write("kaohe.toml", "lang = \"fr\"\n");
    let out = w.kaohe(&["rules"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("kaohe.toml:1: `lang` is `fr`"), "{}", stderr(&out));
    w.write("kaohe.toml", "out = 3\n");
    let out = w.kaohe(&["rules", "--lang", "zh", "--json"]);
    assert_eq!(out.status.code(), Some(2));
    let doc = json(&out);
    assert!(doc["problems"][0]["message"].as_str().unwrap().starts_with("kaohe.toml:第 1 行:“out”的值有误"), "{doc}");
}

#[test]
fn standard_input_and_output_are_refused_not_made_into_files() {
    let w = Workdir::new();
    let input = example();
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", &input, "--out", "-", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("`-` (standard output) is not supported here"), "{}", stderr(&out));
    assert!(!w.exists("-"), "no folder named -");
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "-", "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("不支持 “-”(标准输入)"), "{}", stderr(&out));
    for args in [&["history", "--quarter", "2026Q1", "--out", "-"][..], &["history", "import", "-"][..]] {
        assert_eq!(w.kaohe(args).status.code(), Some(2), "{args:?}");
    }
}

#[test]
fn history_of_an_agent_the_ledger_does_not_know_is_refused() {
    let w = Workdir::new();
    closed(&w);
    let out = w.kaohe(&["history", "--agent", "9999", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stdout(&out).is_empty());
    assert_eq!(
        stderr(&out),
        "kaohe: agent 9999 has no months in kaohe.db: check the id (`kaohe history` lists the closed and imported months)\n"
    );
    let out = w.kaohe(&["history", "--agent", "9999", "--lang", "zh"]);
    assert!(stderr(&out).contains("台账 kaohe.db 中没有工号 9999 的任何月份"), "{}", stderr(&out));
}

#[test]
fn the_ledger_keeps_utc_and_people_read_local_time() {
    let w = Workdir::new();
    closed(&w);
    let run = |tz: &str, args: &[&str]| -> String {
        let out = Command::new(env!("CARGO_BIN_EXE_kaohe")).args(args).current_dir(w.dir.path()).env("TZ", tz).output().unwrap();
        assert!(out.status.success(), "{}", stderr(&out));
        stdout(&out)
    };
    let doc: serde_json::Value = serde_json::from_str(&run("Asia/Shanghai", &["history", "--json"])).unwrap();
    let utc = doc["closed_months"][0]["closed_at"].as_str().unwrap().to_string();
    assert!(utc.ends_with('Z'), "{utc}");
    let at = chrono::DateTime::parse_from_rfc3339(&utc).unwrap();
    let beijing = (at + chrono::Duration::hours(8)).format("%Y-%m-%d %H:%M").to_string();
    let text = run("Asia/Shanghai", &["history", "--lang", "en"]);
    let line = text.lines().find(|l| l.starts_with("  2026-10")).unwrap_or_else(|| panic!("{text}"));
    assert_eq!(
        line.split("  ").filter(|c| !c.is_empty()).map(str::trim).collect::<Vec<_>>()[..6],
        ["2026-10", "v1", "25", "117900.00", beijing.as_str(), "hr_li"],
        "{text}"
    );
    assert!(!text.contains(&utc), "{text}");
}

#[test]
fn close_and_history_speak_simplified_and_traditional_chinese() {
    let w = Workdir::new();
    closed(&w);
    let id = praised_agent(&w);
    let input = example();

    let zh = w.ok(&["history", "--agent", &id, "--lang", "zh"]);
    let header = zh.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["月份", "版本", "姓名", "工作考核分", "考核总分", "奖励", "考核工资调整", "应发工资", "连续满分月数", "处理"]
    );
    assert!(zh.contains("部门内部表扬") && !zh.contains("dept_praise"), "{zh}");
    let tw = w.ok(&["history", "--agent", &id, "--lang", "zh-TW"]);
    let header = tw.lines().next().unwrap();
    assert_eq!(
        header.split_whitespace().collect::<Vec<_>>(),
        ["月份", "版本", "姓名", "工作考核分", "考核總分", "獎勵", "考核工資調整", "應發工資", "連續滿分月數", "處理"]
    );
    assert!(tw.contains("部門內部表揚") && !tw.contains("dept_praise"), "{tw}");

    // A reopen that changes nothing, in each script: the totals side by side, labelled.
    let zh = w.ok(&["close", "--month", "2026-10", "--input", &input, "--out", "out", "--reopen", "--reason", "复核", "--lang", "zh"]);
    assert!(zh.contains("2026-10 已在台账 kaohe.db 中重新结算:第 2 版取代第 1 版"), "{zh}");
    assert!(zh.contains("  合计                     v1         v2\n  人数                     25         25\n"), "{zh}");
    assert!(zh.contains("  应发工资合计      117900.00  117900.00\n"), "{zh}");
    assert!(zh.contains("没有人的分数、处理或工资发生变化\n"), "{zh}");
    assert!(!zh.contains('{') && !zh.contains("gross_total"), "no raw JSON: {zh}");
    let tw = w.ok(&["close", "--month", "2026-10", "--input", &input, "--out", "out", "--reopen", "--reason", "複核", "--lang", "zh-TW"]);
    assert!(tw.contains("2026-10 已在台帳 kaohe.db 中重新結算:第 3 版取代第 2 版"), "{tw}");
    assert!(tw.contains("  應發工資合計      117900.00  117900.00\n"), "{tw}");
    let en = w.ok(&["close", "--month", "2026-10", "--input", &input, "--out", "out", "--reopen", "--reason", "again", "--lang", "en"]);
    assert!(en.contains("  totals                       v3         v4\n  agents                       25         25\n"), "{en}");
    assert!(en.contains("  gross pay total       117900.00  117900.00\n"), "{en}");

    let tw = w.ok(&["history", "--month", "2026-10", "--lang", "zh-TW"]);
    assert!(tw.starts_with("2026-10:保留 4 個版本\n版本      結算時間"), "{tw}");
    assert!(tw.contains("v4(現行)"), "{tw}");
    let zh = w.ok(&["history", "--agent", &id, "--month", "2026-10", "--lang", "zh"]);
    let gross = zh.lines().find(|l| l.starts_with("应发工资")).unwrap_or_else(|| panic!("{zh}"));
    assert_eq!(gross.split_whitespace().count(), 5, "{gross}");
    assert!(zh.lines().any(|l| l.starts_with("处理") && l.contains("部门内部表扬")), "{zh}");
    assert!(zh.lines().any(|l| l.starts_with("状态") && l.contains("正式")), "{zh}");
    assert!(zh.contains("  v2 原因:复核\n"), "{zh}");

    // Already closed: refused in the language asked for.
    let out = w.kaohe(&["close", "--month", "2026-10", "--input", &input, "--out", "out", "--lang", "zh"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(stderr(&out).contains("2026-10 已在台账 kaohe.db 中结算;如需替换,请用 --reopen --reason 原因"), "{}", stderr(&out));
}

#[test]
fn check_counts_the_rows_read_per_table() {
    let w = Workdir::new();
    let input = example();
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", &input, "--lang", "en"]);
    let text = stdout(&out);
    assert!(text.starts_with("2026-10: no problems — 25 agents, 1 warning; rows read per table:\n"), "{text}");
    assert!(text.contains("  agents.csv             25\n  qa.csv                 95\n"), "{text}");
    let zh = w.ok(&["check", "--month", "2026-10", "--input", &input, "--lang", "zh"]);
    assert!(zh.starts_with("2026-10:没有错误 — 25 人,1 条警告;各表读取的行数:\n  表              数据行数\n"), "{zh}");
}

/// A reader that stops early (`kaohe check --json … | head`) closes the pipe while kaohe is still
/// writing: kaohe stops writing quietly, without the panic (exit 101) of `println!`, and still
/// ends with its own exit code (1: the input has problems), so `set -o pipefail` scripts see it.
#[test]
fn a_reader_that_stops_early_ends_kaohe_quietly() {
    use std::process::Stdio;
    let w = Workdir::new();
    w.write("m/agents.csv", "agent_id,name,team,status,base_salary,allowance\n1001,张伟,一组,regular,3000,100\n");
    // 3 000 rows naming agents not on the roster: a problem list of about 1 MB of JSON, far past
    // the 64 KiB a pipe holds.
    let mut qa = String::from("date,agent_id,item,misses,source,inspector,note\n");
    for i in 0..3000 {
        qa.push_str(&format!("2026-10-09,{},1a,1,spot_check,陈建国,第{i}行的备注写得很长很长很长\n", 5000 + i));
    }
    w.write("m/qa.csv", &qa);
    let mut child = Command::new(env!("CARGO_BIN_EXE_kaohe"))
        .args(["check", "--month", "2026-10", "--input", "m", "--json", "--lang", "zh"])
        .current_dir(w.path(""))
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("kaohe starts");
    drop(child.stdout.take()); // the reader goes away before kaohe writes
    let out = child.wait_with_output().expect("kaohe ends");
    let err = stderr(&out);
    assert!(!err.contains("panicked"), "{err}");
    assert_eq!(out.status.code(), Some(1), "{err}");
}
