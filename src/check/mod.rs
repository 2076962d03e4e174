//! Checking: turns the rows of every table into typed records, collecting **all** problems of
//! SPEC 2.7 (each with file, row, column and what to do) and the input warnings, and sums each
//! agent's [`Tally`] as the rows stream past. Rows are never all held: memory grows with agents
//! and with the rows the command keeps to show ([`Keep`]). Finds each table's header among its
//! first ten rows, skips totals rows, and keeps one mistake from cascading into hundreds
//! (SPEC 2.5). Does no scoring.

mod row;
mod table;

use std::collections::HashMap;
use std::hash::{BuildHasher, Hash, Hasher};
use std::ops::ControlFlow;
use std::sync::Arc;

use chrono::Datelike;
use rust_decimal::Decimal;

use crate::error::{KaoheError, Result};
use crate::input::{Cell, InputSet, RowView, TableLocation};
use crate::lang::Lang;
use crate::model::*;
use crate::month::Month;
use crate::problem::{Origin, Problem, Warning, WarningKind};
use crate::rules::Rules;
use crate::schema::{self, TableDef};
use crate::tr;

/// A hash map with a fast, non-cryptographic hash (foldhash), for lookups row by row.
pub type FastMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

use row::{quiet_agent_id, Cols, Lookups, OutsideDates, Record, RowCtx};
pub use row::{MAX_MISSES, MAX_MONEY, MAX_POINTS};
pub use table::{map_headers, map_row_headers, HeaderMap, Step, TableDriver, HEADER_ROWS};

/// A month whose inputs passed every check.
#[derive(Debug, Clone)]
pub struct CheckedMonth {
    pub month: Month,
    pub data: MonthData,
    pub warnings: Vec<Warning>,
}

/// Reads and checks every table of the month. `Err(Invalid)` lists every problem found.
pub fn check_month(input: &mut InputSet, month: Month, rules: &Rules, lang: Lang, keep: &Keep) -> Result<CheckedMonth> {
    input.set_lang(lang);
    let located = input.locate(&schema::TABLES, lang)?;
    let mut checker = Checker::new(month, rules, lang, keep);
    checker.problems.extend(located.problems);
    checker.warnings.extend(located.warnings);
    for (t, table) in schema::TABLES.iter().enumerate() {
        match &located.tables[t] {
            Some(location) => checker.read_table(input, table, location)?,
            None => {
                checker.table_absent(input, table, located.hints[t].as_deref());
                if table.name == "agents" {
                    checker.roster_ok = false;
                }
            }
        }
        if table.name == "agents" {
            checker.roster_read();
        }
    }
    checker.finish()
}

/// Which rows are kept, once the roster is known.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Keeping {
    Nothing,
    All,
    Agent(AgentIdx),
}

struct Checker<'r> {
    month: Month,
    rules: &'r Rules,
    lang: Lang,
    lookups: Lookups,
    keep: Keep,
    keeping: Keeping,
    problems: Vec<Problem>,
    warnings: Vec<Warning>,
    data: MonthData,
    /// Roster id → the agent's index and the row it is on. Ids of roster rows with a bad value
    /// are here too (index `None`), so other tables do not report them again as unknown.
    roster: Roster,
    /// All-digit roster ids by their value without leading zeros, for the `7` vs `007` hint.
    roster_digits: HashMap<String, String>,
    /// The roster could be read: its rows say who is on it. When not, rows of other tables are
    /// not each reported as "not on the roster" (SPEC 2.5: no cascades).
    roster_ok: bool,
    /// Problems of dates outside the month, per table, kept apart: when most of a table's dates
    /// are outside, one problem says which month they are in instead.
    outside: Vec<OutsideDates>,
    /// Inspectors' names, each kept once.
    inspectors: std::collections::HashSet<Arc<str>, foldhash::fast::RandomState>,
    /// Hashes rows for the repeated-row warning.
    hasher: foldhash::fast::FixedState,
}

/// The tables, as a closed set (faster to match on than names, row by row).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    Agents,
    Qa,
    Surveys,
    Attendance,
    Awards,
    Penalties,
}

