//! One row's cells as typed values (SPEC 2): dates inside the month, agent ids, decimals within
//! the limits of SPEC 2.5, codes from the rules by any of their names. Each bad value is a
//! problem at its cell, in the user's language; a row gives a record only when it had none.

use std::borrow::Cow;
use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use super::table::{in_merged, HeaderMap};
use crate::input::{Cell, Region, RowView};
use crate::lang::Lang;
use crate::model::*;
use crate::month::{parse_date, Month};
use crate::num::{decimal_from_f64, parse_decimal, parse_money};
use crate::problem::{Origin, Problem};
use crate::rules::Rules;
use crate::schema::{self, ColumnDef, TableDef};
use crate::tr;

/// SPEC 2.5: the largest amount of money a cell may hold, in yuan.
pub const MAX_MONEY: i64 = 100_000_000;
/// SPEC 2.5: the most misses one row may count.
pub const MAX_MISSES: i64 = 1_000;
/// SPEC 2.5: the most points one row may deduct.
pub const MAX_POINTS: i64 = 1_000;

/// A table's dates that fell outside the month (kept apart: when most are, one problem says
/// which month they are in).
#[derive(Default)]
pub struct OutsideDates {
    pub origin: Option<Origin>,
    pub dated: usize,
    pub problems: Vec<Problem>,
    pub months: BTreeMap<Month, usize>,
}

/// Everything checking needs to know of the rules, looked up once: values by their names.
pub struct Lookups {
    statuses: Choices<Status>,
    leaves: Choices<u16>,
    sources: Choices<Source>,
    topics: Choices<u16>,
    categories: Choices<Category>,
    attendance_kinds: Choices<u16>,
    award_kinds: Choices<u16>,
    penalty_kinds: Choices<u16>,
    /// The leaf each survey topic costs a miss on.
    pub topic_leaf: Vec<Option<usize>>,
    appeals: Choices<Appeal>,
}

/// The values of a coded column: every name normalized (trimmed, lower case, `_` for spaces and
/// dashes), and the list shown when a value is not one of them, in each language.
struct Choices<T> {
    map: super::FastMap<String, T>,
    /// English lists codes (with the Simplified name); Chinese lists the names in its script.
    listing: [String; 3],
}

/// A value's name in each language of [`Lang::ALL`].
type Shown = [String; 3];

fn shown(name: impl Fn(Lang) -> String) -> Shown {
    Lang::ALL.map(name)
}

fn lang_index(lang: Lang) -> usize {
    Lang::ALL.iter().position(|l| *l == lang).unwrap_or(0)
}

impl<T: Copy> Choices<T> {
    /// `options`: each value, the names it may be written by (its code first, then a Chinese
    /// name), and its names in each language (accepted too).
    fn new(options: impl IntoIterator<Item = (T, Vec<String>, Shown)>) -> Choices<T> {
        let mut map = super::FastMap::default();
        let mut listing: [Vec<String>; 3] = Default::default();
        for (t, names, shown) in options {
            // English gives the code to type, with the Simplified name where there is one.
            listing[0].push(match &shown[1] {
                zh if *zh != names[0] => format!("{} ({zh})", names[0]),
                _ => names[0].clone(),
            });
            for n in names.iter().chain(&shown[1..]) {
                map.entry(schema::normalize(n)).or_insert(t);
            }
            let [_, zh, zh_tw] = shown;
            listing[1].push(zh);
            listing[2].push(zh_tw);
        }
        let listing = Lang::ALL.map(|lang| listing[lang_index(lang)].join(&tr!(lang, "input-list-separator")));
        Choices { map, listing }
    }

    fn listing(&self, lang: Lang) -> &str {
        &self.listing[lang_index(lang)]
    }

    /// The value a cell names; the usual spelling costs no allocation.
    fn get(&self, value: &str) -> Option<T> {
        self.map.get(value).or_else(|| self.map.get(&schema::normalize(value))).copied()
    }
}

fn names(code: &str, zh: &str, aliases: &[String]) -> Vec<String> {
    let mut all = vec![code.to_string(), zh.to_string()];
    for a in aliases {
        if !all.contains(a) {
            all.push(a.clone());
        }
    }
    all
}

