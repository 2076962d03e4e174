//! `kaohe history`: an agent's closed and imported months, and per-agent summaries of a quarter or
//! a year for the quarterly and yearly appraisals (SPEC 4, 5). `kaohe history import FILE` loads
//! earlier months' work scores for teams that start mid-year. Reads only the ledger.

use std::collections::{BTreeMap, HashSet};
use std::path::Path;

use rust_decimal::Decimal;

use crate::check::{Step, TableDriver};
use crate::error::{KaoheError, Result};
use crate::input::{display_name, excel, is_workbook, Cell, TableLocation};
use crate::lang::Lang;
use crate::ledger::{ImportRow, Ledger, StoredMonth};
use crate::month::Month;
use crate::num::{fmt_money, fmt_score, parse_decimal};
use crate::problem::Problem;
use crate::rules::Rules;
use crate::schema::{ColumnDef, TableDef};

/// A span of months for a summary: a calendar year or a quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: Month,
    pub last: Month,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        Some(Period { first: Month::new(year, 1)?, last: Month::new(year, 12)? })
    }

    /// `2026Q3`, `2026-Q3` or `2026q3`.
    pub fn quarter(text: &str) -> Result<Period, String> {
        let bad = || format!("`{text}` is not a quarter; write it as YYYYQn, e.g. 2026Q3");
        let t = text.trim().to_ascii_uppercase();
        let (year, q) = t.split_once('Q').ok_or_else(bad)?;
        let year: i32 = year.trim_end_matches('-').parse().map_err(|_| bad())?;
        let q: u32 = q.parse().map_err(|_| bad())?;
        if !(1..=4).contains(&q) {
            return Err(bad());
        }
        let first = Month::new(year, q * 3 - 2).ok_or_else(bad)?;
        Ok(Period { first, last: Month::new(year, q * 3).ok_or_else(bad)? })
    }

    fn label(&self) -> String {
        if self.first.month == 1 && self.last.month == 12 {
            self.first.year.to_string()
        } else {
            format!("{}Q{}", self.first.year, self.first.quarter())
        }
    }
}

/// `kaohe history [--agent ID] [--year Y | --quarter YYYYQn]`.
pub fn show(ledger: &Path, agent: Option<&str>, period: Option<Period>, lang: Lang) -> Result<()> {
    let Some(l) = Ledger::open_read_only(ledger)? else {
        return Err(KaoheError::Ledger {
            path: ledger.to_path_buf(),
            message: lang
                .pick(
                    "no ledger here: `kaohe close` or `kaohe history import` creates it",
                    "沒有台賬:`kaohe close` 或 `kaohe history import` 會建立",
                )
                .into(),
        });
    };
    let rows: Vec<StoredMonth> = l
        .rows("", [])?
        .into_iter()
        .filter(|r| agent.is_none_or(|a| r.agent_id == a.trim()))
        .filter(|r| period.is_none_or(|p| r.month >= p.first && r.month <= p.last))
        .collect();
    match (period, agent) {
        (Some(p), _) => print!("{}", summary(&rows, p, lang)),
        (None, Some(_)) => print!("{}", months(&rows, lang)),
        (None, None) => {
            let closed = l.closed_months()?;
            println!("{}", lang.pick("Closed months", "已結算月份"));
            if closed.is_empty() {
                println!("  {}", lang.pick("(none)", "(無)"));
            }
            for c in &closed {
                let short = c.rules_sha256.get(..12).unwrap_or(&c.rules_sha256);
                println!(
                    "  {}  {} {}  {} {}  {} {}  {} {} ({short}…)",
                    c.month,
                    c.agents,
                    lang.pick("agents", "人"),
                    lang.pick("gross", "應發合計"),
                    c.gross_total,
                    lang.pick("closed", "結算於"),
                    c.closed_at,
                    lang.pick("rules", "規則"),
                    c.rules_name
                );
            }
            let mut imported: BTreeMap<Month, usize> = BTreeMap::new();
            for r in rows.iter().filter(|r| r.source == "imported") {
                *imported.entry(r.month).or_default() += 1;
            }
            if !imported.is_empty() {
                println!("{}", lang.pick("Imported months (work scores only)", "導入的月份(只有工作考核分)"));
                for (m, n) in imported {
                    println!("  {m}  {n} {}", lang.pick("agents", "人"));
                }
            }
        }
    }
    Ok(())
}

fn opt_score(d: Option<Decimal>) -> String {
    d.map(fmt_score).unwrap_or_else(|| "-".into())
}

fn opt_money(d: Option<Decimal>) -> String {
    d.map(fmt_money).unwrap_or_else(|| "-".into())
}

