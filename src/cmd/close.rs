//! `kaohe close`: checks and appraises a month like `run`, then records it in the ledger and
//! writes the same outputs — both or neither (SPEC 4). The order: write every output under a
//! temporary name; record the month in an open transaction (a first close also marks settled
//! the corrections its adjustments.csv pays); swap the files in (the old ones kept aside); commit
//! the transaction; only then drop the old files. A file that cannot be swapped in rolls the
//! transaction back; a commit that fails puts the old files back. A closed month is locked;
//! `--reopen --reason` keeps the close it replaces as a version, records a correction due for
//! every agent whose pay changes, and lists per agent what changed and the later months the
//! change would alter.

use super::appraise;
use super::run::{report, signed, stage_outputs, RunArgs};
use crate::error::Result;
use crate::lang::Lang;
use crate::ledger::{Change, CloseMode, CloseOutcome, CloseRequest, Correction, CorrectionState, Ledger};
use crate::model::Keep;
use crate::month::Month;
use crate::num::fmt_money;
use crate::output::terminal::Table;
use crate::score::Action;
use crate::tr;

#[derive(Debug, Clone)]
pub struct CloseArgs {
    pub run: RunArgs,
    /// `Some(reason)` with `--reopen --reason TEXT` (never empty: the command line refuses it).
    pub reopen: Option<String>,
    /// Who closes: `--by NAME`, else the OS user.
    pub by: String,
    /// Close although appeals are pending (SPEC 2.6).
    pub allow_pending: bool,
}

pub fn run(args: &CloseArgs) -> Result<()> {
    let lang = args.run.month.lang;
    let month = args.run.month.month;
    // Input with errors never reaches the ledger: appraise first, open the ledger for writing after.
    let read = super::read_ledger(&args.run.ledger, month, lang)?;
    let appraised = appraise(&args.run.month, &Keep::All, &|id| read.history.of(id))?;
    if !args.allow_pending {
        refuse_pending(&appraised, lang)?;
    }
    let mode = match &args.reopen {
        Some(reason) => CloseMode::Reopen(reason),
        None => CloseMode::New,
    };
    // The files say what the committed ledger will: a first close settles what it pays.
    let shown: Vec<Correction> = match mode {
        CloseMode::New => read.pays.iter().cloned().map(|c| settled_in(c, month)).collect(),
        CloseMode::Reopen(_) => read.pays.clone(),
    };
    let staged = stage_outputs(&appraised, &shown, &args.run.out, lang)?;
    let appeals = crate::ledger::AppealRecord::of_month(&appraised.rules, &appraised.checked.data, month);
    let mut ledger = Ledger::open_write(&args.run.ledger, lang)?;
    let pending = ledger.begin_close(CloseRequest {
        rules: &appraised.rules,
        month,
        appraisals: &appraised.appraisals,
        inputs: &appraised.checked.data.input_files,
        mode,
        who: &args.by,
        pays: &read.pays,
        appeals: &appeals,
    })?;
    let published = staged.publish()?; // on failure `pending` is dropped: nothing recorded
    let outcome = match pending.commit() {
        Ok(outcome) => outcome,
        Err(e) => {
            published.rollback();
            return Err(e);
        }
    };
    let written: Vec<String> = published.paths().iter().map(|p| p.display().to_string()).collect();
    published.commit();
    if args.run.json {
        report(&appraised, &shown, &written, lang, true, Some(outcome_json(&outcome, month)));
    } else {
        report(&appraised, &shown, &written, lang, false, None);
        super::say(&outcome_text(&outcome, month, &args.run.ledger, lang));
    }
    Ok(())
}

/// SPEC 2.6: a month whose findings have pending appeals is not closed by accident — each is
/// listed with its file and row (exit 1).
fn refuse_pending(m: &super::AppraisedMonth, lang: Lang) -> Result<()> {
    let data = &m.checked.data;
    if data.pending.is_empty() {
        return Ok(());
    }
    let problems = data
        .pending
        .iter()
        .map(|p| {
            let (id, leaf) = (&data.agents[p.agent as usize].id, &m.rules.leaves[p.leaf as usize].code);
            crate::problem::Problem::in_lang(
                lang,
                data.origin(p.at),
                tr!(lang, "close-pending-appeal", id = id.as_str(), leaf = leaf.as_str(), date = p.date.to_string()),
                tr!(lang, "close-pending-appeal-fix"),
            )
        })
        .collect();
    Err(crate::KaoheError::Invalid(problems))
}

