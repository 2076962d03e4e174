//! `kaohe check`: validates a month's inputs and lists every problem and warning; writes nothing.
//! The closing lines count what was read, per table, so the user can match them against the files.

use super::{appraise, print_warnings, MonthArgs};
use crate::error::Result;
use crate::model::Keep;
use crate::output::terminal::Table;
use crate::tr;

pub fn run(args: &MonthArgs, json: bool) -> Result<()> {
    let lang = args.lang;
    let m = appraise(args, &Keep::Nothing, &|_| Vec::new())?;
    let agents = m.appraisals.len();
    let files = &m.checked.data.input_files;
    if json {
        super::print_json(serde_json::json!({
            "month": args.month.to_string(),
            "problems": [],
            "agents": agents,
            "tables": files.iter().map(|f| serde_json::json!({"file": f.name, "rows": f.rows})).collect::<Vec<_>>(),
            "warnings": super::warnings_json(&m.warnings),
        }));
        return Ok(());
    }
    print_warnings(&m.warnings, lang);
    let mut text = format!("{}\n", tr!(lang, "check-ok", month = args.month.to_string(), agents = agents, warnings = m.warnings.len()));
    let mut t = Table::new(vec![(tr!(lang, "check-col-file"), false), (tr!(lang, "check-col-rows"), true)]);
    for f in files {
        t.row(vec![f.name.to_string(), f.rows.to_string()]);
    }
    text.extend(t.render().lines().map(|l| format!("  {l}\n")));
    super::say(&text);
    Ok(())
}
