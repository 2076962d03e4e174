//! `report.xlsx` (SPEC 6): the results and deductions as sheets, a per-team summary, the warnings
//! and native Excel charts of the work-score distribution and of each team's average. Money is
//! written as numbers formatted `#,##0.00`, never as text; user text is written as text (never a
//! formula: a text cell is never run, so it needs no apostrophe). The big sheets stream to disk.

use std::collections::BTreeMap;

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Chart, ChartType, ExcelDateTime, Format, FormatBorder, Workbook, Worksheet, XlsxError};

use super::summary::{action_counts, average_work};
use super::tables::{deduction_count, deduction_lines, DEDUCTION_COLUMNS, RESULT_COLUMNS};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::ledger::Correction;
use crate::model::MonthData;
use crate::problem::Warning;
use crate::rules::Rules;
use crate::score::{Action, Appraisal};
use crate::tr;

/// Sheet names, stable per language (links and macros in HR's own workbooks refer to them):
/// Simplified for zh-CN, Traditional for zh-TW.
pub struct SheetNames {
    pub results: String,
    pub deductions: String,
    pub summary: String,
    pub charts: String,
    pub warnings: String,
    pub inspectors: String,
    pub adjustments: String,
}

pub fn sheet_names(lang: Lang) -> SheetNames {
    SheetNames {
        results: tr!(lang, "out-sheet-results"),
        deductions: tr!(lang, "out-sheet-deductions"),
        summary: tr!(lang, "out-sheet-teams"),
        charts: tr!(lang, "out-sheet-charts"),
        inspectors: tr!(lang, "out-sheet-inspectors"),
        warnings: tr!(lang, "out-sheet-warnings"),
        adjustments: tr!(lang, "out-sheet-adjustments"),
    }
}

/// A column's header in a workbook: `out-col-<code>` (English keeps the CSV files' names).
pub fn column(lang: Lang, code: &str) -> String {
    crate::i18n::text(lang, &format!("out-col-{code}"), None)
}

/// Yes or no in the language (是/否).
pub fn yes_no(lang: Lang, yes: bool) -> String {
    if yes {
        tr!(lang, "out-yes")
    } else {
        tr!(lang, "out-no")
    }
}

/// The name of a deduction line's category (`work`, `attendance`, `hygiene`).
pub fn category_name(lang: Lang, code: &str) -> String {
    match code {
        "work" => tr!(lang, "out-category-work"),
        _ => crate::i18n::text(lang, &format!("category-{code}"), None),
    }
}

/// The name of a deduction line's source: a finding's source, a survey, attendance or hygiene.
pub fn source_name(lang: Lang, code: &str) -> String {
    match code {
        "survey" => tr!(lang, "out-source-survey"),
        "attendance" | "hygiene" => category_name(lang, code),
        _ => crate::i18n::text(lang, &format!("source-{code}"), None),
    }
}

/// The name of an input table (`qa` → 质检).
pub fn table_name(lang: Lang, code: &str) -> String {
    crate::i18n::text(lang, &format!("out-table-{code}"), None)
}

/// The names of actions in the language, joined.
pub fn action_names(lang: Lang, actions: &[Action]) -> String {
    actions.iter().map(|a| a.name(lang)).collect::<Vec<_>>().join(&tr!(lang, "out-action-sep"))
}

/// Work-score bins of the distribution chart, following the rules' full marks: below
/// the retrain threshold, then bins a tenth of full marks wide, then full marks itself. The
/// default scheme's are <25, 25–29, 30–34, 35–39, 40–44, 45–49, 50.
pub struct Bins {
    /// (label, lower bound inclusive, upper bound exclusive; `None` = no bound).
    pub bins: Vec<(String, Option<Decimal>, Option<Decimal>)>,
}

impl Bins {
    pub fn of(rules: &Rules) -> Bins {
        let full = rules.scheme.work_full_marks;
        let low = rules.actions.retrain_below.min(full);
        let width = (full / Decimal::from(10)).max(Decimal::ONE);
        let fmt = crate::num::fmt_score;
        let mut bins = vec![(format!("<{}", fmt(low)), None, Some(low))];
        let mut lo = low;
        while lo < full {
            let hi = (lo + width).min(full);
            let label = if lo.fract().is_zero() && hi.fract().is_zero() && hi - lo > Decimal::ONE {
                format!("{}–{}", fmt(lo), fmt(hi - Decimal::ONE))
            } else if hi - lo == Decimal::ONE && lo.fract().is_zero() {
                fmt(lo)
            } else {
                format!("{}–<{}", fmt(lo), fmt(hi))
            };
            bins.push((label, Some(lo), Some(hi)));
            lo = hi;
        }
        bins.push((fmt(full), Some(full), None));
        Bins { bins }
    }

