//! `kaohe run`: checks and appraises a month and writes results.csv, deductions.csv,
//! warnings.csv, report.xlsx — and adjustments.csv when corrections (补发/扣回) of reopened
//! earlier months are paid with it — into the output folder, all of them or none, then prints a
//! summary. Reads the ledger for earlier months and corrections due but never writes it.

use std::io::BufWriter;
use std::path::PathBuf;

use super::{appraise, print_warnings, AppraisedMonth, MonthArgs};
use crate::error::Result;
use crate::lang::Lang;
use crate::ledger::Correction;
use crate::model::Keep;
use crate::num::fmt_money;
use crate::output::atomic::Staging;
use crate::output::{adjustments, summary, tables, xlsx};
use crate::tr;

#[derive(Debug, Clone)]
pub struct RunArgs {
    pub month: MonthArgs,
    pub out: PathBuf,
    pub json: bool,
    /// The ledger read for earlier months (never written by `run`).
    pub ledger: PathBuf,
}

pub fn run(args: &RunArgs) -> Result<()> {
    let read = super::read_ledger(&args.ledger, args.month.month, args.month.lang)?;
    let mut appraised = appraise(&args.month, &Keep::All, &|id| read.history.of(id))?;
    appraised.warnings.extend(read.warnings);
    let written = write_outputs(&appraised, &read.pays, &args.out, args.month.lang)?;
    report(&appraised, &read.pays, &written, args.month.lang, args.json, None);
    Ok(())
}

/// The name of the corrections file (SPEC 6).
pub const ADJUSTMENTS_CSV: &str = "adjustments.csv";

/// Writes every output file under a temporary name in `out`, ready to publish as a set. The
/// CSV files stream from this thread while report.xlsx is written by another. `pays` are the
/// corrections paid with the month: with none, an adjustments.csv left by an earlier run goes
/// when the set is published.
pub fn stage_outputs(m: &AppraisedMonth, pays: &[Correction], out: &std::path::Path, lang: Lang) -> Result<Staging> {
    let mut files = Staging::new(out)?;
    let results = files.create("results.csv")?;
    let deductions = files.create("deductions.csv")?;
    let warnings = files.create("warnings.csv")?;
    let report = files.create("report.xlsx")?;
    let adjustments_file = if pays.is_empty() {
        files.retire(ADJUSTMENTS_CSV);
        None
    } else {
        Some(files.create(ADJUSTMENTS_CSV)?)
    };
    let data = &m.checked.data;
    let month = m.checked.month;
    std::thread::scope(|scope| {
        let xlsx = scope.spawn(|| {
            let _t = crate::timing::stage("report.xlsx");
            let adj = xlsx::Adjustments { month, corrections: pays };
            xlsx::write_report_with(BufWriter::new(report.file), &m.rules, data, &m.appraisals, &m.warnings, Some(adj), lang)
        });
        let csv = (|| -> Result<()> {
            let _t = crate::timing::stage("csv outputs");
            flush(tables::write_results(BufWriter::new(&results.file), &m.appraisals)).map_err(|e| results.error(e))?;
            flush(tables::write_deductions(BufWriter::new(&deductions.file), &m.rules, data, &m.appraisals, m.names))
                .map_err(|e| deductions.error(e))?;
            flush(tables::write_warnings(BufWriter::new(&warnings.file), &m.warnings)).map_err(|e| warnings.error(e))?;
            if let Some(f) = &adjustments_file {
                flush(adjustments::write_adjustments(BufWriter::new(&f.file), month, pays)).map_err(|e| f.error(e))?;
            }
            Ok(())
        })();
        let report = xlsx.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic));
        csv.and(report)
    })?;
    Ok(files)
}

fn flush<W: std::io::Write>(written: std::io::Result<BufWriter<W>>) -> std::io::Result<()> {
    written?.into_inner().map_err(|e| e.into_error()).map(drop)
}

/// Writes and publishes every output file, all or none (SPEC 6).
pub fn write_outputs(m: &AppraisedMonth, pays: &[Correction], out: &std::path::Path, lang: Lang) -> Result<Vec<String>> {
    let staged = stage_outputs(m, pays, out, lang)?;
    let _t = crate::timing::stage("publish");
    let published = staged.publish()?;
    let paths = published.paths().iter().map(|p| p.display().to_string()).collect();
    published.commit();
    Ok(paths)
}

/// Prints the warnings (stderr) and the summary (stdout), with the corrections paid with the
/// month. With `--json`, `ledger` (what a close recorded) joins the one JSON document.
pub fn report(m: &AppraisedMonth, pays: &[Correction], written: &[String], lang: Lang, json: bool, ledger: Option<serde_json::Value>) {
    if json {
        let mut doc = summary::json(m.checked.month, &m.appraisals, &m.warnings, written);
        if let Some(obj) = doc.as_object_mut() {
            obj.insert("adjustments".into(), adjustments_json(m.checked.month, pays));
            if let Some(ledger) = ledger {
                obj.insert("ledger".into(), ledger);
            }
        }
        super::print_json(doc);
    } else {
        print_warnings(&m.warnings, lang);
        super::say(&summary::text(m.checked.month, &m.appraisals, &m.warnings, written, lang));
        super::say(&adjustments_text(pays, lang));
    }
}

/// The corrections paid with the month as JSON: every row of adjustments.csv, and the totals.
pub fn adjustments_json(month: crate::month::Month, pays: &[Correction]) -> serde_json::Value {
    let (back, claw, net) = adjustments::totals(pays);
    let rows: Vec<serde_json::Value> = pays
        .iter()
        .map(|c| {
            let cells = adjustments::adjustment_row(month, c, false);
            let map: serde_json::Map<String, serde_json::Value> = adjustments::ADJUSTMENT_COLUMNS
                .iter()
                .zip(cells)
                .map(|(k, v)| (k.to_string(), serde_json::Value::String(v.into_owned())))
                .collect();
            serde_json::Value::Object(map)
        })
        .collect();
    serde_json::json!({
        "corrections": rows,
        "back_pay": fmt_money(back),
        "claw_back": fmt_money(claw),
        "net": fmt_money(net),
    })
}

/// One line per correction paid with the month, and their net (nothing when there are none).
pub fn adjustments_text(pays: &[Correction], lang: Lang) -> String {
    if pays.is_empty() {
        return String::new();
    }
    let (back, claw, net) = adjustments::totals(pays);
    let mut out = format!(
        "  {}\n",
        tr!(lang, "cmd-adjustments-paid", count = pays.len(), back = fmt_money(back), claw = fmt_money(claw), net = fmt_money(net))
    );
    for c in pays {
        out.push_str(&format!(
            "    {}\n",
            tr!(
                lang,
                "cmd-adjustment-line",
                id = c.agent_id.as_str(),
                name = c.name.as_deref().unwrap_or(""),
                month = c.month.to_string(),
                paid = fmt_money(c.paid_gross),
                new = fmt_money(c.new_gross),
                delta = signed(c.delta),
                kind = c.kind_name(lang),
                state = c.state.name(lang)
            )
        ));
    }
    out
}

/// Money with its sign: `+250.00`, `-250.00`.
pub fn signed(d: rust_decimal::Decimal) -> String {
    if d.is_sign_positive() && !d.is_zero() {
        format!("+{}", fmt_money(d))
    } else {
        fmt_money(d)
    }
}
