//! Typed input records and the per-agent tallies scoring needs (SPEC 2). Produced by `check`,
//! consumed by `score`. Scoring needs only each agent's [`Tally`] — counts and sums — so a
//! month of millions of rows is held in memory that grows with agents; the rows themselves
//! ([`Records`]) are kept only as far as the command shows them (deductions, statements).

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
    /// Its name in the language, from the catalogs (`status-<code>`).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("status-{}", self.code()), None)
    }

    pub const ALL: [Status; 3] = [Status::Regular, Status::Probation, Status::Training];

    pub fn code(self) -> &'static str {
        match self {
            Status::Regular => "regular",
            Status::Probation => "probation",
            Status::Training => "training",
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
    /// Its name in the language, from the catalogs (`source-<code>`).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("source-{}", self.code()), None)
    }

    pub const ALL: [Source; 3] = [Source::SpotCheck, Source::DeptFeedback, Source::ManagerReview];

    pub fn code(self) -> &'static str {
        match self {
            Source::SpotCheck => "spot_check",
            Source::DeptFeedback => "dept_feedback",
            Source::ManagerReview => "manager_review",
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

/// Where a finding's appeal stands (SPEC 2.6). An upheld appeal voids the finding; a pending or
/// rejected one leaves it counting.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub enum Appeal {
    #[default]
    None,
    Pending,
    Upheld,
    Rejected,
}

impl Appeal {
    /// Its name in the language, from the catalogs (`appeal-<code>`); empty for no appeal.
    pub fn name(self, lang: crate::lang::Lang) -> String {
        if self == Appeal::None {
            return String::new();
        }
        crate::i18n::text(lang, &format!("appeal-{}", self.code()), None)
    }

    pub const ALL: [Appeal; 3] = [Appeal::Pending, Appeal::Upheld, Appeal::Rejected];

    /// `pending`, `upheld`, `rejected`; empty for no appeal.
    pub fn code(self) -> &'static str {
        match self {
            Appeal::None => "",
            Appeal::Pending => "pending",
            Appeal::Upheld => "upheld",
            Appeal::Rejected => "rejected",
        }
    }

    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Appeal::None => &[],
            Appeal::Pending => &["pending", "待定", "处理中", "處理中", "申诉中", "申訴中"],
            Appeal::Upheld => &["upheld", "成立", "申诉成立", "申訴成立", "维持申诉", "維持申訴"],
            Appeal::Rejected => &["rejected", "驳回", "駁回", "不成立", "申诉驳回", "申訴駁回"],
        }
    }

    /// The finding costs points: no appeal, or one pending or rejected.
    pub fn counts(self) -> bool {
        self != Appeal::Upheld
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
    /// Its name in the language, from the catalogs (`category-<code>`).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("category-{}", self.code()), None)
    }

    pub const ALL: [Category; 2] = [Category::Attendance, Category::Hygiene];

    pub fn code(self) -> &'static str {
        match self {
            Category::Attendance => "attendance",
            Category::Hygiene => "hygiene",
        }
    }

    pub fn aliases(self) -> &'static [&'static str] {
        match self {
            Category::Attendance => &["attendance", "出勤", "考勤"],
            Category::Hygiene => &["hygiene", "衛生", "卫生"],
        }
    }
}

/// An agent's position on the roster (roster order).
pub type AgentIdx = u32;

/// Where a record came from: the table (its index in [`MonthData::tables`]) and the row as the
/// user sees it. Eight bytes, where a full [`Origin`] would be seventy.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct RowRef {
    pub table: u8,
    pub row: u32,
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

/// A QA row that names a leaf (a finding), whatever its appeal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub date: NaiveDate,
    pub agent: AgentIdx,
    /// The leaf's index in the rules.
    pub leaf: u16,
    pub misses: u32,
    pub source: Source,
    /// Shared between the findings of one inspector (a month has few inspectors and many rows).
    pub inspector: std::sync::Arc<str>,
    pub note: Box<str>,
    pub appeal: Appeal,
    pub appeal_note: Box<str>,
    pub decided_by: Box<str>,
    pub decided_on: Option<NaiveDate>,
    pub at: RowRef,
}

