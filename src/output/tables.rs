//! The CSV outputs: `results.csv` (stable columns for payroll import),
//! `deductions.csv` (every row that cost or could have cost points) and `warnings.csv`.
//! UTF-8 with a BOM so that Excel shows Chinese; user text neutralized against formulas.

use std::borrow::Cow;
use std::io::{self, Write};

use chrono::NaiveDate;
use rust_decimal::Decimal;

use super::neutralize;
use crate::lang::Lang;
use crate::model::{Appeal, MonthData};
use crate::num::{fmt_money, fmt_score};
use crate::problem::Warning;
use crate::rules::Rules;
use crate::score::{action_codes, trace, Appraisal, EvidenceRecord};

/// The columns of `results.csv` (payroll imports them: they never change).
pub const RESULT_COLUMNS: [&str; 23] = [
    "month",
    "agent_id",
    "name",
    "team",
    "status",
    "work_score",
    "attendance_score",
    "hygiene_score",
    "special_score",
    "total_score",
    "base_salary",
    "allowance",
    "appraisal_wage",
    "attendance_bonus",
    "special_bonus",
    "rewards",
    "fines",
    "pay_adjustment",
    "gross_pay",
    "full_marks_run",
    "samples",
    "satisfaction_rate",
    "actions",
];

pub const DEDUCTION_COLUMNS: [&str; 16] = [
    "month",
    "agent_id",
    "name",
    "category",
    "leaf",
    "leaf_name",
    "misses",
    "points_lost",
    "counted",
    "appeal",
    "source",
    "table",
    "row",
    "date",
    "inspector",
    "note",
];

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// A CSV writer as kaohe's outputs are written: a BOM (so that Excel shows Chinese), CRLF.
pub(crate) fn writer<W: Write>(mut out: W) -> io::Result<csv::Writer<W>> {
    out.write_all(BOM)?;
    Ok(csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).buffer_capacity(1 << 16).from_writer(out))
}

pub(crate) fn csv_err(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(e) => e,
        other => io::Error::other(format!("{other:?}")),
    }
}

/// One row of `results.csv` as text cells, in [`RESULT_COLUMNS`] order.
pub fn result_row(a: &Appraisal) -> Vec<Cow<'_, str>> {
    let mut row: Vec<Cow<'_, str>> = vec![
        a.month.to_string().into(),
        neutralize(&a.agent.id),
        neutralize(&a.agent.name),
        neutralize(&a.agent.team),
        a.agent.status.code().into(),
        fmt_score(a.work.score).into(),
        fmt_score(a.attendance.score).into(),
        fmt_score(a.hygiene.score).into(),
        fmt_score(a.special.score).into(),
        fmt_score(a.total_score).into(),
    ];
    row.extend(a.pay.amounts().map(|m| Cow::Owned(fmt_money(m))));
    row.extend([
        a.run.full_marks_run.to_string().into(),
        a.samples.to_string().into(),
        a.satisfaction.rate.map(|r| r.to_string()).unwrap_or_default().into(),
        action_codes(&a.actions).into(),
    ]);
    row
}

/// Writes `results.csv`.
pub fn write_results<W: Write>(out: W, appraisals: &[Appraisal]) -> io::Result<W> {
    let mut w = writer(out)?;
    w.write_record(RESULT_COLUMNS).map_err(csv_err)?;
    for a in appraisals {
        w.write_record(result_row(a).iter().map(|c| c.as_bytes())).map_err(csv_err)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// `results.csv` in memory.
pub fn results_csv(appraisals: &[Appraisal]) -> Vec<u8> {
    write_results(Vec::new(), appraisals).expect("writing to memory cannot fail")
}

/// One deduction line: a QA finding (void ones as not counted), a dissatisfied survey answer
/// on a scored topic, or an attendance or hygiene deduction — with what it cost after the caps.
#[derive(Debug, Clone)]
pub struct DeductionLine<'m> {
    /// `work`, `attendance` or `hygiene`.
    pub category: &'static str,
    /// The leaf, or the attendance kind (empty when the row names none).
    pub code: &'m str,
    pub name: &'m str,
    /// Misses of a work line; `None` for attendance and hygiene.
    pub misses: Option<u32>,
    pub points_lost: Decimal,
    pub counted: bool,
    pub appeal: Appeal,
    pub source: &'static str,
    pub table: &'static str,
    pub row: u32,
    pub date: NaiveDate,
    pub inspector: &'m str,
    pub note: Cow<'m, str>,
    /// A survey answer's topic and rating (the note holds them by code, for the CSV file).
    pub survey: Option<(&'m crate::rules::Topic, u8)>,
}

impl DeductionLine<'_> {
    /// The line's cells in [`DEDUCTION_COLUMNS`] order, for the agent `a`; user text
    /// `neutral`ized against formulas for a CSV file (an xlsx text cell needs none).
    pub fn cells<'a>(&'a self, a: &'a Appraisal, neutral: bool) -> [Cow<'a, str>; 16] {
        let safe = |t: &'a str| if neutral { neutralize(t) } else { Cow::Borrowed(t) };
        [
            a.month.to_string().into(),
            safe(&a.agent.id),
            safe(&a.agent.name),
            self.category.into(),
            self.code.into(),
            self.name.into(),
            self.misses.map(|m| m.to_string()).unwrap_or_default().into(),
            fmt_score(self.points_lost).into(),
            if self.counted { "yes" } else { "no" }.into(),
            self.appeal.code().into(),
            self.source.into(),
            self.table.into(),
            self.row.to_string().into(),
            self.date.to_string().into(),
            safe(self.inspector),
            safe(&self.note),
        ]
    }
}

