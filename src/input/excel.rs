//! Workbook tables (.xlsx, .xlsm, .xls, .ods) through calamine. A workbook is read from disk and
//! opened once per command; its bytes are hashed as they are read. `.xlsx` sheets stream cell by
//! cell (values and formulas in one pass), so memory follows the cells that exist: a stray value
//! at `XFD1048576` costs one cell. `.xls` and `.ods` are read whole by calamine, which lays a
//! sheet out as a dense grid; their extent is measured first ([`super::extent`]) and a sheet whose
//! grid would be far larger than its cells is refused with the far cell named. Cells keep Excel's
//! types and every row and column is numbered as Excel shows it. Knows nothing of the scheme.

use std::io::Cursor;
use std::ops::ControlFlow;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use calamine::{CellErrorType, Data, DataRef, Dimensions, Ods, Reader, Sheets, Xls, Xlsx, XlsxFormulaMetadata};
use chrono::{NaiveDate, NaiveDateTime};
use sha2::{Digest, Sha256};

use super::{display_name, extension, extent, Cell, Region, RowEvent, RowView, TableFile, Visitor};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::problem::{Column, Origin, Problem};
use crate::tr;

/// A workbook's bytes, shared between the reader and the thread that looks for merged cells.
#[derive(Clone)]
struct Bytes(Arc<[u8]>);

impl AsRef<[u8]> for Bytes {
    fn as_ref(&self) -> &[u8] {
        &self.0
    }
}

type Book = Sheets<Cursor<Bytes>>;

/// An open workbook.
pub struct Workbook {
    path: PathBuf,
    display: String,
    sha256: String,
    bytes: Bytes,
    book: Book,
    /// The language of its problems.
    pub lang: Lang,
}

impl Workbook {
    /// Reads the file once: its bytes are hashed, measured and parsed. Problems in English; see
    /// [`Workbook::open_in`].
    #[allow(clippy::result_large_err)] // one problem, once per file: not worth a box
    pub fn open(path: &Path) -> Result<Workbook, Problem> {
        Workbook::open_in(path, Lang::En)
    }

