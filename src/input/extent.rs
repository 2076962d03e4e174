//! How big a grid calamine would build for an `.ods` or `.xls` workbook. calamine reads those
//! formats whole and lays every sheet out as a dense grid from its first to its last cell, so one
//! stray value at `XFD100000` would cost sixteen thousand columns × a hundred thousand rows of
//! memory before a single row could be checked. This pass walks the file's own records (the
//! `content.xml` of an .ods, the BIFF records of an .xls) without building anything and refuses
//! a sheet whose grid would be both large and almost empty, naming the far cell so the user can
//! delete it (SPEC 2.5). `.xlsx` needs no such pass: it is read cell by cell.

use std::io::{Cursor, Read};

use quick_xml::events::Event;

use crate::lang::Lang;
use crate::problem::{column_letters, Origin, Problem};
use crate::tr;

/// A sheet grid of more cells than this is refused when it is also mostly empty.
const MAX_GRID: u64 = 8_000_000;
/// … "mostly empty": more than this many grid cells for each cell that holds something.
const SPARSENESS: u64 = 8;
/// A sheet that expands to more cells than this is refused however full it is: calamine holds
/// every cell of such a sheet at once (about 32 bytes each). A real month's table is a tenth of it.
const MAX_CELLS: u64 = 20_000_000;
/// The most cells an .xls sheet can have (BIFF8: 65 536 rows × 256 columns).
const XLS_CELLS: u64 = 65_536 * 256;

/// The extent of one sheet's cells.
#[derive(Debug, Default, Clone)]
struct Extent {
    /// The sheet's name, where the format gives it cheaply (.ods).
    sheet: Option<String>,
    max_row: u64,
    max_col: u64,
    /// Where the extent was last pushed out: the far cell, 0-based.
    far: (u64, u64),
    cells: u64,
    /// The sheet's own record of its size is damaged (it would make calamine reserve memory
    /// without bound): what it claims.
    damaged: Option<String>,
}

impl Extent {
    fn add(&mut self, row: u64, col: u64, count: u64) {
        self.cells = self.cells.saturating_add(count);
        if row > self.max_row || col > self.max_col {
            self.far = (row, col);
        }
        self.max_row = self.max_row.max(row);
        self.max_col = self.max_col.max(col);
    }

    fn grid(&self) -> u64 {
        (self.max_row + 1).saturating_mul(self.max_col + 1)
    }

    fn too_sparse(&self) -> bool {
        self.cells > 0 && self.grid() > MAX_GRID && self.grid() / self.cells.max(1) > SPARSENESS
    }

    fn too_big(&self) -> bool {
        self.cells > MAX_CELLS || (self.cells > 0 && self.grid() > MAX_CELLS)
    }
}

/// Refuses an .ods or .xls workbook whose grid would not fit its cells; any other file passes.
/// The problem is in `lang` (the damage found is described in English).
#[allow(clippy::result_large_err)] // one problem, once per file: not worth a box
pub fn check(ext: &str, bytes: &[u8], origin: &Origin, lang: Lang) -> Result<(), Problem> {
    let extents = match ext {
        "ods" => ods_extents(bytes),
        // calamine reads an .xls's compound file with its own reader, which follows a damaged
        // sector chain without end; the cfb crate checks the chains first.
        "xls" => match xls_extents(bytes) {
            Ok(e) => Some(e),
            Err(why) => {
                let what = tr!(lang, "input-not-a-workbook", error = why);
                return Err(Problem::in_lang(lang, origin.clone(), what, tr!(lang, "input-not-a-workbook-fix")));
            }
        },
        _ => return Ok(()),
    };
    // A file this pass cannot walk is left to calamine, which reports it in its own words.
    let Some(extents) = extents else { return Ok(()) };
    let at = |e: &Extent| Origin { sheet: e.sheet.as_deref().map(Into::into), ..origin.clone() };
    if let Some(e) = extents.iter().find(|e| e.damaged.is_some()) {
        let what = tr!(lang, "input-workbook-damaged", error = e.damaged.as_deref().unwrap_or_default());
        return Err(Problem::in_lang(lang, at(e), what, tr!(lang, "input-workbook-damaged-fix")));
    }
    if let Some(e) = extents.iter().find(|e| e.too_big() && !e.too_sparse()) {
        let what = tr!(
            lang,
            "input-sheet-too-big",
            cells = e.cells.max(e.grid()).to_string(),
            rows = (e.max_row + 1).to_string(),
            columns = (e.max_col + 1).to_string()
        );
        return Err(Problem::in_lang(lang, at(e), what, tr!(lang, "input-sheet-too-big-fix")));
    }
    match extents.iter().find(|e| e.too_sparse()) {
        None => Ok(()),
        Some(e) => {
            let far = format!("{}{}", column_letters(e.far.1 as usize), e.far.0 + 1);
            let what = tr!(lang, "input-stray-cell", cell = far, rows = (e.max_row + 1).to_string(), columns = (e.max_col + 1).to_string());
            Err(Problem::in_lang(
                lang,
                Origin { sheet: e.sheet.as_deref().map(Into::into), ..origin.clone() }.at_row(e.far.0 as usize + 1),
                what,
                tr!(lang, "input-stray-cell-fix"),
            ))
        }
    }
}

