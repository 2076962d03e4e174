//! Reading: finds the month's tables in a folder or a workbook and hands their rows, one at a
//! time, to a visitor — each row numbered as the user sees it (the physical line of a CSV file
//! whatever its line ends, the sheet row of a workbook). Knows nothing of the scheme; `check`
//! gives cells meaning. Every file is read once: hashed, decoded and parsed in the same pass.

pub mod csv;
pub mod encoding;
pub mod excel;
pub mod extent;
pub mod folder;

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use chrono::NaiveDateTime;

use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::problem::{Origin, Problem};
use crate::tr;

pub use folder::Located;

/// One cell as the file typed it, borrowed from the reader's buffers. CSV gives only text;
/// workbooks give Excel's types. Text is trimmed; a blank cell is `Empty`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cell<'a> {
    Empty,
    Text(&'a str),
    /// An Excel number cell (an f64 in the file; turned into a decimal by its shortest form).
    Number(f64),
    Bool(bool),
    /// An Excel date cell.
    DateTime(NaiveDateTime),
    /// An Excel error value such as `#N/A`.
    Error(&'a str),
}

impl Cell<'_> {
    pub fn is_empty(&self) -> bool {
        matches!(self, Cell::Empty)
    }

    /// The cell as the user reads it: numbers by their shortest form (`1006.0` → `1006`), dates
    /// as `2026-10-03`. `None` for an empty cell and for an error value, which the caller reports.
    pub fn text(&self) -> Option<std::borrow::Cow<'_, str>> {
        use std::borrow::Cow;
        match *self {
            Cell::Empty | Cell::Error(_) => None,
            Cell::Text(t) => Some(Cow::Borrowed(t)),
            Cell::Number(n) => Some(Cow::Owned(match crate::num::decimal_from_f64(n) {
                Some(d) => d.normalize().to_string(),
                None => n.to_string(),
            })),
            Cell::Bool(b) => Some(Cow::Borrowed(if b { "TRUE" } else { "FALSE" })),
            Cell::DateTime(d) => Some(Cow::Owned(d.date().format("%Y-%m-%d").to_string())),
        }
    }

    /// An owned copy, for the few rows kept before a table's header is known.
    pub fn to_owned_cell(&self) -> OwnedCell {
        match *self {
            Cell::Empty => OwnedCell::Empty,
            Cell::Text(t) => OwnedCell::Text(t.into()),
            Cell::Number(n) => OwnedCell::Number(n),
            Cell::Bool(b) => OwnedCell::Bool(b),
            Cell::DateTime(d) => OwnedCell::DateTime(d),
            Cell::Error(e) => OwnedCell::Error(e.into()),
        }
    }
}

/// An owned cell (see [`Cell`]).
#[derive(Debug, Clone, PartialEq)]
pub enum OwnedCell {
    Empty,
    Text(Box<str>),
    Number(f64),
    Bool(bool),
    DateTime(NaiveDateTime),
    Error(Box<str>),
}

impl OwnedCell {
    pub fn as_cell(&self) -> Cell<'_> {
        match self {
            OwnedCell::Empty => Cell::Empty,
            OwnedCell::Text(t) => Cell::Text(t),
            OwnedCell::Number(n) => Cell::Number(*n),
            OwnedCell::Bool(b) => Cell::Bool(*b),
            OwnedCell::DateTime(d) => Cell::DateTime(*d),
            OwnedCell::Error(e) => Cell::Error(e),
        }
    }
}

/// Trims a text cell; blank text is an empty cell.
pub(crate) fn text_cell(s: &str) -> Cell<'_> {
    let t = s.trim();
    if t.is_empty() {
        Cell::Empty
    } else {
        Cell::Text(t)
    }
}

/// A row of a table as the reader holds it, numbered as the user sees it (header = row 1 when
/// it is the first line). Cells are decoded on access, without copying.
#[derive(Debug, Clone, Copy)]
pub struct RowView<'a> {
    pub number: usize,
    cells: Cells<'a>,
}

