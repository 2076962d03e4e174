//! The appraisal month (`2026-10`), its days and its dates as users write them (SPEC 2).

use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, NaiveDate};

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: i32,
    pub month: u32,
}

impl Month {
    pub fn new(year: i32, month: u32) -> Option<Month> {
        ((1..=12).contains(&month) && (1900..=9999).contains(&year)).then_some(Month { year, month })
    }

    pub fn first_day(self) -> NaiveDate {
        NaiveDate::from_ymd_opt(self.year, self.month, 1).expect("valid month")
    }

    pub fn last_day(self) -> u32 {
        self.next().first_day().pred_opt().expect("valid date").day()
    }

    pub fn contains(self, date: NaiveDate) -> bool {
        date.year() == self.year && date.month() == self.month
    }

    pub fn next(self) -> Month {
        if self.month == 12 {
            Month { year: self.year + 1, month: 1 }
        } else {
            Month { year: self.year, month: self.month + 1 }
        }
    }

    pub fn prev(self) -> Month {
        if self.month == 1 {
            Month { year: self.year - 1, month: 12 }
        } else {
            Month { year: self.year, month: self.month - 1 }
        }
    }

    /// The quarter this month belongs to, 1–4.
    pub fn quarter(self) -> u32 {
        (self.month - 1) / 3 + 1
    }
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for Month {
    type Err = String;

    /// Accepts `2026-10`, `2026/10` and `2026年10月`.
    fn from_str(s: &str) -> Result<Month, String> {
        let t = s.trim();
        let t = t.strip_suffix('月').unwrap_or(t);
        let parts: Vec<&str> = t.split(['-', '/', '年']).collect();
        let bad = || format!("`{s}` is not a month; write it as YYYY-MM, e.g. 2026-10");
        if parts.len() != 2 || parts[0].len() != 4 {
            return Err(bad());
        }
        let year: i32 = parts[0].parse().map_err(|_| bad())?;
        let month: u32 = parts[1].parse().map_err(|_| bad())?;
        Month::new(year, month).ok_or_else(bad)
    }
}

/// Parses a date as users type it: `2026-10-03`, `2026/10/03`, `2026年10月3日`, also with
/// single-digit month/day and a trailing time (`2026-10-03 00:00:00`) as exported by some tools.
///
/// ```
/// let d = kaohe::month::parse_date("2026年10月3日").unwrap();
/// assert_eq!(d.to_string(), "2026-10-03");
/// ```
pub fn parse_date(text: &str) -> Option<NaiveDate> {
    let t = text.trim();
    let t = t.split([' ', 'T']).next().unwrap_or(t);
    let t = t.strip_suffix('日').unwrap_or(t);
    // Three runs of ASCII digits (4, then 1–4, then 1–4) between single separators.
    let mut parts = [0u32; 3];
    let mut lens = [0usize; 3];
    let mut k = 0;
    for c in t.chars() {
        match c {
            '0'..='9' => {
                if lens[k] == 4 {
                    return None;
                }
                parts[k] = parts[k] * 10 + (c as u32 - '0' as u32);
                lens[k] += 1;
            }
            '-' | '/' | '年' | '月' | '.' if lens[k] > 0 && k < 2 => k += 1,
            _ => return None,
        }
    }
    if k != 2 || lens[0] != 4 || lens[2] == 0 {
        return None;
    }
    NaiveDate::from_ymd_opt(parts[0] as i32, parts[1], parts[2])
}

/// As its text, `2026-10`.
impl serde::Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn months_parse_and_step() {
        let m: Month = "2026-10".parse().unwrap();
        assert_eq!(m.to_string(), "2026-10");
        assert_eq!(m.last_day(), 31);
        assert_eq!(m.prev().to_string(), "2026-09");
        assert_eq!("2026-12".parse::<Month>().unwrap().next().to_string(), "2027-01");
        assert_eq!("2026-01".parse::<Month>().unwrap().prev().to_string(), "2025-12");
        assert_eq!("2026年2月".parse::<Month>().unwrap().last_day(), 28);
        assert_eq!("2024-02".parse::<Month>().unwrap().last_day(), 29);
        assert!("2026-13".parse::<Month>().is_err());
        assert!("26-10".parse::<Month>().is_err());
        assert_eq!("2026-08".parse::<Month>().unwrap().quarter(), 3);
    }

    #[test]
    fn dates_in_every_documented_form() {
        let want = NaiveDate::from_ymd_opt(2026, 10, 3).unwrap();
        for text in ["2026-10-03", "2026/10/03", "2026年10月3日", "2026/10/3", "2026-10-03 00:00:00"] {
            assert_eq!(parse_date(text), Some(want), "{text}");
        }
        assert_eq!(parse_date("2026-02-30"), None);
        assert_eq!(parse_date("03/10/2026"), None);
        assert_eq!(parse_date("yesterday"), None);
        assert_eq!(parse_date(""), None);
    }
}
