//! QA calibration (SPEC 5, `kaohe inspectors`): whether the people who spot-check judge alike.
//!
//! Per inspector: samples (distinct agent × date spot checks they took part in, clean ones
//! included), the findings they cited on those samples, the points those findings cost (after
//! each leaf's cap, from the same trace the statements use), the leaves they cite most, and how
//! many of their findings were overturned on appeal.
//!
//! **Who is an inspector.** The `inspector` cell is split on `+ ＋ 、 / ／ & ＆ , ， ; ；`; a cell
//! naming two people (`主管+人事`, the seed's supervisor and HR manager checking together) is
//! one joint judgment, so the pair is its own row (`人事+主管`, names sorted), not counted for
//! each person: counting a joint finding twice would make each look like the other, and the
//! test below needs each finding in exactly one group. Rows with no inspector are shown but not
//! tested. Findings from department feedback or manager reviews are not spot checks and are
//! left out (they have no sample to be a rate of).
//!
//! **The flag.** An inspector's findings per sample are compared with everyone else's by the
//! exact conditional test for two Poisson rates (the "C-test" of Przyborowski and Wilenski,
//! R's `poisson.test` with two samples): given `x₁ + x₂` findings in `n₁` and `n₂` samples, under
//! equal rates `x₁` is binomial with `p = n₁ / (n₁ + n₂)`; the two-sided p-value sums the
//! outcomes no more likely than the one seen (as R's `binom.test`). With several inspectors
//! each is tested, and p-values are multiplied by the number of tests (Bonferroni; two
//! inspectors are one comparison seen from both sides, not two) before the 5 % threshold, so a month of alike inspectors flags no one by chance more than one time in
//! twenty. The binomial probabilities come from `statrs`.

use rust_decimal::Decimal;
use serde::Serialize;
use statrs::distribution::{Binomial, Discrete, DiscreteCDF};

use crate::check::FastMap;
use crate::model::{AgentIdx, Appeal, MonthData, Source};
use crate::rules::Rules;
use crate::score::{trace, EvidenceRecord};

/// The name of the test, as the outputs print it.
pub const TEST_NAME: &str = "exact conditional test of two Poisson rates (binomial), two-sided, Bonferroni-adjusted";
pub const TEST_NAME_ZH: &str = "两个泊松率的精确条件检验(二项分布),双侧,Bonferroni 校正";
/// The threshold the adjusted p-value is held to.
pub const ALPHA: f64 = 0.05;
/// The most-cited leaves listed per inspector.
const TOP_LEAVES: usize = 3;

/// The people an `inspector` cell names, trimmed, without repeats, sorted.
pub fn people(cell: &str) -> Vec<String> {
    let mut names: Vec<String> = cell
        .split(['+', '＋', '、', '/', '／', '&', '＆', ',', '，', ';', '；'])
        .map(|n| n.trim().to_string())
        .filter(|n| !n.is_empty())
        .collect();
    names.sort();
    names.dedup();
    names
}

/// Entity index for rows with no inspector.
const NOBODY: u32 = u32::MAX;

/// Spot-check samples by inspector, tallied while the month is read (a clean sample has no
/// finding to keep, so this is the only place it is seen).
#[derive(Debug, Clone, Default)]
pub struct InspectorSamples {
    /// Inspectors and pairs (`人事+主管`), by first appearance.
    pub names: Vec<String>,
    /// Inspector cell as written → its entity.
    by_cell: FastMap<Box<str>, u32>,
    /// `entity << 32 | agent` → days of the month sampled.
    days: FastMap<u64, u32>,
}

impl InspectorSamples {
    /// The entity of an inspector cell, made on first sight.
    fn entity(&mut self, cell: &str) -> u32 {
        if let Some(&e) = self.by_cell.get(cell) {
            return e;
        }
        let names = people(cell);
        let e = if names.is_empty() {
            NOBODY
        } else {
            let name = names.join("+");
            match self.names.iter().position(|n| *n == name) {
                Some(i) => i as u32,
                None => {
                    self.names.push(name);
                    (self.names.len() - 1) as u32
                }
            }
        };
        self.by_cell.insert(cell.into(), e);
        e
    }