impl Kind {
    fn of(table: &TableDef) -> Kind {
        match table.name {
            "agents" => Kind::Agents,
            "qa" => Kind::Qa,
            "surveys" => Kind::Surveys,
            "attendance" => Kind::Attendance,
            "awards" => Kind::Awards,
            _ => Kind::Penalties,
        }
    }
}

/// One table being read.
struct TableRead<'t> {
    driver: TableDriver<'t>,
    kind: Kind,
    number: u8,
    cols: Cols,
    rows: u64,
    /// Content hash → first row, for the repeated-row warning.
    seen: FastMap<u64, u32>,
    outside: OutsideDates,
}

impl<'r> Checker<'r> {
    fn new(month: Month, rules: &'r Rules, lang: Lang, keep: &Keep) -> Checker<'r> {
        Checker {
            month,
            rules,
            lang,
            lookups: Lookups::new(rules),
            keep: keep.clone(),
            keeping: Keeping::Nothing,
            problems: Vec::new(),
            warnings: Vec::new(),
            data: MonthData { leaves: rules.leaves.len(), award_kinds: rules.special.awards.len(), ..Default::default() },
            roster: Roster::default(),
            roster_digits: HashMap::new(),
            roster_ok: true,
            outside: Vec::new(),
            inspectors: Default::default(),
            hasher: foldhash::fast::FixedState::with_seed(0x6b616f6865),
        }
    }

    fn table_absent(&mut self, input: &InputSet, table: &TableDef, hint: Option<&str>) {
        let (lang, place) = (self.lang, input.place());
        let names = format!("{} / {}", table.name, table.aliases.join(" / "));
        let label = table.label(lang);
        if table.required {
            let what = tr!(lang, "check-missing-table", table = label);
            let mut fix = tr!(lang, "check-missing-table-fix", names = names);
            if let Some(h) = hint {
                fix = tr!(lang, "check-missing-table-hint", fix = fix, file = h);
            }
            self.problems.push(Problem::in_lang(lang, Origin::file(place), what, fix));
        } else {
            let message = tr!(lang, "check-absent-table", table = label, names = names);
            self.warnings.push(Warning { kind: WarningKind::MissingTable, origin: Some(Origin::file(place)), message });
        }
    }

    /// The roster has been read: sizes the tallies and decides which rows to keep.
    fn roster_read(&mut self) {
        let n = self.data.agents.len();
        self.data.tallies = vec![Tally::default(); n];
        self.data.leaf_misses = vec![0; n * self.data.leaves];
        self.data.award_counts = vec![0; n * self.data.award_kinds];
        self.keeping = match &self.keep {
            Keep::Nothing => Keeping::Nothing,
            Keep::All => Keeping::All,
            Keep::Agent(id) => match self.roster.get(id.trim()) {
                Some((Some(i), _)) => Keeping::Agent(*i),
                _ => Keeping::Nothing,
            },
        };
    }

    fn read_table(&mut self, input: &mut InputSet, table: &TableDef, location: &TableLocation) -> Result<()> {
        let location = match input.resolve(location) {
            Ok(l) => l,
            Err(KaoheError::Invalid(problems)) => {
                self.problems.extend(problems);
                if table.name == "agents" {
                    self.roster_ok = false;
                }
                return Ok(());
            }
            Err(other) => return Err(other),
        };
        let location = &location;
        let number = self.data.tables.len() as u8;
        let origin = location.origin();
        self.data.tables.push(origin.clone());
        self.data.table_names.push(table.name);
        let csv = !crate::input::is_workbook(&location.path);
        let mut read = TableRead {
            driver: TableDriver::new(table, origin.clone(), csv, self.lang),
            kind: Kind::of(table),
            number,
            cols: Cols::default(),
            rows: 0,
            seen: FastMap::default(),
            outside: OutsideDates { origin: Some(origin), ..Default::default() },
        };
        let hint = schema::header_words(table);
        let result = input.read(location, &hint, &mut |event| {
            let had_header = read.driver.header.is_some();
            match read.driver.event(event, &mut self.problems, &mut self.warnings) {
                Step::Data(row) => {
                    read.rows += 1;
                    self.data_row(&mut read, row);
                    ControlFlow::Continue(())
                }
                Step::Skip => {
                    if !had_header {
                        if let Some(map) = &read.driver.header {
                            read.cols = Cols::of(table, map);
                        }
                    }
                    ControlFlow::Continue(())
                }
                Step::Stop => ControlFlow::Break(()),
            }
        });
        let file = match result {
            Ok(file) => file,
            Err(KaoheError::Invalid(problems)) => {
                self.problems.extend(problems);
                if read.kind == Kind::Agents {
                    self.roster_ok = false;
                }
                return Ok(());
            }
            Err(other) => return Err(other),
        };
        read.driver.finish(&mut self.problems, &mut self.warnings);
        if read.driver.failed && read.kind == Kind::Agents {
            self.roster_ok = false;
        }
        self.data.input_files.push(InputFile { name: file.origin.row_ref(), sha256: file.sha256, rows: read.rows });
        self.outside.push(std::mem::take(&mut read.outside));
        Ok(())
    }

    fn data_row(&mut self, read: &mut TableRead, row: RowView) {
        let header = read.driver.header.as_ref().expect("header found");
        let mut ctx = RowCtx {
            table: read.driver.table,
            header,
            cols: read.cols,
            row: &row,
            origin: &read.driver.origin,
            lang: self.lang,
            problems: &mut self.problems,
            lookups: &self.lookups,
            rules: self.rules,
            month: self.month,
            outside: &mut read.outside,
            merged: &read.driver.merged,
        };
        let quiet_id = quiet_agent_id(&row, read.cols.agent_id);
        if read.kind == Kind::Agents {
            match ctx.agent() {
                Some(agent) => self.add_agent(agent),
                // A roster row with a bad value still names its agent: other tables' rows for
                // that id are not reported again as unknown agents.
                None => {
                    if let Some(id) = quiet_id {
                        self.roster.entry_or_insert(&id, (None, row.number));
                    }
                }
            }
            return;
        }
        let at = RowRef { table: read.number, row: row.number.min(u32::MAX as usize) as u32 };
        let parsed = match read.kind {
            Kind::Qa => ctx.qa(at),
            Kind::Surveys => ctx.survey(at),
            Kind::Attendance => ctx.attendance(at),
            Kind::Awards => ctx.award(at),
            _ => ctx.penalty(at),
        };
        // The agent is looked up even when the row has other problems, so that all of them are
        // listed at once.
        let agent = match quiet_id.as_deref() {
            None => None,
            Some(id) => match self.agent_of(id, read, &row) {
                Some(i) => Some(i),
                None => return,
            },
        };
        let Some(record) = parsed else { return };
        if record.counts() {
            self.note_repeat(read, &row);
        }
        self.add_record(record, agent, &read.driver.origin, row.number);
    }

    /// The index of a row's agent; `None` (with a problem, unless the roster could not be read)
    /// when the id is not on the roster or names a roster row that had problems of its own.
    fn agent_of(&mut self, id: &str, read: &TableRead, row: &RowView) -> Option<AgentIdx> {
        match self.roster.get(id) {
            Some((Some(i), _)) => return Some(*i),
            Some((None, _)) => return None,
            None if !self.roster_ok => return None,
            None => {}
        }
        let header = read.driver.header.as_ref().expect("header");
        let at = header.at(&read.driver.origin, row.number, read.cols.agent_id);
        let lang = self.lang;
        let what = tr!(lang, "check-not-on-roster", id = id);
        let trimmed = id.trim_start_matches('0');
        let fix =
            match self.roster_digits.get(if trimmed.is_empty() { "0" } else { trimmed }).filter(|_| id.bytes().all(|b| b.is_ascii_digit()))
            {
                Some(roster_id) => tr!(lang, "check-not-on-roster-zeros-fix", roster_id = roster_id),
                None => tr!(lang, "check-not-on-roster-fix"),
            };
        self.problems.push(Problem::in_lang(lang, at, what, fix));
        None
    }

    fn add_agent(&mut self, agent: Agent) {
        if let Some((_, first)) = self.roster.get(agent.id.as_str()) {
            let what = tr!(self.lang, "check-duplicate-agent", id = agent.id.as_str(), first = *first);
            let fix = tr!(self.lang, "check-duplicate-agent-fix");
            self.problems.push(Problem::in_lang(self.lang, agent.origin.clone(), what, fix));
            return;
        }
        let index = self.data.agents.len() as AgentIdx;
        self.roster.insert(&agent.id, (Some(index), agent.origin.row.unwrap_or(0)));
        if agent.id.bytes().all(|b| b.is_ascii_digit()) {
            let trimmed = agent.id.trim_start_matches('0');
            self.roster_digits.entry(if trimmed.is_empty() { "0".into() } else { trimmed.into() }).or_insert_with(|| agent.id.clone());
        }
        self.data.agents.push(Arc::new(agent));
    }

    fn keeps(&self, agent: Option<AgentIdx>) -> bool {
        match self.keeping {
            Keeping::Nothing => false,
            Keeping::All => true,
            Keeping::Agent(i) => agent == Some(i),
        }
    }

    /// Adds a checked row to its agent's tally, and keeps it if the command shows it.
    fn add_record(&mut self, record: Record, agent: Option<AgentIdx>, origin: &Origin, row: usize) {
        let keep = self.keeps(agent);
        let leaves = self.data.leaves;
        match record {
            Record::Qa(qa) => {
                let Some(a) = agent else { return };
                let tally = &mut self.data.tallies[a as usize];
                if qa.source == Source::SpotCheck {
                    if qa.appeal.counts() {
                        tally.sample_days |= 1 << (qa.date.day() - 1);
                    }
                    if matches!(self.keeping, Keeping::All) {
                        self.data.inspector_samples.add(qa.inspector, a, qa.date.day());
                    }
                }
                if let Some(leaf) = qa.leaf {
                    if qa.appeal == Appeal::Pending {
                        self.data.pending.push(PendingAppeal { agent: a, leaf, date: qa.date, at: qa.at });
                    }
                    if qa.appeal.counts() {
                        let m = &mut self.data.leaf_misses[a as usize * leaves + leaf as usize];
                        *m = m.saturating_add(u64::from(qa.misses));
                    }
                    if keep {
                        self.data.records.findings.push(Finding {
                            date: qa.date,
                            agent: a,
                            leaf,
                            misses: qa.misses,
                            source: qa.source,
                            inspector: intern(&mut self.inspectors, qa.inspector),
                            note: qa.note.into(),
                            appeal: qa.appeal,
                            appeal_note: qa.appeal_note.into(),
                            decided_by: qa.decided_by.into(),
                            decided_on: qa.decided_on,
                            at: qa.at,
                        });
                    }
                }
            }
            Record::Survey(mut s) => {
                self.data.survey_count += 1;
                s.agent = agent;
                if let Some(a) = agent {
                    let tally = &mut self.data.tallies[a as usize];
                    tally.survey_answers = tally.survey_answers.saturating_add(1);
                    if s.rating >= self.rules.surveys.satisfied_at_least {
                        tally.survey_satisfied = tally.survey_satisfied.saturating_add(1);
                    }
                    if s.rating <= self.rules.surveys.dissatisfied_at_most {
                        if let Some(leaf) = self.lookups.topic_leaf[s.topic as usize] {
                            let m = &mut self.data.leaf_misses[a as usize * leaves + leaf];
                            *m = m.saturating_add(1);
                        }
                    }
                    if keep {
                        self.data.records.surveys.push(s);
                    }
                }
            }
            Record::Attendance(mut e) => {
                let Some(a) = agent else { return };
                e.agent = a;
                let tally = &mut self.data.tallies[a as usize];
                let sum = match e.category {
                    Category::Attendance => &mut tally.attendance_deducted,
                    Category::Hygiene => &mut tally.hygiene_deducted,
                };
                if !add_checked(sum, e.points) {
                    self.sum_too_large(origin, row);
                }
                if keep {
                    self.data.records.attendance.push(e);
                }
            }
            Record::Award(mut w) => {
                let Some(a) = agent else { return };
                w.agent = a;
                let kinds = self.data.award_kinds;
                let c = &mut self.data.award_counts[a as usize * kinds + w.kind as usize];
                *c = c.saturating_add(1);
                if keep {
                    self.data.records.awards.push(w);
                }
            }
            Record::Penalty(mut p) => {
                let Some(a) = agent else { return };
                p.agent = a;
                if !add_checked(&mut self.data.tallies[a as usize].fines, p.amount) {
                    self.sum_too_large(origin, row);
                }
                if keep {
                    self.data.records.penalties.push(p);
                }
            }
        }
    }

    fn sum_too_large(&mut self, origin: &Origin, row: usize) {
        let (what, fix) = (tr!(self.lang, "check-sum-too-large"), tr!(self.lang, "check-sum-too-large-fix"));
        self.problems.push(Problem::in_lang(self.lang, origin.at_row(row), what, fix));
    }

    /// Warns of a row identical to an earlier one (both are counted).
    fn note_repeat(&mut self, read: &mut TableRead, row: &RowView) {
        let mut h = self.hasher.build_hasher();
        for (i, cell) in row.filled() {
            i.hash(&mut h);
            match cell {
                Cell::Empty => 0u8.hash(&mut h),
                Cell::Text(t) => t.hash(&mut h),
                Cell::Number(n) => n.to_bits().hash(&mut h),
                Cell::Bool(b) => b.hash(&mut h),
                Cell::DateTime(d) => d.hash(&mut h),
                Cell::Error(e) => e.hash(&mut h),
            }
        }
        let key = h.finish();
        let number = row.number.min(u32::MAX as usize) as u32;
        if let Some(first) = read.seen.get(&key) {
            let message = tr!(self.lang, "check-repeated-row", row = row.number, first = *first);
            self.warnings.push(Warning { kind: WarningKind::RepeatedRow, origin: Some(read.driver.origin.at_row(row.number)), message });
        } else {
            read.seen.insert(key, number);
        }
    }

    fn finish(mut self) -> Result<CheckedMonth> {
        self.outside_dates();
        if !self.problems.is_empty() {
            self.problems.sort();
            self.problems.dedup();
            return Err(KaoheError::Invalid(self.problems));
        }
        self.data.records.sort();
        self.pending_warnings();
        self.sampling_warnings();
        self.survey_count_warning();
        self.warnings.sort();
        Ok(CheckedMonth { month: self.month, data: self.data, warnings: self.warnings })
    }

    /// SPEC 2.5: when most of a table's dated rows fall outside the month, one problem says which
    /// month they are in (the month given is likely wrong), instead of one line per row.
    fn outside_dates(&mut self) {
        let mut collapsed: Vec<(String, usize, usize, Month)> = Vec::new();
        for table in std::mem::take(&mut self.outside) {
            let count = table.problems.len();
            let mostly = count > 0 && count * 2 > table.dated && count >= 3.min(table.dated);
            let top = table.months.iter().max_by_key(|(m, n)| (**n, std::cmp::Reverse(**m))).map(|(m, _)| *m);
            match (mostly, top, table.origin) {
                (true, Some(top), Some(origin)) => collapsed.push((origin.file_with_sheet(), count, table.dated, top)),
                _ => self.problems.extend(table.problems),
            }
        }
        if collapsed.is_empty() {
            return;
        }
        let (lang, month) = (self.lang, self.month);
        let list: Vec<String> = collapsed
            .iter()
            .map(|(file, n, of, m)| tr!(lang, "check-outside-table", file = file.as_str(), count = *n, dated = *of, month = m.to_string()))
            .collect();
        let top = collapsed[0].3;
        let origin = if collapsed.len() == 1 { Origin::file(collapsed[0].0.as_str()) } else { Origin::file("--month") };
        let tables = list.join(&tr!(lang, "check-table-separator"));
        let what = tr!(lang, "check-mostly-outside", month = month.to_string(), tables = tables);
        let fix = tr!(lang, "check-mostly-outside-fix", top = top.to_string());
        self.problems.push(Problem::in_lang(lang, origin, what, fix));
    }

    /// SPEC 2.6: each finding whose appeal is pending counts, and is named.
    fn pending_warnings(&mut self) {
        let found: Vec<Warning> = self
            .data
            .pending
            .iter()
            .map(|p| {
                let (id, leaf) = (&self.data.agents[p.agent as usize].id, &self.rules.leaves[p.leaf as usize].code);
                Warning {
                    kind: WarningKind::PendingAppeal,
                    origin: Some(self.data.origin(p.at)),
                    message: tr!(self.lang, "check-pending-appeal", id = id.as_str(), leaf = leaf.as_str(), date = p.date.to_string()),
                }
            })
            .collect();
        self.warnings.extend(found);
    }

    /// SPEC 2.7: an on-post agent without a spot check in one of the month's windows; the
    /// message names the rules' windows.
    fn sampling_warnings(&mut self) {
        let lang = self.lang;
        let windows = self.rules.sampling_windows(self.month.last_day());
        let listed: Vec<String> = windows.iter().map(|(a, b)| tr!(lang, "check-sampling-window", from = *a, to = *b)).collect();
        let listed = listed.join(&tr!(lang, "input-list-separator"));
        let mut found = Vec::new();
        for (agent, tally) in self.data.agents.iter().zip(&self.data.tallies) {
            if !self.rules.status_pay(agent.status).on_post {
                continue;
            }
            for (a, b) in &windows {
                let mask = window_mask(*a, *b);
                if tally.sample_days & mask == 0 {
                    let message = tr!(
                        lang,
                        "check-sampling-gap",
                        id = agent.id.as_str(),
                        name = agent.name.as_str(),
                        month = self.month.month,
                        from = *a,
                        to = *b,
                        windows = listed.as_str()
                    );
                    found.push(Warning { kind: WarningKind::SamplingGap, origin: Some(agent.origin.clone()), message });
                }
            }
        }
        self.warnings.extend(found);
    }

    /// SPEC 2.7: the department's survey count outside 10–20.
    fn survey_count_warning(&mut self) {
        let count = self.data.survey_count;
        let (min, max) = (u64::from(self.rules.surveys.department_count_min), u64::from(self.rules.surveys.department_count_max));
        if count < min || count > max {
            let message = tr!(self.lang, "check-survey-count", count = count, min = min, max = max);
            self.warnings.push(Warning { kind: WarningKind::SurveyCount, origin: None, message });
        }
    }
}

/// The one shared copy of a text that many rows repeat.
fn intern(set: &mut std::collections::HashSet<Arc<str>, foldhash::fast::RandomState>, text: &str) -> Arc<str> {
    match set.get(text) {
        Some(shared) => Arc::clone(shared),
        None => {
            let shared: Arc<str> = Arc::from(text);
            set.insert(Arc::clone(&shared));
            shared
        }
    }
}

/// Roster ids, looked up once per row of every table. An id of up to 15 bytes — nearly every
/// id — is its own key, packed into an integer: at a hundred thousand agents, a key kept on the
/// heap would cost a cache miss on every lookup.
#[derive(Default)]
struct Roster {
    short: FastMap<u128, (Option<AgentIdx>, usize)>,
    long: FastMap<Box<str>, (Option<AgentIdx>, usize)>,
}

impl Roster {
    fn pack(id: &str) -> Option<u128> {
        let b = id.as_bytes();
        (b.len() <= 15).then(|| {
            let mut key = [0u8; 16];
            key[..b.len()].copy_from_slice(b);
            key[15] = b.len() as u8;
            u128::from_le_bytes(key)
        })
    }

    fn get(&self, id: &str) -> Option<&(Option<AgentIdx>, usize)> {
        match Roster::pack(id) {
            Some(k) => self.short.get(&k),
            None => self.long.get(id),
        }
    }

    fn insert(&mut self, id: &str, value: (Option<AgentIdx>, usize)) {
        match Roster::pack(id) {
            Some(k) => self.short.insert(k, value),
            None => self.long.insert(id.into(), value),
        };
    }

    fn entry_or_insert(&mut self, id: &str, value: (Option<AgentIdx>, usize)) {
        if self.get(id).is_none() {
            self.insert(id, value);
        }
    }
}

/// Bits of days `a..=b` in a month's sample mask.
fn window_mask(a: u32, b: u32) -> u32 {
    (a..=b.min(32)).filter(|d| *d >= 1).fold(0, |m, d| m | 1 << (d - 1))
}

fn add_checked(sum: &mut Decimal, value: Decimal) -> bool {
    match sum.checked_add(value) {
        Some(s) => {
            *sum = s;
            true
        }
        None => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sampling_windows_are_day_masks() {
        assert_eq!(window_mask(1, 10), 0b11_1111_1111);
        assert_eq!(window_mask(21, 31).count_ones(), 11);
    }
}