/// One line per stored month of the agent.
fn months(rows: &[StoredMonth], lang: Lang) -> String {
    let mut s = format!(
        "{:<8} {:<8} {:<10} {:>5} {:>5} {:>8} {:>9} {:>10} {:>4}  {}\n",
        lang.pick("month", "月份"),
        lang.pick("agent", "工號"),
        lang.pick("name", "姓名"),
        lang.pick("work", "工作"),
        lang.pick("total", "總分"),
        lang.pick("rewards", "獎勵"),
        lang.pick("pay adj.", "考核工資調整"),
        lang.pick("gross", "應發"),
        lang.pick("run", "連續"),
        lang.pick("actions", "處理")
    );
    for r in rows {
        let name = r.name.clone().unwrap_or_else(|| format!("({})", lang.pick("imported", "導入")));
        s.push_str(&format!(
            "{:<8} {:<8} {:<10} {:>5} {:>5} {:>8} {:>9} {:>10} {:>4}  {}\n",
            r.month,
            r.agent_id,
            name,
            fmt_score(r.work_score),
            opt_score(r.total_score),
            opt_money(r.rewards),
            opt_money(r.pay_adjustment),
            opt_money(r.gross_pay),
            r.full_marks_run.map(|n| n.to_string()).unwrap_or_else(|| "-".into()),
            r.actions
        ));
    }
    s
}

/// Per-agent summary of a quarter or a year.
fn summary(rows: &[StoredMonth], period: Period, lang: Lang) -> String {
    let full_marks = Rules::load(None).map(|r| r.scheme.work_full_marks).unwrap_or(Decimal::from(50));
    let mut by_agent: BTreeMap<&str, Vec<&StoredMonth>> = BTreeMap::new();
    for r in rows {
        by_agent.entry(r.agent_id.as_str()).or_default().push(r);
    }
    let mut s = format!(
        "{} {} ({}–{})\n{:<8} {:<10} {:>6} {:>8} {:>9} {:>6} {:>8} {:>10}  {}\n",
        lang.pick("Summary", "匯總"),
        period.label(),
        period.first,
        period.last,
        lang.pick("agent", "工號"),
        lang.pick("name", "姓名"),
        lang.pick("months", "月數"),
        lang.pick("avg work", "平均工作"),
        lang.pick("avg total", "平均總分"),
        lang.pick("full", "滿分月"),
        lang.pick("fines", "罰款"),
        lang.pick("pay adj.", "考核工資調整"),
        lang.pick("actions", "處理")
    );
    for (agent, list) in by_agent {
        let n = Decimal::from(list.len() as u64);
        let avg = |sum: Decimal, count: Decimal| if count.is_zero() { "-".to_string() } else { fmt_score((sum / count).round_dp(2)) };
        let work: Decimal = list.iter().map(|r| r.work_score).sum();
        let totals: Vec<Decimal> = list.iter().filter_map(|r| r.total_score).collect();
        let full = list.iter().filter(|r| r.on_post && r.work_score == full_marks).count();
        let fines: Decimal = list.iter().filter_map(|r| r.fines).sum();
        let adj: Decimal = list.iter().filter_map(|r| r.pay_adjustment).sum();
        let mut actions: BTreeMap<&str, usize> = BTreeMap::new();
        for code in list.iter().flat_map(|r| r.actions.split(';')).filter(|c| !c.is_empty()) {
            *actions.entry(code).or_default() += 1;
        }
        let actions: Vec<String> = actions.iter().map(|(c, k)| format!("{c}×{k}")).collect();
        let name = list.iter().rev().find_map(|r| r.name.clone()).unwrap_or_default();
        s.push_str(&format!(
            "{:<8} {:<10} {:>6} {:>8} {:>9} {:>6} {:>8} {:>10}  {}\n",
            agent,
            name,
            list.len(),
            avg(work, n),
            avg(totals.iter().sum(), Decimal::from(totals.len() as u64)),
            full,
            fmt_money(fines),
            fmt_money(adj),
            actions.join(" ")
        ));
    }
    s
}

const HISTORY: TableDef = TableDef {
    name: "history",
    aliases: &["歷史", "历史"],
    required: true,
    columns: &[
        ColumnDef { name: "month", aliases: &["月份"], required: true },
        ColumnDef { name: "agent_id", aliases: &["工號", "工号", "員工編號", "员工编号"], required: true },
        ColumnDef { name: "work_score", aliases: &["工作考核", "工作分"], required: true },
    ],
};

