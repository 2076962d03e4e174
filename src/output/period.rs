//! The quarterly and yearly appraisal (SPEC 4) rendered: a terminal table, JSON, a CSV file with
//! one row per agent (and one per team subtotal) and one column group per month, and a workbook
//! for printing — landscape, one page wide, headers repeated — with team subtotals, each agent's
//! rank in the team and a line chart of each team's average work score by month. Unknown values
//! (an imported month knows only its work score) are empty cells, never 0.

use rust_decimal::prelude::ToPrimitive;
use rust_decimal::Decimal;
use rust_xlsxwriter::{Chart, ChartMarker, ChartType, Format, Workbook, XlsxError};
use serde_json::{json, Value};

use super::tables::{csv_err, writer};
use super::terminal::Table;
use super::xlsx::{column, print_setup, Formats, SheetWriter};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::period::{AgentPeriod, MonthCell, PeriodFigures, PeriodSummary, TeamPeriod};
use crate::score::Action;
use crate::tr;

fn title(s: &PeriodSummary, lang: Lang) -> String {
    let p = &s.period;
    let (label, first, last) = (p.label(), p.first.to_string(), p.last.to_string());
    if p.is_year() {
        tr!(lang, "out-period-year-title", period = label, first = first, last = last)
    } else {
        tr!(lang, "out-period-quarter-title", period = label, first = first, last = last)
    }
}

fn team_label(team: &str, lang: Lang) -> String {
    if team.is_empty() {
        tr!(lang, "out-no-team")
    } else {
        team.to_string()
    }
}

/// The actions and their counts by name (`None`: by code, as the CSV file holds them).
fn actions_text(actions: &std::collections::BTreeMap<String, usize>, lang: Option<Lang>) -> String {
    let Some(lang) = lang else {
        let mut list: Vec<(usize, String)> = actions
            .iter()
            .map(|(code, n)| (Action::ALL.iter().position(|a| a.code() == code).unwrap_or(usize::MAX), format!("{code}×{n}")))
            .collect();
        list.sort();
        return list.into_iter().map(|(_, t)| t).collect::<Vec<_>>().join(" ");
    };
    // In the scheme's order, not the codes' alphabetical one.
    let mut list: Vec<(usize, String)> = actions
        .iter()
        .map(|(code, n)| match Action::ALL.iter().position(|a| a.code() == code) {
            Some(i) => (i, tr!(lang, "out-period-action-count", action = Action::ALL[i].name(lang), count = *n)),
            None => (usize::MAX, tr!(lang, "out-period-action-count", action = code.as_str(), count = *n)),
        })
        .collect();
    list.sort();
    list.into_iter().map(|(_, t)| t).collect::<Vec<_>>().join(&super::explain::list_sep(lang))
}

fn opt_score(d: Option<Decimal>) -> String {
    d.map(fmt_score).unwrap_or_default()
}

fn opt_money(d: Option<Decimal>) -> String {
    d.map(fmt_money).unwrap_or_default()
}