    /// The bin a work score falls in (scores may be decimals: 29.5 is in 25–29).
    pub fn of_score(&self, score: Decimal) -> usize {
        self.bins.iter().position(|(_, lo, hi)| lo.is_none_or(|lo| score >= lo) && hi.is_none_or(|hi| score < hi)).unwrap_or(0)
    }
}

pub(crate) struct Formats {
    pub(crate) header: Format,
    pub(crate) text: Format,
    pub(crate) money: Format,
    pub(crate) score: Format,
    pub(crate) rate: Format,
    pub(crate) date: Format,
    pub(crate) center: Format,
    pub(crate) total_label: Format,
    pub(crate) total_money: Format,
    pub(crate) total_score: Format,
    pub(crate) total_count: Format,
}

impl Formats {
    pub(crate) fn new() -> Formats {
        Formats {
            header: Format::new().set_bold().set_background_color("#DDEBF7"),
            text: Format::new(),
            money: Format::new().set_num_format("#,##0.00"),
            // General shows 47 and 47.5 as they are (`0.##` shows `47.`).
            score: Format::new().set_num_format("General"),
            rate: Format::new().set_num_format("0.00%"),
            date: Format::new().set_num_format("yyyy-mm-dd").set_align(rust_xlsxwriter::FormatAlign::Center),
            center: Format::new().set_align(rust_xlsxwriter::FormatAlign::Center),
            total_label: Format::new().set_bold().set_border_top(FormatBorder::Thin),
            total_money: Format::new().set_bold().set_num_format("#,##0.00").set_border_top(FormatBorder::Thin),
            total_score: Format::new().set_bold().set_num_format("General").set_border_top(FormatBorder::Thin),
            total_count: Format::new().set_bold().set_border_top(FormatBorder::Thin),
        }
    }
}

/// How wide a text shows on a terminal or in Excel: CJK and full-width characters take two
/// columns (Unicode's East Asian Width, from `unicode-width`; autofit under-measures them).
pub fn display_width(text: &str) -> usize {
    unicode_width::UnicodeWidthStr::width(text)
}

/// Excel's limit on the characters of one cell.
pub const EXCEL_CELL_CHARS: usize = 32_767;
/// What replaces the end of a text too long for a cell.
const CUT_MARK: &str = " …[cut: the whole text is in the CSV file]";

/// Text as a cell can hold it: whole when it fits, else cut with [`CUT_MARK`] at the end.
pub fn excel_text(text: &str) -> std::borrow::Cow<'_, str> {
    // Excel counts UTF-16 units; a character outside the BMP (an emoji) counts twice. A
    // character never has more UTF-16 units than UTF-8 bytes, so short text needs no count.
    let units = |s: &str| s.chars().map(char::len_utf16).sum::<usize>();
    if text.len() <= EXCEL_CELL_CHARS || units(text) <= EXCEL_CELL_CHARS {
        return std::borrow::Cow::Borrowed(text);
    }
    let room = EXCEL_CELL_CHARS - units(CUT_MARK);
    let mut used = 0;
    let end = text.char_indices().find(|(_, c)| {
        used += c.len_utf16();
        used > room
    });
    let cut = end.map_or(text.len(), |(i, _)| i);
    std::borrow::Cow::Owned(format!("{}{CUT_MARK}", &text[..cut]))
}

/// Excel's last row (0-based); a sheet's data ends one row before it, so that a note saying
/// where the rest are always fits (SPEC 6: a sheet never fails on size).
const LAST_ROW: u32 = 1_048_575;
/// Rows whose text sets the columns' widths (measuring a million rows would cost more than it
/// tells).
const MEASURED_ROWS: u32 = 2_000;

/// The display width past which a column name wraps.
const HEADER_WIDTH: usize = 6;

/// The sheet row of data item `i`, if it fits.
fn data_row(i: usize) -> Option<u32> {
    u32::try_from(i + 1).ok().filter(|r| *r < LAST_ROW)
}

/// A sheet being written: tracks the widest text of each column to set widths at the end.
pub(crate) struct SheetWriter<'w> {
    pub(crate) sheet: &'w mut Worksheet,
    widths: Vec<usize>,
}

impl<'w> SheetWriter<'w> {
    pub(crate) fn new(sheet: &'w mut Worksheet) -> Self {
        SheetWriter { sheet, widths: Vec::new() }
    }

    /// Past Excel's last row: one row says how many rows there were and where they all are.
    pub(crate) fn overflow(&mut self, total: usize, file: &str, lang: Lang) -> Result<(), XlsxError> {
        let shown = (LAST_ROW - 1) as usize;
        if total > shown {
            let note = tr!(lang, "out-overflow", total = total, hidden = total - shown, shown = shown, file = file);
            self.sheet.write_string(LAST_ROW, 0, &note)?;
        }
        Ok(())
    }

