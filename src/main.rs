//! The `kaohe` command line: parses arguments, calls the library, maps errors to exit codes
//! (SPEC 7: 0 ok · 1 invalid input or rules · 2 usage · 3 refused by the ledger · 4 file I/O).
//! Defaults come from `kaohe.toml` in the working folder; flags override them (SPEC 5).

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::OnceLock;

use clap::{Args, CommandFactory, Parser, Subcommand};
use kaohe::cmd::config::Config;
use kaohe::cmd::{self, MonthArgs};
use kaohe::lang::Lang;
use kaohe::month::Month;
use kaohe::tr;
use kaohe::KaoheError;

#[derive(Parser)]
#[command(
    name = "kaohe",
    version,
    about = "Monthly appraisal (考核) of customer-service agents: scores, pay and actions from the month's records"
)]
#[command(
    after_help = "Example:\n  kaohe check   --month 2026-10 --input examples/2026-10\n  kaohe run     --month 2026-10 --input examples/2026-10\n  kaohe explain --month 2026-10 --input examples/2026-10 --agent 1003\n\nDefaults for --ledger, --rules, --out and --lang may be set in kaohe.toml in the working folder."
)]
struct Cli {
    /// Print nothing on stdout and no warnings; errors still go to stderr (exit codes unchanged).
    #[arg(short, long, global = true, conflicts_with = "json")]
    quiet: bool,
    /// Print one JSON document on stdout: the result, or {"ok": false, "exit_code", "problems"}.
    #[arg(long, global = true)]
    json: bool,
    /// Language of messages: zh (= zh-CN), zh-TW or en (default: kaohe.toml, else the system locale).
    #[arg(long, global = true, value_parser = parse_lang)]
    lang: Option<String>,
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
    Inspectors(MonthCli),
    /// Print the rules in force as a table.
    #[command(after_help = "Example:\n  kaohe rules\n  kaohe rules --rules rules/hundred.toml")]
    Rules(RulesCli),
    /// What-if: the month under two rules files, per-agent differences and the total cost difference.
    #[command(
        after_help = "Example:\n  kaohe compare --month 2026-10 --input examples/2026-10 --rules examples/rules-25-yuan.toml\n  kaohe compare --month 2026-10 --input examples/2026-10 --rules new.toml --against rules/default.toml --out compare.xlsx"
    )]
    Compare(CompareCli),
    /// Print a shell completion script on stdout.
    #[command(
        after_help = "Example:\n  kaohe completions bash > ~/.local/share/bash-completion/completions/kaohe\n  kaohe completions zsh > ~/.zfunc/_kaohe\n  kaohe completions fish > ~/.config/fish/completions/kaohe.fish\n  kaohe completions powershell >> $PROFILE"
    )]
    Completions {
        /// bash, zsh, fish, powershell (or elvish).
        shell: clap_complete::Shell,
    },
    /// Print the man page (roff) on stdout: kaohe man > kaohe.1
    #[command(hide = true)]
    Man,
}

#[derive(Args)]
struct MonthCli {
    /// The month to appraise, e.g. 2026-10.
    #[arg(long, value_parser = parse_month)]
    month: Month,
    /// A folder with agents.csv, qa.csv, … or one workbook whose sheets are the tables.
    #[arg(long, value_parser = input_path)]
    input: PathBuf,
    /// A rules file (default: kaohe.toml's rules, else the built-in scheme).
    #[arg(long)]
    rules: Option<PathBuf>,
}

#[derive(Args)]
struct RunCli {
    #[command(flatten)]
    month: MonthCli,
    /// Output folder (default out/<month>, or <out>/<month> with kaohe.toml's out).
    #[arg(long, value_parser = output_path)]
    out: Option<PathBuf>,
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
    /// Also write the comparison as a workbook (FILE.xlsx).
    #[arg(long, value_parser = output_path)]
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
    #[arg(long, value_parser = output_path)]
    out: Option<PathBuf>,
    /// The ledger file (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
}

#[derive(Subcommand)]
enum HistoryCommand {
    /// Load earlier months' work scores (month, agent_id, work_score) from CSV or a workbook.
    #[command(
        after_help = "Example:\n  kaohe history import earlier-months.csv\n  kaohe history import earlier-months.csv --rules rules/hundred.toml"
    )]
    Import {
        #[arg(value_parser = input_path)]
        file: PathBuf,
        /// The rules the months were appraised under, for their full marks (default: the built-in scheme).
        #[arg(long)]
        rules: Option<PathBuf>,
        /// Who imports, for the ledger (default: the user logged in).
        #[arg(long, value_parser = non_blank)]
        by: Option<String>,
        /// The ledger file (default kaohe.db).
        #[arg(long)]
        ledger: Option<PathBuf>,
    },
}

#[derive(Args)]
struct ExplainCli {
    #[command(flatten)]
    month: MonthCli,
    /// The agent's id.
    #[arg(long)]
    agent: String,
    /// The ledger of closed months (default kaohe.db).
    #[arg(long)]
    ledger: Option<PathBuf>,
}

