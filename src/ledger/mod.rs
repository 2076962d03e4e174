//! The ledger of closed months (SPEC 4): an SQLite file holding every closed month's results, the
//! rules text and input hashes it was computed from, the versions a reopen replaced, the
//! corrections due (补发/扣回) that a reopen makes, imported work scores and an audit trail. All
//! SQL of kaohe lives in this module. Money and scores are stored as decimal text, never as
//! floats. The schema is documented in `docs/ledger.md`; `schema.rs` upgrades older files.

mod change;
mod corrections;
mod schema;

use std::cell::RefCell;
use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;
use std::sync::Arc;

use rusqlite::{params, Connection, OpenFlags, OptionalExtension, TransactionBehavior};
use rust_decimal::Decimal;

pub use change::{Change, FieldChange, Figures};
pub use corrections::{Correction, CorrectionState};
pub use schema::SCHEMA_VERSION;

use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::model::{Agent, PastMonth, Status};
use crate::month::Month;
use crate::num::{fmt_money, fmt_score};
use crate::pay::{pay, Scores};
use crate::problem::Origin;
use crate::rules::Rules;
use crate::score::{action_codes, actions, run_info, Appraisal};
use crate::tr;

/// An open ledger file.
pub struct Ledger {
    conn: Connection,
    path: PathBuf,
    /// The language of the ledger's messages.
    lang: Lang,
    /// Rules parsed from the texts stored with months and imports, by SHA-256.
    rules: RefCell<HashMap<String, Arc<Rules>>>,
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

/// One stored agent month: a closed row (every column) or an imported row (the work score only;
/// the rest `None`, which every view shows as empty, never as 0).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredMonth {
    pub month: Month,
    pub agent_id: String,
    /// `closed` or `imported`.
    pub source: String,
    pub name: Option<String>,
    pub team: Option<String>,
    pub status: Option<String>,
    pub on_post: bool,
    pub work_score: Decimal,
    pub attendance_score: Option<Decimal>,
    pub hygiene_score: Option<Decimal>,
    pub special_score: Option<Decimal>,
    pub total_score: Option<Decimal>,
    pub base_salary: Option<Decimal>,
    pub allowance: Option<Decimal>,
    pub appraisal_wage: Option<Decimal>,
    pub attendance_bonus: Option<Decimal>,
    pub special_bonus: Option<Decimal>,
    pub rewards: Option<Decimal>,
    pub fines: Option<Decimal>,
    pub pay_adjustment: Option<Decimal>,
    pub gross_pay: Option<Decimal>,
    pub full_marks_run: Option<u32>,
    pub actions: String,
    /// The rules the row is judged by (the month's, or the import's); `None` in a row whose rules
    /// are unknown, judged by the built-in scheme.
    pub rules_sha256: Option<String>,
}

impl StoredMonth {
    pub fn is_imported(&self) -> bool {
        self.source == "imported"
    }
}

/// One version of a closed month: the one in force (`current`), or one a reopen replaced.
#[derive(Debug, Clone)]
pub struct MonthVersion {
    pub month: Month,
    pub version: i64,
    pub current: bool,
    pub closed_at: String,
    pub closed_by: String,
    pub rules_name: String,
    pub rules_sha256: String,
    pub agents: i64,
    pub work_total: String,
    pub pay_adjustment_total: String,
    pub gross_total: String,
    /// Why this version replaced the one before it (`None` for a first close).
    pub reason: Option<String>,
    /// When and by whom a later reopen replaced it (`None` for the current version).
    pub replaced_at: Option<String>,
    pub replaced_by: Option<String>,
}

/// A closed month's header row: its current version.
pub type ClosedMonth = MonthVersion;

/// What a close did.
#[derive(Debug, Clone)]
pub struct CloseOutcome {
    /// The version number the month is now at (1 for a first close).
    pub version: i64,
    /// The totals of the version it replaced, when reopened.
    pub old_totals: Option<String>,
    pub new_totals: String,
    /// Agents whose scores, actions or money differ from the replaced version (a reopen).
    pub changes: Vec<Change>,
    /// Corrections due that the reopen recorded.
    pub corrections: Vec<Correction>,
    /// Corrections still due that the reopen replaced (two reopens before a payday).
    pub superseded: Vec<Correction>,
    /// Corrections this close settled (paid with this month).
    pub settled: usize,
    /// Later closed months whose runs, actions or money the close changes (reported, never
    /// rewritten).
    pub impacts: Vec<Change>,
}

