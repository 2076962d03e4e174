//! `statements.xlsx` (SPEC 5): an index sheet, then one print-ready A4 sheet per agent — the
//! [`Statement`] model laid out as the 考核表 an agent signs: the agent, every item with what it
//! lost and the rows behind each lost point (date, source, inspector, note, appeal), surveys,
//! attendance and hygiene, the special award and why, fines, the pay lines of the agent's status,
//! actions, appeals and the signature lines. Holds no rule of the scheme.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, FormatAlign, FormatBorder, Url, Workbook, Worksheet, XlsxError};

use super::explain::{appeal_text, special_reason};
use super::xlsx::{display_width, excel_text};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_percent, fmt_score};
use crate::statement::{EvidenceLine, Statement};
use crate::tr;

/// Columns of an agent's sheet: code, what, points, misses or count, lost or amount, detail.
const WIDTHS: [f64; 6] = [5.0, 28.0, 6.0, 6.0, 7.0, 58.0];
const LAST_COL: u16 = 5;

struct Formats {
    title: Format,
    label: Format,
    section: Format,
    head: Format,
    text: Format,
    wrap: Format,
    score: Format,
    money: Format,
    total: Format,
    total_money: Format,
    sign: Format,
    link: Format,
}

impl Formats {
    fn new() -> Formats {
        let base = Format::new().set_font_size(10).set_align(FormatAlign::Top);
        Formats {
            title: Format::new().set_bold().set_font_size(14).set_align(FormatAlign::Center),
            label: base.clone().set_bold(),
            section: base.clone().set_bold().set_background_color("#DDEBF7").set_border_bottom(FormatBorder::Thin),
            head: base.clone().set_bold().set_font_color("#555555").set_border_bottom(FormatBorder::Hair),
            text: base.clone(),
            wrap: base.clone().set_text_wrap(),
            score: base.clone().set_num_format("General"),
            money: base.clone().set_num_format("#,##0.00"),
            total: base.clone().set_bold().set_num_format("General").set_border_top(FormatBorder::Thin),
            total_money: base.clone().set_bold().set_num_format("#,##0.00").set_border_top(FormatBorder::Thin),
            sign: base.clone().set_border_bottom(FormatBorder::Thin),
            link: base.set_font_color("#0563C1").set_underline(rust_xlsxwriter::FormatUnderline::Single),
        }
    }
}

/// A decimal as a cell's number; never -0 (`+ 0.0` makes -0.0 into 0.0).
fn num(d: Decimal) -> f64 {
    d.to_f64().unwrap_or(0.0) + 0.0
}

/// A sheet name from an agent: `1003 李娜`, cut to Excel's 31 characters, without the
/// characters Excel refuses, made unique.
fn sheet_name(st: &Statement, used: &mut Vec<String>) -> String {
    let raw: String = format!("{} {}", st.agent.id, st.agent.name)
        .chars()
        .map(|c| if matches!(c, '[' | ']' | ':' | '*' | '?' | '/' | '\\') { '_' } else { c })
        .collect();
    let base: String = raw.trim_matches('\'').chars().take(28).collect();
    let mut name = base.clone();
    let mut n = 2;
    while used.iter().any(|u| u.to_lowercase() == name.to_lowercase()) || name.is_empty() {
        name = format!("{base}~{n}");
        n += 1;
    }
    used.push(name.clone());
    name
}

/// Writes `statements.xlsx` to `out`.
pub fn write<W>(out: W, statements: &[Statement], lang: Lang) -> Result<()>
where
    W: std::io::Write + std::io::Seek + Send,
{
    build(out, statements, lang).map_err(|e| KaoheError::io("statements.xlsx", std::io::Error::other(e.to_string())))
}

