//! `kaohe compare` rendered: the agents whose scores, actions or pay change, the money totals
//! under each rules file and the cost difference — on the terminal, as JSON, and as a workbook
//! (every agent, each measure under both rules and the difference; the totals).

use rust_decimal::Decimal;
use rust_xlsxwriter::{Format, Workbook, XlsxError};
use serde_json::{json, Value};

use super::terminal::Table;
use super::xlsx::{column, print_setup, Formats, SheetWriter};
use crate::compare::{AgentComparison, Comparison, SCORE_COLUMNS};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::pay::MONEY_COLUMNS;
use crate::score::Action;
use crate::tr;

/// `+250.00`, `-50.00`, `0.00`.
fn signed_money(d: Decimal) -> String {
    if d > Decimal::ZERO {
        format!("+{}", fmt_money(d))
    } else {
        fmt_money(d)
    }
}

/// `47` when equal, else `47 → 45`.
fn pair(a: String, b: String) -> String {
    if a == b {
        a
    } else {
        format!("{a} → {b}")
    }
}

fn actions_text(codes: &str, lang: Lang) -> String {
    if codes.is_empty() {
        return "-".into();
    }
    codes
        .split(';')
        .map(|c| Action::ALL.iter().find(|a| a.code() == c).map_or_else(|| c.to_string(), |a| a.name(lang)))
        .collect::<Vec<_>>()
        .join(&tr!(lang, "out-action-sep"))
}

/// The name of a money column (`MONEY_COLUMNS` order) or a score column (`SCORE_COLUMNS`).
fn measure_name(lang: Lang, code: &str) -> String {
    if MONEY_COLUMNS.contains(&code) {
        tr_id(lang, super::summary::money_id(code))
    } else {
        column(lang, code)
    }
}

fn tr_id(lang: Lang, id: &str) -> String {
    crate::i18n::text(lang, id, None)
}

/// The terminal report.
pub fn text(c: &Comparison, lang: Lang) -> String {
    let changed: Vec<&AgentComparison> = c.changed().collect();
    let mut out = format!(
        "{}\n{}\n",
        tr!(lang, "out-compare-head", month = c.month.to_string(), base = c.base_rules.as_str(), tried = c.proposed_rules.as_str()),
        tr!(lang, "out-compare-changed", changed = changed.len(), agents = c.agents.len())
    );
    if !changed.is_empty() {
        let mut t = Table::new(vec![
            (tr!(lang, "out-compare-col-agent"), false),
            (tr!(lang, "out-compare-col-name"), false),
            (tr!(lang, "out-compare-col-work"), true),
            (tr!(lang, "out-compare-col-total"), true),
            (tr!(lang, "out-compare-col-rewards"), true),
            (tr!(lang, "out-compare-col-pay-adj"), true),
            (tr!(lang, "out-compare-col-gross"), true),
            (tr!(lang, "out-compare-difference"), true),
            (tr!(lang, "out-compare-col-actions"), false),
        ]);
        for a in changed {
            let (b, p) = (a.base, a.proposed);
            let (ba, pa) = a.actions();
            t.row(vec![
                b.agent.id.clone(),
                b.agent.name.clone(),
                pair(fmt_score(b.work.score), fmt_score(p.work.score)),
                pair(fmt_score(b.total_score), fmt_score(p.total_score)),
                pair(fmt_money(b.pay.rewards), fmt_money(p.pay.rewards)),
                pair(fmt_money(b.pay.pay_adjustment), fmt_money(p.pay.pay_adjustment)),
                pair(fmt_money(b.pay.gross_pay), fmt_money(p.pay.gross_pay)),
                signed_money(a.gross_difference()),
                pair(actions_text(&ba, lang), actions_text(&pa, lang)),
            ]);
        }
        out.push_str(&t.render());
    }
    let mut t = Table::new(vec![
        (tr!(lang, "out-total"), false),
        (tr!(lang, "out-compare-in-force"), true),
        (tr!(lang, "out-compare-tried"), true),
        (tr!(lang, "out-compare-difference"), true),
    ]);
    for (i, code) in MONEY_COLUMNS.iter().enumerate() {
        let (b, p) = (c.base_totals.0[i], c.proposed_totals.0[i]);
        t.row(vec![measure_name(lang, code), fmt_money(b), fmt_money(p), signed_money(p - b)]);
    }
    out.push_str(&t.render());
    out.push_str(&tr!(lang, "out-compare-cost", amount = signed_money(c.cost_difference())));
    out.push('\n');
    out
}

