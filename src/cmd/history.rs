//! `kaohe history`: what the ledger remembers (SPEC 4) — the closed and imported months, an
//! agent's months, the versions of a reopened month side by side, the corrections due and paid,
//! and the quarterly and yearly appraisals (printed, `--json`, or `--out FILE.xlsx|FILE.csv`).
//! `kaohe history import FILE` loads earlier months' work scores for teams that start mid-year,
//! judged by `--rules`. Only `import` writes the ledger; every month is judged by its own rules.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use rust_decimal::Decimal;
use serde_json::{json, Value};

use super::close::{change_json, change_line, correction_json, field_name, field_value};
use super::run::signed;
use super::{local_date, local_time};
use crate::check::{Step, TableDriver};
use crate::error::{KaoheError, Result};
use crate::input::{display_name, excel, is_workbook, Cell, TableLocation};
use crate::lang::Lang;
use crate::ledger::{Correction, ImportRow, Ledger, MonthVersion, StoredMonth};
use crate::month::Month;
use crate::num::{fmt_money, fmt_score, parse_decimal};
use crate::output::terminal::Table;
pub use crate::period::Period;
use crate::period::{summarize, Judged};
use crate::problem::Problem;
use crate::rules::{shown_name, Rules};
use crate::schema::{ColumnDef, TableDef};
use crate::tr;

/// A table whose column headers are catalog ids.
fn columns(lang: Lang, ids: &[(&str, bool)]) -> Table {
    Table::new(ids.iter().map(|(id, right)| (crate::i18n::text(lang, id, None), *right)).collect())
}

/// What `kaohe history` shows.
#[derive(Debug, Clone)]
pub struct ShowArgs {
    pub ledger: PathBuf,
    pub agent: Option<String>,
    /// With `--month`: the versions of that month.
    pub month: Option<Month>,
    pub period: Option<Period>,
    /// With a period: the export, `.xlsx` or `.csv`.
    pub out: Option<PathBuf>,
    pub json: bool,
    pub lang: Lang,
}

/// `kaohe history [--agent ID] [--month M] [--year Y | --quarter YYYYQn [--out FILE]] [--json]`.
pub fn show(args: &ShowArgs) -> Result<()> {
    let lang = args.lang;
    if args.out.is_some() && args.period.is_none() {
        return Err(KaoheError::Usage(tr!(lang, "history-out-needs-period")));
    }
    if args.period.is_some() && args.month.is_some() {
        return Err(KaoheError::Usage(tr!(lang, "history-month-and-period")));
    }
    let Some(l) = Ledger::open_read_only(&args.ledger, lang)? else {
        return Err(KaoheError::Ledger { path: args.ledger.clone(), message: tr!(lang, "history-no-ledger") });
    };
    let agent = args.agent.as_deref().map(str::trim);
    let (text, doc) = match (args.period, args.month, agent) {
        (Some(p), _, _) => period_view(&l, p, agent, args.out.as_deref(), lang)?,
        (None, Some(m), Some(a)) => agent_versions(&l, m, a, lang)?,
        (None, Some(m), None) => month_versions(&l, m, lang)?,
        (None, None, Some(a)) => agent_months(&l, a, lang)?,
        (None, None, None) => overview(&l, lang)?,
    };
    if args.json {
        super::print_json(doc);
    } else {
        super::say(&text);
    }
    Ok(())
}

fn opt_score(d: Option<Decimal>) -> String {
    d.map(fmt_score).unwrap_or_default()
}

fn opt_money(d: Option<Decimal>) -> String {
    d.map(fmt_money).unwrap_or_default()
}

fn version_json(v: &MonthVersion) -> Value {
    json!({
        "month": v.month.to_string(),
        "version": v.version,
        "in_force": v.current,
        "closed_at": v.closed_at,
        "closed_by": v.closed_by,
        "reason": v.reason,
        "rules_name": v.rules_name,
        "rules_sha256": v.rules_sha256,
        "agents": v.agents,
        "work_total": v.work_total,
        "pay_adjustment_total": v.pay_adjustment_total,
        "gross_total": v.gross_total,
        "replaced_at": v.replaced_at,
        "replaced_by": v.replaced_by,
    })
}