    pub(crate) fn measure(&mut self, col: u16, width: usize) {
        let col = col as usize;
        if self.widths.len() <= col {
            self.widths.resize(col + 1, 0);
        }
        self.widths[col] = self.widths[col].max(width);
    }

    /// Headers in bold on row 0, frozen, with an autofilter over `rows` data rows.
    pub(crate) fn headers(&mut self, headers: &[&str], format: &Format, rows: usize) -> Result<(), XlsxError> {
        // Long column names wrap onto two lines instead of widening their columns, so that a
        // sheet printed one page wide stays readable.
        let wrapped = format.clone().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
        let mut tall = false;
        for (c, h) in headers.iter().enumerate() {
            self.sheet.write_string_with_format(0, c as u16, *h, &wrapped)?;
            tall |= display_width(h) > HEADER_WIDTH;
            self.measure(c as u16, display_width(h).min(HEADER_WIDTH) + 2); // room for the filter button
        }
        if tall {
            self.sheet.set_row_height(0, 30)?;
        }
        self.sheet.set_freeze_panes(1, 0)?;
        if !headers.is_empty() {
            let last = (rows as u64).clamp(1, u64::from(LAST_ROW - 1)) as u32;
            self.sheet.autofilter(0, 0, last, headers.len() as u16 - 1)?;
        }
        Ok(())
    }

    /// User or generated text, always as a text cell — which Excel never runs as a formula, so
    /// `=SUM(…)` typed in a note shows as typed, without the CSV outputs' apostrophe — and cut to
    /// Excel's limit with a visible mark (the CSV outputs keep it whole).
    pub(crate) fn text(&mut self, row: u32, col: u16, text: &str) -> Result<(), XlsxError> {
        if !text.is_empty() {
            let safe = excel_text(text);
            self.sheet.write_string(row, col, safe.as_ref())?;
            if row < MEASURED_ROWS {
                self.measure(col, display_width(&safe));
            }
        }
        Ok(())
    }

    pub(crate) fn number(
        &mut self,
        row: u32,
        col: u16,
        value: Decimal,
        format: &Format,
        shown: impl FnOnce() -> String,
    ) -> Result<(), XlsxError> {
        // Excel stores numbers as doubles; the decimal is converted once, for display only.
        self.sheet.write_number_with_format(row, col, value.to_f64().unwrap_or(0.0), format)?;
        if row < MEASURED_ROWS {
            self.measure(col, display_width(&shown()));
        }
        Ok(())
    }

    pub(crate) fn count(&mut self, row: u32, col: u16, value: usize) -> Result<(), XlsxError> {
        self.sheet.write_number(row, col, value as f64)?;
        if row < MEASURED_ROWS {
            self.measure(col, value.to_string().len());
        }
        Ok(())
    }

    pub(crate) fn finish(self) -> Result<(), XlsxError> {
        for (c, w) in self.widths.iter().enumerate() {
            self.sheet.set_column_width(c as u16, ((*w).clamp(6, 60) + 2) as f64)?;
        }
        Ok(())
    }
}

/// Writes `report.xlsx` to `out`. The big sheets (results, deductions, warnings) stream to
/// disk row by row (rust_xlsxwriter's constant-memory worksheets), so the report costs memory by
/// its small sheets, not by its rows.
pub fn write_report<W>(out: W, rules: &Rules, data: &MonthData, appraisals: &[Appraisal], warnings: &[Warning], lang: Lang) -> Result<()>
where
    W: std::io::Write + std::io::Seek + Send,
{
    write_report_with(out, rules, data, appraisals, warnings, None, lang)
}

/// The corrections (补发/扣回) paid with a month, for their sheet of report.xlsx.
pub struct Adjustments<'a> {
    pub month: crate::month::Month,
    pub corrections: &'a [Correction],
}

/// [`write_report`] with a sheet of the corrections paid with the month, when there are any.
pub fn write_report_with<W>(
    out: W,
    rules: &Rules,
    data: &MonthData,
    appraisals: &[Appraisal],
    warnings: &[Warning],
    adjustments: Option<Adjustments>,
    lang: Lang,
) -> Result<()>
where
    W: std::io::Write + std::io::Seek + Send,
{
    build(out, rules, data, appraisals, warnings, adjustments, lang)
        .map_err(|e| KaoheError::io("report.xlsx", std::io::Error::other(e.to_string())))
}

/// `report.xlsx` in memory.
pub fn report(rules: &Rules, data: &MonthData, appraisals: &[Appraisal], warnings: &[Warning], lang: Lang) -> Result<Vec<u8>> {
    let mut out = std::io::Cursor::new(Vec::new());
    write_report(&mut out, rules, data, appraisals, warnings, lang)?;
    Ok(out.into_inner())
}

