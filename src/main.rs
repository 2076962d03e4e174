//! The `kaohe` command line: parses arguments, calls the library, maps errors to exit codes
//! (SPEC 7: 0 ok · 1 invalid input or rules · 2 usage · 3 refused by the ledger · 4 file I/O).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use kaohe::cmd::{self, MonthArgs};
use kaohe::lang::Lang;
use kaohe::month::Month;
use kaohe::KaoheError;

#[derive(Parser)]
#[command(
    name = "kaohe",
    version,
    about = "Monthly appraisal (考核) of customer-service agents: scores, pay and actions from the month's records"
)]
#[command(
    after_help = "Example:\n  kaohe check   --month 2026-10 --input examples/2026-10\n  kaohe run     --month 2026-10 --input examples/2026-10\n  kaohe explain --month 2026-10 --input examples/2026-10 --agent 1003"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Score and pay a month; write results.csv, deductions.csv, warnings.csv into --out.
    #[command(after_help = "Example:\n  kaohe run --month 2026-10 --input examples/2026-10 --out out/2026-10")]
    Run(RunCli),
    /// Validate a month's inputs: list every problem with file, row and column; write nothing.
    #[command(after_help = "Example:\n  kaohe check --month 2026-10 --input examples/2026-10")]
    Check(MonthCli),
    /// One agent's statement: every point and yuan traced to the input rows.
    #[command(after_help = "Example:\n  kaohe explain --month 2026-10 --input examples/2026-10 --agent 1003 --lang zh")]
    Explain(ExplainCli),
    /// Check and score a month like `run`, then record it in the ledger (locked once closed).
    #[command(
        after_help = "Example:\n  kaohe close --month 2026-10 --input examples/2026-10\n  kaohe close --month 2026-10 --input examples/2026-10 --reopen --reason \"appeal upheld for 1003\""
    )]
    Close(CloseCli),
    /// Show the ledger: an agent's months, or per-agent summaries of a quarter or a year.
    #[command(
        after_help = "Example:\n  kaohe history --agent 1003\n  kaohe history --quarter 2026Q3\n  kaohe history import earlier-months.csv"
    )]
    History(HistoryCli),
    /// One print-ready A4 statement (考核表) per agent, to sign, in statements.xlsx.
    #[command(
        after_help = "Example:\n  kaohe statements --month 2026-10 --input examples/2026-10\n  kaohe statements --month 2026-10 --input examples/2026-10 --team 一组"
    )]
    Statements(StatementsCli),
    /// Print the rules in force as a table.
    #[command(after_help = "Example:\n  kaohe rules\n  kaohe rules --rules rules/hundred.toml")]
    Rules(RulesCli),
}

#[derive(Args)]
struct MonthCli {
    /// The month to appraise, e.g. 2026-10.
    #[arg(long, value_parser = parse_month)]
    month: Month,
    /// A folder with agents.csv, qa.csv, … or one workbook whose sheets are the tables.
    #[arg(long)]
    input: PathBuf,
    /// A rules file; the built-in default scheme when absent.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Language of messages: zh or en (default: from LC_ALL/LANG, else en).
    #[arg(long, value_parser = ["zh", "en"])]
    lang: Option<String>,
}

#[derive(Args)]
struct RunCli {
    #[command(flatten)]
    month: MonthCli,
    /// Output folder (default out/<month>).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Print the summary as JSON.
    #[arg(long)]
    json: bool,
    /// The ledger of closed months, read for earlier months (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
}