impl Lookups {
    pub fn new(rules: &Rules) -> Lookups {
        let alias = |list: &[&str]| list.iter().map(|a| a.to_string()).collect::<Vec<_>>();
        Lookups {
            statuses: Choices::new(Status::ALL.iter().map(|s| (*s, alias(s.aliases()), shown(|l| s.name(l))))),
            leaves: Choices::new(rules.leaves.iter().enumerate().map(|(i, l)| (i as u16, vec![l.code.clone()], shown(|_| l.code.clone())))),
            sources: Choices::new(Source::ALL.iter().map(|s| (*s, alias(s.aliases()), shown(|l| s.name(l))))),
            topics: Choices::new(
                rules
                    .surveys
                    .topics
                    .iter()
                    .enumerate()
                    .map(|(i, t)| (i as u16, names(&t.code, &t.zh, &t.aliases), shown(|l| t.name(l).into()))),
            ),
            categories: Choices::new(Category::ALL.iter().map(|c| (*c, alias(c.aliases()), shown(|l| c.name(l))))),
            attendance_kinds: Choices::new(
                rules
                    .attendance
                    .kinds
                    .iter()
                    .enumerate()
                    .map(|(i, k)| (i as u16, names(&k.code, &k.zh, &k.aliases), shown(|l| k.name(l).into()))),
            ),
            award_kinds: Choices::new(
                rules
                    .special
                    .awards
                    .iter()
                    .enumerate()
                    .map(|(i, k)| (i as u16, names(&k.code, &k.zh, &k.aliases), shown(|l| k.name(l).into()))),
            ),
            penalty_kinds: Choices::new(
                rules.penalties.iter().enumerate().map(|(i, k)| (i as u16, names(&k.code, &k.zh, &k.aliases), shown(|l| k.name(l).into()))),
            ),
            appeals: Choices::new(Appeal::ALL.iter().map(|a| (*a, alias(a.aliases()), shown(|l| a.name(l))))),
            topic_leaf: rules
                .surveys
                .topics
                .iter()
                .map(|t| t.leaf.as_deref().and_then(|code| rules.leaves.iter().position(|l| l.code == code)))
                .collect(),
        }
    }
}

/// Positions of every column a table may have, resolved once per table.
#[derive(Debug, Clone, Copy, Default)]
pub struct Cols {
    pub date: Option<usize>,
    pub agent_id: Option<usize>,
    pub name: Option<usize>,
    pub team: Option<usize>,
    pub status: Option<usize>,
    pub base_salary: Option<usize>,
    pub allowance: Option<usize>,
    pub item: Option<usize>,
    pub misses: Option<usize>,
    pub source: Option<usize>,
    pub inspector: Option<usize>,
    pub note: Option<usize>,
    pub void: Option<usize>,
    pub appeal: Option<usize>,
    pub appeal_note: Option<usize>,
    pub decided_by: Option<usize>,
    pub decided_on: Option<usize>,
    pub customer: Option<usize>,
    pub topic: Option<usize>,
    pub rating: Option<usize>,
    pub category: Option<usize>,
    pub kind: Option<usize>,
    pub points: Option<usize>,
    pub amount: Option<usize>,
    pub approved_by: Option<usize>,
}

impl Cols {
    pub fn of(table: &TableDef, map: &HeaderMap) -> Cols {
        let p = |name| map.pos(table, name);
        Cols {
            date: p("date"),
            agent_id: p("agent_id"),
            name: p("name"),
            team: p("team"),
            status: p("status"),
            base_salary: p("base_salary"),
            allowance: p("allowance"),
            item: p("item"),
            misses: p("misses"),
            source: p("source"),
            inspector: p("inspector"),
            note: p("note"),
            void: p("void"),
            appeal: p("appeal"),
            appeal_note: p("appeal_note"),
            decided_by: p("decided_by"),
            decided_on: p("decided_on"),
            customer: p("customer"),
            topic: p("topic"),
            rating: p("rating"),
            category: p("category"),
            kind: p("kind"),
            points: p("points"),
            amount: p("amount"),
            approved_by: p("approved_by"),
        }
    }
}

