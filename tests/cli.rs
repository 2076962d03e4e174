//! The binary on real files: the bundled example month against independently computed answers,
//! and a small hand-computed month that uses every rule of SPEC 1 (figures worked out in the
//! comments), plus encodings, headers, warnings, outputs and exit codes.

mod common;

use common::*;

/// The example month matches the answers computed by tests/fixtures/expected_2026_10.py (an
/// independent Python implementation with Decimal) on every column, for every agent.
#[test]
fn example_month_matches_the_independent_computation() {
    let w = Workdir::new();
    let input = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/2026-10");
    w.ok(&["run", "--month", "2026-10", "--input", input, "--out", "out", "--lang", "en"]);
    let got = w.read("out/results.csv");
    let expected = std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/example-2026-10-expected.csv")).unwrap();
    let expected = rows(expected.trim_start_matches('\u{feff}'));
    assert_eq!(expected.len(), 25);
    assert_eq!(rows(&got).len(), 25);
    for e in &expected {
        let g = agent_row(&got, &e["agent_id"]);
        for (column, value) in e {
            assert_eq!(&g[column], value, "agent {} column {column}", e["agent_id"]);
        }
    }
    // Spot values a supervisor would check (see tests/fixtures/example-2026-10-worked.md).
    let below = agent_row(&got, "1016");
    assert_eq!((below["work_score"].as_str(), below["actions"].as_str(), below["gross_pay"].as_str()), ("23", "retrain", "3040.00"));
    let training = agent_row(&got, "1025");
    assert_eq!((training["status"].as_str(), training["gross_pay"].as_str(), training["actions"].as_str()), ("training", "2950.00", ""));
}

const AGENTS: &str = "agent_id,name,team,status,base_salary,allowance
A1,张伟,一组,regular,3000,200
A2,王芳,一组,正式,\"¥3,500.50\",100
A3,李娜,二组,regular,3000,0
A4,刘洋,二组,regular,2800,0
A5,陈静,三组,考查期,3000,300
A6,杨磊,三组,培訓期,2500,200
";

fn qa() -> String {
    let mut qa = String::from(QA_HEADER);
    for id in ["A1", "A2", "A3", "A4", "A5"] {
        qa.push_str(&clean_samples(id));
    }
    qa.push_str(
        "2026-10-05,A1,1d,3,spot_check,李主管,超时三次,
2026-10-06,A1,6b,,spot_check,李主管,未微笑,
2026-10-16,A1,6b,1,dept_feedback,王经理,又一次,
2026-10-17,A1,7a,2,manager_review,主管,两次培训缺席,
2026-10-18,A1,2b,2,dept_feedback,王经理,申诉成立,是
2026-10-07,A4,1a,2,,李主管,,
2026-10-07,A4,1b,2,,李主管,,
2026-10-07,A4,1c,2,,李主管,,
2026-10-07,A4,1d,2,,李主管,,
2026-10-07,A4,1e,2,,李主管,,
2026-10-07,A4,2a,2,,李主管,,
2026-10-07,A4,2b,2,,李主管,,
2026-10-07,A4,2c,2,,李主管,,
2026-10-07,A4,2d,2,,李主管,,
2026-10-07,A4,2e,2,,李主管,,
2026-10-07,A4,7a,5,,李主管,,
2026-10-08,A4,6a,1,,李主管,,
2026-10-09,A5,3a,1,,李主管,,
",
    );
    qa
}

const SURVEYS: &str = "date,customer,agent_id,topic,rating
2026-10-20,美好影楼,A3,投訴,不滿意
2026-10-21,金夫人,A3,rush,2
2026-10-22,皇家一号,A3,consult,1
2026-10-23,蒙娜丽莎,A3,general,5
2026-10-24,影楼一,,general,5
2026-10-24,影楼二,,general,4
2026-10-24,影楼三,,complaint,1
2026-10-25,影楼四,,general,5
2026-10-25,影楼五,,general,5
2026-10-25,影楼六,,general,3
";

const ATTENDANCE: &str = "date,agent_id,category,kind,points,note
2026-10-02,A1,出勤,late,,
2026-10-03,A3,attendance,absent,,
2026-10-04,A3,attendance,absent,,
2026-10-05,A3,attendance,late,1,迟到一小时
2026-10-06,A3,hygiene,hygiene_fail,,
2026-10-07,A3,衛生,,1,
";