fn row_json(r: &StoredMonth) -> Value {
    json!({
        "month": r.month.to_string(),
        "agent_id": r.agent_id,
        "source": r.source,
        "name": r.name,
        "team": r.team,
        "status": r.status,
        "work_score": fmt_score(r.work_score),
        "attendance_score": r.attendance_score.map(fmt_score),
        "hygiene_score": r.hygiene_score.map(fmt_score),
        "special_score": r.special_score.map(fmt_score),
        "total_score": r.total_score.map(fmt_score),
        "base_salary": r.base_salary.map(fmt_money),
        "allowance": r.allowance.map(fmt_money),
        "appraisal_wage": r.appraisal_wage.map(fmt_money),
        "attendance_bonus": r.attendance_bonus.map(fmt_money),
        "special_bonus": r.special_bonus.map(fmt_money),
        "rewards": r.rewards.map(fmt_money),
        "fines": r.fines.map(fmt_money),
        "pay_adjustment": r.pay_adjustment.map(fmt_money),
        "gross_pay": r.gross_pay.map(fmt_money),
        "full_marks_run": r.full_marks_run,
        "actions": r.actions,
    })
}

/// The closed months (with their versions), the imported months and the corrections still due.
fn overview(l: &Ledger, lang: Lang) -> Result<(String, Value)> {
    let closed = l.closed_months()?;
    let rows = l.rows("WHERE source = 'imported'", [])?;
    let due: Vec<Correction> = l.corrections()?.into_iter().filter(|c| c.state == crate::ledger::CorrectionState::Due).collect();
    let mut s = format!("{}\n", tr!(lang, "history-closed-months"));
    if closed.is_empty() {
        s.push_str(&format!("  {}\n", tr!(lang, "history-none")));
    } else {
        let mut t = columns(
            lang,
            &[
                ("history-col-month", false),
                ("history-col-version", false),
                ("history-col-agents", true),
                ("history-col-gross-total", true),
                ("history-col-closed-at", false),
                ("history-col-by", false),
                ("history-col-rules", false),
            ],
        );
        for c in &closed {
            let short = c.rules_sha256.get(..12).unwrap_or(&c.rules_sha256);
            t.row(vec![
                c.month.to_string(),
                format!("v{}", c.version),
                c.agents.to_string(),
                c.gross_total.clone(),
                local_time(&c.closed_at),
                c.closed_by.clone(),
                format!("{} ({short}…)", shown_name(&c.rules_name, lang)),
            ]);
        }
        s.extend(t.render().lines().map(|l| format!("  {l}\n")));
    }
    let mut imported: BTreeMap<Month, usize> = BTreeMap::new();
    for r in &rows {
        *imported.entry(r.month).or_default() += 1;
    }
    if !imported.is_empty() {
        s.push_str(&format!("{}\n", tr!(lang, "history-imported-months")));
        let mut t = columns(lang, &[("history-col-month", false), ("history-col-agents", true)]);
        for (m, n) in &imported {
            t.row(vec![m.to_string(), n.to_string()]);
        }
        s.extend(t.render().lines().map(|l| format!("  {l}\n")));
    }
    if !due.is_empty() {
        let net: Decimal = due.iter().map(|c| c.delta).sum();
        s.push_str(&format!("{}\n", tr!(lang, "history-corrections-due", count = due.len(), net = signed(net))));
    }
    let doc = json!({
        "closed_months": closed.iter().map(version_json).collect::<Vec<_>>(),
        "imported_months": imported.iter().map(|(m, n)| json!({"month": m.to_string(), "agents": n})).collect::<Vec<_>>(),
        "corrections_due": due.iter().map(correction_json).collect::<Vec<_>>(),
    });
    Ok((s, doc))
}