    /// A spot-check row: `inspector` sampled `agent` on `day` (1–31).
    pub fn add(&mut self, inspector: &str, agent: AgentIdx, day: u32) {
        let e = self.entity(inspector);
        *self.days.entry((u64::from(e) << 32) | u64::from(agent)).or_default() |= 1 << (day - 1);
    }

    fn lookup(&self, cell: &str) -> u32 {
        self.by_cell.get(cell).copied().unwrap_or(NOBODY)
    }
}

/// One inspector's (or pair's) month.
#[derive(Debug, Clone, Serialize)]
pub struct InspectorLine {
    /// `王经理`, or a pair `人事+主管`; empty for rows with no inspector.
    pub inspector: String,
    /// The people: two or more for a pair.
    pub people: Vec<String>,
    /// Distinct agent × date spot checks.
    pub samples: u64,
    pub agents: u64,
    /// Days of the month with a spot check.
    pub days: u32,
    /// Spot-check rows citing a leaf, whatever their appeal.
    pub findings: u64,
    pub misses: u64,
    pub findings_per_sample: Option<Decimal>,
    /// Points the counted findings cost, after each leaf's cap.
    pub points_lost: Decimal,
    pub points_per_sample: Option<Decimal>,
    /// The leaves cited most: code, count.
    pub top_leaves: Vec<(String, u64)>,
    pub appealed: u64,
    pub overturned: u64,
    pub pending: u64,
    /// Overturned findings / findings.
    pub overturned_share: Option<Decimal>,
    pub test: Option<RateTest>,
}

/// The comparison of one inspector with all the others.
#[derive(Debug, Clone, Serialize)]
pub struct RateTest {
    pub others_samples: u64,
    pub others_findings: u64,
    pub others_findings_per_sample: Option<Decimal>,
    /// This inspector's rate over the others' (none when the others found nothing).
    pub rate_ratio: Option<Decimal>,
    pub p_value: f64,
    /// `p_value` × the number of comparisons, at most 1 (two inspectors are one comparison).
    pub adjusted_p: f64,
    pub flagged: bool,
    /// `stricter` or `more_lenient` than the others (when flagged or not).
    pub direction: &'static str,
}

/// The month's calibration.
#[derive(Debug, Clone, Serialize)]
pub struct Calibration {
    pub test: &'static str,
    pub alpha: f64,
    pub tests: usize,
    /// Inspectors and pairs by samples, most first; rows with no inspector last.
    pub inspectors: Vec<InspectorLine>,
    /// Findings not from spot checks (feedback, reviews), not part of the comparison.
    pub other_findings: u64,
}

impl Calibration {
    pub fn flagged(&self) -> impl Iterator<Item = &InspectorLine> {
        self.inspectors.iter().filter(|l| l.test.as_ref().is_some_and(|t| t.flagged))
    }
}

#[derive(Default, Clone)]
struct Acc {
    samples: u64,
    agents: u64,
    day_mask: u32,
    findings: u64,
    misses: u64,
    points: Decimal,
    leaves: FastMap<usize, u64>,
    appealed: u64,
    overturned: u64,
    pending: u64,
}

fn ratio(a: Decimal, b: u64) -> Option<Decimal> {
    (b > 0).then(|| (a / Decimal::from(b)).round_dp(4).normalize())
}