/// The agent id a row names, read without reporting (the row's own parse reports a bad one):
/// checked against the roster even when the rest of the row has problems.
pub fn quiet_agent_id<'v>(row: &RowView<'v>, pos: Option<usize>) -> Option<Cow<'v, str>> {
    match pos.map(|p| row.get(p)) {
        Some(Cell::Number(n)) if n.fract() == 0.0 && n.abs() < 1e15 => Some(Cow::Owned(format!("{n}"))),
        Some(Cell::Text(t)) => Some(Cow::Borrowed(t)),
        _ => None,
    }
}

pub enum Record<'v> {
    Qa(QaRow<'v>),
    Survey(Survey),
    Attendance(AttendanceEntry),
    Award(Award),
    Penalty(Penalty),
}

impl Record<'_> {
    /// The row counts toward scores or money (a clean spot check only marks its date).
    pub fn counts(&self) -> bool {
        !matches!(self, Record::Qa(q) if q.leaf.is_none())
    }
}

/// A QA row before it is split into a sample date and a finding.
pub struct QaRow<'v> {
    pub date: NaiveDate,
    pub leaf: Option<u16>,
    pub misses: u32,
    pub source: Source,
    pub inspector: &'v str,
    pub note: &'v str,
    pub appeal: Appeal,
    pub appeal_note: &'v str,
    pub decided_by: &'v str,
    pub decided_on: Option<NaiveDate>,
    pub at: RowRef,
}

/// The appeal columns of a QA row.
#[derive(Default)]
struct AppealCells<'v> {
    state: Appeal,
    note: &'v str,
    decided_by: &'v str,
    decided_on: Option<NaiveDate>,
}

/// Reads the cells of one row, recording a problem for each bad value.
pub struct RowCtx<'a, 'v> {
    pub table: &'a TableDef,
    pub header: &'a HeaderMap,
    pub cols: Cols,
    pub row: &'a RowView<'v>,
    pub origin: &'a Origin,
    pub lang: Lang,
    pub problems: &'a mut Vec<Problem>,
    pub lookups: &'a Lookups,
    pub rules: &'a Rules,
    pub month: Month,
    pub outside: &'a mut OutsideDates,
    pub merged: &'a [Region],
}

