//! Checking: turns the cells of every table into typed records, collecting **all** problems of
//! SPEC 2.7 (each with file, row, column and what to do) and the input warnings. Rows stream
//! through; only the roster and per-agent records are kept. Does no scoring.

use std::collections::hash_map::DefaultHasher;
use std::collections::{BTreeMap, HashMap};
use std::hash::{Hash, Hasher};
use std::sync::Arc;

use chrono::{Datelike, NaiveDate};
use rust_decimal::Decimal;

use crate::error::{KaoheError, Result};
use crate::input::{Cell, InputSet, RawRow, TableReader};
use crate::lang::Lang;
use crate::model::*;
use crate::month::{parse_date, Month};
use crate::num::{decimal_from_f64, parse_decimal, parse_money};
use crate::problem::{Column, Origin, Problem, Warning, WarningKind};
use crate::rules::Rules;
use crate::schema::{self, ColumnDef, TableDef};

/// A month whose inputs passed every check.
#[derive(Debug, Clone)]
pub struct CheckedMonth {
    pub month: Month,
    pub data: MonthData,
    pub warnings: Vec<Warning>,
}

/// Reads and checks every table of the month. `Err(Invalid)` lists every problem found.
pub fn check_month(input: &InputSet, month: Month, rules: &Rules, lang: Lang) -> Result<CheckedMonth> {
    let mut checker =
        Checker { month, rules, lang, problems: Vec::new(), warnings: Vec::new(), data: MonthData::default(), roster: HashMap::new() };
    for table in schema::TABLES {
        let location = match input.locate(&table) {
            Ok(Some(location)) => location,
            Ok(None) => {
                checker.table_absent(input, &table);
                continue;
            }
            Err(problem) => {
                checker.problems.push(problem);
                continue;
            }
        };
        match input.read(&location) {
            Ok(reader) => checker.read_table(&table, reader),
            Err(KaoheError::Invalid(problems)) => checker.problems.extend(problems),
            Err(other) => return Err(other),
        }
    }
    checker.finish()
}

struct Checker<'r> {
    month: Month,
    rules: &'r Rules,
    lang: Lang,
    problems: Vec<Problem>,
    warnings: Vec<Warning>,
    data: MonthData,
    /// Roster id → row it was defined on.
    roster: HashMap<String, usize>,
}

/// Which column of the file each schema column is in.
pub struct HeaderMap {
    /// For each column of the table definition, its position in the file.
    pub index: Vec<Option<usize>>,
    /// The file's columns as the user named them.
    pub columns: Vec<Column>,
}

impl<'r> Checker<'r> {
    fn say(&self, en: String, zh: String) -> String {
        crate::problem::say(self.lang, en, zh)
    }

    fn table_absent(&mut self, input: &InputSet, table: &TableDef) {
        let place = match input {
            InputSet::Folder(dir) => dir.display().to_string(),
            InputSet::Workbook(book) => book.display().to_string(),
        };
        let names = format!("{} / {}", table.name, table.aliases.join(" / "));
        if table.required {
            let what = self.say(format!("the required table {} is missing", table.name), format!("缺少必需的表 {}", table.name));
            let fix = self.say(
                format!("add a file or sheet named {names} (.csv, .xlsx, .xls or .ods)"),
                format!("添加名為 {names} 的文件或工作表(.csv、.xlsx、.xls 或 .ods)"),
            );
            self.problems.push(Problem::new(Origin::file(place), what, fix));
        } else {
            let message = self.say(
                format!("no {} table ({names}): treated as empty this month", table.name),
                format!("沒有 {} 表({names}):本月按空表處理", table.name),
            );
            self.warnings.push(Warning { kind: WarningKind::MissingTable, origin: Some(Origin::file(place)), message });
        }
    }

    fn map_headers(&mut self, table: &TableDef, reader: &TableReader) -> Option<HeaderMap> {
        map_headers(table, reader, self.lang, &mut self.problems, &mut self.warnings)
    }

