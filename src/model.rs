//! Typed input records, each carrying the [`Origin`] of its row (SPEC 2). Produced by `check`,
//! consumed by `score`.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::Deserialize;

use crate::problem::Origin;

/// An agent's status on the roster (SPEC 1.5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Status {
    Regular,
    Probation,
    Training,
}

impl Status {
    pub const ALL: [Status; 3] = [Status::Regular, Status::Probation, Status::Training];

    pub fn code(self) -> &'static str {
        match self {
            Status::Regular => "regular",
            Status::Probation => "probation",
            Status::Training => "training",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Status::Regular => "正式",
            Status::Probation => "考查期",
            Status::Training => "培訓期",
        }
    }

    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Status::Regular => &["regular", "正式"],
            Status::Probation => &["probation", "考查期", "試用期", "试用期"],
            Status::Training => &["training", "培訓期", "培训期"],
        }
    }
}

/// Where a QA finding came from (SPEC 2: qa.source).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Source {
    SpotCheck,
    DeptFeedback,
    ManagerReview,
}

impl Source {
    pub const ALL: [Source; 3] = [Source::SpotCheck, Source::DeptFeedback, Source::ManagerReview];

    pub fn code(self) -> &'static str {
        match self {
            Source::SpotCheck => "spot_check",
            Source::DeptFeedback => "dept_feedback",
            Source::ManagerReview => "manager_review",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Source::SpotCheck => "抽查",
            Source::DeptFeedback => "部門意見",
            Source::ManagerReview => "主管評定",
        }
    }

    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Source::SpotCheck => &["spot_check", "抽查"],
            Source::DeptFeedback => &["dept_feedback", "部門意見", "部门意见"],
            Source::ManagerReview => &["manager_review", "主管評定", "主管评定"],
        }
    }
}

/// The two halves of the 5 attendance-and-hygiene points (SPEC 1.2).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Category {
    Attendance,
    Hygiene,
}

impl Category {
    pub const ALL: [Category; 2] = [Category::Attendance, Category::Hygiene];

    pub fn code(self) -> &'static str {
        match self {
            Category::Attendance => "attendance",
            Category::Hygiene => "hygiene",
        }
    }

    pub fn zh(self) -> &'static str {
        match self {
            Category::Attendance => "出勤",
            Category::Hygiene => "衛生",
        }
    }

    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Category::Attendance => &["attendance", "出勤", "考勤"],
            Category::Hygiene => &["hygiene", "衛生", "卫生"],
        }
    }
}

/// A roster row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Agent {
    pub id: String,
    pub name: String,
    pub team: String,
    pub status: Status,
    pub base_salary: Decimal,
    pub allowance: Decimal,
    pub origin: Origin,
}

/// A QA row that names a leaf (a finding), void or not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub date: NaiveDate,
    pub agent_id: String,
    pub leaf: String,
    pub misses: u32,
    pub source: Source,
    pub inspector: String,
    pub note: String,
    pub void: bool,
    pub origin: Origin,
}

/// A survey answer about an agent.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub date: NaiveDate,
    pub customer: String,
    pub agent_id: Option<String>,
    pub topic: String,
    pub rating: u8,
    pub origin: Origin,
}

/// An attendance or hygiene deduction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceEntry {
    pub date: NaiveDate,
    pub agent_id: String,
    pub category: Category,
    pub kind: Option<String>,
    pub points: Decimal,
    pub note: String,
    pub origin: Origin,
}

/// A special-contribution award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Award {
    pub date: NaiveDate,
    pub agent_id: String,
    pub kind: String,
    pub note: String,
    pub approved_by: String,
    pub origin: Origin,
}

/// A fine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Penalty {
    pub date: NaiveDate,
    pub agent_id: String,
    pub kind: String,
    pub amount: Decimal,
    pub note: String,
    pub approved_by: String,
    pub origin: Origin,
}

/// Everything the month's inputs say about one agent. Clean spot-check samples are kept only as
/// their dates, so memory grows with agents and findings, not with sample rows.
#[derive(Debug, Clone, Default)]
pub struct AgentMonth {
    pub findings: Vec<Finding>,
    /// Dates of counted spot checks (clean or not).
    pub sample_dates: BTreeSet<NaiveDate>,
    pub surveys: Vec<Survey>,
    pub attendance: Vec<AttendanceEntry>,
    pub awards: Vec<Award>,
    pub penalties: Vec<Penalty>,
}

impl AgentMonth {
    /// Puts every list in a canonical order so that results do not depend on input row order.
    pub fn canonicalize(&mut self) {
        self.findings.sort_by(|a, b| {
            (a.date, &a.leaf, a.source, &a.inspector, &a.note, a.misses, a.void, &a.origin).cmp(&(
                b.date,
                &b.leaf,
                b.source,
                &b.inspector,
                &b.note,
                b.misses,
                b.void,
                &b.origin,
            ))
        });
        self.surveys.sort_by(|a, b| {
            (a.date, &a.topic, a.rating, &a.customer, &a.origin).cmp(&(b.date, &b.topic, b.rating, &b.customer, &b.origin))
        });
        self.attendance.sort_by(|a, b| {
            (a.date, a.category, &a.kind, a.points, &a.note, &a.origin).cmp(&(b.date, b.category, &b.kind, b.points, &b.note, &b.origin))
        });
        self.awards.sort_by(|a, b| {
            (a.date, &a.kind, &a.note, &a.approved_by, &a.origin).cmp(&(b.date, &b.kind, &b.note, &b.approved_by, &b.origin))
        });
        self.penalties.sort_by(|a, b| {
            (a.date, &a.kind, a.amount, &a.note, &a.approved_by, &a.origin).cmp(&(
                b.date,
                &b.kind,
                b.amount,
                &b.note,
                &b.approved_by,
                &b.origin,
            ))
        });
    }
}

/// A checked month: the roster in its order, and each agent's records.
#[derive(Debug, Clone, Default)]
pub struct MonthData {
    pub agents: Vec<Agent>,
    pub by_agent: BTreeMap<String, AgentMonth>,
    /// Survey answers about the department as a whole (no agent).
    pub department_surveys: Vec<Survey>,
    /// Files read, with their SHA-256, for the ledger.
    pub input_files: Vec<InputFile>,
}

/// An input file and the hash of its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub sha256: String,
}

/// One earlier month of an agent, from the ledger (SPEC 4).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastMonth {
    pub month: crate::month::Month,
    pub work_score: Decimal,
    /// The agent was on the post (not in training) that month.
    pub on_post: bool,
}