#[derive(Debug, Clone, Copy)]
enum Cells<'a> {
    /// A CSV record: the decoded text of all fields back to back, and where each field ends.
    Csv { text: &'a str, ends: &'a [usize] },
    /// A workbook row: its non-empty cells with their columns (0-based), left to right. A stray
    /// value at column XFD costs one entry, not sixteen thousand.
    Sparse(&'a [(usize, Cell<'a>)]),
}

impl<'a> RowView<'a> {
    pub fn csv(number: usize, text: &'a str, ends: &'a [usize]) -> RowView<'a> {
        RowView { number, cells: Cells::Csv { text, ends } }
    }

    /// A CSV row's text and field ends, to copy it.
    pub fn csv_parts(&self) -> Option<(&'a str, &'a [usize])> {
        match self.cells {
            Cells::Csv { text, ends } => Some((text, ends)),
            Cells::Sparse(_) => None,
        }
    }

    /// A row from its non-empty cells, sorted by column.
    pub fn sparse(number: usize, cells: &'a [(usize, Cell<'a>)]) -> RowView<'a> {
        RowView { number, cells: Cells::Sparse(cells) }
    }

    /// How many cells the row has (a CSV record's fields, a workbook row's columns up to its last
    /// cell).
    pub fn len(&self) -> usize {
        match self.cells {
            Cells::Csv { ends, .. } => ends.len(),
            Cells::Sparse(c) => c.last().map_or(0, |(i, _)| i + 1),
        }
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The cell in column `i` (0-based); `Empty` past the end of the row.
    #[inline]
    pub fn get(&self, i: usize) -> Cell<'a> {
        match self.cells {
            Cells::Csv { text, ends } => {
                let Some(&end) = ends.get(i) else { return Cell::Empty };
                let start = if i == 0 { 0 } else { ends[i - 1] };
                text.get(start..end).map(text_cell).unwrap_or(Cell::Empty)
            }
            Cells::Sparse(c) => c.binary_search_by_key(&i, |(col, _)| *col).map(|k| c[k].1).unwrap_or(Cell::Empty),
        }
    }

    /// The non-empty cells with their columns (0-based), left to right.
    pub fn filled(&self) -> Box<dyn Iterator<Item = (usize, Cell<'a>)> + 'a> {
        match self.cells {
            Cells::Sparse(c) => Box::new(c.iter().copied().filter(|(_, cell)| !cell.is_empty())),
            _ => {
                let row = *self;
                Box::new((0..row.len()).map(move |i| (i, row.get(i))).filter(|(_, c)| !c.is_empty()))
            }
        }
    }

    /// Every cell is empty.
    pub fn is_blank(&self) -> bool {
        match self.cells {
            Cells::Csv { text, .. } => text.trim().is_empty(),
            Cells::Sparse(c) => c.iter().all(|(_, cell)| cell.is_empty()),
        }
    }

    /// The last column (0-based) holding a value, if any.
    pub fn last_filled(&self) -> Option<usize> {
        match self.cells {
            Cells::Sparse(c) => c.iter().rev().find(|(_, cell)| !cell.is_empty()).map(|(i, _)| *i),
            _ => (0..self.len()).rev().find(|&i| !self.get(i).is_empty()),
        }
    }

    /// An owned copy: its non-empty cells with their columns.
    pub fn to_owned_row(&self) -> OwnedRow {
        OwnedRow { number: self.number, cells: self.filled().map(|(i, c)| (i, c.to_owned_cell())).collect() }
    }
}

/// A row kept by value (the rows above a table's header, at most ten): its non-empty cells
/// with their columns.
#[derive(Debug, Clone, PartialEq)]
pub struct OwnedRow {
    pub number: usize,
    pub cells: Vec<(usize, OwnedCell)>,
}

impl OwnedRow {
    /// Borrows the row's cells; make a view of them with [`RowView::sparse`].
    pub fn cells(&self) -> Vec<(usize, Cell<'_>)> {
        self.cells.iter().map(|(i, c)| (*i, c.as_cell())).collect()
    }
}