    /// [`Workbook::open`], with problems in `lang`.
    #[allow(clippy::result_large_err)] // one problem, once per file: not worth a box
    pub fn open_in(path: &Path, lang: Lang) -> Result<Workbook, Problem> {
        let display = display_name(path);
        let origin = Origin::file(display.as_str());
        let bytes = std::fs::read(path).map_err(|e| {
            let what = tr!(lang, "input-cannot-read-workbook", error = e.to_string());
            Problem::in_lang(lang, origin.clone(), what, tr!(lang, "input-cannot-read-workbook-fix"))
        })?;
        let sha256 = format!("{:x}", Sha256::digest(&bytes));
        let ext = extension(path);
        extent::check(&ext, &bytes, &origin, lang)?;
        let bytes = Bytes(Arc::from(bytes));
        let cursor = Cursor::new(bytes.clone());
        let opened = guarded(|| match ext.as_str() {
            "xls" => Xls::new(cursor).map(Sheets::Xls).map_err(|e| e.to_string()),
            "ods" => Ods::new(cursor).map(Sheets::Ods).map_err(|e| e.to_string()),
            _ => Xlsx::new(cursor).map(Sheets::Xlsx).map_err(|e| e.to_string()),
        })
        .and_then(|r| r);
        let book = opened.map_err(|e| {
            Problem::in_lang(lang, origin, tr!(lang, "input-not-a-workbook", error = e), tr!(lang, "input-not-a-workbook-fix"))
        })?;
        Ok(Workbook { path: path.to_path_buf(), display, sha256, bytes, book, lang })
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    pub fn display(&self) -> &str {
        &self.display
    }

    pub fn sheet_names(&self) -> Vec<String> {
        self.book.sheet_names()
    }

    /// Finds each table among the sheets, by English or Chinese sheet names (SPEC 2).
    pub fn locate(&self, tables: &[crate::schema::TableDef], lang: crate::lang::Lang) -> super::Located {
        let candidates = self
            .sheet_names()
            .into_iter()
            .map(|name| super::folder::Candidate {
                name: name.clone(),
                display: name.clone(),
                location: super::TableLocation { path: self.path.clone(), display: self.display.clone(), sheet: Some(name) },
            })
            .collect();
        super::folder::assign(candidates, tables, &Origin::file(self.display.as_str()), lang, true)
    }

    /// Reads one sheet (the first when `sheet` is `None`) into `visit`.
    pub fn read_sheet(&mut self, sheet: Option<&str>, visit: &mut Visitor) -> Result<TableFile> {
        let (lang, file_origin) = (self.lang, Origin::file(self.display.as_str()));
        let invalid = |p: Problem| KaoheError::Invalid(vec![p]);
        let sheet = match sheet {
            Some(s) => s.to_string(),
            None => self.book.sheet_names().into_iter().next().ok_or_else(|| {
                invalid(Problem::in_lang(lang, file_origin.clone(), tr!(lang, "input-no-sheets"), tr!(lang, "input-no-sheets-fix")))
            })?,
        };
        let origin = Origin { sheet: Some(sheet.as_str().into()), ..file_origin };
        let cannot = |e: String| {
            let what = tr!(lang, "input-cannot-read-sheet", error = e);
            invalid(Problem::in_lang(lang, origin.clone(), what, tr!(lang, "input-cannot-read-sheet-fix")))
        };
        let complete = match &mut self.book {
            Sheets::Xlsx(book) => read_xlsx(book, &self.bytes, &sheet, &origin, lang, visit).map_err(|e| match e {
                XlsxStop::Read(e) => cannot(e),
                XlsxStop::Problem(p) => invalid(*p),
            })?,
            Sheets::Xls(book) => {
                let (range, formulas, merged) = guarded(|| {
                    let merged = book.merge_cells_by_sheet_name(&sheet).unwrap_or_default();
                    let range = book.worksheet_range(&sheet).map_err(|e| e.to_string())?;
                    Ok((range, book.worksheet_formula(&sheet).unwrap_or_default(), merged))
                })
                .and_then(|r| r)
                .map_err(cannot)?;
                read_range(&range, &formulas, &merged, &origin, lang, visit)
            }
            Sheets::Ods(book) => {
                let (range, formulas) = guarded(|| {
                    let range = book.worksheet_range(&sheet).map_err(|e| e.to_string())?;
                    Ok((range, book.worksheet_formula(&sheet).unwrap_or_default()))
                })
                .and_then(|r| r)
                .map_err(cannot)?;
                read_range(&range, &formulas, &[], &origin, lang, visit)
            }
            Sheets::Xlsb(_) => return Err(cannot(tr!(lang, "input-xlsb"))),
        };
        Ok(TableFile { origin, sha256: self.sha256.clone(), complete })
    }
}

fn regions(merged: &[Dimensions]) -> Vec<Region> {
    merged
        .iter()
        .map(|d| Region {
            first_row: d.start.0 as usize + 1,
            last_row: d.end.0 as usize + 1,
            first_col: d.start.1 as usize,
            last_col: d.end.1 as usize,
        })
        .collect()
}

enum XlsxStop {
    Read(String),
    Problem(Box<Problem>),
}

/// Streams an .xlsx sheet cell by cell; rows are handed on as they complete. The merged
/// regions, which an .xlsx keeps after the cells, are found meanwhile on a second thread and
/// handed on after the last row.
fn read_xlsx(
    book: &mut Xlsx<Cursor<Bytes>>,
    bytes: &Bytes,
    sheet: &str,
    origin: &Origin,
    lang: Lang,
    visit: &mut Visitor,
) -> Result<bool, XlsxStop> {
    std::thread::scope(|scope| {
        let merges = scope.spawn(|| {
            guarded(|| Xlsx::new(Cursor::new(bytes.clone())).ok().and_then(|mut b| b.merge_cells_by_sheet_name(sheet).ok()))
                .ok()
                .flatten()
                .unwrap_or_default()
        });
        let complete = read_xlsx_cells(book, sheet, origin, lang, visit)?;
        let merged = regions(&merges.join().unwrap_or_default());
        if complete && !merged.is_empty() && visit(RowEvent::Merged(&merged)).is_break() {
            return Ok(false);
        }
        Ok(complete)
    })
}

fn read_xlsx_cells(
    book: &mut Xlsx<Cursor<Bytes>>,
    sheet: &str,
    origin: &Origin,
    lang: Lang,
    visit: &mut Visitor,
) -> Result<bool, XlsxStop> {
    let mut reader = guarded(|| book.worksheet_cells_reader(sheet).map_err(|e| e.to_string())).and_then(|r| r).map_err(XlsxStop::Read)?;
    let mut row: Vec<(usize, DataRef)> = Vec::new();
    let mut current: Option<u32> = None;
    let mut trouble: Option<Problem> = None;
    loop {
        let record =
            guarded(|| reader.next_cell_with_formula_metadata().map_err(|e| e.to_string())).and_then(|r| r).map_err(XlsxStop::Read)?;
        let Some(record) = record else { break };
        let (r, c) = record.pos;
        if current != Some(r) {
            if let Some(prev) = current {
                if r < prev {
                    return Err(XlsxStop::Problem(Box::new(Problem::in_lang(
                        lang,
                        origin.at_row(r as usize + 1),
                        tr!(lang, "input-rows-out-of-order"),
                        tr!(lang, "input-rows-out-of-order-fix"),
                    ))));
                }
                if emit(prev, &mut row, trouble.take(), visit).is_break() {
                    return Ok(false);
                }
            }
            current = Some(r);
        }
        let blank = is_blank_ref(&record.value);
        if blank {
            if let Some(formula) = &record.formula {
                let shown = match formula {
                    XlsxFormulaMetadata::Normal { formula } | XlsxFormulaMetadata::Shared { formula, .. } => format!(" ={formula}"),
                    _ => String::new(),
                };
                trouble.get_or_insert_with(|| no_value(origin, lang, r as usize + 1, c as usize, &shown));
            }
        } else if row.last().is_none_or(|(col, _)| *col < c as usize) {
            row.push((c as usize, record.value));
        }
    }
    if let Some(prev) = current {
        if emit(prev, &mut row, trouble.take(), visit).is_break() {
            return Ok(false);
        }
    }
    Ok(true)
}

fn no_value(origin: &Origin, lang: Lang, row: usize, col: usize, shown: &str) -> Problem {
    Problem::in_lang(
        lang,
        origin.at_row(row).at_column(Column { index: col, header: "".into() }),
        tr!(lang, "input-formula-no-value", formula = shown),
        tr!(lang, "input-formula-no-value-fix"),
    )
}

/// Hands one row of an .xlsx sheet on: the row, or the problem found in it.
fn emit(row0: u32, row: &mut Vec<(usize, DataRef)>, trouble: Option<Problem>, visit: &mut Visitor) -> ControlFlow<()> {
    let flow = match trouble {
        Some(p) => visit(RowEvent::Problem(p)),
        None => {
            let cells: Vec<(usize, Cell)> = row.iter().map(|(c, d)| (*c, cell_of_ref(d))).collect();
            visit(RowEvent::Row(RowView::sparse(row0 as usize + 1, &cells)))
        }
    };
    row.clear();
    flow
}

/// Reads an .xls or .ods sheet that calamine has already laid out as a grid.
fn read_range(
    range: &calamine::Range<Data>,
    formulas: &calamine::Range<String>,
    merged: &[Dimensions],
    origin: &Origin,
    lang: Lang,
    visit: &mut Visitor,
) -> bool {
    let merged = regions(merged);
    if !merged.is_empty() && visit(RowEvent::Merged(&merged)).is_break() {
        return false;
    }
    // Formulas whose value is missing, by row.
    let mut missing: Vec<(usize, Problem)> = Vec::new();
    if let Some((fr, fc)) = formulas.start() {
        for (r, c, f) in formulas.used_cells() {
            let (row, col) = (fr + r as u32, fc + c as u32);
            if !f.is_empty() && range.get_value((row, col)).is_none_or(is_blank) {
                missing.push((row as usize + 1, no_value(origin, lang, row as usize + 1, col as usize, &format!(" ={f}"))));
            }
        }
    }
    missing.sort_by_key(|(r, _)| *r);
    let mut missing = missing.into_iter().peekable();
    let Some((r0, c0)) = range.start() else {
        for (_, p) in missing {
            if visit(RowEvent::Problem(p)).is_break() {
                return false;
            }
        }
        return true;
    };
    let mut cells: Vec<(usize, Cell)> = Vec::new();
    for (offset, data) in range.rows().enumerate() {
        let number = r0 as usize + offset + 1;
        while let Some((_, p)) = missing.next_if(|(r, _)| *r < number) {
            if visit(RowEvent::Problem(p)).is_break() {
                return false;
            }
        }
        if let Some((_, p)) = missing.next_if(|(r, _)| *r == number) {
            while missing.next_if(|(r, _)| *r == number).is_some() {}
            if visit(RowEvent::Problem(p)).is_break() {
                return false;
            }
            continue;
        }
        cells.clear();
        cells.extend(data.iter().enumerate().filter(|(_, d)| !is_blank(d)).map(|(i, d)| (c0 as usize + i, cell_of(d))));
        if cells.is_empty() {
            continue;
        }
        if visit(RowEvent::Row(RowView::sparse(number, &cells))).is_break() {
            return false;
        }
    }
    for (_, p) in missing {
        if visit(RowEvent::Problem(p)).is_break() {
            return false;
        }
    }
    true
}

fn is_blank(data: &Data) -> bool {
    match data {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

fn is_blank_ref(data: &DataRef) -> bool {
    match data {
        DataRef::Empty => true,
        DataRef::String(s) => s.trim().is_empty(),
        DataRef::SharedString(s) => s.trim().is_empty(),
        _ => false,
    }
}

fn error_text(e: &CellErrorType) -> &'static str {
    match e {
        CellErrorType::Div0 => "#DIV/0!",
        CellErrorType::NA => "#N/A",
        CellErrorType::Name => "#NAME?",
        CellErrorType::Null => "#NULL!",
        CellErrorType::Num => "#NUM!",
        CellErrorType::Ref => "#REF!",
        CellErrorType::Value => "#VALUE!",
        CellErrorType::GettingData => "#DATA!",
    }
}

/// Excel's types as kaohe's cells: ids and amounts stay numbers (check turns them into text
/// ids and exact decimals), dates stay dates, errors keep Excel's spelling (`#N/A`).
pub fn cell_of(data: &Data) -> Cell<'_> {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) => super::text_cell(s),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() && in_calendar(dt.as_f64()) => {
            dt.as_datetime().map(Cell::DateTime).unwrap_or(Cell::Number(dt.as_f64()))
        }
        // A duration (a time-of-day format) is not a date; its number says what was typed.
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => iso_datetime(s).map(Cell::DateTime).unwrap_or_else(|| super::text_cell(s)),
        Data::DurationIso(s) => super::text_cell(s),
        Data::Error(e) => Cell::Error(error_text(e)),
    }
}

