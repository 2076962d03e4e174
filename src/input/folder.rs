//! Which file (or sheet) holds which table (SPEC 2, 2.5). A folder is listed once. Names are
//! matched in English or Chinese, simplified or traditional; a file that holds no table kaohe
//! knows is named in a warning, with the table it may be (`满意度调查.csv` → surveys, by alias;
//! `agnets.csv` → agents, by edit distance), and two candidates for one table are an error —
//! pay must never change silently because a copy sat beside the real file. Excel's lock files
//! (`~$qa.xlsx`) and hidden files are ignored.

use std::path::{Path, PathBuf};

use super::{extension, TableLocation, EXTENSIONS};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::problem::{Origin, Problem, Warning, WarningKind};
use crate::schema::{normalize, TableDef};
use crate::tr;

/// Where the tables are.
#[derive(Debug, Default)]
pub struct Located {
    /// For each table asked for, in the same order: where it is, if anywhere.
    pub tables: Vec<Option<TableLocation>>,
    /// For each table that was not found: a file or sheet that may be it.
    pub hints: Vec<Option<String>>,
    pub problems: Vec<Problem>,
    pub warnings: Vec<Warning>,
}

/// A named thing that may hold a table: a file in a folder or a sheet of a workbook.
pub(crate) struct Candidate {
    /// The name matched against the tables (a file's stem, a sheet's name).
    pub name: String,
    /// How messages show it.
    pub display: String,
    pub location: TableLocation,
}

/// Lists a folder and finds each table in it.
pub fn locate(dir: &Path, tables: &[TableDef], lang: Lang) -> Result<Located> {
    let entries = std::fs::read_dir(dir).map_err(|e| KaoheError::io(dir, e))?;
    let mut paths: Vec<PathBuf> = entries.flatten().map(|e| e.path()).filter(|p| p.is_file()).collect();
    paths.sort();
    let place = Origin::file(dir.display().to_string());
    let mut candidates = Vec::new();
    let mut warnings = Vec::new();
    for path in paths {
        let file_name = super::display_name(&path);
        let Some(stem) = path.file_stem().and_then(|s| s.to_str()) else { continue };
        if file_name.starts_with('.') || file_name.starts_with("~$") {
            continue; // hidden files and Excel's lock files
        }
        let ext = extension(&path);
        if !EXTENSIONS.contains(&ext.as_str()) {
            // A table saved in a format kaohe does not read (qa.txt, qa.et from WPS, qa.numbers).
            if tables.iter().any(|t| t.matches_name(stem)) {
                warnings.push(Warning {
                    kind: WarningKind::UnknownFile,
                    origin: Some(Origin::file(file_name.as_str())),
                    message: tr!(lang, "input-not-read-format", file = file_name.as_str()),
                });
            }
            continue;
        }
        candidates.push(Candidate {
            name: stem.to_string(),
            display: file_name.clone(),
            location: TableLocation { path: path.clone(), display: file_name, sheet: None },
        });
    }
    let mut located = assign(candidates, tables, &place, lang, false);
    located.warnings.extend(warnings);
    Ok(located)
}

/// Assigns candidates to tables: exact names first; the others are suggested or unknown.
/// `sheets`: the candidates are a workbook's sheets, whose other sheets (notes, pivot tables)
/// are no concern; every file of a folder that is no table is named.
pub(crate) fn assign(candidates: Vec<Candidate>, tables: &[TableDef], place: &Origin, lang: Lang, sheets: bool) -> Located {
    let warn_unknown = !sheets;
    let mut exact: Vec<Vec<Candidate>> = tables.iter().map(|_| Vec::new()).collect();
    let mut suggested: Vec<Vec<Candidate>> = tables.iter().map(|_| Vec::new()).collect();
    let mut located = Located::default();
    for c in candidates {
        if let Some(t) = tables.iter().position(|t| t.matches_name(&c.name)) {
            exact[t].push(c);
        } else if let Some(t) = suggest(&c.name, tables) {
            suggested[t].push(c);
        } else if warn_unknown {
            located.warnings.push(Warning {
                kind: WarningKind::UnknownFile,
                origin: Some(Origin::file(c.display.as_str())),
                message: tr!(lang, "input-unknown-file"),
            });
        }
    }
    for (t, table) in tables.iter().enumerate() {
        let (exact, suggested) = (&exact[t], &suggested[t]);
        let (proper, label) = (proper_names(table), table.label(lang));
        match (exact.len(), suggested.len()) {
            (0, 0) => {
                located.tables.push(None);
                located.hints.push(None);
            }
            (0, 1) => {
                let c = &suggested[0];
                located.warnings.push(Warning {
                    kind: WarningKind::UnknownFile,
                    origin: Some(Origin::file(c.display.as_str())),
                    message: tr!(lang, "input-maybe-table", table = label, names = proper.as_str()),
                });
                located.tables.push(None);
                located.hints.push(Some(c.display.clone()));
            }
            (1, 0) => {
                located.tables.push(Some(exact[0].location.clone()));
                located.hints.push(None);
            }
            (e, _) => {
                let all: Vec<&Candidate> = exact.iter().chain(suggested.iter()).collect();
                let list = all.iter().map(|c| c.display.as_str()).collect::<Vec<_>>().join(", ");
                let (what, fix) = match (e >= 2 && suggested.is_empty(), sheets) {
                    (true, true) => (tr!(lang, "input-several-sheets", table = label, list = list), tr!(lang, "input-several-sheets-fix")),
                    (true, false) => (tr!(lang, "input-several-files", table = label, list = list), tr!(lang, "input-several-files-fix")),
                    (false, _) => (
                        tr!(lang, "input-ambiguous", table = label, list = list),
                        tr!(lang, "input-ambiguous-fix", names = proper.as_str()),
                    ),
                };
                located.problems.push(Problem::in_lang(lang, place.clone(), what, fix));
                located.tables.push(None);
                located.hints.push(None);
            }
        }
    }
    located
}