/// One agent's months (the versions in force) and their corrections.
fn agent_months(l: &Ledger, agent: &str, lang: Lang) -> Result<(String, Value)> {
    let rows = l.rows("WHERE agent_id = ?1", [agent])?;
    let versions: HashMap<Month, i64> = l.closed_months()?.into_iter().map(|c| (c.month, c.version)).collect();
    let corrections: Vec<Correction> = l.corrections()?.into_iter().filter(|c| c.agent_id == agent).collect();
    if rows.is_empty() && corrections.is_empty() {
        return Err(KaoheError::Refused(tr!(lang, "history-agent-unknown", agent = agent, ledger = l.path().display().to_string())));
    }
    let mut t = columns(
        lang,
        &[
            ("history-col-month", false),
            ("history-col-version", false),
            ("history-col-name", false),
            ("history-col-work", true),
            ("history-col-total", true),
            ("history-col-rewards", true),
            ("history-col-pay-adjustment", true),
            ("history-col-gross", true),
            ("history-col-run", true),
            ("history-col-actions", false),
        ],
    );
    for r in &rows {
        let name = r.name.clone().unwrap_or_else(|| tr!(lang, "history-imported"));
        t.row(vec![
            r.month.to_string(),
            if r.is_imported() { String::new() } else { versions.get(&r.month).map(|v| format!("v{v}")).unwrap_or_default() },
            name,
            fmt_score(r.work_score),
            opt_score(r.total_score),
            opt_money(r.rewards),
            opt_money(r.pay_adjustment),
            opt_money(r.gross_pay),
            r.full_marks_run.map(|n| n.to_string()).unwrap_or_default(),
            if r.actions.is_empty() { String::new() } else { field_value("actions", &r.actions, lang) },
        ]);
    }
    let mut s = if t.is_empty() { String::new() } else { t.render() };
    if !corrections.is_empty() {
        s.push_str(&format!("{}\n", tr!(lang, "history-corrections")));
        for c in &corrections {
            s.push_str(&correction_line(c, lang));
        }
    }
    let appeals = l.appeals(None, Some(agent))?;
    s.push_str(&appeals_text(&appeals, false, lang));
    if versions.iter().any(|(m, v)| *v > 1 && rows.iter().any(|r| r.month == *m)) {
        s.push_str(&format!("{}\n", tr!(lang, "history-reopened-note")));
    }
    let doc = json!({
        "agent_id": agent,
        "months": rows.iter().map(|r| {
            let mut v = row_json(r);
            if let (Some(o), Some(ver)) = (v.as_object_mut(), versions.get(&r.month).filter(|_| !r.is_imported())) {
                o.insert("version".into(), json!(ver));
            }
            v
        }).collect::<Vec<_>>(),
        "corrections": corrections.iter().map(correction_json).collect::<Vec<_>>(),
        "appeals": appeals,
    });
    Ok((s, doc))
}

/// The findings under appeal recorded with the closes in force (SPEC 2.6), one line each:
/// `2026-10 1003 1d 2026-10-15 qa.csv:44 李秀梅 pending`.
fn appeals_text(appeals: &[crate::ledger::AppealRecord], month_view: bool, lang: Lang) -> String {
    if appeals.is_empty() {
        return String::new();
    }
    let pending = appeals.iter().filter(|a| a.state == "pending").count();
    let mut s = format!("{}\n", tr!(lang, "history-appeals", count = appeals.len(), pending = pending));
    let mut ids: Vec<(&str, bool)> = if month_view { Vec::new() } else { vec![("history-col-month", false)] };
    ids.extend([
        ("history-col-agent", false),
        ("history-col-leaf", false),
        ("history-col-date", false),
        ("history-col-row", false),
        ("history-col-inspector", false),
        ("history-col-appeal", false),
        ("history-col-decided-by", false),
        ("history-col-note", false),
    ]);
    let mut t = columns(lang, &ids);
    for a in appeals {
        let state = crate::model::Appeal::ALL.iter().find(|x| x.code() == a.state).map_or_else(|| a.state.clone(), |x| x.name(lang));
        let mut row = if month_view { Vec::new() } else { vec![a.month.to_string()] };
        row.extend([
            a.agent_id.clone(),
            a.leaf.clone(),
            a.date.to_string(),
            a.place.clone(),
            a.inspector.clone(),
            state,
            match (&a.decided_by, a.decided_on) {
                (by, Some(on)) => format!("{by} {on}").trim().to_string(),
                (by, None) => by.clone(),
            },
            a.note.clone(),
        ]);
        t.row(row);
    }
    s.push_str(&t.render());
    s
}

