//! One module per subcommand (SPEC 5), each with `pub fn run`. Shared steps live here.

pub mod check;
pub mod explain;
pub mod rules;
pub mod run;

use std::path::{Path, PathBuf};

use crate::check::{check_month, CheckedMonth};
use crate::error::Result;
use crate::input::InputSet;
use crate::lang::Lang;
use crate::model::PastMonth;
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
}

/// A month read, checked and appraised.
pub struct AppraisedMonth {
    pub rules: Rules,
    pub checked: CheckedMonth,
    pub appraisals: Vec<Appraisal>,
    pub warnings: Vec<Warning>,
}

/// Loads the rules, reads and checks the inputs, and appraises every agent.
pub fn appraise(args: &MonthArgs, history: &dyn Fn(&str) -> Vec<PastMonth>) -> Result<AppraisedMonth> {
    let rules = Rules::load(args.rules.as_deref())?;
    let input = InputSet::open(&args.input)?;
    let checked = check_month(&input, args.month, &rules, args.lang)?;
    let appraisals = appraise_month(&rules, args.month, &checked.data, history);
    let mut warnings = checked.warnings.clone();
    warnings.extend(result_warnings(&appraisals, args.lang));
    Ok(AppraisedMonth { rules, checked, appraisals, warnings })
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
                Lang::Zh => format!("{} {} 應發工資為負數 {}:罰款超過工資", a.agent.id, a.agent.name, fmt_money(a.pay.gross_pay)),
            },
        })
        .collect()
}

/// Prints warnings to stderr, one per line.
pub fn print_warnings(warnings: &[Warning], lang: Lang) {
    for w in warnings {
        eprintln!("{}{w}", lang.pick("warning: ", "警告:"));
    }
}

/// The default output folder: `out/<month>`.
pub fn default_out(month: Month) -> PathBuf {
    Path::new("out").join(month.to_string())
}
