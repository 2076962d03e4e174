//! Whole-or-nothing output (SPEC 6): every file is written under a temporary name in the target
//! folder and renamed into place only after all of them were written and synced.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::error::{KaoheError, Result};

/// A set of files to publish together.
#[derive(Debug, Default)]
pub struct OutputSet {
    files: Vec<(String, Vec<u8>)>,
}

impl OutputSet {
    pub fn add(&mut self, name: &str, bytes: Vec<u8>) {
        self.files.push((name.to_string(), bytes));
    }

    pub fn names(&self) -> Vec<&str> {
        self.files.iter().map(|(n, _)| n.as_str()).collect()
    }

    /// Writes every file into `dir` (created if needed). On any failure the temporary files are
    /// removed and no target file is touched.
    pub fn publish(&self, dir: &Path) -> Result<Vec<PathBuf>> {
        fs::create_dir_all(dir).map_err(|e| KaoheError::io(dir, e))?;
        let mut temps: Vec<(PathBuf, PathBuf)> = Vec::new();
        let cleanup = |temps: &[(PathBuf, PathBuf)]| {
            for (tmp, _) in temps {
                let _ = fs::remove_file(tmp);
            }
        };
        for (name, bytes) in &self.files {
            let target = dir.join(name);
            let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
            let written = fs::File::create(&tmp).and_then(|mut f| {
                f.write_all(bytes)?;
                f.sync_all()
            });
            temps.push((tmp.clone(), target));
            if let Err(e) = written {
                cleanup(&temps);
                return Err(KaoheError::io(tmp, e));
            }
        }
        for (i, (tmp, target)) in temps.iter().enumerate() {
            if let Err(e) = fs::rename(tmp, target) {
                cleanup(&temps[i..]);
                return Err(KaoheError::io(target, e));
            }
        }
        Ok(temps.into_iter().map(|(_, t)| t).collect())
    }
}
