//! The calibration of the month's inspectors for people: a terminal table (`kaohe inspectors`)
//! and the cells of its sheet in `report.xlsx`. The figures and the test are
//! [`crate::calibration`]'s; this only lays them out.

use rust_decimal::Decimal;

use super::terminal::Table;
use crate::calibration::{Calibration, InspectorLine};
use crate::lang::Lang;
use crate::num::{fmt_percent, fmt_score};
use crate::tr;

pub const COLUMNS: [&str; 17] = [
    "inspector",
    "samples",
    "agents",
    "days",
    "findings",
    "findings/sample",
    "points lost",
    "points/sample",
    "most cited",
    "appealed",
    "overturned",
    "overturned share",
    "others' findings/sample",
    "rate ratio",
    "p-value",
    "adjusted p",
    "flag",
];

/// The columns' headers in the language (`out-col-inspector-<n>`, in [`COLUMNS`] order).
pub fn columns(lang: Lang) -> Vec<String> {
    (0..COLUMNS.len()).map(|i| crate::i18n::text(lang, &format!("out-col-inspector-{i}"), None)).collect()
}

/// The inspector's name, or what stands for rows with no inspector.
pub fn name(line: &InspectorLine, lang: Lang) -> String {
    if line.inspector.is_empty() {
        tr!(lang, "out-inspector-none")
    } else {
        line.inspector.clone()
    }
}

/// `1d×5, 2a×3`.
pub fn top_leaves(line: &InspectorLine) -> String {
    line.top_leaves.iter().map(|(code, n)| format!("{code}×{n}")).collect::<Vec<_>>().join(", ")
}

/// The flag column: the direction when flagged, `-` when not tested.
pub fn flag(line: &InspectorLine, lang: Lang) -> String {
    match &line.test {
        None => "-".into(),
        Some(t) if !t.flagged => String::new(),
        Some(t) if t.direction == "stricter" => tr!(lang, "out-inspector-flag-stricter"),
        Some(_) => tr!(lang, "out-inspector-flag-lenient"),
    }
}

/// A p-value as people read it: four decimals, `<0.0001` below.
pub fn fmt_p(p: f64) -> String {
    if p < 0.0001 {
        "<0.0001".to_string()
    } else {
        format!("{p:.4}")
    }
}

fn opt(d: Option<Decimal>) -> String {
    d.map(fmt_score).unwrap_or_else(|| "-".into())
}

/// The table and what it means, for the terminal.
pub fn text(cal: &Calibration, month: &str, lang: Lang) -> String {
    let mut out = format!("{}\n\n", tr!(lang, "out-inspectors-title", month = month));
    if cal.inspectors.is_empty() {
        out.push_str(&tr!(lang, "out-inspectors-none"));
        out.push('\n');
        return out;
    }
    let cols = columns(lang);
    let mut table = Table::new(cols.into_iter().enumerate().map(|(i, c)| (c, !matches!(i, 0 | 8 | 16))).collect());
    for l in &cal.inspectors {
        let t = l.test.as_ref();
        table.row(vec![
            name(l, lang),
            l.samples.to_string(),
            l.agents.to_string(),
            l.days.to_string(),
            l.findings.to_string(),
            opt(l.findings_per_sample),
            fmt_score(l.points_lost),
            opt(l.points_per_sample),
            top_leaves(l),
            l.appealed.to_string(),
            l.overturned.to_string(),
            l.overturned_share.map(fmt_percent).unwrap_or_else(|| "-".into()),
            opt(t.and_then(|t| t.others_findings_per_sample)),
            opt(t.and_then(|t| t.rate_ratio)),
            t.map(|t| fmt_p(t.p_value)).unwrap_or_else(|| "-".into()),
            t.map(|t| fmt_p(t.adjusted_p)).unwrap_or_else(|| "-".into()),
            flag(l, lang),
        ]);
    }
    out.push_str(&table.render());
    out.push('\n');
    for line in notes(cal, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// What the table shows, in lines: who was flagged and how, or that no one was, then the test
/// and what a sample is.
pub fn notes(cal: &Calibration, lang: Lang) -> Vec<String> {
    let mut notes = Vec::new();
    let flagged: Vec<&InspectorLine> = cal.flagged().collect();
    for l in &flagged {
        let t = l.test.as_ref().expect("a flagged line was tested");
        let (who, rate, others, p) = (name(l, lang), opt(l.findings_per_sample), opt(t.others_findings_per_sample), fmt_p(t.adjusted_p));
        notes.push(if t.direction == "stricter" {
            tr!(lang, "out-inspectors-stricter", name = who, rate = rate, others = others, p = p)
        } else {
            tr!(lang, "out-inspectors-lenient", name = who, rate = rate, others = others, p = p)
        });
    }
    if flagged.is_empty() && cal.tests > 0 {
        notes.push(tr!(lang, "out-inspectors-none-flagged"));
    }
    if cal.tests == 0 {
        notes.push(tr!(lang, "out-inspectors-no-comparison"));
    }
    notes.push(tr!(lang, "out-inspectors-test", alpha = cal.alpha.to_string()));
    notes.push(tr!(lang, "out-inspectors-sample"));
    notes.push(tr!(lang, "out-inspectors-pairs"));
    notes.push(tr!(lang, "out-inspectors-others", count = cal.other_findings));
    notes
}
