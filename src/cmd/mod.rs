//! One module per subcommand (SPEC 5), each with `pub fn run`. Shared steps live here.

pub mod check;
pub mod close;
pub mod compare;
pub mod explain;
pub mod history;
pub mod inspectors;
pub mod rules;
pub mod run;
pub mod statements;

use std::path::{Path, PathBuf};

use crate::check::{check_month, CheckedMonth};
use crate::error::Result;
use crate::input::InputSet;
use crate::lang::Lang;
use crate::ledger::{Correction, History, Ledger};
use crate::model::{Keep, PastMonth};
use crate::month::Month;
use crate::num::fmt_money;
use crate::problem::{Warning, WarningKind};
use crate::rules::Rules;
use crate::score::{appraise_month, Appraisal};

/// What every month command takes.
#[derive(Debug, Clone)]
pub struct MonthArgs {
    pub month: Month,
    pub input: PathBuf,
    pub rules: Option<PathBuf>,
    pub lang: Lang,
    /// The language of names in files other programs read (`deductions.csv`'s `leaf_name`): the
    /// one asked for with `--lang` (or `kaohe.toml`), else Simplified Chinese — never the
    /// machine's locale, so the file's bytes do not depend on the machine.
    pub names: Lang,
}

/// A month read, checked and appraised.
pub struct AppraisedMonth {
    /// The language of names in machine-read files ([`MonthArgs::names`]).
    pub names: Lang,
    pub rules: Rules,
    pub checked: CheckedMonth,
    pub appraisals: Vec<Appraisal>,
    pub warnings: Vec<Warning>,
}

/// Loads the rules, reads and checks the inputs (keeping the rows `keep` asks for), and
/// appraises every agent.
pub fn appraise(args: &MonthArgs, keep: &Keep, history: &dyn Fn(&str) -> Vec<PastMonth>) -> Result<AppraisedMonth> {
    let rules = Rules::load(args.rules.as_deref())?;
    let mut input = InputSet::open(&args.input)?;
    appraise_under(&mut input, rules, args, keep, history)
}

/// Reads and checks the opened inputs under `rules` and appraises every agent: the one path
/// from input to appraisals, also when `compare` runs it twice over one [`InputSet`] (whose
/// workbooks are opened once).
pub fn appraise_under(
    input: &mut InputSet,
    rules: Rules,
    args: &MonthArgs,
    keep: &Keep,
    history: &dyn Fn(&str) -> Vec<PastMonth>,
) -> Result<AppraisedMonth> {
    let checked = {
        let _t = crate::timing::stage("read and check");
        check_month(input, args.month, &rules, args.lang, keep)?
    };
    let appraisals = {
        let _t = crate::timing::stage("appraise");
        appraise_month(&rules, args.month, &checked.data, history)
    };
    let mut warnings = checked.warnings.clone();
    warnings.extend(result_warnings(&appraisals, args.lang));
    Ok(AppraisedMonth { names: args.names, rules, checked, appraisals, warnings })
}

/// SPEC 2.7: warnings about results (a negative gross pay).
fn result_warnings(appraisals: &[Appraisal], lang: Lang) -> Vec<Warning> {
    appraisals
        .iter()
        .filter(|a| a.pay.gross_pay.is_sign_negative() && !a.pay.gross_pay.is_zero())
        .map(|a| Warning {
            kind: WarningKind::NegativeGross,
            origin: Some(a.agent.origin.clone()),
            message: match lang {
                Lang::En => format!(
                    "agent {} {} has a negative gross pay of {}: the fines exceed the pay",
                    a.agent.id,
                    a.agent.name,
                    fmt_money(a.pay.gross_pay)
                ),
                Lang::Zh | Lang::ZhTw => {
                    format!("{} {} 應發工資為負數 {}:罰款超過工資", a.agent.id, a.agent.name, fmt_money(a.pay.gross_pay))
                }
            },
        })
        .collect()
}

/// Warnings of one kind printed on the terminal before the rest are summed up in one line
/// (SPEC 2.7); `warnings.csv` holds them all.
pub const WARNINGS_SHOWN: usize = 5;

/// Prints warnings to stderr: the first few of each kind, then one line for the rest.
pub fn print_warnings(warnings: &[Warning], lang: Lang) {
    eprint!("{}", warning_lines(warnings, lang));
}

/// The terminal text of [`print_warnings`].
pub fn warning_lines(warnings: &[Warning], lang: Lang) -> String {
    use std::fmt::Write;
    let mut out = String::new();
    let mut shown: std::collections::BTreeMap<WarningKind, usize> = Default::default();
    for w in warnings {
        let n = shown.entry(w.kind).or_default();
        *n += 1;
        if *n <= WARNINGS_SHOWN {
            let _ = writeln!(out, "{}{w}", lang.pick("warning: ", "警告:"));
        }
    }
    for (kind, n) in shown.into_iter().filter(|(_, n)| *n > WARNINGS_SHOWN) {
        let more = n - WARNINGS_SHOWN;
        let _ = writeln!(
            out,
            "{}",
            match lang {
                Lang::En => format!("warning: … and {more} more {} warning(s) — see warnings.csv", kind.code()),
                Lang::Zh | Lang::ZhTw => format!("警告:……另有 {more} 條 {} 警告——見 warnings.csv", kind.code()),
            }
        );
    }
    out
}

/// The default output folder: `out/<month>`.
pub fn default_out(month: Month) -> PathBuf {
    Path::new("out").join(month.to_string())
}

/// The default ledger: `kaohe.db` in the working folder (SPEC 4).
pub fn default_ledger() -> PathBuf {
    PathBuf::from("kaohe.db")
}

/// What a month's `run` or `close` reads from the ledger.
pub struct LedgerRead {
    /// Every agent's months before the month.
    pub history: History,
    /// The corrections (补发/扣回) paid with the month: adjustments.csv.
    pub pays: Vec<Correction>,
    /// "No ledger": the month is treated as the first.
    pub warnings: Vec<Warning>,
}

/// Reads the ledger for a month, read-only: the history before it and the corrections paid with
/// it. Without a ledger file the month is treated as the first, with one warning saying so; the
/// file is never created.
pub fn read_ledger(ledger: &Path, month: Month, lang: Lang) -> Result<LedgerRead> {
    match Ledger::open_read_only(ledger)? {
        Some(l) => Ok(LedgerRead { history: l.history_before(month)?, pays: l.corrections_paid_with(month)?, warnings: Vec::new() }),
        None => {
            let (history, warnings) = read_history(ledger, month, lang)?;
            Ok(LedgerRead { history, pays: Vec::new(), warnings })
        }
    }
}

/// Reads every agent's months before `month` from the ledger, read-only. Without a ledger file the
/// month is treated as the first, with one warning saying so; the file is never created.
pub fn read_history(ledger: &Path, month: Month, lang: Lang) -> Result<(History, Vec<Warning>)> {
    match Ledger::open_read_only(ledger)? {
        Some(l) => Ok((l.history_before(month)?, Vec::new())),
        None => {
            let place = ledger.display();
            let message = match lang {
                Lang::En => format!(
                    "no ledger at {place}: the month is treated as the first (no earlier months, so no runs across months); `kaohe close` creates it"
                ),
                Lang::Zh | Lang::ZhTw => format!("沒有找到台賬 {place}:本月按第一個月計算(沒有以前的月份,不計連續滿分);`kaohe close` 會建立台賬"),
            };
            Ok((History::default(), vec![Warning { kind: WarningKind::NoLedger, origin: None, message }]))
        }
    }
}
