//! Where a value came from and what is wrong with it. Every record carries its [`Origin`] so that
//! errors, warnings and deductions point back at the cell the user typed (SPEC 2.7).

use std::fmt;
use std::sync::Arc;

use crate::lang::Lang;
use crate::tr;

/// A place in an input: the file, the sheet of a workbook, the row as the user sees it (header =
/// row 1) and the column.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    pub file: Arc<str>,
    pub sheet: Option<Arc<str>>,
    pub row: Option<usize>,
    pub column: Option<Column>,
    /// The row and column are a line and a character of a text file (a rules file), not a
    /// table's: Chinese says 第12行第5列 (zh-TW 第12行第5欄).
    pub text: bool,
}

/// A column as the user sees it: its header text and its 0-based position.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Column {
    pub index: usize,
    pub header: Arc<str>,
}

impl Origin {
    pub fn file(file: impl Into<Arc<str>>) -> Origin {
        Origin { file: file.into(), sheet: None, row: None, column: None, text: false }
    }

    /// Line and column (both from 1) of a text file: `rules.toml:12:5` in English.
    pub fn at_line(&self, line: usize, column: usize) -> Origin {
        let column = Column { index: column.saturating_sub(1), header: column.to_string().into() };
        Origin { row: Some(line), column: Some(column), text: true, ..self.clone() }
    }

    pub fn at_row(&self, row: usize) -> Origin {
        Origin { row: Some(row), column: None, ..self.clone() }
    }

    pub fn at_column(&self, column: Column) -> Origin {
        Origin { column: Some(column), ..self.clone() }
    }

    /// `file:row` (CSV) or `book.xlsx [sheet]:row` — the short form used in deductions and
    /// statements.
    pub fn row_ref(&self) -> String {
        let mut s = self.file_ref();
        if let Some(row) = self.row {
            s.push_str(&format!(":{row}"));
        }
        s
    }

    /// `file` or `book.xlsx [sheet]`.
    pub fn file_with_sheet(&self) -> String {
        self.file_ref()
    }

    fn file_ref(&self) -> String {
        match &self.sheet {
            Some(sheet) => format!("{} [{}]", self.file, sheet),
            None => self.file.to_string(),
        }
    }
}

/// Spreadsheet column letters: 0 → A, 25 → Z, 26 → AA.
pub fn column_letters(mut index: usize) -> String {
    let mut letters = Vec::new();
    loop {
        letters.push(b'A' + (index % 26) as u8);
        if index < 26 {
            break;
        }
        index = index / 26 - 1;
    }
    letters.reverse();
    String::from_utf8(letters).expect("ASCII letters")
}

impl Origin {
    /// The place as the language says it. English: `qa.csv:7:项目`, `october.xlsx [质检] C7`,
    /// `october.xlsx [质检] row 7`. Chinese in words: `qa.csv 第7行「项目」列` (zh-TW
    /// `第7列「項目」欄`), `october.xlsx [质检] 第7行`; a cell of a sheet stays `C7`.
    pub fn show(&self, lang: Lang) -> String {
        if lang == Lang::En {
            return self.to_string();
        }
        if let (true, Some(line), Some(col)) = (self.text, self.row, &self.column) {
            return tr!(lang, "rules-place", file = self.file_ref(), line = line, column = col.index + 1);
        }
        let mut s = self.file_ref();
        let column = |col: &Column| match col.header.is_empty() {
            true => tr!(lang, "input-place-column", column = column_letters(col.index)),
            false => tr!(lang, "input-place-column-named", column = col.header.to_string()),
        };
        match (&self.sheet, &self.column, self.row) {
            (Some(_), Some(col), Some(row)) => s.push_str(&format!(" {}{}", column_letters(col.index), row)),
            (_, col, row) => {
                if let Some(row) = row {
                    s.push(' ');
                    s.push_str(&tr!(lang, "input-place-row", row = row));
                }
                if let Some(col) = col {
                    if col.header.is_empty() || row.is_none() {
                        s.push(' ');
                    }
                    s.push_str(&column(col));
                }
            }
        }
        s
    }
}