fn correction_line(c: &Correction, lang: Lang) -> String {
    let state = match (c.state, c.settled_in) {
        (crate::ledger::CorrectionState::Settled, Some(m)) => tr!(lang, "history-settled-with", month = m.to_string()),
        (state, _) => state.name(lang),
    };
    format!(
        "  {}\n",
        tr!(
            lang,
            "history-correction",
            month = c.month.to_string(),
            id = c.agent_id.as_str(),
            version = c.version,
            paid = fmt_money(c.paid_gross),
            new = fmt_money(c.new_gross),
            delta = signed(c.delta),
            kind = c.kind_name(lang),
            state = state,
            reason = c.reason.as_str()
        )
    )
}

fn versions_of(l: &Ledger, month: Month, lang: Lang) -> Result<Vec<MonthVersion>> {
    let versions = l.versions(month)?;
    if versions.is_empty() {
        return Err(KaoheError::Refused(tr!(
            lang,
            "history-not-closed",
            month = month.to_string(),
            ledger = l.path().display().to_string()
        )));
    }
    Ok(versions)
}

/// The note for versions that schema version 1 overwrote.
fn lost_versions_note(versions: &[MonthVersion], lang: Lang) -> String {
    let first = versions.first().map_or(1, |v| v.version);
    if first <= 1 {
        return String::new();
    }
    let range = if first == 2 { "1".to_string() } else { format!("1–{}", first - 1) };
    format!("  {}\n", tr!(lang, "history-lost-versions", range = range))
}

/// Every version of a month, and each agent's gross pay in each version side by side.
fn month_versions(l: &Ledger, month: Month, lang: Lang) -> Result<(String, Value)> {
    let versions = versions_of(l, month, lang)?;
    let mut s = format!("{}\n", tr!(lang, "history-versions-kept", month = month.to_string(), count = versions.len()));
    let mut t = columns(
        lang,
        &[
            ("history-col-version", false),
            ("history-col-closed-at", false),
            ("history-col-by", false),
            ("history-col-agents", true),
            ("history-col-gross-total", true),
            ("history-col-rules", false),
            ("history-col-reason", false),
            ("history-col-replaced", false),
        ],
    );
    for v in &versions {
        t.row(vec![
            if v.current { tr!(lang, "history-in-force", version = v.version) } else { format!("v{}", v.version) },
            local_time(&v.closed_at),
            v.closed_by.clone(),
            v.agents.to_string(),
            v.gross_total.clone(),
            shown_name(&v.rules_name, lang),
            v.reason.clone().unwrap_or_default(),
            match (&v.replaced_at, &v.replaced_by) {
                (Some(at), Some(by)) => format!("{} {by}", local_time(at)),
                _ => String::new(),
            },
        ]);
    }
    s.push_str(&t.render());
    s.push_str(&lost_versions_note(&versions, lang));
    // Each agent's gross pay per version.
    let mut rows: Vec<Vec<StoredMonth>> = Vec::new();
    for v in &versions {
        rows.push(l.version_rows(month, v.version)?);
    }
    let mut ids: Vec<(String, String)> = Vec::new();
    let mut seen: HashSet<&str> = HashSet::new();
    for r in rows.iter().flatten() {
        if seen.insert(r.agent_id.as_str()) {
            ids.push((r.agent_id.clone(), r.name.clone().unwrap_or_default()));
        }
    }
    let gross_by_version: Vec<HashMap<&str, Option<Decimal>>> =
        rows.iter().map(|rs| rs.iter().map(|r| (r.agent_id.as_str(), r.gross_pay)).collect()).collect();
    let mut agents_json = Vec::new();
    if versions.len() > 1 {
        let mut columns = vec![(tr!(lang, "history-col-agent"), false), (tr!(lang, "history-col-name"), false)];
        columns.extend(versions.iter().map(|v| (tr!(lang, "history-col-version-gross", version = v.version), true)));
        columns.push((tr!(lang, "history-col-change"), true));
        let mut t = Table::new(columns);
        for (id, name) in &ids {
            let gross: Vec<Option<Decimal>> = gross_by_version.iter().map(|g| g.get(id.as_str()).copied().flatten()).collect();
            let (first, last) = (gross.first().copied().flatten().unwrap_or_default(), gross.last().copied().flatten().unwrap_or_default());
            let mut row = vec![id.clone(), name.clone()];
            row.extend(gross.iter().map(|g| opt_money(*g)));
            row.push(if first == last { String::new() } else { signed(last - first) });
            t.row(row);
            agents_json.push(json!({
                "agent_id": id,
                "name": name,
                "gross_by_version": gross.iter().map(|g| g.map(fmt_money)).collect::<Vec<_>>(),
            }));
        }
        s.push_str(&t.render());
    }
    let appeals = l.appeals(Some(month), None)?;
    s.push_str(&appeals_text(&appeals, true, lang));
    let doc = json!({
        "month": month.to_string(),
        "versions": versions.iter().map(version_json).collect::<Vec<_>>(),
        "agents": agents_json,
        "appeals": appeals,
    });
    Ok((s, doc))
}

