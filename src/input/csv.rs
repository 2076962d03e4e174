//! CSV tables, read in one pass: the bytes are hashed as they are read, parsed by `csv_core`
//! at the byte level (the separators, quotes and line ends of UTF-8, GBK, GB18030 and Big5 are
//! the same ASCII bytes) and each record is decoded on its own. Row numbers are counted here,
//! from the bytes actually read: every CR, LF or CRLF is one line end, inside quotes too, so a
//! row is numbered by the line it starts on as a text editor shows it (SPEC 2.5). Memory stays at
//! one buffer and one record, whatever the file's size.

use std::fs::File;
use std::io::{self, Read};

use csv_core::{ReadRecordResult, ReaderBuilder};
use encoding_rs::{Decoder, Encoding, UTF_16BE, UTF_16LE, UTF_8};
use sha2::{Digest, Sha256};

use super::encoding::{self, Bom};
use super::{HeaderHint, RowEvent, RowView, TableFile, TableLocation, Visitor};
use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::problem::{Column, Origin, Problem};
use crate::tr;

/// Bytes read from the file at a time.
const CHUNK: usize = 256 * 1024;
/// Bytes looked at to decide a file's encoding and separator.
const SNIFF: usize = 1 << 20;

/// Files at least this big are read on a second thread while the caller checks their rows.
const PIPELINE_BYTES: u64 = 4 << 20;
/// Rows handed from the reading thread to the checking one at a time.
const BATCH_ROWS: usize = 4096;

/// Reads a CSV table into `visit`, row by row. A big file is read, hashed, parsed and decoded
/// on a second thread, in batches of rows, while `visit` runs on this one. Problems are in `lang`.
pub fn read(location: &TableLocation, hint: HeaderHint, lang: Lang, visit: &mut Visitor) -> Result<TableFile> {
    let origin = location.origin();
    let file = File::open(&location.path).map_err(|e| KaoheError::io(&location.path, e))?;
    let big = file.metadata().map(|m| m.len() >= PIPELINE_BYTES).unwrap_or(false);
    let mut reader = CsvReader::new(Box::new(file), origin.clone());
    reader.lang = lang;
    let stop = |e| match e {
        Stop::Io(e) => KaoheError::io(&location.path, e),
        Stop::Problem(p) => KaoheError::Invalid(vec![*p]),
    };
    let complete = if big { pipelined(&mut reader, hint, visit) } else { reader.run(hint, visit) }.map_err(stop)?;
    Ok(TableFile { origin, sha256: format!("{:x}", reader.source.hasher.finalize_reset()), complete })
}

/// Rows read ahead, owned, for the checking thread.
#[derive(Default)]
struct Batch {
    /// Every row's text, back to back.
    text: String,
    /// Every row's field ends, relative to the row's own text.
    ends: Vec<usize>,
    items: Vec<Item>,
}

enum Item {
    Row { number: usize, text: std::ops::Range<usize>, ends: std::ops::Range<usize> },
    Problem(Problem),
}

impl Batch {
    fn take(&mut self, event: RowEvent) {
        match event {
            RowEvent::Row(row) => {
                let (text, ends) = row.csv_parts().expect("a CSV row");
                let (t0, e0) = (self.text.len(), self.ends.len());
                self.text.push_str(text);
                self.ends.extend_from_slice(ends);
                self.items.push(Item::Row { number: row.number, text: t0..self.text.len(), ends: e0..self.ends.len() });
            }
            RowEvent::Problem(p) => self.items.push(Item::Problem(p)),
            RowEvent::Merged(_) => {}
        }
    }

    /// Hands every row to `visit`; `false` when it asked to stop.
    fn replay(self, visit: &mut Visitor) -> bool {
        let Batch { text, ends, items } = self;
        for item in items {
            let event = match item {
                Item::Row { number, text: t, ends: e } => RowEvent::Row(RowView::csv(number, &text[t], &ends[e])),
                Item::Problem(p) => RowEvent::Problem(p),
            };
            if visit(event).is_break() {
                return false;
            }
        }
        true
    }
}