/// What the visitor of a table's rows receives, in row order.
#[derive(Debug)]
pub enum RowEvent<'a> {
    /// The merged regions of a sheet (only workbooks have them): before its first row (.xls),
    /// or after its last (.xlsx keeps them after the cells).
    Merged(&'a [Region]),
    Row(RowView<'a>),
    /// A problem the reader found at a row: bytes that are not text, a broken quote, a formula
    /// without a value …
    Problem(Problem),
}

/// A rectangle of merged cells: sheet rows as Excel numbers them, 0-based columns.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub first_row: usize,
    pub last_row: usize,
    pub first_col: usize,
    pub last_col: usize,
}

impl Region {
    pub fn contains(&self, row: usize, col: usize) -> bool {
        (self.first_row..=self.last_row).contains(&row) && (self.first_col..=self.last_col).contains(&col)
    }

    /// `A1:H1`.
    pub fn name(&self) -> String {
        use crate::problem::column_letters;
        format!("{}{}:{}{}", column_letters(self.first_col), self.first_row, column_letters(self.last_col), self.last_row)
    }
}

/// The visitor of a table's rows; `Break` stops reading (the rest of the file is not needed).
pub type Visitor<'v> = dyn FnMut(RowEvent<'_>) -> ControlFlow<()> + 'v;

/// A table that was read: where it came from and the SHA-256 of its file's bytes (the whole
/// workbook for a sheet), recorded by the ledger.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableFile {
    pub origin: Origin,
    pub sha256: String,
    /// Whether every byte of the file was read (a visitor that stops early leaves it partial).
    pub complete: bool,
}

/// Words a table's header may hold, used to tell two legacy Chinese encodings apart (a Big5
/// header read as GBK, or the reverse, names no known column).
pub type HeaderHint<'h> = &'h [&'h str];

/// The file (and sheet) holding one table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct TableLocation {
    pub path: PathBuf,
    /// The name shown in messages: the file name.
    pub display: String,
    /// The sheet of a workbook; `None` for a CSV file or the first sheet of a per-table workbook.
    pub sheet: Option<String>,
}

impl TableLocation {
    pub fn origin(&self) -> Origin {
        Origin { sheet: self.sheet.as_deref().map(Into::into), ..Origin::file(self.display.as_str()) }
    }
}

/// Extensions of files that can hold a table.
pub const EXTENSIONS: [&str; 5] = ["csv", "xlsx", "xlsm", "xls", "ods"];

pub fn extension(path: &Path) -> String {
    path.extension().and_then(|e| e.to_str()).unwrap_or("").to_ascii_lowercase()
}

pub fn is_workbook(path: &Path) -> bool {
    matches!(extension(path).as_str(), "xlsx" | "xlsm" | "xls" | "ods")
}

/// The name a file is shown by in messages.
pub fn display_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Where the month's inputs are: a folder of files, or one workbook. Every workbook is opened
/// once per command and kept here. Problems are in the language of the folder (`lang`) or of
/// the workbook.
pub enum InputSet {
    Folder { dir: PathBuf, books: Vec<excel::Workbook>, lang: Lang },
    Workbook(Box<excel::Workbook>),
}

impl InputSet {
    /// Opens the input, with problems in English; see [`InputSet::open_in`].
    pub fn open(path: &Path) -> Result<InputSet> {
        InputSet::open_in(path, Lang::En)
    }

    /// Opens the input, with problems in `lang`.
    pub fn open_in(path: &Path, lang: Lang) -> Result<InputSet> {
        let meta = std::fs::metadata(path).map_err(|e| KaoheError::io(path, e))?;
        if meta.is_dir() {
            Ok(InputSet::Folder { dir: path.to_path_buf(), books: Vec::new(), lang })
        } else if is_workbook(path) {
            excel::Workbook::open_in(path, lang).map(|b| InputSet::Workbook(Box::new(b))).map_err(|p| KaoheError::Invalid(vec![p]))
        } else {
            Err(KaoheError::Invalid(vec![Problem::in_lang(
                lang,
                Origin::file(path.display().to_string()),
                tr!(lang, "input-not-folder-or-workbook"),
                tr!(lang, "input-not-folder-or-workbook-fix"),
            )]))
        }
    }