fn build<W>(
    out: W,
    rules: &Rules,
    data: &MonthData,
    appraisals: &[Appraisal],
    warnings: &[Warning],
    adjustments: Option<Adjustments>,
    lang: Lang,
) -> Result<(), XlsxError>
where
    W: std::io::Write + std::io::Seek + Send,
{
    let names = sheet_names(lang);
    let f = Formats::new();
    let mut book = Workbook::new();
    // Level 3 deflates about twice as fast as the default 6, for a file about a tenth larger.
    book.set_zip_compression_level(3);

    results_sheet(book.add_worksheet_with_constant_memory()?.set_name(&names.results)?, appraisals, lang, &f)?;
    deductions_sheet(book.add_worksheet_with_constant_memory()?.set_name(&names.deductions)?, rules, data, appraisals, lang, &f)?;
    let teams = team_rows(appraisals, lang);
    summary_sheet(book.add_worksheet().set_name(&names.summary)?, &teams, appraisals, lang, &f)?;
    charts_sheet(book.add_worksheet().set_name(&names.charts)?, rules, &names, appraisals, teams.len(), lang, &f)?;
    let calibration = crate::calibration::calibrate(rules, data);
    inspectors_sheet(book.add_worksheet().set_name(&names.inspectors)?, &calibration, lang, &f)?;
    warnings_sheet(book.add_worksheet_with_constant_memory()?.set_name(&names.warnings)?, warnings, lang, &f)?;
    if let Some(adj) = adjustments.filter(|a| !a.corrections.is_empty()) {
        adjustments_sheet(book.add_worksheet().set_name(&names.adjustments)?, &adj, lang, &f)?;
    }
    book.save_to_writer(out)
}

/// Money as the `#,##0.00` format shows it, for column widths.
pub(crate) fn money_shown(amount: Decimal) -> String {
    let plain = crate::num::fmt_money(amount);
    let digits = plain.trim_start_matches('-').split('.').next().unwrap_or("").len();
    format!("{plain}{}", ",".repeat(digits.saturating_sub(1) / 3))
}

/// A date as a date cell (a number Excel shows as a date and can sort and filter by).
pub(crate) fn date_cell(date: chrono::NaiveDate) -> Option<ExcelDateTime> {
    use chrono::Datelike;
    ExcelDateTime::from_ymd(u16::try_from(date.year()).ok()?, date.month() as u8, date.day() as u8).ok()
}

fn results_sheet(sheet: &mut Worksheet, appraisals: &[Appraisal], lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    let mut w = SheetWriter::new(sheet);
    let headers: Vec<String> = RESULT_COLUMNS.iter().map(|c| column(lang, c)).collect();
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    w.headers(&refs, &f.header, appraisals.len())?;
    for (i, a) in appraisals.iter().enumerate() {
        let Some(r) = data_row(i) else { break };
        w.text(r, 0, &a.month.to_string())?;
        w.text(r, 1, &a.agent.id)?;
        w.text(r, 2, &a.agent.name)?;
        w.text(r, 3, &a.agent.team)?;
        w.text(r, 4, &a.agent.status.name(lang))?;
        for (c, score) in [a.work.score, a.attendance.score, a.hygiene.score, a.special.score, a.total_score].into_iter().enumerate() {
            w.number(r, 5 + c as u16, score, &f.score, || crate::num::fmt_score(score))?;
        }
        for (c, amount) in a.pay.amounts().into_iter().enumerate() {
            w.number(r, 10 + c as u16, amount, &f.money, || money_shown(amount))?;
        }
        w.count(r, 19, a.run.full_marks_run as usize)?;
        w.count(r, 20, a.samples as usize)?;
        if let Some(rate) = a.satisfaction.rate {
            w.number(r, 21, rate, &f.rate, || "100.00%".into())?;
        }
        w.text(r, 22, &action_names(lang, &a.actions))?;
    }
    // The totals row: the sum of each money column, below the last agent.
    if let Some(r) = data_row(appraisals.len()).filter(|_| !appraisals.is_empty()) {
        w.sheet.write_string_with_format(r, 0, tr!(lang, "out-total"), &f.total_label)?;
        for c in 1..10u16 {
            w.sheet.write_blank(r, c, &f.total_label)?;
        }
        let totals = super::summary::Totals::of(appraisals);
        for (c, amount) in totals.0.into_iter().enumerate() {
            w.number(r, 10 + c as u16, amount, &f.total_money, || money_shown(amount))?;
        }
        for c in 19..23u16 {
            w.sheet.write_blank(r, c, &f.total_label)?;
        }
    }
    w.overflow(appraisals.len(), "results.csv", lang)?;
    print_setup(w.sheet)?;
    w.finish()
}

