//! Scoring: a pure function of the rules, the month, one agent's records and that agent's
//! earlier months (SPEC 1). No I/O here; every point lost keeps the records that cost it, so
//! statements can trace it back to its row.

use rust_decimal::Decimal;

use crate::model::*;
use crate::month::Month;
use crate::num::STRATEGY;
use crate::pay::{pay, PayComponents, Scores};
use crate::rules::Rules;

/// An agent's appraised month.
#[derive(Debug, Clone)]
pub struct Appraisal {
    pub month: Month,
    pub agent: Agent,
    pub work: WorkScore,
    pub attendance: Subscore,
    pub hygiene: Subscore,
    pub special: SpecialOutcome,
    pub total_score: Decimal,
    pub run: RunInfo,
    pub samples: usize,
    pub satisfaction: Satisfaction,
    pub pay: PayComponents,
    pub actions: Vec<Action>,
}

/// The work score and what every leaf lost (SPEC 1.1).
#[derive(Debug, Clone)]
pub struct WorkScore {
    pub full_marks: Decimal,
    pub score: Decimal,
    /// Every leaf of the rules, in the rules' order.
    pub leaves: Vec<LeafResult>,
}

#[derive(Debug, Clone)]
pub struct LeafResult {
    pub code: String,
    pub item: u32,
    pub points: Decimal,
    /// Counted misses in the month.
    pub misses: u32,
    /// `min(points, per_miss × misses)`.
    pub lost: Decimal,
    pub evidence: Vec<Evidence>,
}

/// A row behind a leaf: a QA finding or a dissatisfied survey answer.
#[derive(Debug, Clone)]
pub struct Evidence {
    pub record: EvidenceRecord,
    pub misses: u32,
    /// Points this row cost after the leaf's cap; 0 when void or when the cap was reached.
    pub lost: Decimal,
    pub counted: bool,
}

#[derive(Debug, Clone)]
pub enum EvidenceRecord {
    Finding(Finding),
    Survey(Survey),
}

impl EvidenceRecord {
    pub fn origin(&self) -> &crate::problem::Origin {
        match self {
            EvidenceRecord::Finding(f) => &f.origin,
            EvidenceRecord::Survey(s) => &s.origin,
        }
    }

    /// Orders evidence by what it says: date, then the rest of its content.
    pub fn content_key(&self) -> (chrono::NaiveDate, u8, String, u32, String, String, bool) {
        match self {
            EvidenceRecord::Finding(f) => (f.date, 0, f.source.code().to_string(), f.misses, f.inspector.clone(), f.note.clone(), f.void),
            EvidenceRecord::Survey(s) => (s.date, 1, s.topic.clone(), s.rating as u32, s.customer.clone(), String::new(), false),
        }
    }

    pub fn date(&self) -> chrono::NaiveDate {
        match self {
            EvidenceRecord::Finding(f) => f.date,
            EvidenceRecord::Survey(s) => s.date,
        }
    }
}

/// Attendance or hygiene: the maximum, less deductions, never below 0 (SPEC 1.2).
#[derive(Debug, Clone)]
pub struct Subscore {
    pub max: Decimal,
    pub deducted: Decimal,
    pub score: Decimal,
    /// Each entry with the points it actually cost (after the floor).
    pub entries: Vec<(AttendanceEntry, Decimal)>,
}

/// The special award and why it was or was not earned (SPEC 1.3).
#[derive(Debug, Clone)]
pub struct SpecialOutcome {
    pub score: Decimal,
    pub awards: Vec<Award>,
    pub reason: SpecialReason,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SpecialReason {
    /// Earned by `count` awards of `kind` (needing `needed`).
    Earned {
        kind: String,
        count: u32,
        needed: u32,
    },
    NoAwards,
    /// Awards, but no kind reached its count.
    NotEnough {
        counts: Vec<(String, u32, u32)>,
    },
    /// Enough awards, but the month's work was not done (SPEC 10.4).
    WorkBelow {
        kind: String,
        work: Decimal,
        min: Decimal,
    },
}

/// Runs of full-marks months (SPEC 1.5, 1.6).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RunInfo {
    /// This month is a full-marks month (on the post, work score at full marks).
    pub full_marks_month: bool,
    /// Length of the current run including this month; 0 if this month is not full.
    pub full_marks_run: u32,
    /// The months of the run, oldest first.
    pub run_months: Vec<Month>,
    /// Full-marks months in this calendar year up to and including this one.
    pub year_full_count: u32,
    /// The previous calendar month from the ledger, if recorded.
    pub previous: Option<PastMonth>,
}

