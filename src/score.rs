//! Scoring: a pure function of the rules, the month, one agent's tally and that agent's earlier
//! months (SPEC 1). No I/O here. The score needs only counts and sums ([`Tally`]); which row cost
//! which point is worked out afterwards by [`trace`], with the same cap and floor functions, so
//! that the points a statement shows row by row always add up to the score.

use std::sync::Arc;

use rust_decimal::Decimal;

use crate::model::*;
use crate::month::Month;
use crate::num::STRATEGY;
use crate::pay::{pay, PayComponents, Scores};
use crate::rules::{Leaf, Rules};

/// An agent's appraised month.
#[derive(Debug, Clone)]
pub struct Appraisal {
    pub month: Month,
    /// The agent's place on the roster.
    pub index: AgentIdx,
    pub agent: Arc<Agent>,
    pub work: WorkScore,
    pub attendance: Subscore,
    pub hygiene: Subscore,
    pub special: SpecialOutcome,
    pub total_score: Decimal,
    pub run: RunInfo,
    pub samples: u32,
    pub satisfaction: Satisfaction,
    pub pay: PayComponents,
    pub actions: Vec<Action>,
}

/// The work score (SPEC 1.1).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WorkScore {
    pub full_marks: Decimal,
    pub score: Decimal,
    /// Points lost over all leaves.
    pub lost: Decimal,
}

/// Attendance or hygiene: the maximum, less deductions, never below 0 (SPEC 1.2).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Subscore {
    pub max: Decimal,
    pub deducted: Decimal,
    pub score: Decimal,
}

/// The special award and why it was or was not earned (SPEC 1.3).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SpecialOutcome {
    pub score: Decimal,
    pub reason: SpecialReason,
}

#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case", tag = "result")]
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
    pub answers: u32,
    pub satisfied: u32,
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
    /// Its name in the language, from the catalogs (`action-<code>`).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("action-{}", self.code()), None)
    }

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
}

/// `dept_praise;company_praise` — the `actions` column of results.csv and of the ledger.
pub fn action_codes(list: &[Action]) -> String {
    list.iter().map(|a| a.code()).collect::<Vec<_>>().join(";")
}

/// SPEC 1.1: what a leaf loses for `misses` counted misses, `min(points, per_miss × misses)`.
/// The one place the cap is computed: the score uses it on the month's total and [`trace`] on
/// running totals, so the rows' shares add up to the leaf's loss.
pub fn leaf_lost(leaf: &Leaf, misses: u64) -> Decimal {
    match leaf.per_miss.checked_mul(Decimal::from(misses)) {
        Some(cost) => cost.min(leaf.points),
        None => leaf.points, // past Decimal's range, and so far past any leaf's points
    }
}

/// SPEC 1.2: what `deducted` points take from a maximum of `max`, never more than `max`.
pub fn floored(max: Decimal, deducted: Decimal) -> Decimal {
    deducted.min(max).max(Decimal::ZERO)
}

/// Appraises one agent's month from its tally. `history` holds the agent's earlier closed months
/// in any order.
pub fn appraise(rules: &Rules, month: Month, data: &MonthData, index: AgentIdx, history: &[PastMonth]) -> Appraisal {
    let agent = &data.agents[index as usize];
    let tally = &data.tallies[index as usize];
    let on_post = rules.status_pay(agent.status).on_post;
    let work = work_score(rules, |leaf| data.misses(index, leaf));
    let attendance = subscore(rules.attendance.attendance_max, tally.attendance_deducted);
    let hygiene = subscore(rules.attendance.hygiene_max, tally.hygiene_deducted);
    let special = special(rules, work.score, |kind| data.awards(index, kind));
    let total_score = work.score + attendance.score + hygiene.score + special.score;
    let run = run_info(month, on_post && work.score == rules.scheme.work_full_marks, history);
    let actions = if on_post { actions(rules, work.score, &run) } else { Vec::new() };
    let scores = Scores { work: work.score, attendance: attendance.score, hygiene: hygiene.score, special: special.score };
    let pay = pay(rules, agent, scores, &run, tally.fines);
    Appraisal {
        month,
        index,
        agent: Arc::clone(agent),
        work,
        attendance,
        hygiene,
        special,
        total_score,
        run,
        samples: tally.samples(),
        satisfaction: satisfaction(rules, tally.survey_answers, tally.survey_satisfied),
        pay,
        actions,
    }
}

