//! One agent's statement (考核表) as data: every item and leaf with the points lost and the rows
//! behind them, surveys, attendance and hygiene, the special award and why, fines, the pay lines
//! of the agent's status, the run, the actions and the appeals. Built once from the appraisal and
//! its trace; rendered on the terminal (`explain`), as JSON (`explain --json`) and as a printable
//! sheet (`statements`). Holds no rule of the scheme: every figure comes from `score` and `pay`.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Serialize;

use crate::lang::Lang;
use crate::model::{Appeal, MonthData};
use crate::rules::Rules;
use crate::score::{leaf_lost, trace, Appraisal, EvidenceRecord, SpecialReason};

/// An agent's statement.
#[derive(Debug, Clone, Serialize)]
pub struct Statement {
    pub month: String,
    pub agent: AgentLine,
    pub rules: RulesLine,
    pub work: WorkSection,
    pub samples: Samples,
    pub satisfaction: SatisfactionLine,
    /// Survey answers that cost nothing (satisfied, neutral, or on a topic with no leaf).
    pub other_surveys: Vec<SurveyLine>,
    pub attendance: SubSection,
    pub hygiene: SubSection,
    pub special: SpecialSection,
    pub total: TotalLine,
    pub pay: PaySection,
    pub run: RunSection,
    /// The actions' codes, with their names.
    pub actions: Vec<Named>,
    /// Every finding under appeal, whatever its state.
    pub appeals: Vec<EvidenceLine>,
}