impl fmt::Display for Origin {
    /// CSV: `qa.csv:7:项目`; workbook: `october.xlsx [质检] C7` (English; see [`Origin::show`]).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.sheet {
            Some(sheet) => {
                write!(f, "{} [{}]", self.file, sheet)?;
                match (&self.column, self.row) {
                    (Some(col), Some(row)) => write!(f, " {}{}", column_letters(col.index), row),
                    (None, Some(row)) => write!(f, " row {row}"),
                    (Some(col), None) => write!(f, " column {}", column_letters(col.index)),
                    (None, None) => Ok(()),
                }
            }
            None => {
                write!(f, "{}", self.file)?;
                if let Some(row) = self.row {
                    write!(f, ":{row}")?;
                }
                if let Some(col) = &self.column {
                    if col.header.is_empty() {
                        write!(f, ":column {}", column_letters(col.index))?;
                    } else {
                        write!(f, ":{}", col.header)?;
                    }
                }
                Ok(())
            }
        }
    }
}

/// One problem found in the input or the rules: where, what is wrong, what to do — texts in
/// `lang`, which also says how the place is printed. Problems sort by place, then text.
#[derive(Debug, Clone)]
pub struct Problem {
    pub origin: Origin,
    pub what: String,
    pub fix: String,
    pub lang: Lang,
}

impl Problem {
    /// A problem in English.
    pub fn new(origin: Origin, what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem::in_lang(Lang::En, origin, what, fix)
    }

    /// A problem whose texts are in `lang`: its place is printed in that language too.
    pub fn in_lang(lang: Lang, origin: Origin, what: impl Into<String>, fix: impl Into<String>) -> Problem {
        Problem { origin, what: what.into(), fix: fix.into(), lang }
    }

    fn key(&self) -> (&Origin, &str, &str) {
        (&self.origin, &self.what, &self.fix)
    }
}

impl PartialEq for Problem {
    fn eq(&self, other: &Problem) -> bool {
        self.key() == other.key()
    }
}

impl Eq for Problem {}

impl PartialOrd for Problem {
    fn partial_cmp(&self, other: &Problem) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Problem {
    fn cmp(&self, other: &Problem) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

impl fmt::Display for Problem {
    /// `place: what — fix`, in the problem's language.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let place = self.origin.show(self.lang);
        let line = match self.fix.is_empty() {
            true => tr!(self.lang, "input-problem-no-fix", place = place, what = self.what.as_str()),
            false => tr!(self.lang, "input-problem", place = place, what = self.what.as_str(), fix = self.fix.as_str()),
        };
        f.write_str(&line)
    }
}

/// The kind of a warning, a stable code for the warnings sheet and JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum WarningKind {
    SamplingGap,
    SurveyCount,
    RepeatedRow,
    UnknownColumn,
    NegativeGross,
    MissingTable,
    NoLedger,
    /// A file or sheet that holds no table kaohe knows, or may be one under another name.
    UnknownFile,
    /// Rows above a table's header (a title, a date line), skipped.
    TitleRows,
    /// A totals row (合计, Total), skipped.
    TotalsRow,
    /// A finding whose appeal is pending: it counts until decided.
    PendingAppeal,
}

impl WarningKind {
    pub const ALL: [WarningKind; 11] = [
        WarningKind::SamplingGap,
        WarningKind::SurveyCount,
        WarningKind::RepeatedRow,
        WarningKind::UnknownColumn,
        WarningKind::NegativeGross,
        WarningKind::MissingTable,
        WarningKind::NoLedger,
        WarningKind::UnknownFile,
        WarningKind::TitleRows,
        WarningKind::TotalsRow,
        WarningKind::PendingAppeal,
    ];