fn deductions_sheet(
    sheet: &mut Worksheet,
    rules: &Rules,
    data: &MonthData,
    appraisals: &[Appraisal],
    lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    let mut w = SheetWriter::new(sheet);
    let total = deduction_count(rules, data);
    let headers: Vec<String> = DEDUCTION_COLUMNS.iter().map(|c| column(lang, c)).collect();
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    w.headers(&refs, &f.header, total)?;
    let mut i = 0usize;
    'agents: for a in appraisals {
        for line in deduction_lines(rules, data, a, lang) {
            let Some(r) = data_row(i) else { break 'agents };
            i += 1;
            for (c, cell) in line.cells(a, false).iter().enumerate() {
                let c = c as u16;
                match c {
                    3 => w.text(r, c, &category_name(lang, line.category))?,
                    6 => {
                        if let Some(m) = line.misses {
                            w.count(r, c, m as usize)?;
                        }
                    }
                    7 => w.number(r, c, line.points_lost, &f.score, || cell.to_string())?,
                    8 => {
                        w.sheet.write_string_with_format(r, c, yes_no(lang, line.counted), &f.center)?;
                    }
                    9 => w.text(r, c, &line.appeal.name(lang))?,
                    10 => w.text(r, c, &source_name(lang, line.source))?,
                    11 => w.text(r, c, &table_name(lang, line.table))?,
                    12 => w.count(r, c, line.row as usize)?,
                    15 => match line.survey {
                        Some((topic, rating)) => {
                            w.text(r, c, &tr!(lang, "out-survey-note", topic = topic.name(lang), rating = u32::from(rating)))?
                        }
                        None => w.text(r, c, cell)?,
                    },
                    13 => match date_cell(line.date) {
                        Some(d) => {
                            w.sheet.write_datetime_with_format(r, c, d, &f.date)?;
                            w.measure(c, 12);
                        }
                        None => w.text(r, c, cell)?,
                    },
                    _ => w.text(r, c, cell)?,
                }
            }
        }
    }
    w.overflow(total, "deductions.csv", lang)?;
    print_setup(w.sheet)?;
    w.finish()
}

/// One team's figures for the summary sheet.
pub struct TeamRow {
    pub team: String,
    pub agents: usize,
    pub average_work: Decimal,
    pub full_marks: usize,
    pub actions: BTreeMap<Action, usize>,
    pub pay_adjustment: Decimal,
    pub fines: Decimal,
    pub gross_pay: Decimal,
}

/// Teams in roster order (the order HR listed them), agents without a team together.
pub fn team_rows(appraisals: &[Appraisal], lang: Lang) -> Vec<TeamRow> {
    let mut order: Vec<String> = Vec::new();
    let mut by_team: BTreeMap<String, Vec<&Appraisal>> = BTreeMap::new();
    for a in appraisals {
        let team = if a.agent.team.trim().is_empty() { tr!(lang, "out-no-team") } else { a.agent.team.clone() };
        if !by_team.contains_key(&team) {
            order.push(team.clone());
        }
        by_team.entry(team).or_default().push(a);
    }
    order
        .into_iter()
        .map(|team| {
            let members = &by_team[&team];
            team_row(team.clone(), members)
        })
        .collect()
}

fn team_row(team: String, members: &[&Appraisal]) -> TeamRow {
    TeamRow {
        agents: members.len(),
        average_work: average_work(members.iter().copied()).unwrap_or_default(),
        full_marks: members.iter().filter(|a| a.run.full_marks_month).count(),
        actions: action_counts(members.iter().copied()),
        pay_adjustment: members.iter().map(|a| a.pay.pay_adjustment).sum(),
        fines: members.iter().map(|a| a.pay.fines).sum(),
        gross_pay: members.iter().map(|a| a.pay.gross_pay).sum(),
        team,
    }
}

