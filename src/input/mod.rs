//! Reading: finds the month's tables in a folder or a workbook and yields their rows as cells,
//! each row numbered as the user sees it. Knows nothing of the scheme; `check` gives cells meaning.

pub mod csv;
pub mod excel;

use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::error::{KaoheError, Result};
use crate::problem::{Origin, Problem};
use crate::schema::TableDef;

/// One cell as the file typed it. CSV gives only text; workbooks give Excel's types.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    Empty,
    Text(String),
    /// An Excel number cell (an f64 in the file; turned into a decimal by its shortest form).
    Number(f64),
    Bool(bool),
    /// An Excel date cell.
    DateTime(NaiveDateTime),
    /// An Excel error value such as `#N/A`.
    Error(String),
}

impl Cell {
    /// The cell as the user reads it: text trimmed, numbers by their shortest form (`1006.0` →
    /// `1006`), dates as `2026-10-03`. `None` for an empty cell and for an error value, which the
    /// caller reports.
    pub fn text(&self) -> Option<String> {
        match self {
            Cell::Empty | Cell::Error(_) => None,
            Cell::Text(t) => Some(t.trim().to_string()).filter(|t| !t.is_empty()),
            Cell::Number(n) => Some(match crate::num::decimal_from_f64(*n) {
                Some(d) => d.normalize().to_string(),
                None => n.to_string(),
            }),
            Cell::Bool(b) => Some(if *b { "TRUE" } else { "FALSE" }.to_string()),
            Cell::DateTime(d) => Some(d.date().format("%Y-%m-%d").to_string()),
        }
    }

    pub fn is_empty(&self) -> bool {
        match self {
            Cell::Empty => true,
            Cell::Text(t) => t.trim().is_empty(),
            _ => false,
        }
    }
}

/// A row of cells, numbered as the user sees it (header = row 1).
#[derive(Debug, Clone, PartialEq)]
pub struct RawRow {
    pub number: usize,
    pub cells: Vec<Cell>,
}

/// An open table: where it is, its header row, and a stream of its rows.
pub struct TableReader {
    pub origin: Origin,
    /// The header row's texts, in column order.
    pub headers: Vec<String>,
    /// The row the header is on, as the user sees it (1 unless blank rows stand above it).
    pub header_row: usize,
    /// SHA-256 of the file's bytes (the whole workbook for a sheet).
    pub sha256: String,
    pub rows: Box<dyn Iterator<Item = Result<RawRow, Problem>>>,
}

/// Where the month's inputs are.
#[derive(Debug, Clone)]
pub enum InputSet {
    Folder(PathBuf),
    Workbook(PathBuf),
}

/// The file (and sheet) holding one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableLocation {
    pub path: PathBuf,
    /// The name shown in messages: the file name relative to the input.
    pub display: String,
    pub sheet: Option<String>,
}

pub const EXTENSIONS: [&str; 4] = ["csv", "xlsx", "xls", "ods"];

impl InputSet {
    pub fn open(path: &Path) -> Result<InputSet> {
        let meta = std::fs::metadata(path).map_err(|e| KaoheError::io(path, e))?;
        if meta.is_dir() {
            Ok(InputSet::Folder(path.to_path_buf()))
        } else {
            let ext = extension(path);
            if ["xlsx", "xlsm", "xls", "ods"].contains(&ext.as_str()) {
                Ok(InputSet::Workbook(path.to_path_buf()))
            } else {
                Err(KaoheError::Invalid(vec![Problem::new(
                    Origin::file(path.display().to_string()),
                    "this is neither a folder nor a workbook (.xlsx, .xls, .ods)",
                    "give --input a folder holding agents.csv, qa.csv … or one workbook whose sheets are the tables",
                )]))
            }
        }
    }

    /// Finds a table by its English or Chinese names. `Ok(None)` when absent; an error when two
    /// files claim the same table.
    pub fn locate(&self, table: &TableDef) -> Result<Option<TableLocation>, Problem> {
        match self {
            InputSet::Folder(dir) => locate_in_folder(dir, table),
            InputSet::Workbook(book) => excel::locate_sheet(book, table),
        }
    }

    /// Opens a located table.
    pub fn read(&self, location: &TableLocation) -> Result<TableReader> {
        if extension(&location.path) == "csv" {
            csv::open(location)
        } else {
            excel::open(location)
        }
    }
}

pub fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

fn locate_in_folder(dir: &Path, table: &TableDef) -> Result<Option<TableLocation>, Problem> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        Problem::new(Origin::file(dir.display().to_string()), format!("cannot list the folder: {e}"), "check the path and permissions")
    })?;
    let mut found: Vec<PathBuf> = Vec::new();
    for entry in entries.flatten() {
        let path = entry.path();
        let (Some(stem), ext) = (path.file_stem().and_then(|s| s.to_str()), extension(&path)) else { continue };
        if stem.starts_with("~$") || !EXTENSIONS.contains(&ext.as_str()) {
            continue; // Excel's lock files and other files are not tables.
        }
        if table.matches_name(stem) {
            found.push(path);
        }
    }
    found.sort();
    match found.len() {
        0 => Ok(None),
        1 => {
            let path = found.remove(0);
            let display = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            Ok(Some(TableLocation { path, display, sheet: None }))
        }
        _ => {
            let names: Vec<String> = found.iter().filter_map(|p| p.file_name()).map(|n| n.to_string_lossy().into_owned()).collect();
            Err(Problem::new(
                Origin::file(dir.display().to_string()),
                format!("several files hold the {} table: {}", table.name, names.join(", ")),
                "keep one file per table and move the others out of the folder",
            ))
        }
    }
}
