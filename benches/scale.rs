//! Scale benchmark: kaohe against floors (what the csv crate alone costs) and, optionally, a pandas
//! script an analyst would write for the same scheme — side by side, in one interleaved run.
//! Not a test: nothing here asserts a timing.
//!
//!     cargo bench --bench scale -- --agents 10000 --qa-rows 1000000 [--rounds 3] [--pandas]
//!     cargo bench --bench scale -- --input DIR [--month 2026-10] [--rounds 3] [--pandas]
//!
//! Other options: `--seed S` (generated months, default 7), `--kaohe PATH` (another kaohe binary,
//! e.g. a branch's build), `--timeout SECS` (a contender still running is killed and reported).
//!
//! Without `--input`, the month is generated (tests/gen_month, UTF-8 with BOM, CRLF, as Excel saves
//! "CSV UTF-8") into `<target>/bench-month-<agents>-<rows>/` unless it is already there.
//! Every contender runs as a child process, so its peak RSS (`ru_maxrss` from `wait4`) is its own;
//! round 1 runs every contender once, round 2 again, and so on; the table shows the median wall
//! time. See docs/benchmark.md.

#[path = "../tests/gen_month/mod.rs"]
mod gen_month;

use std::collections::HashMap;
use std::fs::File;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use serde::Deserialize;

const DEFAULT_SEED: u64 = 7;

fn main() {
    let args: Vec<String> = std::env::args().skip(1).filter(|a| a != "--bench").collect();
    // Hidden child modes: the bench binary re-invokes itself so each floor has its own process.
    match args.first().map(String::as_str) {
        Some("--floor-bytes") => return exit_with(floor_bytes(Path::new(arg_at(&args, 1)))),
        Some("--floor-serde") => return exit_with(floor_serde(Path::new(arg_at(&args, 1)))),
        Some("--generate") => return exit_with(generate_child(&args[1..])),
        _ => {}
    }
    let opts = match Options::parse(&args) {
        Ok(o) => o,
        Err(e) => {
            eprintln!("scale: {e}\nusage: cargo bench --bench scale -- [--agents N --qa-rows M | --input DIR] [--month 2026-10] [--rounds 3] [--pandas] [--seed S] [--kaohe PATH] [--timeout SECS]");
            std::process::exit(2);
        }
    };
    if let Err(e) = bench(&opts) {
        eprintln!("scale: {e}");
        std::process::exit(1);
    }
}

fn arg_at(args: &[String], i: usize) -> &str {
    args.get(i).map(String::as_str).unwrap_or_else(|| {
        eprintln!("scale: missing argument");
        std::process::exit(2)
    })
}

fn exit_with(r: Result<(), String>) {
    if let Err(e) = r {
        eprintln!("{e}");
        std::process::exit(1);
    }
}

// ---- Options ------------------------------------------------------------------------------------

struct Options {
    agents: usize,
    qa_rows: usize,
    seed: u64,
    input: Option<PathBuf>,
    month: String,
    rounds: usize,
    pandas: bool,
    kaohe: Option<PathBuf>,
    timeout: Option<Duration>,
}

impl Options {
    fn parse(args: &[String]) -> Result<Options, String> {
        let mut o = Options {
            agents: 1000,
            qa_rows: 0,
            seed: DEFAULT_SEED,
            input: None,
            month: "2026-10".into(),
            rounds: 3,
            pandas: false,
            kaohe: None,
            timeout: None,
        };
        let mut qa_rows = None;
        let mut it = args.iter();
        while let Some(a) = it.next() {
            let mut value = |name: &str| it.next().cloned().ok_or_else(|| format!("{name} needs a value"));
            let num = |name: &str, v: String| v.replace('_', "").parse::<u64>().map_err(|_| format!("{name}: `{v}` is not a number"));
            match a.as_str() {
                "--agents" => o.agents = num(a, value(a)?)? as usize,
                "--qa-rows" => qa_rows = Some(num(a, value(a)?)? as usize),
                "--seed" => o.seed = num(a, value(a)?)?,
                "--input" => o.input = Some(PathBuf::from(value(a)?)),
                "--month" => o.month = value(a)?,
                "--rounds" => o.rounds = (num(a, value(a)?)? as usize).max(1),
                "--pandas" => o.pandas = true,
                "--kaohe" => o.kaohe = Some(PathBuf::from(value(a)?)),
                "--timeout" => o.timeout = Some(Duration::from_secs(num(a, value(a)?)?)),
                other => return Err(format!("unknown argument `{other}`")),
            }
        }
        o.qa_rows = qa_rows.unwrap_or(o.agents * 50);
        Ok(o)
    }
}

