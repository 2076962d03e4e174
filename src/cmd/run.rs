//! `kaohe run`: checks and appraises a month and writes results.csv, deductions.csv,
//! warnings.csv and report.xlsx into the output folder — all of them or none — then prints a
//! summary. Reads the ledger for earlier months but never writes it.

use std::io::BufWriter;
use std::path::PathBuf;

use super::{appraise, print_warnings, AppraisedMonth, MonthArgs};
use crate::error::Result;
use crate::lang::Lang;
use crate::model::Keep;
use crate::output::atomic::Staging;
use crate::output::{summary, tables, xlsx};

#[derive(Debug, Clone)]
pub struct RunArgs {
    pub month: MonthArgs,
    pub out: PathBuf,
    pub json: bool,
    /// The ledger read for earlier months (never written by `run`).
    pub ledger: PathBuf,
}

pub fn run(args: &RunArgs) -> Result<()> {
    let (history, ledger_warnings) = super::read_history(&args.ledger, args.month.month, args.month.lang)?;
    let mut appraised = appraise(&args.month, &Keep::All, &|id| history.of(id))?;
    appraised.warnings.extend(ledger_warnings);
    let written = write_outputs(&appraised, &args.out, args.month.lang)?;
    report(&appraised, &written, args.month.lang, args.json);
    Ok(())
}

/// Writes every output file under a temporary name in `out`, ready to publish as a set. The
/// CSV files stream from this thread while report.xlsx is written by another.
pub fn stage_outputs(m: &AppraisedMonth, out: &std::path::Path, lang: Lang) -> Result<Staging> {
    let mut files = Staging::new(out)?;
    let results = files.create("results.csv")?;
    let deductions = files.create("deductions.csv")?;
    let warnings = files.create("warnings.csv")?;
    let report = files.create("report.xlsx")?;
    let data = &m.checked.data;
    std::thread::scope(|scope| {
        let xlsx = scope.spawn(|| {
            let _t = crate::timing::stage("report.xlsx");
            xlsx::write_report(BufWriter::new(report.file), &m.rules, data, &m.appraisals, &m.warnings, lang)
        });
        let csv = (|| -> Result<()> {
            let _t = crate::timing::stage("csv outputs");
            flush(tables::write_results(BufWriter::new(&results.file), &m.appraisals)).map_err(|e| results.error(e))?;
            flush(tables::write_deductions(BufWriter::new(&deductions.file), &m.rules, data, &m.appraisals, lang))
                .map_err(|e| deductions.error(e))?;
            flush(tables::write_warnings(BufWriter::new(&warnings.file), &m.warnings)).map_err(|e| warnings.error(e))?;
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
pub fn write_outputs(m: &AppraisedMonth, out: &std::path::Path, lang: Lang) -> Result<Vec<String>> {
    let staged = stage_outputs(m, out, lang)?;
    let _t = crate::timing::stage("publish");
    let published = staged.publish()?;
    let paths = published.paths().iter().map(|p| p.display().to_string()).collect();
    published.commit();
    Ok(paths)
}

/// Prints the warnings (stderr) and the summary (stdout).
pub fn report(m: &AppraisedMonth, written: &[String], lang: Lang, json: bool) {
    if json {
        println!("{}", serde_json::to_string_pretty(&summary::json(m.checked.month, &m.appraisals, &m.warnings, written)).expect("JSON"));
    } else {
        print_warnings(&m.warnings, lang);
        print!("{}", summary::text(m.checked.month, &m.appraisals, &m.warnings, written, lang));
    }
}