impl Finding {
    /// The finding costs points (its appeal was not upheld).
    pub fn counted(&self) -> bool {
        self.appeal.counts()
    }
}

/// A finding whose appeal is still pending: named in a warning by `run` and refused by `close`
/// (SPEC 2.6). Kept whatever rows the command keeps.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PendingAppeal {
    pub agent: AgentIdx,
    pub leaf: u16,
    pub date: NaiveDate,
    pub at: RowRef,
}

/// A survey answer (about an agent, or about the department when `agent` is `None`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Survey {
    pub date: NaiveDate,
    pub customer: Box<str>,
    pub agent: Option<AgentIdx>,
    /// The topic's index in the rules.
    pub topic: u16,
    pub rating: u8,
    pub at: RowRef,
}

/// An attendance or hygiene deduction.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AttendanceEntry {
    pub date: NaiveDate,
    pub agent: AgentIdx,
    pub category: Category,
    /// The named kind's index in the rules, if the row names one.
    pub kind: Option<u16>,
    pub points: Decimal,
    pub note: Box<str>,
    pub at: RowRef,
}

/// A special-contribution award.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Award {
    pub date: NaiveDate,
    pub agent: AgentIdx,
    /// The award kind's index in the rules.
    pub kind: u16,
    pub note: Box<str>,
    pub approved_by: Box<str>,
    pub at: RowRef,
}

/// A fine.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Penalty {
    pub date: NaiveDate,
    pub agent: AgentIdx,
    /// The penalty kind's index in the rules.
    pub kind: u16,
    pub amount: Decimal,
    pub note: Box<str>,
    pub approved_by: Box<str>,
    pub at: RowRef,
}

/// What the month's rows say about one agent, summed as they stream past: all that scoring
/// needs (SPEC 1). Per-leaf misses and per-kind award counts live in [`MonthData`]'s dense
/// arrays.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Tally {
    /// Bit `d − 1` is set when a counted spot check fell on day `d`.
    pub sample_days: u32,
    pub survey_answers: u32,
    pub survey_satisfied: u32,
    /// Attendance and hygiene points deducted (before the floor at 0).
    pub attendance_deducted: Decimal,
    pub hygiene_deducted: Decimal,
    pub fines: Decimal,
}

impl Tally {
    /// Distinct days with a counted spot check.
    pub fn samples(&self) -> u32 {
        self.sample_days.count_ones()
    }
}

/// The rows kept for showing (deductions, statements), each list ordered by agent.
#[derive(Debug, Clone, Default)]
pub struct Records {
    pub findings: Vec<Finding>,
    /// Survey answers about agents (department answers are only counted).
    pub surveys: Vec<Survey>,
    pub attendance: Vec<AttendanceEntry>,
    pub awards: Vec<Award>,
    pub penalties: Vec<Penalty>,
}

/// One agent's kept rows.
#[derive(Debug, Clone, Copy, Default)]
pub struct AgentRecords<'m> {
    pub findings: &'m [Finding],
    pub surveys: &'m [Survey],
    pub attendance: &'m [AttendanceEntry],
    pub awards: &'m [Award],
    pub penalties: &'m [Penalty],
}

impl Records {
    /// Orders every list by agent (rows of one agent keep their file order).
    pub fn sort(&mut self) {
        self.findings.sort_by_key(|r| r.agent);
        self.surveys.sort_by_key(|r| r.agent);
        self.attendance.sort_by_key(|r| r.agent);
        self.awards.sort_by_key(|r| r.agent);
        self.penalties.sort_by_key(|r| r.agent);
    }

    /// The kept rows of one agent (after [`Records::sort`]).
    pub fn of(&self, agent: AgentIdx) -> AgentRecords<'_> {
        fn slice<T>(list: &[T], agent: AgentIdx, key: impl Fn(&T) -> AgentIdx) -> &[T] {
            let start = list.partition_point(|r| key(r) < agent);
            let end = list.partition_point(|r| key(r) <= agent);
            &list[start..end]
        }
        AgentRecords {
            findings: slice(&self.findings, agent, |r| r.agent),
            surveys: slice(&self.surveys, agent, |r| r.agent.unwrap_or(AgentIdx::MAX)),
            attendance: slice(&self.attendance, agent, |r| r.agent),
            awards: slice(&self.awards, agent, |r| r.agent),
            penalties: slice(&self.penalties, agent, |r| r.agent),
        }
    }
}

