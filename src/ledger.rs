//! The ledger of closed months (SPEC 4): an SQLite file holding every closed month's results, the
//! hashes of the rules and inputs it was computed from, imported work scores and an audit trail.
//! All SQL of kaohe lives here. Money and scores are stored as decimal text, never as floats.
//! The schema is documented in `docs/ledger.md`.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use rust_decimal::Decimal;

use crate::error::{KaoheError, Result};
use crate::model::PastMonth;
use crate::month::Month;
use crate::num::{fmt_money, fmt_score};
use crate::rules::Rules;
use crate::score::{action_codes, actions, run_info, Appraisal};

/// The schema version kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i64 = 1;

const SCHEMA: &str = "
CREATE TABLE IF NOT EXISTS months (
    month          TEXT PRIMARY KEY,
    closed_at      TEXT NOT NULL,
    closed_by      TEXT NOT NULL,
    rules_name     TEXT NOT NULL,
    rules_sha256   TEXT NOT NULL,
    agents         INTEGER NOT NULL,
    work_total     TEXT NOT NULL,
    pay_adjustment_total TEXT NOT NULL,
    gross_total    TEXT NOT NULL
) STRICT;
CREATE TABLE IF NOT EXISTS month_inputs (
    month  TEXT NOT NULL,
    file   TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    PRIMARY KEY (month, file)
) STRICT;
CREATE TABLE IF NOT EXISTS agent_months (
    month            TEXT NOT NULL,
    agent_id         TEXT NOT NULL,
    source           TEXT NOT NULL CHECK (source IN ('closed', 'imported')),
    name             TEXT,
    team             TEXT,
    status           TEXT,
    on_post          INTEGER NOT NULL CHECK (on_post IN (0, 1)),
    work_score       TEXT NOT NULL,
    attendance_score TEXT,
    hygiene_score    TEXT,
    special_score    TEXT,
    total_score      TEXT,
    base_salary      TEXT,
    allowance        TEXT,
    appraisal_wage   TEXT,
    attendance_bonus TEXT,
    special_bonus    TEXT,
    rewards          TEXT,
    fines            TEXT,
    pay_adjustment   TEXT,
    gross_pay        TEXT,
    full_marks_run   INTEGER,
    actions          TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (month, agent_id)
) STRICT;
CREATE INDEX IF NOT EXISTS agent_months_by_agent ON agent_months (agent_id, month);
CREATE TABLE IF NOT EXISTS audit (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL,
    month      TEXT NOT NULL,
    action     TEXT NOT NULL,
    reason     TEXT,
    who        TEXT NOT NULL,
    old_totals TEXT,
    new_totals TEXT
) STRICT;
";

/// An open ledger file.
pub struct Ledger {
    conn: Connection,
    path: PathBuf,
}

/// Every agent's earlier months, read once before a month is appraised.
#[derive(Debug, Default)]
pub struct History {
    by_agent: HashMap<String, Vec<PastMonth>>,
}

impl History {
    /// The agent's months strictly before the month being computed.
    pub fn of(&self, agent_id: &str) -> Vec<PastMonth> {
        self.by_agent.get(agent_id).cloned().unwrap_or_default()
    }
}

/// One stored agent month (a closed or an imported row).
#[derive(Debug, Clone)]
pub struct StoredMonth {
    pub month: Month,
    pub agent_id: String,
    pub source: String,
    pub name: Option<String>,
    pub team: Option<String>,
    pub status: Option<String>,
    pub on_post: bool,
    pub work_score: Decimal,
    pub total_score: Option<Decimal>,
    pub rewards: Option<Decimal>,
    pub fines: Option<Decimal>,
    pub pay_adjustment: Option<Decimal>,
    pub gross_pay: Option<Decimal>,
    pub full_marks_run: Option<u32>,
    pub actions: String,
}

/// A closed month's header row.
#[derive(Debug, Clone)]
pub struct ClosedMonth {
    pub month: Month,
    pub closed_at: String,
    pub closed_by: String,
    pub rules_name: String,
    pub rules_sha256: String,
    pub agents: i64,
    pub gross_total: String,
}

/// What a close did.
#[derive(Debug, Clone)]
pub struct CloseOutcome {
    /// The totals of the month it replaced, when reopened.
    pub old_totals: Option<String>,
    pub new_totals: String,
    /// Later closed months whose runs or actions the reopened month changes.
    pub impacts: Vec<Impact>,
}

/// A later closed month that a reopened month would change (printed, never rewritten).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Impact {
    pub agent_id: String,
    pub month: Month,
    pub old_run: u32,
    pub new_run: u32,
    pub old_actions: String,
    pub new_actions: String,
}

