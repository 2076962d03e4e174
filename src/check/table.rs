//! One table's rows as the user laid them out (SPEC 2.5): the header is the first row, among
//! the first ten, holding every required column (a title or date line above it is skipped with a
//! note); merged cells touching the header or the data are errors; a CSV row of another width
//! than the header is an error (a missing or extra separator shifts values); a totals row
//! (合计, Total) is skipped with a warning. What is left are data rows, handed on with the
//! header's map of columns. Shared by the month's tables and `history import`.

use std::sync::Arc;

use crate::input::{Cell, OwnedRow, Region, RowEvent, RowView};
use crate::lang::Lang;
use crate::problem::{Column, Origin, Problem, Warning, WarningKind};
use crate::schema::TableDef;
use crate::tr;

/// The header is looked for on the first this many rows (SPEC 2.5).
pub const HEADER_ROWS: usize = 10;

/// The columns of a table as the file has them: for each column of the schema, its position.
#[derive(Debug, Clone)]
pub struct HeaderMap {
    /// For each column of the table definition, its position in the file.
    pub index: Vec<Option<usize>>,
    /// The file's columns as the user named them.
    pub columns: Vec<Column>,
    /// The row the header is on.
    pub row: usize,
    /// How many columns have a name (up to the last named one).
    pub width: usize,
    /// How many cells the header row has, named or not (a CSV row must have as many).
    pub cells: usize,
}

impl HeaderMap {
    /// The file position of a schema column, by its name.
    pub fn pos(&self, table: &TableDef, name: &str) -> Option<usize> {
        table.columns.iter().position(|c| c.name == name).and_then(|ci| self.index[ci])
    }

    /// Where a cell of this table is: its row and, if known, its column with the header's name.
    pub fn at(&self, origin: &Origin, row: usize, pos: Option<usize>) -> Origin {
        let at = origin.at_row(row);
        match pos {
            Some(p) => at.at_column(self.columns.get(p).cloned().unwrap_or(Column { index: p, header: "".into() })),
            None => at,
        }
    }
}

/// What a row event comes to.
pub enum Step<'a> {
    /// A data row, to be checked.
    Data(RowView<'a>),
    /// Nothing to check (a header, a title, a blank or totals row, a problem recorded).
    Skip,
    /// The table cannot be read further (its header is wrong): stop reading it.
    Stop,
}

/// Reads one table's layout: finds its header, then passes data rows on.
pub struct TableDriver<'t> {
    pub table: &'t TableDef,
    pub origin: Origin,
    /// CSV rows are held to the header's width; workbook rows to its named columns.
    pub csv: bool,
    lang: Lang,
    before: Vec<OwnedRow>,
    pub header: Option<HeaderMap>,
    /// The header could not be mapped: the rest of the table is not read.
    pub failed: bool,
    pub merged: Vec<Region>,
}