/// Every deduction line of one agent, in the order of the rules' leaves, then attendance, then
/// hygiene.
pub fn deduction_lines<'m>(rules: &'m Rules, data: &'m MonthData, a: &Appraisal, lang: Lang) -> Vec<DeductionLine<'m>> {
    let tr = trace(rules, data.records.of(a.index));
    let mut lines = Vec::new();
    for leaf in &tr.leaves {
        let def = &rules.leaves[leaf.leaf];
        for e in &leaf.evidence {
            let at = e.record.at();
            let mut survey = None;
            let (source, inspector, note, appeal): (&'static str, &'m str, Cow<'m, str>, Appeal) = match e.record {
                EvidenceRecord::Finding(f) => (f.source.code(), &f.inspector, Cow::Borrowed(&f.note), f.appeal),
                EvidenceRecord::Survey(s) => {
                    let topic = &rules.surveys.topics[s.topic as usize];
                    survey = Some((topic, s.rating));
                    ("survey", &s.customer, Cow::Owned(format!("{} rating {}", topic.code, s.rating)), Appeal::None)
                }
            };
            lines.push(DeductionLine {
                category: "work",
                code: &def.code,
                name: def.name(lang),
                misses: Some(e.misses),
                points_lost: e.lost,
                counted: e.counted,
                appeal,
                source,
                table: data.table_of(at),
                row: at.row,
                date: e.record.date(),
                inspector,
                note,
                survey,
            });
        }
    }
    for (category, entries) in [("attendance", &tr.attendance), ("hygiene", &tr.hygiene)] {
        for t in entries.iter() {
            let entry = t.entry;
            let kind = entry.kind.map(|k| &rules.attendance.kinds[k as usize]);
            lines.push(DeductionLine {
                category,
                code: kind.map(|k| k.code.as_str()).unwrap_or_default(),
                name: kind.map(|k| k.name(lang)).unwrap_or_default(),
                misses: None,
                points_lost: t.lost,
                counted: true,
                appeal: Appeal::None,
                source: category,
                table: data.table_of(entry.at),
                row: entry.at.row,
                date: entry.date,
                inspector: "",
                note: Cow::Borrowed(&entry.note),
                survey: None,
            });
        }
    }
    lines
}

/// How many deduction lines the month has, without working them out.
pub fn deduction_count(rules: &Rules, data: &MonthData) -> usize {
    let r = &data.records;
    r.findings.len() + r.attendance.len() + r.surveys.iter().filter(|s| crate::score::survey_leaf(rules, s).is_some()).count()
}

/// Writes `deductions.csv`, agent by agent.
pub fn write_deductions<W: Write>(out: W, rules: &Rules, data: &MonthData, appraisals: &[Appraisal], lang: Lang) -> io::Result<W> {
    let mut w = writer(out)?;
    w.write_record(DEDUCTION_COLUMNS).map_err(csv_err)?;
    for a in appraisals {
        for line in deduction_lines(rules, data, a, lang) {
            w.write_record(line.cells(a, true).iter().map(|c| c.as_bytes())).map_err(csv_err)?;
        }
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// `deductions.csv` in memory.
pub fn deductions_csv(rules: &Rules, data: &MonthData, appraisals: &[Appraisal], lang: Lang) -> Vec<u8> {
    write_deductions(Vec::new(), rules, data, appraisals, lang).expect("writing to memory cannot fail")
}

/// Writes `warnings.csv`.
pub fn write_warnings<W: Write>(out: W, warnings: &[Warning]) -> io::Result<W> {
    let mut w = writer(out)?;
    w.write_record(["kind", "file", "row", "column", "message"]).map_err(csv_err)?;
    for warning in warnings {
        let (file, row, column) = match &warning.origin {
            Some(o) => (
                o.file_with_sheet(),
                o.row.map(|r| r.to_string()).unwrap_or_default(),
                o.column.as_ref().map(|c| c.header.to_string()).unwrap_or_default(),
            ),
            None => Default::default(),
        };
        w.write_record([warning.kind.code(), &neutralize(&file), &row, &neutralize(&column), &neutralize(&warning.message)])
            .map_err(csv_err)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// `warnings.csv` in memory.
pub fn warnings_csv(warnings: &[Warning]) -> Vec<u8> {
    write_warnings(Vec::new(), warnings).expect("writing to memory cannot fail")
}