/// What an import did.
#[derive(Debug, Clone)]
pub struct ImportOutcome {
    pub rows: usize,
    /// Later closed months whose runs, actions or money the imported months change.
    pub impacts: Vec<Change>,
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
    /// Replace the closed month, keeping it as a version, with this reason.
    Reopen(&'a str),
}

/// A finding under appeal, as a close records it (SPEC 2.6).
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct AppealRecord {
    pub month: Month,
    pub version: i64,
    pub agent_id: String,
    /// The leaf's code.
    pub leaf: String,
    pub date: chrono::NaiveDate,
    /// `qa.csv:17`.
    pub place: String,
    pub inspector: String,
    pub misses: u32,
    /// `pending`, `upheld` or `rejected`.
    pub state: String,
    pub note: String,
    pub decided_by: String,
    pub decided_on: Option<chrono::NaiveDate>,
}

impl AppealRecord {
    /// The findings of a checked month that are under appeal, in the agents' order (`version`
    /// is set by the close).
    pub fn of_month(rules: &Rules, data: &crate::model::MonthData, month: Month) -> Vec<AppealRecord> {
        data.records
            .findings
            .iter()
            .filter(|f| f.appeal != crate::model::Appeal::None)
            .map(|f| AppealRecord {
                month,
                version: 0,
                agent_id: data.agents[f.agent as usize].id.clone(),
                leaf: rules.leaves[f.leaf as usize].code.clone(),
                date: f.date,
                place: data.row_ref(f.at),
                inspector: f.inspector.to_string(),
                misses: f.misses,
                state: f.appeal.code().to_string(),
                note: f.appeal_note.to_string(),
                decided_by: f.decided_by.to_string(),
                decided_on: f.decided_on,
            })
            .collect()
    }
}

/// Everything a close records.
pub struct CloseRequest<'a> {
    pub rules: &'a Rules,
    pub month: Month,
    pub appraisals: &'a [Appraisal],
    pub inputs: &'a [crate::model::InputFile],
    pub mode: CloseMode<'a>,
    /// Who closes (the OS user, or `--by`).
    pub who: &'a str,
    /// The corrections this month pays, as its adjustments.csv lists them: a first close marks
    /// the due ones settled in its transaction.
    pub pays: &'a [Correction],
    /// The month's findings under appeal, recorded with the new version.
    pub appeals: &'a [AppealRecord],
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

/// Projected figures of later closed rows, by (agent, month): what they would be now.
type Projection = BTreeMap<(String, Month), (StoredMonth, Figures)>;

/// A close recorded in an open transaction: committed with [`PendingClose::commit`], rolled
/// back when dropped.
pub struct PendingClose<'l> {
    tx: rusqlite::Transaction<'l>,
    path: PathBuf,
    lang: Lang,
    month: Month,
    agents: BTreeSet<String>,
    before: Projection,
    outcome: CloseOutcome,
}

impl PendingClose<'_> {
    /// Commits the close and works out the later closed months it changes.
    pub fn commit(self) -> Result<CloseOutcome> {
        let PendingClose { tx, path, lang, month, agents, before, mut outcome } = self;
        crate::output::atomic::fault("ledger-commit")?;
        tx.commit().map_err(db_err(&path))?;
        // Closing (or reopening) a month before later closed months can change their runs too.
        if !before.is_empty() {
            let ledger = Ledger::open_read_only(&path, lang)?
                .ok_or_else(|| KaoheError::Ledger { path: path.clone(), message: "vanished".into() })?;
            let after = ledger.project(month, &agents)?;
            outcome.impacts = impacts(&before, &after);
        }
        Ok(outcome)
    }
}

/// Later rows that the change moved, as recorded → what they would now be; only rows and fields
/// that differ.
fn impacts(before: &Projection, after: &Projection) -> Vec<Change> {
    after
        .iter()
        .filter(|(key, (_, now))| before.get(*key).is_none_or(|(_, was)| was != now))
        .filter(|(_, (row, now))| Figures::of_row(row) != *now)
        .map(|((agent, month), (row, now))| Change {
            agent_id: agent.clone(),
            name: row.name.clone(),
            month: *month,
            old: Some(Figures::of_row(row)),
            new: Some(now.clone()),
        })
        .collect()
}

fn db_err(path: &Path) -> impl Fn(rusqlite::Error) -> KaoheError + '_ {
    move |e| KaoheError::Ledger { path: path.to_path_buf(), message: e.to_string() }
}

/// The columns of an agent row, in [`read_rows`]' order (the same in `agent_months` and
/// `agent_month_versions`).
const ROW_COLUMNS: &str = "month, agent_id, source, name, team, status, on_post, work_score, attendance_score, hygiene_score, \
     special_score, total_score, base_salary, allowance, appraisal_wage, attendance_bonus, special_bonus, rewards, fines, \
     pay_adjustment, gross_pay, full_marks_run, actions, rules_sha256";