/// Which rows `check` keeps beyond the tallies.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Keep {
    /// None: `check` validates, counts and scores without them.
    Nothing,
    /// Every row that costs or could cost points, and every award and fine: `run` and `close`.
    All,
    /// One agent's rows: `explain`.
    Agent(String),
}

/// A checked month: the roster in its order, each agent's tally, and the rows kept.
#[derive(Debug, Clone, Default)]
pub struct MonthData {
    pub agents: Vec<std::sync::Arc<Agent>>,
    pub tallies: Vec<Tally>,
    /// Counted misses per agent and leaf: `leaf_misses[agent × leaves + leaf]`.
    pub leaf_misses: Vec<u64>,
    /// Awards per agent and kind: `award_counts[agent × kinds + kind]`.
    pub award_counts: Vec<u32>,
    pub leaves: usize,
    pub award_kinds: usize,
    pub records: Records,
    /// Survey answers of the month, about agents and about the department.
    pub survey_count: u64,
    /// Findings whose appeal is pending, in file order.
    pub pending: Vec<PendingAppeal>,
    /// Spot-check samples by inspector (kept with every row, for `inspectors` and the report).
    pub inspector_samples: crate::calibration::InspectorSamples,
    /// Where each table came from, by [`RowRef::table`].
    pub tables: Vec<Origin>,
    /// The schema name of each table (`qa`, `surveys` …), by [`RowRef::table`].
    pub table_names: Vec<&'static str>,
    /// Files read, with their SHA-256, for the ledger.
    pub input_files: Vec<InputFile>,
}

impl MonthData {
    pub fn misses(&self, agent: AgentIdx, leaf: usize) -> u64 {
        self.leaf_misses[agent as usize * self.leaves + leaf]
    }

    pub fn awards(&self, agent: AgentIdx, kind: usize) -> u32 {
        self.award_counts[agent as usize * self.award_kinds + kind]
    }

    /// The full origin of a kept row.
    pub fn origin(&self, at: RowRef) -> Origin {
        self.tables.get(at.table as usize).map(|o| o.at_row(at.row as usize)).unwrap_or_else(|| Origin::file("?"))
    }

    /// `qa.csv:7` or `book.xlsx [质检]:7`.
    pub fn row_ref(&self, at: RowRef) -> String {
        self.origin(at).row_ref()
    }

    /// `qa.csv` or `book.xlsx [质检]`.
    pub fn file_of(&self, at: RowRef) -> String {
        self.tables.get(at.table as usize).map(|o| o.file_with_sheet()).unwrap_or_default()
    }

    /// `qa`, `surveys` …: the table a row is in, whatever file or sheet holds it.
    pub fn table_of(&self, at: RowRef) -> &'static str {
        self.table_names.get(at.table as usize).copied().unwrap_or("")
    }
}

/// An input file and the hash of its bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct InputFile {
    pub name: String,
    pub sha256: String,
    /// Data rows read (below the header, blank rows not counted).
    pub rows: u64,
}

/// One earlier month of an agent, from the ledger (SPEC 4). Judged by that month's own rules
/// (SPEC 4, "rules follow the month"): its full marks and its reassign threshold travel with it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PastMonth {
    pub month: crate::month::Month,
    pub work_score: Decimal,
    /// The agent was on the post (not in training) that month.
    pub on_post: bool,
    /// The work score's full marks under the month's own rules (50 in the default scheme).
    pub full_marks: Decimal,
    /// The month's own "below this, a second month calls for a reassign review" (25 by default).
    pub reassign_below: Decimal,
}

impl PastMonth {
    /// A full-marks month under its own rules (SPEC 1.6): on the post, work at full marks.
    pub fn is_full_marks(&self) -> bool {
        self.on_post && self.work_score == self.full_marks
    }
}