/// SPEC 1.1: full marks less what every leaf lost, given each leaf's counted misses (void rows
/// are not counted; each dissatisfied survey on a mapped topic is one miss).
pub fn work_score(rules: &Rules, misses: impl Fn(usize) -> u64) -> WorkScore {
    let lost: Decimal = rules.leaves.iter().enumerate().map(|(i, leaf)| leaf_lost(leaf, misses(i))).sum();
    WorkScore { full_marks: rules.scheme.work_full_marks, score: rules.scheme.work_full_marks - lost, lost }
}

/// SPEC 1.2: the maximum less the deductions of one category, never below 0.
fn subscore(max: Decimal, deducted: Decimal) -> Subscore {
    Subscore { max, deducted, score: max - floored(max, deducted) }
}

/// SPEC 1.3 and 10.4: the special points, earned by enough awards of one kind while the work
/// score is at least the premise.
fn special(rules: &Rules, work: Decimal, count_of: impl Fn(usize) -> u32) -> SpecialOutcome {
    let counts: Vec<(String, u32, u32)> = rules
        .special
        .awards
        .iter()
        .enumerate()
        .map(|(i, k)| (k.code.clone(), count_of(i), k.needed))
        .filter(|(_, count, _)| *count > 0)
        .collect();
    let earned = counts.iter().find(|(_, count, needed)| count >= needed);
    let reason = match earned {
        _ if counts.is_empty() => SpecialReason::NoAwards,
        None => SpecialReason::NotEnough { counts: counts.clone() },
        Some((kind, _, _)) if work < rules.special.min_work_score => {
            SpecialReason::WorkBelow { kind: kind.clone(), work, min: rules.special.min_work_score }
        }
        Some((kind, count, needed)) => SpecialReason::Earned { kind: kind.clone(), count: *count, needed: *needed },
    };
    let score = if matches!(reason, SpecialReason::Earned { .. }) { rules.special.points } else { Decimal::ZERO };
    SpecialOutcome { score, reason }
}

/// SPEC 1.5–1.6: the run of consecutive full-marks months ending this month (a month missing from
/// the ledger breaks it), the year's count, and the previous month. Each earlier month is judged
/// by its own rules' full marks (SPEC 4: rules follow the month), so no rules are needed here.
pub fn run_info(month: Month, full_now: bool, history: &[PastMonth]) -> RunInfo {
    let full = |p: &PastMonth| p.is_full_marks();
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
    if work < a.reassign_below && run.previous.as_ref().is_some_and(|p| p.on_post && p.work_score < p.reassign_below) {
        out.push(Action::ReassignReview);
    }
    out
}

fn satisfaction(rules: &Rules, answers: u32, satisfied: u32) -> Satisfaction {
    let rate = (answers > 0).then(|| {
        let mut r = (Decimal::from(satisfied) / Decimal::from(answers)).round_dp_with_strategy(rules.rounding.rate_places, STRATEGY);
        r.rescale(rules.rounding.rate_places);
        r
    });
    Satisfaction { answers, satisfied, rate }
}

/// Appraises every agent on the roster, in roster order.
pub fn appraise_month(rules: &Rules, month: Month, data: &MonthData, history: &dyn Fn(&str) -> Vec<PastMonth>) -> Vec<Appraisal> {
    (0..data.agents.len() as AgentIdx).map(|i| appraise(rules, month, data, i, &history(&data.agents[i as usize].id))).collect()
}

// ---------------------------------------------------------------------------------------------
// Attribution: which row cost which point.