const AWARDS: &str = "date,agent_id,kind,note,approved_by
2026-10-10,A1,emergency,停电时安抚客户,经理
2026-10-11,A2,customer_praise,,经理
2026-10-21,A2,客户表扬,,经理
2026-10-12,A3,customer_praise,,经理
2026-10-13,A4,loss_recovery,,经理
2026-10-14,A5,emergency,,经理
";

const PENALTIES: &str = "date,agent_id,kind,amount,note,approved_by
2026-10-15,A1,missing_record,,,经理
2026-10-16,A3,complaints_or_churn,,,经理
2026-10-17,A3,production_chaos,150,,经理
2026-10-18,A4,major_loss,\"1,234.56\",,经理
2026-10-19,A5,missing_record,50,,经理
2026-10-20,A6,production_chaos,,,经理
";

fn hand_month(w: &Workdir) {
    w.write("m/agents.csv", AGENTS);
    w.write("m/qa.csv", &qa());
    w.write("m/surveys.csv", SURVEYS);
    w.write("m/attendance.csv", ATTENDANCE);
    w.write("m/awards.csv", AWARDS);
    w.write("m/penalties.csv", PENALTIES);
}

fn run_hand_month() -> (Workdir, String) {
    let w = Workdir::new();
    hand_month(&w);
    w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    let results = w.read("out/results.csv");
    (w, results)
}

fn check(results: &str, id: &str, expected: &[(&str, &str)]) {
    let row = agent_row(results, id);
    for (column, value) in expected {
        assert_eq!(row[*column], *value, "agent {id} column {column}");
    }
}

/// A1: 1d missed 3 times loses only its 2 points; 6b missed twice loses its 1 point; 7a missed
/// twice loses 2; the void 2b row is not counted → 50 − 2 − 1 − 2 = 45. Late (0.5) → attendance 2.
/// An emergency award with work ≥ 25 → special 10. Spot-check dates: 3, 5, 6, 13, 23 → 5 samples. Total 45 + 2 + 2.5 + 10 = 59.5.
/// Pay: 45 × 20 = 900; (2 + 2.5) × 20 = 90; 10 × 20 = 200; fine 50 (missing_record default)
/// → adjustment 1140; gross 3000 + 200 + 1140 = 4340.
#[test]
fn caps_void_rows_attendance_and_an_emergency_award() {
    let (_, results) = run_hand_month();
    check(
        &results,
        "A1",
        &[
            ("work_score", "45"),
            ("attendance_score", "2"),
            ("hygiene_score", "2.5"),
            ("special_score", "10"),
            ("total_score", "59.5"),
            ("appraisal_wage", "900.00"),
            ("attendance_bonus", "90.00"),
            ("special_bonus", "200.00"),
            ("rewards", "0.00"),
            ("fines", "50.00"),
            ("pay_adjustment", "1140.00"),
            ("gross_pay", "4340.00"),
            ("samples", "5"),
            ("satisfaction_rate", ""),
            ("actions", ""),
        ],
    );
}

/// A2: full marks; two customer praises → special 10; total 65. Base "¥3,500.50".
/// Pay: 1000 + 100 + 200 + 50 reward = 1350; gross 3500.50 + 100 + 1350 = 4950.50.
#[test]
fn full_marks_with_two_praises() {
    let (_, results) = run_hand_month();
    check(
        &results,
        "A2",
        &[
            ("work_score", "50"),
            ("special_score", "10"),
            ("total_score", "65"),
            ("base_salary", "3500.50"),
            ("rewards", "50.00"),
            ("pay_adjustment", "1350.00"),
            ("gross_pay", "4950.50"),
            ("full_marks_run", "1"),
            ("actions", "dept_praise"),
        ],
    );
}

