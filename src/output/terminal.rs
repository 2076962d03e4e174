//! Terminal tables aligned by display width (SPEC 5: a Chinese character is two columns).

use super::xlsx::display_width;

/// A table of text cells; numbers right-aligned, text left-aligned.
pub struct Table {
    headers: Vec<String>,
    right: Vec<bool>,
    rows: Vec<Vec<String>>,
}

impl Table {
    /// Columns as (header, right-aligned).
    pub fn new(columns: Vec<(String, bool)>) -> Table {
        let (headers, right) = columns.into_iter().unzip();
        Table { headers, right, rows: Vec::new() }
    }

    pub fn row(&mut self, cells: Vec<String>) {
        self.rows.push(cells);
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn render(&self) -> String {
        let n = self.headers.len();
        let mut widths: Vec<usize> = self.headers.iter().map(|h| display_width(h)).collect();
        for r in &self.rows {
            for (i, c) in r.iter().enumerate().take(n) {
                widths[i] = widths[i].max(display_width(c));
            }
        }
        let line = |cells: &[String]| -> String {
            let mut s = String::new();
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
        let mut out = line(&self.headers);
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
}