/// The terminal table: each month's work score, then the period's figures; a subtotal line
/// after each team. (The exports also hold each month's total and pay adjustment.)
pub fn text(s: &PeriodSummary, lang: Lang) -> String {
    let mut out = format!("{}\n", title(s, lang));
    if s.agents.is_empty() {
        out.push_str(&format!("  {}\n", tr!(lang, "out-period-no-months")));
        return out;
    }
    let mut columns: Vec<(String, bool)> = vec![
        (tr!(lang, "out-period-col-team"), false),
        (tr!(lang, "out-period-col-rank"), true),
        (tr!(lang, "out-period-col-agent"), false),
        (tr!(lang, "out-period-col-name"), false),
    ];
    columns.extend(s.months.iter().map(|m| (m.to_string(), true)));
    columns.extend(
        [
            tr!(lang, "out-period-col-avg-work"),
            tr!(lang, "out-period-col-avg-total"),
            tr!(lang, "out-period-col-lowest"),
            tr!(lang, "out-period-col-below"),
            tr!(lang, "out-period-col-full"),
            tr!(lang, "out-period-col-awards"),
            tr!(lang, "out-period-col-fines"),
            tr!(lang, "out-period-col-pay-adj"),
        ]
        .map(|h| (h, true)),
    );
    columns.push((tr!(lang, "out-period-col-actions"), false));
    let mut t = Table::new(columns);
    for (team, agents) in s.by_team() {
        for a in agents {
            let mut row = vec![team_label(&a.team, lang), a.rank.to_string(), a.agent_id.clone(), a.name.clone()];
            row.extend(a.months.iter().map(|c| c.as_ref().map(|c| fmt_score(c.work)).unwrap_or_default()));
            row.extend(figure_cells(&a.figures, lang));
            t.row(row);
        }
        let mut row = vec![
            team_label(&team.team, lang),
            tr!(lang, "out-period-subtotal"),
            tr!(lang, "out-period-agents", count = team.agents),
            String::new(),
        ];
        row.extend(team.average_work_by_month.iter().map(|a| opt_score(*a)));
        row.extend(figure_cells(&team.figures, lang));
        t.row(row);
    }
    out.push_str(&t.render());
    out.push_str(&tr!(lang, "out-period-legend"));
    out.push('\n');
    out
}

/// The terminal cells of an agent's or a team's figures, after the months.
fn figure_cells(f: &PeriodFigures, lang: Lang) -> [String; 9] {
    [
        fmt_score(f.average_work),
        opt_score(f.average_total),
        format!("{} ({})", fmt_score(f.lowest.1), f.lowest.0),
        f.months_below.to_string(),
        f.full_marks_months.to_string(),
        f.special_awards.to_string(),
        opt_money(f.fines),
        opt_money(f.pay_adjustment),
        actions_text(&f.actions, Some(lang)),
    ]
}

/// The JSON fields of an agent's or a team's figures.
fn figures_json(f: &PeriodFigures, into: &mut Value) {
    let fields = json!({
        "average_work_score": fmt_score(f.average_work),
        "average_total_score": f.average_total.map(fmt_score),
        "lowest": {"month": f.lowest.0.to_string(), "work_score": fmt_score(f.lowest.1)},
        "months_below_threshold": f.months_below,
        "full_marks_months": f.full_marks_months,
        "special_awards": f.special_awards,
        "fines": f.fines.map(fmt_money),
        "pay_adjustment": f.pay_adjustment.map(fmt_money),
        "actions": f.actions,
    });
    if let (Some(o), Value::Object(fields)) = (into.as_object_mut(), fields) {
        o.extend(fields);
    }
}

fn cell_json(c: &Option<MonthCell>) -> Value {
    match c {
        None => Value::Null,
        Some(c) => json!({
            "work_score": fmt_score(c.work),
            "total_score": c.total.map(fmt_score),
            "pay_adjustment": c.pay_adjustment.map(fmt_money),
            "source": if c.imported { "imported" } else { "closed" },
            "full_marks": c.full_marks,
            "below_threshold": c.below,
        }),
    }
}

/// The summary for scripts; unknown values are `null`.
pub fn json(s: &PeriodSummary) -> Value {
    let months: Vec<String> = s.months.iter().map(|m| m.to_string()).collect();
    let agent = |a: &AgentPeriod| {
        let mut v = json!({
            "agent_id": a.agent_id,
            "name": a.name,
            "team": a.team,
            "rank_in_team": a.rank,
            "months": s.months.iter().zip(&a.months).map(|(m, c)| {
                let mut v = cell_json(c);
                if let Some(o) = v.as_object_mut() { o.insert("month".into(), json!(m.to_string())); }
                v
            }).collect::<Vec<_>>(),
            "months_recorded": a.recorded(),
        });
        figures_json(&a.figures, &mut v);
        v
    };
    let team = |t: &TeamPeriod| {
        let mut v = json!({
            "team": t.team,
            "agents": t.agents,
            "average_work_score_by_month": t.average_work_by_month.iter().map(|a| a.map(fmt_score)).collect::<Vec<_>>(),
            "average_total_score_by_month": t.average_total_by_month.iter().map(|a| a.map(fmt_score)).collect::<Vec<_>>(),
            "pay_adjustment_by_month": t.pay_adjustment_by_month.iter().map(|a| a.map(fmt_money)).collect::<Vec<_>>(),
        });
        figures_json(&t.figures, &mut v);
        v
    };
    json!({
        "period": s.period.label(),
        "first": s.period.first.to_string(),
        "last": s.period.last.to_string(),
        "months": months,
        "agents": s.agents.iter().map(agent).collect::<Vec<_>>(),
        "teams": s.teams.iter().map(team).collect::<Vec<_>>(),
    })
}