/// A row behind a leaf: a QA finding or a dissatisfied survey answer.
#[derive(Debug, Clone, Copy)]
pub enum EvidenceRecord<'m> {
    Finding(&'m Finding),
    Survey(&'m Survey),
}

impl EvidenceRecord<'_> {
    pub fn at(&self) -> RowRef {
        match self {
            EvidenceRecord::Finding(f) => f.at,
            EvidenceRecord::Survey(s) => s.at,
        }
    }

    pub fn date(&self) -> chrono::NaiveDate {
        match self {
            EvidenceRecord::Finding(f) => f.date,
            EvidenceRecord::Survey(s) => s.date,
        }
    }

    /// Orders evidence by what it says — date first, then the rest of its content — and only
    /// then by where it is, so that any row order of the input gives the same deductions.
    fn cmp_content(&self, other: &Self, rules: &Rules) -> std::cmp::Ordering {
        let key = |e: &Self| match *e {
            EvidenceRecord::Finding(f) => (f.date, 0u8, f.source.code(), f.misses, &*f.inspector, &*f.note, !f.counted()),
            EvidenceRecord::Survey(s) => {
                (s.date, 1u8, rules.surveys.topics[s.topic as usize].code.as_str(), s.rating as u32, &*s.customer, "", false)
            }
        };
        key(self).cmp(&key(other)).then_with(|| self.at().cmp(&other.at()))
    }
}

/// One row's share of a leaf's loss.
#[derive(Debug, Clone)]
pub struct Evidence<'m> {
    pub record: EvidenceRecord<'m>,
    pub misses: u32,
    /// Points this row cost after the leaf's cap; 0 when void or when the cap was reached.
    pub lost: Decimal,
    pub counted: bool,
}

/// A leaf with rows behind it.
#[derive(Debug, Clone)]
pub struct LeafTrace<'m> {
    /// The leaf's index in the rules.
    pub leaf: usize,
    /// Counted misses.
    pub misses: u64,
    pub lost: Decimal,
    pub evidence: Vec<Evidence<'m>>,
}

/// An attendance or hygiene row and the points it cost after the floor.
#[derive(Debug, Clone)]
pub struct EntryTrace<'m> {
    pub entry: &'m AttendanceEntry,
    pub lost: Decimal,
}

/// Every row behind an agent's scores, with its share.
#[derive(Debug, Clone, Default)]
pub struct Trace<'m> {
    /// Leaves with rows, in the rules' order.
    pub leaves: Vec<LeafTrace<'m>>,
    pub attendance: Vec<EntryTrace<'m>>,
    pub hygiene: Vec<EntryTrace<'m>>,
    /// Survey answers that cost no point (satisfied, neutral, or on an unscored topic).
    pub other_surveys: Vec<&'m Survey>,
    pub awards: Vec<&'m Award>,
    pub penalties: Vec<&'m Penalty>,
}

/// Works out, from an agent's kept rows, which row cost which point: each leaf's rows in content
/// order share its loss as the cap allows ([`leaf_lost`] on running totals), each category's
/// deductions share its points as the floor allows.
pub fn trace<'m>(rules: &Rules, records: AgentRecords<'m>) -> Trace<'m> {
    let mut by_leaf: Vec<Vec<EvidenceRecord<'m>>> = vec![Vec::new(); rules.leaves.len()];
    for f in records.findings {
        by_leaf[f.leaf as usize].push(EvidenceRecord::Finding(f));
    }
    let mut other_surveys = Vec::new();
    for s in records.surveys {
        match survey_leaf(rules, s) {
            Some(leaf) => by_leaf[leaf].push(EvidenceRecord::Survey(s)),
            None => other_surveys.push(s),
        }
    }
    let mut leaves = Vec::new();
    for (i, mut rows) in by_leaf.into_iter().enumerate() {
        if rows.is_empty() {
            continue;
        }
        rows.sort_by(|a, b| a.cmp_content(b, rules));
        let leaf = &rules.leaves[i];
        let mut misses = 0u64;
        let evidence = rows
            .into_iter()
            .map(|record| {
                let (m, counted) = match record {
                    EvidenceRecord::Finding(f) => (f.misses, f.counted()),
                    EvidenceRecord::Survey(_) => (1, true),
                };
                let lost = if counted {
                    let before = leaf_lost(leaf, misses);
                    misses += u64::from(m);
                    leaf_lost(leaf, misses) - before
                } else {
                    Decimal::ZERO
                };
                Evidence { record, misses: m, lost, counted }
            })
            .collect();
        leaves.push(LeafTrace { leaf: i, misses, lost: leaf_lost(leaf, misses), evidence });
    }
    let kind = |k: Option<u16>| k.and_then(|k| rules.attendance.kinds.get(k as usize)).map(|k| k.code.as_str());
    let mut entries: Vec<&AttendanceEntry> = records.attendance.iter().collect();
    entries.sort_by(|a, b| {
        (a.date, a.category, kind(a.kind), a.points, &a.note, a.at).cmp(&(b.date, b.category, kind(b.kind), b.points, &b.note, b.at))
    });
    let share = |category: Category, max: Decimal| {
        let mut deducted = Decimal::ZERO;
        entries
            .iter()
            .filter(|e| e.category == category)
            .map(|e| {
                let before = floored(max, deducted);
                deducted = deducted.saturating_add(e.points);
                EntryTrace { entry: e, lost: floored(max, deducted) - before }
            })
            .collect::<Vec<_>>()
    };
    let attendance = share(Category::Attendance, rules.attendance.attendance_max);
    let hygiene = share(Category::Hygiene, rules.attendance.hygiene_max);
    let award = |k: u16| rules.special.awards.get(k as usize).map(|k| k.code.as_str());
    let mut awards: Vec<&Award> = records.awards.iter().collect();
    awards.sort_by(|a, b| {
        (a.date, award(a.kind), &a.note, &a.approved_by, a.at).cmp(&(b.date, award(b.kind), &b.note, &b.approved_by, b.at))
    });
    let fine = |k: u16| rules.penalties.get(k as usize).map(|k| k.code.as_str());
    let mut penalties: Vec<&Penalty> = records.penalties.iter().collect();
    penalties.sort_by(|a, b| {
        (a.date, fine(a.kind), a.amount, &a.note, &a.approved_by, a.at).cmp(&(
            b.date,
            fine(b.kind),
            b.amount,
            &b.note,
            &b.approved_by,
            b.at,
        ))
    });
    let topic = |t: u16| rules.surveys.topics.get(t as usize).map(|t| t.code.as_str());
    other_surveys
        .sort_by(|a, b| (a.date, topic(a.topic), a.rating, &a.customer, a.at).cmp(&(b.date, topic(b.topic), b.rating, &b.customer, b.at)));
    Trace { leaves, attendance, hygiene, other_surveys, awards, penalties }
}

