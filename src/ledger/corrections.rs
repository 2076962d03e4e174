//! Corrections due (补发/扣回, SPEC 4): a reopen that changes what an agent was paid for a month
//! records the difference; the next month's close pays it and marks it settled. What "was paid"
//! is the gross of the replaced version — or, when a correction for the same agent and month is
//! still due (two reopens before a payday), what that correction says was paid: the earlier
//! correction is then superseded, so one due correction per agent and month says the whole
//! difference.

use rusqlite::{params, Connection, OptionalExtension};
use rust_decimal::Decimal;

use super::{db_err, decimal, month_of, StoredMonth};
use crate::error::{KaoheError, Result};
use crate::month::Month;
use crate::num::fmt_money;
use crate::score::Appraisal;

/// Where a correction stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CorrectionState {
    /// Not paid yet: the next close pays it.
    Due,
    /// Paid with the month `settled_in`.
    Settled,
    /// Replaced by a later correction of the same agent and month before it was paid.
    Superseded,
}

impl CorrectionState {
    pub fn code(self) -> &'static str {
        match self {
            CorrectionState::Due => "due",
            CorrectionState::Settled => "settled",
            CorrectionState::Superseded => "superseded",
        }
    }

    /// Its name in the language, from the catalogs (`correction-state-<code>`).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("cmd-correction-state-{}", self.code()), None)
    }

    fn parse(code: &str) -> Option<CorrectionState> {
        [CorrectionState::Due, CorrectionState::Settled, CorrectionState::Superseded].into_iter().find(|s| s.code() == code)
    }
}

/// A correction of one agent's pay for one month.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Correction {
    pub id: i64,
    pub agent_id: String,
    pub name: Option<String>,
    pub team: Option<String>,
    /// The month corrected.
    pub month: Month,
    /// The version of that month that made the correction.
    pub version: i64,
    /// What was paid for the month.
    pub paid_gross: Decimal,
    /// What the corrected month says should have been paid.
    pub new_gross: Decimal,
    /// `new_gross − paid_gross`: more than 0 is back pay (补发), less is a claw back (扣回).
    pub delta: Decimal,
    pub reason: String,
    pub at: String,
    pub who: String,
    pub state: CorrectionState,
    pub settled_in: Option<Month>,
    pub settled_at: Option<String>,
}

impl Correction {
    /// `back_pay` or `claw_back`.
    pub fn kind(&self) -> &'static str {
        if self.delta.is_sign_positive() {
            "back_pay"
        } else {
            "claw_back"
        }
    }

    /// 补发 or 扣回 in the language, from the catalogs (`cmd-correction-<kind>`).
    pub fn kind_name(&self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("cmd-correction-{}", self.kind()), None)
    }
}

const COLUMNS: &str =
    "id, agent_id, name, team, month, version, paid_gross, new_gross, delta, reason, at, who, state, settled_in, settled_at";

/// Corrections filtered by an SQL `WHERE` clause, by month corrected, agent and order recorded.
pub(super) fn read(conn: &Connection, path: &std::path::Path, filter: &str, params: impl rusqlite::Params) -> Result<Vec<Correction>> {
    let err = db_err(path);
    let sql = format!("SELECT {COLUMNS} FROM corrections {filter} ORDER BY month, agent_id, id");
    let mut stmt = conn.prepare(&sql).map_err(&err)?;
    let mut rows = stmt.query(params).map_err(&err)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(&err)? {
        let text = |i: usize| r.get::<_, String>(i).map_err(&err);
        let state = text(12)?;
        let settled_in: Option<String> = r.get(13).map_err(&err)?;
        out.push(Correction {
            id: r.get(0).map_err(&err)?,
            agent_id: text(1)?,
            name: r.get(2).map_err(&err)?,
            team: r.get(3).map_err(&err)?,
            month: month_of(path, &text(4)?)?,
            version: r.get(5).map_err(&err)?,
            paid_gross: decimal(path, &text(6)?)?,
            new_gross: decimal(path, &text(7)?)?,
            delta: decimal(path, &text(8)?)?,
            reason: text(9)?,
            at: text(10)?,
            who: text(11)?,
            state: CorrectionState::parse(&state)
                .ok_or_else(|| KaoheError::Ledger { path: path.to_path_buf(), message: format!("unknown correction state `{state}`") })?,
            settled_in: settled_in.map(|m| month_of(path, &m)).transpose()?,
            settled_at: r.get(14).map_err(&err)?,
        });
    }
    Ok(out)
}

