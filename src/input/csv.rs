//! CSV tables: the encoding is decided by BOM, else valid UTF-8, else GB18030 (Excel on Chinese
//! Windows); bytes that decode to nothing sensible are an error, never replaced. Rows stream.

use std::fs::File;
use std::io::{BufReader, Read};

use encoding_rs::{Encoding, GB18030, UTF_8};
use encoding_rs_io::DecodeReaderBytesBuilder;
use sha2::{Digest, Sha256};

use super::{Cell, RawRow, TableLocation, TableReader};
use crate::error::{KaoheError, Result};
use crate::problem::{Origin, Problem};

const CHUNK: usize = 64 * 1024;

/// Opens a CSV table: detects its encoding and delimiter, reads its header, streams its rows.
pub fn open(location: &TableLocation) -> Result<TableReader> {
    let origin = Origin::file(location.display.as_str());
    let scan = scan(location, &origin)?;
    let file = File::open(&location.path).map_err(|e| KaoheError::io(&location.path, e))?;
    let decoded = DecodeReaderBytesBuilder::new()
        .encoding(Some(scan.encoding))
        .bom_override(true)
        .strip_bom(true)
        .utf8_passthru(true)
        .build(BufReader::with_capacity(CHUNK, file));
    let reader = ::csv::ReaderBuilder::new().has_headers(false).flexible(true).delimiter(scan.delimiter).from_reader(decoded);
    let mut records = reader.into_records();
    let headers = match records.next() {
        Some(Ok(record)) => record.iter().map(|h| h.trim().to_string()).collect(),
        Some(Err(e)) => return Err(KaoheError::Invalid(vec![malformed(&origin, &e)])),
        None => Vec::new(),
    };
    let width = headers.len();
    let row_origin = origin.clone();
    let rows = records.map(move |record| {
        let record = record.map_err(|e| malformed(&row_origin, &e))?;
        let number = record.position().map(|p| p.line() as usize).unwrap_or(0);
        let mut cells: Vec<Cell> =
            record.iter().map(|v| if v.trim().is_empty() { Cell::Empty } else { Cell::Text(v.to_string()) }).collect();
        // Excel writes every row with the header's width; any other width means a missing or
        // extra separator, which would shift values into the wrong columns.
        let all_empty = cells.iter().all(Cell::is_empty);
        if cells.len() != width && !all_empty {
            return Err(Problem::new(
                row_origin.at_row(number),
                format!("the row has {} cells but the header has {}", cells.len(), width),
                "a separator is missing or extra in this row (a value with a comma, such as \"¥3,000\", must be in quotes); fix it so every value sits under its column",
            ));
        }
        cells.resize(width, Cell::Empty);
        Ok(RawRow { number, cells })
    });
    Ok(TableReader { origin, headers, header_row: 1, sha256: scan.sha256, rows: Box::new(rows) })
}

fn malformed(origin: &Origin, e: &::csv::Error) -> Problem {
    let row = e.position().map(|p| p.line() as usize);
    let at = match row {
        Some(r) => origin.at_row(r),
        None => origin.clone(),
    };
    Problem::new(
        at,
        format!("malformed CSV: {}", e.kind_text()),
        "open the file in a text editor and fix the quoting or separators on this row",
    )
}

trait KindText {
    fn kind_text(&self) -> String;
}

impl KindText for ::csv::Error {
    fn kind_text(&self) -> String {
        match self.kind() {
            ::csv::ErrorKind::Utf8 { err, .. } => format!("invalid text in field {}", err.field() + 1),
            other => format!("{other:?}"),
        }
    }
}

struct Scan {
    encoding: &'static Encoding,
    delimiter: u8,
    sha256: String,
}