fn settled_in(mut c: Correction, month: Month) -> Correction {
    if c.state == CorrectionState::Due {
        c.state = CorrectionState::Settled;
        c.settled_in = Some(month);
    }
    c
}

/// A field's name for people (`cmd-field-<field>`; English keeps the results.csv column name).
pub fn field_name(field: &str, lang: Lang) -> String {
    let id = format!("cmd-field-{field}");
    if crate::i18n::has(lang, &id) {
        crate::i18n::text(lang, &id, None)
    } else {
        field.to_string()
    }
}

/// Action codes joined by `;` (as the ledger and results.csv keep them), for people
/// (`cmd-action-<code>`: the code in English, the action's name in Chinese).
pub fn actions_text(codes: &str, lang: Lang) -> String {
    codes
        .split(';')
        .filter(|c| !c.is_empty())
        .map(|code| match Action::ALL.iter().find(|a| a.code() == code) {
            // English keeps the short codes results.csv uses; Chinese names them.
            Some(a) => crate::i18n::text(lang, &format!("cmd-action-{}", a.code()), None),
            None => code.to_string(),
        })
        .collect::<Vec<_>>()
        .join(&tr!(lang, "cmd-list-separator"))
}

/// A field's value for people: empty as `-`, actions and statuses named.
pub fn field_value(field: &str, value: &str, lang: Lang) -> String {
    if value.is_empty() {
        return "-".into();
    }
    match field {
        "actions" => actions_text(value, lang),
        "status" => crate::model::Status::ALL.iter().find(|s| s.code() == value).map_or_else(|| value.to_string(), |s| s.name(lang)),
        _ => value.to_string(),
    }
}

/// `1001 张三 2026-02: full_marks_run 4 → 1, gross_pay 4350.00 → 4150.00 (-200.00)` — only the
/// fields that differ.
pub fn change_line(c: &Change, with_month: bool, lang: Lang) -> String {
    let mut who = c.agent_id.clone();
    if let Some(name) = c.name.as_deref().filter(|n| !n.is_empty()) {
        who.push(' ');
        who.push_str(name);
    }
    if with_month {
        who.push_str(&format!(" {}", c.month));
    }
    let mut notes = String::new();
    if c.old.is_none() {
        notes.push_str(&tr!(lang, "close-change-new-agent"));
    }
    if c.new.is_none() {
        notes.push_str(&tr!(lang, "close-change-gone-agent"));
    }
    let fields: Vec<String> = c
        .fields()
        .iter()
        .map(|f| {
            tr!(
                lang,
                "close-change-field",
                field = field_name(f.field, lang),
                old = field_value(f.field, &f.old, lang),
                new = field_value(f.field, &f.new, lang)
            )
        })
        .collect();
    let mut line = tr!(lang, "close-change", who = who, notes = notes, fields = fields.join(&tr!(lang, "close-fields-separator")));
    if let Some(delta) = c.gross_delta().filter(|d| !d.is_zero()) {
        line.push_str(&tr!(lang, "close-change-delta", delta = signed(delta)));
    }
    format!("  {}\n", line.trim_end())
}

/// What the close did, for people.
pub fn outcome_text(outcome: &CloseOutcome, month: Month, ledger: &std::path::Path, lang: Lang) -> String {
    let place = ledger.display().to_string();
    let m = month.to_string();
    let mut out = String::new();
    let mut line = |text: String| {
        out.push_str(&text);
        out.push('\n');
    };
    match &outcome.old_totals {
        None => {
            line(tr!(lang, "close-closed", month = m.as_str(), place = place.as_str()));
            if outcome.settled > 0 {
                line(format!("  {}", tr!(lang, "close-settled", count = outcome.settled, month = m.as_str())));
            }
        }
        Some(old) => {
            let v = outcome.version;
            line(tr!(lang, "close-reopened", month = m.as_str(), place = place.as_str(), version = v, old = v - 1));
            for l in totals_table(old, &outcome.new_totals, v, lang).lines() {
                line(format!("  {l}"));
            }
            if outcome.changes.is_empty() {
                line(tr!(lang, "close-no-changes"));
            } else {
                line(tr!(lang, "close-changes-heading"));
                for c in &outcome.changes {
                    let text = change_line(c, false, lang);
                    line(text.trim_end_matches('\n').to_string());
                }
            }
            if !outcome.corrections.is_empty() {
                let net: rust_decimal::Decimal = outcome.corrections.iter().map(|c| c.delta).sum();
                line(tr!(lang, "close-corrections-due", count = outcome.corrections.len(), net = signed(net)));
                for c in &outcome.corrections {
                    line(format!(
                        "  {}",
                        tr!(
                            lang,
                            "close-correction",
                            id = c.agent_id.as_str(),
                            name = c.name.as_deref().unwrap_or(""),
                            paid = fmt_money(c.paid_gross),
                            new = fmt_money(c.new_gross),
                            delta = signed(c.delta),
                            kind = c.kind_name(lang)
                        )
                    ));
                }
            }
            for c in &outcome.superseded {
                let still = outcome.corrections.iter().any(|n| n.agent_id == c.agent_id);
                let id = if still { "close-correction-replaced" } else { "close-correction-cancelled" };
                line(format!("  {}", tr!(lang, id, delta = signed(c.delta), id = c.agent_id.as_str(), month = m.as_str())));
            }
        }
    }
    if !outcome.impacts.is_empty() {
        line(tr!(lang, "close-later-months"));
        for i in &outcome.impacts {
            let text = change_line(i, true, lang);
            line(text.trim_end_matches('\n').to_string());
        }
    } else if outcome.old_totals.is_some() {
        line(tr!(lang, "close-no-later-changes"));
    }
    out
}

