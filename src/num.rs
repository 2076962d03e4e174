//! Exact numbers: parsing decimals from what users type or Excel stores, and the one place where
//! money is rounded (SPEC 1.5: 0.01, half away from zero). No `f64` arithmetic happens anywhere.

use std::str::FromStr;

use rust_decimal::{Decimal, RoundingStrategy};

/// The rounding strategy of the scheme: half away from zero (SPEC 1.5).
pub const STRATEGY: RoundingStrategy = RoundingStrategy::MidpointAwayFromZero;

/// Rounds a money amount to `places` decimals, half away from zero.
///
/// ```
/// use std::str::FromStr;
/// use rust_decimal::Decimal;
/// assert_eq!(kaohe::num::round_money(Decimal::from_str("2.345").unwrap(), 2).to_string(), "2.35");
/// assert_eq!(kaohe::num::round_money(Decimal::from_str("-2.345").unwrap(), 2).to_string(), "-2.35");
/// assert_eq!(kaohe::num::round_money(Decimal::from(1000), 2).to_string(), "1000.00");
/// ```
///
pub fn round_money(amount: Decimal, places: u32) -> Decimal {
    let mut rounded = amount.round_dp_with_strategy(places, STRATEGY);
    rounded.rescale(places);
    rounded
}

/// Parses a plain decimal as users type it: `47`, `2.5`, `-1`, ` 3 `.
pub fn parse_decimal(text: &str) -> Option<Decimal> {
    let t = text.trim();
    if t.is_empty() || t.contains(['e', 'E']) {
        return None;
    }
    Decimal::from_str(t).ok()
}

/// Parses money: a plain decimal that may carry `¥`/`￥`/`元` and thousands separators.
///
/// ```
/// assert_eq!(kaohe::num::parse_money("¥3,200.50").unwrap().to_string(), "3200.50");
/// assert_eq!(kaohe::num::parse_money("12,34"), None);
/// ```
pub fn parse_money(text: &str) -> Option<Decimal> {
    let t = text.trim();
    let t = t.strip_prefix(['¥', '￥']).unwrap_or(t).trim();
    let t = t.strip_suffix('元').unwrap_or(t).trim();
    let (sign, digits) = match t.strip_prefix('-') {
        Some(rest) => ("-", rest.trim_start_matches(['¥', '￥'])),
        None => ("", t),
    };
    if digits.contains(',') && !thousands_grouped(digits) {
        return None;
    }
    parse_decimal(&format!("{sign}{}", digits.replace(',', "")))
}

/// `1,234,567.89` groups by three; `12,34` is a typo, not a number.
fn thousands_grouped(digits: &str) -> bool {
    let int_part = digits.split('.').next().unwrap_or("");
    let groups: Vec<&str> = int_part.split(',').collect();
    groups[0].len() <= 3
        && !groups[0].is_empty()
        && groups[1..].iter().all(|g| g.len() == 3)
        && groups.iter().all(|g| g.bytes().all(|b| b.is_ascii_digit()))
}

/// The decimal an Excel number cell stands for: its shortest round-trip form, so `4500.1` stays
/// `4500.1` and `0.1` stays `0.1` (SPEC 2). `None` for NaN, infinities and magnitudes a decimal
/// cannot hold.
pub fn decimal_from_f64(value: f64) -> Option<Decimal> {
    if !value.is_finite() {
        return None;
    }
    // Rust's Display for f64 prints the shortest string that round-trips, without exponent.
    Decimal::from_str(&format!("{value}")).ok().map(|d| d.normalize())
}

/// Writes a score the way the outputs show it: `47`, `2.5`, `0`.
pub fn fmt_score(value: Decimal) -> String {
    let n = value.normalize();
    if n.is_zero() {
        "0".to_string()
    } else {
        n.to_string()
    }
}

/// Writes money with exactly two decimals: `1000.00`.
pub fn fmt_money(value: Decimal) -> String {
    let mut v = round_money(value, 2);
    if v.is_zero() {
        v = Decimal::new(0, 2);
    }
    v.to_string()
}

/// Writes a rate (0–1) as a percentage with at most two decimals: `0.6667` → `66.67%`, `1` → `100%`.
pub fn fmt_percent(rate: Decimal) -> String {
    format!("{}%", fmt_score(round_money(rate * Decimal::ONE_HUNDRED, 2)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percent_from_rate() {
        assert_eq!(fmt_percent(d("0.6667")), "66.67%");
        assert_eq!(fmt_percent(d("1.0000")), "100%");
        assert_eq!(fmt_percent(d("0.0000")), "0%");
        assert_eq!(fmt_percent(d("0.125")), "12.5%");
    }

    fn d(s: &str) -> Decimal {
        Decimal::from_str(s).unwrap()
    }

    #[test]
    fn money_rounds_half_away_from_zero() {
        assert_eq!(round_money(d("2.345"), 2), d("2.35"));
        assert_eq!(round_money(d("2.344"), 2), d("2.34"));
        assert_eq!(round_money(d("-2.345"), 2), d("-2.35"));
        assert_eq!(round_money(d("0.005"), 2), d("0.01"));
        assert_eq!(round_money(d("7"), 2).to_string(), "7.00");
    }

    #[test]
    fn money_text_accepts_currency_and_grouping() {
        assert_eq!(parse_money("¥3,200.00"), Some(d("3200.00")));
        assert_eq!(parse_money("￥4500"), Some(d("4500")));
        assert_eq!(parse_money(" 1,234,567.5 "), Some(d("1234567.5")));
        assert_eq!(parse_money("300元"), Some(d("300")));
        assert_eq!(parse_money("-50"), Some(d("-50")));
        assert_eq!(parse_money("12,34"), None);
        assert_eq!(parse_money("abc"), None);
        assert_eq!(parse_money(""), None);
        assert_eq!(parse_money("1e3"), None);
    }

    #[test]
    fn excel_numbers_keep_their_shortest_form() {
        assert_eq!(decimal_from_f64(4500.1), Some(d("4500.1")));
        assert_eq!(decimal_from_f64(0.1), Some(d("0.1")));
        assert_eq!(decimal_from_f64(1234.56), Some(d("1234.56")));
        assert_eq!(decimal_from_f64(1006.0), Some(d("1006")));
        assert_eq!(decimal_from_f64(f64::NAN), None);
        assert_eq!(decimal_from_f64(1e40), None);
    }

    #[test]
    fn scores_and_money_print_as_specified() {
        assert_eq!(fmt_score(d("47.00")), "47");
        assert_eq!(fmt_score(d("2.50")), "2.5");
        assert_eq!(fmt_score(d("0.0")), "0");
        assert_eq!(fmt_money(d("1000")), "1000.00");
        assert_eq!(fmt_money(d("-0.001")), "0.00");
        assert_eq!(fmt_money(d("12.345")), "12.35");
    }
}