    /// Its name in the language, from the catalogs (`warning-<code>`).
    pub fn name(self, lang: crate::lang::Lang) -> String {
        crate::i18n::text(lang, &format!("warning-{}", self.code()), None)
    }

    pub fn code(self) -> &'static str {
        match self {
            WarningKind::SamplingGap => "sampling_gap",
            WarningKind::SurveyCount => "survey_count",
            WarningKind::RepeatedRow => "repeated_row",
            WarningKind::UnknownColumn => "unknown_column",
            WarningKind::NegativeGross => "negative_gross",
            WarningKind::MissingTable => "missing_table",
            WarningKind::NoLedger => "no_ledger",
            WarningKind::UnknownFile => "unknown_file",
            WarningKind::TitleRows => "title_rows",
            WarningKind::TotalsRow => "totals_row",
            WarningKind::PendingAppeal => "pending_appeal",
        }
    }
}

/// Something the user should know that does not stop the run (SPEC 2.7).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Warning {
    pub kind: WarningKind,
    pub origin: Option<Origin>,
    pub message: String,
}

impl Warning {
    /// `place: message`, the place as `lang` says it (the message is already in a language).
    pub fn show(&self, lang: Lang) -> String {
        match &self.origin {
            Some(origin) => tr!(lang, "input-problem-no-fix", place = origin.show(lang), what = self.message.as_str()),
            None => self.message.clone(),
        }
    }
}

impl fmt::Display for Warning {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match &self.origin {
            Some(origin) => write!(f, "{origin}: {}", self.message),
            None => write!(f, "{}", self.message),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn column_letters_follow_excel() {
        assert_eq!(column_letters(0), "A");
        assert_eq!(column_letters(2), "C");
        assert_eq!(column_letters(25), "Z");
        assert_eq!(column_letters(26), "AA");
        assert_eq!(column_letters(27), "AB");
        assert_eq!(column_letters(701), "ZZ");
        assert_eq!(column_letters(702), "AAA");
    }

    #[test]
    fn origins_print_as_the_user_sees_them() {
        let col = Column { index: 2, header: "项目".into() };
        let csv = Origin::file("qa.csv").at_row(7).at_column(col.clone());
        assert_eq!(csv.to_string(), "qa.csv:7:项目");
        let mut xl = Origin::file("october.xlsx").at_row(7).at_column(col);
        xl.sheet = Some("质检".into());
        assert_eq!(xl.to_string(), "october.xlsx [质检] C7");
        assert_eq!(xl.show(Lang::Zh), "october.xlsx [质检] C7");
        assert_eq!(csv.show(Lang::Zh), "qa.csv 第7行「项目」列");
        assert_eq!(csv.show(Lang::ZhTw), "qa.csv 第7列「项目」欄");
        let row = Origin { sheet: Some("质检".into()), ..Origin::file("october.xlsx").at_row(12) };
        assert_eq!(row.to_string(), "october.xlsx [质检] row 12");
        assert_eq!(row.show(Lang::Zh), "october.xlsx [质检] 第12行");
        assert_eq!(row.show(Lang::ZhTw), "october.xlsx [质检] 第12列");
        let blank = Origin::file("qa.csv").at_row(3).at_column(Column { index: 2, header: "".into() });
        assert_eq!(blank.to_string(), "qa.csv:3:column C");
        assert_eq!(blank.show(Lang::Zh), "qa.csv 第3行 C 列");
        assert_eq!(blank.show(Lang::ZhTw), "qa.csv 第3列 C 欄");
        let p = Problem::in_lang(Lang::Zh, csv.clone(), "不是日期", "请改正");
        assert_eq!(p.to_string(), "qa.csv 第7行「项目」列:不是日期 — 请改正");
        assert_eq!(Problem::new(csv, "not a date", "fix it").to_string(), "qa.csv:7:项目: not a date — fix it");
    }
}