/// Runs `reader` on a second thread and replays its rows into `visit` here.
fn pipelined(reader: &mut CsvReader, hint: HeaderHint, visit: &mut Visitor) -> Result<bool, Stop> {
    let (tx, rx) = std::sync::mpsc::sync_channel::<Batch>(4);
    std::thread::scope(|scope| {
        let producer = scope.spawn(move || {
            let mut batch = Batch::default();
            let result = reader.run(hint, &mut |event| {
                batch.take(event);
                if batch.items.len() >= BATCH_ROWS && tx.send(std::mem::take(&mut batch)).is_err() {
                    return std::ops::ControlFlow::Break(()); // the checking side stopped
                }
                std::ops::ControlFlow::Continue(())
            });
            if !batch.items.is_empty() {
                let _ = tx.send(batch);
            }
            result
        });
        let mut stopped = false;
        for batch in rx.iter() {
            if !batch.replay(visit) {
                stopped = true;
                break;
            }
        }
        drop(rx);
        let complete = producer.join().unwrap_or_else(|panic| std::panic::resume_unwind(panic))?;
        Ok(complete && !stopped)
    })
}

/// Why reading stopped before the end.
enum Stop {
    Io(io::Error),
    /// The file cannot be read as a table at all.
    Problem(Box<Problem>),
}

impl From<io::Error> for Stop {
    fn from(e: io::Error) -> Stop {
        Stop::Io(e)
    }
}

/// How the text of each record is decoded.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Text {
    Utf8,
    /// GB18030 or Big5.
    Legacy(&'static Encoding),
    /// Only ASCII so far: decided at the first record that is not.
    Undecided,
}

/// The file's bytes as the parser sees them: hashed as read, UTF-16 turned into UTF-8.
struct Source {
    file: Box<dyn Read + Send>,
    hasher: Sha256,
    eof: bool,
    /// UTF-16 files are turned into UTF-8 before parsing.
    transcoder: Option<Decoder>,
    /// The transcoder has been told the input ended.
    flushed: bool,
    raw: Vec<u8>,
    raw_start: usize,
    buf: Vec<u8>,
    start: usize,
    end: usize,
}

impl Source {
    fn available(&self) -> &[u8] {
        &self.buf[self.start..self.end]
    }

    fn consume(&mut self, n: usize) {
        self.start += n;
    }

    /// Reads more bytes into the buffer; `false` at the end of the file.
    fn fill(&mut self) -> Result<bool, Stop> {
        if self.start > 0 {
            self.buf.copy_within(self.start..self.end, 0);
            self.end -= self.start;
            self.start = 0;
        }
        if self.buf.len() - self.end < CHUNK {
            self.buf.resize(self.end + CHUNK, 0);
        }
        let before = self.end;
        loop {
            let Some(decoder) = self.transcoder.as_mut() else {
                if self.eof {
                    return Ok(false);
                }
                let n = read_some(&mut self.file, &mut self.buf[self.end..])?;
                self.hasher.update(&self.buf[self.end..self.end + n]);
                self.end += n;
                self.eof = n == 0;
                return Ok(n > 0);
            };
            if self.flushed {
                return Ok(false);
            }
            if self.raw_start == self.raw.len() && !self.eof {
                self.raw.resize(CHUNK, 0);
                let n = read_some(&mut self.file, &mut self.raw)?;
                self.raw.truncate(n);
                self.raw_start = 0;
                self.hasher.update(&self.raw);
                self.eof = n == 0;
            }
            let last = self.eof;
            let (result, read, written) =
                decoder.decode_to_utf8_without_replacement(&self.raw[self.raw_start..], &mut self.buf[self.end..], last);
            self.raw_start += read;
            self.end += written;
            match result {
                encoding_rs::DecoderResult::Malformed(_, _) => {
                    return Err(Stop::Io(io::Error::new(io::ErrorKind::InvalidData, "UTF-16")));
                }
                encoding_rs::DecoderResult::InputEmpty if last => self.flushed = true,
                _ => {}
            }
            if self.end > before {
                return Ok(true);
            }
            if self.flushed {
                return Ok(false);
            }
        }
    }