fn summary_sheet(sheet: &mut Worksheet, teams: &[TeamRow], appraisals: &[Appraisal], lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    let mut w = SheetWriter::new(sheet);
    let mut headers: Vec<String> = ["team", "agents", "average_work_score", "full_marks"].iter().map(|c| column(lang, c)).collect();
    headers.extend(Action::ALL.iter().map(|a| column(lang, &format!("action-{}", a.code()))));
    headers.extend(["pay_adjustment_total", "fines_total", "gross_pay_total"].iter().map(|c| column(lang, c)));
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    w.headers(&refs, &f.header, teams.len())?;
    let everyone: Vec<&Appraisal> = appraisals.iter().collect();
    let all = team_row(tr!(lang, "out-total"), &everyone);
    let rows = teams.iter().map(|t| (t, false)).chain((!teams.is_empty()).then_some((&all, true)));
    for (i, (t, total)) in rows.enumerate() {
        let r = i as u32 + 1;
        let (label, money, score, count) =
            if total { (&f.total_label, &f.total_money, &f.total_score, &f.total_count) } else { (&f.text, &f.money, &f.score, &f.text) };
        w.sheet.write_string_with_format(r, 0, excel_text(&t.team).as_ref(), label)?;
        w.measure(0, display_width(&t.team));
        w.sheet.write_number_with_format(r, 1, t.agents as f64, count)?;
        w.number(r, 2, t.average_work, score, || crate::num::fmt_score(t.average_work))?;
        w.sheet.write_number_with_format(r, 3, t.full_marks as f64, count)?;
        for (k, action) in Action::ALL.iter().enumerate() {
            w.sheet.write_number_with_format(r, 4 + k as u16, t.actions.get(action).copied().unwrap_or(0) as f64, count)?;
        }
        let c = 4 + Action::ALL.len() as u16;
        for (k, v) in [t.pay_adjustment, t.fines, t.gross_pay].into_iter().enumerate() {
            w.number(r, c + k as u16, v, money, || money_shown(v))?;
        }
    }
    print_setup(w.sheet)?;
    w.finish()
}

/// The distribution table and both charts, side by side to the right of the table (so that
/// printed one page wide, no chart is cut across pages). The team chart reads the summary
/// sheet's averages. Bins and axes follow the rules' full marks.
fn charts_sheet(
    sheet: &mut Worksheet,
    rules: &Rules,
    names: &SheetNames,
    appraisals: &[Appraisal],
    teams: usize,
    lang: Lang,
    f: &Formats,
) -> Result<(), XlsxError> {
    let bins = Bins::of(rules);
    let mut counts = vec![0usize; bins.bins.len()];
    for a in appraisals {
        counts[bins.of_score(a.work.score)] += 1;
    }
    let mut w = SheetWriter::new(sheet);
    let headers = [tr!(lang, "out-chart-work-score"), tr!(lang, "out-chart-agents")];
    w.headers(&[headers[0].as_str(), headers[1].as_str()], &f.header, bins.bins.len())?;
    for (i, ((label, _, _), n)) in bins.bins.iter().zip(counts).enumerate() {
        w.text(i as u32 + 1, 0, label)?;
        w.count(i as u32 + 1, 1, n)?;
    }
    print_setup(w.sheet)?;
    w.finish()?;

    let full = rules.scheme.work_full_marks.to_f64().unwrap_or(50.0);
    let mut distribution = Chart::new(ChartType::Column);
    distribution
        .add_series()
        .set_name(tr!(lang, "out-chart-agents").as_str())
        .set_categories((names.charts.as_str(), 1, 0, bins.bins.len() as u32, 0))
        .set_values((names.charts.as_str(), 1, 1, bins.bins.len() as u32, 1));
    distribution.title().set_name(tr!(lang, "out-chart-distribution", full = crate::num::fmt_score(rules.scheme.work_full_marks)).as_str());
    distribution.x_axis().set_name(tr!(lang, "out-chart-work-score").as_str());
    distribution.y_axis().set_name(tr!(lang, "out-chart-agents").as_str()).set_min(0);
    distribution.legend().set_hidden();
    distribution.set_width(480).set_height(300);
    sheet.insert_chart(1, 3, &distribution)?;

    if teams > 0 {
        let mut by_team = Chart::new(ChartType::Column);
        by_team
            .add_series()
            .set_name(tr!(lang, "out-chart-average").as_str())
            .set_categories((names.summary.as_str(), 1, 0, teams as u32, 0))
            .set_values((names.summary.as_str(), 1, 2, teams as u32, 2));
        by_team.title().set_name(tr!(lang, "out-chart-by-team").as_str());
        by_team.y_axis().set_name(tr!(lang, "out-chart-average").as_str()).set_min(0).set_max(full);
        by_team.legend().set_hidden();
        by_team.set_width(480).set_height(300);
        sheet.insert_chart(1, 11, &by_team)?;
    }
    // Both charts inside the printed page: 16 rows by 19 columns.
    sheet.set_print_area(0, 0, 17.max(bins.bins.len() as u32 + 1), 18)?;
    Ok(())
}