/// The fields of an agent month, as the versions view lists them (named by
/// [`super::close::field_name`]).
const FIELDS: [&str; 19] = [
    "name",
    "team",
    "status",
    "work_score",
    "attendance_score",
    "hygiene_score",
    "special_score",
    "total_score",
    "base_salary",
    "allowance",
    "appraisal_wage",
    "attendance_bonus",
    "special_bonus",
    "rewards",
    "fines",
    "pay_adjustment",
    "gross_pay",
    "full_marks_run",
    "actions",
];

fn field_of(r: &StoredMonth, field: &str) -> String {
    let s = |d: Option<Decimal>| opt_score(d);
    let m = |d: Option<Decimal>| opt_money(d);
    match field {
        "name" => r.name.clone().unwrap_or_default(),
        "team" => r.team.clone().unwrap_or_default(),
        "status" => r.status.clone().unwrap_or_default(),
        "work_score" => fmt_score(r.work_score),
        "attendance_score" => s(r.attendance_score),
        "hygiene_score" => s(r.hygiene_score),
        "special_score" => s(r.special_score),
        "total_score" => s(r.total_score),
        "base_salary" => m(r.base_salary),
        "allowance" => m(r.allowance),
        "appraisal_wage" => m(r.appraisal_wage),
        "attendance_bonus" => m(r.attendance_bonus),
        "special_bonus" => m(r.special_bonus),
        "rewards" => m(r.rewards),
        "fines" => m(r.fines),
        "pay_adjustment" => m(r.pay_adjustment),
        "gross_pay" => m(r.gross_pay),
        "full_marks_run" => r.full_marks_run.map(|n| n.to_string()).unwrap_or_default(),
        "actions" => r.actions.clone(),
        _ => String::new(),
    }
}

/// One agent's month in every version, side by side; `*` marks what changed.
fn agent_versions(l: &Ledger, month: Month, agent: &str, lang: Lang) -> Result<(String, Value)> {
    let versions = versions_of(l, month, lang)?;
    let mut rows: Vec<Option<StoredMonth>> = Vec::new();
    for v in &versions {
        rows.push(l.version_rows(month, v.version)?.into_iter().find(|r| r.agent_id == agent));
    }
    if rows.iter().all(Option::is_none) {
        return Err(KaoheError::Refused(tr!(lang, "history-agent-not-in-month", agent = agent, month = month.to_string())));
    }
    let mut s = format!("{}\n", tr!(lang, "history-agent-versions", agent = agent, month = month.to_string(), count = versions.len()));
    let mut columns = vec![(String::new(), false)];
    for v in &versions {
        let who = format!("v{} {} {}", v.version, local_date(&v.closed_at), v.closed_by);
        columns.push((who, true));
    }
    columns.push((String::new(), false));
    let mut t = Table::new(columns);
    let mut fields_json = serde_json::Map::new();
    for field in FIELDS {
        let values: Vec<String> = rows.iter().map(|r| r.as_ref().map(|r| field_of(r, field)).unwrap_or_default()).collect();
        let changed = values.windows(2).any(|w| w[0] != w[1]);
        let mut row = vec![field_name(field, lang)];
        row.extend(values.iter().map(|v| if v.is_empty() { String::new() } else { field_value(field, v, lang) }));
        row.push(if changed { "*".into() } else { String::new() });
        t.row(row);
        fields_json.insert(field.to_string(), json!(values));
    }
    s.push_str(&t.render());
    for (v, _) in versions.iter().zip(&rows).filter(|(v, _)| v.reason.is_some()) {
        s.push_str(&format!(
            "  {}\n",
            tr!(lang, "history-version-reason", version = v.version, reason = v.reason.as_deref().unwrap_or(""))
        ));
    }
    s.push_str(&lost_versions_note(&versions, lang));
    let corrections: Vec<Correction> = l.corrections()?.into_iter().filter(|c| c.agent_id == agent && c.month == month).collect();
    for c in &corrections {
        s.push_str(&correction_line(c, lang));
    }
    let doc = json!({
        "agent_id": agent,
        "month": month.to_string(),
        "versions": versions.iter().map(version_json).collect::<Vec<_>>(),
        "fields": fields_json,
        "rows": rows.iter().map(|r| r.as_ref().map(row_json)).collect::<Vec<_>>(),
        "corrections": corrections.iter().map(correction_json).collect::<Vec<_>>(),
    });
    Ok((s, doc))
}