// ---- Where things are ---------------------------------------------------------------------------

/// `<target>/release` (or whichever profile dir holds this bench binary: `<profile>/deps/scale-…`).
fn profile_dir() -> PathBuf {
    let exe = std::env::current_exe().expect("current exe");
    exe.parent().and_then(Path::parent).map(Path::to_path_buf).expect("bench binary lives in <target>/<profile>/deps")
}

fn target_dir() -> PathBuf {
    profile_dir().parent().map(Path::to_path_buf).expect("target dir")
}

fn kaohe_binary(opts: &Options) -> Result<PathBuf, String> {
    if let Some(p) = &opts.kaohe {
        return if p.exists() { Ok(p.clone()) } else { Err(format!("--kaohe {} does not exist", p.display())) };
    }
    let release = target_dir().join("release").join("kaohe");
    if release.exists() {
        return Ok(release);
    }
    println!("kaohe release binary not found at {}: building it with `cargo build --release --bin kaohe` …", release.display());
    let cargo = std::env::var("CARGO").unwrap_or_else(|_| "cargo".into());
    let status = Command::new(cargo)
        .args(["build", "--release", "--bin", "kaohe"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("CARGO_TARGET_DIR", target_dir())
        .status()
        .map_err(|e| format!("cargo build: {e}"))?;
    if !status.success() || !release.exists() {
        return Err(format!("cargo build --release failed ({status})"));
    }
    Ok(release)
}

// ---- Child processes: wall time and peak RSS ----------------------------------------------------

struct Outcome {
    secs: f64,
    /// Peak resident set size in bytes (ru_maxrss).
    peak_rss: u64,
    /// `Ok(code)` on exit, `Err(text)` when killed by a signal or the timeout.
    status: Result<i32, String>,
    stdout: PathBuf,
    stderr: PathBuf,
}

impl Outcome {
    fn ok(&self) -> bool {
        matches!(self.status, Ok(0))
    }
}

/// Runs `cmd` with stdout and stderr to files in `logs`, reaping it with `wait4` for its rusage.
fn run_child(mut cmd: Command, logs: &Path, tag: &str, timeout: Option<Duration>) -> Outcome {
    let stdout = logs.join(format!("{tag}.stdout"));
    let stderr = logs.join(format!("{tag}.stderr"));
    let fail = |msg: String| Outcome { secs: 0.0, peak_rss: 0, status: Err(msg), stdout: stdout.clone(), stderr: stderr.clone() };
    let (out, err) = match (File::create(&stdout), File::create(&stderr)) {
        (Ok(o), Ok(e)) => (o, e),
        _ => return fail("cannot create log files".into()),
    };
    cmd.stdin(Stdio::null()).stdout(out).stderr(err);
    let start = Instant::now();
    let child = match cmd.spawn() {
        Ok(c) => c,
        Err(e) => return fail(format!("cannot start: {e}")),
    };
    let pid = child.id() as libc::pid_t;
    let mut status: libc::c_int = 0;
    // SAFETY: rusage is plain data; wait4 fills it.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    let mut killed = false;
    loop {
        let flags = if timeout.is_some() { libc::WNOHANG } else { 0 };
        // SAFETY: pid is our own child, not yet reaped (std's Child is never waited on).
        let r = unsafe { libc::wait4(pid, &mut status, flags, &mut usage) };
        if r == pid {
            break;
        }
        if r == -1 {
            if std::io::Error::last_os_error().kind() == std::io::ErrorKind::Interrupted {
                continue;
            }
            return fail(format!("wait4: {}", std::io::Error::last_os_error()));
        }
        // r == 0: still running (WNOHANG).
        if let Some(limit) = timeout {
            if !killed && start.elapsed() > limit {
                // SAFETY: our own, unreaped child.
                unsafe { libc::kill(pid, libc::SIGKILL) };
                killed = true;
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    let secs = start.elapsed().as_secs_f64();
    drop(child);
    let status = if killed {
        Err(format!("timed out after {} s (killed)", timeout.unwrap_or_default().as_secs()))
    } else if libc::WIFEXITED(status) {
        Ok(libc::WEXITSTATUS(status))
    } else if libc::WIFSIGNALED(status) {
        Err(format!("killed by signal {}", libc::WTERMSIG(status)))
    } else {
        Err(format!("wait status {status}"))
    };
    Outcome { secs, peak_rss: usage.ru_maxrss as u64 * 1024, status, stdout, stderr }
}

/// The end of a contender's stderr; for a Rust panic, the panic line and its message instead of
/// the backtrace. Long lines are shortened.
fn tail(path: &Path, lines: usize) -> String {
    let text = std::fs::read(path).map(|b| String::from_utf8_lossy(&b).into_owned()).unwrap_or_default();
    let all: Vec<&str> = text.lines().collect();
    let shown: Vec<&str> = match all.iter().position(|l| l.contains("panicked at")) {
        Some(i) => all[i..].iter().take(3).copied().collect(),
        None => all[all.len().saturating_sub(lines)..].to_vec(),
    };
    shown
        .iter()
        .map(|l| if l.chars().count() > 200 { format!("{} …", l.chars().take(200).collect::<String>()) } else { l.to_string() })
        .collect::<Vec<_>>()
        .join("\n")
}

/// This process's own peak resident size (VmHWM of its memory map). `getrusage(RUSAGE_SELF)`
/// would also count the RSS of cargo, which exec'd it: at exec Linux carries the old memory map's
/// peak into `ru_maxrss`. For the same reason a contender's `ru_maxrss` can include this harness's
/// resident size at spawn, which is why the harness stays small (the month is generated in a child).
fn self_peak_rss() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.trim_start_matches("VmHWM:").trim().trim_end_matches("kB").trim().parse().ok()?;
    Some(kb * 1024)
}

// ---- The month ----------------------------------------------------------------------------------

fn month_dir(opts: &Options) -> Result<PathBuf, String> {
    if let Some(dir) = &opts.input {
        return if dir.is_dir() { Ok(dir.clone()) } else { Err(format!("--input {} is not a folder", dir.display())) };
    }
    let mut name = format!("bench-month-{}-{}", opts.agents, opts.qa_rows);
    if opts.seed != DEFAULT_SEED {
        name.push_str(&format!("-s{}", opts.seed));
    }
    let dir = target_dir().join(&name);
    let done = target_dir().join(format!("{name}.done"));
    if done.exists() && dir.is_dir() {
        println!("month: {} (already generated)", dir.display());
        return Ok(dir);
    }
    println!("month: generating {} agents, {} QA rows, seed {} into {} …", opts.agents, opts.qa_rows, opts.seed, dir.display());
    let _ = std::fs::remove_dir_all(&dir);
    // In a child, so that this harness's own peak memory stays small (see docs/benchmark.md).
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let status = Command::new(exe)
        .args(["--generate", &opts.agents.to_string(), &opts.qa_rows.to_string(), &opts.seed.to_string(), &opts.month])
        .arg(&dir)
        .status()
        .map_err(|e| format!("generator: {e}"))?;
    if !status.success() {
        return Err(format!("generating the month failed ({status})"));
    }
    std::fs::write(&done, format!("agents {} qa_rows {} seed {}\n", opts.agents, opts.qa_rows, opts.seed)).map_err(|e| e.to_string())?;
    Ok(dir)
}

fn generate_child(args: &[String]) -> Result<(), String> {
    let n = |i: usize| args.get(i).and_then(|v| v.parse::<u64>().ok()).ok_or("bad --generate arguments");
    let month = args.get(3).ok_or("bad --generate arguments")?;
    let (y, m) = month.split_once('-').ok_or("month as 2026-10")?;
    let spec = gen_month::Spec {
        month: (y.parse().map_err(|_| "month")?, m.parse().map_err(|_| "month")?),
        agents: n(0)? as usize,
        qa_rows: n(1)? as usize,
        seed: n(2)?,
        finding_rate: 0.3,
    };
    let dir = PathBuf::from(args.get(4).ok_or("bad --generate arguments")?);
    let t = Instant::now();
    let w = gen_month::write_csv_spec(&spec, &dir, gen_month::Encoding::Utf8Bom, gen_month::LineEnd::CrLf).map_err(|e| e.to_string())?;
    for (name, bytes, rows) in &w.files {
        println!("  {name:<16} {rows:>10} rows {:>10.1} MB", *bytes as f64 / 1e6);
    }
    println!("  generated {} rows, {:.1} MB in {:.1} s", w.rows(), w.bytes() as f64 / 1e6, t.elapsed().as_secs_f64());
    Ok(())
}

/// The table files of the folder and their total size.
fn input_files(dir: &Path) -> Result<(Vec<PathBuf>, u64), String> {
    let mut files = Vec::new();
    let mut bytes = 0;
    for entry in std::fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        if path.is_file() && !name.starts_with('.') && !name.starts_with("~$") {
            bytes += std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
            files.push(path);
        }
    }
    files.sort();
    Ok((files, bytes))
}

fn csv_files(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let (files, _) = input_files(dir)?;
    Ok(files.into_iter().filter(|p| p.extension().is_some_and(|e| e.eq_ignore_ascii_case("csv"))).collect())
}

// ---- Floors -------------------------------------------------------------------------------------

/// Floor a: every table file through the csv crate as `ByteRecord`s. Prints the data rows.
fn floor_bytes(dir: &Path) -> Result<(), String> {
    let mut rows = 0usize;
    let mut fields = 0usize;
    for path in csv_files(dir)? {
        let mut r = csv::ReaderBuilder::new().flexible(true).from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        let mut record = csv::ByteRecord::new();
        while r.read_byte_record(&mut record).map_err(|e| format!("{}: {e}", path.display()))? {
            rows += 1;
            fields += record.len();
        }
    }
    std::hint::black_box(fields);
    println!("rows {rows}");
    Ok(())
}

/// One QA row as serde sees it (Chinese headers, with English and traditional aliases).
#[derive(Debug, Deserialize)]
struct QaRow<'a> {
    #[serde(rename = "日期", alias = "date")]
    date: &'a str,
    #[serde(rename = "工号", alias = "工號", alias = "agent_id")]
    agent_id: &'a str,
    #[serde(rename = "项目", alias = "項目", alias = "item", default)]
    item: &'a str,
    #[serde(rename = "次数", alias = "次數", alias = "misses", default)]
    misses: Option<u32>,
    #[serde(rename = "来源", alias = "來源", alias = "source", default)]
    source: &'a str,
    #[serde(rename = "检查人", alias = "檢查人", alias = "inspector", default)]
    inspector: &'a str,
    #[serde(rename = "备注", alias = "備註", alias = "note", default)]
    note: &'a str,
    #[serde(rename = "作废", alias = "作廢", alias = "void", default)]
    void: &'a str,
}

/// Floor b: QA rows deserialized into a struct with serde, misses summed per agent in a HashMap;
/// the other tables as `ByteRecord`s.
fn floor_serde(dir: &Path) -> Result<(), String> {
    let mut rows = 0usize;
    let mut per_agent: HashMap<String, u64> = HashMap::new();
    let mut text = 0usize;
    for path in csv_files(dir)? {
        let stem = path.file_stem().map(|s| s.to_string_lossy().to_lowercase()).unwrap_or_default();
        let mut r = csv::ReaderBuilder::new().flexible(true).from_path(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        if matches!(stem.as_str(), "qa" | "质检" | "質檢") {
            let headers = r.headers().map_err(|e| format!("{}: {e}", path.display()))?.clone();
            let mut record = csv::StringRecord::new();
            while r.read_record(&mut record).map_err(|e| format!("{}: {e}", path.display()))? {
                rows += 1;
                let row: QaRow = record.deserialize(Some(&headers)).map_err(|e| format!("{}: {e}", path.display()))?;
                text += row.date.len() + row.source.len() + row.inspector.len() + row.note.len();
                if row.item.is_empty() || matches!(row.void, "是" | "yes") {
                    continue;
                }
                let misses = row.misses.unwrap_or(1) as u64;
                match per_agent.get_mut(row.agent_id) {
                    Some(m) => *m += misses,
                    None => {
                        per_agent.insert(row.agent_id.to_string(), misses);
                    }
                }
            }
        } else {
            let mut record = csv::ByteRecord::new();
            while r.read_byte_record(&mut record).map_err(|e| format!("{}: {e}", path.display()))? {
                rows += 1;
            }
        }
    }
    std::hint::black_box(text);
    println!("rows {rows}; agents with findings {}; misses {}", per_agent.len(), per_agent.values().sum::<u64>());
    Ok(())
}

// ---- The benchmark ------------------------------------------------------------------------------

struct Contender {
    name: &'static str,
    what: String,
    command: Box<dyn Fn() -> Command>,
    times: Vec<f64>,
    peak_rss: u64,
    failure: Option<String>,
}

fn median(v: &[f64]) -> f64 {
    let mut s = v.to_vec();
    s.sort_by(|a, b| a.total_cmp(b));
    let n = s.len();
    if n == 0 {
        f64::NAN
    } else if n % 2 == 1 {
        s[n / 2]
    } else {
        (s[n / 2 - 1] + s[n / 2]) / 2.0
    }
}

fn bench(opts: &Options) -> Result<(), String> {
    let dir = month_dir(opts)?;
    let dir = dir.canonicalize().map_err(|e| e.to_string())?;
    let (files, input_bytes) = input_files(&dir)?;
    let kaohe = kaohe_binary(opts)?;
    let scratch = tempfile::Builder::new().prefix("kaohe-scale-").tempdir().map_err(|e| e.to_string())?;
    let logs = scratch.path().to_path_buf();
    let kaohe_out = logs.join("kaohe-out");
    let pandas_out = logs.join("pandas-out");
    let exe = std::env::current_exe().map_err(|e| e.to_string())?;
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches").join("pandas_scheme.py");

    // Warm the page cache so that round 1's first contender does not pay for the disk.
    let mut buf = vec![0u8; 1 << 20];
    for f in &files {
        if let Ok(mut file) = File::open(f) {
            while matches!(file.read(&mut buf), Ok(n) if n > 0) {}
        }
    }

    let mut contenders: Vec<Contender> = Vec::new();
    let add = |name: &'static str, what: String, command: Box<dyn Fn() -> Command>| Contender {
        name,
        what,
        command,
        times: Vec::new(),
        peak_rss: 0,
        failure: None,
    };
    {
        let (exe, dir) = (exe.clone(), dir.clone());
        contenders.push(add(
            "floor-bytes",
            "csv crate, ByteRecord over every table".into(),
            Box::new(move || {
                let mut c = Command::new(&exe);
                c.arg("--floor-bytes").arg(&dir);
                c
            }),
        ));
    }
    {
        let (exe, dir) = (exe.clone(), dir.clone());
        contenders.push(add(
            "floor-serde",
            "csv + serde struct for QA, misses per agent in a HashMap".into(),
            Box::new(move || {
                let mut c = Command::new(&exe);
                c.arg("--floor-serde").arg(&dir);
                c
            }),
        ));
    }
    for (name, sub) in [("kaohe check", "check"), ("kaohe run", "run")] {
        let (kaohe, dir, month, cwd, out) = (kaohe.clone(), dir.clone(), opts.month.clone(), logs.clone(), kaohe_out.clone());
        contenders.push(add(
            name,
            format!("{} {sub} --month {month} --input DIR{}", kaohe.display(), if sub == "run" { " --out TMP" } else { "" }),
            Box::new(move || {
                let mut c = Command::new(&kaohe);
                c.args([sub, "--month", &month, "--input"]).arg(&dir);
                if sub == "run" {
                    c.arg("--out").arg(&out);
                }
                // A scratch working folder: no kaohe.toml, no ledger (a first month).
                c.current_dir(&cwd).env_remove("LANG").env_remove("LC_ALL");
                c
            }),
        ));
    }
    let mut pandas_note = None;
    if opts.pandas {
        let available = Command::new("python3")
            .args(["-c", "import pandas"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
        if available {
            let (script, dir, out, month) = (script.clone(), dir.clone(), pandas_out.clone(), opts.month.clone());
            contenders.push(add(
                "pandas",
                format!("python3 benches/pandas_scheme.py DIR OUT --month {month}"),
                Box::new(move || {
                    let mut c = Command::new("python3");
                    c.arg(&script).arg(&dir).arg(&out).args(["--month", &month]);
                    c
                }),
            ));
        } else {
            pandas_note = Some("pandas skipped: `python3 -c 'import pandas'` failed (pip install pandas)".to_string());
        }
    }

    println!("input: {} ({} files, {:.1} MB)", dir.display(), files.len(), input_bytes as f64 / 1e6);
    println!("kaohe: {}", kaohe.display());
    if let Some(n) = &pandas_note {
        println!("{n}");
    }
    let mut data_rows: Option<usize> = None;
    for round in 1..=opts.rounds {
        for (i, c) in contenders.iter_mut().enumerate() {
            if c.failure.is_some() {
                continue;
            }
            let mut cmd = (c.command)();
            // The same environment for every contender, whatever the caller's shell has.
            cmd.env_remove("RUST_BACKTRACE").env_remove("RUST_LIB_BACKTRACE");
            let o = run_child(cmd, &logs, &format!("r{round}-{i}"), opts.timeout);
            if !o.ok() {
                let status = match &o.status {
                    Ok(code) => format!("exit code {code}"),
                    Err(e) => e.clone(),
                };
                let when = format!("after {:.3} s, {:.1} MB peak RSS", o.secs, o.peak_rss as f64 / 1e6);
                c.failure = Some(format!("{status} in round {round} {when}; stderr tail:\n{}", indent(&tail(&o.stderr, 12))));
                println!("  round {round}: {:<12} FAILED ({status}) {when}; not run again", c.name);
                continue;
            }
            if c.name == "floor-bytes" && data_rows.is_none() {
                let out = std::fs::read_to_string(&o.stdout).unwrap_or_default();
                data_rows = out.trim().strip_prefix("rows ").and_then(|n| n.parse().ok());
            }
            c.times.push(o.secs);
            c.peak_rss = c.peak_rss.max(o.peak_rss);
            println!("  round {round}: {:<12} {:>8.3} s {:>8.1} MB peak RSS", c.name, o.secs, o.peak_rss as f64 / 1e6);
        }
    }

    let mb = input_bytes as f64 / 1e6;
    println!();
    println!(
        "{} rounds, interleaved; input {:.1} MB, {} data rows",
        opts.rounds,
        mb,
        data_rows.map(|r| r.to_string()).unwrap_or_else(|| "?".into())
    );
    println!("{:<12} {:>9} {:>9} {:>12} {:>12}  rounds (s)", "contender", "median s", "MB/s", "rows/s", "peak RSS MB");
    let mut medians: HashMap<&str, f64> = HashMap::new();
    for c in &contenders {
        if let Some(f) = &c.failure {
            println!("{:<12} FAILED: {f}", c.name);
            continue;
        }
        let m = median(&c.times);
        medians.insert(c.name, m);
        let rows_s = data_rows.map(|r| format!("{:.0}", r as f64 / m)).unwrap_or_else(|| "?".into());
        let rounds: Vec<String> = c.times.iter().map(|t| format!("{t:.3}")).collect();
        println!("{:<12} {:>9.3} {:>9.1} {:>12} {:>12.1}  {}", c.name, m, mb / m, rows_s, c.peak_rss as f64 / 1e6, rounds.join(" "));
    }
    let rss: HashMap<&str, u64> = contenders.iter().filter(|c| c.failure.is_none()).map(|c| (c.name, c.peak_rss)).collect();
    println!();
    for (a, b) in [("kaohe check", "floor-serde"), ("kaohe run", "kaohe check"), ("pandas", "kaohe run")] {
        if let (Some(x), Some(y)) = (medians.get(a), medians.get(b)) {
            let (ra, rb) = (rss[a] as f64, rss[b] as f64);
            println!("{a:>11} / {b:<12} time {:>6.2}x   peak RSS {:>6.2}x", x / y, ra / rb);
        }
    }
    if let Some(rss) = self_peak_rss() {
        println!("harness peak RSS {:.1} MB (the most a contender's figure can owe to the harness)", rss as f64 / 1e6);
    }
    for c in &contenders {
        println!("  {:<12} {}", c.name, c.what);
    }

    if contenders.iter().any(|c| c.name == "pandas" && c.failure.is_none()) && medians.contains_key("kaohe run") {
        println!();
        compare(&kaohe_out.join("results.csv"), &pandas_out.join("results.csv"));
    }
    Ok(())
}

fn indent(text: &str) -> String {
    text.lines().map(|l| format!("    {l}")).collect::<Vec<_>>().join("\n")
}

/// Compares kaohe's results.csv with the pandas script's, byte for byte, then line by line.
fn compare(kaohe: &Path, pandas: &Path) {
    let (a, b) = match (std::fs::read(kaohe), std::fs::read(pandas)) {
        (Ok(a), Ok(b)) => (a, b),
        (a, b) => {
            println!("results.csv comparison: cannot read ({:?}, {:?})", a.err(), b.err());
            return;
        }
    };
    if a == b {
        let lines = a.iter().filter(|&&c| c == b'\n').count();
        println!("results.csv: kaohe and pandas are byte-identical ({} lines incl. header)", lines);
        return;
    }
    let text = |bytes: &[u8]| {
        let s = String::from_utf8_lossy(bytes).into_owned();
        s.strip_prefix('\u{feff}').unwrap_or(&s).replace("\r\n", "\n")
    };
    let (ta, tb) = (text(&a), text(&b));
    if ta == tb {
        println!("results.csv: same content; they differ only in BOM or line ends");
        return;
    }
    let (la, lb): (Vec<&str>, Vec<&str>) = (ta.lines().collect(), tb.lines().collect());
    let differing: Vec<usize> = (0..la.len().max(lb.len())).filter(|&i| la.get(i) != lb.get(i)).collect();
    println!(
        "results.csv: kaohe and pandas DIFFER on {} of {} lines (kaohe {} lines, pandas {}); first differences:",
        differing.len(),
        la.len().max(lb.len()),
        la.len(),
        lb.len()
    );
    for &i in differing.iter().take(5) {
        println!("  line {}:\n    kaohe : {}\n    pandas: {}", i + 1, la.get(i).unwrap_or(&"<none>"), lb.get(i).unwrap_or(&"<none>"));
    }
}