impl<'a, 'v> RowCtx<'a, 'v> {
    fn def(&self, name: &str) -> &'a ColumnDef {
        self.table.column(name)
    }

    /// Where the cell of a column is.
    fn at(&self, pos: Option<usize>) -> Origin {
        self.header.at(self.origin, self.row.number, pos)
    }

    fn cell(&self, pos: Option<usize>) -> Cell<'v> {
        pos.map(|p| self.row.get(p)).unwrap_or(Cell::Empty)
    }

    fn problem(&mut self, at: Origin, what: String, fix: String) {
        let p = Problem::in_lang(self.lang, at, what, fix);
        if !in_merged(self.merged, &p) {
            self.problems.push(p);
        }
    }

    fn error_cell(&mut self, pos: Option<usize>, value: &str) {
        let (what, fix) = (tr!(self.lang, "check-excel-error", value = value), tr!(self.lang, "check-excel-error-fix"));
        self.problem(self.at(pos), what, fix);
    }

    /// Text of a cell, trimmed; `None` when empty or absent (and a problem for an error value).
    fn text(&mut self, pos: Option<usize>) -> Option<Cow<'v, str>> {
        match self.cell(pos) {
            Cell::Empty => None,
            Cell::Text(t) => Some(Cow::Borrowed(t)),
            Cell::Error(e) => {
                self.error_cell(pos, e);
                None
            }
            other => other.text().map(|t| Cow::Owned(t.into_owned())),
        }
    }

    /// Text of a cell that is kept as typed (notes, names): borrowed from the row.
    fn plain(&mut self, pos: Option<usize>) -> &'v str {
        match self.cell(pos) {
            Cell::Text(t) => t,
            Cell::Error(e) => {
                self.error_cell(pos, e);
                ""
            }
            _ => "",
        }
    }

    fn required_text(&mut self, name: &str, pos: Option<usize>) -> Option<Cow<'v, str>> {
        let before = self.problems.len();
        let value = self.text(pos);
        if value.is_none() && self.problems.len() == before {
            self.empty(name, pos);
        }
        value
    }

    fn empty(&mut self, name: &str, pos: Option<usize>) {
        let label = self.def(name).label(self.lang);
        let (what, fix) = (tr!(self.lang, "check-empty", column = label), tr!(self.lang, "check-empty-fix"));
        self.problem(self.at(pos), what, fix);
    }

    /// An agent id: text, or an Excel number that is a whole number (`1006.0` → `1006`).
    fn agent_id(&mut self, name: &str, required: bool) -> Option<Cow<'v, str>> {
        let pos = self.cols.agent_id;
        if let Cell::Number(n) = self.cell(pos) {
            if n.fract() != 0.0 || n.abs() >= 1e15 {
                let what = tr!(self.lang, "check-agent-id-number", value = n.to_string());
                let fix = tr!(self.lang, "check-agent-id-number-fix");
                self.problem(self.at(pos), what, fix);
                return None;
            }
            return Some(Cow::Owned(format!("{n}")));
        }
        if required {
            self.required_text(name, pos)
        } else {
            self.text(pos)
        }
    }

    /// A required date inside the month (SPEC 2: text forms, Excel date cells and serials).
    fn date(&mut self) -> Option<NaiveDate> {
        let pos = self.cols.date;
        let cell = self.cell(pos);
        let date = match cell {
            Cell::Empty => {
                self.empty("date", pos);
                return None;
            }
            Cell::DateTime(d) => Some(d.date()),
            Cell::Number(serial) => excel_serial_date(serial),
            Cell::Text(t) => parse_date(t),
            Cell::Bool(_) => None,
            Cell::Error(e) => {
                self.error_cell(pos, e);
                return None;
            }
        };
        let shown = match cell {
            Cell::Text(t) => t.to_string(),
            Cell::Number(n) => n.to_string(),
            other => format!("{other:?}"),
        };
        match date {
            None => {
                let (what, fix) = (tr!(self.lang, "check-not-date", value = shown), tr!(self.lang, "check-not-date-fix"));
                self.problem(self.at(pos), what, fix);
                None
            }
            Some(d) if !self.month.contains(d) => {
                self.outside.dated += 1;
                let month = self.month;
                let what = tr!(self.lang, "check-outside-month", date = d.to_string(), month = month.to_string());
                let fix = tr!(self.lang, "check-outside-month-fix");
                self.outside.problems.push(Problem::in_lang(self.lang, self.at(pos), what, fix));
                if let Some(m) = Month::new(d.year(), d.month()) {
                    *self.outside.months.entry(m).or_default() += 1;
                }
                None
            }
            Some(d) => {
                self.outside.dated += 1;
                Some(d)
            }
        }
    }

    /// An optional non-negative decimal within `limit`; money may carry `¥` and thousands
    /// separators.
    fn decimal(&mut self, name: &str, pos: Option<usize>, money: bool, limit: i64) -> Option<Option<Decimal>> {
        let cell = self.cell(pos);
        let value = match cell {
            Cell::Empty => return Some(None),
            Cell::Number(n) => decimal_from_f64(n),
            Cell::Text(t) if money => parse_money(t),
            Cell::Text(t) => parse_decimal(t),
            Cell::Error(e) => {
                self.error_cell(pos, e);
                return None;
            }
            _ => None,
        };
        if let Some(d) = value {
            if !d.is_sign_negative() && d <= Decimal::from(limit) && (!money || d.scale() <= 2 || d.normalize().scale() <= 2) {
                return Some(Some(d)); // the usual case: no message is built
            }
        }
        let shown = match cell {
            Cell::Number(n) => n.to_string(),
            Cell::Text(t) => t.to_string(),
            other => format!("{other:?}"),
        };
        let (lang, label) = (self.lang, self.def(name).label(self.lang));
        match value {
            None => {
                let what = tr!(lang, "check-not-number", column = label, value = shown);
                self.problem(self.at(pos), what, tr!(lang, "check-not-number-fix"));
                None
            }
            Some(d) if d.is_sign_negative() && !d.is_zero() => {
                let what = tr!(lang, "check-negative", column = label, value = d.to_string());
                self.problem(self.at(pos), what, tr!(lang, "check-negative-fix"));
                None
            }
            Some(d) if d > Decimal::from(limit) => {
                let what = tr!(lang, "check-over-limit", column = label, value = d.to_string(), limit = limit.to_string());
                let fix = match money {
                    true => tr!(lang, "check-over-limit-money-fix", limit = limit.to_string()),
                    false => tr!(lang, "check-over-limit-count-fix", limit = limit.to_string()),
                };
                self.problem(self.at(pos), what, fix);
                None
            }
            Some(d) if money && d.normalize().scale() > 2 => {
                let what = tr!(lang, "check-decimals", column = label, value = d.to_string());
                let fix = tr!(lang, "check-decimals-fix");
                self.problem(self.at(pos), what, fix);
                None
            }
            Some(d) => Some(Some(d)),
        }
    }

    /// A value from a list of codes and aliases; `None` (and a problem) when it is not one.
    /// `what` names the kind of value (`check-what-…`).
    fn choice<T: Copy>(&mut self, pos: Option<usize>, choices: &Choices<T>, what: &str) -> Option<Option<T>> {
        let Some(value) = self.text(pos) else { return Some(None) };
        if let Some(t) = choices.get(&value) {
            return Some(Some(t));
        }
        let what = crate::i18n::text(self.lang, what, None);
        let w = tr!(self.lang, "check-unknown-value", value = value.into_owned(), what = what);
        let fix = tr!(self.lang, "check-unknown-value-fix", choices = choices.listing(self.lang));
        self.problem(self.at(pos), w, fix);
        None
    }

    pub fn agent(&mut self) -> Option<Agent> {
        let before = self.problems.len();
        let id = self.agent_id("agent_id", true);
        let name = self.required_text("name", self.cols.name);
        let team = self.text(self.cols.team).unwrap_or_default();
        let status = self.choice(self.cols.status, &self.lookups.statuses, "check-what-status");
        let base = self.decimal("base_salary", self.cols.base_salary, true, MAX_MONEY);
        if matches!(base, Some(None)) {
            self.empty("base_salary", self.cols.base_salary);
        }
        let allowance = self.decimal("allowance", self.cols.allowance, true, MAX_MONEY);
        if self.problems.len() != before {
            return None;
        }
        Some(Agent {
            id: id?.into_owned(),
            name: name?.into_owned(),
            team: team.into_owned(),
            status: status?.unwrap_or(Status::Regular),
            base_salary: base??,
            allowance: allowance?.unwrap_or_default(),
            origin: self.at(self.cols.agent_id),
        })
    }

    pub fn qa(&mut self, at: RowRef) -> Option<Record<'v>> {
        let before = self.problems.len();
        let date = self.date();
        self.agent_id("agent_id", true);
        let leaf = self.choice(self.cols.item, &self.lookups.leaves, "check-what-leaf");
        let misses = self.decimal("misses", self.cols.misses, false, MAX_MISSES);
        let source = self.choice(self.cols.source, &self.lookups.sources, "check-what-source");
        let inspector = self.plain(self.cols.inspector);
        let note = self.plain(self.cols.note);
        let appeal = self.appeal(&leaf);
        let misses = match (&leaf, misses) {
            (Some(Some(_)), Some(None)) => Some(1),
            (Some(None), Some(Some(m))) if !m.is_zero() => {
                let what = tr!(self.lang, "check-misses-without-item", misses = m.to_string());
                let fix = tr!(self.lang, "check-misses-without-item-fix");
                self.problem(self.at(self.cols.misses), what, fix);
                None
            }
            (_, Some(Some(m))) => self.whole(m),
            (_, Some(None)) => Some(0),
            (_, None) => None,
        };
        if self.problems.len() != before {
            return None;
        }
        Some(Record::Qa(QaRow {
            date: date?,
            leaf: leaf?,
            misses: misses?,
            source: source?.unwrap_or(Source::SpotCheck),
            inspector,
            note,
            appeal: appeal.state,
            appeal_note: appeal.note,
            decided_by: appeal.decided_by,
            decided_on: appeal.decided_on,
            at,
        }))
    }

    /// A QA row's appeal (SPEC 2.6): `appeal` (pending, upheld, rejected), with `void = yes` an
    /// older way to write "upheld"; the note, who decided and when. Only a finding can be
    /// appealed, a pending appeal has no decision date yet, and `void` may not contradict
    /// `appeal`.
    fn appeal(&mut self, leaf: &Option<Option<u16>>) -> AppealCells<'v> {
        let mut cells = AppealCells::default();
        let void = self.yes_no(self.cols.void);
        let state = self.choice(self.cols.appeal, &self.lookups.appeals, "check-what-appeal");
        cells.note = self.plain(self.cols.appeal_note);
        cells.decided_by = self.plain(self.cols.decided_by);
        cells.decided_on = self.any_date(self.cols.decided_on);
        let (Some(void), Some(state)) = (void, state) else { return cells };
        cells.state = match (void, state) {
            (false, s) => s.unwrap_or(Appeal::None),
            (true, None | Some(Appeal::Upheld)) => Appeal::Upheld,
            (true, Some(other)) => {
                let what = tr!(self.lang, "check-void-contradicts", appeal = typed(self.lang, other.code(), &other.name(self.lang)));
                let fix = tr!(self.lang, "check-void-contradicts-fix");
                self.problem(self.at(self.cols.void), what, fix);
                Appeal::None
            }
        };
        // Which column of the appeal holds something, for a message about it.
        let filled = [self.cols.void, self.cols.appeal, self.cols.appeal_note, self.cols.decided_by, self.cols.decided_on]
            .into_iter()
            .find(|pos| !self.cell(*pos).is_empty());
        if matches!(leaf, Some(None)) {
            if let Some(pos) = filled {
                let (what, fix) = (tr!(self.lang, "check-appeal-without-finding"), tr!(self.lang, "check-appeal-without-finding-fix"));
                self.problem(self.at(pos), what, fix);
            }
        } else if cells.state == Appeal::None && (!cells.decided_by.is_empty() || cells.decided_on.is_some()) {
            let pos = if cells.decided_on.is_some() { self.cols.decided_on } else { self.cols.decided_by };
            let (what, fix) = (tr!(self.lang, "check-decision-without-appeal"), tr!(self.lang, "check-decision-without-appeal-fix"));
            self.problem(self.at(pos), what, fix);
        } else if cells.state == Appeal::Pending && cells.decided_on.is_some() {
            let (what, fix) = (tr!(self.lang, "check-pending-decided"), tr!(self.lang, "check-pending-decided-fix"));
            self.problem(self.at(self.cols.decided_on), what, fix);
        }
        cells
    }

    /// An optional date anywhere in time (a decision may come after the month).
    fn any_date(&mut self, pos: Option<usize>) -> Option<NaiveDate> {
        let cell = self.cell(pos);
        let date = match cell {
            Cell::Empty => return None,
            Cell::DateTime(d) => Some(d.date()),
            Cell::Number(serial) => excel_serial_date(serial),
            Cell::Text(t) => parse_date(t),
            Cell::Error(e) => {
                self.error_cell(pos, e);
                return None;
            }
            Cell::Bool(_) => None,
        };
        if date.is_none() {
            let shown = cell.text().map(|t| t.into_owned()).unwrap_or_default();
            let (what, fix) = (tr!(self.lang, "check-not-date", value = shown), tr!(self.lang, "check-not-date-fix"));
            self.problem(self.at(pos), what, fix);
        }
        date
    }

    fn whole(&mut self, d: Decimal) -> Option<u32> {
        if d.fract().is_zero() && d <= Decimal::from(MAX_MISSES) {
            return u32::try_from(d.trunc().mantissa() / 10i128.pow(d.trunc().scale())).ok();
        }
        let label = self.def("misses").label(self.lang);
        let what = tr!(self.lang, "check-not-whole", column = label, value = d.to_string());
        let fix = tr!(self.lang, "check-not-whole-fix");
        self.problem(self.at(self.cols.misses), what, fix);
        None
    }

    fn yes_no(&mut self, pos: Option<usize>) -> Option<bool> {
        let Some(value) = self.text(pos) else { return Some(false) };
        match schema::normalize(&value).as_str() {
            "yes" | "y" | "true" | "1" | "是" | "作廢" | "作废" | "void" => Some(true),
            "no" | "n" | "false" | "0" | "否" => Some(false),
            _ => {
                let what = tr!(self.lang, "check-not-yes-no", value = value.into_owned());
                let fix = tr!(self.lang, "check-not-yes-no-fix");
                self.problem(self.at(pos), what, fix);
                None
            }
        }
    }

    pub fn survey(&mut self, at: RowRef) -> Option<Record<'v>> {
        let before = self.problems.len();
        let date = self.date();
        let customer = self.plain(self.cols.customer);
        self.agent_id("agent_id", false);
        let topic = self.choice(self.cols.topic, &self.lookups.topics, "check-what-topic");
        if matches!(topic, Some(None)) {
            self.empty("topic", self.cols.topic);
        }
        let rating = self.rating();
        if self.problems.len() != before {
            return None;
        }
        Some(Record::Survey(Survey { date: date?, customer: customer.into(), agent: None, topic: topic??, rating: rating?, at }))
    }

    fn rating(&mut self) -> Option<u8> {
        let pos = self.cols.rating;
        let cell = self.cell(pos);
        let text = match cell {
            Cell::Number(n) => n.to_string(),
            Cell::Empty => {
                self.empty("rating", pos);
                return None;
            }
            _ => self.text(pos)?.into_owned(),
        };
        const WORDS: [(&str, u8); 10] = [
            ("非常滿意", 5),
            ("非常满意", 5),
            ("滿意", 4),
            ("满意", 4),
            ("一般", 3),
            ("不滿意", 2),
            ("不满意", 2),
            ("非常不滿意", 1),
            ("非常不满意", 1),
            ("很不滿意", 1),
        ];
        let t = text.trim();
        if let Some((_, r)) = WORDS.iter().find(|(w, _)| *w == t) {
            return Some(*r);
        }
        match t.parse::<u8>() {
            Ok(r) if (1..=5).contains(&r) => Some(r),
            _ => {
                let (what, fix) = (tr!(self.lang, "check-rating", value = t), tr!(self.lang, "check-rating-fix"));
                self.problem(self.at(pos), what, fix);
                None
            }
        }
    }

    pub fn attendance(&mut self, at: RowRef) -> Option<Record<'v>> {
        let before = self.problems.len();
        let date = self.date();
        self.agent_id("agent_id", true);
        let category = self.choice(self.cols.category, &self.lookups.categories, "check-what-category");
        if matches!(category, Some(None)) {
            self.empty("category", self.cols.category);
        }
        let kind = self.choice(self.cols.kind, &self.lookups.attendance_kinds, "check-what-attendance-kind");
        let points = self.decimal("points", self.cols.points, false, MAX_POINTS);
        let note = self.plain(self.cols.note);
        if self.problems.len() != before {
            return None;
        }
        let (category, kind, points) = (category??, kind?, points?);
        let rules = self.rules;
        if let Some(k) = kind.map(|i| &rules.attendance.kinds[i as usize]) {
            if k.category != category {
                let lang = self.lang;
                let what = tr!(
                    lang,
                    "check-kind-category",
                    kind = typed(lang, &k.code, k.name(lang)),
                    kind_category = k.category.name(lang),
                    category = category.name(lang)
                );
                let fix = tr!(lang, "check-kind-category-fix");
                self.problem(self.at(self.cols.kind), what, fix);
                return None;
            }
        }
        let points = match (points, kind) {
            (Some(p), _) => p,
            (None, Some(i)) => rules.attendance.kinds[i as usize].points,
            (None, None) => {
                let lang = self.lang;
                let known: Vec<String> = rules
                    .attendance
                    .kinds
                    .iter()
                    .map(|k| tr!(lang, "check-kind-points", kind = typed(lang, &k.code, k.name(lang)), points = k.points.to_string()))
                    .collect();
                let what = tr!(lang, "check-no-points-no-kind");
                let fix = tr!(lang, "check-no-points-no-kind-fix", kinds = known.join(&tr!(lang, "input-list-separator")));
                self.problem(self.at(self.cols.points), what, fix);
                return None;
            }
        };
        Some(Record::Attendance(AttendanceEntry { date: date?, agent: AgentIdx::MAX, category, kind, points, note: note.into(), at }))
    }

    pub fn award(&mut self, at: RowRef) -> Option<Record<'v>> {
        let before = self.problems.len();
        let date = self.date();
        self.agent_id("agent_id", true);
        let kind = self.choice(self.cols.kind, &self.lookups.award_kinds, "check-what-award-kind");
        if matches!(kind, Some(None)) {
            self.empty("kind", self.cols.kind);
        }
        let note = self.plain(self.cols.note);
        let approved_by = self.plain(self.cols.approved_by);
        if self.problems.len() != before {
            return None;
        }
        Some(Record::Award(Award {
            date: date?,
            agent: AgentIdx::MAX,
            kind: kind??,
            note: note.into(),
            approved_by: approved_by.into(),
            at,
        }))
    }

    pub fn penalty(&mut self, at: RowRef) -> Option<Record<'v>> {
        let before = self.problems.len();
        let date = self.date();
        self.agent_id("agent_id", true);
        let kind = self.choice(self.cols.kind, &self.lookups.penalty_kinds, "check-what-penalty-kind");
        if matches!(kind, Some(None)) {
            self.empty("kind", self.cols.kind);
        }
        let amount = self.decimal("amount", self.cols.amount, true, MAX_MONEY);
        let note = self.plain(self.cols.note);
        let approved_by = self.plain(self.cols.approved_by);
        if self.problems.len() != before {
            return None;
        }
        let kind = kind??;
        let k = &self.rules.penalties[kind as usize];
        let at_amount = self.at(self.cols.amount);
        let amount = match (amount?, k.default) {
            (Some(a), _) => a,
            (None, Some(d)) => d,
            (None, None) => {
                let what = tr!(self.lang, "check-fine-needs-amount", kind = typed(self.lang, &k.code, k.name(self.lang)));
                let fix = tr!(self.lang, "check-fine-needs-amount-fix");
                self.problem(at_amount, what, fix);
                return None;
            }
        };
        if amount < k.min || k.max.is_some_and(|m| amount > m) {
            let range = match k.max {
                Some(max) if max == k.min => format!("{max}"),
                Some(max) => format!("{}–{}", k.min, max),
                None => format!("≥ {}", k.min),
            };
            let lang = self.lang;
            let kind = typed(lang, &k.code, k.name(lang));
            let what = tr!(lang, "check-fine-range", kind = kind, amount = amount.to_string(), range = range.clone());
            let fix = tr!(lang, "check-fine-range-fix", range = range);
            self.problem(at_amount, what, fix);
            return None;
        }
        Some(Record::Penalty(Penalty {
            date: date?,
            agent: AgentIdx::MAX,
            kind,
            amount,
            note: note.into(),
            approved_by: approved_by.into(),
            at,
        }))
    }
}