#[derive(Args)]
struct CloseCli {
    #[command(flatten)]
    run: RunCli,
    /// Replace a month that is already closed (needs --reason; keeps an audit row).
    #[arg(long, requires = "reason")]
    reopen: bool,
    /// Why the closed month is replaced.
    #[arg(long, requires = "reopen")]
    reason: Option<String>,
    /// Close although some findings' appeals are still pending (they count as findings; the
    /// ledger records which were pending).
    #[arg(long)]
    allow_pending: bool,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
struct HistoryCli {
    #[command(subcommand)]
    import: Option<HistoryCommand>,
    /// One agent's months.
    #[arg(long)]
    agent: Option<String>,
    /// Per-agent summary of a calendar year, e.g. 2026.
    #[arg(long, conflicts_with = "quarter")]
    year: Option<i32>,
    /// Per-agent summary of a quarter, e.g. 2026Q3.
    #[arg(long, value_parser = cmd::history::Period::quarter)]
    quarter: Option<cmd::history::Period>,
    /// The ledger file (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
    /// Language: zh or en.
    #[arg(long, value_parser = ["zh", "en"])]
    lang: Option<String>,
}

#[derive(Subcommand)]
enum HistoryCommand {
    /// Load earlier months' work scores (month, agent_id, work_score) from CSV or a workbook.
    Import {
        file: PathBuf,
        /// The ledger file (default kaohe.db).
        #[arg(long)]
        ledger: Option<PathBuf>,
        /// Language: zh or en.
        #[arg(long, value_parser = ["zh", "en"])]
        lang: Option<String>,
    },
}

#[derive(Args)]
struct ExplainCli {
    #[command(flatten)]
    month: MonthCli,
    /// The agent's id.
    #[arg(long)]
    agent: String,
    /// Print the statement as JSON (codes, and names in the language asked for).
    #[arg(long)]
    json: bool,
    /// The ledger of closed months (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
}

#[derive(Args)]
struct StatementsCli {
    #[command(flatten)]
    month: MonthCli,
    /// Output folder (default out/<month>).
    #[arg(long)]
    out: Option<PathBuf>,
    /// Only the agents of this team.
    #[arg(long)]
    team: Option<String>,
    /// Only this agent.
    #[arg(long)]
    agent: Option<String>,
    /// The ledger of closed months, read for earlier months (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
}

#[derive(Args)]
struct RulesCli {
    /// A rules file; the built-in default scheme when absent.
    #[arg(long)]
    rules: Option<PathBuf>,
    /// Language: zh or en.
    #[arg(long, value_parser = ["zh", "en"])]
    lang: Option<String>,
}

fn parse_month(s: &str) -> Result<Month, String> {
    s.parse()
}

impl RunCli {
    fn args(&self) -> cmd::run::RunArgs {
        let month = self.month.args();
        let out = self.out.clone().unwrap_or_else(|| cmd::default_out(month.month));
        let ledger = self.ledger.clone().unwrap_or_else(cmd::default_ledger);
        cmd::run::RunArgs { month, out, json: self.json, ledger }
    }
}

impl MonthCli {
    fn args(&self) -> MonthArgs {
        MonthArgs { month: self.month, input: self.input.clone(), rules: self.rules.clone(), lang: Lang::detect(self.lang.as_deref()) }
    }
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    let (result, lang) = match &cli.command {
        Command::Run(r) => {
            let args = r.args();
            (cmd::run::run(&args), args.month.lang)
        }
        Command::Close(c) => {
            let run = c.run.args();
            let lang = run.month.lang;
            let reopen = if c.reopen { c.reason.clone() } else { None };
            (cmd::close::run(&cmd::close::CloseArgs { run, reopen, allow_pending: c.allow_pending }), lang)
        }
        Command::History(h) => match &h.import {
            Some(HistoryCommand::Import { file, ledger, lang }) => {
                let lang = Lang::detect(lang.as_deref().or(h.lang.as_deref()));
                let ledger = ledger.clone().or_else(|| h.ledger.clone()).unwrap_or_else(cmd::default_ledger);
                (cmd::history::import(file, &ledger, lang), lang)
            }
            None => {
                let lang = Lang::detect(h.lang.as_deref());
                let ledger = h.ledger.clone().unwrap_or_else(cmd::default_ledger);
                let period = match h.year {
                    Some(y) => match cmd::history::Period::year(y) {
                        Some(p) => Some(p),
                        None => {
                            eprintln!("kaohe: `{y}` is not a year");
                            return ExitCode::from(2);
                        }
                    },
                    None => h.quarter,
                };
                (cmd::history::show(&ledger, h.agent.as_deref(), period, lang), lang)
            }
        },
        Command::Check(m) => (cmd::check::run(&m.args()), m.args().lang),
        Command::Explain(e) => {
            let ledger = e.ledger.clone().unwrap_or_else(cmd::default_ledger);
            (cmd::explain::run(&e.month.args(), &e.agent, &ledger, e.json), e.month.args().lang)
        }
        Command::Statements(st) => {
            let month = st.month.args();
            let lang = month.lang;
            let args = cmd::statements::StatementsArgs {
                out: st.out.clone().unwrap_or_else(|| cmd::default_out(month.month)),
                ledger: st.ledger.clone().unwrap_or_else(cmd::default_ledger),
                team: st.team.clone(),
                agent: st.agent.clone(),
                month,
            };
            (cmd::statements::run(&args), lang)
        }
        Command::Rules(r) => {
            let lang = Lang::detect(r.lang.as_deref());
            (cmd::rules::run(r.rules.as_deref(), lang), lang)
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            report(&e, lang);
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

fn report(e: &KaoheError, lang: Lang) {
    match e {
        KaoheError::Invalid(problems) => {
            for p in problems {
                eprintln!("{p}");
            }
            eprintln!(
                "{}",
                match lang {
                    Lang::En => format!("kaohe: {} problem(s) found; nothing was written", problems.len()),
                    Lang::Zh => format!("kaohe:發現 {} 個問題;沒有寫入任何文件", problems.len()),
                }
            );
        }
        other => eprintln!("kaohe: {other}"),
    }
}