/// A code and its name in the language asked for.
#[derive(Debug, Clone, Serialize)]
pub struct Named {
    pub code: String,
    pub name: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct AgentLine {
    pub id: String,
    pub name: String,
    pub team: String,
    pub status: Named,
    /// `agents.csv:7`.
    pub roster_row: String,
    pub on_post: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct RulesLine {
    pub name: String,
    pub source: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct WorkSection {
    pub score: Decimal,
    pub full_marks: Decimal,
    /// Points no leaf covers.
    pub uncovered: Decimal,
    pub items: Vec<ItemLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ItemLine {
    pub number: u32,
    pub name: String,
    pub points: Decimal,
    pub lost: Decimal,
    pub leaves: Vec<LeafLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct LeafLine {
    pub code: String,
    pub name: String,
    pub points: Decimal,
    pub per_miss: Decimal,
    /// Counted misses.
    pub misses: u64,
    pub lost: Decimal,
    /// `per_miss × misses` was more than the leaf's points.
    pub capped: bool,
    pub rows: Vec<EvidenceLine>,
}

/// A row behind a leaf: a QA finding or a dissatisfied survey answer.
#[derive(Debug, Clone, Serialize)]
pub struct EvidenceLine {
    /// `qa.csv:17` or `book.xlsx [质检]:17`.
    pub place: String,
    pub date: NaiveDate,
    /// `finding` or `survey`.
    pub kind: &'static str,
    pub leaf: String,
    /// The finding's source (spot check …), or `survey`.
    pub source: Named,
    pub inspector: String,
    pub misses: u32,
    pub note: String,
    pub customer: String,
    pub rating: Option<u8>,
    /// The survey's topic; empty for a finding.
    pub topic: Named,
    pub appeal: Named,
    pub appeal_note: String,
    pub decided_by: String,
    pub decided_on: Option<NaiveDate>,
    /// Points the row cost after the leaf's cap.
    pub lost: Decimal,
    pub counted: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct Samples {
    pub count: u32,
    /// Days of the month with a counted spot check.
    pub days: Vec<u32>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SatisfactionLine {
    pub answers: u32,
    pub satisfied: u32,
    pub rate: Option<Decimal>,
}

#[derive(Debug, Clone, Serialize)]
pub struct SurveyLine {
    pub place: String,
    pub date: NaiveDate,
    pub customer: String,
    pub rating: u8,
    pub topic: Named,
}

#[derive(Debug, Clone, Serialize)]
pub struct SubSection {
    pub max: Decimal,
    pub deducted: Decimal,
    pub score: Decimal,
    pub entries: Vec<EntryLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct EntryLine {
    pub place: String,
    pub date: NaiveDate,
    /// The kind of deduction; empty when the row gave points without a kind.
    pub kind: Named,
    pub points: Decimal,
    /// What it cost after the floor at 0.
    pub lost: Decimal,
    pub note: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct SpecialSection {
    pub score: Decimal,
    pub points: Decimal,
    pub min_work_score: Decimal,
    pub reason: SpecialReason,
    /// The award kinds of the rules, to name the codes of `reason`.
    pub award_kinds: Vec<Named>,
    pub awards: Vec<AwardLine>,
}

#[derive(Debug, Clone, Serialize)]
pub struct AwardLine {
    pub place: String,
    pub date: NaiveDate,
    pub kind: Named,
    pub note: String,
    pub approved_by: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct TotalLine {
    pub work: Decimal,
    pub attendance: Decimal,
    pub hygiene: Decimal,
    pub special: Decimal,
    pub score: Decimal,
    pub full_marks: Decimal,
}

/// The money, line by line, as the agent's status is paid.
#[derive(Debug, Clone, Serialize)]
pub struct PaySection {
    pub base_salary: Decimal,
    pub allowance: PayLine,
    pub appraisal_wage: PayLine,
    pub attendance_bonus: PayLine,
    pub special_bonus: PayLine,
    pub rewards: PayLine,
    pub full_marks_reward: Decimal,
    pub run_reward: Decimal,
    pub fines: Decimal,
    pub fine_lines: Vec<FineLine>,
    pub pay_adjustment: Decimal,
    pub gross_pay: Decimal,
    /// Yuan per point of work, attendance, hygiene and special.
    pub yuan_per_point: [Decimal; 4],
}

#[derive(Debug, Clone, Serialize)]
pub struct PayLine {
    pub amount: Decimal,
    /// The status is paid this component.
    pub paid: bool,
}

#[derive(Debug, Clone, Serialize)]
pub struct FineLine {
    pub place: String,
    pub date: NaiveDate,
    pub kind: Named,
    pub amount: Decimal,
    pub note: String,
    pub approved_by: String,
}

#[derive(Debug, Clone, Serialize)]
pub struct RunSection {
    pub full_marks_month: bool,
    pub full_marks_run: u32,
    pub run_months: Vec<String>,
    pub year_full_count: u32,
    /// The previous month's work score, from the ledger.
    pub previous: Option<(String, Decimal)>,
}

/// Builds the statement of one agent whose rows `data` kept.
pub fn build(rules: &Rules, data: &MonthData, a: &Appraisal, lang: Lang) -> Statement {
    let tr = trace(rules, data.records.of(a.index));
    let ag = &a.agent;
    let status_pay = rules.status_pay(ag.status);
    let named = |code: &str, name: &str| Named { code: code.to_string(), name: name.to_string() };

    let evidence = |e: &crate::score::Evidence, leaf_code: &str| -> EvidenceLine {
        match e.record {
            EvidenceRecord::Finding(f) => EvidenceLine {
                place: data.row_ref(f.at),
                date: f.date,
                kind: "finding",
                leaf: leaf_code.to_string(),
                source: named(f.source.code(), &f.source.name(lang)),
                inspector: f.inspector.to_string(),
                misses: f.misses,
                note: f.note.to_string(),
                customer: String::new(),
                rating: None,
                topic: named("", ""),
                appeal: named(f.appeal.code(), &f.appeal.name(lang)),
                appeal_note: f.appeal_note.to_string(),
                decided_by: f.decided_by.to_string(),
                decided_on: f.decided_on,
                lost: e.lost,
                counted: e.counted,
            },
            EvidenceRecord::Survey(s) => EvidenceLine {
                place: data.row_ref(s.at),
                date: s.date,
                kind: "survey",
                leaf: leaf_code.to_string(),
                source: named("survey", &crate::tr!(lang, "out-source-survey")),
                inspector: String::new(),
                misses: 1,
                note: String::new(),
                customer: s.customer.to_string(),
                rating: Some(s.rating),
                topic: {
                    let t = &rules.surveys.topics[s.topic as usize];
                    named(&t.code, t.name(lang))
                },
                appeal: named("", ""),
                appeal_note: String::new(),
                decided_by: String::new(),
                decided_on: None,
                lost: e.lost,
                counted: e.counted,
            },
        }
    };

    let mut appeals = Vec::new();
    let items = rules
        .items
        .iter()
        .map(|item| {
            let leaves: Vec<LeafLine> = rules
                .leaves
                .iter()
                .enumerate()
                .filter(|(_, l)| l.item == item.number)
                .map(|(i, def)| {
                    let traced = tr.leaves.iter().find(|l| l.leaf == i);
                    let misses = traced.map_or(data.misses(a.index, i), |l| l.misses);
                    let rows: Vec<EvidenceLine> =
                        traced.map(|l| l.evidence.iter().map(|e| evidence(e, &def.code)).collect()).unwrap_or_default();
                    appeals.extend(rows.iter().filter(|r| !r.appeal.code.is_empty()).cloned());
                    LeafLine {
                        code: def.code.clone(),
                        name: def.name(lang).to_string(),
                        points: def.points,
                        per_miss: def.per_miss,
                        misses,
                        lost: leaf_lost(def, misses),
                        capped: def.per_miss.checked_mul(Decimal::from(misses)).is_none_or(|c| c > def.points),
                        rows,
                    }
                })
                .collect();
            ItemLine {
                number: item.number,
                name: item.name(lang).to_string(),
                points: item.points,
                lost: leaves.iter().map(|l| l.lost).sum(),
                leaves,
            }
        })
        .collect();

    let tally = &data.tallies[a.index as usize];
    let entries = |list: &[crate::score::EntryTrace]| {
        list.iter()
            .map(|t| EntryLine {
                place: data.row_ref(t.entry.at),
                date: t.entry.date,
                kind: t
                    .entry
                    .kind
                    .map(|k| {
                        let k = &rules.attendance.kinds[k as usize];
                        named(&k.code, k.name(lang))
                    })
                    .unwrap_or_else(|| named("", "")),
                points: t.entry.points,
                lost: t.lost,
                note: t.entry.note.to_string(),
            })
            .collect()
    };
    let p = &a.pay;
    let ypp = &rules.pay.yuan_per_point;
    Statement {
        month: a.month.to_string(),
        agent: AgentLine {
            id: ag.id.clone(),
            name: ag.name.clone(),
            team: ag.team.clone(),
            status: named(ag.status.code(), &ag.status.name(lang)),
            roster_row: ag.origin.row_ref(),
            on_post: status_pay.on_post,
        },
        rules: RulesLine { name: rules.scheme.name(lang).to_string(), source: rules.shown_name(lang) },
        work: WorkSection { score: a.work.score, full_marks: a.work.full_marks, uncovered: rules.uncovered_points(), items },
        samples: Samples { count: a.samples, days: (1..=31u32).filter(|d| tally.sample_days & (1 << (d - 1)) != 0).collect() },
        satisfaction: SatisfactionLine { answers: a.satisfaction.answers, satisfied: a.satisfaction.satisfied, rate: a.satisfaction.rate },
        other_surveys: tr
            .other_surveys
            .iter()
            .map(|s| SurveyLine {
                place: data.row_ref(s.at),
                date: s.date,
                customer: s.customer.to_string(),
                rating: s.rating,
                topic: {
                    let t = &rules.surveys.topics[s.topic as usize];
                    named(&t.code, t.name(lang))
                },
            })
            .collect(),
        attendance: SubSection {
            max: a.attendance.max,
            deducted: a.attendance.deducted,
            score: a.attendance.score,
            entries: entries(&tr.attendance),
        },
        hygiene: SubSection { max: a.hygiene.max, deducted: a.hygiene.deducted, score: a.hygiene.score, entries: entries(&tr.hygiene) },
        special: SpecialSection {
            score: a.special.score,
            points: rules.special.points,
            min_work_score: rules.special.min_work_score,
            reason: a.special.reason.clone(),
            award_kinds: rules.special.awards.iter().map(|k| named(&k.code, k.name(lang))).collect(),
            awards: tr
                .awards
                .iter()
                .map(|w| AwardLine {
                    place: data.row_ref(w.at),
                    date: w.date,
                    kind: {
                        let k = &rules.special.awards[w.kind as usize];
                        named(&k.code, k.name(lang))
                    },
                    note: w.note.to_string(),
                    approved_by: w.approved_by.to_string(),
                })
                .collect(),
        },
        total: TotalLine {
            work: a.work.score,
            attendance: a.attendance.score,
            hygiene: a.hygiene.score,
            special: a.special.score,
            score: a.total_score,
            full_marks: rules.total_full_marks(),
        },
        pay: PaySection {
            base_salary: p.base_salary,
            allowance: PayLine { amount: p.allowance, paid: status_pay.allowance },
            appraisal_wage: PayLine { amount: p.appraisal_wage, paid: status_pay.appraisal_wage },
            attendance_bonus: PayLine { amount: p.attendance_bonus, paid: status_pay.attendance_bonus },
            special_bonus: PayLine { amount: p.special_bonus, paid: status_pay.special_bonus },
            rewards: PayLine { amount: p.rewards, paid: status_pay.rewards },
            full_marks_reward: p.full_marks_reward,
            run_reward: p.run_reward,
            fines: p.fines,
            fine_lines: tr
                .penalties
                .iter()
                .map(|f| {
                    let k = &rules.penalties[f.kind as usize];
                    FineLine {
                        place: data.row_ref(f.at),
                        date: f.date,
                        kind: named(&k.code, k.name(lang)),
                        amount: f.amount,
                        note: f.note.to_string(),
                        approved_by: f.approved_by.to_string(),
                    }
                })
                .collect(),
            pay_adjustment: p.pay_adjustment,
            gross_pay: p.gross_pay,
            yuan_per_point: [ypp.work, ypp.attendance, ypp.hygiene, ypp.special],
        },
        run: RunSection {
            full_marks_month: a.run.full_marks_month,
            full_marks_run: a.run.full_marks_run,
            run_months: a.run.run_months.iter().map(|m| m.to_string()).collect(),
            year_full_count: a.run.year_full_count,
            previous: a.run.previous.as_ref().map(|p| (p.month.to_string(), p.work_score)),
        },
        actions: a.actions.iter().map(|x| named(x.code(), &x.name(lang))).collect(),
        appeals,
    }
}

impl EvidenceLine {
    /// The finding is under appeal.
    pub fn appealed(&self) -> bool {
        !self.appeal.code.is_empty()
    }

    pub fn appeal_state(&self) -> Appeal {
        Appeal::ALL.into_iter().find(|a| a.code() == self.appeal.code).unwrap_or(Appeal::None)
    }
}