/// A row of an import file, already checked.
#[derive(Debug, Clone)]
pub struct ImportRow {
    pub month: Month,
    pub agent_id: String,
    pub work_score: Decimal,
}

/// How a close should treat an already closed month.
pub enum CloseMode<'a> {
    /// Refuse if the month is closed (SPEC 4: a closed month is locked).
    New,
    /// Replace the closed month and keep an audit row with this reason.
    Reopen(&'a str),
}

/// Test builds only (feature `fault-injection`): with `KAOHE_TEST_FAIL_AFTER_ROWS=N` set, a close
/// aborts the process (as a kill would) right after inserting N agent rows inside its
/// transaction. `tests/ledger.rs` uses it to prove an interrupted close leaves the ledger as it
/// was. A release build has no such hook.
fn fail_after_rows(_rows: usize) {
    #[cfg(feature = "fault-injection")]
    if std::env::var("KAOHE_TEST_FAIL_AFTER_ROWS").ok().and_then(|v| v.parse::<usize>().ok()) == Some(_rows) {
        std::process::abort();
    }
}

/// A close recorded in an open transaction: committed with [`PendingClose::commit`], rolled
/// back when dropped.
pub struct PendingClose<'l> {
    tx: rusqlite::Transaction<'l>,
    path: PathBuf,
    month: Month,
    old_totals: Option<String>,
    new_totals: String,
    before: Vec<StoredMonth>,
}

impl PendingClose<'_> {
    /// Commits the close and works out the later closed months it changes.
    pub fn commit(self, rules: &Rules) -> Result<CloseOutcome> {
        let PendingClose { tx, path, month, old_totals, new_totals, before } = self;
        crate::output::atomic::fault("ledger-commit")?;
        tx.commit().map_err(db_err(&path))?;
        // Closing (or reopening) a month before later closed months can change their runs too.
        let ledger = Ledger::open_read_only(&path)?.ok_or_else(|| KaoheError::Ledger { path: path.clone(), message: "vanished".into() })?;
        let impacts = if before.is_empty() { Vec::new() } else { ledger.impacts(rules, month, &before)? };
        Ok(CloseOutcome { old_totals, new_totals, impacts })
    }
}

fn db_err(path: &Path) -> impl Fn(rusqlite::Error) -> KaoheError + '_ {
    move |e| KaoheError::Ledger { path: path.to_path_buf(), message: e.to_string() }
}