    fn read_table(&mut self, table: &TableDef, mut reader: TableReader) {
        self.data.input_files.push(InputFile { name: reader.origin.row_ref(), sha256: reader.sha256.clone() });
        let Some(map) = self.map_headers(table, &reader) else { return };
        let mut seen: HashMap<u64, usize> = HashMap::new();
        let origin = reader.origin.clone();
        for row in reader.rows.by_ref() {
            let row = match row {
                Ok(row) => row,
                Err(problem) => {
                    self.problems.push(problem);
                    continue;
                }
            };
            if row.cells.iter().all(Cell::is_empty) {
                continue;
            }
            self.note_repeat(&mut seen, &origin, &row);
            let at = origin.at_row(row.number);
            // The row's agent id, read quietly: a value that is not an id at all (1006.5) is
            // reported once, by the row's own parse below.
            let agent_id = RowCtx { table, map: &map, row: &row, origin: at.clone(), lang: self.lang, problems: &mut Vec::new() }
                .agent_id("agent_id", false);
            // Every row is parsed fully so that all its problems are reported; the parsers
            // return a record only when the row had none.
            let mut r = RowCtx { table, map: &map, row: &row, origin: at.clone(), lang: self.lang, problems: &mut self.problems };
            if table.name == "agents" {
                match r.agent() {
                    Some(agent) => self.add_agent(agent),
                    // A roster row with a bad value still names its agent: other tables' rows
                    // for that id are not reported again as unknown agents.
                    None => {
                        if let Some(id) = agent_id {
                            self.roster.entry(id).or_insert(row.number);
                        }
                    }
                }
                continue;
            }
            let record = match table.name {
                "qa" => r.qa(self.month, self.rules).map(Record::Qa),
                "surveys" => r.survey(self.month, self.rules).map(Record::Survey),
                "attendance" => r.attendance(self.month, self.rules).map(Record::Attendance),
                "awards" => r.award(self.month, self.rules).map(Record::Award),
                "penalties" => r.penalty(self.month, self.rules).map(Record::Penalty),
                other => unreachable!("table {other} is not in the schema"),
            };
            let known = agent_id.as_deref().is_none_or(|id| self.known_agent(id, &at, &map, table));
            if let (Some(record), true) = (record, known) {
                self.add_record(record);
            }
        }
    }