fn cell_of_ref<'a>(data: &'a DataRef<'a>) -> Cell<'a> {
    match data {
        DataRef::Empty => Cell::Empty,
        DataRef::String(s) => super::text_cell(s),
        DataRef::SharedString(s) => super::text_cell(s),
        DataRef::Int(i) => Cell::Number(*i as f64),
        DataRef::Float(f) => Cell::Number(*f),
        DataRef::Bool(b) => Cell::Bool(*b),
        DataRef::DateTime(dt) if dt.is_datetime() && in_calendar(dt.as_f64()) => {
            dt.as_datetime().map(Cell::DateTime).unwrap_or(Cell::Number(dt.as_f64()))
        }
        DataRef::DateTime(dt) => Cell::Number(dt.as_f64()),
        DataRef::DateTimeIso(s) => iso_datetime(s).map(Cell::DateTime).unwrap_or_else(|| super::text_cell(s)),
        DataRef::DurationIso(s) => super::text_cell(s),
        DataRef::Error(e) => Cell::Error(error_text(e)),
    }
}

/// A date serial that names a day Excel can show (1900 to 9999): calamine's conversion of
/// anything else overflows inside chrono. Outside it the cell stays a number, which `check`
/// reports as not a date.
fn in_calendar(serial: f64) -> bool {
    (0.0..2_958_466.0).contains(&serial)
}