    /// Makes at least `want` bytes available, or everything up to the end of the file.
    fn read_ahead(&mut self, want: usize) -> Result<(), Stop> {
        while self.end - self.start < want && self.fill()? {}
        Ok(())
    }
}

fn read_some(file: &mut dyn Read, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        match file.read(buf) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            other => return other,
        }
    }
}

/// Counts line ends in `bytes`: CR, LF and CRLF each end one line, also across two calls.
struct Lines {
    line: usize,
    after_cr: bool,
}

impl Lines {
    fn count(&mut self, bytes: &[u8]) {
        for pos in memchr::memchr2_iter(b'\r', b'\n', bytes) {
            let cr_before = if pos == 0 { self.after_cr } else { bytes[pos - 1] == b'\r' };
            if bytes[pos] == b'\r' || !cr_before {
                self.line += 1;
            }
        }
        if let Some(&last) = bytes.last() {
            self.after_cr = last == b'\r';
        }
    }
}

struct CsvReader {
    source: Source,
    origin: Origin,
    /// The language of its problems.
    lang: Lang,
    lines: Lines,
    text: Text,
    record: Vec<u8>,
    ends: Vec<usize>,
    decoded: String,
    decoded_ends: Vec<usize>,
}

impl CsvReader {
    fn new(file: Box<dyn Read + Send>, origin: Origin) -> CsvReader {
        CsvReader {
            source: Source {
                file,
                hasher: Sha256::new(),
                eof: false,
                transcoder: None,
                flushed: false,
                raw: Vec::new(),
                raw_start: 0,
                buf: Vec::new(),
                start: 0,
                end: 0,
            },
            origin,
            lang: Lang::En,
            lines: Lines { line: 1, after_cr: false },
            text: Text::Undecided,
            record: vec![0; 4096],
            ends: vec![0; 64],
            decoded: String::new(),
            decoded_ends: Vec::new(),
        }
    }

    fn problem(&self, row: usize, what: String, fix: String) -> Problem {
        Problem::in_lang(self.lang, self.origin.at_row(row), what, fix)
    }

    fn fatal(&self, row: usize, what: String, fix: String) -> Stop {
        Stop::Problem(Box::new(self.problem(row, what, fix)))
    }

    /// The problem of a file whose encoding cannot be told: `why` is a catalog id.
    fn encoding_unknown(&self, row: usize, why: &str) -> Stop {
        let why = crate::i18n::text(self.lang, why, None);
        self.fatal(row, tr!(self.lang, "input-encoding-unknown", why = why), tr!(self.lang, "input-encoding-fix"))
    }

    /// Reads every record; `Ok(true)` when the whole file was read.
    fn run(&mut self, hint: HeaderHint, visit: &mut Visitor) -> Result<bool, Stop> {
        self.records(hint, visit).map_err(|e| self.explain(e))
    }

    /// Bytes a UTF-16 file cannot hold are invalid input at the line reached, not an I/O error.
    fn explain(&self, e: Stop) -> Stop {
        match e {
            Stop::Io(e) if e.kind() == io::ErrorKind::InvalidData && self.source.transcoder.is_some() => {
                self.fatal(self.lines.line, tr!(self.lang, "input-not-utf16"), tr!(self.lang, "input-save-csv-utf8-fix"))
            }
            other => other,
        }
    }