/// `qa.csv (or 质检.csv)` style: the names a table's file may have.
fn proper_names(table: &TableDef) -> String {
    let zh = table.aliases.last().copied().unwrap_or(table.name);
    format!("{} / {}", table.name, zh)
}

/// Extra words that point at a table in a file name, beyond its own names.
fn synonyms(table: &str) -> &'static [&'static str] {
    match table {
        "agents" => &["agent", "staff", "roster", "employee", "employees", "名册", "名冊", "员工", "員工", "花名册"],
        "qa" => &["quality", "inspection", "inspections", "抽查"],
        "surveys" => &["survey", "satisfaction", "调查", "調查", "回访", "回訪"],
        "attendance" => &["出勤", "卫生", "衛生", "hygiene"],
        "awards" => &["award", "reward", "rewards", "表扬", "表揚"],
        "penalties" => &["penalty", "fine", "fines", "处罚", "處罰"],
        _ => &[],
    }
}

/// The table a name may stand for: it contains one of the table's names (Chinese anywhere,
/// English as a word), or is an English name mistyped by one or two letters. `None` when no
/// table, or more than one equally, fits.
pub fn suggest(name: &str, tables: &[TableDef]) -> Option<usize> {
    let n = normalize(name);
    let words: Vec<&str> = n.split(|c: char| !c.is_ascii_alphanumeric()).filter(|w| !w.is_empty()).collect();
    let mut best: Option<(usize, usize)> = None; // (table, strength)
    let mut tie = false;
    for (t, table) in tables.iter().enumerate() {
        let mut strength = 0;
        for word in std::iter::once(table.name).chain(table.aliases.iter().copied()).chain(synonyms(table.name).iter().copied()) {
            let w = normalize(word);
            let hit = if w.is_ascii() {
                words.iter().any(|x| {
                    let stem = x.trim_end_matches(|c: char| c.is_ascii_digit());
                    *x == w || stem == w || (w.len() >= 4 && strsim::levenshtein(stem, &w) <= 2)
                })
            } else {
                n.contains(&w)
            };
            if hit {
                strength = strength.max(w.chars().count());
            }
        }
        if strength > 0 {
            match best {
                Some((_, s)) if s > strength => {}
                Some((_, s)) if s == strength => tie = true,
                _ => {
                    best = Some((t, strength));
                    tie = false;
                }
            }
        }
    }
    if tie {
        None
    } else {
        best.map(|(t, _)| t)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::TABLES;

    fn table_of(name: &str) -> Option<&'static str> {
        suggest(name, &TABLES).map(|t| TABLES[t].name)
    }

    #[test]
    fn names_of_copies_and_variants_suggest_their_table() {
        assert_eq!(table_of("满意度调查"), Some("surveys"));
        assert_eq!(table_of("qa - 副本"), Some("qa"));
        assert_eq!(table_of("qa (2)"), Some("qa"));
        assert_eq!(table_of("agnets"), Some("agents"));
        assert_eq!(table_of("10月质检记录"), Some("qa"));
        assert_eq!(table_of("Penalty"), Some("penalties"));
        assert_eq!(table_of("员工名册"), Some("agents"));
        assert_eq!(table_of("说明"), None);
        assert_eq!(table_of("aqua"), None, "qa only as a word");
    }
}
