//! `kaohe check`: validates a month's inputs and lists every problem and warning; writes nothing.

use super::{appraise, print_warnings, MonthArgs};
use crate::error::Result;
use crate::lang::Lang;

pub fn run(args: &MonthArgs) -> Result<()> {
    let m = appraise(args, &|_| Vec::new())?;
    print_warnings(&m.warnings, args.lang);
    let agents = m.appraisals.len();
    let rows: usize = m
        .checked
        .data
        .by_agent
        .values()
        .map(|b| b.findings.len() + b.surveys.len() + b.attendance.len() + b.awards.len() + b.penalties.len())
        .sum();
    println!(
        "{}",
        match args.lang {
            Lang::En =>
                format!("{}: no problems — {agents} agents, {rows} findings and other records, {} warning(s)", args.month, m.warnings.len()),
            Lang::Zh => format!("{}:沒有錯誤 — {agents} 人,{rows} 條記錄,{} 條警告", args.month, m.warnings.len()),
        }
    );
    Ok(())
}
