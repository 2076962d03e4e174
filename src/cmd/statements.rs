//! `kaohe statements`: one print-ready A4 sheet per agent (考核表) in `statements.xlsx`, with an
//! index sheet — the statement `explain` shows, for the agents of a team or the whole roster, to
//! print and sign (SPEC 5). Reads the ledger for the runs; writes only `statements.xlsx`.

use std::io::BufWriter;
use std::path::PathBuf;

use super::{appraise, print_warnings, read_history, MonthArgs};
use crate::error::{KaoheError, Result};
use crate::model::Keep;
use crate::output::atomic::Staging;
use crate::problem::{Origin, Problem};
use crate::tr;

/// More statements than this in one workbook make a file Excel opens slowly and nobody prints.
pub const MAX_STATEMENTS: usize = 2_000;

#[derive(Debug, Clone)]
pub struct StatementsArgs {
    pub month: MonthArgs,
    pub out: PathBuf,
    pub ledger: PathBuf,
    /// Only the agents of this team.
    pub team: Option<String>,
    /// Only this agent.
    pub agent: Option<String>,
    /// Print the outcome as JSON.
    pub json: bool,
}

pub fn run(args: &StatementsArgs) -> Result<()> {
    let lang = args.month.lang;
    let (history, ledger_warnings) = read_history(&args.ledger, args.month.month, lang)?;
    let keep = match &args.agent {
        Some(id) => Keep::Agent(id.trim().to_string()),
        None => Keep::All,
    };
    let m = appraise(&args.month, &keep, &|id| history.of(id))?;
    let team = args.team.as_deref().map(str::trim);
    let agent = args.agent.as_deref().map(str::trim);
    let chosen: Vec<_> =
        m.appraisals.iter().filter(|a| team.is_none_or(|t| a.agent.team == t) && agent.is_none_or(|id| a.agent.id == id)).collect();
    let roster =
        m.checked.data.tables.first().map(|o| Origin { row: None, column: None, ..o.clone() }).unwrap_or_else(|| Origin::file("agents"));
    if chosen.is_empty() {
        let what = match (agent, team) {
            (Some(id), _) => tr!(lang, "cmd-agent-not-on-roster", id = id),
            (None, Some(t)) => tr!(lang, "statements-no-team", team = t),
            _ => tr!(lang, "statements-empty-roster"),
        };
        let fix = tr!(lang, "statements-choose-fix");
        return Err(KaoheError::Invalid(vec![Problem::in_lang(lang, roster, what, fix)]));
    }
    if chosen.len() > MAX_STATEMENTS {
        return Err(KaoheError::Usage(tr!(lang, "statements-too-many", count = chosen.len(), max = MAX_STATEMENTS)));
    }
    let statements: Vec<_> = chosen.iter().map(|a| crate::statement::build(&m.rules, &m.checked.data, a, lang)).collect();
    let mut staging = Staging::new(&args.out)?;
    let file = staging.create("statements.xlsx")?;
    crate::output::statements::write(BufWriter::new(&file.file), &statements, lang).map_err(|e| match e {
        KaoheError::Io { source, .. } => file.error(source),
        other => other,
    })?;
    let published = staging.publish()?;
    let paths: Vec<String> = published.paths().iter().map(|p| p.display().to_string()).collect();
    published.commit();
    if args.json {
        super::print_json(serde_json::json!({
            "month": m.checked.month.to_string(),
            "statements": statements.len(),
            "agents": chosen.iter().map(|a| a.agent.id.as_str()).collect::<Vec<_>>(),
            "outputs": paths,
            "warnings": super::warnings_json(&ledger_warnings.iter().chain(&m.warnings).cloned().collect::<Vec<_>>()),
        }));
        return Ok(());
    }
    print_warnings(&ledger_warnings, lang);
    print_warnings(&m.warnings, lang);
    super::say_line(&tr!(
        lang,
        "statements-wrote",
        files = paths.join(", "),
        count = statements.len(),
        month = m.checked.month.to_string()
    ));
    Ok(())
}