    fn add_record(&mut self, record: Record) {
        fn book<'a>(by_agent: &'a mut BTreeMap<String, AgentMonth>, id: &str) -> &'a mut AgentMonth {
            by_agent.entry(id.to_string()).or_default()
        }
        match record {
            Record::Qa(qa) => {
                let agent = book(&mut self.data.by_agent, &qa.agent_id);
                if qa.source == Source::SpotCheck && !qa.void {
                    agent.sample_dates.insert(qa.date);
                }
                if let Some(leaf) = qa.leaf {
                    agent.findings.push(Finding {
                        date: qa.date,
                        agent_id: qa.agent_id,
                        leaf,
                        misses: qa.misses,
                        source: qa.source,
                        inspector: qa.inspector,
                        note: qa.note,
                        void: qa.void,
                        origin: qa.origin,
                    });
                }
            }
            Record::Survey(s) => match s.agent_id.clone() {
                Some(id) => book(&mut self.data.by_agent, &id).surveys.push(s),
                None => self.data.department_surveys.push(s),
            },
            Record::Attendance(e) => book(&mut self.data.by_agent, &e.agent_id).attendance.push(e),
            Record::Award(a) => book(&mut self.data.by_agent, &a.agent_id).awards.push(a),
            Record::Penalty(p) => book(&mut self.data.by_agent, &p.agent_id).penalties.push(p),
        }
    }

    fn add_agent(&mut self, agent: Agent) {
        if let Some(first) = self.roster.get(&agent.id) {
            let col = agent.origin.column.clone();
            let mut at = agent.origin.clone();
            at.column = col;
            let what = self.say(
                format!("agent id {} is already on row {first} of the roster", agent.id),
                format!("工號 {} 已在名冊第 {first} 行出現", agent.id),
            );
            let fix = self
                .say("list each agent once; give this one its own id or delete the row".into(), "每人只列一次:改正工號或刪除此行".into());
            self.problems.push(Problem::new(at, what, fix));
            return;
        }
        self.roster.insert(agent.id.clone(), agent.origin.row.unwrap_or(0));
        self.data.agents.push(agent);
    }

    fn known_agent(&mut self, id: &str, origin: &Origin, map: &HeaderMap, table: &TableDef) -> bool {
        if self.roster.contains_key(id) {
            return true;
        }
        let col = table.columns.iter().position(|c| c.name == "agent_id").and_then(|ci| map.index[ci]).map(|i| map.columns[i].clone());
        let at = match col {
            Some(c) => origin.at_column(c),
            None => origin.clone(),
        };
        let what = self.say(format!("agent {id} is not on the roster"), format!("工號 {id} 不在人員名冊中"));
        let fix = self.say("correct the id, or add the agent to the agents table".into(), "改正工號,或把此人加入人員表".into());
        self.problems.push(Problem::new(at, what, fix));
        false
    }

    fn note_repeat(&mut self, seen: &mut HashMap<u64, usize>, origin: &Origin, row: &RawRow) {
        let mut h = DefaultHasher::new();
        for cell in &row.cells {
            match cell {
                Cell::Empty => 0u8.hash(&mut h),
                Cell::Text(t) => t.trim().hash(&mut h),
                Cell::Number(n) => n.to_bits().hash(&mut h),
                Cell::Bool(b) => b.hash(&mut h),
                Cell::DateTime(d) => d.hash(&mut h),
                Cell::Error(e) => e.hash(&mut h),
            }
        }
        let key = h.finish();
        if let Some(first) = seen.get(&key) {
            let message = self.say(
                format!("row {} repeats row {first} exactly; both are counted", row.number),
                format!("第 {} 行與第 {first} 行完全相同;兩行都計入", row.number),
            );
            self.warnings.push(Warning { kind: WarningKind::RepeatedRow, origin: Some(origin.at_row(row.number)), message });
        } else {
            seen.insert(key, row.number);
        }
    }

    fn finish(mut self) -> Result<CheckedMonth> {
        if !self.problems.is_empty() {
            self.problems.sort();
            self.problems.dedup();
            return Err(KaoheError::Invalid(self.problems));
        }
        for book in self.data.by_agent.values_mut() {
            book.canonicalize();
        }
        self.data.department_surveys.sort_by(|a, b| {
            (a.date, &a.topic, a.rating, &a.customer, &a.origin).cmp(&(b.date, &b.topic, b.rating, &b.customer, &b.origin))
        });
        self.sampling_warnings();
        self.survey_count_warning();
        self.warnings.sort();
        Ok(CheckedMonth { month: self.month, data: self.data, warnings: self.warnings })
    }

    /// SPEC 2.7: an on-post agent without a spot check in one of the month's windows.
    fn sampling_warnings(&mut self) {
        let windows = self.rules.sampling_windows(self.month.last_day());
        let empty = AgentMonth::default();
        let mut found = Vec::new();
        for agent in &self.data.agents {
            if !self.rules.status_pay(agent.status).on_post {
                continue;
            }
            let book = self.data.by_agent.get(&agent.id).unwrap_or(&empty);
            for (a, b) in &windows {
                if !book.sample_dates.iter().any(|d| (*a..=*b).contains(&d.day())) {
                    let (m, id, name) = (self.month.month, &agent.id, &agent.name);
                    let message = crate::problem::say(
                        self.lang,
                        format!("agent {id} {name} has no spot check on days {a}–{b} (the scheme asks for one every 10 days)"),
                        format!("{id} {name} 在 {m}月{a}日–{b}日 沒有抽查(制度要求每10天抽查一次)"),
                    );
                    found.push(Warning { kind: WarningKind::SamplingGap, origin: Some(agent.origin.clone()), message });
                }
            }
        }
        self.warnings.extend(found);
    }

    /// SPEC 2.7: the department's survey count outside 10–20.
    fn survey_count_warning(&mut self) {
        let count = self.data.department_surveys.len() + self.data.by_agent.values().map(|b| b.surveys.len()).sum::<usize>();
        let (min, max) = (self.rules.surveys.department_count_min as usize, self.rules.surveys.department_count_max as usize);
        if count < min || count > max {
            let message = self.say(
                format!("the month has {count} survey answers; the scheme surveys {min}–{max} customers a month"),
                format!("本月有 {count} 份滿意度調查;制度要求每月調查 {min}–{max} 名客戶"),
            );
            self.warnings.push(Warning { kind: WarningKind::SurveyCount, origin: None, message });
        }
    }
}