/// Share of the agent's survey answers that are satisfied.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Satisfaction {
    pub answers: usize,
    pub satisfied: usize,
    pub rate: Option<Decimal>,
}

/// Actions the scheme calls for (SPEC 1.6), in this order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Action {
    DeptPraise,
    CompanyPraise,
    RaiseReview,
    Retrain,
    ReassignReview,
}

impl Action {
    pub const ALL: [Action; 5] = [Action::DeptPraise, Action::CompanyPraise, Action::RaiseReview, Action::Retrain, Action::ReassignReview];

    pub fn code(self) -> &'static str {
        match self {
            Action::DeptPraise => "dept_praise",
            Action::CompanyPraise => "company_praise",
            Action::RaiseReview => "raise_review",
            Action::Retrain => "retrain",
            Action::ReassignReview => "reassign_review",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Action::DeptPraise => "部門內部表揚",
            Action::CompanyPraise => "全公司通報表揚",
            Action::RaiseReview => "考慮提高基本工資",
            Action::Retrain => "臨時離崗強化培訓一週",
            Action::ReassignReview => "調換崗位或清退",
        }
    }

    pub fn en(self) -> &'static str {
        match self {
            Action::DeptPraise => "praise within the department",
            Action::CompanyPraise => "company-wide praise",
            Action::RaiseReview => "consider raising the base salary",
            Action::Retrain => "one week off the post for intensive training",
            Action::ReassignReview => "review for transfer or dismissal",
        }
    }
}

/// `dept_praise;company_praise` — the `actions` column of results.csv and of the ledger.
pub fn action_codes(list: &[Action]) -> String {
    list.iter().map(|a| a.code()).collect::<Vec<_>>().join(";")
}

/// Appraises one agent's month. `history` holds the agent's earlier closed months in any order.
pub fn appraise(rules: &Rules, month: Month, agent: &Agent, records: &AgentMonth, history: &[PastMonth]) -> Appraisal {
    let on_post = rules.status_pay(agent.status).on_post;
    let work = work_score(rules, records);
    let attendance = subscore(rules.attendance.attendance_max, records, Category::Attendance);
    let hygiene = subscore(rules.attendance.hygiene_max, records, Category::Hygiene);
    let special = special(rules, work.score, &records.awards);
    let total_score = work.score + attendance.score + hygiene.score + special.score;
    let run = run_info(rules, month, on_post && work.score == rules.scheme.work_full_marks, history);
    let actions = if on_post { actions(rules, work.score, &run) } else { Vec::new() };
    let fines: Decimal = records.penalties.iter().map(|p| p.amount).sum();
    let scores = Scores { work: work.score, attendance: attendance.score, hygiene: hygiene.score, special: special.score };
    let pay = pay(rules, agent, scores, &run, fines);
    Appraisal {
        month,
        agent: agent.clone(),
        work,
        attendance,
        hygiene,
        special,
        total_score,
        run,
        samples: records.sample_dates.len(),
        satisfaction: satisfaction(rules, &records.surveys),
        pay,
        actions,
    }
}

