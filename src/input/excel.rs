//! Workbook tables (.xlsx, .xls, .ods) through calamine: cells keep Excel's types (numbers,
//! dates, errors) and every row and column is numbered as Excel shows it, so that `check` can
//! point at `october.xlsx [质检] C7`. Knows nothing of the scheme.

use std::io::Cursor;
use std::path::Path;
use std::sync::Arc;

use calamine::{Data, Dimensions, Ods, Range, Reader, Sheets, Xls, Xlsb, Xlsx};
use chrono::{NaiveDate, NaiveDateTime};
use sha2::{Digest, Sha256};

use super::{extension, Cell, RawRow, TableLocation, TableReader};
use crate::error::{KaoheError, Result};
use crate::problem::{column_letters, Column, Origin, Problem};
use crate::schema::TableDef;

type Book = Sheets<Cursor<Vec<u8>>>;

/// Finds the sheet of a workbook that holds a table (English or Chinese sheet names, SPEC 2).
/// `Ok(None)` when no sheet is named after it; a problem when two sheets are.
pub fn locate_sheet(book: &Path, table: &TableDef) -> Result<Option<TableLocation>, Problem> {
    let display = display_name(book);
    let (workbook, _) = open_book(book, &display)?;
    let found: Vec<String> = workbook.sheet_names().into_iter().filter(|name| table.matches_name(name)).collect();
    match found.as_slice() {
        [] => Ok(None),
        [sheet] => Ok(Some(TableLocation { path: book.to_path_buf(), display, sheet: Some(sheet.clone()) })),
        _ => Err(Problem::new(
            Origin::file(display),
            format!("several sheets hold the {} table: {}", table.name, found.join(", ")),
            "keep one sheet per table and rename or delete the others",
        )),
    }
}

/// Opens one sheet as a table: the named sheet of a workbook given as `--input`, or the first
/// sheet of a per-table file such as `qa.xlsx`.
pub fn open(location: &TableLocation) -> Result<TableReader> {
    let invalid = |p: Problem| KaoheError::Invalid(vec![p]);
    let (mut workbook, sha256) = open_book(&location.path, &location.display).map_err(invalid)?;
    let file_origin = Origin::file(location.display.as_str());
    let sheet =
        match &location.sheet {
            Some(sheet) => sheet.clone(),
            None => workbook.sheet_names().into_iter().next().ok_or_else(|| {
                invalid(Problem::new(file_origin.clone(), "the workbook has no sheets", "put the table on the first sheet"))
            })?,
        };
    let origin = Origin { sheet: Some(Arc::from(sheet.as_str())), ..file_origin };
    let range = workbook.worksheet_range(&sheet).map_err(|e| {
        invalid(Problem::new(origin.clone(), format!("cannot read the sheet: {e}"), "open and save the file in Excel, then try again"))
    })?;
    // Formulas only matter where the cached value is missing; a sheet without formulas (the
    // usual case) gives an empty range here.
    let formulas = workbook.worksheet_formula(&sheet).unwrap_or_default();
    let merged = merged_cells(&mut workbook, &sheet);
    drop(workbook);
    Sheet { origin, range, formulas, merged }.into_reader(sha256)
}

fn display_name(path: &Path) -> String {
    path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_else(|| path.display().to_string())
}

/// Reads the file once: its bytes are both hashed and parsed.
fn open_book(path: &Path, display: &str) -> Result<(Book, String), Problem> {
    let origin = Origin::file(display);
    let bytes = std::fs::read(path)
        .map_err(|e| Problem::new(origin.clone(), format!("cannot read the workbook: {e}"), "check the path and permissions"))?;
    let sha256 = format!("{:x}", Sha256::digest(&bytes));
    let cursor = Cursor::new(bytes);
    let opened = match extension(path).as_str() {
        "xls" => Xls::new(cursor).map(Sheets::Xls).map_err(|e| e.to_string()),
        "ods" => Ods::new(cursor).map(Sheets::Ods).map_err(|e| e.to_string()),
        "xlsb" => Xlsb::new(cursor).map(Sheets::Xlsb).map_err(|e| e.to_string()),
        _ => Xlsx::new(cursor).map(Sheets::Xlsx).map_err(|e| e.to_string()),
    };
    let book = opened.map_err(|e| {
        Problem::new(
            origin,
            format!("this is not a workbook kaohe can read: {e}"),
            "open it in Excel or LibreOffice and save it as .xlsx, or check that it is the right file",
        )
    })?;
    Ok((book, sha256))
}

