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
    /// QA calibration: each inspector's samples, findings per sample and points per sample, and
    /// whether one judges stricter or more leniently than the others beyond chance.
    #[command(after_help = "Example:\n  kaohe inspectors --month 2026-10 --input examples/2026-10")]
    Inspectors(InspectorsCli),
    /// Print the rules in force as a table.
    #[command(after_help = "Example:\n  kaohe rules\n  kaohe rules --rules rules/hundred.toml")]
    Rules(RulesCli),
    /// What-if: the month under two rules files, per-agent differences and the total cost difference.
    #[command(
        after_help = "Example:\n  kaohe compare --month 2026-10 --input examples/2026-10 --rules examples/rules-25-yuan.toml\n  kaohe compare --month 2026-10 --input examples/2026-10 --rules new.toml --against rules/default.toml --out compare.xlsx"
    )]
    Compare(CompareCli),
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
    #[arg(long, value_parser = parse_lang)]
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
    /// Replace a month that is already closed, keeping the replaced close as a version (needs --reason).
    #[arg(long, requires = "reason")]
    reopen: bool,
    /// Why the closed month is replaced (not empty).
    #[arg(long, requires = "reopen", value_parser = non_blank)]
    reason: Option<String>,
    /// Close although some findings' appeals are still pending (they count as findings; the
    /// ledger records which were pending).
    #[arg(long)]
    allow_pending: bool,
    /// Who closes, for the ledger (default: the user logged in).
    #[arg(long, value_parser = non_blank)]
    by: Option<String>,
}

#[derive(Args)]
struct CompareCli {
    #[command(flatten)]
    month: MonthCli,
    /// The rules in force to compare against (default: the built-in scheme).
    #[arg(long)]
    against: Option<PathBuf>,
    /// The ledger of closed months, read for earlier months (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
    /// Print the comparison as JSON.
    #[arg(long)]
    json: bool,
    /// Also write the comparison as a workbook (FILE.xlsx).
    #[arg(long)]
    out: Option<PathBuf>,
}

#[derive(Args)]
#[command(args_conflicts_with_subcommands = true)]
struct HistoryCli {
    #[command(subcommand)]
    import: Option<HistoryCommand>,
    /// One agent's months (with --month: that month's versions side by side).
    #[arg(long)]
    agent: Option<String>,
    /// A closed month's versions, e.g. 2026-10.
    #[arg(long, value_parser = parse_month)]
    month: Option<Month>,
    /// Per-agent summary of a calendar year, e.g. 2026.
    #[arg(long, conflicts_with = "quarter")]
    year: Option<i32>,
    /// Per-agent summary of a quarter, e.g. 2026Q3.
    #[arg(long, value_parser = cmd::history::Period::quarter)]
    quarter: Option<cmd::history::Period>,
    /// Write the quarter or year to FILE.xlsx (for printing) or FILE.csv.
    #[arg(long)]
    out: Option<PathBuf>,
    /// Print as JSON.
    #[arg(long)]
    json: bool,
    /// The ledger file (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
    /// Language: zh or en.
    #[arg(long, value_parser = parse_lang)]
    lang: Option<String>,
}

#[derive(Subcommand)]
enum HistoryCommand {
    /// Load earlier months' work scores (month, agent_id, work_score) from CSV or a workbook.
    #[command(
        after_help = "Example:\n  kaohe history import earlier-months.csv\n  kaohe history import earlier-months.csv --rules rules/hundred.toml"
    )]
    Import {
        file: PathBuf,
        /// The rules the months were appraised under, for their full marks (default: the built-in scheme).
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Who imports, for the ledger (default: the user logged in).
        #[arg(long, value_parser = non_blank)]
        by: Option<String>,
        /// Print the outcome as JSON.
        #[arg(long)]
        json: bool,
        /// The ledger file (default kaohe.db).
        #[arg(long)]
        ledger: Option<PathBuf>,
        /// Language: zh or en.
        #[arg(long, value_parser = parse_lang)]
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
struct InspectorsCli {
    #[command(flatten)]
    month: MonthCli,
    /// Print the calibration as JSON.
    #[arg(long)]
    json: bool,
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
    #[arg(long, value_parser = parse_lang)]
    lang: Option<String>,
}

fn parse_month(s: &str) -> Result<Month, String> {
    s.parse()
}

/// A text that says something: `--reason ""` (or only spaces) is a usage error (exit 2), so no
/// reopen is ever recorded without a reason.
fn non_blank(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        Err("must not be empty: say why (for --reason) or who (for --by)".into())
    } else {
        Ok(t.to_string())
    }
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
        MonthArgs {
            month: self.month,
            input: self.input.clone(),
            rules: self.rules.clone(),
            lang: Lang::detect(self.lang.as_deref()),
            names: self.lang.as_deref().and_then(Lang::parse).unwrap_or(Lang::Zh),
        }
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
            let by = c.by.clone().unwrap_or_else(kaohe::ledger::os_user);
            (cmd::close::run(&cmd::close::CloseArgs { run, reopen, by, allow_pending: c.allow_pending }), lang)
        }
        Command::History(h) => match &h.import {
            Some(HistoryCommand::Import { file, rules, by, json, ledger, lang }) => {
                let lang = Lang::detect(lang.as_deref().or(h.lang.as_deref()));
                let ledger = ledger.clone().or_else(|| h.ledger.clone()).unwrap_or_else(cmd::default_ledger);
                let by = by.clone().unwrap_or_else(kaohe::ledger::os_user);
                let args = cmd::history::ImportArgs { file: file.clone(), ledger, rules: rules.clone(), by, json: *json || h.json, lang };
                (cmd::history::import(&args), lang)
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
                let args = cmd::history::ShowArgs {
                    ledger,
                    agent: h.agent.clone(),
                    month: h.month,
                    period,
                    out: h.out.clone(),
                    json: h.json,
                    lang,
                };
                (cmd::history::show(&args), lang)
            }
        },
        Command::Check(m) => (cmd::check::run(&m.args()), m.args().lang),
        Command::Explain(e) => {
            let ledger = e.ledger.clone().unwrap_or_else(cmd::default_ledger);
            (cmd::explain::run(&e.month.args(), &e.agent, &ledger, e.json), e.month.args().lang)
        }
        Command::Inspectors(i) => (cmd::inspectors::run(&i.month.args(), i.json), i.month.args().lang),
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
        Command::Compare(c) => {
            let month = c.month.args();
            let lang = month.lang;
            let ledger = c.ledger.clone().unwrap_or_else(cmd::default_ledger);
            let args = cmd::compare::CompareArgs { month, against: c.against.clone(), ledger, json: c.json, out: c.out.clone() };
            (cmd::compare::run(&args), lang)
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
                    Lang::Zh | Lang::ZhTw => format!("kaohe:發現 {} 個問題;沒有寫入任何文件", problems.len()),
                }
            );
        }
        other => eprintln!("kaohe: {other}"),
    }
}

/// `--lang`: `zh` (= `zh-CN`), `zh-CN`, `zh-TW`, `en` (and their locale spellings).
fn parse_lang(s: &str) -> Result<String, String> {
    Lang::parse(s).map(|_| s.to_string()).ok_or_else(|| format!("`{s}` is not a language kaohe speaks: use zh (= zh-CN), zh-TW or en"))
}