    fn records(&mut self, hint: HeaderHint, visit: &mut Visitor) -> Result<bool, Stop> {
        let delimiter = self.start(hint)?;
        let mut parser = ReaderBuilder::new().delimiter(delimiter).build();
        loop {
            // Blank lines between records are skipped here, so that a record starts on the line
            // of its first byte.
            let mut at_end = false;
            loop {
                let avail = self.source.available();
                let skip = avail.iter().position(|&b| b != b'\r' && b != b'\n').unwrap_or(avail.len());
                self.lines.count(&avail[..skip]);
                self.source.consume(skip);
                if !self.source.available().is_empty() {
                    break;
                }
                if !self.fill_or_explain()? {
                    at_end = true;
                    break;
                }
            }
            if at_end {
                return Ok(true);
            }
            let row = self.lines.line;
            let (mut nout, mut nend, mut quotes) = (0usize, 0usize, 0usize);
            loop {
                let input = self.source.available();
                let (result, nin, o, e) = parser.read_record(input, &mut self.record[nout..], &mut self.ends[nend..]);
                quotes += memchr::memchr_iter(b'"', &input[..nin]).count();
                self.lines.count(&input[..nin]);
                self.source.consume(nin);
                nout += o;
                nend += e;
                match result {
                    ReadRecordResult::InputEmpty => {
                        if self.source.available().is_empty() {
                            self.fill_or_explain()?;
                        }
                    }
                    ReadRecordResult::OutputFull => self.record.resize(self.record.len() * 2, 0),
                    ReadRecordResult::OutputEndsFull => self.ends.resize(self.ends.len() * 2, 0),
                    ReadRecordResult::Record | ReadRecordResult::End => break,
                }
            }
            if nend == 0 {
                return Ok(true);
            }
            let event = self.decode_record(row, nout, nend, quotes, hint)?;
            let flow = match event {
                Ok(Decoded::Utf8) => {
                    let text = std::str::from_utf8(&self.record[..nout]).expect("checked as UTF-8");
                    visit(RowEvent::Row(RowView::csv(row, text, &self.ends[..nend])))
                }
                Ok(Decoded::Legacy) => visit(RowEvent::Row(RowView::csv(row, &self.decoded, &self.decoded_ends))),
                Err(problem) => visit(RowEvent::Problem(problem)),
            };
            if flow.is_break() {
                return Ok(false);
            }
        }
    }

    fn fill_or_explain(&mut self) -> Result<bool, Stop> {
        self.source.fill().map_err(|e| self.explain(e))
    }

    /// Reads the start of the file: its BOM, whether it is text at all, its encoding if the
    /// first megabyte shows it, and its separator.
    fn start(&mut self, hint: HeaderHint) -> Result<u8, Stop> {
        self.source.read_ahead(4)?;
        let head = self.source.available().to_vec();
        if let Some(kind) = encoding::binary_kind(&head) {
            let kind = crate::i18n::text(self.lang, kind, None);
            return Err(self.fatal(1, tr!(self.lang, "input-binary", kind = kind), tr!(self.lang, "input-binary-fix")));
        }
        let (bom, len) = Bom::of(&head);
        self.source.consume(len);
        match bom {
            Bom::Utf8 => self.text = Text::Utf8,
            Bom::Utf16Le | Bom::Utf16Be => {
                let encoding = if bom == Bom::Utf16Le { UTF_16LE } else { UTF_16BE };
                // The bytes already read move to the transcoder; the parser sees UTF-8.
                let rest = self.source.available().to_vec();
                self.source.raw = rest;
                self.source.raw_start = 0;
                self.source.start = 0;
                self.source.end = 0;
                self.source.transcoder = Some(encoding.new_decoder_without_bom_handling());
                self.text = Text::Utf8;
            }
            Bom::None => {}
        }
        self.source.read_ahead(SNIFF)?;
        let sample = self.source.available();
        if bom == Bom::None {
            if let Some(at) = memchr::memchr(0, sample) {
                let line = 1 + count_line_ends(&sample[..at]);
                return Err(self.fatal(line, tr!(self.lang, "input-nul-bytes-no-bom"), tr!(self.lang, "input-save-csv-utf8-fix")));
            }
            let ascii = Encoding::ascii_valid_up_to(sample);
            if ascii < sample.len() {
                let complete = self.source.eof && self.source.transcoder.is_none();
                match encoding::detect(&sample[ascii..], complete, hint) {
                    Ok(e) if e == UTF_8 => self.text = Text::Utf8,
                    Ok(e) => self.text = Text::Legacy(e),
                    Err(why) => {
                        let line = 1 + count_line_ends(&sample[..ascii]);
                        return Err(self.encoding_unknown(line, why));
                    }
                }
            }
        }
        Ok(sniff_delimiter(self.source.available()))
    }