/// A3: a dissatisfied complaint (不滿意 = 2) costs 1e, a dissatisfied rush answer costs 2e, a
/// dissatisfied consult answer costs nothing → 48. Satisfied 1 of 4 → 0.2500. Attendance deductions
/// 1 + 1 + 1 = 3 > 2.5 → 0; hygiene 0.5 + 1 → 1. One praise only → special 0. Total 49.
/// Pay: 960 + (0 + 1) × 20 = 20; fines 100 (complaints_or_churn default) + 150 → adjustment 730;
/// gross 3000 + 0 + 730 = 3730.
#[test]
fn surveys_floors_and_a_single_praise() {
    let (_, results) = run_hand_month();
    check(
        &results,
        "A3",
        &[
            ("work_score", "48"),
            ("attendance_score", "0"),
            ("hygiene_score", "1"),
            ("special_score", "0"),
            ("total_score", "49"),
            ("satisfaction_rate", "0.2500"),
            ("attendance_bonus", "20.00"),
            ("fines", "250.00"),
            ("pay_adjustment", "730.00"),
            ("gross_pay", "3730.00"),
        ],
    );
}

/// A4: 20 points on items 1–2, 5 on 7a, 1 on 6a → 24 < 25: retrain, and the loss_recovery award
/// is denied by the premise. Pay: 480 + 100 − 1234.56 = −654.56; gross 2800 − 654.56 = 2145.44.
#[test]
fn below_25_retrains_and_loses_the_special_award() {
    let (_, results) = run_hand_month();
    check(
        &results,
        "A4",
        &[
            ("work_score", "24"),
            ("special_score", "0"),
            ("total_score", "29"),
            ("fines", "1234.56"),
            ("pay_adjustment", "-654.56"),
            ("gross_pay", "2145.44"),
            ("actions", "retrain"),
        ],
    );
}

/// A5 (probation): 49; the special score is computed (10) but only the appraisal wage is paid:
/// 980 − 50 = 930; allowance reported 0; gross 3000 + 930 = 3930.
/// A6 (training): 50 but no full-marks month, no actions, no rewards; base − fine 100 = 2400.
#[test]
fn probation_and_training_pay_only_what_their_status_allows() {
    let (_, results) = run_hand_month();
    check(
        &results,
        "A5",
        &[
            ("status", "probation"),
            ("work_score", "49"),
            ("special_score", "10"),
            ("total_score", "64"),
            ("allowance", "0.00"),
            ("appraisal_wage", "980.00"),
            ("attendance_bonus", "0.00"),
            ("special_bonus", "0.00"),
            ("pay_adjustment", "930.00"),
            ("gross_pay", "3930.00"),
        ],
    );
    check(
        &results,
        "A6",
        &[
            ("status", "training"),
            ("work_score", "50"),
            ("appraisal_wage", "0.00"),
            ("rewards", "0.00"),
            ("fines", "100.00"),
            ("pay_adjustment", "-100.00"),
            ("gross_pay", "2400.00"),
            ("full_marks_run", "0"),
            ("samples", "0"),
            ("actions", ""),
        ],
    );
}

#[test]
fn results_have_exactly_the_documented_columns_in_roster_order() {
    let (w, results) = run_hand_month();
    let header = results.lines().next().unwrap();
    assert_eq!(
        header,
        "month,agent_id,name,team,status,work_score,attendance_score,hygiene_score,special_score,total_score,base_salary,allowance,appraisal_wage,attendance_bonus,special_bonus,rewards,fines,pay_adjustment,gross_pay,full_marks_run,samples,satisfaction_rate,actions"
    );
    let ids: Vec<String> = rows(&results).iter().map(|r| r["agent_id"].clone()).collect();
    assert_eq!(ids, ["A1", "A2", "A3", "A4", "A5", "A6"]);
    let bytes = std::fs::read(w.path("out/results.csv")).unwrap();
    assert!(bytes.starts_with(b"\xEF\xBB\xBF"), "results.csv starts with a UTF-8 BOM for Excel");
}

