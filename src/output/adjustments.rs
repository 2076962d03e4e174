//! `adjustments.csv`: the corrections (补发/扣回) paid with a month — due from
//! reopened earlier months, or settled by the month's close. One row per correction, stable
//! columns for payroll import; money with two decimals, positive = back pay, negative = claw back.

use std::borrow::Cow;
use std::io::{self, Write};

use rust_decimal::Decimal;

use super::neutralize;
use super::tables::{csv_err, writer};
use crate::ledger::Correction;
use crate::month::Month;
use crate::num::fmt_money;

/// The columns of `adjustments.csv`.
pub const ADJUSTMENT_COLUMNS: [&str; 15] = [
    "month",
    "agent_id",
    "name",
    "team",
    "corrected_month",
    "version",
    "paid_gross",
    "new_gross",
    "delta",
    "kind",
    "reason",
    "recorded_at",
    "recorded_by",
    "state",
    "settled_in",
];

/// One row of `adjustments.csv` for the month `month`, user text neutralized when `neutral`.
pub fn adjustment_row(month: Month, c: &Correction, neutral: bool) -> Vec<Cow<'_, str>> {
    let safe = |t: &'_ str| -> Cow<'_, str> {
        if neutral {
            Cow::Owned(neutralize(t).into_owned())
        } else {
            Cow::Owned(t.to_string())
        }
    };
    vec![
        month.to_string().into(),
        safe(&c.agent_id),
        safe(c.name.as_deref().unwrap_or("")),
        safe(c.team.as_deref().unwrap_or("")),
        c.month.to_string().into(),
        c.version.to_string().into(),
        fmt_money(c.paid_gross).into(),
        fmt_money(c.new_gross).into(),
        fmt_money(c.delta).into(),
        c.kind().into(),
        safe(&c.reason),
        c.at.clone().into(),
        safe(&c.who),
        c.state.code().into(),
        c.settled_in.map(|m| m.to_string()).unwrap_or_default().into(),
    ]
}

/// Writes `adjustments.csv`.
pub fn write_adjustments<W: Write>(out: W, month: Month, corrections: &[Correction]) -> io::Result<W> {
    let mut w = writer(out)?;
    w.write_record(ADJUSTMENT_COLUMNS).map_err(csv_err)?;
    for c in corrections {
        w.write_record(adjustment_row(month, c, true).iter().map(|c| c.as_bytes())).map_err(csv_err)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// Back pay, claw back and the net of a list of corrections.
pub fn totals(corrections: &[Correction]) -> (Decimal, Decimal, Decimal) {
    let back: Decimal = corrections.iter().map(|c| c.delta).filter(|d| d.is_sign_positive()).sum();
    let claw: Decimal = corrections.iter().map(|c| c.delta).filter(|d| d.is_sign_negative()).sum();
    (back, claw, back + claw)
}