impl<'t> TableDriver<'t> {
    pub fn new(table: &'t TableDef, origin: Origin, csv: bool, lang: Lang) -> TableDriver<'t> {
        TableDriver { table, origin, csv, lang, before: Vec::new(), header: None, failed: false, merged: Vec::new() }
    }

    /// Takes one event of the reader.
    pub fn event<'a>(&mut self, event: RowEvent<'a>, problems: &mut Vec<Problem>, warnings: &mut Vec<Warning>) -> Step<'a> {
        match event {
            RowEvent::Merged(regions) => {
                self.merged.extend_from_slice(regions);
                if let Some(map) = self.header.clone() {
                    // Merges learnt after the rows: report them now, and drop the problems of the
                    // cells they cover (the merge is the one problem there).
                    self.check_merged(&map, regions, problems);
                    let (file, sheet) = (&self.origin.file, &self.origin.sheet);
                    problems.retain(|p| !(&p.origin.file == file && &p.origin.sheet == sheet && in_merged(regions, p)));
                }
                Step::Skip
            }
            RowEvent::Problem(mut p) => {
                if let (Some(col), Some(header)) = (p.origin.column.as_mut(), self.header.as_ref()) {
                    if col.header.is_empty() {
                        if let Some(c) = header.columns.get(col.index) {
                            col.header = c.header.clone();
                        }
                    }
                }
                if !in_merged(&self.merged, &p) {
                    problems.push(p);
                }
                Step::Skip
            }
            RowEvent::Row(row) if self.header.is_some() => self.data(row, problems, warnings),
            RowEvent::Row(row) if row.is_blank() => Step::Skip,
            RowEvent::Row(row) if row.number <= HEADER_ROWS && self.is_header(&row) => {
                self.header_found(&row, problems, warnings);
                if self.failed {
                    Step::Stop
                } else {
                    Step::Skip
                }
            }
            RowEvent::Row(row) if row.number <= HEADER_ROWS => {
                self.before.push(row.to_owned_row());
                Step::Skip
            }
            RowEvent::Row(_) => {
                self.no_header_found(problems, warnings);
                Step::Stop
            }
        }
    }

    /// The table has been read to its end: a header never found is reported.
    pub fn finish(&mut self, problems: &mut Vec<Problem>, warnings: &mut Vec<Warning>) {
        if self.header.is_none() && !self.failed {
            self.no_header_found(problems, warnings);
        }
    }

    /// A row holding every required column of the table.
    fn is_header(&self, row: &RowView) -> bool {
        self.table
            .columns
            .iter()
            .filter(|c| c.required)
            .all(|c| row.filled().any(|(_, cell)| header_text(cell).is_some_and(|h| c.matches(&h))))
    }

    fn header_found(&mut self, row: &RowView, problems: &mut Vec<Problem>, warnings: &mut Vec<Warning>) {
        if let Some(first) = self.before.first() {
            let skipped: Vec<String> = self
                .before
                .iter()
                .filter_map(|r| r.cells.first())
                .filter_map(|(_, c)| c.as_cell().text().map(|t| t.into_owned()))
                .collect();
            let (from, to) = (first.number, self.before.last().map_or(first.number, |r| r.number));
            let rows = if from == to { from.to_string() } else { format!("{from}–{to}") };
            let message =
                tr!(self.lang, "check-title-rows", header = row.number, count = to + 1 - from, rows = rows, skipped = skipped.join(" / "));
            warnings.push(Warning { kind: WarningKind::TitleRows, origin: Some(self.origin.at_row(row.number)), message });
        }
        self.before.clear();
        match map_row_headers(self.table, row, &self.origin, self.lang, problems, warnings) {
            Some(map) => {
                self.check_merged(&map, &self.merged, problems);
                self.header = Some(map);
            }
            None => self.failed = true,
        }
    }

    /// No row among the first ten holds every required column: the row holding most of the
    /// table's column names is taken as the header meant, and its problems reported.
    fn no_header_found(&mut self, problems: &mut Vec<Problem>, warnings: &mut Vec<Warning>) {
        self.failed = true;
        let table = self.table;
        let score = |r: &OwnedRow| {
            r.cells.iter().filter(|(_, c)| header_text(c.as_cell()).is_some_and(|h| table.columns.iter().any(|d| d.matches(&h)))).count()
        };
        let best = self.before.iter().enumerate().max_by_key(|(i, r)| (score(r), std::cmp::Reverse(*i))).map(|(_, r)| r.clone());
        let row = best.unwrap_or(OwnedRow { number: 1, cells: Vec::new() });
        let cells = row.cells();
        map_row_headers(table, &RowView::sparse(row.number, &cells), &self.origin, self.lang, problems, warnings);
    }

    /// Merged cells touching the header or the data are errors (a merged title above is fine).
    fn check_merged(&self, map: &HeaderMap, merged: &[Region], problems: &mut Vec<Problem>) {
        for region in merged.iter().filter(|r| r.last_row >= map.row) {
            let at = map.at(&self.origin, region.first_row, Some(region.first_col));
            let span = region.name();
            let lang = self.lang;
            let (what, fix) = if region.first_row <= map.row {
                (tr!(lang, "check-merged-header", span = span), tr!(lang, "check-merged-header-fix"))
            } else {
                (tr!(lang, "check-merged", span = span), tr!(lang, "check-merged-fix"))
            };
            problems.push(Problem::in_lang(lang, at, what, fix));
        }
    }

    fn data<'a>(&mut self, row: RowView<'a>, problems: &mut Vec<Problem>, warnings: &mut Vec<Warning>) -> Step<'a> {
        let header = self.header.as_ref().expect("header found");
        if row.is_blank() {
            return Step::Skip;
        }
        let filled = row.last_filled().map_or(0, |i| i + 1);
        if self.csv && row.len() != header.cells {
            // Excel writes every CSV row with the header's width; another width means a missing
            // or extra separator, which would shift values into the wrong columns.
            problems.push(Problem::in_lang(
                self.lang,
                self.origin.at_row(row.number),
                tr!(self.lang, "check-row-width", cells = row.len(), header = header.cells),
                tr!(self.lang, "check-row-width-fix"),
            ));
            return Step::Skip;
        }
        if !self.csv && filled > header.width {
            let col = row.filled().map(|(i, _)| i).find(|&i| i >= header.width).unwrap_or(filled - 1);
            problems.push(Problem::in_lang(
                self.lang,
                header.at(&self.origin, row.number, Some(col)),
                tr!(self.lang, "check-unnamed-column"),
                tr!(self.lang, "check-unnamed-column-fix"),
            ));
            return Step::Skip;
        }
        if let Some(word) = totals_row(&row) {
            let message = tr!(self.lang, "check-totals-row", word = word);
            warnings.push(Warning { kind: WarningKind::TotalsRow, origin: Some(self.origin.at_row(row.number)), message });
            return Step::Skip;
        }
        Step::Data(row)
    }
}