/// SPEC 1.1: 50 − Σ min(points, per_miss × misses); void rows are kept but not counted, and each
/// dissatisfied survey on a mapped topic adds one miss.
pub fn work_score(rules: &Rules, records: &AgentMonth) -> WorkScore {
    let mut leaves = Vec::with_capacity(rules.leaves.len());
    for leaf in &rules.leaves {
        let mut rows: Vec<(EvidenceRecord, u32, bool)> = records
            .findings
            .iter()
            .filter(|f| f.leaf == leaf.code)
            .map(|f| (EvidenceRecord::Finding(f.clone()), f.misses, !f.void))
            .collect();
        for s in &records.surveys {
            let topic_leaf = rules.surveys.topics.iter().find(|t| t.code == s.topic).and_then(|t| t.leaf.as_deref());
            if s.rating <= rules.surveys.dissatisfied_at_most && topic_leaf == Some(leaf.code.as_str()) {
                rows.push((EvidenceRecord::Survey(s.clone()), 1, true));
            }
        }
        // Which row absorbs a leaf's cap follows the rows' content (date first), never their
        // position in the file, so that any row order gives the same deductions (SPEC 6).
        rows.sort_by(|a, b| a.0.content_key().cmp(&b.0.content_key()).then_with(|| a.0.origin().cmp(b.0.origin())));
        let mut remaining = leaf.points;
        let mut misses = 0;
        let evidence = rows
            .into_iter()
            .map(|(record, m, counted)| {
                let lost = if counted { (leaf.per_miss * Decimal::from(m)).min(remaining) } else { Decimal::ZERO };
                if counted {
                    misses += m;
                    remaining -= lost;
                }
                Evidence { record, misses: m, lost, counted }
            })
            .collect();
        leaves.push(LeafResult {
            code: leaf.code.clone(),
            item: leaf.item,
            points: leaf.points,
            misses,
            lost: leaf.points - remaining,
            evidence,
        });
    }
    let lost: Decimal = leaves.iter().map(|l| l.lost).sum();
    WorkScore { full_marks: rules.scheme.work_full_marks, score: rules.scheme.work_full_marks - lost, leaves }
}

/// SPEC 1.2: the maximum less the deductions of one category, never below 0.
fn subscore(max: Decimal, records: &AgentMonth, category: Category) -> Subscore {
    let mut remaining = max;
    let mut deducted = Decimal::ZERO;
    let entries = records
        .attendance
        .iter()
        .filter(|e| e.category == category)
        .map(|e| {
            deducted += e.points;
            let lost = e.points.min(remaining);
            remaining -= lost;
            (e.clone(), lost)
        })
        .collect();
    Subscore { max, deducted, score: remaining, entries }
}

/// SPEC 1.3 and 10.4: the special points, earned by enough awards of one kind while the work
/// score is at least the premise.
fn special(rules: &Rules, work: Decimal, awards: &[Award]) -> SpecialOutcome {
    let counts: Vec<(String, u32, u32)> = rules
        .special
        .awards
        .iter()
        .map(|k| (k.code.clone(), awards.iter().filter(|a| a.kind == k.code).count() as u32, k.needed))
        .filter(|(_, count, _)| *count > 0)
        .collect();
    let earned = counts.iter().find(|(_, count, needed)| count >= needed);
    let reason = match earned {
        _ if awards.is_empty() => SpecialReason::NoAwards,
        None => SpecialReason::NotEnough { counts: counts.clone() },
        Some((kind, _, _)) if work < rules.special.min_work_score => {
            SpecialReason::WorkBelow { kind: kind.clone(), work, min: rules.special.min_work_score }
        }
        Some((kind, count, needed)) => SpecialReason::Earned { kind: kind.clone(), count: *count, needed: *needed },
    };
    let score = if matches!(reason, SpecialReason::Earned { .. }) { rules.special.points } else { Decimal::ZERO };
    SpecialOutcome { score, awards: awards.to_vec(), reason }
}

/// SPEC 1.5–1.6: the run of consecutive full-marks months ending this month (a month missing from
/// the ledger breaks it), the year's count, and the previous month.
pub fn run_info(rules: &Rules, month: Month, full_now: bool, history: &[PastMonth]) -> RunInfo {
    let full = |p: &PastMonth| p.on_post && p.work_score == rules.scheme.work_full_marks;
    let find = |m: Month| history.iter().find(|p| p.month == m);
    let mut run_months = Vec::new();
    if full_now {
        run_months.push(month);
        let mut m = month.prev();
        while let Some(p) = find(m).filter(|p| full(p)) {
            run_months.push(p.month);
            m = m.prev();
        }
        run_months.reverse();
    }
    let year_full_count =
        if full_now { 1 + history.iter().filter(|p| p.month.year == month.year && p.month < month && full(p)).count() as u32 } else { 0 };
    RunInfo {
        full_marks_month: full_now,
        full_marks_run: run_months.len() as u32,
        run_months,
        year_full_count,
        previous: find(month.prev()).cloned(),
    }
}