    /// The language of the problems found reading the input.
    pub fn lang(&self) -> Lang {
        match self {
            InputSet::Folder { lang, .. } => *lang,
            InputSet::Workbook(book) => book.lang,
        }
    }

    /// Speaks `lang` from now on (a month checked in that language).
    pub fn set_lang(&mut self, to: Lang) {
        match self {
            InputSet::Folder { lang, books, .. } => {
                *lang = to;
                books.iter_mut().for_each(|b| b.lang = to);
            }
            InputSet::Workbook(book) => book.lang = to,
        }
    }

    /// Where the input is, as messages show it.
    pub fn place(&self) -> String {
        match self {
            InputSet::Folder { dir, .. } => dir.display().to_string(),
            InputSet::Workbook(book) => book.path().display().to_string(),
        }
    }

    /// Finds every table by its English or Chinese names, and notes the files or sheets that hold
    /// no table kaohe knows (SPEC 2.5).
    pub fn locate(&self, tables: &[crate::schema::TableDef], lang: crate::lang::Lang) -> Result<Located> {
        match self {
            InputSet::Folder { dir, .. } => folder::locate(dir, tables, lang),
            InputSet::Workbook(book) => Ok(book.locate(tables, lang)),
        }
    }

    /// Opens the workbook a location is in (once), and names the sheet a per-table workbook
    /// holds its table on (its first), so that messages name it.
    pub fn resolve(&mut self, location: &TableLocation) -> Result<TableLocation> {
        let Some(book) = self.book(&location.path)? else { return Ok(location.clone()) };
        let lang = book.lang;
        let sheet = match &location.sheet {
            Some(s) => s.clone(),
            None => book.sheet_names().into_iter().next().ok_or_else(|| {
                let (what, fix) = (tr!(lang, "input-no-sheets"), tr!(lang, "input-no-sheets-fix"));
                KaoheError::Invalid(vec![Problem::in_lang(lang, location.origin(), what, fix)])
            })?,
        };
        Ok(TableLocation { sheet: Some(sheet), ..location.clone() })
    }

    fn book(&mut self, path: &Path) -> Result<Option<&mut excel::Workbook>> {
        match self {
            InputSet::Workbook(book) if book.path() == path => Ok(Some(book)),
            InputSet::Folder { books, lang, .. } if is_workbook(path) => {
                let i = match books.iter().position(|b| b.path() == path) {
                    Some(i) => i,
                    None => {
                        books.push(excel::Workbook::open_in(path, *lang).map_err(|p| KaoheError::Invalid(vec![p]))?);
                        books.len() - 1
                    }
                };
                Ok(Some(&mut books[i]))
            }
            _ => Ok(None),
        }
    }

    /// Reads a located table, row by row, into `visit`.
    pub fn read(&mut self, location: &TableLocation, hint: HeaderHint, visit: &mut Visitor) -> Result<TableFile> {
        let lang = self.lang();
        match self.book(&location.path)? {
            Some(book) => book.read_sheet(location.sheet.as_deref(), visit),
            None => csv::read(location, hint, lang, visit),
        }
    }
}

/// Reads one table file: a CSV file, or a sheet of a workbook file (the named sheet, else the
/// first).
pub fn read_file(location: &TableLocation, hint: HeaderHint, visit: &mut Visitor) -> Result<TableFile> {
    read_file_in(location, hint, Lang::En, visit)
}

/// [`read_file`], with problems in `lang`.
pub fn read_file_in(location: &TableLocation, hint: HeaderHint, lang: Lang, visit: &mut Visitor) -> Result<TableFile> {
    if is_workbook(&location.path) {
        let mut book = excel::Workbook::open_in(&location.path, lang).map_err(|p| KaoheError::Invalid(vec![p]))?;
        book.read_sheet(location.sheet.as_deref(), visit)
    } else {
        csv::read(location, hint, lang, visit)
    }
}