/// deductions.csv lists every finding with its table and row, the cap and the void row included.
#[test]
fn deductions_trace_every_point_to_its_row() {
    let (w, _) = run_hand_month();
    let d = rows(&w.read("out/deductions.csv"));
    let a1: Vec<_> = d.iter().filter(|r| r["agent_id"] == "A1" && r["category"] == "work").collect();
    let line = |leaf: &str| a1.iter().find(|r| r["leaf"] == leaf).unwrap_or_else(|| panic!("no {leaf}"));
    // qa.csv: header row 1, then 15 clean samples (rows 2–16), then A1's findings from row 17.
    assert_eq!((line("1d")["misses"].as_str(), line("1d")["points_lost"].as_str(), line("1d")["row"].as_str()), ("3", "2", "17"));
    assert_eq!(line("1d")["table"], "qa");
    let b6: Vec<_> = a1.iter().filter(|r| r["leaf"] == "6b").map(|r| r["points_lost"].as_str()).collect();
    assert_eq!(b6, ["1", "0"], "the second 6b miss costs nothing: the leaf is worth 1");
    let void = line("2b");
    assert_eq!((void["counted"].as_str(), void["points_lost"].as_str(), void["note"].as_str()), ("no", "0", "申诉成立"));
    // Survey-driven losses name the survey row.
    let a3: Vec<_> = d.iter().filter(|r| r["agent_id"] == "A3" && r["category"] == "work").collect();
    assert_eq!(a3.len(), 2);
    assert!(a3.iter().all(|r| r["source"] == "survey" && r["table"] == "surveys"));
    let rows_: Vec<&str> = a3.iter().map(|r| r["row"].as_str()).collect();
    assert_eq!(rows_, ["2", "3"]);
    // Attendance beyond the floor is listed with what it actually cost.
    let att: Vec<&str> =
        d.iter().filter(|r| r["agent_id"] == "A3" && r["category"] == "attendance").map(|r| r["points_lost"].as_str()).collect();
    assert_eq!(att, ["1", "1", "0.5"]);
    // Points lost in deductions add up to what the work score lost.
    let lost: rust_decimal::Decimal = d
        .iter()
        .filter(|r| r["agent_id"] == "A4" && r["category"] == "work")
        .map(|r| r["points_lost"].parse::<rust_decimal::Decimal>().unwrap())
        .sum();
    assert_eq!(lost, rust_decimal::Decimal::from(26));
}

#[test]
fn explain_accounts_for_every_point_and_yuan() {
    let w = Workdir::new();
    hand_month(&w);
    let text = w.ok(&["explain", "--month", "2026-10", "--input", "m", "--agent", "A1", "--lang", "en"]);
    for needle in [
        "Work score 45 / 50",
        "1d  Handled within the time limit (2 h simple, 24 h complex) (2): 3 misses × 1 per miss → lost 2, capped at the leaf's points",
        "qa.csv:17  2026-10-05  spot check  inspector 李主管  misses 3  “超时三次”  −2",
        "qa.csv:21  2026-10-18  department feedback  inspector 王经理  misses 2  “申诉成立”  not counted (void: appeal upheld)",
        "(7 of the 50 points are covered by no leaf and cannot be lost)",
        "Attendance 2.5 − 0.5 = 2",
        "attendance.csv:2  2026-10-02  Late  −0.5",
        "earned: Handled an emergency well × 1 (1 needed); work score 45 ≥ 25",
        "Total score 45 + 2 + 2.5 + 10 = 59.5 / 65",
        "  appraisal wage     900.00  45 × 20\n",
        "  attendance bonus    90.00  2 × 20 + 2.5 × 20\n",
        "  fines               50.00\n",
        "penalties.csv:2  2026-10-15  No detailed record kept  50.00  approved by 经理",
        "  pay adjustment    1140.00  appraisal wage + attendance bonus + special bonus + rewards − fines\n",
        "  gross pay         4340.00  base salary + allowance + pay adjustment\n",
    ] {
        assert!(text.contains(needle), "missing «{needle}» in\n{text}");
    }
    let zh = w.ok(&["explain", "--month", "2026-10", "--input", "m", "--agent", "A4", "--lang", "zh"]);
    assert!(zh.contains("工作考核分 24 / 50"), "{zh}");
    assert!(zh.contains("未获得:“为公司挽回损失”奖励以完成本职工作为前提(工作考核分 24 低于 25)"), "{zh}");
    assert!(zh.contains("处理:\n  临时离岗强化培训一周\n"), "{zh}");
    assert!(!zh.contains("retrain") && !zh.contains("spot_check"), "no raw codes in Chinese: {zh}");
    let tw = w.ok(&["explain", "--month", "2026-10", "--input", "m", "--agent", "A4", "--lang", "zh-TW"]);
    assert!(tw.contains("未獲得:“為公司挽回損失”獎勵以完成本職工作為前提(工作考核分 24 低於 25)"), "{tw}");
    assert!(tw.contains("  應發工資  "), "{tw}");
    assert!(tw.contains("處理:\n  臨時離崗強化培訓一週\n"), "{tw}");
    let a1 = w.ok(&["explain", "--month", "2026-10", "--input", "m", "--agent", "A1", "--lang", "zh"]);
    // The award used to show by its code (`獲得:emergency`); sources by theirs (`spot_check`).
    assert!(a1.contains("获得:妥善处理突发事件 1 次(需 1 次)"), "{a1}");
    assert!(a1.contains("  抽查  检查人 李主管  次数 3  “超时三次”  −2"), "{a1}");
    assert!(a1.contains("  应发工资      4340.00  基本工资 + 补助 + 考核工资调整\n"), "{a1}");
    let unknown = w.kaohe(&["explain", "--month", "2026-10", "--input", "m", "--agent", "Z9", "--lang", "en"]);
    assert_eq!(unknown.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&unknown.stderr).contains("agent Z9 is not on the roster"));
}