/// SPEC 1.6, for an agent on the post.
pub fn actions(rules: &Rules, work: Decimal, run: &RunInfo) -> Vec<Action> {
    let a = &rules.actions;
    let n = run.full_marks_run;
    let mut out = Vec::new();
    if run.full_marks_month {
        out.push(Action::DeptPraise);
    }
    if n > 0 && n.is_multiple_of(a.company_praise_run) {
        out.push(Action::CompanyPraise);
    }
    if (n > 0 && n.is_multiple_of(a.raise_run)) || (run.full_marks_month && run.year_full_count == a.raise_year_count) {
        out.push(Action::RaiseReview);
    }
    if work < a.retrain_below {
        out.push(Action::Retrain);
    }
    if work < a.reassign_below && run.previous.as_ref().is_some_and(|p| p.on_post && p.work_score < a.reassign_below) {
        out.push(Action::ReassignReview);
    }
    out
}

fn satisfaction(rules: &Rules, surveys: &[Survey]) -> Satisfaction {
    let answers = surveys.len();
    let satisfied = surveys.iter().filter(|s| s.rating >= rules.surveys.satisfied_at_least).count();
    let rate = (answers > 0).then(|| {
        let mut r =
            (Decimal::from(satisfied as u64) / Decimal::from(answers as u64)).round_dp_with_strategy(rules.rounding.rate_places, STRATEGY);
        r.rescale(rules.rounding.rate_places);
        r
    });
    Satisfaction { answers, satisfied, rate }
}

