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
        rows.sort_by(|a, b| (a.0.date(), a.0.origin()).cmp(&(b.0.date(), b.0.origin())));
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