/// A problem in a merged cell that is not the region's first: the merge is reported instead.
pub fn in_merged(merged: &[Region], p: &Problem) -> bool {
    let (Some(row), Some(col)) = (p.origin.row, p.origin.column.as_ref()) else { return false };
    merged.iter().any(|r| r.contains(row, col.index) && !(r.first_row == row && r.first_col == col.index))
}

/// A header cell's text.
fn header_text(cell: Cell) -> Option<String> {
    match cell {
        Cell::Text(t) => Some(t.to_string()),
        Cell::Empty | Cell::Error(_) => None,
        other => other.text().map(|t| t.into_owned()),
    }
}

/// The word a totals row starts with (合计, Total …), if the row is one (SPEC 2.5).
fn totals_row<'a>(row: &RowView<'a>) -> Option<&'a str> {
    let (_, first) = row.filled().next()?;
    let Cell::Text(t) = first else { return None };
    // Cheap refusals first: this runs on every row.
    if t.len() > 24 || !t.starts_with(['合', '总', '總', '小', 'T', 't', 'S', 's']) {
        return None;
    }
    let word = t.trim_end_matches([':', '：']).trim();
    let compact: String = word.chars().filter(|c| !c.is_whitespace()).collect();
    matches!(compact.to_lowercase().as_str(), "合计" | "合計" | "总计" | "總計" | "小计" | "小計" | "total" | "totals" | "subtotal" | "sum")
        .then_some(t)
}

/// Finds each column of `table` in a header row: a column named twice or a required column
/// missing is a problem; an unknown column is a warning. `None` when the table cannot be read.
pub fn map_row_headers(
    table: &TableDef,
    row: &RowView,
    origin: &Origin,
    lang: Lang,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Warning>,
) -> Option<HeaderMap> {
    let texts: Vec<String> = (0..row.len()).map(|i| header_text(row.get(i)).unwrap_or_default()).collect();
    let header_origin = origin.at_row(row.number);
    for (i, cell) in row.filled() {
        if let Cell::Error(e) = cell {
            problems.push(Problem::in_lang(
                lang,
                header_origin.at_column(Column { index: i, header: "".into() }),
                tr!(lang, "check-header-error", value = e),
                tr!(lang, "check-header-error-fix"),
            ));
        }
    }
    map_headers(table, &texts, header_origin, lang, problems, warnings).map(|map| HeaderMap { cells: row.len(), ..map })
}