fn side_json(a: &crate::score::Appraisal) -> Value {
    let scores = AgentComparison::scores(a);
    let mut m = serde_json::Map::new();
    for (name, v) in SCORE_COLUMNS.iter().zip(scores) {
        m.insert(name.to_string(), json!(fmt_score(v)));
    }
    for (name, v) in MONEY_COLUMNS.iter().zip(a.pay.amounts()) {
        m.insert(name.to_string(), json!(fmt_money(v)));
    }
    m.insert("full_marks_run".into(), json!(a.run.full_marks_run));
    m.insert("actions".into(), json!(crate::score::action_codes(&a.actions)));
    Value::Object(m)
}

/// The comparison for scripts: every agent under both rules, and the totals.
pub fn json(c: &Comparison) -> Value {
    let totals: serde_json::Map<String, Value> = MONEY_COLUMNS
        .iter()
        .enumerate()
        .map(|(i, name)| {
            let (b, p) = (c.base_totals.0[i], c.proposed_totals.0[i]);
            (name.to_string(), json!({"in_force": fmt_money(b), "tried": fmt_money(p), "difference": fmt_money(p - b)}))
        })
        .collect();
    json!({
        "month": c.month.to_string(),
        "rules_in_force": c.base_rules,
        "rules_tried": c.proposed_rules,
        "agents": c.agents.iter().map(|a| json!({
            "agent_id": a.base.agent.id,
            "name": a.base.agent.name,
            "team": a.base.agent.team,
            "status": a.base.agent.status.code(),
            "changed": a.changed(),
            "in_force": side_json(a.base),
            "tried": side_json(a.proposed),
            "gross_difference": fmt_money(a.gross_difference()),
        })).collect::<Vec<_>>(),
        "agents_changed": c.changed().count(),
        "totals": totals,
        "cost_difference": fmt_money(c.cost_difference()),
    })
}

/// The workbook: every agent with each measure in force, tried and the difference; the totals.
pub fn write_xlsx<W: std::io::Write + std::io::Seek + Send>(out: W, c: &Comparison, lang: Lang) -> Result<()> {
    build(out, c, lang).map_err(|e| KaoheError::io("compare.xlsx", std::io::Error::other(e.to_string())))
}

