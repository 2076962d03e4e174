//! The ledger's schema and how an older ledger is brought up to it. `PRAGMA user_version` holds
//! the version; each step below upgrades from the version before it, in one transaction with
//! the new version number, so a file is always at exactly one version. Nothing is ever dropped:
//! a ledger written by an older kaohe keeps every row (tests/migration.rs upgrades a ledger that
//! schema version 1 wrote).
//!
//! `rusqlite_migration` does the same with `user_version`, but none of its releases builds
//! against rusqlite 0.41 (2.5 wants 0.39, 2.6 wants 0.40 and Rust 1.95), so the list is kept here.

use rusqlite::{params, Connection, Transaction, TransactionBehavior};
use sha2::{Digest, Sha256};

use crate::rules::{DEFAULT_RULES, DEFAULT_RULES_NAME};

/// The schema version this kaohe writes.
pub const SCHEMA_VERSION: i64 = 3;

/// One upgrade: from `version - 1` to `version`.
struct Migration {
    version: i64,
    apply: fn(&Transaction) -> rusqlite::Result<()>,
}

const MIGRATIONS: &[Migration] = &[
    // Closed months, their inputs and agents, the audit.
    Migration { version: 1, apply: v1 },
    // Versions of reopened months, corrections due, rules texts.
    Migration { version: 2, apply: v2 },
    // The appealed findings of each close, pending ones included.
    Migration { version: 3, apply: v3 },
];

/// Brings the database to [`SCHEMA_VERSION`], one step per transaction. Returns the version it
/// found. A version newer than this kaohe's is left alone (the caller refuses it).
pub fn upgrade(conn: &mut Connection) -> rusqlite::Result<i64> {
    let found = version(conn)?;
    for m in MIGRATIONS.iter().filter(|m| m.version > found) {
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        // Another process may have upgraded the file since it was read.
        if version(&tx)? >= m.version {
            continue;
        }
        (m.apply)(&tx)?;
        tx.pragma_update(None, "user_version", m.version)?;
        tx.commit()?;
    }
    Ok(found)
}

pub fn version(conn: &Connection) -> rusqlite::Result<i64> {
    conn.pragma_query_value(None, "user_version", |r| r.get(0))
}

/// Version 1: the first schema (kaohe before versions and corrections).
fn v1(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
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
",
    )
}

/// Version 2: a reopen keeps the close it replaces as a version; corrections due (补发/扣回);
/// the rules text of every month and import.
///
/// Existing rows: every closed month gets the version number its audit rows give it (a month
/// closed and reopened once is at version 2; the version 1 that schema 1 overwrote is gone, and
/// `history --month` says so). Closed rows are judged by their month's rules; imported rows were
/// checked against the built-in scheme, so they are judged by it, and its text is stored.
fn v2(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
CREATE TABLE rules_texts (
    sha256 TEXT PRIMARY KEY,
    name   TEXT NOT NULL,
    text   TEXT NOT NULL
) STRICT;
ALTER TABLE months ADD COLUMN version INTEGER NOT NULL DEFAULT 1;
ALTER TABLE months ADD COLUMN reason TEXT;
ALTER TABLE agent_months ADD COLUMN rules_sha256 TEXT;
CREATE TABLE month_versions (
    month          TEXT NOT NULL,
    version        INTEGER NOT NULL,
    closed_at      TEXT NOT NULL,
    closed_by      TEXT NOT NULL,
    rules_name     TEXT NOT NULL,
    rules_sha256   TEXT NOT NULL,
    agents         INTEGER NOT NULL,
    work_total     TEXT NOT NULL,
    pay_adjustment_total TEXT NOT NULL,
    gross_total    TEXT NOT NULL,
    reason         TEXT,
    replaced_at    TEXT NOT NULL,
    replaced_by    TEXT NOT NULL,
    PRIMARY KEY (month, version)
) STRICT;
CREATE TABLE month_input_versions (
    month   TEXT NOT NULL,
    version INTEGER NOT NULL,
    file    TEXT NOT NULL,
    sha256  TEXT NOT NULL,
    PRIMARY KEY (month, version, file)
) STRICT;
CREATE TABLE agent_month_versions (
    month            TEXT NOT NULL,
    version          INTEGER NOT NULL,
    agent_id         TEXT NOT NULL,
    source           TEXT NOT NULL CHECK (source = 'closed'),
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
    rules_sha256     TEXT,
    PRIMARY KEY (month, version, agent_id)
) STRICT;
CREATE TABLE corrections (
    id          INTEGER PRIMARY KEY,
    agent_id    TEXT NOT NULL,
    name        TEXT,
    team        TEXT,
    month       TEXT NOT NULL,
    version     INTEGER NOT NULL,
    paid_gross  TEXT NOT NULL,
    new_gross   TEXT NOT NULL,
    delta       TEXT NOT NULL,
    reason      TEXT NOT NULL,
    at          TEXT NOT NULL,
    who         TEXT NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('due', 'settled', 'superseded')),
    settled_in  TEXT,
    settled_at  TEXT,
    CHECK ((state = 'settled') = (settled_in IS NOT NULL))
) STRICT;
CREATE INDEX corrections_by_state ON corrections (state, month);
CREATE INDEX corrections_by_settlement ON corrections (settled_in);
UPDATE months SET
    version = max(1, (SELECT count(*) FROM audit a WHERE a.month = months.month AND a.action IN ('close', 'reopen'))),
    reason = (SELECT a.reason FROM audit a WHERE a.month = months.month AND a.action = 'reopen' ORDER BY a.id DESC LIMIT 1);
