//! `kaohe close`: checks and appraises a month like `run`, then records it in the ledger and
//! writes the same outputs — both or neither (SPEC 4). The order: write every output under a
//! temporary name; record the month in an open transaction; swap the files in (the old ones kept
//! aside); commit the transaction; only then drop the old files. A file that cannot be swapped
//! in rolls the transaction back; a commit that fails puts the old files back. A closed month is
//! locked; `--reopen --reason` replaces it, keeps an audit row and lists the later months the
//! change would alter.

use super::run::{report, stage_outputs, RunArgs};
use super::{appraise, read_history};
use crate::error::Result;
use crate::lang::Lang;
use crate::ledger::{CloseMode, Ledger};
use crate::model::Keep;

#[derive(Debug, Clone)]
pub struct CloseArgs {
    pub run: RunArgs,
    /// `Some(reason)` with `--reopen --reason TEXT`.
    pub reopen: Option<String>,
    /// Close although appeals are pending (SPEC 2.6).
    pub allow_pending: bool,
}

pub fn run(args: &CloseArgs) -> Result<()> {
    let lang = args.run.month.lang;
    let month = args.run.month.month;
    // Input with errors never reaches the ledger: appraise first, open the ledger for writing after.
    let (history, _no_ledger_yet) = read_history(&args.run.ledger, month, lang)?;
    let appraised = appraise(&args.run.month, &Keep::All, &|id| history.of(id))?;
    if !args.allow_pending {
        refuse_pending(&appraised, lang)?;
    }
    let mode = match &args.reopen {
        Some(reason) => CloseMode::Reopen(reason),
        None => CloseMode::New,
    };
    let staged = stage_outputs(&appraised, &args.run.out, lang)?;
    let mut ledger = Ledger::open_write(&args.run.ledger)?;
    let pending = ledger.begin_close(&appraised.rules, month, &appraised.appraisals, &appraised.checked.data.input_files, mode)?;
    let published = staged.publish()?; // on failure `pending` is dropped: nothing recorded
    let outcome = match pending.commit(&appraised.rules) {
        Ok(outcome) => outcome,
        Err(e) => {
            published.rollback();
            return Err(e);
        }
    };
    let written: Vec<String> = published.paths().iter().map(|p| p.display().to_string()).collect();
    published.commit();
    report(&appraised, &written, lang, args.run.json);
    print_outcome(&outcome, month, &args.run.ledger, lang, args.run.json);
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

/// What the close did. With `--json` stdout holds only the JSON summary, so this goes to stderr.
fn print_outcome(outcome: &crate::ledger::CloseOutcome, month: crate::month::Month, ledger: &std::path::Path, lang: Lang, json: bool) {
    let say = |line: &str| if json { eprintln!("{line}") } else { println!("{line}") };
    let place = ledger.display();
    match &outcome.old_totals {
        None => say(lang.pick(&format!("{month} closed in {place}"), &format!("{month} 已記入台賬 {place}"))),
        Some(old) => {
            say(&match lang {
                Lang::En => format!("{month} reopened and replaced in {place}\n  old totals: {old}\n  new totals: {}", outcome.new_totals),
                Lang::Zh => format!("{month} 已重新開啟並替換 {place}\n  原合計:{old}\n  新合計:{}", outcome.new_totals),
            });
            if outcome.impacts.is_empty() {
                say(lang.pick("no later closed month changes", "之後已結算的月份不受影響"));
            }
        }
    }
    if !outcome.impacts.is_empty() {
        say(lang.pick(
            "later closed months this change would alter (not rewritten; reopen them to apply):",
            "此更改會影響以下之後已結算的月份(未改寫;如需更新請重新開啟):",
        ));
        for i in &outcome.impacts {
            let show = |s: &str| if s.is_empty() { "-".to_string() } else { s.to_string() };
            say(&format!(
                "  {} {}: full_marks_run {} → {}, actions {} → {}",
                i.agent_id,
                i.month,
                i.old_run,
                i.new_run,
                show(&i.old_actions),
                show(&i.new_actions)
            ));
        }
    }
}
