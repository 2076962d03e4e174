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
use crate::score::Action;

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
    let mut ledger = Ledger::open_write(&args.run.ledger)?;
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
        print!("{}", outcome_text(&outcome, month, &args.run.ledger, lang));
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
            crate::problem::Problem::new(
                data.origin(p.at),
                lang.pick(
                    &format!("the appeal of agent {id}'s {leaf} finding of {} is pending", p.date),
                    &format!("{id} 于 {} 的 {leaf} 问题申诉待定", p.date),
                ),
                lang.pick(
                    "decide it (upheld or rejected) before closing the month, or close with --allow-pending",
                    "结算前请先裁定(成立或驳回),或加 --allow-pending 结算",
                ),
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

/// A field's name for people.
pub fn field_name(field: &str, lang: Lang) -> &str {
    match (field, lang) {
        (f, Lang::En) => f,
        ("work_score", Lang::Zh | Lang::ZhTw) => "工作考核分",
        ("total_score", Lang::Zh | Lang::ZhTw) => "总分",
        ("full_marks_run", Lang::Zh | Lang::ZhTw) => "连续满分月数",
        ("actions", Lang::Zh | Lang::ZhTw) => "处理",
        ("rewards", Lang::Zh | Lang::ZhTw) => "奖励",
        ("gross_pay", Lang::Zh | Lang::ZhTw) => "应发工资",
        (f, Lang::Zh | Lang::ZhTw) => f,
    }
}

/// A field's value for people: empty as `-`, action codes translated in Chinese.
pub fn field_value(field: &str, value: &str, lang: Lang) -> String {
    if value.is_empty() {
        return "-".into();
    }
    if field == "actions" && lang.is_zh() {
        return value
            .split(';')
            .map(|code| Action::ALL.iter().find(|a| a.code() == code).map_or(code, |a| a.zh()))
            .collect::<Vec<_>>()
            .join("、");
    }
    value.to_string()
}

/// `1001 张三 2026-02: full_marks_run 4 → 1, gross_pay 4350.00 → 4150.00 (-200.00)` — only the
/// fields that differ.
pub fn change_line(c: &Change, with_month: bool, lang: Lang) -> String {
    let mut line = format!("  {}", c.agent_id);
    if let Some(name) = c.name.as_deref().filter(|n| !n.is_empty()) {
        line.push(' ');
        line.push_str(name);
    }
    if with_month {
        line.push_str(&format!(" {}", c.month));
    }
    line.push(':');
    if c.old.is_none() {
        line.push_str(lang.pick(" (not in the earlier version)", "(原版本中没有)"));
    }
    if c.new.is_none() {
        line.push_str(lang.pick(" (no longer on the roster)", "(已不在名册中)"));
    }
    let fields: Vec<String> = c
        .fields()
        .iter()
        .map(|f| format!("{} {} → {}", field_name(f.field, lang), field_value(f.field, &f.old, lang), field_value(f.field, &f.new, lang)))
        .collect();
    line.push(' ');
    line.push_str(&fields.join(", "));
    if let Some(delta) = c.gross_delta().filter(|d| !d.is_zero()) {
        line.push_str(&format!(" ({})", signed(delta)));
    }
    line.push('\n');
    line
}

/// What the close did, for people.
pub fn outcome_text(outcome: &CloseOutcome, month: Month, ledger: &std::path::Path, lang: Lang) -> String {
    let place = ledger.display();
    let mut out = String::new();
    match &outcome.old_totals {
        None => {
            out.push_str(&match lang {
                Lang::En => format!("{month} closed in {place}\n"),
                Lang::Zh | Lang::ZhTw => format!("{month} 已记入台账 {place}\n"),
            });
            if outcome.settled > 0 {
                out.push_str(&match lang {
                    Lang::En => format!("  {} correction(s) of earlier months settled with {month}\n", outcome.settled),
                    Lang::Zh | Lang::ZhTw => format!("  {} 条以前月份的更正已随 {month} 结算\n", outcome.settled),
                });
            }
        }
        Some(old) => {
            let v = outcome.version;
            let (old, new) = (totals_text(old, lang), totals_text(&outcome.new_totals, lang));
            out.push_str(&match lang {
                Lang::En => format!(
                    "{month} reopened in {place}: version {v} replaces version {} (kept: `kaohe history --month {month}` shows both)\n  old totals: {old}\n  new totals: {new}\n",
                    v - 1,
                ),
                Lang::Zh | Lang::ZhTw => format!(
                    "{month} 已重新结算 {place}:第 {v} 版取代第 {} 版(旧版已保留:`kaohe history --month {month}` 可查看)\n  原合计:{old}\n  新合计:{new}\n",
                    v - 1,
                ),
            });
            if outcome.changes.is_empty() {
                out.push_str(lang.pick("no agent's scores, actions or pay changed\n", "没有人的分数、处理或工资发生变化\n"));
            } else {
                out.push_str(lang.pick("changes by agent (old → new):\n", "按人列出的变化(原 → 新):\n"));
                for c in &outcome.changes {
                    out.push_str(&change_line(c, false, lang));
                }
            }
            if !outcome.corrections.is_empty() {
                let net: rust_decimal::Decimal = outcome.corrections.iter().map(|c| c.delta).sum();
                out.push_str(&match lang {
                    Lang::En => format!(
                        "corrections due (paid with the next month's close, listed in its adjustments.csv): {}, net {}\n",
                        outcome.corrections.len(),
                        signed(net)
                    ),
                    Lang::Zh | Lang::ZhTw => format!(
                        "待结算的更正(随下个月结算时发放,列在其 adjustments.csv 中):{} 条,合计 {}\n",
                        outcome.corrections.len(),
                        signed(net)
                    ),
                });
                for c in &outcome.corrections {
                    out.push_str(&format!(
                        "  {} {}: {} {} → {} = {} {}\n",
                        c.agent_id,
                        c.name.as_deref().unwrap_or(""),
                        lang.pick("paid", "已发"),
                        fmt_money(c.paid_gross),
                        fmt_money(c.new_gross),
                        signed(c.delta),
                        lang.pick(c.kind(), c.kind_zh()),
                    ));
                }
            }
            for c in &outcome.superseded {
                let still = outcome.corrections.iter().any(|n| n.agent_id == c.agent_id);
                out.push_str(&match (lang, still) {
                    (Lang::En, true) => format!("  (replaces the correction of {} still due for {})\n", signed(c.delta), c.agent_id),
                    (Lang::En, false) => {
                        format!(
                            "  the correction of {} still due for {} is cancelled: {month} is back to what was paid\n",
                            signed(c.delta),
                            c.agent_id
                        )
                    }
                    (Lang::Zh | Lang::ZhTw, true) => format!("  (取代 {} 尚未结算的更正 {})\n", c.agent_id, signed(c.delta)),
                    (Lang::Zh | Lang::ZhTw, false) => {
                        format!("  {} 尚未结算的更正 {} 已取消:{month} 已恢复为已发金额\n", c.agent_id, signed(c.delta))
                    }
                });
            }
        }
    }
    if !outcome.impacts.is_empty() {
        out.push_str(lang.pick(
            "later closed months this change would alter (not rewritten; reopen them to apply):\n",
            "此更改会影响以下之后已结算的月份(未改写;如需更新请重新结算):\n",
        ));
        for i in &outcome.impacts {
            out.push_str(&change_line(i, true, lang));
        }
    } else if outcome.old_totals.is_some() {
        out.push_str(lang.pick("no later closed month changes\n", "之后已结算的月份不受影响\n"));
    }
    out
}

/// A month's totals as the audit keeps them (JSON), for people: `3 agents, work 148, pay
/// adjustment 3210.00, gross 12410.00`.
fn totals_text(json: &str, lang: Lang) -> String {
    let Ok(v) = serde_json::from_str::<serde_json::Value>(json) else { return json.to_string() };
    let get = |k: &str| v[k].as_str().map(String::from).unwrap_or_else(|| v[k].to_string());
    match lang {
        Lang::En => format!(
            "{} agents, work {}, pay adjustment {}, gross {}",
            get("agents"),
            get("work_total"),
            get("pay_adjustment_total"),
            get("gross_total")
        ),
        Lang::Zh | Lang::ZhTw => format!(
            "{} 人,工作考核分合计 {},考核增减合计 {},应发合计 {}",
            get("agents"),
            get("work_total"),
            get("pay_adjustment_total"),
            get("gross_total")
        ),
    }
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
