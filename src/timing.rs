//! Where a command's time goes, for the benchmark and for whoever profiles a slow month: with
//! `KAOHE_TIMINGS=1` each stage prints its wall time to stderr. Nothing else reads it.

use std::sync::OnceLock;
use std::time::Instant;

fn enabled() -> bool {
    static ON: OnceLock<bool> = OnceLock::new();
    *ON.get_or_init(|| std::env::var_os("KAOHE_TIMINGS").is_some_and(|v| !v.is_empty()))
}

/// A stage being timed; prints when dropped.
pub struct Stage {
    name: &'static str,
    start: Instant,
}

/// Starts timing a stage.
pub fn stage(name: &'static str) -> Stage {
    Stage { name, start: Instant::now() }
}

impl Drop for Stage {
    fn drop(&mut self) {
        if enabled() {
            eprintln!("timing: {:<18} {:>8.3} s", self.name, self.start.elapsed().as_secs_f64());
        }
    }
}