fn build<W>(out: W, statements: &[Statement], lang: Lang) -> Result<(), XlsxError>
where
    W: std::io::Write + std::io::Seek + Send,
{
    let f = Formats::new();
    let mut book = Workbook::new();
    let mut used = vec![tr!(lang, "out-st-index")];
    let names: Vec<String> = statements.iter().map(|st| sheet_name(st, &mut used)).collect();
    index_sheet(book.add_worksheet().set_name(&used[0])?, statements, &names, lang, &f)?;
    for (st, name) in statements.iter().zip(&names) {
        agent_sheet(book.add_worksheet().set_name(name)?, st, lang, &f)?;
    }
    book.save_to_writer(out)
}

fn index_sheet(sheet: &mut Worksheet, statements: &[Statement], names: &[String], lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    let month = statements.first().map(|s| s.month.as_str()).unwrap_or("");
    sheet.write_string_with_format(0, 0, tr!(lang, "out-st-index-title", month = month), &f.label)?;
    let heads = [
        tr!(lang, "out-st-col-agent"),
        tr!(lang, "out-st-col-name"),
        tr!(lang, "out-st-col-team"),
        tr!(lang, "out-st-col-total"),
        tr!(lang, "pay-gross"),
        tr!(lang, "out-st-col-sheet"),
    ];
    for (c, h) in heads.iter().enumerate() {
        sheet.write_string_with_format(2, c as u16, h, &f.head)?;
    }
    for (i, (st, name)) in statements.iter().zip(names).enumerate() {
        let r = 3 + i as u32;
        sheet.write_string_with_format(r, 0, &st.agent.id, &f.text)?;
        sheet.write_string_with_format(r, 1, &st.agent.name, &f.text)?;
        sheet.write_string_with_format(r, 2, &st.agent.team, &f.text)?;
        sheet.write_number_with_format(r, 3, num(st.total.score), &f.score)?;
        sheet.write_number_with_format(r, 4, num(st.pay.gross_pay), &f.money)?;
        let target = format!("internal:'{}'!A1", name.replace('\'', "''"));
        sheet.write_url_with_format(r, 5, Url::new(target).set_text(name.as_str()), &f.link)?;
    }
    for (c, w) in [10.0, 12.0, 10.0, 10.0, 12.0, 24.0].iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    sheet.set_freeze_panes(3, 0)?;
    sheet.set_paper_size(9).set_portrait().set_print_fit_to_pages(1, 0);
    sheet.set_repeat_rows(2, 2)?;
    Ok(())
}

/// One agent's page.
struct Page<'s, 'f> {
    sheet: &'s mut Worksheet,
    f: &'f Formats,
    row: u32,
    /// Lines the tallest wrapped cell of the current row needs.
    lines: usize,
}

impl Page<'_, '_> {
    fn text(&mut self, col: u16, text: &str, format: &Format) -> Result<(), XlsxError> {
        if !text.is_empty() {
            self.sheet.write_string_with_format(self.row, col, excel_text(text).as_ref(), format)?;
            if std::ptr::eq(format, &self.f.wrap) {
                // Spreadsheets do not grow a row for wrapped text they did not lay out themselves:
                // the height is set here, from the text's display width.
                // Column widths count characters of the default 11-point font; this text is 10-point.
                let width = ((WIDTHS[col as usize] * 1.1) as usize).max(1);
                let lines = text.split('\n').map(|line| display_width(line).div_ceil(width).max(1)).sum();
                self.lines = self.lines.max(lines);
            }
        }
        Ok(())
    }

    /// Moves to the next row, making the current one tall enough for its wrapped text.
    fn next(&mut self) -> Result<(), XlsxError> {
        if self.lines > 1 {
            self.sheet.set_row_height(self.row, 13.5 * self.lines as f64)?;
        }
        self.lines = 0;
        self.row += 1;
        Ok(())
    }

    fn number(&mut self, col: u16, value: Decimal, format: &Format) -> Result<(), XlsxError> {
        self.sheet.write_number_with_format(self.row, col, num(value), format)?;
        Ok(())
    }

    /// A section title across the page.
    fn section(&mut self, title: &str) -> Result<(), XlsxError> {
        self.row += 1;
        self.sheet.merge_range(self.row, 0, self.row, LAST_COL, title, &self.f.section)?;
        self.row += 1;
        Ok(())
    }
}

