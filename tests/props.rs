//! Properties over generated months (SPEC 6 and 1): any row order of the inputs gives
//! byte-identical results.csv and the same deductions; every score stays within its bounds; every
//! money identity holds exactly.

use std::collections::BTreeMap;

use kaohe::cmd::{appraise, MonthArgs};
use kaohe::lang::Lang;
use kaohe::output::tables::{deductions_csv, results_csv};
use kaohe::rules::Rules;
use proptest::prelude::*;
use rust_decimal::Decimal;

const LEAVES: [&str; 8] = ["1a", "1d", "1e", "2b", "3a", "6b", "7a", "5c"];

#[derive(Debug, Clone)]
struct Month {
    agents: Vec<(u8, u16, u16)>,                   // status, base, allowance
    qa: Vec<(usize, u8, Option<usize>, u8, bool)>, // agent, day, leaf, misses, void
    surveys: Vec<(Option<usize>, u8, u8, u8)>,     // agent, day, topic, rating
    attendance: Vec<(usize, u8, bool, u8)>,        // agent, day, hygiene, half-points
    awards: Vec<(usize, u8, u8)>,                  // agent, day, kind
    penalties: Vec<(usize, u8, u8, u8)>,           // agent, day, kind, amount step
}

fn month() -> impl Strategy<Value = Month> {
    (1usize..7).prop_flat_map(|n| {
        (
            prop::collection::vec((0u8..3, 2000u16..6000, 0u16..400), n),
            prop::collection::vec((0..n, 1u8..32, prop::option::of(0..LEAVES.len()), 1u8..4, prop::bool::weighted(0.1)), 0..40),
            prop::collection::vec((prop::option::of(0..n), 1u8..32, 0u8..4, 1u8..6), 0..20),
            prop::collection::vec((0..n, 1u8..32, any::<bool>(), 1u8..5), 0..10),
            prop::collection::vec((0..n, 1u8..32, 0u8..4), 0..6),
            prop::collection::vec((0..n, 1u8..32, 0u8..4, 0u8..11), 0..6),
        )
            .prop_map(|(agents, qa, surveys, attendance, awards, penalties)| Month {
                agents,
                qa,
                surveys,
                attendance,
                awards,
                penalties,
            })
    })
}

fn tables(m: &Month) -> BTreeMap<&'static str, (String, Vec<String>)> {
    let id = |i: usize| format!("{}", 1001 + i);
    let mut t = BTreeMap::new();
    t.insert(
        "agents.csv",
        (
            "agent_id,name,team,status,base_salary,allowance".to_string(),
            m.agents
                .iter()
                .enumerate()
                .map(|(i, (s, b, a))| {
                    format!("{},员工{i},组{},{},{b}.5,{a}", id(i), i % 2, ["regular", "probation", "training"][*s as usize])
                })
                .collect(),
        ),
    );
    t.insert(
        "qa.csv",
        (
            "date,agent_id,item,misses,source,inspector,note,void".to_string(),
            m.qa.iter()
                .map(|(a, d, leaf, misses, void)| match leaf {
                    Some(l) => format!(
                        "2026-10-{:02},{},{},{misses},spot_check,检查{d},,{}",
                        d.min(&31),
                        id(*a),
                        LEAVES[*l],
                        if *void { "是" } else { "" }
                    ),
                    None => format!("2026-10-{:02},{},,,,,,", d.min(&31), id(*a)),
                })
                .collect(),
        ),
    );
    t.insert(
        "surveys.csv",
        (
            "date,customer,agent_id,topic,rating".to_string(),
            m.surveys
                .iter()
                .map(|(a, d, topic, r)| {
                    format!(
                        "2026-10-{:02},客户{d},{},{},{r}",
                        d.min(&31),
                        a.map(id).unwrap_or_default(),
                        ["complaint", "rush", "consult", "general"][*topic as usize]
                    )
                })
                .collect(),
        ),
    );
    t.insert(
        "attendance.csv",
        (
            "date,agent_id,category,kind,points".to_string(),
            m.attendance
                .iter()
                .map(|(a, d, hyg, half)| {
                    format!(
                        "2026-10-{:02},{},{},,{}",
                        d.min(&31),
                        id(*a),
                        if *hyg { "hygiene" } else { "attendance" },
                        Decimal::from(*half) / Decimal::from(2)
                    )
                })
                .collect(),
        ),
    );
    t.insert(
        "awards.csv",
        (
            "date,agent_id,kind".to_string(),
            m.awards
                .iter()
                .map(|(a, d, k)| {
                    format!(
                        "2026-10-{:02},{},{}",
                        d.min(&31),
                        id(*a),
                        ["emergency", "loss_recovery", "customer_praise", "training_excellence"][*k as usize]
                    )
                })
                .collect(),
        ),
    );
    t.insert(
        "penalties.csv",
        (
            "date,agent_id,kind,amount".to_string(),
            m.penalties
                .iter()
                .map(|(a, d, k, step)| {
                    let (kind, amount) = match k {
                        0 => ("major_loss", format!("{}.25", 10 + *step as u32)),
                        1 => ("complaints_or_churn", format!("{}", 100 + 10 * *step as u32)),
                        2 => ("production_chaos", String::new()),
                        _ => ("missing_record", "50".to_string()),
                    };
                    format!("2026-10-{:02},{},{kind},{amount}", d.min(&31), id(*a))
                })
                .collect(),
        ),
    );
    t
}