/// The per-month measures of the exports, in their column order.
const MONTH_MEASURES: [&str; 3] = ["work_score", "total_score", "pay_adjustment"];

/// The columns after the months, in order.
const PERIOD_COLUMNS: [&str; 11] = [
    "months",
    "average_work_score",
    "average_total_score",
    "lowest_work_score",
    "lowest_month",
    "months_below_threshold",
    "full_marks_months",
    "special_awards",
    "fines",
    "pay_adjustment",
    "actions",
];

/// One summary line (an agent or a team subtotal) as the exports hold it.
struct Line<'a> {
    kind: &'static str,
    team: String,
    rank: Option<usize>,
    agent_id: String,
    name: String,
    months: Vec<[Option<Decimal>; 3]>,
    recorded: usize,
    figures: &'a PeriodFigures,
    /// The figures' actions, by name or by code.
    actions: String,
}

/// The lines of the exports; actions by name in `names`' language, else by code.
fn lines(s: &PeriodSummary, lang: Lang, names: Option<Lang>) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    for (team, agents) in s.by_team() {
        for a in agents {
            out.push(Line {
                kind: "agent",
                team: a.team.clone(),
                rank: Some(a.rank),
                agent_id: a.agent_id.clone(),
                name: a.name.clone(),
                months: a.months.iter().map(|c| c.as_ref().map_or([None; 3], |c| [Some(c.work), c.total, c.pay_adjustment])).collect(),
                recorded: a.recorded(),
                figures: &a.figures,
                actions: actions_text(&a.figures.actions, names),
            });
        }
        out.push(Line {
            kind: "team_subtotal",
            team: team.team.clone(),
            rank: None,
            agent_id: String::new(),
            name: tr!(lang, "out-period-team-subtotal", team = team_label(&team.team, lang), count = team.agents),
            months: (0..s.months.len())
                .map(|i| [team.average_work_by_month[i], team.average_total_by_month[i], team.pay_adjustment_by_month[i]])
                .collect(),
            recorded: agents.iter().map(|a| a.recorded()).sum(),
            figures: &team.figures,
            actions: actions_text(&team.figures.actions, names),
        });
    }
    out
}

/// The CSV export: UTF-8 with a BOM, stable English column names (`2026-07 work_score` …); a
/// `row_type` of `agent` or `team_subtotal` (team rows hold the team's average scores and summed
/// money).
pub fn write_csv<W: std::io::Write>(out: W, s: &PeriodSummary, lang: Lang) -> std::io::Result<W> {
    let mut w = writer(out)?;
    let mut header: Vec<String> = ["row_type", "team", "rank_in_team", "agent_id", "name"].map(String::from).to_vec();
    for m in &s.months {
        header.extend(MONTH_MEASURES.iter().map(|c| format!("{m} {c}")));
    }
    header.extend(PERIOD_COLUMNS.iter().map(|c| c.to_string()));
    w.write_record(&header).map_err(csv_err)?;
    for l in lines(s, lang, None) {
        let mut row: Vec<String> = vec![
            l.kind.into(),
            super::neutralize(&l.team).into_owned(),
            l.rank.map(|r| r.to_string()).unwrap_or_default(),
            super::neutralize(&l.agent_id).into_owned(),
            super::neutralize(&l.name).into_owned(),
        ];
        for [work, total, adj] in &l.months {
            row.extend([opt_score(*work), opt_score(*total), opt_money(*adj)]);
        }
        row.extend([
            l.recorded.to_string(),
            fmt_score(l.figures.average_work),
            opt_score(l.figures.average_total),
            fmt_score(l.figures.lowest.1),
            l.figures.lowest.0.to_string(),
            l.figures.months_below.to_string(),
            l.figures.full_marks_months.to_string(),
            l.figures.special_awards.to_string(),
            opt_money(l.figures.fines),
            opt_money(l.figures.pay_adjustment),
            l.actions.clone(),
        ]);
        w.write_record(&row).map_err(csv_err)?;
    }
    w.into_inner().map_err(|e| e.into_error())
}