/// Finds each column of `table` in the header row: a column named twice or a required column
/// missing is a problem; an unknown column is a warning. `None` when the table cannot be read.
pub fn map_headers(
    table: &TableDef,
    reader: &TableReader,
    lang: Lang,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Warning>,
) -> Option<HeaderMap> {
    let say = |en: String, zh: String| crate::problem::say(lang, en, zh);
    let columns: Vec<Column> =
        reader.headers.iter().enumerate().map(|(index, h)| Column { index, header: Arc::from(h.as_str()) }).collect();
    let mut index: Vec<Option<usize>> = vec![None; table.columns.len()];
    let header_origin = reader.origin.at_row(reader.header_row);
    let mut ok = true;
    for (pos, header) in reader.headers.iter().enumerate() {
        if header.trim().is_empty() {
            continue;
        }
        match table.columns.iter().position(|c| c.matches(header)) {
            Some(ci) => {
                if let Some(first) = index[ci] {
                    let what = say(
                        format!("columns {} and {} both hold {}", columns[first].header, header, table.columns[ci].label()),
                        format!("{} 和 {} 兩列都是 {}", columns[first].header, header, table.columns[ci].label()),
                    );
                    let fix = say("keep one of them and rename or delete the other".into(), "保留其中一列,刪除或改名另一列".into());
                    problems.push(Problem::new(header_origin.at_column(columns[pos].clone()), what, fix));
                    ok = false;
                } else {
                    index[ci] = Some(pos);
                }
            }
            None => {
                let message = say(format!("unknown column `{header}` is ignored"), format!("未知的列「{header}」已忽略"));
                warnings.push(Warning {
                    kind: WarningKind::UnknownColumn,
                    origin: Some(header_origin.at_column(columns[pos].clone())),
                    message,
                });
            }
        }
    }
    for (ci, def) in table.columns.iter().enumerate() {
        if def.required && index[ci].is_none() {
            let what = say(format!("the required column {} is missing", def.label()), format!("缺少必需的列 {}", def.label()));
            let names: Vec<&str> = std::iter::once(def.name).chain(def.aliases.iter().copied()).collect();
            let fix = say(
                format!("add a column headed {} to the header row", names.join(" or ")),
                format!("在標題行加一列,標題為 {}", names.join(" 或 ")),
            );
            problems.push(Problem::new(header_origin.clone(), what, fix));
            ok = false;
        }
    }
    ok.then_some(HeaderMap { index, columns })
}

/// A checked row of a non-roster table.
enum Record {
    Qa(QaRow),
    Survey(Survey),
    Attendance(AttendanceEntry),
    Award(Award),
    Penalty(Penalty),
}

/// A QA row before it is split into a sample date and a finding.
struct QaRow {
    date: NaiveDate,
    agent_id: String,
    leaf: Option<String>,
    misses: u32,
    source: Source,
    inspector: String,
    note: String,
    void: bool,
    origin: Origin,
}

/// Reads the cells of one row, recording a problem for each bad value.
struct RowCtx<'a> {
    table: &'a TableDef,
    map: &'a HeaderMap,
    row: &'a RawRow,
    origin: Origin,
    lang: Lang,
    problems: &'a mut Vec<Problem>,
}

