//! The CSV outputs of SPEC 6: `results.csv` (stable columns for payroll import),
//! `deductions.csv` (every row that cost or could have cost points) and `warnings.csv`.
//! UTF-8 with a BOM so that Excel shows Chinese; user text neutralized against formulas.

use rust_decimal::Decimal;

use super::neutralize;
use crate::lang::Lang;
use crate::model::MonthData;
use crate::num::{fmt_money, fmt_score};
use crate::problem::Warning;
use crate::rules::Rules;
use crate::score::{action_codes, trace, Appraisal, EvidenceRecord};

/// The columns of `results.csv`, exactly as SPEC 6 lists them.
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

pub const DEDUCTION_COLUMNS: [&str; 15] = [
    "month",
    "agent_id",
    "name",
    "category",
    "leaf",
    "leaf_name",
    "misses",
    "points_lost",
    "counted",
    "source",
    "table",
    "row",
    "date",
    "inspector",
    "note",
];

const BOM: &[u8] = b"\xEF\xBB\xBF";

fn writer() -> csv::Writer<Vec<u8>> {
    csv::WriterBuilder::new().terminator(csv::Terminator::CRLF).from_writer(BOM.to_vec())
}

fn finish(w: csv::Writer<Vec<u8>>) -> Vec<u8> {
    w.into_inner().expect("writing to memory cannot fail")
}

/// One row of `results.csv` as text cells, in [`RESULT_COLUMNS`] order.
pub fn result_row(a: &Appraisal) -> Vec<String> {
    let mut row = vec![
        a.month.to_string(),
        neutralize(&a.agent.id).into_owned(),
        neutralize(&a.agent.name).into_owned(),
        neutralize(&a.agent.team).into_owned(),
        a.agent.status.code().to_string(),
        fmt_score(a.work.score),
        fmt_score(a.attendance.score),
        fmt_score(a.hygiene.score),
        fmt_score(a.special.score),
        fmt_score(a.total_score),
    ];
    row.extend(a.pay.amounts().map(fmt_money));
    row.extend([
        a.run.full_marks_run.to_string(),
        a.samples.to_string(),
        a.satisfaction.rate.map(|r| r.to_string()).unwrap_or_default(),
        action_codes(&a.actions),
    ]);
    row
}

pub fn results_csv(appraisals: &[Appraisal]) -> Vec<u8> {
    let mut w = writer();
    w.write_record(RESULT_COLUMNS).expect("memory");
    for a in appraisals {
        w.write_record(result_row(a)).expect("memory");
    }
    finish(w)
}

/// One deduction line: every QA finding (void ones as not counted), every dissatisfied survey
/// answer on a scored topic, every attendance and hygiene deduction.
pub struct DeductionLine {
    pub cells: Vec<String>,
    pub points_lost: Decimal,
    pub counted: bool,
}

pub fn deduction_lines(rules: &Rules, data: &MonthData, a: &Appraisal, lang: Lang) -> Vec<DeductionLine> {
    let tr = trace(rules, data.records.of(a.index));
    let mut lines = Vec::new();
    let yes_no = |b: bool| if b { "yes" } else { "no" }.to_string();
    let base = |category: &str, leaf: &str, leaf_name: &str| {
        vec![
            a.month.to_string(),
            neutralize(&a.agent.id).into_owned(),
            neutralize(&a.agent.name).into_owned(),
            category.to_string(),
            leaf.to_string(),
            leaf_name.to_string(),
        ]
    };
    for leaf in &tr.leaves {
        let def = &rules.leaves[leaf.leaf];
        for e in &leaf.evidence {
            let mut cells = base("work", &def.code, lang.pick(&def.en, &def.zh));
            let at = e.record.at();
            let (source, inspector, note) = match e.record {
                EvidenceRecord::Finding(f) => (f.source.code().to_string(), f.inspector.to_string(), f.note.to_string()),
                EvidenceRecord::Survey(s) => (
                    "survey".to_string(),
                    s.customer.to_string(),
                    format!("{} rating {}", rules.surveys.topics[s.topic as usize].code, s.rating),
                ),
            };
            cells.extend([
                e.misses.to_string(),
                fmt_score(e.lost),
                yes_no(e.counted),
                source,
                data.table_of(at).to_string(),
                at.row.to_string(),
                e.record.date().to_string(),
                neutralize(&inspector).into_owned(),
                neutralize(&note).into_owned(),
            ]);
            lines.push(DeductionLine { cells, points_lost: e.lost, counted: e.counted });
        }
    }
    for (category, entries) in [("attendance", &tr.attendance), ("hygiene", &tr.hygiene)] {
        for t in entries.iter() {
            let entry = t.entry;
            let kind = entry.kind.map(|k| &rules.attendance.kinds[k as usize]);
            let code = kind.map(|k| k.code.as_str()).unwrap_or_default();
            let kind_name = kind.map(|k| lang.pick(&k.en, &k.zh).to_string()).unwrap_or_default();
            let mut cells = base(category, code, &kind_name);
            cells.extend([
                String::new(),
                fmt_score(t.lost),
                yes_no(true),
                category.to_string(),
                data.table_of(entry.at).to_string(),
                entry.at.row.to_string(),
                entry.date.to_string(),
                String::new(),
                neutralize(&entry.note).into_owned(),
            ]);
            lines.push(DeductionLine { cells, points_lost: t.lost, counted: true });
        }
    }
    lines
}

pub fn deductions_csv(rules: &Rules, data: &MonthData, appraisals: &[Appraisal], lang: Lang) -> Vec<u8> {
    let mut w = writer();
    w.write_record(DEDUCTION_COLUMNS).expect("memory");
    for a in appraisals {
        for line in deduction_lines(rules, data, a, lang) {
            w.write_record(&line.cells).expect("memory");
        }
    }
    finish(w)
}

pub fn warnings_csv(warnings: &[Warning]) -> Vec<u8> {
    let mut w = writer();
    w.write_record(["kind", "file", "row", "column", "message"]).expect("memory");
    for warning in warnings {
        let (file, row, column) = match &warning.origin {
            Some(o) => (
                o.file_with_sheet(),
                o.row.map(|r| r.to_string()).unwrap_or_default(),
                o.column.as_ref().map(|c| c.header.to_string()).unwrap_or_default(),
            ),
            None => Default::default(),
        };
        w.write_record([
            warning.kind.code().to_string(),
            neutralize(&file).into_owned(),
            row,
            neutralize(&column).into_owned(),
            neutralize(&warning.message).into_owned(),
        ])
        .expect("memory");
    }
    finish(w)
}