/// Appraises every agent on the roster, in roster order.
pub fn appraise_month(rules: &Rules, month: Month, data: &MonthData, history: &dyn Fn(&str) -> Vec<PastMonth>) -> Vec<Appraisal> {
    let empty = AgentMonth::default();
    data.agents
        .iter()
        .map(|agent| appraise(rules, month, agent, data.by_agent.get(&agent.id).unwrap_or(&empty), &history(&agent.id)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::problem::Origin;
    use std::str::FromStr;

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    fn m(s: &str) -> Month {
        s.parse().unwrap()
    }

    fn agent(status: Status) -> Agent {
        Agent {
            id: "1".into(),
            name: "甲".into(),
            team: String::new(),
            status,
            base_salary: d("3000"),
            allowance: d("200"),
            origin: Origin::file("agents.csv"),
        }
    }

    fn past(month: &str, work: &str) -> PastMonth {
        PastMonth { month: m(month), work_score: d(work), on_post: true }
    }

    fn finding(leaf: &str, misses: u32) -> Finding {
        Finding {
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(),
            agent_id: "1".into(),
            leaf: leaf.into(),
            misses,
            source: Source::SpotCheck,
            inspector: String::new(),
            note: String::new(),
            void: false,
            origin: Origin::file("qa.csv").at_row(2),
        }
    }

    fn codes(a: &Appraisal) -> Vec<&'static str> {
        a.actions.iter().map(|x| x.code()).collect()
    }

    #[test]
    fn a_leaf_never_loses_more_than_its_points() {
        let rules = Rules::default_rules();
        let records = AgentMonth { findings: vec![finding("1d", 3), finding("6b", 2), finding("7a", 9)], ..Default::default() };
        let w = work_score(&rules, &records);
        // 1d: min(2, 3) = 2; 6b: min(1, 2) = 1; 7a: min(5, 9) = 5 → 50 − 8 = 42.
        assert_eq!(w.score, d("42"));
        assert_eq!(w.leaves.iter().find(|l| l.code == "7a").unwrap().lost, d("5"));
    }

    #[test]
    fn the_third_full_month_in_a_row_pays_200_and_earns_company_praise() {
        let rules = Rules::default_rules();
        let history = [past("2026-08", "50"), past("2026-09", "50")];
        let a = appraise(&rules, m("2026-10"), &agent(Status::Regular), &AgentMonth::default(), &history);
        assert_eq!(a.run.full_marks_run, 3);
        assert_eq!(a.run.run_months, vec![m("2026-08"), m("2026-09"), m("2026-10")]);
        assert_eq!(a.pay.rewards, d("250.00")); // 50 full marks + 200 for the run of 3
        assert_eq!(codes(&a), ["dept_praise", "company_praise"]);
    }

    #[test]
    fn a_month_missing_from_the_ledger_breaks_the_run() {
        let rules = Rules::default_rules();
        let history = [past("2026-07", "50"), past("2026-09", "50")];
        let a = appraise(&rules, m("2026-10"), &agent(Status::Regular), &AgentMonth::default(), &history);
        assert_eq!(a.run.full_marks_run, 2);
        assert_eq!(a.pay.rewards, d("50.00"));
        assert_eq!(codes(&a), ["dept_praise"]);
    }

    #[test]
    fn six_in_a_row_or_the_eleventh_of_the_year_calls_for_a_raise_review() {
        let rules = Rules::default_rules();
        let six: Vec<PastMonth> = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08"].iter().map(|x| past(x, "50")).collect();
        let a = appraise(&rules, m("2026-09"), &agent(Status::Regular), &AgentMonth::default(), &six);
        assert_eq!(a.run.full_marks_run, 6);
        assert_eq!(codes(&a), ["dept_praise", "company_praise", "raise_review"]);
        // Ten full months Jan–Oct with a broken run (June was 49), the 11th in November.
        let mut year: Vec<PastMonth> = (1..=10).map(|i| past(&format!("2026-{i:02}"), if i == 6 { "49" } else { "50" })).collect();
        year.push(past("2025-12", "50"));
        let a = appraise(&rules, m("2026-11"), &agent(Status::Regular), &AgentMonth::default(), &year);
        assert_eq!(a.run.year_full_count, 10, "June was not full: November is the 10th");
        year[5] = past("2026-06", "50");
        let a = appraise(&rules, m("2026-11"), &agent(Status::Regular), &AgentMonth::default(), &year);
        assert_eq!(a.run.year_full_count, 11);
        assert_eq!(a.run.full_marks_run, 12, "Dec 2025 through Nov 2026");
        assert_eq!(codes(&a), ["dept_praise", "company_praise", "raise_review"]);
    }

    #[test]
    fn a_second_month_below_25_calls_for_reassignment() {
        let rules = Rules::default_rules();
        let records = AgentMonth {
            findings: ["1a", "1b", "1c", "1d", "1e", "2a", "2b", "2c", "2d", "2e"]
                .iter()
                .map(|l| finding(l, 2))
                .chain([finding("7a", 5), finding("6a", 1)])
                .collect(),
            ..Default::default()
        };
        let a = appraise(&rules, m("2026-10"), &agent(Status::Regular), &records, &[past("2026-09", "24.5")]);
        assert_eq!(a.work.score, d("24"));
        assert_eq!(codes(&a), ["retrain", "reassign_review"]);
        let first = appraise(&rules, m("2026-10"), &agent(Status::Regular), &records, &[past("2026-08", "20")]);
        assert_eq!(codes(&first), ["retrain"], "August is not the previous month");
    }

    #[test]
    fn training_months_earn_nothing_and_break_no_rule_of_pay() {
        let rules = Rules::default_rules();
        let a = appraise(&rules, m("2026-10"), &agent(Status::Training), &AgentMonth::default(), &[past("2026-09", "50")]);
        assert_eq!(a.work.score, d("50"));
        assert!(!a.run.full_marks_month);
        assert_eq!(a.run.full_marks_run, 0);
        assert!(a.actions.is_empty());
        assert_eq!(
            (a.pay.allowance, a.pay.appraisal_wage, a.pay.rewards, a.pay.gross_pay),
            (d("0.00"), d("0.00"), d("0.00"), d("3000.00"))
        );
        // A training month in the ledger breaks a later run.
        let history = [PastMonth { month: m("2026-09"), work_score: d("50"), on_post: false }, past("2026-08", "50")];
        let b = appraise(&rules, m("2026-10"), &agent(Status::Regular), &AgentMonth::default(), &history);
        assert_eq!(b.run.full_marks_run, 1);
    }

    #[test]
    fn satisfaction_rounds_half_away_from_zero_to_four_places() {
        let rules = Rules::default_rules();
        let survey = |rating: u8| Survey {
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, 5).unwrap(),
            customer: String::new(),
            agent_id: Some("1".into()),
            topic: "general".into(),
            rating,
            origin: Origin::file("surveys.csv"),
        };
        let s = satisfaction(&rules, &[survey(5), survey(4), survey(3)]);
        assert_eq!(s.rate, Some(d("0.6667")));
        let s = satisfaction(&rules, &[survey(5), survey(1), survey(1), survey(1), survey(1), survey(1), survey(1), survey(1)]);
        assert_eq!(s.rate.unwrap().to_string(), "0.1250");
        assert_eq!(satisfaction(&rules, &[]).rate, None);
    }
}
