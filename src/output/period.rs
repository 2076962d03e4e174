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
use super::xlsx::{print_setup, Formats, SheetWriter};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::period::{AgentPeriod, MonthCell, PeriodSummary, TeamPeriod};
use crate::score::Action;

fn title(s: &PeriodSummary, lang: Lang) -> String {
    let p = &s.period;
    match (lang, p.is_year()) {
        (Lang::En, true) => format!("Yearly appraisal {} ({} – {})", p.label(), p.first, p.last),
        (Lang::En, false) => format!("Quarterly appraisal {} ({} – {})", p.label(), p.first, p.last),
        (Lang::Zh | Lang::ZhTw, true) => format!("{} 年度考核({} 至 {})", p.label(), p.first, p.last),
        (Lang::Zh | Lang::ZhTw, false) => format!("{} 季度考核({} 至 {})", p.label(), p.first, p.last),
    }
}

fn team_label(team: &str, lang: Lang) -> String {
    if team.is_empty() {
        lang.pick("(no team)", "(无班组)").to_string()
    } else {
        team.to_string()
    }
}

fn actions_text(actions: &std::collections::BTreeMap<String, usize>, lang: Lang) -> String {
    // In the scheme's order, not the codes' alphabetical one.
    let mut list: Vec<(usize, String)> = actions
        .iter()
        .map(|(code, n)| match Action::ALL.iter().position(|a| a.code() == code) {
            Some(i) => (i, format!("{}×{n}", lang.pick(code, Action::ALL[i].zh()))),
            None => (usize::MAX, format!("{code}×{n}")),
        })
        .collect();
    list.sort();
    list.into_iter().map(|(_, t)| t).collect::<Vec<_>>().join(" ")
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
        out.push_str(lang.pick("  (no months recorded in this period)\n", "  (本期间没有记录的月份)\n"));
        return out;
    }
    let mut columns: Vec<(String, bool)> = vec![
        (lang.pick("team", "班组").into(), false),
        (lang.pick("rank", "名次").into(), true),
        (lang.pick("agent", "工号").into(), false),
        (lang.pick("name", "姓名").into(), false),
    ];
    columns.extend(s.months.iter().map(|m| (m.to_string(), true)));
    columns.extend(
        [
            lang.pick("avg work", "平均工作分"),
            lang.pick("avg total", "平均总分"),
            lang.pick("lowest", "最低"),
            lang.pick("below", "低于线"),
            lang.pick("full", "满分月"),
            lang.pick("awards", "特殊奖"),
            lang.pick("fines", "罚款"),
            lang.pick("pay adj.", "考核增减"),
        ]
        .map(|h| (h.to_string(), true)),
    );
    columns.push((lang.pick("actions", "处理").into(), false));
    let mut t = Table::new(columns);
    for (team, agents) in s.by_team() {
        for a in agents {
            let mut row = vec![team_label(&a.team, lang), a.rank.to_string(), a.agent_id.clone(), a.name.clone()];
            row.extend(a.months.iter().map(|c| c.as_ref().map(|c| fmt_score(c.work)).unwrap_or_default()));
            row.extend([
                fmt_score(a.average_work),
                opt_score(a.average_total),
                format!("{} ({})", fmt_score(a.lowest.1), a.lowest.0),
                a.months_below.to_string(),
                a.full_marks_months.to_string(),
                a.special_awards.to_string(),
                opt_money(a.fines),
                opt_money(a.pay_adjustment),
                actions_text(&a.actions, lang),
            ]);
            t.row(row);
        }
        let mut row = vec![
            team_label(&team.team, lang),
            lang.pick("subtotal", "小计").into(),
            match lang {
                Lang::En => format!("{} agent(s)", team.agents),
                Lang::Zh | Lang::ZhTw => format!("{} 人", team.agents),
            },
            String::new(),
        ];
        row.extend(team.average_work_by_month.iter().map(|a| opt_score(*a)));
        row.extend([
            fmt_score(team.average_work),
            opt_score(team.average_total),
            format!("{} ({})", fmt_score(team.lowest.1), team.lowest.0),
            team.months_below.to_string(),
            team.full_marks_months.to_string(),
            team.special_awards.to_string(),
            opt_money(team.fines),
            opt_money(team.pay_adjustment),
            actions_text(&team.actions, lang),
        ]);
        t.row(row);
    }
    out.push_str(&t.render());
    out.push_str(lang.pick(
        "months: work score (team rows: the team's average); below = months under the retrain threshold; empty = not known (imported months hold only the work score); --out FILE.xlsx|FILE.csv adds each month's total and pay adjustment\n",
        "各月为工作考核分(小计行为班组平均);低于线 = 低于强化培训线的月数;空白 = 未知(导入的月份只有工作考核分);--out FILE.xlsx|FILE.csv 另含各月总分和考核增减\n",
    ));
    out
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
        json!({
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
            "average_work_score": fmt_score(a.average_work),
            "average_total_score": a.average_total.map(fmt_score),
            "lowest": {"month": a.lowest.0.to_string(), "work_score": fmt_score(a.lowest.1)},
            "months_below_threshold": a.months_below,
            "full_marks_months": a.full_marks_months,
            "special_awards": a.special_awards,
            "fines": a.fines.map(fmt_money),
            "pay_adjustment": a.pay_adjustment.map(fmt_money),
            "actions": a.actions,
        })
    };
    let team = |t: &TeamPeriod| {
        json!({
            "team": t.team,
            "agents": t.agents,
            "average_work_score_by_month": t.average_work_by_month.iter().map(|a| a.map(fmt_score)).collect::<Vec<_>>(),
            "average_total_score_by_month": t.average_total_by_month.iter().map(|a| a.map(fmt_score)).collect::<Vec<_>>(),
            "pay_adjustment_by_month": t.pay_adjustment_by_month.iter().map(|a| a.map(fmt_money)).collect::<Vec<_>>(),
            "average_work_score": fmt_score(t.average_work),
            "average_total_score": t.average_total.map(fmt_score),
            "lowest": {"month": t.lowest.0.to_string(), "work_score": fmt_score(t.lowest.1)},
            "months_below_threshold": t.months_below,
            "full_marks_months": t.full_marks_months,
            "special_awards": t.special_awards,
            "fines": t.fines.map(fmt_money),
            "pay_adjustment": t.pay_adjustment.map(fmt_money),
            "actions": t.actions,
        })
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
const MONTH_MEASURES: [(&str, &str); 3] = [("work_score", "工作考核分"), ("total_score", "总分"), ("pay_adjustment", "考核增减")];

/// The columns after the months, in order.
const PERIOD_COLUMNS: [(&str, &str); 11] = [
    ("months", "月数"),
    ("average_work_score", "平均工作考核分"),
    ("average_total_score", "平均总分"),
    ("lowest_work_score", "最低工作考核分"),
    ("lowest_month", "最低月份"),
    ("months_below_threshold", "低于强化培训线月数"),
    ("full_marks_months", "满分月数"),
    ("special_awards", "特殊奖励次数"),
    ("fines", "罚款"),
    ("pay_adjustment", "考核增减合计"),
    ("actions", "处理"),
];

/// One summary line (an agent or a team subtotal) as the exports hold it.
struct Line {
    kind: &'static str,
    team: String,
    rank: Option<usize>,
    agent_id: String,
    name: String,
    months: Vec<[Option<Decimal>; 3]>,
    recorded: usize,
    average_work: Decimal,
    average_total: Option<Decimal>,
    lowest: (crate::month::Month, Decimal),
    below: usize,
    full: usize,
    awards: usize,
    fines: Option<Decimal>,
    pay_adjustment: Option<Decimal>,
    actions: String,
}

fn lines(s: &PeriodSummary, lang: Lang) -> Vec<Line> {
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
                average_work: a.average_work,
                average_total: a.average_total,
                lowest: a.lowest,
                below: a.months_below,
                full: a.full_marks_months,
                awards: a.special_awards,
                fines: a.fines,
                pay_adjustment: a.pay_adjustment,
                actions: actions_text(&a.actions, lang),
            });
        }
        out.push(Line {
            kind: "team_subtotal",
            team: team.team.clone(),
            rank: None,
            agent_id: String::new(),
            name: match lang {
                Lang::En => format!("subtotal {} ({} agent(s))", team_label(&team.team, lang), team.agents),
                Lang::Zh | Lang::ZhTw => format!("{} 小计({} 人)", team_label(&team.team, lang), team.agents),
            },
            months: (0..s.months.len())
                .map(|i| [team.average_work_by_month[i], team.average_total_by_month[i], team.pay_adjustment_by_month[i]])
                .collect(),
            recorded: agents.iter().map(|a| a.recorded()).sum(),
            average_work: team.average_work,
            average_total: team.average_total,
            lowest: team.lowest,
            below: team.months_below,
            full: team.full_marks_months,
            awards: team.special_awards,
            fines: team.fines,
            pay_adjustment: team.pay_adjustment,
            actions: actions_text(&team.actions, lang),
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
        header.extend(MONTH_MEASURES.iter().map(|(en, _)| format!("{m} {en}")));
    }
    header.extend(PERIOD_COLUMNS.iter().map(|(en, _)| en.to_string()));
    w.write_record(&header).map_err(csv_err)?;
    for l in lines(s, lang) {
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
            fmt_score(l.average_work),
            opt_score(l.average_total),
            fmt_score(l.lowest.1),
            l.lowest.0.to_string(),
            l.below.to_string(),
            l.full.to_string(),
            l.awards.to_string(),
            opt_money(l.fines),
            opt_money(l.pay_adjustment),
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
    let bold_score = Format::new().set_bold().set_num_format("0.##");
    let group = Format::new().set_bold().set_background_color("#DDEBF7").set_align(rust_xlsxwriter::FormatAlign::Center);
    let wrap = Format::new().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
    let mut book = Workbook::new();
    let main_name = match (lang, s.period.is_year()) {
        (Lang::En, true) => format!("year {}", s.period.label()),
        (Lang::En, false) => format!("quarter {}", s.period.label()),
        (Lang::Zh | Lang::ZhTw, true) => format!("{}年度考核", s.period.label()),
        (Lang::Zh | Lang::ZhTw, false) => format!("{}季度考核", s.period.label()),
    };
    let teams_name = lang.pick("teams by month", "班组月度平均");
    {
        let sheet = book.add_worksheet().set_name(&main_name)?;
        sheet.set_header(format!("&C{}", title(s, lang)));
        sheet.set_footer("&C&P / &N");
        let mut w = SheetWriter::new(sheet);
        // Two header rows: the month over its three measures, then each column's name.
        let lead =
            [lang.pick("team", "班组"), lang.pick("rank_in_team", "组内名次"), lang.pick("agent_id", "工号"), lang.pick("name", "姓名")];
        let mut names: Vec<&str> = lead.to_vec();
        for _ in &s.months {
            names.extend(MONTH_MEASURES.iter().map(|(en, zh)| lang.pick(en, zh)));
        }
        names.extend(PERIOD_COLUMNS.iter().map(|(en, zh)| lang.pick(en, zh)));
        // Column names wrap onto two lines instead of widening their columns: 24 columns must
        // print one page wide and stay readable.
        let header = f.header.clone().set_text_wrap().set_align(rust_xlsxwriter::FormatAlign::Top);
        for (c, n) in names.iter().enumerate() {
            w.sheet.write_string_with_format(1, c as u16, *n, &header)?;
            w.measure(c as u16, super::xlsx::display_width(n).min(8));
        }
        w.sheet.set_row_height(1, 30)?;
        for (i, m) in s.months.iter().enumerate() {
            let c = (lead.len() + i * 3) as u16;
            w.sheet.merge_range(0, c, 0, c + 2, &m.to_string(), &group)?;
        }
        let after = (lead.len() + s.months.len() * 3) as u16;
        w.sheet.merge_range(0, after, 0, after + PERIOD_COLUMNS.len() as u16 - 1, lang.pick("period", "本期"), &group)?;
        w.sheet.set_freeze_panes(2, lead.len() as u16)?;
        for (r, l) in (2u32..).zip(lines(s, lang)) {
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
            w.number(r, c + 1, l.average_work, score, || fmt_score(l.average_work))?;
            if let Some(v) = l.average_total {
                w.number(r, c + 2, v, score, || fmt_score(v))?;
            }
            w.number(r, c + 3, l.lowest.1, score, || fmt_score(l.lowest.1))?;
            w.text(r, c + 4, &l.lowest.0.to_string())?;
            w.count(r, c + 5, l.below)?;
            w.count(r, c + 6, l.full)?;
            w.count(r, c + 7, l.awards)?;
            if let Some(v) = l.fines {
                w.number(r, c + 8, v, money, || format!("{:>10}", fmt_money(v)))?;
            }
            if let Some(v) = l.pay_adjustment {
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
        let mut headers: Vec<String> = vec![lang.pick("month", "月份").into()];
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
            chart.title().set_name(lang.pick("Average work score by team and month", "各班组每月工作考核平均分"));
            chart.x_axis().set_name(lang.pick("month", "月份"));
            chart.y_axis().set_name(lang.pick("average work score", "工作考核平均分")).set_min(0);
            if let Some(max) = s.out_of {
                chart.y_axis().set_max(max.to_f64().unwrap_or(50.0));
            }
            book.worksheet_from_name(teams_name)?.insert_chart(1, s.teams.len() as u16 + 2, &chart)?;
        }
    }
    book.save_to_writer(out)
}