/// How a message names a coded value the user types: by its code in English (`late`), by its
/// name in Chinese (`迟到`), which the input accepts too.
fn typed(lang: Lang, code: &str, name: &str) -> String {
    match lang {
        Lang::En => code.to_string(),
        Lang::Zh | Lang::ZhTw => name.to_string(),
    }
}

/// Excel's date serial: days since 1899-12-30 (the 1900 leap-year bug included).
fn excel_serial_date(serial: f64) -> Option<NaiveDate> {
    if !(1.0..2_958_466.0).contains(&serial) {
        return None;
    }
    NaiveDate::from_ymd_opt(1899, 12, 30)?.checked_add_days(chrono::Days::new(serial.trunc() as u64))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_serials_are_dates() {
        assert_eq!(excel_serial_date(46298.0), NaiveDate::from_ymd_opt(2026, 10, 3));
        assert_eq!(excel_serial_date(0.0), None);
    }

    #[test]
    fn coded_values_match_by_any_name_in_any_case() {
        let rules = Rules::default_rules();
        let l = Lookups::new(&rules);
        assert_eq!(l.sources.get("抽查"), Some(Source::SpotCheck));
        assert_eq!(l.sources.get("Spot Check"), Some(Source::SpotCheck));
        assert_eq!(l.sources.get("部门意见"), Some(Source::DeptFeedback));
        assert_eq!(l.leaves.get("1D"), l.leaves.get("1d"));
        assert_eq!(l.statuses.get("試用期"), Some(Status::Probation));
        assert_eq!(l.sources.get("rumour"), None);
    }
}