/// The leaf a survey answer costs a miss on: a dissatisfied answer on a topic mapped to a leaf.
pub fn survey_leaf(rules: &Rules, s: &Survey) -> Option<usize> {
    if s.rating > rules.surveys.dissatisfied_at_most {
        return None;
    }
    let code = rules.surveys.topics.get(s.topic as usize)?.leaf.as_deref()?;
    rules.leaves.iter().position(|l| l.code == code)
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

    /// A month of one agent, with `misses` counted on leaves by code.
    fn month_of(rules: &Rules, status: Status, misses: &[(&str, u64)]) -> MonthData {
        let agent = Agent {
            id: "1".into(),
            name: "甲".into(),
            team: String::new(),
            status,
            base_salary: d("3000"),
            allowance: d("200"),
            origin: Origin::file("agents.csv"),
        };
        let mut data = MonthData {
            agents: vec![Arc::new(agent)],
            tallies: vec![Tally::default()],
            leaf_misses: vec![0; rules.leaves.len()],
            award_counts: vec![0; rules.special.awards.len()],
            leaves: rules.leaves.len(),
            award_kinds: rules.special.awards.len(),
            ..Default::default()
        };
        for (code, n) in misses {
            let i = rules.leaves.iter().position(|l| l.code == *code).unwrap();
            data.leaf_misses[i] += n;
        }
        data
    }

    fn past(month: &str, work: &str) -> PastMonth {
        PastMonth { month: m(month), work_score: d(work), on_post: true, full_marks: d("50"), reassign_below: d("25") }
    }

    fn codes(a: &Appraisal) -> Vec<&'static str> {
        a.actions.iter().map(|x| x.code()).collect()
    }

    fn finding(rules: &Rules, leaf: &str, day: u32, misses: u32, upheld: bool, row: u32) -> Finding {
        Finding {
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, day).unwrap(),
            agent: 0,
            leaf: rules.leaves.iter().position(|l| l.code == leaf).unwrap() as u16,
            misses,
            source: Source::SpotCheck,
            inspector: "".into(),
            note: "".into(),
            appeal: if upheld { Appeal::Upheld } else { Appeal::None },
            appeal_note: "".into(),
            decided_by: "".into(),
            decided_on: None,
            at: RowRef { table: 1, row },
        }
    }

    #[test]
    fn a_leaf_never_loses_more_than_its_points() {
        let rules = Rules::default_rules();
        let data = month_of(&rules, Status::Regular, &[("1d", 3), ("6b", 2), ("7a", 9)]);
        let a = appraise(&rules, m("2026-10"), &data, 0, &[]);
        // 1d: min(2, 3) = 2; 6b: min(1, 2) = 1; 7a: min(5, 9) = 5 → 50 − 8 = 42.
        assert_eq!(a.work.score, d("42"));
        assert_eq!(leaf_lost(rules.leaf("7a").unwrap(), 9), d("5"));
        assert_eq!(leaf_lost(rules.leaf("7a").unwrap(), u64::MAX), d("5"), "no overflow, still capped");
    }

    #[test]
    fn the_rows_of_a_leaf_share_its_loss_in_date_order_and_add_up_to_it() {
        let rules = Rules::default_rules();
        // 1d is worth 2, one point a miss: three rows of 1, 2 and 1 misses, one void.
        let findings =
            vec![finding(&rules, "1d", 20, 1, false, 9), finding(&rules, "1d", 5, 1, false, 7), finding(&rules, "1d", 12, 2, true, 8)];
        let records = AgentRecords { findings: &findings, ..Default::default() };
        let t = trace(&rules, records);
        assert_eq!(t.leaves.len(), 1);
        let rows: Vec<(u32, Decimal, bool)> = t.leaves[0].evidence.iter().map(|e| (e.record.at().row, e.lost, e.counted)).collect();
        assert_eq!(rows, vec![(7, d("1"), true), (8, d("0"), false), (9, d("1"), true)]);
        assert_eq!(t.leaves[0].lost, d("2"));
        assert_eq!(t.leaves[0].misses, 2, "the void row's misses are not counted");
    }

    #[test]
    fn attendance_deductions_share_the_points_down_to_the_floor() {
        let rules = Rules::default_rules();
        let entry = |day: u32, points: &str| AttendanceEntry {
            date: chrono::NaiveDate::from_ymd_opt(2026, 10, day).unwrap(),
            agent: 0,
            category: Category::Attendance,
            kind: None,
            points: d(points),
            note: "".into(),
            at: RowRef { table: 3, row: day },
        };
        let rows = vec![entry(9, "1"), entry(3, "2"), entry(15, "1")];
        let t = trace(&rules, AgentRecords { attendance: &rows, ..Default::default() });
        let lost: Vec<Decimal> = t.attendance.iter().map(|e| e.lost).collect();
        assert_eq!(lost, vec![d("2"), d("0.5"), d("0")], "2.5 points: the 3rd, then half of the 9th, then nothing");
        assert_eq!(floored(d("2.5"), d("4")), d("2.5"));
    }

    #[test]
    fn the_third_full_month_in_a_row_pays_200_and_earns_company_praise() {
        let rules = Rules::default_rules();
        let data = month_of(&rules, Status::Regular, &[]);
        let history = [past("2026-08", "50"), past("2026-09", "50")];
        let a = appraise(&rules, m("2026-10"), &data, 0, &history);
        assert_eq!(a.run.full_marks_run, 3);
        assert_eq!(a.run.run_months, vec![m("2026-08"), m("2026-09"), m("2026-10")]);
        assert_eq!(a.pay.rewards, d("250.00")); // 50 full marks + 200 for the run of 3
        assert_eq!(codes(&a), ["dept_praise", "company_praise"]);
    }

    #[test]
    fn a_month_missing_from_the_ledger_breaks_the_run() {
        let rules = Rules::default_rules();
        let data = month_of(&rules, Status::Regular, &[]);
        let history = [past("2026-07", "50"), past("2026-09", "50")];
        let a = appraise(&rules, m("2026-10"), &data, 0, &history);
        assert_eq!(a.run.full_marks_run, 2);
        assert_eq!(a.pay.rewards, d("50.00"));
        assert_eq!(codes(&a), ["dept_praise"]);
    }

    #[test]
    fn earlier_months_are_judged_by_their_own_rules() {
        // September under a 100-point scheme: 100 of 100 is full marks, 50 of 100 is below its 60.
        let hundred = |work: &str| PastMonth { full_marks: d("100"), reassign_below: d("60"), ..past("2026-09", work) };
        let run = run_info(m("2026-10"), true, &[hundred("100"), past("2026-08", "50")]);
        assert_eq!(run.full_marks_run, 3);
        assert_eq!(run.year_full_count, 3);
        let run = run_info(m("2026-10"), false, &[hundred("50")]);
        let rules = Rules::default_rules();
        assert_eq!(actions(&rules, d("24"), &run), [Action::Retrain, Action::ReassignReview]);
        let run = run_info(m("2026-10"), true, &[hundred("50")]);
        assert_eq!(run.full_marks_run, 1, "50 of 100 is not a full-marks month");
    }

    #[test]
    fn six_in_a_row_or_the_eleventh_of_the_year_calls_for_a_raise_review() {
        let rules = Rules::default_rules();
        let data = month_of(&rules, Status::Regular, &[]);
        let six: Vec<PastMonth> = ["2026-04", "2026-05", "2026-06", "2026-07", "2026-08"].iter().map(|x| past(x, "50")).collect();
        let a = appraise(&rules, m("2026-09"), &data, 0, &six);
        assert_eq!(a.run.full_marks_run, 6);
        assert_eq!(codes(&a), ["dept_praise", "company_praise", "raise_review"]);
        // Ten full months Jan–Oct with a broken run (June was 49), the 11th in November.
        let mut year: Vec<PastMonth> = (1..=10).map(|i| past(&format!("2026-{i:02}"), if i == 6 { "49" } else { "50" })).collect();
        year.push(past("2025-12", "50"));
        let a = appraise(&rules, m("2026-11"), &data, 0, &year);
        assert_eq!(a.run.year_full_count, 10, "June was not full: November is the 10th");
        year[5] = past("2026-06", "50");
        let a = appraise(&rules, m("2026-11"), &data, 0, &year);
        assert_eq!(a.run.year_full_count, 11);
        assert_eq!(a.run.full_marks_run, 12, "Dec 2025 through Nov 2026");
        assert_eq!(codes(&a), ["dept_praise", "company_praise", "raise_review"]);
    }

    #[test]
    fn a_second_month_below_25_calls_for_reassignment() {
        let rules = Rules::default_rules();
        let mut misses: Vec<(&str, u64)> = ["1a", "1b", "1c", "1d", "1e", "2a", "2b", "2c", "2d", "2e"].iter().map(|l| (*l, 2)).collect();
        misses.extend([("7a", 5), ("6a", 1)]);
        let data = month_of(&rules, Status::Regular, &misses);
        let a = appraise(&rules, m("2026-10"), &data, 0, &[past("2026-09", "24.5")]);
        assert_eq!(a.work.score, d("24"));
        assert_eq!(codes(&a), ["retrain", "reassign_review"]);
        let first = appraise(&rules, m("2026-10"), &data, 0, &[past("2026-08", "20")]);
        assert_eq!(codes(&first), ["retrain"], "August is not the previous month");
    }

    #[test]
    fn training_months_earn_nothing_and_break_no_rule_of_pay() {
        let rules = Rules::default_rules();
        let data = month_of(&rules, Status::Training, &[]);
        let a = appraise(&rules, m("2026-10"), &data, 0, &[past("2026-09", "50")]);
        assert_eq!(a.work.score, d("50"));
        assert!(!a.run.full_marks_month);
        assert_eq!(a.run.full_marks_run, 0);
        assert!(a.actions.is_empty());
        assert_eq!(
            (a.pay.allowance, a.pay.appraisal_wage, a.pay.rewards, a.pay.gross_pay),
            (d("0.00"), d("0.00"), d("0.00"), d("3000.00"))
        );
        // A training month in the ledger breaks a later run.
        let regular = month_of(&rules, Status::Regular, &[]);
        let history = [PastMonth { on_post: false, ..past("2026-09", "50") }, past("2026-08", "50")];
        let b = appraise(&rules, m("2026-10"), &regular, 0, &history);
        assert_eq!(b.run.full_marks_run, 1);
    }

    #[test]
    fn satisfaction_rounds_half_away_from_zero_to_four_places() {
        let rules = Rules::default_rules();
        assert_eq!(satisfaction(&rules, 3, 2).rate, Some(d("0.6667")));
        assert_eq!(satisfaction(&rules, 8, 1).rate.unwrap().to_string(), "0.1250");
        assert_eq!(satisfaction(&rules, 0, 0).rate, None);
    }
}