/// `kaohe history import FILE`: checks every row (all problems listed, as for other inputs), then
/// records the work scores in one transaction. Never overwrites a closed month (exit 3).
pub fn import(file: &Path, ledger: &Path, lang: Lang) -> Result<()> {
    let rows = read_import(file, lang)?;
    let mut l = Ledger::open_write(ledger)?;
    let display = file.display().to_string();
    let n = l.import(&rows, &display)?;
    println!(
        "{}",
        match lang {
            Lang::En => format!("imported {n} work score(s) from {display} into {}", ledger.display()),
            Lang::Zh => format!("已從 {display} 導入 {n} 條工作考核分到 {}", ledger.display()),
        }
    );
    Ok(())
}

/// A cell of the import file as text; a month typed as an Excel date cell reads as `2026-03`, and
/// an error value stays visible so the row's message shows it.
fn cell_text(cell: Cell) -> String {
    match cell {
        Cell::DateTime(dt) => dt.format("%Y-%m").to_string(),
        Cell::Error(e) => e.to_string(),
        other => other.text().map(|t| t.into_owned()).unwrap_or_default(),
    }
}

fn read_import(file: &Path, lang: Lang) -> Result<Vec<ImportRow>> {
    let say = |en: String, zh: String| crate::problem::say(lang, en, zh);
    std::fs::metadata(file).map_err(|e| KaoheError::io(file, e))?;
    let display = display_name(file);
    let sheet = if is_workbook(file) {
        let book = excel::Workbook::open(file).map_err(|p| KaoheError::Invalid(vec![p]))?;
        let located = book.locate(&[HISTORY], lang);
        if let Some(p) = located.problems.into_iter().next() {
            return Err(KaoheError::Invalid(vec![p]));
        }
        located.tables.into_iter().next().flatten().and_then(|l| l.sheet)
    } else {
        None
    };
    let location = TableLocation { path: file.to_path_buf(), display, sheet };
    let full_marks = Rules::load(None)?.scheme.work_full_marks;
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut driver = TableDriver::new(&HISTORY, location.origin(), !is_workbook(file), lang);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let hint = crate::schema::header_words(&HISTORY);
    crate::input::read_file(&location, &hint, &mut |event| {
        let row = match driver.event(event, &mut problems, &mut warnings) {
            Step::Data(row) => row,
            Step::Skip => return std::ops::ControlFlow::Continue(()),
            Step::Stop => return std::ops::ControlFlow::Break(()),
        };
        let map = driver.header.as_ref().expect("header");
        // Every column of HISTORY is required, so a map means all three were found.
        let index: Vec<usize> = map.index.iter().map(|i| i.expect("required column")).collect();
        let at = |i: usize| map.at(&driver.origin, row.number, Some(i));
        let text = |i: usize| cell_text(row.get(i));
        let (m, a, w) = (text(index[0]), text(index[1]), text(index[2]));
        let month = match m.parse::<Month>() {
            Ok(month) => Some(month),
            Err(_) => {
                problems.push(Problem::new(
                    at(index[0]),
                    say(format!("`{m}` is not a month"), format!("`{m}` 不是月份")),
                    say("write it as YYYY-MM, e.g. 2026-03".into(), "請寫成 YYYY-MM,例如 2026-03".into()),
                ));
                None
            }
        };
        if a.is_empty() {
            problems.push(Problem::new(
                at(index[1]),
                say("the agent id is empty".into(), "工號為空".into()),
                say("fill in the agent's id".into(), "請填寫工號".into()),
            ));
        }
        let work = match parse_decimal(&w) {
            Some(d) if d >= Decimal::ZERO && d <= full_marks => Some(d),
            _ => {
                problems.push(Problem::new(
                    at(index[2]),
                    say(format!("`{w}` is not a work score"), format!("`{w}` 不是有效的工作考核分")),
                    say(
                        format!("write a number from 0 to {}", fmt_score(full_marks)),
                        format!("請填寫 0 到 {} 之間的數", fmt_score(full_marks)),
                    ),
                ));
                None
            }
        };
        if let (Some(month), false, Some(work_score)) = (month, a.is_empty(), work) {
            if !seen.insert((month, a.clone())) {
                problems.push(Problem::new(
                    driver.origin.at_row(row.number),
                    say(format!("agent {a} has a second row for {month}"), format!("{a} 在 {month} 有重複的行")),
                    say("keep one row per agent and month".into(), "每人每月只保留一行".into()),
                ));
            } else {
                out.push(ImportRow { month, agent_id: a, work_score });
            }
        }
        std::ops::ControlFlow::Continue(())
    })?;
    driver.finish(&mut problems, &mut warnings);
    super::print_warnings(&warnings, lang);
    if !problems.is_empty() {
        problems.sort();
        return Err(KaoheError::Invalid(problems));
    }
    Ok(out)
}