/// Works out the month's calibration from the kept rows (`Keep::All`) and the samples tallied
/// while reading.
pub fn calibrate(rules: &Rules, data: &MonthData) -> Calibration {
    let s = &data.inspector_samples;
    let n = s.names.len();
    let mut acc = vec![Acc::default(); n + 1]; // the last one: no inspector
    let slot = |e: u32| if e == NOBODY { n } else { e as usize };
    for (&key, &mask) in &s.days {
        let a = &mut acc[slot((key >> 32) as u32)];
        a.samples += u64::from(mask.count_ones());
        a.agents += 1;
        a.day_mask |= mask;
    }
    let mut other_findings = 0;
    for chunk in data.records.findings.chunk_by(|a, b| a.agent == b.agent) {
        let tr = trace(rules, data.records.of(chunk[0].agent));
        for leaf in &tr.leaves {
            for e in &leaf.evidence {
                let EvidenceRecord::Finding(f) = e.record else { continue };
                if f.source != Source::SpotCheck {
                    other_findings += 1;
                    continue;
                }
                let a = &mut acc[slot(s.lookup(&f.inspector))];
                a.findings += 1;
                a.misses += u64::from(f.misses);
                a.points += e.lost;
                *a.leaves.entry(leaf.leaf).or_default() += 1;
                match f.appeal {
                    Appeal::None => {}
                    Appeal::Upheld => {
                        a.appealed += 1;
                        a.overturned += 1;
                    }
                    Appeal::Rejected => a.appealed += 1,
                    Appeal::Pending => {
                        a.appealed += 1;
                        a.pending += 1;
                    }
                }
            }
        }
    }
    let named_samples: u64 = acc[..n].iter().map(|a| a.samples).sum();
    let named_findings: u64 = acc[..n].iter().map(|a| a.findings).sum();
    let testable = |a: &Acc| a.samples > 0 && named_samples > a.samples && named_findings > 0;
    let tests = acc[..n].iter().filter(|a| testable(a)).count();
    // Two inspectors make one comparison, seen from either side: it is not adjusted.
    let comparisons = if tests == 2 { 1 } else { tests };
    let mut lines: Vec<InspectorLine> = acc
        .iter()
        .enumerate()
        .filter(|(i, a)| *i < n || a.samples > 0 || a.findings > 0)
        .map(|(i, a)| {
            let name = s.names.get(i).cloned().unwrap_or_default();
            let mut top: Vec<(usize, u64)> = a.leaves.iter().map(|(&l, &c)| (l, c)).collect();
            top.sort_by(|x, y| y.1.cmp(&x.1).then(x.0.cmp(&y.0)));
            let test = (i < n && testable(a)).then(|| {
                let (x2, n2) = (named_findings - a.findings, named_samples - a.samples);
                let p_value = two_rates_p(a.findings, a.samples, x2, n2);
                let adjusted_p = (p_value * comparisons as f64).min(1.0);
                let (mine, others) = (a.findings as f64 / a.samples as f64, x2 as f64 / n2 as f64);
                RateTest {
                    others_samples: n2,
                    others_findings: x2,
                    others_findings_per_sample: ratio(Decimal::from(x2), n2),
                    rate_ratio: (x2 > 0).then(|| {
                        (Decimal::from(a.findings) * Decimal::from(n2) / (Decimal::from(x2) * Decimal::from(a.samples)))
                            .round_dp(2)
                            .normalize()
                    }),
                    p_value,
                    adjusted_p,
                    flagged: adjusted_p < ALPHA,
                    direction: if mine >= others { "stricter" } else { "more_lenient" },
                }
            });
            InspectorLine {
                people: people(&name),
                inspector: name,
                samples: a.samples,
                agents: a.agents,
                days: a.day_mask.count_ones(),
                findings: a.findings,
                misses: a.misses,
                findings_per_sample: ratio(Decimal::from(a.findings), a.samples),
                points_lost: a.points.normalize(),
                points_per_sample: ratio(a.points, a.samples),
                top_leaves: top.into_iter().take(TOP_LEAVES).map(|(l, c)| (rules.leaves[l].code.clone(), c)).collect(),
                appealed: a.appealed,
                overturned: a.overturned,
                pending: a.pending,
                overturned_share: ratio(Decimal::from(a.overturned), a.findings),
                test,
            }
        })
        .collect();
    // Most samples first; the row with no inspector (empty name) last.
    lines.sort_by(|x, y| {
        x.inspector.is_empty().cmp(&y.inspector.is_empty()).then(y.samples.cmp(&x.samples)).then(x.inspector.cmp(&y.inspector))
    });
    Calibration { test: TEST_NAME, alpha: ALPHA, tests, inspectors: lines, other_findings }
}

/// Two-sided p-value of the exact conditional test that `x1` events in exposure `n1` and `x2`
/// in `n2` have the same rate.
pub fn two_rates_p(x1: u64, n1: u64, x2: u64, n2: u64) -> f64 {
    binomial_two_sided(x1, x1 + x2, n1 as f64 / (n1 + n2) as f64)
}