/// A row behind a lost point, on one line: what it cost, then where, when, who and why —
/// `-2  10-09 qa.csv:17 spot check 陈建国 “两次推脱客户投诉”`.
fn evidence_line(e: &EvidenceLine, lang: Lang) -> String {
    let cost = match (e.counted, e.lost.is_zero()) {
        (false, _) => tr!(lang, "out-st-void"),
        // Past the leaf's cap a row costs nothing more.
        (true, true) => "0".to_string(),
        (true, false) => format!("-{}", fmt_score(e.lost)),
    };
    let mut line = format!("{cost}  {}  {}", e.date.format("%m-%d"), e.place);
    if e.kind == "survey" {
        line.push_str(&format!(
            "  {} {} {}",
            e.source.name,
            e.customer,
            tr!(lang, "explain-survey-rating", rating = u32::from(e.rating.unwrap_or_default()), topic = &e.topic.name)
        ));
    } else {
        line.push_str(&format!("  {}", e.source.name));
        if !e.inspector.is_empty() {
            line.push_str(&format!(" {}", e.inspector));
        }
        if e.misses > 1 {
            line.push_str(&format!("  {}", tr!(lang, "out-st-times", count = e.misses)));
        }
        if !e.note.is_empty() {
            line.push_str(&format!("  “{}”", e.note));
        }
    }
    if e.appealed() {
        line.push_str(&format!("  [{}]", appeal_text(e, lang)));
    }
    line
}

