//! Writing: results and deductions as CSV, the summary as text or JSON, statements, the Excel
//! report. Files are written whole or not at all ([`atomic::OutputSet`]).

pub mod adjustments;
pub mod atomic;
pub mod compare;
pub mod explain;
pub mod inspectors;
pub mod period;
pub mod statements;
pub mod summary;
pub mod tables;
pub mod terminal;
pub mod xlsx;

/// Makes a user's text safe for spreadsheets: a cell starting with `=`, `+`, `-`, `@` (or a tab or
/// carriage return) would be run as a formula, so it gets a leading apostrophe (SPEC 6).
pub fn neutralize(text: &str) -> std::borrow::Cow<'_, str> {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        std::borrow::Cow::Owned(format!("'{text}"))
    } else {
        std::borrow::Cow::Borrowed(text)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn formulas_are_neutralized() {
        assert_eq!(super::neutralize("=SUM(A1:A9)"), "'=SUM(A1:A9)");
        assert_eq!(super::neutralize("@cmd"), "'@cmd");
        assert_eq!(super::neutralize("-2+3"), "'-2+3");
        assert_eq!(super::neutralize("+86 138"), "'+86 138");
        assert_eq!(super::neutralize("王芳"), "王芳");
    }
}