/// The corrections paid with the month, with a net row, as adjustments.csv lists them.
fn adjustments_sheet(sheet: &mut Worksheet, adj: &Adjustments, lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    use super::adjustments::{adjustment_row, totals, ADJUSTMENT_COLUMNS};
    let mut w = SheetWriter::new(sheet);
    let headers: Vec<String> = ADJUSTMENT_COLUMNS.iter().map(|c| column(lang, &format!("adjustment-{c}"))).collect();
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    w.headers(&refs, &f.header, adj.corrections.len())?;
    for (i, c) in adj.corrections.iter().enumerate() {
        let r = i as u32 + 1;
        for (col, cell) in adjustment_row(adj.month, c, false).iter().enumerate() {
            let col = col as u16;
            match col {
                5 => w.count(r, col, c.version.max(0) as usize)?,
                6 => w.number(r, col, c.paid_gross, &f.money, || cell.to_string())?,
                7 => w.number(r, col, c.new_gross, &f.money, || cell.to_string())?,
                8 => w.number(r, col, c.delta, &f.money, || cell.to_string())?,
                9 => w.text(r, col, &crate::i18n::text(lang, &format!("out-correction-{}", c.kind()), None))?,
                13 => w.text(r, col, &crate::i18n::text(lang, &format!("out-correction-state-{}", c.state.code()), None))?,
                _ => w.text(r, col, cell)?,
            }
        }
    }
    let (_, _, net) = totals(adj.corrections);
    let r = adj.corrections.len() as u32 + 1;
    w.sheet.write_string_with_format(r, 0, tr!(lang, "out-net"), &f.total_label)?;
    w.number(r, 8, net, &f.total_money, || crate::num::fmt_money(net))?;
    print_setup(w.sheet)?;
    w.finish()
}

/// Print setup of a report sheet for people: A4 landscape, fit to one page wide, the header
/// row repeated on every page, page numbers in the footer.
pub(crate) fn print_setup(sheet: &mut Worksheet) -> Result<(), XlsxError> {
    sheet.set_landscape();
    sheet.set_paper_size(9); // A4
    sheet.set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(0, 0)?;
    sheet.set_footer("&C&P / &N");
    Ok(())
}

/// The month's QA calibration (the same table as `kaohe inspectors`), the test and how to read
/// it below the table.
fn inspectors_sheet(sheet: &mut Worksheet, cal: &crate::calibration::Calibration, lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    use super::inspectors::{columns, flag, name, top_leaves};
    let mut w = SheetWriter::new(sheet);
    let headers = columns(lang);
    let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
    w.headers(&refs, &f.header, cal.inspectors.len())?;
    let p_format = Format::new().set_num_format("0.0000");
    let ratio = Format::new().set_num_format("0.00##");
    for (i, l) in cal.inspectors.iter().enumerate() {
        let r = i as u32 + 1;
        w.text(r, 0, &name(l, lang))?;
        for (c, n) in [(1, l.samples), (2, l.agents), (3, u64::from(l.days)), (4, l.findings), (9, l.appealed), (10, l.overturned)] {
            w.count(r, c, n as usize)?;
        }
        let show = |d: Decimal| move || crate::num::fmt_score(d);
        if let Some(d) = l.findings_per_sample {
            w.number(r, 5, d, &ratio, show(d))?;
        }
        w.number(r, 6, l.points_lost, &f.score, show(l.points_lost))?;
        if let Some(d) = l.points_per_sample {
            w.number(r, 7, d, &ratio, show(d))?;
        }
        w.text(r, 8, &top_leaves(l))?;
        if let Some(d) = l.overturned_share {
            w.number(r, 11, d, &f.rate, || "100.00%".into())?;
        }
        if let Some(t) = &l.test {
            if let Some(d) = t.others_findings_per_sample {
                w.number(r, 12, d, &ratio, show(d))?;
            }
            if let Some(d) = t.rate_ratio {
                w.number(r, 13, d, &ratio, show(d))?;
            }
            w.sheet.write_number_with_format(r, 14, t.p_value, &p_format)?;
            w.sheet.write_number_with_format(r, 15, t.adjusted_p, &p_format)?;
        }
        w.text(r, 16, &flag(l, lang))?;
    }
    for (r, line) in (cal.inspectors.len() as u32 + 2..).zip(super::inspectors::notes(cal, lang)) {
        w.sheet.write_string(r, 0, &line)?;
    }
    print_setup(w.sheet)?;
    w.finish()
}