fn agent_sheet(sheet: &mut Worksheet, st: &Statement, lang: Lang, f: &Formats) -> Result<(), XlsxError> {
    for (c, w) in WIDTHS.iter().enumerate() {
        sheet.set_column_width(c as u16, *w)?;
    }
    sheet.set_paper_size(9).set_portrait().set_print_fit_to_pages(1, 0).set_print_center_horizontally(true);
    sheet.set_margins(0.5, 0.5, 0.6, 0.6, 0.3, 0.3);
    sheet.set_footer(format!("&L{} {} {}&R&P / &N", st.month, st.agent.id, st.agent.name));
    sheet.set_repeat_rows(0, 1)?;
    let mut p = Page { sheet, f, row: 0, lines: 0 };

    // Title and agent.
    let title = tr!(lang, "out-st-title", month = &st.month);
    p.sheet.merge_range(0, 0, 0, LAST_COL, &title, &f.title)?;
    p.row = 1;
    let who = tr!(
        lang,
        "out-st-who",
        id = &st.agent.id,
        name = &st.agent.name,
        team = if st.agent.team.is_empty() { "-" } else { &st.agent.team },
        status = &st.agent.status.name
    );
    p.sheet.merge_range(1, 0, 1, LAST_COL, &who, &f.label)?;
    p.row = 2;
    p.text(0, &tr!(lang, "out-st-rules", name = &st.rules.name), &f.text)?;
    p.next()?;

    // Work score.
    p.section(&tr!(lang, "explain-work", score = fmt_score(st.work.score), full = fmt_score(st.work.full_marks)))?;
    for (c, h) in [
        tr!(lang, "out-st-col-item"),
        tr!(lang, "out-st-col-norm"),
        tr!(lang, "out-st-col-points"),
        tr!(lang, "out-st-col-misses"),
        tr!(lang, "out-st-col-lost"),
        tr!(lang, "out-st-col-detail"),
    ]
    .iter()
    .enumerate()
    {
        p.text(c as u16, h, &f.head)?;
    }
    p.next()?;
    for item in &st.work.items {
        p.text(0, &item.number.to_string(), &f.label)?;
        p.text(1, &item.name, &f.label)?;
        p.number(2, item.points, &f.score)?;
        p.number(4, -item.lost, &f.score)?;
        p.next()?;
        for leaf in item.leaves.iter().filter(|l| !l.rows.is_empty()) {
            p.text(0, &leaf.code, &f.text)?;
            p.text(1, &leaf.name, &f.wrap)?;
            p.number(2, leaf.points, &f.score)?;
            p.number(3, Decimal::from(leaf.misses), &f.score)?;
            p.number(4, -leaf.lost, &f.score)?;
            let mut detail: Vec<String> = leaf.rows.iter().map(|e| evidence_line(e, lang)).collect();
            if leaf.capped {
                detail.push(tr!(lang, "out-st-capped"));
            }
            p.text(5, &detail.join("\n"), &f.wrap)?;
            p.next()?;
        }
    }
    let untouched = st.work.items.iter().flat_map(|i| &i.leaves).filter(|l| l.rows.is_empty()).count();
    let mut note = tr!(lang, "out-st-untouched", count = untouched);
    if st.work.uncovered > Decimal::ZERO {
        note.push_str(&tr!(lang, "out-st-uncovered", points = fmt_score(st.work.uncovered)));
    }
    p.text(0, &note, &f.text)?;
    p.next()?;
    let days: Vec<String> = st.samples.days.iter().map(|d| d.to_string()).collect();
    let days = if days.is_empty() { "-".into() } else { days.join(&super::explain::list_sep(lang)) };
    let samples = tr!(lang, "out-st-samples", count = st.samples.count, days = days);
    p.text(0, &samples, &f.text)?;
    p.next()?;
    let satisfaction = match st.satisfaction.rate {
        Some(r) => {
            tr!(lang, "out-st-surveys", satisfied = st.satisfaction.satisfied, answers = st.satisfaction.answers, rate = fmt_percent(r))
        }
        None => tr!(lang, "out-st-surveys-none"),
    };
    p.text(0, &satisfaction, &f.text)?;
    p.next()?;

    // Attendance, hygiene, special.
    p.section(&tr!(
        lang,
        "out-st-section-other",
        score = fmt_score(st.attendance.score + st.hygiene.score + st.special.score),
        full = fmt_score(st.attendance.max + st.hygiene.max + st.special.points)
    ))?;
    for (label, sub) in [(tr!(lang, "out-st-attendance"), &st.attendance), (tr!(lang, "out-st-hygiene"), &st.hygiene)] {
        p.text(1, &label, &f.label)?;
        p.number(2, sub.max, &f.score)?;
        p.number(4, -(sub.max - sub.score), &f.score)?;
        let detail: Vec<String> = sub
            .entries
            .iter()
            .map(|e| {
                let note = if e.note.is_empty() { String::new() } else { format!("  “{}”", e.note) };
                format!("-{}  {}  {}  {}{note}", fmt_score(e.lost), e.date.format("%m-%d"), e.place, e.kind.name)
            })
            .collect();
        p.text(5, &detail.join("\n"), &f.wrap)?;
        p.next()?;
    }
    p.text(1, &tr!(lang, "out-st-special"), &f.label)?;
    p.number(2, st.special.points, &f.score)?;
    p.number(4, st.special.score, &f.score)?;
    let mut detail = vec![special_reason(&st.special.reason, &st.special.award_kinds, st.work.score, st.special.min_work_score, lang)];
    for a in &st.special.awards {
        let note = if a.note.is_empty() { String::new() } else { format!("  “{}”", a.note) };
        let approved =
            if a.approved_by.is_empty() { String::new() } else { format!("  {}", tr!(lang, "explain-approved-by", name = &a.approved_by)) };
        detail.push(format!("{}  {}  {}{note}{approved}", a.date.format("%m-%d"), a.place, a.kind.name));
    }
    p.text(5, &detail.join("\n"), &f.wrap)?;
    p.next()?;
    p.text(1, &tr!(lang, "out-st-total"), &f.label)?;
    p.number(2, st.total.full_marks, &f.total)?;
    p.number(4, st.total.score, &f.total)?;
    p.next()?;

    // Pay.
    p.section(&tr!(lang, "explain-pay", status = &st.agent.status.name))?;
    let pay = &st.pay;
    let not_paid = tr!(lang, "explain-not-paid");
    let lines: [(String, Decimal, bool); 7] = [
        (tr!(lang, "out-st-base-salary"), pay.base_salary, true),
        (tr!(lang, "out-st-allowance"), pay.allowance.amount, pay.allowance.paid),
        (tr!(lang, "out-st-appraisal-wage"), pay.appraisal_wage.amount, pay.appraisal_wage.paid),
        (tr!(lang, "out-st-attendance-bonus"), pay.attendance_bonus.amount, pay.attendance_bonus.paid),
        (tr!(lang, "out-st-special-bonus"), pay.special_bonus.amount, pay.special_bonus.paid),
        (tr!(lang, "out-st-rewards"), pay.rewards.amount, pay.rewards.paid),
        (tr!(lang, "out-st-fines"), -pay.fines, true),
    ];
    let fines: Vec<String> = pay
        .fine_lines
        .iter()
        .map(|fine| {
            let note = if fine.note.is_empty() { String::new() } else { format!("  “{}”", fine.note) };
            format!("-{}  {}  {}  {}{note}", fmt_money(fine.amount), fine.date.format("%m-%d"), fine.place, fine.kind.name)
        })
        .collect();
    let fines = fines.join("\n");
    let count = lines.len();
    for (i, (label, amount, paid)) in lines.into_iter().enumerate() {
        p.text(1, &label, &f.text)?;
        p.number(4, amount, &f.money)?;
        if !paid {
            p.text(5, &not_paid, &f.text)?;
        } else if i == count - 1 {
            p.text(5, &fines, &f.wrap)?;
        }
        p.next()?;
    }
    p.text(1, &tr!(lang, "out-st-pay-adjustment"), &f.label)?;
    p.number(4, pay.pay_adjustment, &f.total_money)?;
    p.next()?;
    p.text(1, &tr!(lang, "out-st-gross-pay"), &f.label)?;
    p.number(4, pay.gross_pay, &f.total_money)?;
    p.next()?;

    // Run, actions, appeals.
    p.section(&tr!(lang, "out-st-section-run"))?;
    let run = &st.run;
    let run_text = if run.run_months.is_empty() {
        tr!(lang, "explain-run", run = run.full_marks_run)
    } else {
        tr!(lang, "explain-run-months", run = run.full_marks_run, months = run.run_months.join(&super::explain::list_sep(lang)))
    };
    p.text(0, &run_text, &f.text)?;
    p.next()?;
    let actions: Vec<String> = st.actions.iter().map(|a| a.name.clone()).collect();
    let actions = if actions.is_empty() {
        tr!(lang, "explain-actions-none")
    } else {
        tr!(lang, "out-st-actions", list = actions.join(&tr!(lang, "out-action-sep")))
    };
    p.text(0, &actions, &f.text)?;
    p.next()?;
    if !st.appeals.is_empty() {
        p.text(0, &tr!(lang, "explain-appeals"), &f.label)?;
        p.next()?;
        for a in &st.appeals {
            p.text(1, &format!("{}  {}  {}", a.date, a.place, a.leaf), &f.text)?;
            p.text(5, &appeal_text(a, lang), &f.wrap)?;
            p.next()?;
        }
    }

    // Signatures: a label, then a line to sign on.
    for pair in [
        [tr!(lang, "out-st-sign-agent"), tr!(lang, "out-st-sign-supervisor")],
        [tr!(lang, "out-st-sign-hr"), tr!(lang, "out-st-sign-date")],
    ] {
        p.row += 2;
        p.text(0, &pair[0], &f.text)?;
        p.text(1, "", &f.text)?;
        p.sheet.write_blank(p.row, 1, &f.sign)?;
        p.sheet.merge_range(p.row, 2, p.row, 3, &pair[1], &f.text)?;
        p.sheet.merge_range(p.row, 4, p.row, 5, "", &f.sign)?;
    }
    Ok(())
}