/// What a reopen did to the corrections.
#[derive(Debug, Clone, Default)]
pub struct Recorded {
    /// Corrections due that the reopen recorded.
    pub made: Vec<Correction>,
    /// Corrections still due that it replaced (their difference is in `made`, or is gone when
    /// the month is back to what was paid).
    pub superseded: Vec<Correction>,
}

/// Records, inside a reopen's transaction, a correction due for every agent whose gross pay for
/// `month` differs from what was paid.
#[allow(clippy::too_many_arguments)]
pub(super) fn record(
    tx: &Connection,
    path: &std::path::Path,
    month: Month,
    version: i64,
    old: &[StoredMonth],
    new: &[Appraisal],
    reason: &str,
    at: &str,
    who: &str,
) -> Result<Recorded> {
    let err = db_err(path);
    let key = month.to_string();
    // (agent, name, team, old gross, new gross): an agent missing from a version had 0 from it.
    type Paid = (String, Option<String>, Option<String>, Decimal, Decimal);
    let mut agents: Vec<Paid> = Vec::new();
    let old_gross: std::collections::HashMap<&str, Decimal> =
        old.iter().map(|r| (r.agent_id.as_str(), r.gross_pay.unwrap_or_default())).collect();
    let in_new: std::collections::HashSet<&str> = new.iter().map(|a| a.agent.id.as_str()).collect();
    for a in new {
        let old_gross = old_gross.get(a.agent.id.as_str()).copied().unwrap_or_default();
        agents.push((a.agent.id.clone(), Some(a.agent.name.clone()), Some(a.agent.team.clone()), old_gross, a.pay.gross_pay));
    }
    for r in old.iter().filter(|r| !in_new.contains(r.agent_id.as_str())) {
        agents.push((r.agent_id.clone(), r.name.clone(), r.team.clone(), r.gross_pay.unwrap_or_default(), Decimal::ZERO));
    }
    let mut out = Recorded::default();
    for (agent, name, team, old_gross, new_gross) in agents {
        if old_gross == new_gross {
            continue;
        }
        let due: Option<i64> = tx
            .query_row("SELECT id FROM corrections WHERE agent_id = ?1 AND month = ?2 AND state = 'due'", params![agent, key], |r| r.get(0))
            .optional()
            .map_err(&err)?;
        let paid = match due {
            Some(id) => {
                let earlier = read(tx, path, "WHERE id = ?1", params![id])?.remove(0);
                tx.execute("UPDATE corrections SET state = 'superseded' WHERE id = ?1", params![id]).map_err(&err)?;
                let paid = earlier.paid_gross;
                out.superseded.push(CorrectionState::Superseded.apply(earlier));
                paid
            }
            None => old_gross,
        };
        if new_gross == paid {
            continue;
        }
        tx.execute(
            "INSERT INTO corrections (agent_id, name, team, month, version, paid_gross, new_gross, delta, reason, at, who, state) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, 'due')",
            params![agent, name, team, key, version, fmt_money(paid), fmt_money(new_gross), fmt_money(new_gross - paid), reason, at, who],
        )
        .map_err(&err)?;
        out.made.extend(read(tx, path, "WHERE id = ?1", params![tx.last_insert_rowid()])?);
    }
    Ok(out)
}

impl CorrectionState {
    fn apply(self, mut c: Correction) -> Correction {
        c.state = self;
        c
    }
}

/// Marks settled in `month`, inside a first close's transaction, the due corrections its
/// adjustments.csv lists. Refuses (nothing recorded) when one of them is no longer due: another
/// kaohe changed the ledger after the list was written.
pub(super) fn settle(
    tx: &Connection,
    path: &std::path::Path,
    lang: crate::lang::Lang,
    month: Month,
    pays: &[Correction],
    at: &str,
) -> Result<usize> {
    let err = db_err(path);
    let mut settled = 0;
    for c in pays.iter().filter(|c| c.state == CorrectionState::Due) {
        let n = tx
            .execute(
                "UPDATE corrections SET state = 'settled', settled_in = ?2, settled_at = ?3 WHERE id = ?1 AND state = 'due'",
                params![c.id, month.to_string(), at],
            )
            .map_err(&err)?;
        if n != 1 {
            return Err(KaoheError::Refused(crate::tr!(
                lang,
                "ledger-correction-not-due",
                id = c.agent_id.as_str(),
                month = c.month.to_string(),
                ledger = path.display().to_string()
            )));
        }
        settled += 1;
    }
    Ok(settled)
}
