//! Workbook tables (.xlsx, .xls, .ods) through calamine.

use std::path::Path;

use super::{TableLocation, TableReader};
use crate::error::{KaoheError, Result};
use crate::problem::{Origin, Problem};
use crate::schema::TableDef;

/// Finds the sheet of a workbook that holds a table.
pub fn locate_sheet(book: &Path, _table: &TableDef) -> Result<Option<TableLocation>, Problem> {
    Err(Problem::new(Origin::file(book.display().to_string()), "reading workbooks is not available yet", "save the tables as CSV"))
}

/// Opens one sheet as a table.
pub fn open(location: &TableLocation) -> Result<TableReader> {
    Err(KaoheError::Invalid(vec![Problem::new(
        Origin::file(location.display.as_str()),
        "reading workbooks is not available yet",
        "save the table as CSV",
    )]))
}