/// One pass over the bytes: hash them, check they are valid UTF-8 (else GB18030) and sensible,
/// and sniff the delimiter from the header line. Memory stays at one chunk.
fn scan(location: &TableLocation, origin: &Origin) -> Result<Scan> {
    let read_all = |f: &mut dyn FnMut(&[u8]) -> Result<(), Problem>| -> Result<()> {
        let mut file = File::open(&location.path).map_err(|e| KaoheError::io(&location.path, e))?;
        let mut buf = vec![0u8; CHUNK];
        loop {
            let n = file.read(&mut buf).map_err(|e| KaoheError::io(&location.path, e))?;
            if n == 0 {
                return Ok(());
            }
            f(&buf[..n]).map_err(|p| KaoheError::Invalid(vec![p]))?;
        }
    };

    let mut hasher = Sha256::new();
    let mut head: Vec<u8> = Vec::new();
    let mut utf8 = Utf8Check::default();
    read_all(&mut |chunk| {
        hasher.update(chunk);
        if head.len() < 4096 {
            head.extend_from_slice(&chunk[..chunk.len().min(4096)]);
        }
        utf8.feed(chunk);
        Ok(())
    })?;
    let sha256 = format!("{:x}", hasher.finalize());

    let encoding = if let Some((enc, _)) = Encoding::for_bom(&head) {
        enc
    } else if utf8.valid() {
        UTF_8
    } else {
        GB18030
    };
    // Decode everything once without replacement: a byte sequence that the encoding cannot
    // decode, or that decodes to control characters, is not a text table.
    let mut decoder = encoding.new_decoder_with_bom_removal();
    let mut line = 1usize;
    let mut out = String::with_capacity(CHUNK * 2);
    let mut first_line = String::new();
    let mut check = |chunk: &[u8], last: bool, decoder: &mut encoding_rs::Decoder| -> Result<(), Problem> {
        let mut input = chunk;
        loop {
            out.clear();
            let (result, read) = decoder.decode_to_string_without_replacement(input, &mut out, last);
            if let Some(bad) = out.chars().find(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
                let at_line = line + out[..out.find(bad).unwrap_or(0)].matches('\n').count();
                return Err(not_text(origin, at_line, &format!("it contains the control character U+{:04X}", bad as u32)));
            }
            if first_line.len() < 4096 && !first_line.contains('\n') {
                first_line.push_str(&out[..out.len().min(4096)]);
            }
            line += out.matches('\n').count();
            match result {
                encoding_rs::DecoderResult::InputEmpty => return Ok(()),
                encoding_rs::DecoderResult::OutputFull => {
                    out.reserve(CHUNK);
                    input = &input[read..];
                }
                encoding_rs::DecoderResult::Malformed(_, _) => {
                    return Err(not_text(origin, line, &format!("its bytes are neither UTF-8 nor {}", encoding.name())));
                }
            }
        }
    };
    read_all(&mut |chunk| check(chunk, false, &mut decoder))?;
    check(&[], true, &mut decoder).map_err(|p| KaoheError::Invalid(vec![p]))?;

    let header = first_line.lines().next().unwrap_or("");
    let delimiter = if !header.contains(',') && header.contains('\t') {
        b'\t'
    } else if !header.contains(',') && header.contains(';') {
        b';'
    } else {
        b','
    };
    Ok(Scan { encoding, delimiter, sha256 })
}

fn not_text(origin: &Origin, line: usize, why: &str) -> Problem {
    Problem::new(
        origin.at_row(line),
        format!("this file cannot be read as text: {why}"),
        "save it from Excel as \"CSV UTF-8\" (or CSV on Chinese Windows), or check that it is the right file",
    )
}

/// Streaming UTF-8 validation across chunk boundaries.
#[derive(Default)]
struct Utf8Check {
    carry: Vec<u8>,
    invalid: bool,
}

impl Utf8Check {
    fn feed(&mut self, chunk: &[u8]) {
        if self.invalid {
            return;
        }
        let mut data = std::mem::take(&mut self.carry);
        data.extend_from_slice(chunk);
        match std::str::from_utf8(&data) {
            Ok(_) => {}
            Err(e) if e.error_len().is_none() => self.carry = data[e.valid_up_to()..].to_vec(),
            Err(_) => self.invalid = true,
        }
    }

    fn valid(&self) -> bool {
        !self.invalid && self.carry.is_empty()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_check_handles_split_characters() {
        let text = "工号,姓名\n1001,张伟\n".as_bytes();
        for split in 1..text.len() {
            let mut c = Utf8Check::default();
            c.feed(&text[..split]);
            c.feed(&text[split..]);
            assert!(c.valid(), "split at {split}");
        }
        let (gbk, _, _) = GB18030.encode("工号,姓名\n");
        let mut c = Utf8Check::default();
        c.feed(&gbk);
        assert!(!c.valid());
    }
}