/// Merged regions of a sheet (xlsx and xls record them; ods merges are not reported by calamine).
fn merged_cells(workbook: &mut Book, sheet: &str) -> Vec<Dimensions> {
    match workbook {
        Sheets::Xlsx(x) => x.merge_cells_by_sheet_name(sheet).unwrap_or_default(),
        Sheets::Xls(x) => x.merge_cells_by_sheet_name(sheet).unwrap_or_default(),
        _ => Vec::new(),
    }
}

struct Sheet {
    origin: Origin,
    range: Range<Data>,
    formulas: Range<String>,
    merged: Vec<Dimensions>,
}

impl Sheet {
    fn into_reader(self, sha256: String) -> Result<TableReader> {
        let Sheet { origin, range, formulas, merged } = self;
        let Some((row0, col0)) = range.start() else {
            return Ok(TableReader { origin, headers: Vec::new(), header_row: 1, sha256, rows: Box::new(std::iter::empty()) });
        };
        let (row0, col0) = (row0 as usize, col0 as usize);
        // The header is the first row holding anything; rows above it (blank) are not data.
        let Some(header_offset) = range.rows().position(|r| r.iter().any(|d| !is_blank(d))) else {
            return Ok(TableReader { origin, headers: Vec::new(), header_row: 1, sha256, rows: Box::new(std::iter::empty()) });
        };
        let header_row = row0 + header_offset + 1;
        let mut problems = Vec::new();

        let mut headers = vec![String::new(); col0];
        for (i, data) in range.rows().nth(header_offset).unwrap_or(&[]).iter().enumerate() {
            let text = match data {
                Data::Error(e) => {
                    problems.push(Problem::new(
                        cell_origin(&origin, header_row, col0 + i, ""),
                        format!("the column name is the Excel error {e}"),
                        "type the column name as text",
                    ));
                    String::new()
                }
                other => header_text(other),
            };
            headers.push(text);
        }
        while headers.last().is_some_and(|h| h.is_empty()) {
            headers.pop();
        }

        for region in &merged {
            let (top, bottom) = (region.start.0 as usize + 1, region.end.0 as usize + 1);
            if bottom < header_row {
                continue; // a title above the table does not touch it
            }
            let span = format!("{}{}:{}{}", column_letters(region.start.1 as usize), top, column_letters(region.end.1 as usize), bottom);
            let at = cell_origin(&origin, top, region.start.1 as usize, headers.get(region.start.1 as usize).map_or("", |h| h.as_str()));
            if top <= header_row {
                problems.push(Problem::new(
                    at,
                    format!("the header cells {span} are merged, so some columns have no name of their own"),
                    "unmerge them and give every column its own name in the header row",
                ));
            } else {
                problems.push(Problem::new(
                    at,
                    format!("the cells {span} are merged; only the first of them holds a value"),
                    "unmerge them and type the value in every cell",
                ));
            }
        }
        if !problems.is_empty() {
            return Err(KaoheError::Invalid(problems));
        }

        let width = headers.len();
        let first_data = header_offset + 1;
        let height = range.height();
        let range_width = range.width();
        let headers_for_rows: Vec<Arc<str>> = headers.iter().map(|h| Arc::from(h.as_str())).collect();
        let row_origin = origin.clone();
        let rows = (first_data..height).filter_map(move |offset| {
            let number = row0 + offset + 1;
            let mut cells = Vec::with_capacity(width.max(col0 + range_width));
            cells.resize(col0, Cell::Empty);
            let mut trouble: Option<Problem> = None;
            for i in 0..range_width {
                let Some(d) = range.get((offset, i)) else { break };
                let column = col0 + i;
                let header = headers_for_rows.get(column).cloned().unwrap_or_else(|| Arc::from(""));
                let cell = to_cell(d);
                if is_blank(d) {
                    if let Some(f) = formulas.get_value((number as u32 - 1, column as u32)).filter(|f| !f.is_empty()) {
                        trouble.get_or_insert_with(|| {
                            Problem::new(
                                row_origin.at_row(number).at_column(Column { index: column, header: header.clone() }),
                                format!("the cell holds the formula ={f} with no computed value"),
                                "open and save the file in Excel (or LibreOffice) so the value is computed, or type the value",
                            )
                        });
                    }
                } else if column >= width {
                    trouble.get_or_insert_with(|| {
                        Problem::new(
                            row_origin.at_row(number).at_column(Column { index: column, header }),
                            "this value sits in a column that has no name in the header row",
                            "give the column a name in the header row, or delete the value",
                        )
                    });
                }
                cells.push(cell);
            }
            if cells.iter().all(Cell::is_empty) {
                return trouble.map(Err); // an empty row (or one of stray formatting) is not data
            }
            if let Some(p) = trouble {
                return Some(Err(p));
            }
            cells.truncate(width);
            cells.resize(width, Cell::Empty);
            Some(Ok(RawRow { number, cells }))
        });
        Ok(TableReader { origin, headers, header_row, sha256, rows: Box::new(rows) })
    }
}