fn warnings_sheet(sheet: &mut Worksheet, warnings: &[Warning], lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    let mut w = SheetWriter::new(sheet);
    let headers = [column(lang, "warning-kind"), column(lang, "warning-where"), column(lang, "warning-message")];
    w.headers(&[headers[0].as_str(), headers[1].as_str(), headers[2].as_str()], &f.header, warnings.len())?;
    for (i, warning) in warnings.iter().enumerate() {
        let Some(r) = data_row(i) else { break };
        w.text(r, 0, &warning.kind.name(lang))?;
        w.text(r, 1, &warning.origin.as_ref().map(|o| o.show(lang)).unwrap_or_default())?;
        w.text(r, 2, &warning.message)?;
    }
    w.overflow(warnings.len(), "warnings.csv", lang)?;
    print_setup(w.sheet)?;
    w.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn work_scores_fall_in_the_documented_bins() {
        let bins = Bins::of(&Rules::default_rules());
        let labels: Vec<&str> = bins.bins.iter().map(|(l, _, _)| l.as_str()).collect();
        assert_eq!(labels, ["<25", "25–29", "30–34", "35–39", "40–44", "45–49", "50"]);
        let bin = |s: &str| bins.bins[bins.of_score(s.parse().unwrap())].0.as_str();
        assert_eq!(bin("0"), "<25");
        assert_eq!(bin("24.5"), "<25");
        assert_eq!(bin("25"), "25–29");
        assert_eq!(bin("29.5"), "25–29");
        assert_eq!(bin("45"), "45–49");
        assert_eq!(bin("49"), "45–49");
        assert_eq!(bin("50"), "50");
    }

    #[test]
    fn bins_follow_a_hundred_point_scheme() {
        let rules = Rules::parse(include_str!("../../rules/hundred.toml"), "hundred.toml").unwrap();
        let bins = Bins::of(&rules);
        let labels: Vec<&str> = bins.bins.iter().map(|(l, _, _)| l.as_str()).collect();
        assert_eq!(labels, ["<60", "60–69", "70–79", "80–89", "90–99", "100"]);
        assert_eq!(bins.bins[bins.of_score(Decimal::from(100))].0, "100");
        assert_eq!(bins.bins[bins.of_score(Decimal::from(50))].0, "<60");
    }

    #[test]
    fn text_past_excels_limit_is_cut_with_a_mark() {
        let long = "备".repeat(40_000);
        let cut = excel_text(&long);
        assert_eq!(cut.chars().count(), EXCEL_CELL_CHARS);
        assert!(cut.ends_with(CUT_MARK));
        assert_eq!(excel_text("short"), "short");
        let emoji = "😀".repeat(20_000); // 40 000 UTF-16 units
        assert!(excel_text(&emoji).chars().map(char::len_utf16).sum::<usize>() <= EXCEL_CELL_CHARS);
    }

    /// The names made at run time from a code (columns, tables, sources …) exist in every
    /// language, and sheet names are ones Excel takes.
    #[test]
    fn every_name_asked_for_at_run_time_exists() {
        use crate::i18n::has;
        for lang in Lang::ALL {
            let mut ids: Vec<String> = Vec::new();
            ids.extend(RESULT_COLUMNS.iter().chain(DEDUCTION_COLUMNS.iter()).map(|c| format!("out-col-{c}")));
            ids.extend(super::super::adjustments::ADJUSTMENT_COLUMNS.iter().map(|c| format!("out-col-adjustment-{c}")));
            ids.extend(Action::ALL.iter().map(|a| format!("out-col-action-{}", a.code())));
            ids.extend((0..super::super::inspectors::COLUMNS.len()).map(|i| format!("out-col-inspector-{i}")));
            ids.extend(crate::schema::TABLES.iter().map(|t| format!("out-table-{}", t.name)));
            ids.extend(["back_pay", "claw_back"].map(|k| format!("out-correction-{k}")));
            ids.extend(["due", "settled", "superseded"].map(|k| format!("out-correction-state-{k}")));
            for code in
                ["average_work_score", "full_marks", "agents", "pay_adjustment_total", "fines_total", "gross_pay_total", "rank_in_team"]
            {
                ids.push(format!("out-col-{code}"));
            }
            for id in &ids {
                assert!(has(lang, id), "{}: {id} is missing", lang.code());
            }
            for code in ["work", "attendance", "hygiene"] {
                assert!(!category_name(lang, code).contains('-'), "{code}");
            }
            for code in ["spot_check", "dept_feedback", "manager_review", "survey", "attendance", "hygiene"] {
                assert!(!source_name(lang, code).contains("source-"), "{code}");
            }
            let names = sheet_names(lang);
            for n in
                [&names.results, &names.deductions, &names.summary, &names.charts, &names.inspectors, &names.warnings, &names.adjustments]
            {
                assert!(n.chars().count() <= 31 && !n.contains(['[', ']', ':', '*', '?', '/', '\\']), "{n}");
            }
        }
        assert_eq!(sheet_names(Lang::Zh).results, "考核结果");
        assert_eq!(sheet_names(Lang::ZhTw).results, "考核結果");
        assert_eq!(column(Lang::Zh, "gross_pay"), "应发工资");
        assert_eq!(column(Lang::ZhTw, "gross_pay"), "應發工資");
        assert_eq!(yes_no(Lang::Zh, true), "是");
        assert_eq!(money_shown(Decimal::new(11790000, 2)).len(), "117,900.00".len());
    }

    #[test]
    fn chinese_counts_double_width() {
        assert_eq!(display_width("abc"), 3);
        assert_eq!(display_width("張偉"), 4);
        assert_eq!(display_width("一组 A"), 6);
    }
}