/// [`map_row_headers`] on the header's texts.
pub fn map_headers(
    table: &TableDef,
    headers: &[String],
    header_origin: Origin,
    lang: Lang,
    problems: &mut Vec<Problem>,
    warnings: &mut Vec<Warning>,
) -> Option<HeaderMap> {
    let columns: Vec<Column> = headers.iter().enumerate().map(|(index, h)| Column { index, header: Arc::from(h.trim()) }).collect();
    let mut index: Vec<Option<usize>> = vec![None; table.columns.len()];
    let mut ok = true;
    for (pos, header) in headers.iter().enumerate() {
        if header.trim().is_empty() {
            continue;
        }
        match table.columns.iter().position(|c| c.matches(header)) {
            Some(ci) => {
                if let Some(first) = index[ci] {
                    let what = tr!(
                        lang,
                        "check-column-twice",
                        first = columns[first].header.to_string(),
                        second = header.trim(),
                        column = table.columns[ci].label(lang)
                    );
                    let fix = tr!(lang, "check-column-twice-fix");
                    problems.push(Problem::in_lang(lang, header_origin.at_column(columns[pos].clone()), what, fix));
                    ok = false;
                } else {
                    index[ci] = Some(pos);
                }
            }
            None => {
                let message = tr!(lang, "check-unknown-column", column = header.trim());
                warnings.push(Warning {
                    kind: WarningKind::UnknownColumn,
                    origin: Some(header_origin.at_column(columns[pos].clone())),
                    message,
                });
            }
        }
    }
    for (ci, def) in table.columns.iter().enumerate() {
        if def.required && index[ci].is_none() {
            let what = tr!(lang, "check-missing-column", column = def.label(lang));
            let names: Vec<&str> = std::iter::once(def.name).chain(def.aliases.iter().copied()).collect();
            let fix = tr!(lang, "check-missing-column-fix", names = names.join(&tr!(lang, "check-or-separator")));
            problems.push(Problem::in_lang(lang, header_origin.clone(), what, fix));
            ok = false;
        }
    }
    let width = headers.iter().rposition(|h| !h.trim().is_empty()).map_or(0, |i| i + 1);
    let row = header_origin.row.unwrap_or(1);
    ok.then_some(HeaderMap { index, columns, row, width, cells: headers.len() })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::schema::QA;

    fn rows(lines: &[(usize, &[&str])]) -> Vec<OwnedRow> {
        lines
            .iter()
            .map(|(n, cells)| OwnedRow {
                number: *n,
                cells: cells
                    .iter()
                    .enumerate()
                    .filter(|(_, c)| !c.is_empty())
                    .map(|(i, c)| (i, crate::input::OwnedCell::Text((*c).into())))
                    .collect(),
            })
            .collect()
    }

    fn drive(lines: &[(usize, &[&str])]) -> (Vec<usize>, Vec<String>, Vec<String>) {
        let mut d = TableDriver::new(&QA, Origin::file("qa.csv"), false, Lang::En);
        let (mut problems, mut warnings, mut data) = (Vec::new(), Vec::new(), Vec::new());
        for row in rows(lines) {
            let cells = row.cells();
            match d.event(RowEvent::Row(RowView::sparse(row.number, &cells)), &mut problems, &mut warnings) {
                Step::Data(r) => data.push(r.number),
                Step::Skip => {}
                Step::Stop => break,
            }
        }
        d.finish(&mut problems, &mut warnings);
        (data, problems.iter().map(|p| p.to_string()).collect(), warnings.iter().map(|w| w.to_string()).collect())
    }

    #[test]
    fn a_title_above_the_header_is_skipped_with_a_note() {
        let (data, problems, warnings) = drive(&[
            (1, &["2026年10月质检记录"]),
            (2, &["日期", "工号", "项目"]),
            (3, &["2026-10-03", "1001", "1a"]),
            (4, &["合计", "", ""]),
        ]);
        assert_eq!(data, vec![3]);
        assert!(problems.is_empty(), "{problems:?}");
        assert!(
            warnings.iter().any(|w| w.starts_with("qa.csv:2: the header is on row 2") && w.contains("2026年10月质检记录")),
            "{warnings:?}"
        );
        assert!(warnings.iter().any(|w| w.starts_with("qa.csv:4: a totals row (合计) is skipped")), "{warnings:?}");
    }

    #[test]
    fn without_a_header_in_ten_rows_the_likeliest_row_is_reported() {
        let (data, problems, _) = drive(&[(1, &["月报"]), (2, &["日期", "员工", "项目"]), (3, &["2026-10-03", "1001", "1a"])]);
        assert!(data.is_empty());
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].starts_with("qa.csv:2: the required column agent_id (工號) is missing"), "{problems:?}");
    }
}