impl Ledger {
    /// Opens an existing ledger for reading; `Ok(None)` when the file does not exist. Never
    /// creates the file (SPEC 4: `run` reads the ledger but never writes it).
    pub fn open_read_only(path: &Path) -> Result<Option<Ledger>> {
        if !path.exists() {
            return Ok(None);
        }
        let err = db_err(path);
        if hot_journal(path) {
            // A close was interrupted: SQLite rolls its journal back on the first read-write open,
            // restoring the ledger as it was before that close. A read-only connection cannot.
            let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE).map_err(&err)?;
            conn.query_row("SELECT count(*) FROM sqlite_master", [], |r| r.get::<_, i64>(0)).map_err(&err)?;
        }
        let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY).map_err(&err)?;
        let ledger = Ledger { conn, path: path.to_path_buf() };
        ledger.check_version()?;
        Ok(Some(ledger))
    }

    /// Opens the ledger for writing, creating it and its tables when needed.
    pub fn open_write(path: &Path) -> Result<Ledger> {
        let err = db_err(path);
        let conn = Connection::open(path).map_err(&err)?;
        let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(&err)?;
        if version == 0 {
            let tx_sql = format!("BEGIN IMMEDIATE; {SCHEMA} PRAGMA user_version = {SCHEMA_VERSION}; COMMIT;");
            conn.execute_batch(&tx_sql).map_err(&err)?;
        }
        let ledger = Ledger { conn, path: path.to_path_buf() };
        ledger.check_version()?;
        Ok(ledger)
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> KaoheError + '_ {
        db_err(&self.path)
    }

    fn check_version(&self) -> Result<()> {
        let version: i64 = self.conn.pragma_query_value(None, "user_version", |r| r.get(0)).map_err(self.err())?;
        if version != SCHEMA_VERSION {
            return Err(KaoheError::Ledger {
                path: self.path.clone(),
                message: format!("schema version {version}, this kaohe reads version {SCHEMA_VERSION}: use a matching kaohe"),
            });
        }
        Ok(())
    }

    /// Every agent's stored months strictly before `month` (closed or imported).
    pub fn history_before(&self, month: Month) -> Result<History> {
        let mut history = History::default();
        for row in self.rows("WHERE month < ?1", params![month.to_string()])? {
            history.by_agent.entry(row.agent_id.clone()).or_default().push(PastMonth {
                month: row.month,
                work_score: row.work_score,
                on_post: row.on_post,
            });
        }
        Ok(history)
    }

    /// The closed month, if it is closed.
    pub fn closed(&self, month: Month) -> Result<Option<ClosedMonth>> {
        Ok(self.closed_months()?.into_iter().find(|m| m.month == month))
    }

    /// Every closed month, oldest first.
    pub fn closed_months(&self) -> Result<Vec<ClosedMonth>> {
        let mut stmt = self
            .conn
            .prepare("SELECT month, closed_at, closed_by, rules_name, rules_sha256, agents, gross_total FROM months ORDER BY month")
            .map_err(self.err())?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?)))
            .map_err(self.err())?;
        let mut out = Vec::new();
        for row in rows {
            let (month, closed_at, closed_by, rules_name, rules_sha256, agents, gross_total) = row.map_err(self.err())?;
            out.push(ClosedMonth { month: self.month(&month)?, closed_at, closed_by, rules_name, rules_sha256, agents, gross_total });
        }
        Ok(out)
    }

    /// Stored agent months, filtered by an SQL `WHERE` clause, ordered by month then agent.
    pub fn rows(&self, filter: &str, params: impl rusqlite::Params) -> Result<Vec<StoredMonth>> {
        let sql = format!(
            "SELECT month, agent_id, source, name, team, status, on_post, work_score, total_score, rewards, fines, \
             pay_adjustment, gross_pay, full_marks_run, actions FROM agent_months {filter} ORDER BY month, agent_id"
        );
        let mut stmt = self.conn.prepare(&sql).map_err(self.err())?;
        type Raw = (String, String, String, Option<String>, Option<String>, Option<String>, i64, String);
        type Money = (Option<String>, Option<String>, Option<String>, Option<String>, Option<String>, Option<i64>, String);
        let rows = stmt
            .query_map(params, |r| {
                let raw: Raw = (r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?, r.get(5)?, r.get(6)?, r.get(7)?);
                let money: Money = (r.get(8)?, r.get(9)?, r.get(10)?, r.get(11)?, r.get(12)?, r.get(13)?, r.get(14)?);
                Ok((raw, money))
            })
            .map_err(self.err())?;
        let mut out = Vec::new();
        for row in rows {
            let ((month, agent_id, source, name, team, status, on_post, work), (total, rewards, fines, adj, gross, run, actions)) =
                row.map_err(self.err())?;
            let opt = |t: Option<String>| t.map(|t| self.decimal(&t)).transpose();
            out.push(StoredMonth {
                month: self.month(&month)?,
                agent_id,
                source,
                name,
                team,
                status,
                on_post: on_post != 0,
                work_score: self.decimal(&work)?,
                total_score: opt(total)?,
                rewards: opt(rewards)?,
                fines: opt(fines)?,
                pay_adjustment: opt(adj)?,
                gross_pay: opt(gross)?,
                full_marks_run: run.map(|n| n.max(0) as u32),
                actions,
            });
        }
        Ok(out)
    }

    fn decimal(&self, text: &str) -> Result<Decimal> {
        Decimal::from_str(text).map_err(|_| KaoheError::Ledger {
            path: self.path.clone(),
            message: format!("`{text}` is not a decimal: the file was edited by hand?"),
        })
    }

    fn month(&self, text: &str) -> Result<Month> {
        text.parse().map_err(|m: String| KaoheError::Ledger { path: self.path.clone(), message: m })
    }

    /// Records a month in one transaction, left open: the caller publishes the month's files,
    /// then commits ([`PendingClose::commit`]) — or drops it, and nothing was recorded (SPEC 4:
    /// all or nothing across the ledger and the files). Refuses (exit 3) to close a closed month
    /// again unless reopening; a reopen replaces the month and keeps an audit row.
    pub fn begin_close(
        &mut self,
        rules: &Rules,
        month: Month,
        appraisals: &[Appraisal],
        inputs: &[crate::model::InputFile],
        mode: CloseMode,
    ) -> Result<PendingClose<'_>> {
        let path = self.path.clone();
        let err = db_err(&path);
        let key = month.to_string();
        let totals = MonthTotals::of(appraisals);
        let new_totals = totals.json(appraisals.len());
        let before: Vec<StoredMonth> = self.rows("WHERE month > ?1 AND source = 'closed'", params![key])?;

        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        let old_totals: Option<String> = tx
            .query_row("SELECT json_object('agents', agents, 'work_total', work_total, 'pay_adjustment_total', pay_adjustment_total, 'gross_total', gross_total) FROM months WHERE month = ?1", params![key], |r| r.get(0))
            .optional()
            .map_err(&err)?;
        let (action, reason) = match (&mode, &old_totals) {
            (CloseMode::New, Some(_)) => {
                return Err(KaoheError::Refused(format!(
                    "{month} is already closed in {}; to replace it use --reopen --reason TEXT",
                    path.display()
                )))
            }
            (CloseMode::Reopen(_), None) => {
                return Err(KaoheError::Refused(format!("{month} is not closed in {}; close it without --reopen", path.display())))
            }
            (CloseMode::New, None) => ("close", None),
            (CloseMode::Reopen(reason), Some(_)) => ("reopen", Some(reason.to_string())),
        };
        tx.execute("DELETE FROM months WHERE month = ?1", params![key]).map_err(&err)?;
        tx.execute("DELETE FROM month_inputs WHERE month = ?1", params![key]).map_err(&err)?;
        tx.execute("DELETE FROM agent_months WHERE month = ?1 AND source = 'closed'", params![key]).map_err(&err)?;
        let (at, who) = (now(), who());
        tx.execute(
            "INSERT INTO months (month, closed_at, closed_by, rules_name, rules_sha256, agents, work_total, pay_adjustment_total, gross_total) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            params![key, at, who, rules.source_name, rules.hash, appraisals.len() as i64, fmt_score(totals.work), fmt_money(totals.pay_adjustment), fmt_money(totals.gross)],
        )
        .map_err(&err)?;
        for f in inputs {
            tx.execute("INSERT OR REPLACE INTO month_inputs (month, file, sha256) VALUES (?1, ?2, ?3)", params![key, f.name, f.sha256])
                .map_err(&err)?;
        }
        {
            // A closed row supersedes an imported row of the same agent and month.
            let mut insert = tx
                .prepare(
                    "INSERT OR REPLACE INTO agent_months (month, agent_id, source, name, team, status, on_post, work_score, \
                     attendance_score, hygiene_score, special_score, total_score, base_salary, allowance, appraisal_wage, \
                     attendance_bonus, special_bonus, rewards, fines, pay_adjustment, gross_pay, full_marks_run, actions) \
                     VALUES (?1, ?2, 'closed', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)",
                )
                .map_err(&err)?;
            for (n, a) in appraisals.iter().enumerate() {
                let p = &a.pay;
                let on_post = rules.status_pay(a.agent.status).on_post;
                insert
                    .execute(params![
                        key,
                        a.agent.id,
                        a.agent.name,
                        a.agent.team,
                        a.agent.status.code(),
                        on_post as i64,
                        fmt_score(a.work.score),
                        fmt_score(a.attendance.score),
                        fmt_score(a.hygiene.score),
                        fmt_score(a.special.score),
                        fmt_score(a.total_score),
                        fmt_money(p.base_salary),
                        fmt_money(p.allowance),
                        fmt_money(p.appraisal_wage),
                        fmt_money(p.attendance_bonus),
                        fmt_money(p.special_bonus),
                        fmt_money(p.rewards),
                        fmt_money(p.fines),
                        fmt_money(p.pay_adjustment),
                        fmt_money(p.gross_pay),
                        a.run.full_marks_run as i64,
                        action_codes(&a.actions),
                    ])
                    .map_err(&err)?;
                fail_after_rows(n + 1);
            }
        }
        tx.execute(
            "INSERT INTO audit (at, month, action, reason, who, old_totals, new_totals) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![at, key, action, reason, who, old_totals, new_totals],
        )
        .map_err(&err)?;
        Ok(PendingClose { tx, path: self.path.clone(), month, old_totals, new_totals, before })
    }

    /// Recomputes the runs and actions of the later closed months of the agents in `month` from
    /// the stored work scores, and lists those that differ from what was recorded.
    fn impacts(&self, rules: &Rules, month: Month, later: &[StoredMonth]) -> Result<Vec<Impact>> {
        let now: Vec<StoredMonth> = self.rows("", [])?;
        let mut by_agent: BTreeMap<&str, Vec<&StoredMonth>> = BTreeMap::new();
        for r in &now {
            by_agent.entry(r.agent_id.as_str()).or_default().push(r);
        }
        let mut out = Vec::new();
        for old in later.iter().filter(|r| r.month > month) {
            let Some(rows) = by_agent.get(old.agent_id.as_str()) else { continue };
            let history: Vec<PastMonth> = rows
                .iter()
                .filter(|r| r.month < old.month)
                .map(|r| PastMonth { month: r.month, work_score: r.work_score, on_post: r.on_post })
                .collect();
            let full_now = old.on_post && old.work_score == rules.scheme.work_full_marks;
            let run = run_info(rules, old.month, full_now, &history);
            let new_actions = if old.on_post { action_codes(&actions(rules, old.work_score, &run)) } else { String::new() };
            let old_run = old.full_marks_run.unwrap_or(0);
            if old_run != run.full_marks_run || old.actions != new_actions {
                out.push(Impact {
                    agent_id: old.agent_id.clone(),
                    month: old.month,
                    old_run,
                    new_run: run.full_marks_run,
                    old_actions: old.actions.clone(),
                    new_actions,
                });
            }
        }
        out.sort_by(|a, b| (&a.agent_id, a.month).cmp(&(&b.agent_id, b.month)));
        Ok(out)
    }

    /// Imports earlier months' work scores in one transaction. Refuses (exit 3, nothing written)
    /// when a row falls in a closed month; replaces earlier imported rows of the same agent and
    /// month.
    pub fn import(&mut self, rows: &[ImportRow], file: &str) -> Result<usize> {
        let closed: Vec<Month> = self.closed_months()?.into_iter().map(|m| m.month).collect();
        let mut refused: Vec<String> = rows.iter().filter(|r| closed.contains(&r.month)).map(|r| r.month.to_string()).collect();
        refused.dedup();
        if !refused.is_empty() {
            return Err(KaoheError::Refused(format!(
                "{file}: {} already closed in {}; imports never overwrite a closed month — remove those rows",
                refused.join(", "),
                self.path.display()
            )));
        }
        let path = self.path.clone();
        let err = db_err(&path);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT OR REPLACE INTO agent_months (month, agent_id, source, on_post, work_score, actions) \
                     VALUES (?1, ?2, 'imported', 1, ?3, '')",
                )
                .map_err(&err)?;
            for r in rows {
                insert.execute(params![r.month.to_string(), r.agent_id, fmt_score(r.work_score)]).map_err(&err)?;
            }
        }
        let months: std::collections::BTreeSet<String> = rows.iter().map(|r| r.month.to_string()).collect();
        for m in months {
            tx.execute(
                "INSERT INTO audit (at, month, action, reason, who, old_totals, new_totals) VALUES (?1, ?2, 'import', ?3, ?4, NULL, NULL)",
                params![now(), m, format!("imported from {file}"), who()],
            )
            .map_err(&err)?;
        }
        tx.commit().map_err(&err)?;
        Ok(rows.len())
    }
}