struct Outputs {
    results: Vec<u8>,
    deductions: String,
    appraised: kaohe::cmd::AppraisedMonth,
}

/// Writes the tables (rows in the given order) and appraises the month through the library.
fn run(tables: &BTreeMap<&'static str, (String, Vec<String>)>, order: &dyn Fn(&str, usize) -> Vec<usize>) -> Outputs {
    let dir = tempfile::tempdir().unwrap();
    for (name, (header, rows)) in tables {
        let mut text = format!("{header}\n");
        for i in order(name, rows.len()) {
            text.push_str(&rows[i]);
            text.push('\n');
        }
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let args =
        MonthArgs { month: "2026-10".parse().unwrap(), input: dir.path().to_path_buf(), rules: None, lang: Lang::En, names: Lang::En };
    let appraised = appraise(&args, &kaohe::model::Keep::All, &|_| Vec::new()).expect("generated months are valid");
    let results = results_csv(&appraised.appraisals);
    let deductions = String::from_utf8(deductions_csv(&appraised.rules, &appraised.checked.data, &appraised.appraisals, Lang::En)).unwrap();
    Outputs { results, deductions, appraised }
}

/// Deduction lines with the `row` column mapped back through the permutation of their file.
fn normalized_deductions(text: &str, maps: &BTreeMap<String, Vec<usize>>) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_reader(text.trim_start_matches('\u{feff}').as_bytes());
    let mut lines: Vec<Vec<String>> = r
        .records()
        .map(|rec| {
            let mut cells: Vec<String> = rec.unwrap().iter().map(String::from).collect();
            if let (Some(map), Ok(row)) = (maps.get(&format!("{}.csv", cells[11])), cells[12].parse::<usize>()) {
                cells[12] = (map[row - 2] + 2).to_string();
            }
            cells
        })
        .collect();
    lines.sort();
    lines
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn row_order_never_changes_the_outputs(m in month(), seed in any::<u64>()) {
        let t = tables(&m);
        let identity = run(&t, &|_, n| (0..n).collect());
        // A deterministic shuffle per file. The roster keeps its order: results.csv lists agents
        // in roster order by definition (SPEC 6); every other table is shuffled.
        let perms: BTreeMap<String, Vec<usize>> = t.iter().filter(|(name, _)| **name != "agents.csv").map(|(name, (_, rows))| {
            let mut p: Vec<usize> = (0..rows.len()).collect();
            let mut s = seed ^ (name.len() as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15);
            for i in (1..p.len()).rev() {
                s = s.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
                p.swap(i, (s >> 33) as usize % (i + 1));
            }
            (name.to_string(), p)
        }).collect();
        let shuffled = run(&t, &|name, n| perms.get(name).cloned().unwrap_or_else(|| (0..n).collect()));
        prop_assert_eq!(&identity.results, &shuffled.results);
        // Deductions name their rows, which move with the shuffle (shuffled row k holds original
        // row perms[k]): mapped back, the same rows are referenced. Rows identical in every cell
        // are interchangeable, so only the set of references is compared.
        let refs = |text: &str, maps: &BTreeMap<String, Vec<usize>>| -> Vec<(String, String)> {
            let mut v: Vec<(String, String)> = normalized_deductions(text, maps).into_iter().map(|c| (c[11].clone(), c[12].clone())).collect();
            v.sort();
            v
        };
        prop_assert_eq!(refs(&identity.deductions, &BTreeMap::new()), refs(&shuffled.deductions, &perms));
        // Every line, apart from its row reference, is the same and in the same place.
        let strip = |text: &str| -> Vec<Vec<String>> {
            let mut r = csv::Reader::from_reader(text.as_bytes());
            r.records().map(|rec| rec.unwrap().iter().enumerate().map(|(i, c)| if i == 12 { String::new() } else { c.to_string() }).collect()).collect()
        };
        prop_assert_eq!(strip(&identity.deductions), strip(&shuffled.deductions));
    }

    #[test]
    fn scores_stay_in_bounds_and_money_adds_up(m in month()) {
        let out = run(&tables(&m), &|_, n| (0..n).collect());
        let rules = Rules::default_rules();
        for a in &out.appraised.appraisals {
            let p = &a.pay;
            prop_assert!(a.work.score >= Decimal::ZERO && a.work.score <= Decimal::from(50));
            prop_assert!(a.work.score >= rules.uncovered_points(), "7 points can never be lost");
            prop_assert!(a.attendance.score >= Decimal::ZERO && a.attendance.score <= rules.attendance.attendance_max);
            prop_assert!(a.hygiene.score >= Decimal::ZERO && a.hygiene.score <= rules.attendance.hygiene_max);
            prop_assert!(a.special.score == Decimal::ZERO || a.special.score == Decimal::from(10));
            prop_assert!(a.total_score <= Decimal::from(65));
            prop_assert_eq!(a.total_score, a.work.score + a.attendance.score + a.hygiene.score + a.special.score);
            prop_assert_eq!(p.pay_adjustment, p.appraisal_wage + p.attendance_bonus + p.special_bonus + p.rewards - p.fines);
            prop_assert_eq!(p.gross_pay, p.base_salary + p.allowance + p.pay_adjustment);
            for amount in [p.base_salary, p.allowance, p.appraisal_wage, p.attendance_bonus, p.special_bonus, p.rewards, p.fines, p.gross_pay] {
                prop_assert_eq!(amount.scale(), 2, "money has exactly two decimals");
            }
            let data = &out.appraised.checked.data;
            let trace = kaohe::score::trace(&rules, data.records.of(a.index));
            let lost: Decimal = trace.leaves.iter().flat_map(|l| &l.evidence).map(|e| e.lost).sum();
            prop_assert_eq!(Decimal::from(50) - lost, a.work.score, "deductions add up to the points lost");
            let att: Decimal = trace.attendance.iter().map(|e| e.lost).sum();
            prop_assert_eq!(a.attendance.max - att, a.attendance.score, "attendance deductions add up");
            let hyg: Decimal = trace.hygiene.iter().map(|e| e.lost).sum();
            prop_assert_eq!(a.hygiene.max - hyg, a.hygiene.score, "hygiene deductions add up");
            if a.agent.status == kaohe::model::Status::Training {
                prop_assert!(a.actions.is_empty());
                prop_assert_eq!(p.gross_pay, p.base_salary - p.fines);
            }
        }
    }
}
