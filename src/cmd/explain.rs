//! `kaohe explain --agent ID`: one agent's statement, every point and yuan traced to its rows.

use super::{appraise, MonthArgs};
use crate::error::{KaoheError, Result};
use crate::model::AgentMonth;
use crate::output::explain::statement;
use crate::problem::{Origin, Problem};

pub fn run(args: &MonthArgs, agent_id: &str, ledger: &std::path::Path) -> Result<()> {
    let (history, ledger_warnings) = super::read_history(ledger, args.month, args.lang)?;
    super::print_warnings(&ledger_warnings, args.lang);
    let m = appraise(args, &|id| history.of(id))?;
    let Some(a) = m.appraisals.iter().find(|a| a.agent.id == agent_id.trim()) else {
        let roster = m.checked.data.input_files.first().map(|f| f.name.clone()).unwrap_or_else(|| "agents".into());
        return Err(KaoheError::Invalid(vec![Problem::new(
            Origin::file(roster),
            format!("agent {agent_id} is not on the roster"),
            "give --agent an id from the agents table",
        )]));
    };
    let empty = AgentMonth::default();
    let records = m.checked.data.by_agent.get(&a.agent.id).unwrap_or(&empty);
    print!("{}", statement(&m.rules, a, records, args.lang));
    Ok(())
}