/// The quarterly or yearly appraisal, each month judged by its own rules.
fn period_view(l: &Ledger, p: Period, agent: Option<&str>, out: Option<&Path>, lang: Lang) -> Result<(String, Value)> {
    let rows: Vec<StoredMonth> = l
        .rows("WHERE month >= ?1 AND month <= ?2", [p.first.to_string(), p.last.to_string()])?
        .into_iter()
        .filter(|r| agent.is_none_or(|a| r.agent_id == a))
        .collect();
    let mut rules: HashMap<Option<String>, Arc<Rules>> = HashMap::new();
    for r in &rows {
        if !rules.contains_key(&r.rules_sha256) {
            rules.insert(r.rules_sha256.clone(), l.rules_of(r.rules_sha256.as_deref())?);
        }
    }
    let judge = |r: &StoredMonth| {
        let rules = &rules[&r.rules_sha256];
        Judged {
            full_marks: r.on_post && r.work_score == rules.scheme.work_full_marks,
            below: r.on_post && r.work_score < rules.actions.retrain_below,
            out_of: rules.scheme.work_full_marks,
        }
    };
    let summary = summarize(&rows, p, &judge);
    let mut text = crate::output::period::text(&summary, lang);
    if let Some(path) = out {
        write_export(path, &summary, lang)?;
        text.push_str(&format!("{}\n", tr!(lang, "cmd-wrote", file = path.display().to_string())));
    }
    let mut doc = crate::output::period::json(&summary);
    if let (Some(o), Some(path)) = (doc.as_object_mut(), out) {
        o.insert("outputs".into(), json!([path.display().to_string()]));
    }
    Ok((text, doc))
}

