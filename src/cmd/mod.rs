//! One module per subcommand (SPEC 5), each with `pub fn run`. Shared steps live here.

pub mod check;
pub mod close;
pub mod compare;
pub mod config;
pub mod explain;
pub mod history;
pub mod inspectors;
pub mod rules;
pub mod run;
pub mod statements;

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};

use crate::check::{check_month, CheckedMonth};
use crate::error::{KaoheError, Result};
use crate::input::InputSet;
use crate::lang::Lang;
use crate::ledger::{Correction, History, Ledger};
use crate::model::{Keep, PastMonth};
use crate::month::Month;
use crate::num::fmt_money;
use crate::problem::{column_letters, Problem, Warning, WarningKind};
use crate::rules::Rules;
use crate::score::{appraise_month, Appraisal};
use crate::tr;

static QUIET: AtomicBool = AtomicBool::new(false);

/// `-q/--quiet`: nothing on stdout, no warnings; errors still go to stderr.
pub fn set_quiet(quiet: bool) {
    QUIET.store(quiet, Ordering::Relaxed);
}

pub fn quiet() -> bool {
    QUIET.load(Ordering::Relaxed)
}

/// Prints text for people on stdout, unless `--quiet`.
pub fn say(text: &str) {
    if !quiet() {
        emit(text.as_bytes());
    }
}

/// Prints a line for people on stdout, unless `--quiet`.
pub fn say_line(text: &str) {
    if !quiet() {
        emit(format!("{text}\n").as_bytes());
    }
}

/// Writes to stdout. A reader that stops early (`kaohe history --quarter 2026Q3 | head`) closes
/// the pipe: kaohe then stops writing, quietly, and ends with the exit code of what it did —
/// instead of the panic of `print!`. Every file is published before anything is printed, so
/// stopping the output loses nothing.
pub fn emit(bytes: &[u8]) {
    use std::io::Write;
    if PIPE_CLOSED.load(Ordering::Relaxed) {
        return;
    }
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_all(bytes).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            PIPE_CLOSED.store(true, Ordering::Relaxed);
        } else {
            eprintln!("kaohe: stdout: {e}");
            std::process::exit(4);
        }
    }
}

static PIPE_CLOSED: AtomicBool = AtomicBool::new(false);

/// Prints the one JSON document of `--json` (SPEC 5), marked `"ok": true` when it is an object.
pub fn print_json(mut doc: serde_json::Value) {
    if let Some(o) = doc.as_object_mut() {
        o.insert("ok".into(), serde_json::Value::Bool(true));
    }
    emit(format!("{}\n", serde_json::to_string_pretty(&doc).expect("JSON")).as_bytes());
}

/// A problem as `--json` lists it: where (file, sheet, row, column) and what to do.
pub fn problem_json(p: &Problem) -> serde_json::Value {
    let o = &p.origin;
    serde_json::json!({
        "file": o.file.as_ref(),
        "sheet": o.sheet.as_deref(),
        "row": o.row,
        "column": o.column.as_ref().map(|c| if c.header.is_empty() { column_letters(c.index) } else { c.header.to_string() }),
        "message": p.what,
        "fix": if p.fix.is_empty() { None } else { Some(p.fix.as_str()) },
    })
}

/// The message of an error that is not a problem list, for people.
pub fn error_text(e: &KaoheError, lang: Lang) -> String {
    match e {
        KaoheError::Invalid(problems) => tr!(lang, "cmd-problems-found", count = problems.len()),
        KaoheError::Refused(m) | KaoheError::Usage(m) => m.clone(),
        KaoheError::Io { path, source } => tr!(lang, "cmd-error-io", path = path.display().to_string(), error = source.to_string()),
        KaoheError::Ledger { path, message } => {
            tr!(lang, "cmd-error-ledger", path = path.display().to_string(), message = message.as_str())
        }
    }
}