#[test]
fn json_summary_has_exact_totals() {
    let w = Workdir::new();
    hand_month(&w);
    let out = w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--json"]);
    let v: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(v["agents"], 6);
    // 4340 + 4950.50 + 3730 + 2145.44 + 3930 + 2400
    assert_eq!(v["totals"]["gross_pay"], "21495.94");
    // 50 + 250 + 1234.56 + 50 + 100
    assert_eq!(v["totals"]["fines"], "1684.56");
    assert_eq!(v["actions"]["dept_praise"], 1);
    assert_eq!(v["actions"]["retrain"], 1);
    assert_eq!(v["by_status"]["training"], 1);
}

/// The same roster saved by Excel on Chinese Windows (GB18030, Chinese traditional headers) gives
/// the same results as the UTF-8 file.
#[test]
fn gbk_files_and_traditional_headers_read_the_same() {
    let (_, utf8_results) = run_hand_month();
    let w = Workdir::new();
    hand_month(&w);
    let traditional = AGENTS.replacen("agent_id,name,team,status,base_salary,allowance", "工號,姓名,班組,狀態,基本工資,補助", 1);
    let (gbk, _, unmappable) = encoding_rs::GB18030.encode(&traditional);
    assert!(!unmappable);
    w.write_bytes("m/agents.csv", &gbk);
    let qa_simplified =
        qa().replacen("date,agent_id,item,misses,source,inspector,note,void", "日期,工号,项目,次数,来源,检查人,备注,作废", 1);
    let (gbk, _, _) = encoding_rs::GB18030.encode(&qa_simplified);
    w.write_bytes("m/qa.csv", &gbk);
    w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    assert_eq!(w.read("out/results.csv"), utf8_results);
}

#[test]
fn warnings_are_printed_and_written() {
    let w = Workdir::new();
    hand_month(&w);
    // A1 loses its last spot check; a repeated row; an unknown column; too few surveys.
    let qa = qa().replace("2026-10-23,A1,,,spot_check,李主管,,\n", "") + "2026-10-09,A5,3a,1,,李主管,,\n";
    w.write("m/qa.csv", &qa);
    w.write("m/awards.csv", &AWARDS.replace("approved_by", "approved_by,remark").replace("经理\n", "经理,\n"));
    w.write("m/surveys.csv", &SURVEYS.lines().take(6).map(|l| format!("{l}\n")).collect::<String>());
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    assert!(out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    for needle in [
        "warning: agents.csv:2:agent_id: agent A1 张伟 has no spot check on days 21–31",
        "warning: qa.csv:34: row 34 repeats row 33 exactly; both are counted",
        "warning: awards.csv:1:remark: unknown column `remark` is ignored",
        "warning: the month has 5 survey answers; the scheme surveys 10–20 customers a month",
    ] {
        assert!(stderr.contains(needle), "missing «{needle}» in\n{stderr}");
    }
    assert!(!stderr.contains("A6"), "a training agent has no sampling gap: {stderr}");
    let written = rows(&w.read("out/warnings.csv"));
    let kinds: Vec<&str> = written.iter().map(|r| r["kind"].as_str()).collect();
    for kind in ["sampling_gap", "repeated_row", "unknown_column", "survey_count"] {
        assert!(kinds.contains(&kind), "{kinds:?}");
    }
    // The repeated 3a row counts twice, but 3a is worth 1 point: A5 still has 49.
    assert_eq!(agent_row(&w.read("out/results.csv"), "A5")["work_score"], "49");
}

#[test]
fn a_negative_gross_pay_is_a_warning() {
    let w = Workdir::new();
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}T1,新人,一组,training,100,0\n"));
    w.write("m/qa.csv", QA_HEADER);
    w.write("m/surveys.csv", &department_surveys());
    w.write("m/penalties.csv", "date,agent_id,kind,amount\n2026-10-05,T1,major_loss,500\n");
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stderr).contains("agent T1 新人 has a negative gross pay of -400.00"));
    assert_eq!(agent_row(&w.read("out/results.csv"), "T1")["gross_pay"], "-400.00");
}

