//! Outputs as a set (SPEC 6): every file of a run is written under a temporary name beside its
//! target, and only when all are complete are they swapped in — the old files moved aside first,
//! so that a file that cannot be replaced (a `report.xlsx` held open by Excel on Windows) leaves
//! every file as it was. A run holds a lock file for its whole life that records how far
//! publishing got; a later run into the same folder that finds the lock of a run that died (a
//! kill, a power cut) puts the folder back to one whole set and removes what the dead run left.
//!
//! States of the lock file: empty (staging: only temporary files exist) → `publish` with the
//! names (targets are being moved aside and replaced) → `committed` (the new set is in place;
//! the old files may still be lying aside) → removed.

use std::fs::{self, File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};

use crate::error::{KaoheError, Result};

const PREFIX: &str = ".kaohe-";

/// Files being written for one publication.
pub struct Staging {
    dir: PathBuf,
    /// Folders this publication created (deepest first), removed again if it never publishes.
    created: Vec<PathBuf>,
    id: String,
    lock: File,
    lock_path: PathBuf,
    files: Vec<String>,
    /// Outputs of an earlier run that this set does not have (an `adjustments.csv` of a month
    /// that now has no corrections): removed with the publication, put back with a rollback.
    retired: Vec<String>,
    done: bool,
}

impl Staging {
    /// Starts a publication into `dir` (created if needed), first tidying up after runs that
    /// died there.
    pub fn new(dir: &Path) -> Result<Staging> {
        let created: Vec<PathBuf> =
            dir.ancestors().take_while(|d| !d.as_os_str().is_empty() && !d.exists()).map(Path::to_path_buf).collect();
        fs::create_dir_all(dir).map_err(|e| KaoheError::io(dir, e))?;
        recover(dir).map_err(|e| KaoheError::io(dir, e))?;
        let nanos = std::time::SystemTime::now().duration_since(std::time::UNIX_EPOCH).map(|d| d.subsec_nanos()).unwrap_or(0);
        let id = format!("{}-{nanos:09}", std::process::id());
        let lock_path = dir.join(format!("{PREFIX}{id}.lock"));
        let lock =
            OpenOptions::new().create_new(true).write(true).read(true).open(&lock_path).map_err(|e| KaoheError::io(&lock_path, e))?;
        lock.lock().map_err(|e| KaoheError::io(&lock_path, e))?;
        Ok(Staging { dir: dir.to_path_buf(), created, id, lock, lock_path, files: Vec::new(), retired: Vec::new(), done: false })
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    fn temp(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{PREFIX}{}.tmp.{name}", self.id))
    }

    fn old(&self, name: &str) -> PathBuf {
        self.dir.join(format!("{PREFIX}{}.old.{name}", self.id))
    }

    /// Creates the temporary file of an output named `name`; write it, then [`Staging::publish`].
    pub fn create(&mut self, name: &str) -> Result<StagedFile> {
        let path = self.temp(name);
        let file = File::create(&path).map_err(|e| KaoheError::io(&path, e))?;
        self.files.push(name.to_string());
        Ok(StagedFile { file, path })
    }

    /// Writes a whole output from memory.
    pub fn add(&mut self, name: &str, bytes: &[u8]) -> Result<()> {
        let mut f = self.create(name)?;
        f.file.write_all(bytes).map_err(|e| KaoheError::io(&f.path, e))
    }

    /// Makes an output that this set does not write go away with the publication, so that the
    /// folder never shows an old file of that name beside the new set (SPEC 6: outputs as a set).
    pub fn retire(&mut self, name: &str) {
        if !self.files.iter().any(|f| f == name) && !self.retired.iter().any(|f| f == name) {
            self.retired.push(name.to_string());
        }
    }

    pub fn names(&self) -> &[String] {
        &self.files
    }

    fn state(&mut self, text: &str) -> io::Result<()> {
        self.lock.set_len(0)?;
        (&self.lock).write_all(text.as_bytes())?;
        self.lock.sync_data()
    }

    /// Swaps the new files in, all or none. On failure every target is as it was and the error
    /// names the file that could not be replaced. The old files stay aside until
    /// [`Published::commit`], so that a caller can still undo ([`Published::rollback`]).
    pub fn publish(mut self) -> Result<Published> {
        for name in self.files.clone() {
            let tmp = self.temp(&name);
            File::open(&tmp).and_then(|f| f.sync_all()).map_err(|e| KaoheError::io(&tmp, e))?;
        }
        let targets: Vec<(String, bool)> = self.files.iter().map(|n| (n.clone(), self.dir.join(n).exists())).collect();
        // Retired files are moved aside like replaced ones (and put back the same way by a
        // rollback or by the recovery of a run that died), but nothing takes their place.
        let retired: Vec<(String, bool)> = self.retired.iter().filter(|n| self.dir.join(n).exists()).map(|n| (n.clone(), true)).collect();
        let plan: String = std::iter::once("publish\n".to_string())
            .chain(targets.iter().chain(&retired).map(|(n, had)| format!("{}\t{n}\n", u8::from(*had))))
            .collect();
        self.state(&plan).map_err(|e| KaoheError::io(&self.lock_path, e))?;
        // Old files aside first: a file that cannot be moved (held open) stops everything here.
        let mut aside: Vec<String> = Vec::new();
        for (name, had) in targets.iter().chain(&retired) {
            if !had {
                continue;
            }
            if let Err(e) = rename(&self.dir.join(name), &self.old(name), Step::Aside) {
                self.undo(&aside, &[]);
                return Err(cannot_replace(&self.dir.join(name), e));
            }
            aside.push(name.clone());
        }
        let mut placed: Vec<String> = Vec::new();
        for (name, _) in &targets {
            if let Err(e) = rename(&self.temp(name), &self.dir.join(name), Step::Place) {
                self.undo(&aside, &placed);
                return Err(cannot_replace(&self.dir.join(name), e));
            }
            placed.push(name.clone());
        }
        fault("after-place")?;
        self.state("committed\n").map_err(|e| KaoheError::io(&self.lock_path, e))?;
        self.done = true;
        Ok(Published { staging: self, aside, placed })
    }

    /// Puts back what a failed publication changed.
    fn undo(&mut self, aside: &[String], placed: &[String]) {
        for name in placed {
            let _ = fs::remove_file(self.dir.join(name));
        }
        for name in aside {
            let _ = fs::rename(self.old(name), self.dir.join(name));
        }
    }
}

impl Drop for Staging {
    fn drop(&mut self) {
        if !self.done {
            for name in &self.files {
                let _ = fs::remove_file(self.temp(name));
            }
            let _ = self.lock.unlock();
            let _ = fs::remove_file(&self.lock_path);
            for dir in &self.created {
                let _ = fs::remove_dir(dir); // only when empty
            }
        }
    }
}

/// An output's temporary file, open for writing.
pub struct StagedFile {
    pub file: File,
    pub path: PathBuf,
}

impl StagedFile {
    /// Turns an I/O error writing this file into kaohe's error, naming the file.
    pub fn error(&self, e: io::Error) -> KaoheError {
        KaoheError::io(&self.path, e)
    }
}

/// A set of files in place, the old ones still aside.
pub struct Published {
    staging: Staging,
    aside: Vec<String>,
    placed: Vec<String>,
}

impl Published {
    /// The files written, as paths.
    pub fn paths(&self) -> Vec<PathBuf> {
        self.placed.iter().map(|n| self.staging.dir.join(n)).collect()
    }