/// A rollback journal left by an interrupted write.
fn hot_journal(path: &Path) -> bool {
    let mut journal = path.as_os_str().to_owned();
    journal.push("-journal");
    std::fs::metadata(PathBuf::from(journal)).is_ok_and(|m| m.len() > 0)
}

/// The month's totals as recorded in `months` and in audit rows.
struct MonthTotals {
    work: Decimal,
    pay_adjustment: Decimal,
    gross: Decimal,
}

impl MonthTotals {
    fn of(appraisals: &[Appraisal]) -> MonthTotals {
        MonthTotals {
            work: appraisals.iter().map(|a| a.work.score).sum(),
            pay_adjustment: appraisals.iter().map(|a| a.pay.pay_adjustment).sum(),
            gross: appraisals.iter().map(|a| a.pay.gross_pay).sum(),
        }
    }

    fn json(&self, agents: usize) -> String {
        serde_json::json!({
            "agents": agents,
            "work_total": fmt_score(self.work),
            "pay_adjustment_total": fmt_money(self.pay_adjustment),
            "gross_total": fmt_money(self.gross),
        })
        .to_string()
    }
}

/// Now, in UTC, as `2026-11-02T09:15:00Z`.
fn now() -> String {
    let secs = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.as_secs() as i64).unwrap_or(0);
    chrono::DateTime::from_timestamp(secs, 0).map(|t| t.format("%Y-%m-%dT%H:%M:%SZ").to_string()).unwrap_or_default()
}

/// Who made the change: `USER` (or `USERNAME` on Windows), else "unknown".
fn who() -> String {
    std::env::var("USER").or_else(|_| std::env::var("USERNAME")).ok().filter(|u| !u.is_empty()).unwrap_or_else(|| "unknown".into())
}