/// Two-sided p-value of `x` successes in `n` trials of probability `p`: the total probability
/// of the outcomes no more likely than `x` (R's `binom.test`, with its relative tolerance).
pub fn binomial_two_sided(x: u64, n: u64, p: f64) -> f64 {
    if n == 0 || p <= 0.0 || p >= 1.0 {
        let likely = if p <= 0.0 {
            x == 0
        } else if p >= 1.0 {
            x == n
        } else {
            true
        };
        return if likely { 1.0 } else { 0.0 };
    }
    let Ok(b) = Binomial::new(p, n) else { return 1.0 };
    let m = n as f64 * p;
    if x as f64 == m {
        return 1.0;
    }
    // Compared on the log scale: far in the tails the probabilities underflow.
    let limit = b.ln_pmf(x) + (1.0 + 1e-7f64).ln();
    let unlikely = |k: u64| b.ln_pmf(k) <= limit;
    // P(X ≥ k), P(X ≤ k).
    let at_least = |k: u64| if k == 0 { 1.0 } else { b.sf(k - 1) };
    let p = if (x as f64) < m {
        // Above the mean the probabilities fall: the unlikely ones are a tail [k, n].
        let (mut lo, mut hi) = (m.ceil() as u64, n + 1);
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if unlikely(mid) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        b.cdf(x) + if lo <= n { at_least(lo) } else { 0.0 }
    } else {
        // Below the mean they rise: the unlikely ones are a head [0, k].
        let (mut lo, mut hi) = (0u64, m.floor() as u64 + 1); // first k that is not unlikely
        while lo < hi {
            let mid = lo + (hi - lo) / 2;
            if unlikely(mid) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        at_least(x) + if lo > 0 { b.cdf(lo - 1) } else { 0.0 }
    };
    p.min(1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn close(a: f64, b: f64) -> bool {
        (a - b).abs() < 1e-6 * b.max(1e-12) + 1e-12
    }

    /// Exact two-sided p-values by summing every outcome's probability, from the definition.
    fn by_definition(x: u64, n: u64, p: f64) -> f64 {
        let b = Binomial::new(p, n).unwrap();
        let d = b.pmf(x) * (1.0 + 1e-7);
        (0..=n).map(|k| b.pmf(k)).filter(|&q| q <= d).sum::<f64>().min(1.0)
    }

    #[test]
    fn p_values_match_the_definition_and_r() {
        // R: binom.test(20, 30)$p.value = 0.09873715; poisson.test(c(20, 10), c(100, 100)) gives the same.
        assert!(close(binomial_two_sided(20, 30, 0.5), 0.098_737_15), "{}", binomial_two_sided(20, 30, 0.5));
        assert!(close(two_rates_p(20, 100, 10, 100), 0.098_737_15));
        // Summed exactly (Python, math.comb): 3 of 40 at 0.3 → 0.000872534874.
        assert!((binomial_two_sided(3, 40, 0.3) - 0.000_872_534_874).abs() < 1e-11, "{}", binomial_two_sided(3, 40, 0.3));
        for (x, n, p) in [(0, 10, 0.2), (10, 10, 0.2), (7, 25, 1.0 / 3.0), (30, 50, 0.4), (1, 3, 0.5), (12, 200, 0.1), (55, 60, 0.8)] {
            let (fast, slow) = (binomial_two_sided(x, n, p), by_definition(x, n, p));
            assert!(close(fast, slow), "x={x} n={n} p={p}: {fast} vs {slow}");
        }
        assert_eq!(binomial_two_sided(5, 10, 0.5), 1.0);
    }

    #[test]
    fn a_cell_naming_two_people_is_one_pair_whatever_the_order_or_separator() {
        let mut pair = vec!["主管".to_string(), "人事".to_string()];
        pair.sort();
        assert_eq!(people("主管+人事"), pair);
        assert_eq!(people(" 人事 ＋ 主管 "), people("主管、人事"));
        assert_eq!(people("主管/人事/主管"), people("人事,主管"));
        assert_eq!(people("王经理"), vec!["王经理".to_string()]);
        assert!(people(" + ").is_empty());
        let mut s = InspectorSamples::default();
        s.add("主管+人事", 0, 3);
        s.add("人事、主管", 1, 3);
        s.add("王经理", 0, 3);
        s.add("", 2, 4);
        assert_eq!(s.names.len(), 2);
        assert_eq!(s.lookup("人事、主管"), s.lookup("主管+人事"));
        assert_eq!(s.lookup(""), NOBODY);
    }
}