/// Writes the period export whole or not at all, as CSV or xlsx by its extension.
fn write_export(path: &Path, summary: &crate::period::PeriodSummary, lang: Lang) -> Result<()> {
    let ext = crate::input::extension(path);
    if ext != "csv" && ext != "xlsx" {
        return Err(KaoheError::Usage(tr!(lang, "history-out-extension", out = path.display().to_string())));
    }
    let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
    let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut staging = crate::output::atomic::Staging::new(dir)?;
    let file = staging.create(&name)?;
    let written = if ext == "csv" {
        crate::output::period::write_csv(std::io::BufWriter::new(&file.file), summary, lang)
            .and_then(|w| w.into_inner().map_err(|e| e.into_error()).map(drop))
            .map_err(|e| file.error(e))
    } else {
        let mut buf = std::io::BufWriter::new(&file.file);
        crate::output::period::write_xlsx(&mut buf, summary, lang)
            .map_err(|e| KaoheError::io(path, std::io::Error::other(e.to_string())))
            .and_then(|()| std::io::Write::flush(&mut buf).map_err(|e| file.error(e)))
    };
    written?;
    staging.publish()?.commit();
    Ok(())
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

/// What `kaohe history import` takes.
#[derive(Debug, Clone)]
pub struct ImportArgs {
    pub file: PathBuf,
    pub ledger: PathBuf,
    /// The rules the imported months were appraised under (their full marks); built in if absent.
    pub rules: Option<PathBuf>,
    pub by: String,
    pub json: bool,
    pub lang: Lang,
}

/// `kaohe history import FILE`: checks every row against the rules the months were appraised
/// under (all problems listed, as for other inputs), then records the work scores in one
/// transaction with that rules text. Never overwrites a closed month (exit 3). Reports the later
/// closed months whose runs, actions or money the imported months change.
pub fn import(args: &ImportArgs) -> Result<()> {
    let lang = args.lang;
    let rules = Rules::load_in(args.rules.as_deref(), lang)?;
    let rows = read_import(&args.file, &rules, lang)?;
    let mut l = Ledger::open_write(&args.ledger, lang)?;
    let display = args.file.display().to_string();
    let outcome = l.import(&rows, &display, &rules, &args.by)?;
    if args.json {
        let doc = json!({
            "imported": outcome.rows,
            "file": display,
            "rules": rules.source_name,
            "later_months": outcome.impacts.iter().map(change_json).collect::<Vec<_>>(),
        });
        super::print_json(doc);
        return Ok(());
    }
    super::say_line(&tr!(
        lang,
        "history-imported-count",
        count = outcome.rows,
        file = display.as_str(),
        ledger = args.ledger.display().to_string()
    ));
    if !outcome.impacts.is_empty() {
        super::say_line(&tr!(lang, "history-import-later-months"));
        for i in &outcome.impacts {
            super::say(&change_line(i, true, lang));
        }
    }
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

fn read_import(file: &Path, rules: &Rules, lang: Lang) -> Result<Vec<ImportRow>> {
    std::fs::metadata(file).map_err(|e| KaoheError::io(file, e))?;
    let display = display_name(file);
    let sheet = if is_workbook(file) {
        let book = excel::Workbook::open_in(file, lang).map_err(|p| KaoheError::Invalid(vec![p]))?;
        let located = book.locate(&[HISTORY], lang);
        if let Some(p) = located.problems.into_iter().next() {
            return Err(KaoheError::Invalid(vec![p]));
        }
        located.tables.into_iter().next().flatten().and_then(|l| l.sheet)
    } else {
        None
    };
    let location = TableLocation { path: file.to_path_buf(), display, sheet };
    // SPEC 4: the months are judged by the rules they were appraised under (`--rules`).
    let full_marks = rules.scheme.work_full_marks;
    let mut problems = Vec::new();
    let mut warnings = Vec::new();
    let mut driver = TableDriver::new(&HISTORY, location.origin(), !is_workbook(file), lang);
    let mut out = Vec::new();
    let mut seen = HashSet::new();
    let hint = crate::schema::header_words(&HISTORY);
    crate::input::read_file_in(&location, &hint, lang, &mut |event| {
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
                problems.push(Problem::in_lang(
                    lang,
                    at(index[0]),
                    tr!(lang, "history-import-not-a-month", value = m.as_str()),
                    tr!(lang, "history-import-not-a-month-fix"),
                ));
                None
            }
        };
        if a.is_empty() {
            problems.push(Problem::in_lang(
                lang,
                at(index[1]),
                tr!(lang, "history-import-no-agent"),
                tr!(lang, "history-import-no-agent-fix"),
            ));
        }
        let work = match parse_decimal(&w) {
            Some(d) if d >= Decimal::ZERO && d <= full_marks => Some(d),
            _ => {
                let past_full = parse_decimal(&w).is_some_and(|d| d > full_marks);
                problems.push(Problem::in_lang(
                    lang,
                    at(index[2]),
                    tr!(lang, "history-import-not-a-score", value = w.as_str()),
                    if past_full {
                        tr!(lang, "history-import-past-full-fix", full = fmt_score(full_marks), rules = rules.shown_name(lang))
                    } else {
                        tr!(lang, "history-import-not-a-score-fix", full = fmt_score(full_marks))
                    },
                ));
                None
            }
        };
        if let (Some(month), false, Some(work_score)) = (month, a.is_empty(), work) {
            if !seen.insert((month, a.clone())) {
                problems.push(Problem::in_lang(
                    lang,
                    driver.origin.at_row(row.number),
                    tr!(lang, "history-import-second-row", agent = a.as_str(), month = month.to_string()),
                    tr!(lang, "history-import-second-row-fix"),
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