impl RowCtx<'_> {
    fn say(&self, en: String, zh: String) -> String {
        crate::problem::say(self.lang, en, zh)
    }

    fn def(&self, name: &str) -> &'static ColumnDef {
        let table: &'static TableDef = schema::TABLES.iter().find(|t| t.name == self.table.name).expect("table");
        table.column(name)
    }

    /// The cell of a column and where it is; `None` when the file has no such column.
    fn cell(&self, name: &str) -> Option<(&Cell, Origin)> {
        let ci = self.table.columns.iter().position(|c| c.name == name)?;
        let pos = self.map.index[ci]?;
        let cell = self.row.cells.get(pos).unwrap_or(&Cell::Empty);
        Some((cell, self.origin.at_column(self.map.columns[pos].clone())))
    }

    fn problem(&mut self, at: Origin, what: String, fix: String) {
        self.problems.push(Problem::new(at, what, fix));
    }

    fn error_cell(&mut self, at: Origin, value: &str) {
        let what = self.say(format!("the cell holds the Excel error {value}"), format!("單元格是 Excel 錯誤值 {value}"));
        let fix = self.say("fix the formula or type the value".into(), "修正公式或直接輸入數值".into());
        self.problem(at, what, fix);
    }

    /// Text of a cell, trimmed; `None` when empty or absent.
    fn text(&mut self, name: &str) -> Option<String> {
        let (cell, at) = self.cell(name)?;
        let (text, error) = (cell.text(), if let Cell::Error(e) = cell { Some(e.clone()) } else { None });
        if let Some(e) = error {
            self.error_cell(at, &e);
        }
        text
    }

    fn required_text(&mut self, name: &str) -> Option<String> {
        let before = self.problems.len();
        let value = self.text(name);
        if value.is_none() && self.problems.len() == before {
            self.empty(name);
        }
        value
    }

    fn empty(&mut self, name: &str) {
        let label = self.def(name).label();
        let at = self.cell(name).map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
        let what = self.say(format!("{label} is empty"), format!("{label} 為空"));
        let fix = self.say("fill in the value; it is required".into(), "請填寫;此項必填".into());
        self.problem(at, what, fix);
    }

    /// An agent id: text, or an Excel number that is a whole number (`1006.0` → `1006`).
    fn agent_id(&mut self, name: &str, required: bool) -> Option<String> {
        if let Some((Cell::Number(n), at)) = self.cell(name) {
            if n.fract() != 0.0 || n.abs() >= 1e15 {
                let n = *n;
                let what =
                    self.say(format!("{n} is not an agent id (ids are whole numbers or text)"), format!("{n} 不是工號(工號為整數或文字)"));
                let fix = self.say("type the agent's id".into(), "請輸入工號".into());
                self.problem(at, what, fix);
                return None;
            }
        }
        if required {
            self.required_text(name)
        } else {
            self.text(name)
        }
    }

    /// A required date inside the month (SPEC 2: text forms, Excel date cells and serials).
    fn date(&mut self, month: Month) -> Option<NaiveDate> {
        let (cell, at) = self.cell("date")?;
        let date = match cell {
            Cell::Empty => {
                self.empty("date");
                return None;
            }
            Cell::DateTime(d) => Some(d.date()),
            Cell::Number(serial) => excel_serial_date(*serial),
            Cell::Text(t) => parse_date(t),
            Cell::Bool(_) => None,
            Cell::Error(e) => {
                let e = e.clone();
                self.error_cell(at, &e);
                return None;
            }
        };
        let shown = match cell {
            Cell::Text(t) => t.trim().to_string(),
            Cell::Number(n) => n.to_string(),
            other => format!("{other:?}"),
        };
        match date {
            None => {
                let what = self.say(format!("`{shown}` is not a date"), format!("「{shown}」不是日期"));
                let fix = self.say(
                    "write dates as 2026-10-03, 2026/10/03 or 2026年10月3日".into(),
                    "日期請寫成 2026-10-03、2026/10/03 或 2026年10月3日".into(),
                );
                self.problem(at, what, fix);
                None
            }
            Some(d) if !month.contains(d) => {
                let what = self.say(format!("{d} is outside the month {month}"), format!("{d} 不在 {month} 月內"));
                let fix = self.say(
                    "correct the date, or move the row to its own month's input".into(),
                    "改正日期,或把此行移到所屬月份的資料中".into(),
                );
                self.problem(at, what, fix);
                None
            }
            Some(d) => Some(d),
        }
    }

    /// An optional non-negative decimal; money may carry `¥` and thousands separators.
    fn decimal(&mut self, name: &str, money: bool) -> Option<Option<Decimal>> {
        let Some((cell, at)) = self.cell(name) else { return Some(None) };
        let (value, shown) = match cell {
            Cell::Empty => return Some(None),
            Cell::Number(n) => (decimal_from_f64(*n), n.to_string()),
            Cell::Text(t) => (if money { parse_money(t) } else { parse_decimal(t) }, t.trim().to_string()),
            Cell::Error(e) => {
                let e = e.clone();
                self.error_cell(at, &e);
                return None;
            }
            other => (None, format!("{other:?}")),
        };
        let label = self.def(name).label();
        match value {
            None => {
                let what = self.say(format!("{label} `{shown}` is not a number"), format!("{label}「{shown}」不是數字"));
                let fix = self.say("write a plain number such as 2, 0.5 or 3200.00".into(), "請寫數字,例如 2、0.5 或 3200.00".into());
                self.problem(at, what, fix);
                None
            }
            Some(d) if d.is_sign_negative() && !d.is_zero() => {
                let what = self.say(format!("{label} {d} is negative"), format!("{label} {d} 是負數"));
                let fix = self.say("write the amount or points as a positive number".into(), "請寫正數".into());
                self.problem(at, what, fix);
                None
            }
            Some(d) if money && d.normalize().scale() > 2 => {
                let what = self.say(format!("{label} {d} has more than two decimals"), format!("{label} {d} 超過兩位小數"));
                let fix = self.say("amounts are in yuan with at most 2 decimals (fen)".into(), "金額以元為單位,最多兩位小數".into());
                self.problem(at, what, fix);
                None
            }
            Some(d) => Some(Some(d)),
        }
    }

    /// A value from a list of codes and aliases; `None` (and a problem) when it is not one.
    fn choice<T: Copy>(&mut self, name: &str, options: &[(T, Vec<String>)], what: &str) -> Option<Option<T>> {
        let Some(value) = self.text(name) else { return Some(None) };
        let key = schema::normalize(&value);
        if let Some((t, _)) = options.iter().find(|(_, names)| names.iter().any(|n| schema::normalize(n) == key)) {
            return Some(Some(*t));
        }
        let at = self.cell(name).map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
        let valid: Vec<String> = options
            .iter()
            .map(|(_, names)| match names.get(1) {
                Some(zh) => format!("{} ({zh})", names[0]),
                None => names[0].clone(),
            })
            .collect();
        let w = self.say(format!("`{value}` is not a known {what}"), format!("「{value}」不是有效的{what}"));
        let fix = self.say(format!("use one of: {}", valid.join(", ")), format!("請使用其中之一:{}", valid.join(", ")));
        self.problem(at, w, fix);
        None
    }

    fn agent(&mut self) -> Option<Agent> {
        let before = self.problems.len();
        let id = self.agent_id("agent_id", true);
        let name = self.required_text("name");
        let team = self.text("team").unwrap_or_default();
        let statuses: Vec<(Status, Vec<String>)> =
            Status::ALL.iter().map(|s| (*s, s.aliases().iter().map(|a| a.to_string()).collect())).collect();
        let status = self.choice("status", &statuses, self.lang.pick("status", "狀態"));
        let base = self.decimal("base_salary", true);
        if matches!(base, Some(None)) {
            self.empty("base_salary");
        }
        let allowance = self.decimal("allowance", true);
        if self.problems.len() != before {
            return None;
        }
        Some(Agent {
            id: id?,
            name: name?,
            team,
            status: status?.unwrap_or(Status::Regular),
            base_salary: base??,
            allowance: allowance?.unwrap_or_default(),
            origin: self.id_origin(),
        })
    }

    fn id_origin(&self) -> Origin {
        self.cell("agent_id").map(|(_, at)| at).unwrap_or_else(|| self.origin.clone())
    }

    fn qa(&mut self, month: Month, rules: &Rules) -> Option<QaRow> {
        let before = self.problems.len();
        let date = self.date(month);
        let agent_id = self.agent_id("agent_id", true);
        let leaves: Vec<(usize, Vec<String>)> = rules.leaves.iter().enumerate().map(|(i, l)| (i, vec![l.code.clone()])).collect();
        let leaf = self.choice("item", &leaves, self.lang.pick("leaf code", "項目代碼"));
        let misses = self.decimal("misses", false);
        let sources: Vec<(Source, Vec<String>)> =
            Source::ALL.iter().map(|s| (*s, s.aliases().iter().map(|a| a.to_string()).collect())).collect();
        let source = self.choice("source", &sources, self.lang.pick("source", "來源"));
        let inspector = self.text("inspector").unwrap_or_default();
        let note = self.text("note").unwrap_or_default();
        let void = self.yes_no("void");
        let misses = match (&leaf, misses) {
            (Some(Some(_)), Some(None)) => Some(1),
            (Some(None), Some(Some(m))) if !m.is_zero() => {
                let at = self.cell("misses").map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
                let what = self.say(format!("misses {m} given without an item"), format!("有次數 {m} 但沒有項目"));
                let fix = self.say(
                    "name the leaf code the misses belong to, or clear the misses for a clean sample".into(),
                    "請填寫對應的項目代碼;無問題的抽查請清空次數".into(),
                );
                self.problem(at, what, fix);
                None
            }
            (_, Some(Some(m))) => self.whole(m, "misses"),
            (_, Some(None)) => Some(0),
            (_, None) => None,
        };
        if self.problems.len() != before {
            return None;
        }
        Some(QaRow {
            date: date?,
            agent_id: agent_id?,
            leaf: leaf?.map(|i| rules.leaves[i].code.clone()),
            misses: misses?,
            source: source?.unwrap_or(Source::SpotCheck),
            inspector,
            note,
            void: void?,
            origin: self.origin.clone(),
        })
    }

    fn whole(&mut self, d: Decimal, name: &str) -> Option<u32> {
        if d.fract().is_zero() && d <= Decimal::from(1_000_000) {
            return u32::try_from(d.trunc().mantissa() / 10i128.pow(d.trunc().scale())).ok();
        }
        let at = self.cell(name).map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
        let label = self.def(name).label();
        let what = self.say(format!("{label} {d} is not a whole number"), format!("{label} {d} 不是整數"));
        let fix = self.say("count misses in whole numbers: 1, 2, 3".into(), "次數請寫整數:1、2、3".into());
        self.problem(at, what, fix);
        None
    }

    fn yes_no(&mut self, name: &str) -> Option<bool> {
        let Some(value) = self.text(name) else { return Some(false) };
        match schema::normalize(&value).as_str() {
            "yes" | "y" | "true" | "1" | "是" | "作廢" | "作废" | "void" => Some(true),
            "no" | "n" | "false" | "0" | "否" => Some(false),
            _ => {
                let at = self.cell(name).map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
                let what = self.say(format!("`{value}` is neither yes nor no"), format!("「{value}」不是 是/否"));
                let fix =
                    self.say("write yes/是 when the appeal was upheld, else leave it empty".into(), "申訴成立寫「是」,否則留空".into());
                self.problem(at, what, fix);
                None
            }
        }
    }

    fn survey(&mut self, month: Month, rules: &Rules) -> Option<Survey> {
        let before = self.problems.len();
        let date = self.date(month);
        let customer = self.text("customer").unwrap_or_default();
        let agent_id = self.agent_id("agent_id", false);
        let topics: Vec<(usize, Vec<String>)> =
            rules.surveys.topics.iter().enumerate().map(|(i, t)| (i, names(&t.code, &t.zh, &t.aliases))).collect();
        let topic = self.choice("topic", &topics, self.lang.pick("survey topic", "調查類別"));
        if matches!(topic, Some(None)) {
            self.empty("topic");
        }
        let rating = self.rating();
        if self.problems.len() != before {
            return None;
        }
        Some(Survey {
            date: date?,
            customer,
            agent_id,
            topic: rules.surveys.topics[topic??].code.clone(),
            rating: rating?,
            origin: self.origin.clone(),
        })
    }

    fn rating(&mut self) -> Option<u8> {
        let (cell, at) = self.cell("rating")?;
        let text = match cell {
            Cell::Number(n) => n.to_string(),
            Cell::Empty => {
                self.empty("rating");
                return None;
            }
            _ => self.text("rating")?,
        };
        const WORDS: [(&str, u8); 8] =
            [("非常滿意", 5), ("非常满意", 5), ("滿意", 4), ("满意", 4), ("一般", 3), ("不滿意", 2), ("不满意", 2), ("非常不滿意", 1)];
        let t = text.trim();
        if let Some((_, r)) = WORDS.iter().find(|(w, _)| *w == t) {
            return Some(*r);
        }
        if t == "非常不满意" {
            return Some(1);
        }
        match t.parse::<u8>() {
            Ok(r) if (1..=5).contains(&r) => Some(r),
            _ => {
                let what = self.say(format!("rating `{t}` is not 1–5"), format!("評價「{t}」不是 1–5"));
                let fix = self.say(
                    "write 1–5, or 非常滿意/滿意/一般/不滿意/非常不滿意".into(),
                    "請寫 1–5,或 非常滿意/滿意/一般/不滿意/非常不滿意".into(),
                );
                self.problem(at, what, fix);
                None
            }
        }
    }

    fn attendance(&mut self, month: Month, rules: &Rules) -> Option<AttendanceEntry> {
        let before = self.problems.len();
        let date = self.date(month);
        let agent_id = self.agent_id("agent_id", true);
        let categories: Vec<(Category, Vec<String>)> =
            Category::ALL.iter().map(|c| (*c, c.aliases().iter().map(|a| a.to_string()).collect())).collect();
        let category = self.choice("category", &categories, self.lang.pick("category", "類別"));
        if matches!(category, Some(None)) {
            self.empty("category");
        }
        let kinds: Vec<(usize, Vec<String>)> =
            rules.attendance.kinds.iter().enumerate().map(|(i, k)| (i, names(&k.code, &k.zh, &k.aliases))).collect();
        let kind = self.choice("kind", &kinds, self.lang.pick("attendance kind", "考勤事項"));
        let points = self.decimal("points", false);
        let note = self.text("note").unwrap_or_default();
        if self.problems.len() != before {
            return None;
        }
        let (category, kind, points) = (category??, kind?, points?);
        if let Some(k) = kind.map(|i| &rules.attendance.kinds[i]) {
            if k.category != category {
                let at = self.cell("kind").map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
                let what = self.say(
                    format!("kind {} belongs to {}, but the row's category is {}", k.code, k.category.code(), category.code()),
                    format!("事項 {} 屬於{},但此行類別是{}", k.code, k.category.zh(), category.zh()),
                );
                let fix = self.say("correct the category or the kind".into(), "請改正類別或事項".into());
                self.problem(at, what, fix);
                return None;
            }
        }
        let points = match (points, kind) {
            (Some(p), _) => p,
            (None, Some(i)) => rules.attendance.kinds[i].points,
            (None, None) => {
                let at = self.cell("points").map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
                let known: Vec<String> = rules.attendance.kinds.iter().map(|k| format!("{} ({})", k.code, k.points)).collect();
                let what = self.say("the row gives neither points nor a kind".into(), "此行既沒有扣分也沒有事項".into());
                let fix = self.say(
                    format!("give the points deducted, or a kind with a default: {}", known.join(", ")),
                    format!("請填寫扣分,或有預設扣分的事項:{}", known.join(", ")),
                );
                self.problem(at, what, fix);
                return None;
            }
        };
        Some(AttendanceEntry {
            date: date?,
            agent_id: agent_id?,
            category,
            kind: kind.map(|i| rules.attendance.kinds[i].code.clone()),
            points,
            note,
            origin: self.origin.clone(),
        })
    }

    fn award(&mut self, month: Month, rules: &Rules) -> Option<Award> {
        let before = self.problems.len();
        let date = self.date(month);
        let agent_id = self.agent_id("agent_id", true);
        let kinds: Vec<(usize, Vec<String>)> =
            rules.special.awards.iter().enumerate().map(|(i, k)| (i, names(&k.code, &k.zh, &k.aliases))).collect();
        let kind = self.choice("kind", &kinds, self.lang.pick("award kind", "獎勵類別"));
        if matches!(kind, Some(None)) {
            self.empty("kind");
        }
        let note = self.text("note").unwrap_or_default();
        let approved_by = self.text("approved_by").unwrap_or_default();
        if self.problems.len() != before {
            return None;
        }
        Some(Award {
            date: date?,
            agent_id: agent_id?,
            kind: rules.special.awards[kind??].code.clone(),
            note,
            approved_by,
            origin: self.origin.clone(),
        })
    }

    fn penalty(&mut self, month: Month, rules: &Rules) -> Option<Penalty> {
        let before = self.problems.len();
        let date = self.date(month);
        let agent_id = self.agent_id("agent_id", true);
        let kinds: Vec<(usize, Vec<String>)> =
            rules.penalties.iter().enumerate().map(|(i, k)| (i, names(&k.code, &k.zh, &k.aliases))).collect();
        let kind = self.choice("kind", &kinds, self.lang.pick("penalty kind", "罰款類別"));
        if matches!(kind, Some(None)) {
            self.empty("kind");
        }
        let amount = self.decimal("amount", true);
        let note = self.text("note").unwrap_or_default();
        let approved_by = self.text("approved_by").unwrap_or_default();
        if self.problems.len() != before {
            return None;
        }
        let k = &rules.penalties[kind??];
        let at = self.cell("amount").map(|(_, at)| at).unwrap_or_else(|| self.origin.clone());
        let amount = match (amount?, k.default) {
            (Some(a), _) => a,
            (None, Some(d)) => d,
            (None, None) => {
                let what = self.say(format!("a {} fine needs its amount", k.code), format!("{} 罰款必須填寫金額", k.zh));
                let fix = self.say("write the amount the company decided, in yuan".into(), "請填寫公司決定的罰款金額(元)".into());
                self.problem(at, what, fix);
                return None;
            }
        };
        if amount < k.min || k.max.is_some_and(|m| amount > m) {
            let range = match k.max {
                Some(max) if max == k.min => format!("{max}"),
                Some(max) => format!("{}–{}", k.min, max),
                None => format!("≥ {}", k.min),
            };
            let what = self.say(
                format!("a {} fine of {amount} is outside its range {range}", k.code),
                format!("{} 罰款 {amount} 超出範圍 {range}", k.zh),
            );
            let fix = self.say(format!("use an amount within {range} yuan"), format!("請填寫 {range} 元之內的金額"));
            self.problem(at, what, fix);
            return None;
        }
        Some(Penalty { date: date?, agent_id: agent_id?, kind: k.code.clone(), amount, note, approved_by, origin: self.origin.clone() })
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
}