/// Runs a call into calamine, turning a panic inside it (a malformed file calamine does not
/// expect) into an error instead of a crash; the panic's message is not printed.
fn guarded<T>(call: impl FnOnce() -> T) -> Result<T, String> {
    static HOOK: std::sync::Once = std::sync::Once::new();
    thread_local!(static QUIET: std::cell::Cell<bool> = const { std::cell::Cell::new(false) });
    HOOK.call_once(|| {
        let previous = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if !QUIET.with(|q| q.get()) {
                previous(info);
            }
        }));
    });
    let was = QUIET.with(|q| q.replace(true));
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(call));
    QUIET.with(|q| q.set(was));
    result.map_err(|panic| {
        let what = panic.downcast_ref::<&str>().map(|s| s.to_string()).or_else(|| panic.downcast_ref::<String>().cloned());
        format!("the file is damaged ({})", what.unwrap_or_else(|| "the reader failed".into()))
    })
}

fn iso_datetime(text: &str) -> Option<NaiveDateTime> {
    let text = text.trim();
    NaiveDateTime::parse_from_str(text, "%Y-%m-%dT%H:%M:%S%.f")
        .ok()
        .or_else(|| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok().map(|d| d.and_time(chrono::NaiveTime::MIN)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn excel_types_become_cells() {
        assert_eq!(cell_of(&Data::Float(1006.0)), Cell::Number(1006.0));
        assert_eq!(cell_of(&Data::Int(7)), Cell::Number(7.0));
        assert_eq!(cell_of(&Data::String("  ".into())), Cell::Empty);
        assert_eq!(cell_of(&Data::String(" 张伟 ".into())), Cell::Text("张伟"));
        assert_eq!(cell_of(&Data::Error(CellErrorType::NA)), Cell::Error("#N/A"));
        assert_eq!(cell_of(&Data::Error(CellErrorType::Value)), Cell::Error("#VALUE!"));
        let d = NaiveDate::from_ymd_opt(2026, 10, 3).unwrap().and_time(chrono::NaiveTime::MIN);
        assert_eq!(cell_of(&Data::DateTimeIso("2026-10-03".into())), Cell::DateTime(d));
        assert_eq!(cell_of(&Data::DateTimeIso("2026-10-03T00:00:00".into())), Cell::DateTime(d));
    }
}