/// The document `--json` prints when a command fails: `{"ok": false, "exit_code": N, "problems":
/// [...]}` — every problem of invalid input, else the one error (with its file when it has one).
pub fn error_json(e: &KaoheError, lang: Lang) -> serde_json::Value {
    let problems: Vec<serde_json::Value> = match e {
        KaoheError::Invalid(problems) => problems.iter().map(problem_json).collect(),
        KaoheError::Io { path, .. } | KaoheError::Ledger { path, .. } => vec![serde_json::json!({
            "file": path.display().to_string(), "sheet": null, "row": null, "column": null,
            "message": error_text(e, lang), "fix": null,
        })],
        _ => vec![usage_problem_json(&error_text(e, lang))],
    };
    serde_json::json!({ "ok": false, "exit_code": e.exit_code(), "problems": problems })
}

/// A problem that has no place in a file (a command-line mistake).
pub fn usage_problem_json(message: &str) -> serde_json::Value {
    serde_json::json!({ "file": null, "sheet": null, "row": null, "column": null, "message": message, "fix": null })
}

/// A time the ledger keeps in UTC (`2026-11-02T06:05:00Z`) in the local time of this machine, as
/// people read it: `2026-11-02 14:05`. A text that is not such a time is shown as it is.
pub fn local_time(utc: &str) -> String {
    chrono::DateTime::parse_from_rfc3339(utc)
        .map(|t| t.with_timezone(&chrono::Local).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_else(|_| utc.to_string())
}

/// The local date of a ledger time: `2026-11-02`.
pub fn local_date(utc: &str) -> String {
    local_time(utc).get(..10).map(String::from).unwrap_or_else(|| utc.to_string())
}

/// Warnings as `--json` lists them.
pub fn warnings_json(warnings: &[Warning]) -> serde_json::Value {
    serde_json::Value::Array(
        warnings
            .iter()
            .map(|w| serde_json::json!({"kind": w.kind.code(), "where": w.origin.as_ref().map(|o| o.to_string()), "message": w.message}))
            .collect(),
    )
}

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
    let rules = Rules::load_in(args.rules.as_deref(), args.lang)?;
    let mut input = InputSet::open_in(&args.input, args.lang)?;
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
            message: tr!(
                lang,
                "cmd-negative-gross",
                id = a.agent.id.as_str(),
                name = a.agent.name.as_str(),
                gross = fmt_money(a.pay.gross_pay)
            ),
        })
        .collect()
}

/// Warnings of one kind printed on the terminal before the rest are summed up in one line
/// (SPEC 2.7); `warnings.csv` holds them all.
pub const WARNINGS_SHOWN: usize = 5;

/// Prints warnings to stderr: the first few of each kind, then one line for the rest (none with
/// `--quiet`).
pub fn print_warnings(warnings: &[Warning], lang: Lang) {
    if !quiet() {
        eprint!("{}", warning_lines(warnings, lang));
    }
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
            let _ = writeln!(out, "{}", tr!(lang, "cmd-warning", text = w.show(lang)));
        }
    }
    for (kind, n) in shown.into_iter().filter(|(_, n)| *n > WARNINGS_SHOWN) {
        let more = n - WARNINGS_SHOWN;
        let _ = writeln!(out, "{}", tr!(lang, "cmd-warnings-more", count = more, kind = kind.name(lang)));
    }
    out
}

/// The default output folder: `out/<month>`.
pub fn default_out(month: Month) -> PathBuf {
    default_out_under(Path::new("out"), month)
}

/// A month's output folder under a parent (`kaohe.toml`'s `out`): `<parent>/<month>`.
pub fn default_out_under(parent: &Path, month: Month) -> PathBuf {
    parent.join(month.to_string())
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
    match Ledger::open_read_only(ledger, lang)? {
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
    match Ledger::open_read_only(ledger, lang)? {
        Some(l) => Ok((l.history_before(month)?, Vec::new())),
        None => {
            let message = tr!(lang, "cmd-no-ledger", place = ledger.display().to_string());
            Ok((History::default(), vec![Warning { kind: WarningKind::NoLedger, origin: None, message }]))
        }
    }
}
