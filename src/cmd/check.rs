//! `kaohe check`: validates a month's inputs and lists every problem and warning; writes nothing.

use super::{appraise, print_warnings, MonthArgs};
use crate::error::Result;
use crate::lang::Lang;
use crate::model::Keep;

pub fn run(args: &MonthArgs) -> Result<()> {
    let m = appraise(args, &Keep::Nothing, &|_| Vec::new())?;
    print_warnings(&m.warnings, args.lang);
    let agents = m.appraisals.len();
    let files: Vec<String> = m
        .checked
        .data
        .input_files
        .iter()
        .map(|f| match args.lang {
            Lang::En => format!("{} {} row(s)", f.name, f.rows),
            Lang::Zh | Lang::ZhTw => format!("{} {} 行", f.name, f.rows),
        })
        .collect();
    println!(
        "{}",
        match args.lang {
            Lang::En => format!("{}: no problems — {agents} agents; {}; {} warning(s)", args.month, files.join(", "), m.warnings.len()),
            Lang::Zh | Lang::ZhTw => format!("{}:沒有錯誤 — {agents} 人;{};{} 條警告", args.month, files.join(","), m.warnings.len()),
        }
    );
    Ok(())
}
