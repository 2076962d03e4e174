//! Terminal tables aligned by display width (SPEC 5: a Chinese character is two columns).

use super::xlsx::display_width;

/// A table of text cells; numbers right-aligned, text left-aligned.
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
    indent: usize,
    show_headers: bool,
}

impl Table {
    /// Columns as (header, right-aligned).
    pub fn new(columns: Vec<(String, bool)>) -> Table {
        let (headers, right) = columns.into_iter().unzip();
        Table { headers, right, rows: Vec::new(), indent: 0, show_headers: true }
    }

    /// Columns without a header line (a list of labelled figures), by right-alignment.
    pub fn headless(right: Vec<bool>) -> Table {
        let headers = vec![String::new(); right.len()];
        Table { headers, right, rows: Vec::new(), indent: 0, show_headers: false }
    }

    /// Spaces before every line.
    pub fn indent(mut self, spaces: usize) -> Table {
        self.indent = spaces;
        self
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| if self.show_headers { display_width(h) } else { 0 }).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate().take(n) {
                widths[i] = widths[i].max(display_width(c));
            }
        }
        let line = |cells: &[String]| -> String {
            let mut s = " ".repeat(self.indent);
            for (i, w) in widths.iter().enumerate() {
                let c = cells.get(i).map(String::as_str).unwrap_or("");
                let pad = " ".repeat(w - display_width(c).min(*w));
                if i > 0 {
                    s.push_str("  ");
                }
                if self.right[i] {
                    s.push_str(&pad);
                    s.push_str(c);
                } else {
                    s.push_str(c);
                    s.push_str(&pad);
                }
            }
            s.trim_end().to_string() + "\n"
        };
        let mut out = if self.show_headers { line(&self.headers) } else { String::new() };
        for r in &self.rows {
            out.push_str(&line(r));
        }
        out
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn chinese_text_aligns_by_display_width() {
        let mut t = super::Table::new(vec![("name".into(), false), ("n".into(), true)]);
        t.row(vec!["张三".into(), "1".into()]);
        t.row(vec!["ab".into(), "10".into()]);
        assert_eq!(t.render(), "name   n\n张三   1\nab    10\n");
    }

    #[test]
    fn a_headless_table_is_indented_and_aligned() {
        let mut t = super::Table::headless(vec![false, true]).indent(2);
        t.row(vec!["补助".into(), "1.00".into()]);
        t.row(vec!["基本工资".into(), "100.00".into()]);
        assert_eq!(t.render(), "  补助        1.00\n  基本工资  100.00\n");
    }
}