/// The sheets of an .ods file, from its `content.xml`.
fn ods_extents(bytes: &[u8]) -> Option<Vec<Extent>> {
    let mut zip = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let file = zip.by_name("content.xml").ok()?;
    let mut xml = quick_xml::Reader::from_reader(std::io::BufReader::new(file.take(1 << 33)));
    let mut buf = Vec::new();
    let mut out = Vec::new();
    let mut sheet: Option<Extent> = None;
    let (mut row, mut col, mut rows_repeat) = (0u64, 0u64, 1u64);
    let attr = |e: &quick_xml::events::BytesStart, name: &str| -> Option<String> {
        e.attributes().flatten().find(|a| a.key.as_ref() == name).map(|a| a.value.to_string())
    };
    loop {
        let event = xml.read_event_into(&mut buf).ok()?;
        match event {
            Event::Start(ref e) | Event::Empty(ref e) => {
                let empty_element = matches!(event, Event::Empty(_));
                match e.name().as_ref() {
                    "table:table" => {
                        if let Some(done) = sheet.take() {
                            out.push(done);
                        }
                        sheet = Some(Extent { sheet: attr(e, "table:name"), ..Extent::default() });
                        row = 0;
                    }
                    "table:table-row" => {
                        rows_repeat = attr(e, "table:number-rows-repeated").and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
                        col = 0;
                        if empty_element {
                            row = row.saturating_add(rows_repeat);
                        }
                    }
                    "table:table-cell" | "table:covered-table-cell" => {
                        let repeat: u64 = attr(e, "table:number-columns-repeated").and_then(|v| v.parse().ok()).unwrap_or(1).max(1);
                        let filled = !empty_element || attr(e, "office:value-type").is_some() || attr(e, "table:formula").is_some();
                        if let (true, Some(s)) = (filled, sheet.as_mut()) {
                            let last_row = row.saturating_add(rows_repeat - 1);
                            s.add(last_row, col.saturating_add(repeat - 1), repeat.saturating_mul(rows_repeat));
                        }
                        col = col.saturating_add(repeat);
                    }
                    _ => {}
                }
            }
            Event::End(ref e) => match e.name().as_ref() {
                "table:table-row" => row = row.saturating_add(rows_repeat),
                "table:table" => {
                    if let Some(done) = sheet.take() {
                        out.push(done);
                    }
                }
                _ => {}
            },
            Event::Eof => break,
            _ => {}
        }
        buf.clear();
    }
    if let Some(done) = sheet.take() {
        out.push(done);
    }
    Some(out)
}