    /// Turns the parsed record into text, or a problem with the row.
    fn decode_record(&mut self, row: usize, nout: usize, nend: usize, quotes: usize, hint: HeaderHint) -> Result<Decoding, Stop> {
        let bytes = &self.record[..nout];
        if quotes % 2 == 1 && memchr::memchr2(b'\n', b'\r', bytes).is_some() {
            return Ok(Err(self.problem(
                row,
                tr!(self.lang, "input-open-quote", line = self.lines.line),
                tr!(self.lang, "input-open-quote-fix"),
            )));
        }
        if let Some(pos) = bytes.iter().position(|&b| (b < 0x20 && !matches!(b, b'\t' | b'\n' | b'\r')) || b == 0x7f) {
            if bytes[pos] == 0 {
                return Err(self.fatal(row, tr!(self.lang, "input-nul-bytes"), tr!(self.lang, "input-save-csv-utf8-fix")));
            }
            let field = self.field_of(pos, nend);
            return Ok(Err(Problem::in_lang(
                self.lang,
                self.origin.at_row(row).at_column(Column { index: field, header: "".into() }),
                tr!(self.lang, "input-control-char", code = format!("{:04X}", bytes[pos])),
                tr!(self.lang, "input-control-char-fix"),
            )));
        }
        if self.text == Text::Undecided && !bytes.is_ascii() {
            self.decide(nout, hint)?;
        }
        match self.text {
            Text::Utf8 | Text::Undecided => match std::str::from_utf8(&self.record[..nout]) {
                Ok(_) => Ok(Ok(Decoded::Utf8)),
                Err(e) => {
                    let field = self.field_of(e.valid_up_to(), nend);
                    Ok(Err(self.mixed(row, field, "UTF-8")))
                }
            },
            Text::Legacy(encoding) => {
                self.decoded.clear();
                self.decoded_ends.clear();
                let mut start = 0;
                for (i, &end) in self.ends[..nend].iter().enumerate() {
                    let field = &self.record[start..end];
                    if field.is_ascii() {
                        self.decoded.push_str(std::str::from_utf8(field).expect("ASCII"));
                    } else {
                        let mut decoder = encoding.new_decoder_without_bom_handling();
                        self.decoded.reserve(decoder.max_utf8_buffer_length_without_replacement(field.len()).unwrap_or(field.len() * 3));
                        let (result, _) = decoder.decode_to_string_without_replacement(field, &mut self.decoded, true);
                        if result != encoding_rs::DecoderResult::InputEmpty {
                            return Ok(Err(self.mixed(row, i, encoding.name())));
                        }
                    }
                    self.decoded_ends.push(self.decoded.len());
                    start = end;
                }
                Ok(Ok(Decoded::Legacy))
            }
        }
    }

    /// Decides the encoding at the first record that is not ASCII, from that record and the
    /// bytes after it.
    fn decide(&mut self, nout: usize, hint: HeaderHint) -> Result<(), Stop> {
        self.source.read_ahead(SNIFF)?;
        let record = &self.record[..nout];
        let mut sample = record[Encoding::ascii_valid_up_to(record)..].to_vec();
        sample.extend_from_slice(self.source.available());
        let complete = self.source.eof;
        match encoding::detect(&sample, complete, hint) {
            Ok(e) if e == UTF_8 => self.text = Text::Utf8,
            Ok(e) => self.text = Text::Legacy(e),
            Err(why) => return Err(self.encoding_unknown(self.lines.line, why)),
        }
        Ok(())
    }