fn decimal(path: &Path, text: &str) -> Result<Decimal> {
    Decimal::from_str(text).map_err(|_| KaoheError::Ledger {
        path: path.to_path_buf(),
        message: format!("`{text}` is not a decimal: the file was edited by hand?"),
    })
}

fn month_of(path: &Path, text: &str) -> Result<Month> {
    text.parse().map_err(|m: String| KaoheError::Ledger { path: path.to_path_buf(), message: m })
}

fn insert_appeals(tx: &rusqlite::Transaction, month: &str, version: i64, appeals: &[AppealRecord]) -> rusqlite::Result<()> {
    let mut stmt = tx.prepare(
        "INSERT INTO appeals (month, version, agent_id, leaf, date, place, inspector, misses, state, note, decided_by, decided_on) \
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)",
    )?;
    for a in appeals {
        stmt.execute(params![
            month,
            version,
            a.agent_id,
            a.leaf,
            a.date.to_string(),
            a.place,
            a.inspector,
            a.misses,
            a.state,
            a.note,
            a.decided_by,
            a.decided_on.map(|d| d.to_string())
        ])?;
    }
    Ok(())
}

/// Agent rows of `table`, filtered by an SQL `WHERE` clause, ordered by month then agent.
fn read_rows(conn: &Connection, path: &Path, table: &str, filter: &str, params: impl rusqlite::Params) -> Result<Vec<StoredMonth>> {
    let err = db_err(path);
    let sql = format!("SELECT {ROW_COLUMNS} FROM {table} {filter} ORDER BY month, agent_id");
    let mut stmt = conn.prepare(&sql).map_err(&err)?;
    let mut rows = stmt.query(params).map_err(&err)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(&err)? {
        let text = |i: usize| r.get::<_, Option<String>>(i).map_err(&err);
        let opt = |i: usize| -> Result<Option<Decimal>> { text(i)?.map(|t| decimal(path, &t)).transpose() };
        let month: String = r.get(0).map_err(&err)?;
        let work: String = r.get(7).map_err(&err)?;
        out.push(StoredMonth {
            month: month_of(path, &month)?,
            agent_id: r.get(1).map_err(&err)?,
            source: r.get(2).map_err(&err)?,
            name: text(3)?,
            team: text(4)?,
            status: text(5)?,
            on_post: r.get::<_, i64>(6).map_err(&err)? != 0,
            work_score: decimal(path, &work)?,
            attendance_score: opt(8)?,
            hygiene_score: opt(9)?,
            special_score: opt(10)?,
            total_score: opt(11)?,
            base_salary: opt(12)?,
            allowance: opt(13)?,
            appraisal_wage: opt(14)?,
            attendance_bonus: opt(15)?,
            special_bonus: opt(16)?,
            rewards: opt(17)?,
            fines: opt(18)?,
            pay_adjustment: opt(19)?,
            gross_pay: opt(20)?,
            full_marks_run: r.get::<_, Option<i64>>(21).map_err(&err)?.map(|n| n.max(0) as u32),
            actions: r.get(22).map_err(&err)?,
            rules_sha256: text(23)?,
        });
    }
    Ok(out)
}

const VERSION_COLUMNS: &str =
    "month, version, closed_at, closed_by, rules_name, rules_sha256, agents, work_total, pay_adjustment_total, gross_total, reason";

fn read_versions(conn: &Connection, path: &Path, sql: &str, params: impl rusqlite::Params) -> Result<Vec<MonthVersion>> {
    let err = db_err(path);
    let mut stmt = conn.prepare(sql).map_err(&err)?;
    let mut rows = stmt.query(params).map_err(&err)?;
    let mut out = Vec::new();
    while let Some(r) = rows.next().map_err(&err)? {
        let month: String = r.get(0).map_err(&err)?;
        let replaced_at: Option<String> = r.get(11).map_err(&err)?;
        out.push(MonthVersion {
            month: month_of(path, &month)?,
            version: r.get(1).map_err(&err)?,
            current: replaced_at.is_none(),
            closed_at: r.get(2).map_err(&err)?,
            closed_by: r.get(3).map_err(&err)?,
            rules_name: r.get(4).map_err(&err)?,
            rules_sha256: r.get(5).map_err(&err)?,
            agents: r.get(6).map_err(&err)?,
            work_total: r.get(7).map_err(&err)?,
            pay_adjustment_total: r.get(8).map_err(&err)?,
            gross_total: r.get(9).map_err(&err)?,
            reason: r.get(10).map_err(&err)?,
            replaced_at,
            replaced_by: r.get(12).map_err(&err)?,
        });
    }
    Ok(out)
}