#[derive(Args)]
struct StatementsCli {
    #[command(flatten)]
    month: MonthCli,
    /// Output folder (default out/<month>, or <out>/<month> with kaohe.toml's out).
    #[arg(long, value_parser = output_path)]
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
    /// A rules file (default: kaohe.toml's rules, else the built-in scheme).
    #[arg(long)]
    rules: Option<PathBuf>,
}

/// The language of messages written before the command line is parsed (its own errors): from
/// `--lang` as typed, else `kaohe.toml`, else the system locale.
static EARLY_LANG: OnceLock<Lang> = OnceLock::new();

fn early_lang() -> Lang {
    *EARLY_LANG.get().unwrap_or(&Lang::En)
}

fn parse_month(s: &str) -> Result<Month, String> {
    s.parse()
}

/// A text that says something: `--reason ""` (or only spaces) is a usage error (exit 2), so no
/// reopen is ever recorded without a reason.
fn non_blank(s: &str) -> Result<String, String> {
    let t = s.trim();
    if t.is_empty() {
        Err(tr!(early_lang(), "cmd-not-blank"))
    } else {
        Ok(t.to_string())
    }
}

/// An output path; `-` (stdout) is refused: kaohe writes files, not a stream (SPEC 5).
fn output_path(s: &str) -> Result<PathBuf, String> {
    if s.trim() == "-" {
        Err(tr!(early_lang(), "cmd-no-stdout"))
    } else {
        Ok(PathBuf::from(s))
    }
}

/// An input path; `-` (stdin) is refused: a month is several tables, read from files.
fn input_path(s: &str) -> Result<PathBuf, String> {
    if s.trim() == "-" {
        Err(tr!(early_lang(), "cmd-no-stdin"))
    } else {
        Ok(PathBuf::from(s))
    }
}

/// `--lang`: `zh` (= `zh-CN`), `zh-CN`, `zh-TW`, `en` (and their locale spellings).
fn parse_lang(s: &str) -> Result<String, String> {
    Lang::parse(s).map(|_| s.to_string()).ok_or_else(|| tr!(early_lang(), "cmd-bad-lang", value = s))
}

/// What every command takes besides its own arguments: the language, `--json`, and the
/// defaults of `kaohe.toml`.
struct Globals {
    lang: Lang,
    /// The language asked for (`--lang` or `kaohe.toml`), if any.
    asked: Option<Lang>,
    json: bool,
    config: Config,
}

impl Globals {
    fn ledger(&self, flag: &Option<PathBuf>) -> PathBuf {
        flag.clone().or_else(|| self.config.ledger.clone()).unwrap_or_else(cmd::default_ledger)
    }

    fn out(&self, flag: &Option<PathBuf>, month: Month) -> PathBuf {
        flag.clone().unwrap_or_else(|| match &self.config.out {
            Some(parent) => cmd::default_out_under(parent, month),
            None => cmd::default_out(month),
        })
    }

    fn rules(&self, flag: &Option<PathBuf>) -> Option<PathBuf> {
        flag.clone().or_else(|| self.config.rules.clone())
    }
}

impl RunCli {
    fn args(&self, g: &Globals) -> cmd::run::RunArgs {
        let month = self.month.args(g);
        let out = g.out(&self.out, month.month);
        cmd::run::RunArgs { month, out, json: g.json, ledger: g.ledger(&self.ledger) }
    }
}

impl MonthCli {
    fn args(&self, g: &Globals) -> MonthArgs {
        MonthArgs {
            month: self.month,
            input: self.input.clone(),
            rules: g.rules(&self.rules),
            lang: g.lang,
            names: g.asked.unwrap_or(Lang::Zh),
        }
    }
}

/// `--lang X` or `--lang=X` as typed, before clap has parsed anything.
fn lang_typed(args: &[String]) -> Option<Lang> {
    let mut it = args.iter();
    while let Some(a) = it.next() {
        if a == "--lang" {
            return it.next().and_then(|v| Lang::parse(v));
        }
        if let Some(v) = a.strip_prefix("--lang=") {
            return Lang::parse(v);
        }
    }
    None
}