    fn field_of(&self, byte: usize, nend: usize) -> usize {
        self.ends[..nend].iter().position(|&end| byte < end).unwrap_or(nend.saturating_sub(1))
    }

    fn mixed(&self, row: usize, field: usize, encoding: &str) -> Problem {
        Problem::in_lang(
            self.lang,
            self.origin.at_row(row).at_column(Column { index: field, header: "".into() }),
            tr!(self.lang, "input-mixed-encoding", encoding = encoding),
            tr!(self.lang, "input-mixed-encoding-fix"),
        )
    }
}

/// What a record decoded to.
enum Decoded {
    /// The record's bytes are its text.
    Utf8,
    /// The text is in `decoded`.
    Legacy,
}

type Decoding = Result<Decoded, Problem>;

fn count_line_ends(bytes: &[u8]) -> usize {
    let mut lines = Lines { line: 0, after_cr: false };
    lines.count(bytes);
    lines.line
}

/// The separator: the one of `,` TAB `;` found on most of the first ten lines (a comma when
/// none is, or on a tie).
fn sniff_delimiter(sample: &[u8]) -> u8 {
    let lines = sample.split(|&b| b == b'\n' || b == b'\r').filter(|l| !l.is_empty()).take(10);
    let mut counts = [0usize; 3];
    for line in lines {
        for (i, d) in [b',', b'\t', b';'].iter().enumerate() {
            counts[i] += line.contains(d) as usize;
        }
    }
    let best = (0..3).max_by_key(|&i| (counts[i], usize::from(i == 0))).unwrap_or(0);
    if counts[best] == 0 {
        b','
    } else {
        [b',', b'\t', b';'][best]
    }
}

/// Reads CSV bytes held in memory (tests, fuzzing): every row event, and the bytes' hash.
pub fn read_bytes(bytes: &[u8], name: &str, hint: HeaderHint, visit: &mut Visitor) -> Result<TableFile> {
    let origin = Origin::file(name);
    let mut reader = CsvReader::new(Box::new(io::Cursor::new(bytes.to_vec())), origin.clone());
    let complete = reader.run(hint, visit)?;
    Ok(TableFile { origin, sha256: format!("{:x}", reader.source.hasher.finalize_reset()), complete })
}