impl Ledger {
    fn new(conn: Connection, path: &Path, lang: Lang) -> Ledger {
        Ledger { conn, path: path.to_path_buf(), lang, rules: RefCell::new(HashMap::new()) }
    }

    /// Opens an existing ledger for reading; `Ok(None)` when the file does not exist. Never
    /// creates or changes the file (SPEC 4: `run` reads the ledger but never writes it): a ledger
    /// of an older schema is copied into memory and upgraded there.
    /// Its messages are in `lang`.
    pub fn open_read_only(path: &Path, lang: Lang) -> Result<Option<Ledger>> {
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
        let version = schema::version(&conn).map_err(&err)?;
        let conn = if (1..SCHEMA_VERSION).contains(&version) {
            let mut memory = Connection::open_in_memory().map_err(&err)?;
            memory.restore(rusqlite::MAIN_DB, path, None::<fn(rusqlite::backup::Progress)>).map_err(&err)?;
            schema::upgrade(&mut memory).map_err(&err)?;
            memory
        } else {
            conn
        };
        let ledger = Ledger::new(conn, path, lang);
        ledger.check_version()?;
        Ok(Some(ledger))
    }

    /// Opens the ledger for writing, creating it when needed and upgrading an older schema in
    /// place (every row kept).
    pub fn open_write(path: &Path, lang: Lang) -> Result<Ledger> {
        let err = db_err(path);
        let mut conn = Connection::open(path).map_err(&err)?;
        let version = schema::version(&conn).map_err(&err)?;
        if version < SCHEMA_VERSION {
            schema::upgrade(&mut conn).map_err(&err)?;
        }
        let ledger = Ledger::new(conn, path, lang);
        ledger.check_version()?;
        Ok(ledger)
    }