fn cell_origin(origin: &Origin, row: usize, column: usize, header: &str) -> Origin {
    origin.at_row(row).at_column(Column { index: column, header: Arc::from(header) })
}

fn is_blank(data: &Data) -> bool {
    match data {
        Data::Empty => true,
        Data::String(s) => s.trim().is_empty(),
        _ => false,
    }
}

fn header_text(data: &Data) -> String {
    match data {
        Data::String(s) => s.trim().to_string(),
        Data::Empty => String::new(),
        other => other.to_string().trim().to_string(),
    }
}

/// Excel's types as kaohe's cells: ids and amounts stay numbers (check turns them into text
/// ids and exact decimals), dates stay dates, errors keep Excel's spelling (`#N/A`).
pub fn to_cell(data: &Data) -> Cell {
    match data {
        Data::Empty => Cell::Empty,
        Data::String(s) if s.trim().is_empty() => Cell::Empty,
        Data::String(s) => Cell::Text(s.clone()),
        Data::Int(i) => Cell::Number(*i as f64),
        Data::Float(f) => Cell::Number(*f),
        Data::Bool(b) => Cell::Bool(*b),
        Data::DateTime(dt) if dt.is_datetime() => match dt.as_datetime() {
            Some(d) => Cell::DateTime(d),
            None => Cell::Number(dt.as_f64()),
        },
        // A duration (a time-of-day format) is not a date; its number says what was typed.
        Data::DateTime(dt) => Cell::Number(dt.as_f64()),
        Data::DateTimeIso(s) => iso_datetime(s).map(Cell::DateTime).unwrap_or_else(|| Cell::Text(s.clone())),
        Data::DurationIso(s) => Cell::Text(s.clone()),
        Data::Error(e) => Cell::Error(e.to_string()),
    }
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
    use calamine::CellErrorType;

    #[test]
    fn excel_types_become_cells() {
        assert_eq!(to_cell(&Data::Float(1006.0)), Cell::Number(1006.0));
        assert_eq!(to_cell(&Data::Int(7)), Cell::Number(7.0));
        assert_eq!(to_cell(&Data::String("  ".into())), Cell::Empty);
        assert_eq!(to_cell(&Data::Error(CellErrorType::NA)), Cell::Error("#N/A".into()));
        assert_eq!(to_cell(&Data::Error(CellErrorType::Value)), Cell::Error("#VALUE!".into()));
        let d = NaiveDate::from_ymd_opt(2026, 10, 3).unwrap().and_time(chrono::NaiveTime::MIN);
        assert_eq!(to_cell(&Data::DateTimeIso("2026-10-03".into())), Cell::DateTime(d));
        assert_eq!(to_cell(&Data::DateTimeIso("2026-10-03T00:00:00".into())), Cell::DateTime(d));
    }
}
