//! `kaohe inspectors` and the inspectors sheet of report.xlsx: an inspector who cites twice as
//! often as the other is flagged (and the other flagged as more lenient), inspectors who judge
//! alike are not, a cell naming two people is the pair's own row, findings from feedback are
//! left out, and the counts, points and overturned share are the ones worked out by hand below.

mod common;

use common::*;
use serde_json::Value;

/// One-point leaves (1 per miss): an agent's findings on distinct ones each cost exactly 1.
const LEAVES: [&str; 18] = ["3a", "3b", "3c", "3d", "3e", "4a", "4b", "4c", "5a", "5b", "5c", "5d", "6a", "6b", "6c", "6d", "6e", "6f"];

/// `inspectors`: (name in the cell, agents checked on days 3, 13 and 23, findings, of which
/// upheld on appeal). Each agent's findings are on distinct one-point leaves, dealt round the
/// inspector's agents.
fn month(w: &Workdir, inspectors: &[(&str, usize, usize, usize)]) {
    let mut agents = String::from(AGENTS_HEADER);
    let mut qa = String::from("date,agent_id,item,misses,source,inspector,note,appeal\n");
    let mut next = 0;
    for (cell, n, findings, upheld) in inspectors {
        let ids: Vec<String> = (0..*n).map(|i| format!("A{:03}", next + i)).collect();
        next += n;
        for id in &ids {
            agents.push_str(&format!("{id},客服{id},一组,regular,3000,0\n"));
            for d in [3, 13, 23] {
                qa.push_str(&format!("2026-10-{d:02},{id},,,spot_check,{cell},,\n"));
            }
        }
        for f in 0..*findings {
            let (id, leaf) = (&ids[f % n], LEAVES[f / n]);
            let appeal = if f < *upheld { "upheld" } else { "" };
            qa.push_str(&format!("2026-10-13,{id},{leaf},1,spot_check,{cell},,{appeal}\n"));
        }
    }
    // A department feedback finding: not a spot check, not in the comparison.
    qa.push_str("2026-10-20,A000,1a,1,dept_feedback,王经理,,\n");
    w.write("m/agents.csv", &agents);
    w.write("m/qa.csv", &qa);
    w.write("m/surveys.csv", &department_surveys());
}

fn calibration(w: &Workdir) -> Value {
    let out = w.ok(&["inspectors", "--month", "2026-10", "--input", "m", "--json", "--lang", "en"]);
    let doc: Value = serde_json::from_str(&out).unwrap();
    doc["calibration"].clone()
}

fn line<'v>(cal: &'v Value, name: &str) -> &'v Value {
    cal["inspectors"].as_array().unwrap().iter().find(|l| l["inspector"] == name).unwrap_or_else(|| panic!("no {name} in {cal}"))
}

#[test]
fn an_inspector_citing_twice_as_often_is_flagged_and_the_other_is_more_lenient() {
    let w = Workdir::new();
    // 30 agents each: 90 samples each; 40 findings (4 upheld) against 20.
    month(&w, &[("李主管", 30, 40, 4), ("张人事", 30, 20, 0)]);
    let cal = calibration(&w);
    let strict = line(&cal, "李主管");
    assert_eq!(strict["samples"], 90);
    assert_eq!(strict["agents"], 30);
    assert_eq!(strict["days"], 3);
    assert_eq!(strict["findings"], 40);
    assert_eq!(strict["findings_per_sample"], "0.4444");
    // 36 counted findings on distinct one-point leaves: 36 points, 0.4 a sample.
    assert_eq!(strict["points_lost"], "36");
    assert_eq!(strict["points_per_sample"], "0.4");
    assert_eq!(strict["overturned"], 4);
    assert_eq!(strict["overturned_share"], "0.1");
    // Leaves dealt round 30 agents: 3a 30 times, 3b 10 times.
    assert_eq!(strict["top_leaves"], serde_json::json!([["3a", 30], ["3b", 10]]));
    let t = &strict["test"];
    assert_eq!(t["others_findings"], 20);
    assert_eq!(t["rate_ratio"], "2");
    // 40 of 60 findings where equal rates give each half: exact two-sided p = 0.013489 (summed
    // with Python's math.comb); two inspectors are one comparison, so it is not adjusted.
    assert!((t["p_value"].as_f64().unwrap() - 0.013_489_293_7).abs() < 1e-9, "{t}");
    assert_eq!(t["adjusted_p"], t["p_value"]);
    assert_eq!(t["flagged"], true);
    assert_eq!(t["direction"], "stricter");
    let lenient = &line(&cal, "张人事")["test"];
    assert_eq!((lenient["flagged"].as_bool(), lenient["direction"].as_str()), (Some(true), Some("more_lenient")));
    assert_eq!(cal["other_findings"], 1);

    let text = w.ok(&["inspectors", "--month", "2026-10", "--input", "m", "--lang", "en"]);
    assert!(
        text.contains("李主管 cites 0.4444 findings per sample, the others 0.2222: stricter than chance explains (adjusted p = 0.0135)."),
        "{text}"
    );
    assert!(text.contains("张人事 cites 0.2222 findings per sample, the others 0.4444: more lenient"), "{text}");
    assert!(text.contains("Test: exact conditional test of two Poisson rates"), "{text}");
    let zh = w.ok(&["inspectors", "--month", "2026-10", "--input", "m", "--lang", "zh"]);
    assert!(zh.contains("李主管 每次抽查 0.4444 个问题,其他人 0.2222:偏严"), "{zh}");
}