fn build<W: std::io::Write + std::io::Seek + Send>(out: W, c: &Comparison, lang: Lang) -> Result<(), XlsxError> {
    let f = Formats::new();
    let group = Format::new().set_bold().set_background_color("#DDEBF7").set_align(rust_xlsxwriter::FormatAlign::Center);
    let bold = Format::new().set_bold();
    let bold_money = Format::new().set_bold().set_num_format("#,##0.00");
    let mut book = Workbook::new();
    let title =
        tr!(lang, "out-compare-title", month = c.month.to_string(), base = c.base_rules.as_str(), tried = c.proposed_rules.as_str());
    {
        let sheet = book.add_worksheet().set_name(tr!(lang, "out-compare-sheet"))?;
        sheet.set_header(format!("&C{}", title.replace('&', "&&")));
        let mut w = SheetWriter::new(sheet);
        let lead: Vec<String> = ["agent_id", "name", "team", "status"].iter().map(|c| column(lang, c)).collect();
        let measures: Vec<&str> = SCORE_COLUMNS.iter().chain(MONEY_COLUMNS.iter().skip(2)).copied().collect();
        let sides = [tr!(lang, "out-compare-in-force"), tr!(lang, "out-compare-tried"), tr!(lang, "out-compare-difference")];
        for (i, h) in lead.iter().enumerate() {
            w.sheet.write_string_with_format(1, i as u16, h, &f.header)?;
            w.measure(i as u16, super::xlsx::display_width(h));
        }
        for (m, code) in measures.iter().enumerate() {
            let col = (lead.len() + m * 3) as u16;
            w.sheet.merge_range(0, col, 0, col + 2, &measure_name(lang, code), &group)?;
            for (k, side) in sides.iter().enumerate() {
                w.sheet.write_string_with_format(1, col + k as u16, side, &f.header)?;
                w.measure(col + k as u16, super::xlsx::display_width(side).max(10));
            }
        }
        let acol = (lead.len() + measures.len() * 3) as u16;
        w.sheet.merge_range(0, acol, 0, acol + 1, &column(lang, "actions"), &group)?;
        w.sheet.write_string_with_format(1, acol, &sides[0], &f.header)?;
        w.sheet.write_string_with_format(1, acol + 1, &sides[1], &f.header)?;
        w.sheet.set_freeze_panes(2, 2)?;
        let values = |a: &crate::score::Appraisal| -> Vec<Decimal> {
            let mut v = AgentComparison::scores(a).to_vec();
            v.extend(a.pay.amounts().into_iter().skip(2));
            v
        };
        let score_count = SCORE_COLUMNS.len();
        for (i, a) in c.agents.iter().enumerate() {
            let r = i as u32 + 2;
            w.text(r, 0, &a.base.agent.id)?;
            w.text(r, 1, &a.base.agent.name)?;
            w.text(r, 2, &a.base.agent.team)?;
            w.text(r, 3, &a.base.agent.status.name(lang))?;
            for (m, (b, p)) in values(a.base).into_iter().zip(values(a.proposed)).enumerate() {
                let col = (lead.len() + m * 3) as u16;
                let fmt = if m < score_count { &f.score } else { &f.money };
                for (k, v) in [b, p, p - b].into_iter().enumerate() {
                    w.number(r, col + k as u16, v, fmt, || fmt_money(v))?;
                }
            }
            let (ba, pa) = a.actions();
            w.text(r, acol, &actions_text(&ba, lang))?;
            w.text(r, acol + 1, &actions_text(&pa, lang))?;
        }
        // Totals of the money columns.
        let r = c.agents.len() as u32 + 2;
        w.sheet.write_string_with_format(r, 0, tr!(lang, "out-total"), &bold)?;
        for i in 2..MONEY_COLUMNS.len() {
            let col = (lead.len() + (score_count + i - 2) * 3) as u16;
            let (b, p) = (c.base_totals.0[i], c.proposed_totals.0[i]);
            for (k, v) in [b, p, p - b].into_iter().enumerate() {
                w.sheet.write_number_with_format(
                    r,
                    col + k as u16,
                    rust_decimal::prelude::ToPrimitive::to_f64(&v).unwrap_or(0.0),
                    &bold_money,
                )?;
            }
        }
        print_setup(w.sheet)?;
        w.sheet.set_repeat_rows(0, 1)?;
        w.finish()?;
    }
    {
        let sheet = book.add_worksheet().set_name(tr!(lang, "out-compare-totals-sheet"))?;
        let mut w = SheetWriter::new(sheet);
        let headers = [
            tr!(lang, "out-total"),
            tr!(lang, "out-compare-in-force"),
            tr!(lang, "out-compare-tried"),
            tr!(lang, "out-compare-difference"),
        ];
        let refs: Vec<&str> = headers.iter().map(String::as_str).collect();
        w.headers(&refs, &f.header, MONEY_COLUMNS.len())?;
        for (i, code) in MONEY_COLUMNS.iter().enumerate() {
            let r = i as u32 + 1;
            let (b, p) = (c.base_totals.0[i], c.proposed_totals.0[i]);
            w.text(r, 0, &measure_name(lang, code))?;
            for (k, v) in [b, p, p - b].into_iter().enumerate() {
                w.number(r, k as u16 + 1, v, &f.money, || super::xlsx::money_shown(v))?;
            }
        }
        let r = MONEY_COLUMNS.len() as u32 + 2;
        w.sheet.write_string_with_format(r, 0, tr!(lang, "out-compare-cost-label"), &bold)?;
        let diff = c.cost_difference();
        w.sheet.write_number_with_format(r, 3, rust_decimal::prelude::ToPrimitive::to_f64(&diff).unwrap_or(0.0), &bold_money)?;
        w.text(r + 1, 0, &title)?;
        print_setup(w.sheet)?;
        w.finish()?;
    }
    book.save_to_writer(out)
}
