//! `kaohe statements`: one print-ready A4 sheet per agent (考核表) in `statements.xlsx`, with an
//! index sheet — the statement `explain` shows, for the agents of a team or the whole roster, to
//! print and sign (SPEC 5). Reads the ledger for the runs; writes only `statements.xlsx`.

use std::io::BufWriter;
use std::path::PathBuf;

use super::{appraise, print_warnings, read_history, MonthArgs};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::model::Keep;
use crate::output::atomic::Staging;
use crate::problem::{say, Origin, Problem};

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
            (Some(id), _) => say(lang, format!("agent {id} is not on the roster"), format!("工号 {id} 不在人员名册中")),
            (None, Some(t)) => say(lang, format!("no agent of the roster is in team {t}"), format!("人员名册中没有班组 {t} 的人")),
            _ => say(lang, "the roster has no agents".into(), "人员名册中没有人".into()),
        };
        let fix = say(lang, "give --team or --agent as the roster writes it".into(), "--team 或 --agent 请按名册中的写法填写".into());
        return Err(KaoheError::Invalid(vec![Problem::new(roster, what, fix)]));
    }
    if chosen.len() > MAX_STATEMENTS {
        return Err(KaoheError::Usage(say(
            lang,
            format!(
                "{} statements in one workbook is more than anyone prints at once (at most {MAX_STATEMENTS}): choose a team with --team",
                chosen.len()
            ),
            format!("一个工作簿放 {} 份考核表太多(最多 {MAX_STATEMENTS} 份):请用 --team 选一个班组", chosen.len()),
        )));
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
    print_warnings(&ledger_warnings, lang);
    print_warnings(&m.warnings, lang);
    println!(
        "{}",
        match lang {
            Lang::En => format!("wrote {}: {} statement(s) for {}", paths.join(", "), statements.len(), m.checked.month),
            Lang::Zh | Lang::ZhTw => format!("已写入 {}:{} 的考核表 {} 份", paths.join(", "), m.checked.month, statements.len()),
        }
    );
    Ok(())
}