/// The sheets of an .xls file, from the cell records of its BIFF workbook stream (the records
/// calamine lays out: numbers, labels, booleans and errors, RK and MULRK, formulas).
fn xls_extents(bytes: &[u8]) -> Result<Vec<Extent>, String> {
    let mut cfb = cfb::CompoundFile::open(Cursor::new(bytes)).map_err(|e| format!("its compound file is damaged ({e})"))?;
    let mut stream = Vec::new();
    let name = ["/Workbook", "/Book"].into_iter().find(|n| cfb.is_stream(n)).ok_or("it holds no workbook stream")?;
    cfb.open_stream(name)
        .and_then(|s| s.take(1 << 32).read_to_end(&mut stream))
        .map_err(|e| format!("its workbook stream is damaged ({e})"))?;
    let mut out = Vec::new();
    let mut current: Option<Extent> = None;
    let mut depth = 0usize;
    let mut pos = 0usize;
    while pos + 4 <= stream.len() {
        let kind = u16::from_le_bytes([stream[pos], stream[pos + 1]]);
        let len = u16::from_le_bytes([stream[pos + 2], stream[pos + 3]]) as usize;
        let Some(data) = stream.get(pos + 4..pos + 4 + len) else { break };
        pos += 4 + len;
        let rc = |d: &[u8]| -> Option<(u64, u64)> {
            Some((u16::from_le_bytes([*d.first()?, *d.get(1)?]) as u64, u16::from_le_bytes([*d.get(2)?, *d.get(3)?]) as u64))
        };
        match kind {
            0x0809 => {
                depth += 1;
                if depth == 1 {
                    current = Some(Extent::default());
                }
            }
            0x000A => {
                depth = depth.saturating_sub(1);
                if depth == 0 {
                    if let Some(done) = current.take() {
                        out.push(done);
                    }
                }
            }
            // DIMENSIONS: calamine reserves room for every cell it claims, as calamine reads it.
            0x0200 => {
                let u16_at = |i: usize| data.get(i..i + 2).map(|b| u16::from_le_bytes([b[0], b[1]]) as u64);
                let u32_at = |i: usize| data.get(i..i + 4).map(|b| u32::from_le_bytes([b[0], b[1], b[2], b[3]]) as u64);
                let dims = match data.len() {
                    10 => u16_at(0).zip(u16_at(2)).zip(u16_at(4).zip(u16_at(6))),
                    14 | 16 => u32_at(0).zip(u32_at(4)).zip(u16_at(8).zip(u16_at(10))),
                    _ => None,
                };
                if let (Some(((first_row, rows_end), (first_col, cols_end))), Some(s)) = (dims, current.as_mut()) {
                    // As calamine reads it: columns past IV start at 0; counts are `end − start`.
                    let first_col = if first_col > 0xFF || cols_end < first_col { 0 } else { first_col };
                    if rows_end == 0 || cols_end == 0 {
                        // An empty sheet: calamine reserves nothing.
                    } else if rows_end <= first_row {
                        s.damaged = Some(format!("a sheet says its rows end at {rows_end} before they start at {}", first_row + 1));
                    } else if cols_end <= first_col {
                        s.damaged = Some(format!("a sheet says its columns end at {cols_end} before they start at {}", first_col + 1));
                    } else if (rows_end - first_row).saturating_mul(cols_end - first_col) > XLS_CELLS {
                        let (rows, cols) = (rows_end - first_row, cols_end - first_col);
                        s.damaged = Some(format!("a sheet says it spans {rows} rows × {cols} columns, more than an .xls can hold"));
                    }
                }
            }
            0x0006 | 0x00FD | 0x0203 | 0x027E | 0x0205 | 0x0204 | 0x00D6 => {
                if let (Some((r, c)), Some(s)) = (rc(data), current.as_mut()) {
                    s.add(r, c, 1);
                }
            }
            0x00BD if data.len() >= 6 => {
                if let (Some((r, first)), Some(s)) = (rc(data), current.as_mut()) {
                    let last = u16::from_le_bytes([data[data.len() - 2], data[data.len() - 1]]) as u64;
                    if last >= first {
                        s.add(r, last, last - first + 1);
                    }
                }
            }
            _ => {}
        }
    }
    // The first substream is the workbook's globals; the sheets follow.
    if !out.is_empty() {
        out.remove(0);
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_far_cell_makes_a_sparse_grid() {
        let mut e = Extent::default();
        e.add(0, 0, 8);
        e.add(1, 7, 8);
        assert!(!e.too_sparse());
        e.add(99_999, 16_383, 1);
        assert!(e.too_sparse());
        assert_eq!(e.far, (99_999, 16_383));
    }

    /// A BIFF record: type, length, data.
    fn record(kind: u16, data: &[u8]) -> Vec<u8> {
        [kind.to_le_bytes().as_slice(), &(data.len() as u16).to_le_bytes(), data].concat()
    }

    /// A NUMBER record at (row, col).
    fn number(row: u16, col: u16) -> Vec<u8> {
        let mut data = [row.to_le_bytes(), col.to_le_bytes(), [0, 0]].concat();
        data.extend_from_slice(&1.0f64.to_le_bytes());
        record(0x0203, &data)
    }

    /// An .xls compound file whose one sheet holds the given cell records.
    fn xls(cells: &[Vec<u8>]) -> Vec<u8> {
        let bof = record(0x0809, &[0; 16]);
        let eof = record(0x000A, &[]);
        let mut stream = [bof.clone(), eof.clone(), bof].concat();
        for c in cells {
            stream.extend_from_slice(c);
        }
        stream.extend_from_slice(&eof);
        let mut file = cfb::CompoundFile::create(Cursor::new(Vec::new())).unwrap();
        std::io::Write::write_all(&mut file.create_stream("/Workbook").unwrap(), &stream).unwrap();
        file.flush().unwrap();
        file.into_inner().into_inner()
    }

    #[test]
    fn a_far_cell_in_an_xls_is_refused_before_calamine_lays_out_the_grid() {
        let origin = Origin::file("book.xls");
        let near = xls(&[number(0, 0), number(1, 3), number(2, 3)]);
        assert!(check("xls", &near, &origin, Lang::En).is_ok());
        let far = xls(&[number(0, 0), number(1, 3), number(65_535, 255)]);
        let problem = check("xls", &far, &origin, Lang::En).unwrap_err();
        assert!(problem.to_string().starts_with("book.xls:65536: the sheet has a value at IV65536, far from its table"), "{problem}");
    }

    /// A DIMENSIONS record: first row, last row + 1 (BIFF8: 32 bits each), first and last + 1 column.
    fn dimensions(first_row: u32, rows_end: u32, first_col: u16, cols_end: u16) -> Vec<u8> {
        record(
            0x0200,
            &[&first_row.to_le_bytes()[..], &rows_end.to_le_bytes(), &first_col.to_le_bytes(), &cols_end.to_le_bytes(), &[0, 0]].concat(),
        )
    }

    #[test]
    fn an_xls_whose_size_record_is_damaged_is_refused() {
        let origin = Origin::file("book.xls");
        assert!(check("xls", &xls(&[dimensions(0, 3, 0, 4), number(0, 0)]), &origin, Lang::En).is_ok());
        let huge = check("xls", &xls(&[dimensions(0, u32::MAX, 0, 4), number(0, 0)]), &origin, Lang::En).unwrap_err();
        assert!(huge.to_string().contains("the workbook is damaged: a sheet says it spans 4294967295 rows × 4 columns"), "{huge}");
        let inverted = check("xls", &xls(&[dimensions(32, 15, 0, 4), number(0, 0)]), &origin, Lang::En).unwrap_err();
        assert!(inverted.to_string().contains("rows end at 15 before they start at 33"), "{inverted}");
    }

    #[test]
    fn a_sheet_that_expands_to_a_hundred_million_cells_is_refused_however_full() {
        let mut e = Extent::default();
        e.add(5_999, 16_383, 98_304_000);
        assert!(!e.too_sparse() && e.too_big());
    }

    #[test]
    fn a_large_full_sheet_is_not_refused() {
        let mut e = Extent::default();
        e.add(999_999, 7, 8_000_000);
        assert!(!e.too_sparse() && !e.too_big());
    }
}