/// The workbook export.
pub fn write_xlsx<W: std::io::Write + std::io::Seek + Send>(out: W, s: &PeriodSummary, lang: Lang) -> Result<()> {
    build(out, s, lang).map_err(|e| KaoheError::io("xlsx", std::io::Error::other(e.to_string())))
}

fn build<W: std::io::Write + std::io::Seek + Send>(out: W, s: &PeriodSummary, lang: Lang) -> Result<(), XlsxError> {
    let f = Formats::new();
    let bold = Format::new().set_bold();
    let bold_money = Format::new().set_bold().set_num_format("#,##0.00");
    let bold_score = Format::new().set_bold().set_num_format("General");
    let group = Format::new().set_bold().set_background_color("#DDEBF7").set_align(rust_xlsxwriter::FormatAlign::Center);
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let mut book = Workbook::new();
    let main_name = if s.period.is_year() {
        tr!(lang, "out-period-sheet-year", period = s.period.label())
    } else {
        tr!(lang, "out-period-sheet-quarter", period = s.period.label())
    };
    let teams_name = tr!(lang, "out-period-sheet-teams");
    let teams_name = teams_name.as_str();
    {
        let sheet = book.add_worksheet().set_name(&main_name)?;
        sheet.set_header(format!("&C{}", title(s, lang)));
        sheet.set_footer("&C&P / &N");
        let mut w = SheetWriter::new(sheet);
        // Two header rows: the month over its three measures, then each column's name.
        let lead: Vec<String> = ["team", "rank_in_team", "agent_id", "name"].iter().map(|c| column(lang, c)).collect();
        let mut names: Vec<String> = lead.clone();
        for _ in &s.months {
            names.extend(MONTH_MEASURES.iter().map(|c| column(lang, c)));
        }
        names.extend(PERIOD_COLUMNS.iter().map(|c| column(lang, &format!("period-{c}"))));
        // Column names wrap onto two lines instead of widening their columns: 24 columns must
        // print one page wide and stay readable.
        let header = f.header.clone().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
        for (c, n) in names.iter().enumerate() {
            w.sheet.write_string_with_format(1, c as u16, n, &header)?;
            w.measure(c as u16, super::xlsx::display_width(n).min(8));
        }
        w.sheet.set_row_height(1, 30)?;
        for (i, m) in s.months.iter().enumerate() {
            let c = (lead.len() + i * 3) as u16;
            w.sheet.merge_range(0, c, 0, c + 2, &m.to_string(), &group)?;
        }
        let after = (lead.len() + s.months.len() * 3) as u16;
        w.sheet.merge_range(0, after, 0, after + PERIOD_COLUMNS.len() as u16 - 1, &tr!(lang, "out-period-period"), &group)?;
        w.sheet.set_freeze_panes(2, lead.len() as u16)?;
        for (r, l) in (2u32..).zip(lines(s, lang, Some(lang))) {
            let subtotal = l.kind == "team_subtotal";
            let (money, score) = if subtotal { (&bold_money, &bold_score) } else { (&f.money, &f.score) };
            w.text(r, 0, &team_label(&l.team, lang))?;
            if let Some(rank) = l.rank {
                w.count(r, 1, rank)?;
            }
            w.text(r, 2, &l.agent_id)?;
            if subtotal {
                w.sheet.write_string_with_format(r, 3, &l.name, &bold)?;
            } else {
                w.text(r, 3, &l.name)?;
            }
            for (i, [work, total, adj]) in l.months.iter().enumerate() {
                let c = (lead.len() + i * 3) as u16;
                if let Some(v) = work {
                    w.number(r, c, *v, score, || fmt_score(*v))?;
                }
                if let Some(v) = total {
                    w.number(r, c + 1, *v, score, || fmt_score(*v))?;
                }
                if let Some(v) = adj {
                    w.number(r, c + 2, *v, money, || format!("{:>10}", fmt_money(*v)))?;
                }
            }
            let c = after;
            w.count(r, c, l.recorded)?;
            w.number(r, c + 1, l.figures.average_work, score, || fmt_score(l.figures.average_work))?;
            if let Some(v) = l.figures.average_total {
                w.number(r, c + 2, v, score, || fmt_score(v))?;
            }
            w.number(r, c + 3, l.figures.lowest.1, score, || fmt_score(l.figures.lowest.1))?;
            w.text(r, c + 4, &l.figures.lowest.0.to_string())?;
            w.count(r, c + 5, l.figures.months_below)?;
            w.count(r, c + 6, l.figures.full_marks_months)?;
            w.count(r, c + 7, l.figures.special_awards)?;
            if let Some(v) = l.figures.fines {
                w.number(r, c + 8, v, money, || format!("{:>10}", fmt_money(v)))?;
            }
            if let Some(v) = l.figures.pay_adjustment {
                w.number(r, c + 9, v, money, || format!("{:>12}", fmt_money(v)))?;
            }
            // Wrapped in a column of its own width, not measured: a long list of actions would
            // otherwise widen the page and shrink every figure when it is printed to one page wide.
            if !l.actions.is_empty() {
                w.sheet.write_string_with_format(r, c + 10, super::xlsx::excel_text(&l.actions).as_ref(), &wrap)?;
            }
        }
        print_setup(w.sheet)?;
        w.sheet.set_repeat_rows(0, 1)?;
        w.finish()?;
    }
    book.worksheet_from_name(&main_name)?.set_column_width((4 + s.months.len() * 3 + PERIOD_COLUMNS.len() - 1) as u16, 30)?;
    {
        // Each team's average work score by month: the chart's data, then the chart.
        let sheet = book.add_worksheet().set_name(teams_name)?;
        let mut w = SheetWriter::new(sheet);
        let mut headers: Vec<String> = vec![column(lang, "month")];
        headers.extend(s.teams.iter().map(|t| team_label(&t.team, lang)));
        let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
        w.headers(&refs, &f.header, s.months.len())?;
        for (i, m) in s.months.iter().enumerate() {
            let r = i as u32 + 1;
            w.text(r, 0, &m.to_string())?;
            for (t, team) in s.teams.iter().enumerate() {
                if let Some(v) = team.average_work_by_month[i] {
                    w.number(r, t as u16 + 1, v, &f.score, || fmt_score(v))?;
                }
            }
        }
        print_setup(w.sheet)?;
        w.finish()?;
        if !s.teams.is_empty() {
            let mut chart = Chart::new(ChartType::Line);
            let last = s.months.len() as u32;
            for t in 0..s.teams.len() {
                let c = t as u16 + 1;
                chart
                    .add_series()
                    .set_name((teams_name, 0, c))
                    .set_categories((teams_name, 1, 0, last, 0))
                    .set_values((teams_name, 1, c, last, c))
                    .set_marker(ChartMarker::new().set_automatic());
            }
            chart.title().set_name(tr!(lang, "out-period-chart-title").as_str());
            chart.x_axis().set_name(column(lang, "month").as_str());
            chart.y_axis().set_name(tr!(lang, "out-chart-average").as_str()).set_min(0);
            if let Some(max) = s.out_of {
                chart.y_axis().set_max(max.to_f64().unwrap_or(50.0));
            }
            book.worksheet_from_name(teams_name)?.insert_chart(1, s.teams.len() as u16 + 2, &chart)?;
        }
    }
    book.save_to_writer(out)
}