#[test]
fn inspectors_who_judge_alike_are_not_flagged() {
    let w = Workdir::new();
    month(&w, &[("李主管", 30, 30, 0), ("张人事", 30, 30, 0)]);
    let cal = calibration(&w);
    for name in ["李主管", "张人事"] {
        let t = &line(&cal, name)["test"];
        assert_eq!(t["flagged"], false, "{t}");
        assert!(t["p_value"].as_f64().unwrap() > 0.99, "{t}");
    }
    let text = w.ok(&["inspectors", "--month", "2026-10", "--input", "m", "--lang", "en"]);
    assert!(text.contains("No inspector's finding rate differs from the others' beyond chance."), "{text}");
}

#[test]
fn a_cell_naming_two_people_is_the_pairs_row_and_three_comparisons_are_adjusted() {
    let w = Workdir::new();
    // The pair checks 15 agents (45 samples) and cites 30; the two alone 90 samples and 20 each.
    // Written both ways round and with a full-width plus: still one pair.
    month(&w, &[("主管+人事", 8, 16, 0), ("人事 ＋ 主管", 7, 14, 0), ("李主管", 30, 20, 0), ("张人事", 30, 20, 0)]);
    let cal = calibration(&w);
    assert_eq!(cal["tests"], 3);
    let mut pair_name = ["人事", "主管"];
    pair_name.sort();
    let pair = line(&cal, &pair_name.join("+"));
    assert_eq!(pair["people"], serde_json::json!(pair_name));
    assert_eq!((pair["samples"].as_u64(), pair["findings"].as_u64()), (Some(45), Some(30)));
    // 30 of 70 findings where equal rates give the pair 45/225 = 0.2: p = 1.4573e-5, × 3.
    let t = &pair["test"];
    assert!((t["p_value"].as_f64().unwrap() - 1.457_318e-5).abs() < 1e-10, "{t}");
    assert!((t["adjusted_p"].as_f64().unwrap() - 3.0 * 1.457_318e-5).abs() < 1e-9, "{t}");
    assert_eq!((t["flagged"].as_bool(), t["direction"].as_str()), (Some(true), Some("stricter")));
    // 20 of 70 at 0.4: p = 0.05166, × 3 = 0.155: more lenient than the rest, but within chance.
    let alone = &line(&cal, "李主管")["test"];
    assert!((alone["p_value"].as_f64().unwrap() - 0.051_664_48).abs() < 1e-7, "{alone}");
    assert_eq!((alone["flagged"].as_bool(), alone["direction"].as_str()), (Some(false), Some("more_lenient")));
}

#[test]
fn report_xlsx_has_the_inspectors_sheet_and_one_inspector_is_not_compared() {
    use calamine::{open_workbook, Data, Reader, Xlsx};
    let w = Workdir::new();
    month(&w, &[("李主管", 10, 5, 1)]);
    w.ok(&["run", "--month", "2026-10", "--input", "m", "--out", "out", "--lang", "en"]);
    let mut book: Xlsx<_> = open_workbook(w.path("out/report.xlsx")).unwrap();
    let sheet = book.worksheet_range("inspectors").unwrap();
    assert_eq!(sheet.get((0, 0)), Some(&Data::String("inspector".into())));
    assert_eq!(sheet.get((1, 0)), Some(&Data::String("李主管".into())));
    assert_eq!(sheet.get((1, 1)), Some(&Data::Float(30.0)), "samples");
    assert_eq!(sheet.get((1, 4)), Some(&Data::Float(5.0)), "findings");
    assert_eq!(sheet.get((1, 11)), Some(&Data::Float(0.2)), "overturned share");
    assert_eq!(sheet.get((1, 16)), Some(&Data::String("-".into())), "not tested");
    let notes: Vec<String> = sheet.rows().skip(2).map(|r| r[0].to_string()).collect();
    assert!(notes.iter().any(|n| n.starts_with("Only one inspector")), "{notes:?}");
}
