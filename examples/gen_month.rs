//! Writes a valid month of any size, deterministically from a seed (see `tests/gen_month/mod.rs`):
//!
//!     cargo run --release --example gen_month -- --agents 100000 --qa-rows 5000000 --seed 7 --out /tmp/m100k
//!
//! Options: `--month 2026-10`, `--finding-rate 0.3`, `--encoding utf8|utf8-bom|gbk|utf16`,
//! `--line-ends lf|crlf|cr`, `--xlsx FILE` (also one workbook, sheets 人员 质检 满意度 考勤 奖励 罚款;
//! at most 1 048 575 rows a table). CSV is streamed a day at a time; the workbook is built in memory.

#[path = "../tests/gen_month/mod.rs"]
mod gen_month;

use std::path::PathBuf;
use std::time::Instant;

use clap::{Parser, ValueEnum};
use gen_month::{Encoding, LineEnd, Spec};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Enc {
    Utf8,
    Utf8Bom,
    Gbk,
    Utf16,
}

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Ends {
    Lf,
    Crlf,
    Cr,
}

/// Generate a valid kaohe month (CSV tables, optionally a workbook).
#[derive(Debug, Parser)]
struct Args {
    #[arg(long, default_value_t = 1000)]
    agents: usize,
    /// Exactly this many QA rows (default: 50 per agent).
    #[arg(long)]
    qa_rows: Option<usize>,
    #[arg(long, default_value_t = 1)]
    seed: u64,
    /// Folder for agents.csv, qa.csv, surveys.csv, attendance.csv, awards.csv, penalties.csv.
    #[arg(long)]
    out: Option<PathBuf>,
    #[arg(long, default_value = "2026-10")]
    month: String,
    /// Share of QA rows that name a leaf.
    #[arg(long, default_value_t = 0.3)]
    finding_rate: f64,
    #[arg(long, value_enum, default_value = "utf8-bom")]
    encoding: Enc,
    #[arg(long, value_enum, default_value = "crlf")]
    line_ends: Ends,
    /// Also write the month as one workbook.
    #[arg(long)]
    xlsx: Option<PathBuf>,
}

fn parse_month(s: &str) -> Option<(i32, u32)> {
    let (y, m) = s.split_once(['-', '/'])?;
    let (y, m) = (y.parse().ok()?, m.parse().ok()?);
    ((1..=12).contains(&m) && (1900..=9999).contains(&y)).then_some((y, m))
}

fn mb(bytes: u64) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

fn main() {
    let args = Args::parse();
    let Some(month) = parse_month(&args.month) else {
        eprintln!("gen_month: `{}` is not a month; write it as 2026-10", args.month);
        std::process::exit(2);
    };
    if !(0.0..=1.0).contains(&args.finding_rate) {
        eprintln!("gen_month: --finding-rate must be between 0 and 1");
        std::process::exit(2);
    }
    if args.out.is_none() && args.xlsx.is_none() {
        eprintln!("gen_month: give --out DIR and/or --xlsx FILE");
        std::process::exit(2);
    }
    let spec = Spec {
        month,
        agents: args.agents,
        qa_rows: args.qa_rows.unwrap_or(args.agents * 50),
        seed: args.seed,
        finding_rate: args.finding_rate,
    };
    let encoding = match args.encoding {
        Enc::Utf8 => Encoding::Utf8,
        Enc::Utf8Bom => Encoding::Utf8Bom,
        Enc::Gbk => Encoding::Gbk,
        Enc::Utf16 => Encoding::Utf16LeBom,
    };
    let line_end = match args.line_ends {
        Ends::Lf => LineEnd::Lf,
        Ends::Crlf => LineEnd::CrLf,
        Ends::Cr => LineEnd::Cr,
    };
    println!(
        "month {}-{:02}: {} agents, {} QA rows, finding rate {}, seed {}",
        month.0, month.1, spec.agents, spec.qa_rows, spec.finding_rate, spec.seed
    );
    if let Some(dir) = &args.out {
        let t = Instant::now();
        match gen_month::write_csv_spec(&spec, dir, encoding, line_end) {
            Ok(written) => {
                for (name, bytes, rows) in &written.files {
                    println!("  {:<40} {:>10} rows {:>12}", dir.join(name).display(), rows, mb(*bytes));
                }
                println!(
                    "  CSV ({:?}, {:?}): {} rows, {} in {:.1} s",
                    encoding,
                    line_end,
                    written.rows(),
                    mb(written.bytes()),
                    t.elapsed().as_secs_f64()
                );
            }
            Err(e) => {
                eprintln!("gen_month: writing {}: {e}", dir.display());
                std::process::exit(4);
            }
        }
    }
    if let Some(path) = &args.xlsx {
        if spec.qa_rows >= 1_048_576 {
            eprintln!("gen_month: {} QA rows do not fit in one sheet (at most 1 048 575 rows); use CSV", spec.qa_rows);
            std::process::exit(2);
        }
        let t = Instant::now();
        let month = gen_month::generate(&spec);
        if let Err(e) = gen_month::write_xlsx(&month, path) {
            eprintln!("gen_month: writing {}: {e}", path.display());
            std::process::exit(4);
        }
        let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
        println!("  {}: {} in {:.1} s", path.display(), mb(size), t.elapsed().as_secs_f64());
    }
}
