//! `kaohe explain --agent ID`: one agent's statement, every point and yuan traced to its rows —
//! as text, or as JSON with `--json` (the same [`crate::statement::Statement`] either way).

use super::{appraise, MonthArgs};
use crate::error::{KaoheError, Result};
use crate::model::Keep;
use crate::output::explain;
use crate::problem::{Origin, Problem};
use crate::tr;

pub fn run(args: &MonthArgs, agent_id: &str, ledger: &std::path::Path, json: bool) -> Result<()> {
    let (history, ledger_warnings) = super::read_history(ledger, args.month, args.lang)?;
    super::print_warnings(&ledger_warnings, args.lang);
    let m = appraise(args, &Keep::Agent(agent_id.trim().to_string()), &|id| history.of(id))?;
    let Some(a) = m.appraisals.iter().find(|a| a.agent.id == agent_id.trim()) else {
        // The roster is the table the agents came from (agents.csv, or a workbook's sheet).
        let roster = m.checked.data.tables.first().cloned();
        return Err(KaoheError::Invalid(vec![Problem::in_lang(
            args.lang,
            roster.map(|o| Origin { row: None, column: None, ..o }).unwrap_or_else(|| Origin::file("agents")),
            tr!(args.lang, "cmd-agent-not-on-roster", id = agent_id),
            tr!(args.lang, "cmd-agent-not-on-roster-fix"),
        )]));
    };
    let st = crate::statement::build(&m.rules, &m.checked.data, a, args.lang);
    if json {
        super::print_json(serde_json::to_value(&st).expect("a statement is plain data"));
    } else {
        super::say(&explain::text(&st, args.lang));
    }
    Ok(())
}