    /// Keeps the new set: the old files are removed.
    pub fn commit(mut self) {
        for name in &self.aside {
            let _ = fs::remove_file(self.staging.old(name));
        }
        self.finish();
    }

    /// Puts the old set back (the caller's next step failed, e.g. the ledger's commit).
    pub fn rollback(mut self) {
        let s = &mut self.staging;
        let retired = self.aside.iter().filter(|n| !self.placed.contains(n));
        let _ = s.state(&format!(
            "publish\n{}",
            self.placed.iter().chain(retired).map(|n| format!("{}\t{n}\n", u8::from(self.aside.contains(n)))).collect::<String>()
        ));
        s.undo(&self.aside, &self.placed);
        self.finish();
    }

    fn finish(&mut self) {
        let _ = self.staging.lock.unlock();
        let _ = fs::remove_file(&self.staging.lock_path);
    }
}

#[derive(Debug, Clone, Copy)]
enum Step {
    Aside,
    Place,
}

fn rename(from: &Path, to: &Path, step: Step) -> io::Result<()> {
    #[cfg(feature = "fault-injection")]
    if let Ok(spec) = std::env::var("KAOHE_FAULT") {
        let name = to.file_name().and_then(|n| n.to_str()).unwrap_or("");
        let want = match step {
            Step::Aside => format!("aside:{}", from.file_name().and_then(|n| n.to_str()).unwrap_or("")),
            Step::Place => format!("place:{name}"),
        };
        if spec.split(',').any(|s| s == want) {
            return Err(io::Error::new(io::ErrorKind::PermissionDenied, "the file is in use by another process (test)"));
        }
    }
    let _ = step;
    fs::rename(from, to)
}

/// Test builds only: `KAOHE_FAULT=abort:<point>` kills the process at a named point, as a power
/// cut would; `fail:<point>` makes the step fail.
pub fn fault(point: &str) -> Result<()> {
    #[cfg(feature = "fault-injection")]
    if let Ok(spec) = std::env::var("KAOHE_FAULT") {
        for s in spec.split(',') {
            if s.strip_prefix("abort:") == Some(point) {
                std::process::abort();
            }
            if s.strip_prefix("fail:") == Some(point) {
                return Err(KaoheError::io(point, io::Error::other("injected failure (test)")));
            }
        }
    }
    let _ = point;
    Ok(())
}

fn cannot_replace(path: &Path, e: io::Error) -> KaoheError {
    let hint = io::Error::new(
        e.kind(),
        format!("{e} — cannot replace this file (is it open in Excel?); close it and run again: no output file was changed"),
    );
    KaoheError::io(path, hint)
}

/// Puts a folder back to one whole set after runs that died in it, and removes their files.
fn recover(dir: &Path) -> io::Result<()> {
    let entries = match fs::read_dir(dir) {
        Ok(e) => e,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
        Err(e) => return Err(e),
    };
    let names: Vec<String> = entries.flatten().filter_map(|e| e.file_name().to_str().map(String::from)).collect();
    for lock_name in names.iter().filter(|n| n.starts_with(PREFIX) && n.ends_with(".lock")) {
        let id = &lock_name[PREFIX.len()..lock_name.len() - ".lock".len()];
        let lock_path = dir.join(lock_name);
        let Ok(lock) = OpenOptions::new().read(true).write(true).open(&lock_path) else { continue };
        if lock.try_lock().is_err() {
            continue; // a run that is alive
        }
        let state = fs::read_to_string(&lock_path).unwrap_or_default();
        let mut lines = state.lines();
        let old = |n: &str| dir.join(format!("{PREFIX}{id}.old.{n}"));
        if lines.next() == Some("publish") {
            // It died while swapping files: put the old set back.
            for line in lines {
                let Some((had, name)) = line.split_once('\t') else { continue };
                if old(name).exists() {
                    fs::rename(old(name), dir.join(name))?;
                } else if had == "0" {
                    let _ = fs::remove_file(dir.join(name));
                }
            }
        }
        let prefix = format!("{PREFIX}{id}.");
        for leftover in names.iter().filter(|n| n.starts_with(&prefix) && !n.ends_with(".lock")) {
            let _ = fs::remove_file(dir.join(leftover));
        }
        drop(lock);
        let _ = fs::remove_file(&lock_path);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_set_replaces_the_old_set_and_leaves_nothing_behind() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.csv"), "old a").unwrap();
        let mut s = Staging::new(dir.path()).unwrap();
        s.add("a.csv", b"new a").unwrap();
        s.add("b.csv", b"new b").unwrap();
        s.publish().unwrap().commit();
        assert_eq!(fs::read_to_string(dir.path().join("a.csv")).unwrap(), "new a");
        assert_eq!(fs::read_to_string(dir.path().join("b.csv")).unwrap(), "new b");
        let left: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 2, "{left:?}");
    }