#[test]
fn user_text_cannot_become_a_formula() {
    let w = Workdir::new();
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}E1,=HYPERLINK(\"http://x\"),@team,regular,3000,0\n"));
    w.write("m/qa.csv", &format!("{QA_HEADER}{}2026-10-04,E1,6a,1,,+inspector,-note,\n", clean_samples("E1")));
    w.write("m/surveys.csv", &department_surveys());
    w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    let r = agent_row(&w.read("out/results.csv"), "E1");
    assert_eq!(r["name"], "'=HYPERLINK(\"http://x\")");
    assert_eq!(r["team"], "'@team");
    let d = rows(&w.read("out/deductions.csv"));
    assert_eq!((d[0]["inspector"].as_str(), d[0]["note"].as_str()), ("'+inspector", "'-note"));
    // In report.xlsx the same text is a text cell, shown as typed (no apostrophe) and never run.
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(w.path("out/report.xlsx")).unwrap();
    let results = book.worksheet_range("results").unwrap();
    assert_eq!(results.get_value((1, 2)), Some(&Data::String("=HYPERLINK(\"http://x\")".into())));
    assert!(book.worksheet_formula("results").unwrap().used_cells().next().is_none(), "no formula anywhere");
}

#[test]
fn a_failed_run_leaves_earlier_outputs_untouched() {
    let w = Workdir::new();
    hand_month(&w);
    w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    let before = std::fs::read(w.path("out/results.csv")).unwrap();
    w.write("m/qa.csv", &(qa() + "2026-10-40,A1,1a,1,,,,\n"));
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(std::fs::read(w.path("out/results.csv")).unwrap(), before);
    let mut files: Vec<String> =
        std::fs::read_dir(w.path("out")).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
    files.sort();
    assert_eq!(files, ["deductions.csv", "report.xlsx", "results.csv", "warnings.csv"], "no temporary files left behind");
}

#[test]
fn exit_codes_follow_the_spec() {
    let w = Workdir::new();
    hand_month(&w);
    assert_eq!(w.kaohe(&["run", "--month", "2026-13", "--input", "m"]).status.code(), Some(2), "bad month is a usage error");
    assert_eq!(w.kaohe(&["run", "--input", "m"]).status.code(), Some(2), "missing --month");
    assert_eq!(w.kaohe(&["frobnicate"]).status.code(), Some(2));
    assert_eq!(w.kaohe(&["run", "--month", "2026-10", "--input", "nowhere"]).status.code(), Some(4), "unreadable input");
    assert_eq!(w.kaohe(&["check", "--month", "2026-11", "--input", "m"]).status.code(), Some(1), "dates outside the month");
    assert_eq!(w.kaohe(&["check", "--month", "2026-10", "--input", "m"]).status.code(), Some(0));
    let help = w.kaohe(&["run", "--help"]);
    assert!(String::from_utf8_lossy(&help.stdout).contains("kaohe run --month 2026-10 --input examples/2026-10"));
    // `run` in the working folder writes to out/<month> by default.
    w.ok(&["run", "--month", "2026-10", "--input", "m"]);
    assert!(w.exists("out/2026-10/results.csv"));
}