impl From<Stop> for KaoheError {
    fn from(s: Stop) -> KaoheError {
        match s {
            Stop::Io(e) => KaoheError::io("csv", e),
            Stop::Problem(p) => KaoheError::Invalid(vec![*p]),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::ops::ControlFlow;

    /// Every row of a CSV text as (row number, cells).
    fn rows(bytes: &[u8]) -> Vec<(usize, Vec<String>)> {
        let mut out = Vec::new();
        read_bytes(bytes, "t.csv", &[], &mut |event| {
            let RowEvent::Row(row) = event else { panic!("{event:?}") };
            out.push((row.number, (0..row.len()).map(|i| row.get(i).text().map(|t| t.into_owned()).unwrap_or_default()).collect()));
            ControlFlow::Continue(())
        })
        .unwrap();
        out
    }

    #[test]
    fn rows_are_numbered_by_physical_line_in_every_line_end_style() {
        for end in ["\n", "\r\n", "\r"] {
            let text = ["a,b", "1,2", "", "3,\"x", "y\"", "4,5"].join(end) + end;
            let got: Vec<usize> = rows(text.as_bytes()).iter().map(|r| r.0).collect();
            assert_eq!(got, vec![1, 2, 4, 6], "line end {end:?}");
            let quoted = &rows(text.as_bytes())[2].1[1];
            assert_eq!(quoted, &format!("x{end}y"), "quoted line break kept as typed");
        }
    }

    /// Every event of a reading, as text.
    fn events(bytes: &[u8], pipeline: bool) -> (Vec<String>, bool) {
        let mut out = Vec::new();
        let mut reader = CsvReader::new(Box::new(io::Cursor::new(bytes.to_vec())), Origin::file("t.csv"));
        let mut visit = |event: RowEvent| {
            out.push(match event {
                RowEvent::Row(row) => format!("{} {:?}", row.number, (0..row.len()).map(|i| row.get(i)).collect::<Vec<_>>()),
                RowEvent::Problem(p) => p.to_string(),
                RowEvent::Merged(_) => String::new(),
            });
            ControlFlow::Continue(())
        };
        let complete = if pipeline { pipelined(&mut reader, &[], &mut visit) } else { reader.run(&[], &mut visit) };
        (out, complete.ok().unwrap_or(false))
    }

    #[test]
    fn the_pipelined_reader_gives_the_same_rows_and_problems() {
        let mut text = String::from("日期,工号,备注\r\n");
        for i in 0..20_000 {
            match i % 1000 {
                7 => text.push_str("2026-10-01,1,\"两行\n备注\"\r\n"),
                8 => text.push_str("2026-10-01,1,bad\u{7}cell\r\n"),
                _ => text.push_str(&format!("2026-10-{:02},{i},{}\r\n", i % 28 + 1, "备".repeat(i % 13))),
            }
        }
        let (plain, complete) = events(text.as_bytes(), false);
        let (piped, piped_complete) = events(text.as_bytes(), true);
        assert!(complete && piped_complete);
        assert_eq!(plain.len(), 20_001);
        assert!(plain == piped, "the same events in the same order");
        assert!(plain.iter().any(|e| e.starts_with("t.csv:11:") && e.contains("U+0007")), "a problem among the rows, after a two-line row");
    }

    #[test]
    fn line_counting_carries_a_crlf_split_between_two_reads() {
        let mut lines = Lines { line: 1, after_cr: false };
        lines.count(b"a\r");
        lines.count(b"\nb\n\r\n\r");
        assert_eq!(lines.line, 5);
    }

    #[test]
    fn separators_are_sniffed() {
        assert_eq!(sniff_delimiter(b"a\tb\tc\n1\t2\t3\n"), b'\t');
        assert_eq!(sniff_delimiter(b"a;b\n1;2,5\n"), b';');
        assert_eq!(sniff_delimiter(b"title\na,b\n1,2\n"), b',');
        assert_eq!(sniff_delimiter(b"only\n"), b',');
    }

    #[test]
    fn an_unclosed_quote_is_a_problem_on_its_row() {
        let mut problems = Vec::new();
        read_bytes(b"a,b\n1,\"open\n2,3\n4,5\n", "t.csv", &[], &mut |event| {
            if let RowEvent::Problem(p) = event {
                problems.push(p.to_string());
            }
            ControlFlow::Continue(())
        })
        .unwrap();
        assert_eq!(problems.len(), 1);
        assert!(problems[0].starts_with("t.csv:2: malformed CSV"), "{}", problems[0]);
    }

    #[test]
    fn malformed_utf16_is_a_problem_with_its_line() {
        for bytes in [&b"\xff\xfe\x00"[..], b"\xff\xfea\x00\n\x00\x00\xd8b\x00"] {
            let result = read_bytes(bytes, "t.csv", &[], &mut |_| ControlFlow::Continue(()));
            let Err(KaoheError::Invalid(problems)) = result else { panic!("{result:?}") };
            assert!(problems[0].to_string().contains("not valid UTF-16"), "{}", problems[0]);
        }
    }

    #[test]
    fn utf16_with_a_bom_reads_like_utf8() {
        let text = "日期,工号\r\n2026-10-03,1001\r\n";
        let mut le = vec![0xFF, 0xFE];
        le.extend(text.encode_utf16().flat_map(|u| u.to_le_bytes()));
        let mut be = vec![0xFE, 0xFF];
        be.extend(text.encode_utf16().flat_map(|u| u.to_be_bytes()));
        let want = vec![(1, vec!["日期".to_string(), "工号".into()]), (2, vec!["2026-10-03".into(), "1001".into()])];
        assert_eq!(rows(&le), want);
        assert_eq!(rows(&be), want);
    }
}