/// The totals the audit keeps (JSON) of the replaced and the new version, for people: one
/// labelled line each, in a fixed order, the two versions side by side.
fn totals_table(old: &str, new: &str, version: i64, lang: Lang) -> String {
    let parse = |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap_or(serde_json::Value::Null);
    let (old, new) = (parse(old), parse(new));
    let get = |v: &serde_json::Value, k: &str| match &v[k] {
        serde_json::Value::String(s) => s.clone(),
        serde_json::Value::Null => String::new(),
        other => other.to_string(),
    };
    let mut t = Table::new(vec![(tr!(lang, "close-totals"), false), (format!("v{}", version - 1), true), (format!("v{version}"), true)]);
    for (key, id) in [
        ("agents", "close-totals-agents"),
        ("work_total", "close-totals-work"),
        ("pay_adjustment_total", "close-totals-pay-adjustment"),
        ("gross_total", "close-totals-gross"),
    ] {
        t.row(vec![crate::i18n::text(lang, id, None), get(&old, key), get(&new, key)]);
    }
    t.render()
}

/// One change as JSON: the fields that differ and the money delta.
pub fn change_json(c: &Change) -> serde_json::Value {
    serde_json::json!({
        "agent_id": c.agent_id,
        "name": c.name,
        "month": c.month.to_string(),
        "in_old": c.old.is_some(),
        "in_new": c.new.is_some(),
        "changed": c.fields().iter().map(|f| serde_json::json!({"field": f.field, "old": f.old, "new": f.new})).collect::<Vec<_>>(),
        "gross_delta": c.gross_delta().map(fmt_money),
    })
}

pub fn correction_json(c: &Correction) -> serde_json::Value {
    serde_json::json!({
        "agent_id": c.agent_id,
        "name": c.name,
        "corrected_month": c.month.to_string(),
        "version": c.version,
        "paid_gross": fmt_money(c.paid_gross),
        "new_gross": fmt_money(c.new_gross),
        "delta": fmt_money(c.delta),
        "kind": c.kind(),
        "reason": c.reason,
        "state": c.state.code(),
        "settled_in": c.settled_in.map(|m| m.to_string()),
    })
}

/// What the close did, for scripts (the `ledger` member of `close --json`).
fn outcome_json(outcome: &CloseOutcome, month: Month) -> serde_json::Value {
    serde_json::json!({
        "month": month.to_string(),
        "action": if outcome.old_totals.is_some() { "reopen" } else { "close" },
        "version": outcome.version,
        "old_totals": outcome.old_totals.as_deref().and_then(|t| serde_json::from_str::<serde_json::Value>(t).ok()),
        "new_totals": serde_json::from_str::<serde_json::Value>(&outcome.new_totals).ok(),
        "changes": outcome.changes.iter().map(change_json).collect::<Vec<_>>(),
        "corrections_due": outcome.corrections.iter().map(correction_json).collect::<Vec<_>>(),
        "corrections_superseded": outcome.superseded.iter().map(correction_json).collect::<Vec<_>>(),
        "corrections_settled": outcome.settled,
        "later_months": outcome.impacts.iter().map(change_json).collect::<Vec<_>>(),
    })
}