#[test]
fn rules_command_shows_the_scheme_and_its_gap() {
    let w = Workdir::new();
    let text = w.ok(&["rules", "--lang", "en"]);
    assert!(text.contains("Total: 65 = 50 work + 2.5 attendance + 2.5 hygiene + 10 special"), "{text}");
    assert!(text.contains("note: the leaves cover 43 of 50 points; the other 7 cannot be lost"), "{text}");
    assert!(text.contains("  7a         5         1    Training not attended or not passed\n"), "{text}");
    assert!(text.contains("complaints_or_churn  100.00–200.00 (default 100.00)   Repeated complaints or lost customer"), "{text}");
    let zh = w.ok(&["rules", "--lang", "zh"]);
    assert!(zh.contains("注意:考核内容共 43 分,满分 50 分;其余 7 分不会被扣"), "{zh}");
    assert!(zh.contains("  7a       5         1    未参加或未通过公司培训\n"), "{zh}");
    let tw = w.ok(&["rules", "--lang", "zh-TW"]);
    assert!(tw.contains("  7a       5         1    未參加或未通過公司培訓\n"), "{tw}");
    w.write("bad.toml", "[scheme]\nname_zh = 1\n");
    let bad = w.kaohe(&["rules", "--rules", "bad.toml"]);
    assert_eq!(bad.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&bad.stderr).starts_with("bad.toml:2:11: "), "{}", String::from_utf8_lossy(&bad.stderr));
}

/// rules/hundred.toml is a different scheme (100 points, other leaves and values): the same code
/// scores it. Hand-computed in the test below.
#[test]
fn a_second_rules_file_scores_a_month_its_own_way() {
    let w = Workdir::new();
    let rules = concat!(env!("CARGO_MANIFEST_DIR"), "/rules/hundred.toml");
    let text = w.ok(&["rules", "--rules", rules, "--lang", "en"]);
    assert!(!text.contains("note: the leaves cover"), "the 100-point scheme has no gap: {text}");
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}H1,甲,一组,regular,4000,100\nH2,乙,一组,regular,4000,100\n"));
    // H1: q1 (4 points, 2 per miss) missed 3 times → loses 4; s2 (10 points, 5 per miss) once → 5.
    w.write(
        "m/qa.csv",
        &format!("{QA_HEADER}{}{}2026-10-05,H1,q1,3,,,,\n2026-10-06,H1,s2,1,,,,\n", clean_samples("H1"), clean_samples("H2")),
    );
    w.write("m/surveys.csv", &department_surveys());
    w.write("m/attendance.csv", "date,agent_id,category,kind,points\n2026-10-07,H1,attendance,late,\n");
    w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--rules", rules, "--lang", "en"]);
    let results = w.read("out/results.csv");
    // 100 − 4 − 5 = 91 work; attendance 5 − 1 (late = 1 in this scheme) = 4; hygiene 5.
    // Money at 10 yuan a point: 910; attendance (4 + 5) × 10 = 90; adjustment 1000; gross 5100.
    check(
        &results,
        "H1",
        &[
            ("work_score", "91"),
            ("attendance_score", "4"),
            ("hygiene_score", "5"),
            ("total_score", "100"),
            ("appraisal_wage", "910.00"),
            ("attendance_bonus", "90.00"),
            ("pay_adjustment", "1000.00"),
            ("gross_pay", "5100.00"),
        ],
    );
    // H2 full marks: 100 × 10 + 10 × 10 + the scheme's own full-marks reward of 80.
    check(&results, "H2", &[("work_score", "100"), ("rewards", "80.00"), ("pay_adjustment", "1180.00"), ("actions", "dept_praise")]);
    // The report's distribution follows the scheme's 100 points: bins span 0..100, 91 falls in
    // 90–99 and 100 in the top bin.
    use calamine::{Data, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(w.path("out/report.xlsx")).unwrap();
    let charts = book.worksheet_range("charts").unwrap();
    let bins: Vec<(String, f64)> =
        charts.rows().skip(1).map(|r| (r[0].to_string(), if let Data::Float(n) = r[1] { n } else { -1.0 })).collect();
    let labels: Vec<&str> = bins.iter().map(|(l, _)| l.as_str()).collect();
    assert_eq!(labels, ["<60", "60–69", "70–79", "80–89", "90–99", "100"]);
    let counts: Vec<f64> = bins.iter().map(|(_, n)| *n).collect();
    assert_eq!(counts, [0.0, 0.0, 0.0, 0.0, 1.0, 1.0]);
}
