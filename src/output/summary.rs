//! The short summary printed by `run` and `close`: agents, totals paid, actions,
//! warnings — as text in the user's language, or as JSON with exact decimal strings.

use std::collections::BTreeMap;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use crate::lang::Lang;
use crate::month::Month;
use crate::num::{fmt_money, fmt_score};
use crate::pay::MONEY_COLUMNS;
use crate::problem::Warning;
use crate::score::{Action, Appraisal};
use crate::tr;

use super::terminal::Table;

/// Month totals of the money columns of results.csv, in [`MONEY_COLUMNS`] order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Totals(pub [Decimal; 9]);

impl Totals {
    pub fn of<'a>(appraisals: impl IntoIterator<Item = &'a Appraisal>) -> Totals {
        let mut t = [Decimal::ZERO; 9];
        for a in appraisals {
            for (sum, amount) in t.iter_mut().zip(a.pay.amounts()) {
                *sum += amount;
            }
        }
        Totals(t)
    }

    fn rows(&self) -> impl Iterator<Item = (&'static str, Decimal)> + '_ {
        MONEY_COLUMNS.iter().copied().zip(self.0)
    }
}

/// Counts of each action.
pub fn action_counts<'a>(appraisals: impl IntoIterator<Item = &'a Appraisal>) -> BTreeMap<Action, usize> {
    let mut counts = BTreeMap::new();
    for a in appraisals {
        for action in &a.actions {
            *counts.entry(*action).or_insert(0) += 1;
        }
    }
    counts
}

/// The average work score, to 2 places; `None` for no agents.
pub fn average_work<'a>(appraisals: impl IntoIterator<Item = &'a Appraisal>) -> Option<Decimal> {
    let (mut sum, mut n) = (Decimal::ZERO, 0u64);
    for a in appraisals {
        sum += a.work.score;
        n += 1;
    }
    (n > 0).then(|| (sum / Decimal::from(n)).round_dp_with_strategy(2, crate::num::STRATEGY))
}

/// The catalog id of the name of a money column of results.csv (`base_salary` → `pay-base-salary`).
pub fn money_id(code: &str) -> &'static str {
    match code {
        "base_salary" => "pay-base-salary",
        "allowance" => "pay-allowance",
        "appraisal_wage" => "pay-appraisal-wage",
        "attendance_bonus" => "pay-attendance-bonus",
        "special_bonus" => "pay-special-bonus",
        "rewards" => "pay-rewards",
        "fines" => "pay-fines",
        "pay_adjustment" => "pay-adjustment",
        _ => "pay-gross",
    }
}

/// The text summary: a headline, the month's money in an aligned table, actions by name,
/// warnings and the files written.
pub fn text(month: Month, appraisals: &[Appraisal], warnings: &[Warning], written: &[String], lang: Lang) -> String {
    let mut out = String::new();
    let totals = Totals::of(appraisals);
    let full = appraisals.iter().filter(|a| a.run.full_marks_month).count();
    let avg = average_work(appraisals).map(fmt_score).unwrap_or_else(|| "-".into());
    out.push_str(&tr!(lang, "out-summary-head", month = month.to_string(), agents = appraisals.len(), average = avg, full = full));
    out.push('\n');
    let mut table = Table::headless(vec![false, true]).indent(2);
    for (code, amount) in totals.rows() {
        table.row(vec![tr!(lang, money_id(code)), fmt_money(amount)]);
    }
    out.push_str(&table.render());
    let actions = action_counts(appraisals);
    let list = if actions.is_empty() {
        tr!(lang, "out-summary-none")
    } else {
        let list: Vec<String> = actions.iter().map(|(a, n)| tr!(lang, "out-summary-action", action = a.name(lang), count = *n)).collect();
        list.join(&super::explain::list_sep(lang))
    };
    out.push_str(&format!("  {}\n", tr!(lang, "out-summary-actions", list = list)));
    out.push_str(&format!("  {}\n", tr!(lang, "out-summary-warnings", count = warnings.len())));
    if !written.is_empty() {
        out.push_str(&format!("  {}\n", tr!(lang, "out-summary-wrote", files = written.join(", "))));
    }
    out
}

/// The JSON summary: money and scores as exact decimal strings.
pub fn json(month: Month, appraisals: &[Appraisal], warnings: &[Warning], written: &[String]) -> Value {
    let totals = Totals::of(appraisals);
    let mut by_status: BTreeMap<&str, usize> = BTreeMap::new();
    for a in appraisals {
        *by_status.entry(a.agent.status.code()).or_insert(0) += 1;
    }
    let totals_json: serde_json::Map<String, Value> = totals.rows().map(|(en, v)| (en.to_string(), json!(fmt_money(v)))).collect();
    let actions: serde_json::Map<String, Value> =
        action_counts(appraisals).into_iter().map(|(a, n)| (a.code().to_string(), json!(n))).collect();
    json!({
        "month": month.to_string(),
        "agents": appraisals.len(),
        "by_status": by_status,
        "average_work_score": average_work(appraisals).map(fmt_score),
        "full_marks": appraisals.iter().filter(|a| a.run.full_marks_month).count(),
        "totals": totals_json,
        "actions": actions,
        "warnings": warnings.iter().map(|w| json!({
            "kind": w.kind.code(),
            "where": w.origin.as_ref().map(|o| o.to_string()),
            "message": w.message,
        })).collect::<Vec<_>>(),
        "outputs": written,
    })
}