    fn err(&self) -> impl Fn(rusqlite::Error) -> KaoheError + '_ {
        db_err(&self.path)
    }

    fn check_version(&self) -> Result<()> {
        let version = schema::version(&self.conn).map_err(self.err())?;
        if version != SCHEMA_VERSION {
            return Err(KaoheError::Ledger {
                path: self.path.clone(),
                message: tr!(self.lang, "ledger-newer-schema", version = version, known = SCHEMA_VERSION),
            });
        }
        Ok(())
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// The rules stored under `sha256`. Rows whose rules text the ledger does not hold (months
    /// closed by schema version 1 under a rules file that is not the built-in one) are judged by
    /// the built-in scheme.
    pub fn rules_of(&self, sha256: Option<&str>) -> Result<Arc<Rules>> {
        let key = sha256.unwrap_or("").to_string();
        if let Some(r) = self.rules.borrow().get(&key) {
            return Ok(Arc::clone(r));
        }
        let stored: Option<(String, String)> = match sha256 {
            Some(sha) => self
                .conn
                .query_row("SELECT name, text FROM rules_texts WHERE sha256 = ?1", params![sha], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()
                .map_err(self.err())?,
            None => None,
        };
        let rules = match stored {
            Some((name, text)) => Rules::parse_in(&text, &name, self.lang).map_err(|problems| KaoheError::Ledger {
                path: self.path.clone(),
                message: tr!(
                    self.lang,
                    "ledger-rules-unreadable",
                    name = crate::rules::shown_name(&name, self.lang),
                    problem = problems.first().map(|p| p.to_string()).unwrap_or_default()
                ),
            })?,
            None => Rules::default_rules(),
        };
        let rules = Arc::new(rules);
        self.rules.borrow_mut().insert(key, Arc::clone(&rules));
        Ok(rules)
    }

    /// Whether the ledger holds the rules text stored under `sha256`.
    pub fn has_rules_text(&self, sha256: &str) -> Result<bool> {
        self.conn
            .query_row("SELECT EXISTS (SELECT 1 FROM rules_texts WHERE sha256 = ?1)", params![sha256], |r| r.get(0))
            .map_err(self.err())
    }

    /// A stored row as the history of a later month sees it, judged by its own rules.
    pub fn past_month(&self, row: &StoredMonth) -> Result<PastMonth> {
        let rules = self.rules_of(row.rules_sha256.as_deref())?;
        Ok(PastMonth {
            month: row.month,
            work_score: row.work_score,
            on_post: row.on_post,
            full_marks: rules.scheme.work_full_marks,
            reassign_below: rules.actions.reassign_below,
        })
    }

    /// Every agent's stored months strictly before `month` (closed or imported).
    pub fn history_before(&self, month: Month) -> Result<History> {
        let mut history = History::default();
        for row in self.rows("WHERE month < ?1", params![month.to_string()])? {
            let past = self.past_month(&row)?;
            history.by_agent.entry(row.agent_id.clone()).or_default().push(past);
        }
        Ok(history)
    }

    /// The closed month, if it is closed.
    pub fn closed(&self, month: Month) -> Result<Option<ClosedMonth>> {
        let sql = format!("SELECT {VERSION_COLUMNS}, NULL, NULL FROM months WHERE month = ?1");
        Ok(read_versions(&self.conn, &self.path, &sql, params![month.to_string()])?.into_iter().next())
    }

    /// The findings under appeal a version of a month was closed with (the version in force
    /// when `None`), or every closed month's for an agent.
    pub fn appeals(&self, month: Option<Month>, agent: Option<&str>) -> Result<Vec<AppealRecord>> {
        let err = db_err(&self.path);
        let sql = "SELECT a.month, a.version, agent_id, leaf, date, place, inspector, misses, state, note, decided_by, decided_on \
                   FROM appeals a JOIN months m ON m.month = a.month AND m.version = a.version \
                   WHERE (?1 IS NULL OR a.month = ?1) AND (?2 IS NULL OR agent_id = ?2) ORDER BY a.month, a.id";
        let mut stmt = self.conn.prepare(sql).map_err(&err)?;
        let mut rows = stmt.query(params![month.map(|m| m.to_string()), agent]).map_err(&err)?;
        let mut out = Vec::new();
        let date = |t: String| {
            chrono::NaiveDate::parse_from_str(&t, "%Y-%m-%d").map_err(|_| KaoheError::Ledger {
                path: self.path.clone(),
                message: tr!(self.lang, "ledger-not-a-date", value = t.as_str()),
            })
        };
        while let Some(r) = rows.next().map_err(&err)? {
            let month: String = r.get(0).map_err(&err)?;
            out.push(AppealRecord {
                month: month_of(&self.path, &month)?,
                version: r.get(1).map_err(&err)?,
                agent_id: r.get(2).map_err(&err)?,
                leaf: r.get(3).map_err(&err)?,
                date: date(r.get(4).map_err(&err)?)?,
                place: r.get(5).map_err(&err)?,
                inspector: r.get(6).map_err(&err)?,
                misses: r.get(7).map_err(&err)?,
                state: r.get(8).map_err(&err)?,
                note: r.get(9).map_err(&err)?,
                decided_by: r.get(10).map_err(&err)?,
                decided_on: r.get::<_, Option<String>>(11).map_err(&err)?.map(date).transpose()?,
            });
        }
        Ok(out)
    }

    /// Every closed month, oldest first.
    pub fn closed_months(&self) -> Result<Vec<ClosedMonth>> {
        let sql = format!("SELECT {VERSION_COLUMNS}, NULL, NULL FROM months ORDER BY month");
        read_versions(&self.conn, &self.path, &sql, [])
    }

    /// Every version of a month the ledger holds, oldest first, the current one last.
    pub fn versions(&self, month: Month) -> Result<Vec<MonthVersion>> {
        let sql = format!(
            "SELECT {VERSION_COLUMNS}, replaced_at, replaced_by FROM month_versions WHERE month = ?1 \
             UNION ALL SELECT {VERSION_COLUMNS}, NULL, NULL FROM months WHERE month = ?1 ORDER BY version"
        );
        read_versions(&self.conn, &self.path, &sql, params![month.to_string()])
    }

    /// The agent rows of one version of a closed month (the current one from `agent_months`).
    pub fn version_rows(&self, month: Month, version: i64) -> Result<Vec<StoredMonth>> {
        let current = self.closed(month)?.is_some_and(|c| c.version == version);
        if current {
            self.rows("WHERE month = ?1 AND source = 'closed'", params![month.to_string()])
        } else {
            read_rows(
                &self.conn,
                &self.path,
                "agent_month_versions",
                "WHERE month = ?1 AND version = ?2",
                params![month.to_string(), version],
            )
        }
    }

    /// Stored agent months (the versions in force), filtered by an SQL `WHERE` clause, ordered
    /// by month then agent.
    pub fn rows(&self, filter: &str, params: impl rusqlite::Params) -> Result<Vec<StoredMonth>> {
        read_rows(&self.conn, &self.path, "agent_months", filter, params)
    }

    /// Records a month in one transaction, left open: the caller publishes the month's files,
    /// then commits ([`PendingClose::commit`]) — or drops it, and nothing was recorded (SPEC 4:
    /// all or nothing across the ledger and the files). Refuses (exit 3) to close a closed month
    /// again unless reopening; a reopen keeps the replaced close as a version and records a
    /// correction due for every agent whose gross pay it changes.
    pub fn begin_close(&mut self, req: CloseRequest) -> Result<PendingClose<'_>> {
        let path = self.path.clone();
        let err = db_err(&path);
        let month = req.month;
        let key = month.to_string();
        let totals = MonthTotals::of(req.appraisals);
        let new_totals = totals.json(req.appraisals.len());
        let mut agents: BTreeSet<String> = req.appraisals.iter().map(|a| a.agent.id.clone()).collect();
        agents.extend(self.rows("WHERE month = ?1", params![key])?.into_iter().map(|r| r.agent_id));
        let before = self.project(month, &agents)?;

        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        let old: Option<(i64, String)> = tx
            .query_row(
                "SELECT version, json_object('agents', agents, 'work_total', work_total, 'pay_adjustment_total', pay_adjustment_total, 'gross_total', gross_total) FROM months WHERE month = ?1",
                params![key],
                |r| Ok((r.get(0)?, r.get(1)?)),
            )
            .optional()
            .map_err(&err)?;
        let reason = match (&req.mode, &old) {
            (CloseMode::New, Some(_)) => {
                return Err(KaoheError::Refused(tr!(
                    self.lang,
                    "ledger-already-closed",
                    month = month.to_string(),
                    ledger = path.display().to_string()
                )))
            }
            (CloseMode::Reopen(_), None) => {
                return Err(KaoheError::Refused(tr!(
                    self.lang,
                    "ledger-not-closed",
                    month = month.to_string(),
                    ledger = path.display().to_string()
                )))
            }
            (CloseMode::New, None) => None,
            (CloseMode::Reopen(reason), Some(_)) => Some(reason.to_string()),
        };
        let (at, who) = (now(), req.who.to_string());
        let old_version = old.as_ref().map(|(v, _)| *v);
        let version = old_version.map_or(1, |v| v + 1);
        let old_rows = match old_version {
            Some(v) => {
                archive(&tx, &key, v, &at, &who).map_err(&err)?;
                read_rows(&tx, &path, "agent_month_versions", "WHERE month = ?1 AND version = ?2", params![key, v])?
            }
            None => Vec::new(),
        };
        tx.execute("DELETE FROM months WHERE month = ?1", params![key]).map_err(&err)?;
        tx.execute("DELETE FROM month_inputs WHERE month = ?1", params![key]).map_err(&err)?;
        tx.execute("DELETE FROM agent_months WHERE month = ?1 AND source = 'closed'", params![key]).map_err(&err)?;
        let rules = req.rules;
        tx.execute(
            "INSERT OR IGNORE INTO rules_texts (sha256, name, text) VALUES (?1, ?2, ?3)",
            params![rules.hash, rules.source_name, rules.text],
        )
        .map_err(&err)?;
        tx.execute(
            "INSERT INTO months (month, closed_at, closed_by, rules_name, rules_sha256, agents, work_total, pay_adjustment_total, gross_total, version, reason) \
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11)",
            params![
                key,
                at,
                who,
                rules.source_name,
                rules.hash,
                req.appraisals.len() as i64,
                fmt_score(totals.work),
                fmt_money(totals.pay_adjustment),
                fmt_money(totals.gross),
                version,
                reason
            ],
        )
        .map_err(&err)?;
        for f in req.inputs {
            tx.execute("INSERT OR REPLACE INTO month_inputs (month, file, sha256) VALUES (?1, ?2, ?3)", params![key, f.name, f.sha256])
                .map_err(&err)?;
        }
        insert_appraisals(&tx, &key, rules, req.appraisals).map_err(&err)?;
        insert_appeals(&tx, &key, version, req.appeals).map_err(&err)?;
        let (action, old_totals) = match &old {
            Some((_, totals)) => ("reopen", Some(totals.clone())),
            None => ("close", None),
        };
        tx.execute(
            "INSERT INTO audit (at, month, action, reason, who, old_totals, new_totals) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
            params![at, key, action, reason, who, old_totals, new_totals],
        )
        .map_err(&err)?;

        let changes = change::between_versions(month, &old_rows, req.appraisals);
        let recorded = match &reason {
            Some(reason) => corrections::record(&tx, &path, month, version, &old_rows, req.appraisals, reason, &at, &who)?,
            None => corrections::Recorded::default(),
        };
        let settled = match req.mode {
            CloseMode::New => corrections::settle(&tx, &path, self.lang, month, req.pays, &at)?,
            CloseMode::Reopen(_) => 0,
        };
        let outcome = CloseOutcome {
            version,
            old_totals,
            new_totals,
            changes,
            corrections: recorded.made,
            superseded: recorded.superseded,
            settled,
            impacts: Vec::new(),
        };
        Ok(PendingClose { tx, path: path.clone(), lang: self.lang, month, agents, before, outcome })
    }

    /// What the agents' later closed months (after `month`) would be now: runs, actions and
    /// rewards recomputed from the stored work scores, each month by its own rules, through the
    /// scoring core (`run_info`, `actions`, `pay`).
    fn project(&self, month: Month, agents: &BTreeSet<String>) -> Result<Projection> {
        let later = self.rows("WHERE month > ?1 AND source = 'closed'", params![month.to_string()])?;
        let later: Vec<StoredMonth> = later.into_iter().filter(|r| agents.contains(&r.agent_id)).collect();
        let mut out = Projection::new();
        if later.is_empty() {
            return Ok(out);
        }
        let mut by_agent: HashMap<String, Vec<PastMonth>> = HashMap::new();
        for r in self.rows("", [])?.iter().filter(|r| agents.contains(&r.agent_id)) {
            by_agent.entry(r.agent_id.clone()).or_default().push(self.past_month(r)?);
        }
        for row in later {
            let rules = self.rules_of(row.rules_sha256.as_deref())?;
            let history: Vec<PastMonth> =
                by_agent.get(&row.agent_id).map(|h| h.iter().filter(|p| p.month < row.month).cloned().collect()).unwrap_or_default();
            let full_now = row.on_post && row.work_score == rules.scheme.work_full_marks;
            let run = run_info(row.month, full_now, &history);
            let acts = if row.on_post { actions(&rules, row.work_score, &run) } else { Vec::new() };
            let money = stored_agent(&row).map(|(agent, scores, fines)| pay(&rules, &agent, scores, &run, fines));
            let figures = Figures {
                work: row.work_score,
                total: row.total_score,
                full_marks_run: Some(run.full_marks_run),
                actions: action_codes(&acts),
                rewards: money.as_ref().map(|p| p.rewards).or(row.rewards),
                gross: money.as_ref().map(|p| p.gross_pay).or(row.gross_pay),
            };
            out.insert((row.agent_id.clone(), row.month), (row, figures));
        }
        Ok(out)
    }

    /// The corrections paid with `month`: those its close settled, and — while the month is not
    /// closed — those due from months before it, which its close will settle.
    pub fn corrections_paid_with(&self, month: Month) -> Result<Vec<Correction>> {
        let closed = self.closed(month)?.is_some();
        let filter = if closed {
            "WHERE state = 'settled' AND settled_in = ?1"
        } else {
            "WHERE (state = 'settled' AND settled_in = ?1) OR (state = 'due' AND month < ?1)"
        };
        corrections::read(&self.conn, &self.path, filter, params![month.to_string()])
    }

    /// Every correction of the ledger (due, settled and superseded), oldest first.
    pub fn corrections(&self) -> Result<Vec<Correction>> {
        corrections::read(&self.conn, &self.path, "", [])
    }

    /// Imports earlier months' work scores in one transaction, judged by `rules` (their text is
    /// stored with the rows). Refuses (exit 3, nothing written) when a row falls in a closed
    /// month; replaces earlier imported rows of the same agent and month. Reports the later
    /// closed months whose runs, actions or money the imported months change.
    pub fn import(&mut self, rows: &[ImportRow], file: &str, rules: &Rules, who: &str) -> Result<ImportOutcome> {
        let closed: Vec<Month> = self.closed_months()?.into_iter().map(|m| m.month).collect();
        let mut refused: Vec<String> = rows.iter().filter(|r| closed.contains(&r.month)).map(|r| r.month.to_string()).collect();
        refused.sort();
        refused.dedup();
        if !refused.is_empty() {
            return Err(KaoheError::Refused(tr!(
                self.lang,
                "ledger-import-closed",
                file = file,
                months = refused.join(", "),
                ledger = self.path.display().to_string()
            )));
        }
        let first = rows.iter().map(|r| r.month).min();
        let agents: BTreeSet<String> = rows.iter().map(|r| r.agent_id.clone()).collect();
        let before = match first {
            Some(m) => self.project(m, &agents)?,
            None => Projection::new(),
        };
        let path = self.path.clone();
        let err = db_err(&path);
        let tx = self.conn.transaction_with_behavior(TransactionBehavior::Immediate).map_err(&err)?;
        tx.execute(
            "INSERT OR IGNORE INTO rules_texts (sha256, name, text) VALUES (?1, ?2, ?3)",
            params![rules.hash, rules.source_name, rules.text],
        )
        .map_err(&err)?;
        {
            let mut insert = tx
                .prepare(
                    "INSERT OR REPLACE INTO agent_months (month, agent_id, source, on_post, work_score, actions, rules_sha256) \
                     VALUES (?1, ?2, 'imported', 1, ?3, '', ?4)",
                )
                .map_err(&err)?;
            for r in rows {
                insert.execute(params![r.month.to_string(), r.agent_id, fmt_score(r.work_score), rules.hash]).map_err(&err)?;
            }
        }
        let months: BTreeSet<String> = rows.iter().map(|r| r.month.to_string()).collect();
        let at = now();
        for m in months {
            tx.execute(
                "INSERT INTO audit (at, month, action, reason, who, old_totals, new_totals) VALUES (?1, ?2, 'import', ?3, ?4, NULL, NULL)",
                params![at, m, format!("imported from {file} ({})", rules.source_name), who],
            )
            .map_err(&err)?;
        }
        tx.commit().map_err(&err)?;
        let impacts = match first {
            Some(m) if !before.is_empty() => impacts(&before, &self.project(m, &agents)?),
            _ => Vec::new(),
        };
        Ok(ImportOutcome { rows: rows.len(), impacts })
    }
}