    #[test]
    fn a_rollback_restores_the_old_set() {
        let dir = tempfile::tempdir().unwrap();
        fs::write(dir.path().join("a.csv"), "old a").unwrap();
        let mut s = Staging::new(dir.path()).unwrap();
        s.add("a.csv", b"new a").unwrap();
        s.add("b.csv", b"new b").unwrap();
        s.publish().unwrap().rollback();
        assert_eq!(fs::read_to_string(dir.path().join("a.csv")).unwrap(), "old a");
        assert!(!dir.path().join("b.csv").exists());
        assert_eq!(fs::read_dir(dir.path()).unwrap().count(), 1);
    }

    #[test]
    fn a_retired_file_goes_with_the_publication_and_comes_back_with_a_rollback() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("a.csv"), "old a").unwrap();
        fs::write(d.join("adjustments.csv"), "old adjustments").unwrap();
        let staged = |text: &[u8]| {
            let mut s = Staging::new(d).unwrap();
            s.add("a.csv", text).unwrap();
            s.retire("adjustments.csv");
            s.publish().unwrap()
        };
        staged(b"new a").rollback();
        assert_eq!(fs::read_to_string(d.join("adjustments.csv")).unwrap(), "old adjustments");
        assert_eq!(fs::read_to_string(d.join("a.csv")).unwrap(), "old a");
        let published = staged(b"new a");
        assert_eq!(published.paths(), vec![d.join("a.csv")]);
        published.commit();
        assert!(!d.join("adjustments.csv").exists());
        let left: Vec<_> = fs::read_dir(d).unwrap().flatten().map(|e| e.file_name()).collect();
        assert_eq!(left.len(), 1, "{left:?}");
    }

    #[test]
    fn a_dead_run_is_rolled_back_by_the_next() {
        let dir = tempfile::tempdir().unwrap();
        let d = dir.path();
        fs::write(d.join("a.csv"), "new a").unwrap(); // placed by the dead run
        fs::write(d.join(".kaohe-1-1.old.a.csv"), "old a").unwrap();
        fs::write(d.join("b.csv"), "new b").unwrap(); // b did not exist before
        fs::write(d.join(".kaohe-1-1.tmp.c.csv"), "never placed").unwrap();
        fs::write(d.join(".kaohe-1-1.lock"), "publish\n1\ta.csv\n0\tb.csv\n0\tc.csv\n").unwrap();
        let s = Staging::new(d).unwrap();
        drop(s);
        assert_eq!(fs::read_to_string(d.join("a.csv")).unwrap(), "old a");
        assert!(!d.join("b.csv").exists());
        let left: Vec<String> = fs::read_dir(d).unwrap().flatten().map(|e| e.file_name().to_string_lossy().into_owned()).collect();
        assert_eq!(left, vec!["a.csv".to_string()]);
    }
}