UPDATE agent_months SET rules_sha256 = (SELECT m.rules_sha256 FROM months m WHERE m.month = agent_months.month)
    WHERE source = 'closed';
",
    )?;
    let default_sha = format!("{:x}", Sha256::digest(DEFAULT_RULES.as_bytes()));
    tx.execute("UPDATE agent_months SET rules_sha256 = ?1 WHERE source = 'imported'", params![default_sha])?;
    let uses_default: bool = tx.query_row(
        "SELECT EXISTS (SELECT 1 FROM agent_months WHERE rules_sha256 = ?1) OR EXISTS (SELECT 1 FROM months WHERE rules_sha256 = ?1)",
        params![default_sha],
        |r| r.get(0),
    )?;
    if uses_default {
        tx.execute(
            "INSERT OR IGNORE INTO rules_texts (sha256, name, text) VALUES (?1, ?2, ?3)",
            params![default_sha, DEFAULT_RULES_NAME, DEFAULT_RULES],
        )?;
    }
    Ok(())
}

/// Version 3: every finding under appeal at a close, with its state then (SPEC 2.6: "the ledger
/// records which findings were still pending"), for each version of the month. Older closes had
/// no appeal columns: they have no rows here.
fn v3(tx: &Transaction) -> rusqlite::Result<()> {
    tx.execute_batch(
        "
CREATE TABLE appeals (
    id          INTEGER PRIMARY KEY,
    month       TEXT NOT NULL,
    version     INTEGER NOT NULL,
    agent_id    TEXT NOT NULL,
    leaf        TEXT NOT NULL,
    date        TEXT NOT NULL,
    place       TEXT NOT NULL,
    inspector   TEXT NOT NULL,
    misses      INTEGER NOT NULL,
    state       TEXT NOT NULL CHECK (state IN ('pending', 'upheld', 'rejected')),
    note        TEXT NOT NULL,
    decided_by  TEXT NOT NULL,
    decided_on  TEXT
) STRICT;
CREATE INDEX appeals_by_month ON appeals (month, version);
CREATE INDEX appeals_by_agent ON appeals (agent_id, month);
",
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_file_is_brought_to_the_current_version_in_steps() {
        let mut conn = Connection::open_in_memory().unwrap();
        assert_eq!(upgrade(&mut conn).unwrap(), 0);
        assert_eq!(version(&conn).unwrap(), SCHEMA_VERSION);
        // Upgrading again does nothing.
        assert_eq!(upgrade(&mut conn).unwrap(), SCHEMA_VERSION);
        let tables: i64 = conn
            .query_row(
                "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name IN ('corrections', 'month_versions', 'rules_texts')",
                [],
                |r| r.get(0),
            )
            .unwrap();
        assert_eq!(tables, 3);
    }

    #[test]
    fn versions_are_numbered_by_the_audit_when_upgrading_from_version_1() {
        let mut conn = Connection::open_in_memory().unwrap();
        let tx = conn.transaction().unwrap();
        v1(&tx).unwrap();
        tx.pragma_update(None, "user_version", 1).unwrap();
        tx.execute_batch(
            "INSERT INTO months VALUES ('2026-01', 't', 'hr', 'r', 'abc', 1, '50', '1000.00', '4000.00');
             INSERT INTO audit (at, month, action, reason, who) VALUES ('t', '2026-01', 'close', NULL, 'hr'),
                 ('t', '2026-01', 'reopen', 'first', 'hr'), ('t', '2026-01', 'reopen', 'second', 'hr');
             INSERT INTO agent_months (month, agent_id, source, on_post, work_score) VALUES ('2025-12', '1', 'imported', 1, '50');",
        )
        .unwrap();
        tx.commit().unwrap();
        assert_eq!(upgrade(&mut conn).unwrap(), 1);
        let (v, reason): (i64, String) = conn.query_row("SELECT version, reason FROM months", [], |r| Ok((r.get(0)?, r.get(1)?))).unwrap();
        assert_eq!((v, reason.as_str()), (3, "second"));
        let stored: String = conn.query_row("SELECT name FROM rules_texts", [], |r| r.get(0)).unwrap();
        assert_eq!(stored, DEFAULT_RULES_NAME);
    }
}