/// Moves the close in force of `month` (version `version`) into the version tables.
fn archive(tx: &Connection, month: &str, version: i64, at: &str, who: &str) -> rusqlite::Result<()> {
    tx.execute(
        &format!("INSERT INTO month_versions ({VERSION_COLUMNS}, replaced_at, replaced_by) SELECT {VERSION_COLUMNS}, ?2, ?3 FROM months WHERE month = ?1"),
        params![month, at, who],
    )?;
    tx.execute(
        "INSERT INTO month_input_versions (month, version, file, sha256) SELECT month, ?2, file, sha256 FROM month_inputs WHERE month = ?1",
        params![month, version],
    )?;
    tx.execute(
        &format!("INSERT INTO agent_month_versions (version, {ROW_COLUMNS}) SELECT ?2, {ROW_COLUMNS} FROM agent_months WHERE month = ?1 AND source = 'closed'"),
        params![month, version],
    )?;
    Ok(())
}

fn insert_appraisals(tx: &Connection, month: &str, rules: &Rules, appraisals: &[Appraisal]) -> rusqlite::Result<()> {
    // A closed row supersedes an imported row of the same agent and month.
    let mut insert = tx.prepare(&format!(
        "INSERT OR REPLACE INTO agent_months ({ROW_COLUMNS}) \
         VALUES (?1, ?2, 'closed', ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22, ?23)"
    ))?;
    for (n, a) in appraisals.iter().enumerate() {
        let p = &a.pay;
        let on_post = rules.status_pay(a.agent.status).on_post;
        insert.execute(params![
            month,
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
            rules.hash,
        ])?;
        fail_after_rows(n + 1);
    }
    Ok(())
}