fn main() -> ExitCode {
    let argv: Vec<String> = std::env::args().collect();
    let json_typed = argv.iter().skip(1).take_while(|a| *a != "--").any(|a| a == "--json");
    let typed = lang_typed(&argv);
    let config = Config::load(std::path::Path::new("."), typed.unwrap_or_else(|| Lang::detect(None)));
    let config_lang = config.as_ref().ok().and_then(|c| c.lang);
    let lang = typed.or(config_lang).unwrap_or_else(|| Lang::detect(None));
    let _ = EARLY_LANG.set(lang);
    let config = match config {
        Ok(c) => c,
        Err(message) => return usage_error(&message, json_typed, lang),
    };
    let cli = match Cli::try_parse_from(&argv) {
        Ok(cli) => cli,
        Err(e) if !e.use_stderr() => e.exit(), // --help, --version
        Err(e) if json_typed => {
            let rendered = e.render().to_string();
            let first = rendered.lines().next().unwrap_or("").trim_start_matches("error:").trim();
            return usage_error(first, true, lang);
        }
        Err(e) => e.exit(),
    };
    cmd::set_quiet(cli.quiet);
    let asked = cli.lang.as_deref().and_then(Lang::parse).or(config.lang);
    let g = Globals { lang: asked.unwrap_or_else(|| Lang::detect(None)), asked, json: cli.json, config };
    let lang = g.lang;
    let result = match &cli.command {
        Command::Run(r) => cmd::run::run(&r.args(&g)),
        Command::Close(c) => {
            let run = c.run.args(&g);
            let reopen = if c.reopen { c.reason.clone() } else { None };
            let by = c.by.clone().unwrap_or_else(kaohe::ledger::os_user);
            cmd::close::run(&cmd::close::CloseArgs { run, reopen, by, allow_pending: c.allow_pending })
        }
        Command::History(h) => match &h.import {
            Some(HistoryCommand::Import { file, rules, by, ledger }) => {
                let ledger = g.ledger(&ledger.clone().or_else(|| h.ledger.clone()));
                let by = by.clone().unwrap_or_else(kaohe::ledger::os_user);
                let args = cmd::history::ImportArgs { file: file.clone(), ledger, rules: g.rules(rules), by, json: g.json, lang };
                cmd::history::import(&args)
            }
            None => {
                let period = match h.year {
                    Some(y) => match cmd::history::Period::year(y) {
                        Some(p) => Some(p),
                        None => return usage_error(&tr!(lang, "cmd-not-a-year", year = y), g.json, lang),
                    },
                    None => h.quarter,
                };
                let args = cmd::history::ShowArgs {
                    ledger: g.ledger(&h.ledger),
                    agent: h.agent.clone(),
                    month: h.month,
                    period,
                    out: h.out.clone(),
                    json: g.json,
                    lang,
                };
                cmd::history::show(&args)
            }
        },
        Command::Check(m) => cmd::check::run(&m.args(&g), g.json),
        Command::Explain(e) => cmd::explain::run(&e.month.args(&g), &e.agent, &g.ledger(&e.ledger), g.json),
        Command::Inspectors(m) => cmd::inspectors::run(&m.args(&g), g.json),
        Command::Statements(st) => {
            let month = st.month.args(&g);
            let args = cmd::statements::StatementsArgs {
                out: g.out(&st.out, month.month),
                ledger: g.ledger(&st.ledger),
                team: st.team.clone(),
                agent: st.agent.clone(),
                json: g.json,
                month,
            };
            cmd::statements::run(&args)
        }
        Command::Rules(r) => cmd::rules::run(g.rules(&r.rules).as_deref(), lang, g.json),
        Command::Compare(c) => {
            // --rules is the rules tried: kaohe.toml's rules are the ones in force, not a trial.
            let mut month = c.month.args(&g);
            month.rules = c.month.rules.clone();
            let against = c.against.clone().or_else(|| g.config.rules.clone());
            let args = cmd::compare::CompareArgs { month, against, ledger: g.ledger(&c.ledger), json: g.json, out: c.out.clone() };
            cmd::compare::run(&args)
        }
        Command::Completions { shell } => {
            let mut script = Vec::new();
            clap_complete::generate(*shell, &mut Cli::command(), "kaohe", &mut script);
            cmd::emit(&script);
            Ok(())
        }
        Command::Man => {
            let page = clap_mangen::Man::new(Cli::command());
            let mut roff = Vec::new();
            page.render(&mut roff).map(|()| cmd::emit(&roff)).map_err(|e| KaoheError::io("stdout", e))
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            if g.json {
                cmd::emit(format!("{}\n", serde_json::to_string_pretty(&cmd::error_json(&e, lang)).expect("JSON")).as_bytes());
            } else {
                report(&e, lang);
            }
            ExitCode::from(e.exit_code() as u8)
        }
    }
}

/// A usage error found before a command ran (exit 2): as text on stderr, or as the JSON document.
fn usage_error(message: &str, json: bool, lang: Lang) -> ExitCode {
    if json {
        let doc = serde_json::json!({"ok": false, "exit_code": 2, "problems": [cmd::usage_problem_json(message)]});
        cmd::emit(format!("{}\n", serde_json::to_string_pretty(&doc).expect("JSON")).as_bytes());
    } else {
        eprintln!("{}", tr!(lang, "cmd-error-prefix", message = message));
    }
    ExitCode::from(2)
}

fn report(e: &KaoheError, lang: Lang) {
    if let KaoheError::Invalid(problems) = e {
        for p in problems {
            eprintln!("{p}");
        }
        eprintln!("{}", cmd::error_text(e, lang));
    } else {
        eprintln!("{}", tr!(lang, "cmd-error-prefix", message = cmd::error_text(e, lang)));
    }
}