/// A closed row as the agent, scores and fines `pay` takes; `None` for a row without them.
fn stored_agent(row: &StoredMonth) -> Option<(Agent, Scores, Decimal)> {
    let status = Status::ALL.into_iter().find(|s| Some(s.code()) == row.status.as_deref())?;
    let agent = Agent {
        id: row.agent_id.clone(),
        name: row.name.clone().unwrap_or_default(),
        team: row.team.clone().unwrap_or_default(),
        status,
        base_salary: row.base_salary?,
        // The allowance paid: the roster's allowance when the status is paid one, else 0, which
        // `pay` pays as 0 again.
        allowance: row.allowance?,
        origin: Origin::file("ledger"),
    };
    let scores =
        Scores { work: row.work_score, attendance: row.attendance_score?, hygiene: row.hygiene_score?, special: row.special_score? };
    Some((agent, scores, row.fines?))
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

/// Who is making a change when no `--by` names them: the OS user's login name, else `USER`
/// (`USERNAME` on Windows), else "unknown".
pub fn os_user() -> String {
    whoami::username()
        .ok()
        .or_else(|| std::env::var("USER").ok())
        .or_else(|| std::env::var("USERNAME").ok())
        .map(|u| u.trim().to_string())
        .filter(|u| !u.is_empty())
        .unwrap_or_else(|| "unknown".into())
}
