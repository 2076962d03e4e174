//! Quarterly and yearly appraisals (季度/年度考核, SPEC 4): per agent, each month's work score,
//! total and pay adjustment, the average, the lowest month, months below the retrain threshold,
//! full-marks months, special awards, fines and actions; per team, subtotals, each agent's rank,
//! and the team's average by month. Built once as data from the ledger's rows — each month
//! judged by its own rules — and rendered by `output::period` to the terminal, JSON, CSV and
//! xlsx. Unknown values (an imported month holds only its work score) stay `None`, never 0.

use std::collections::BTreeMap;

use rust_decimal::Decimal;

use crate::ledger::StoredMonth;
use crate::month::Month;
use crate::num::STRATEGY;

/// A span of months for a summary: a calendar year or a quarter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub first: Month,
    pub last: Month,
}

impl Period {
    pub fn year(year: i32) -> Option<Period> {
        Some(Period { first: Month::new(year, 1)?, last: Month::new(year, 12)? })
    }

    /// `2026Q3`, `2026-Q3` or `2026q3`.
    pub fn quarter(text: &str) -> Result<Period, String> {
        let bad = || format!("`{text}` is not a quarter; write it as YYYYQn, e.g. 2026Q3");
        let t = text.trim().to_ascii_uppercase();
        let (year, q) = t.split_once('Q').ok_or_else(bad)?;
        let year: i32 = year.trim_end_matches('-').parse().map_err(|_| bad())?;
        let q: u32 = q.parse().map_err(|_| bad())?;
        if !(1..=4).contains(&q) {
            return Err(bad());
        }
        let first = Month::new(year, q * 3 - 2).ok_or_else(bad)?;
        Ok(Period { first, last: Month::new(year, q * 3).ok_or_else(bad)? })
    }

    pub fn is_year(&self) -> bool {
        self.first.month == 1 && self.last.month == 12
    }

    /// `2026` or `2026Q3`.
    pub fn label(&self) -> String {
        if self.is_year() {
            self.first.year.to_string()
        } else {
            format!("{}Q{}", self.first.year, self.first.quarter())
        }
    }

    /// Every month of the period, in order.
    pub fn months(&self) -> Vec<Month> {
        let mut out = vec![self.first];
        while *out.last().expect("one month") < self.last {
            let next = out.last().expect("one month").next();
            out.push(next);
        }
        out
    }

    pub fn contains(&self, m: Month) -> bool {
        m >= self.first && m <= self.last
    }
}

/// How a stored month is judged under its own rules.
#[derive(Debug, Clone, Copy)]
pub struct Judged {
    /// A full-marks month (on the post, work at its rules' full marks).
    pub full_marks: bool,
    /// Below its rules' retrain threshold (25 in the default scheme).
    pub below: bool,
    /// Its rules' full marks of the work score (50 in the default scheme).
    pub out_of: Decimal,
}

/// One agent month in the summary.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MonthCell {
    pub work: Decimal,
    pub total: Option<Decimal>,
    pub pay_adjustment: Option<Decimal>,
    pub imported: bool,
    pub full_marks: bool,
    pub below: bool,
}

/// One agent's quarter or year.
#[derive(Debug, Clone)]
pub struct AgentPeriod {
    pub agent_id: String,
    pub name: String,
    /// Empty when no closed month names a team (imported months only).
    pub team: String,
    /// One cell per month of the period; `None` where the ledger has no row.
    pub months: Vec<Option<MonthCell>>,
    pub figures: PeriodFigures,
    /// Rank within the team by average work score, 1 = best; equal averages share a rank.
    pub rank: usize,
}

impl PeriodSummary {
    /// Each team with its agents (agents are grouped by team, in the teams' order).
    pub fn by_team(&self) -> Vec<(&TeamPeriod, &[AgentPeriod])> {
        let mut out = Vec::new();
        let mut start = 0;
        for t in &self.teams {
            out.push((t, &self.agents[start..start + t.agents]));
            start += t.agents;
        }
        out
    }
}

impl AgentPeriod {
    pub fn recorded(&self) -> usize {
        self.months.iter().flatten().count()
    }
}

/// A team's subtotal.
#[derive(Debug, Clone)]
pub struct TeamPeriod {
    pub team: String,
    pub agents: usize,
    /// The average work score of the team's agents who have the month, per month.
    pub average_work_by_month: Vec<Option<Decimal>>,
    pub average_total_by_month: Vec<Option<Decimal>>,
    pub pay_adjustment_by_month: Vec<Option<Decimal>>,
    /// Over every agent month of the team; counts and money summed over its agents.
    pub figures: PeriodFigures,
}

/// The figures of a quarter or a year that an agent and a team subtotal both have.
#[derive(Debug, Clone)]
pub struct PeriodFigures {
    pub average_work: Decimal,
    /// Over the months whose total is known (closed months).
    pub average_total: Option<Decimal>,
    pub lowest: (Month, Decimal),
    pub months_below: usize,
    pub full_marks_months: usize,
    /// Months in which the special award was earned (known for closed months only).
    pub special_awards: usize,
    /// Sums over the months where they are known; `None` when no month knows them.
    pub fines: Option<Decimal>,
    pub pay_adjustment: Option<Decimal>,
    /// Action code → months it was called for.
    pub actions: BTreeMap<String, usize>,
}

/// A quarter's or a year's appraisal.
#[derive(Debug, Clone)]
pub struct PeriodSummary {
    pub period: Period,
    pub months: Vec<Month>,
    /// Grouped by team (teams in name order, the unnamed last), best rank first, then id.
    pub agents: Vec<AgentPeriod>,
    pub teams: Vec<TeamPeriod>,
    /// The largest full marks of the period's months (a chart's axis ends there).
    pub out_of: Option<Decimal>,
}

fn average(values: &[Decimal]) -> Option<Decimal> {
    (!values.is_empty()).then(|| (values.iter().sum::<Decimal>() / Decimal::from(values.len() as u64)).round_dp_with_strategy(2, STRATEGY))
}

fn known_sum(values: impl Iterator<Item = Option<Decimal>>) -> Option<Decimal> {
    values.flatten().fold(None, |acc, v| Some(acc.unwrap_or_default() + v))
}

/// Builds the summary of `period` from stored rows (the versions in force), each judged by
/// `judge` under its own month's rules.
pub fn summarize(rows: &[StoredMonth], period: Period, judge: &dyn Fn(&StoredMonth) -> Judged) -> PeriodSummary {
    let months = period.months();
    let mut by_agent: BTreeMap<&str, Vec<&StoredMonth>> = BTreeMap::new();
    let mut out_of: Option<Decimal> = None;
    for r in rows.iter().filter(|r| period.contains(r.month)) {
        by_agent.entry(r.agent_id.as_str()).or_default().push(r);
        let full = judge(r).out_of;
        out_of = Some(out_of.map_or(full, |o| o.max(full)));
    }
    let mut agents: Vec<AgentPeriod> = by_agent
        .into_iter()
        .map(|(id, list)| {
            let cells: Vec<Option<MonthCell>> = months
                .iter()
                .map(|m| {
                    list.iter().find(|r| r.month == *m).map(|r| {
                        let j = judge(r);
                        MonthCell {
                            work: r.work_score,
                            total: r.total_score,
                            pay_adjustment: r.pay_adjustment,
                            imported: r.is_imported(),
                            full_marks: j.full_marks,
                            below: j.below,
                        }
                    })
                })
                .collect();
            let works: Vec<Decimal> = list.iter().map(|r| r.work_score).collect();
            let totals: Vec<Decimal> = list.iter().filter_map(|r| r.total_score).collect();
            let lowest = list.iter().min_by_key(|r| (r.work_score, r.month)).map(|r| (r.month, r.work_score)).expect("one month");
            let mut actions: BTreeMap<String, usize> = BTreeMap::new();
            for code in list.iter().flat_map(|r| r.actions.split(';')).filter(|c| !c.is_empty()) {
                *actions.entry(code.to_string()).or_default() += 1;
            }
            let latest_named =
                |get: fn(&StoredMonth) -> Option<&String>| list.iter().rev().find_map(|r| get(r).cloned()).unwrap_or_default();
            AgentPeriod {
                agent_id: id.to_string(),
                name: latest_named(|r| r.name.as_ref()),
                team: latest_named(|r| r.team.as_ref()).trim().to_string(),
                figures: PeriodFigures {
                    average_work: average(&works).expect("one month"),
                    average_total: average(&totals),
                    lowest,
                    months_below: cells.iter().flatten().filter(|c| c.below).count(),
                    full_marks_months: cells.iter().flatten().filter(|c| c.full_marks).count(),
                    special_awards: list.iter().filter(|r| r.special_score.is_some_and(|s| s > Decimal::ZERO)).count(),
                    fines: known_sum(list.iter().map(|r| r.fines)),
                    pay_adjustment: known_sum(list.iter().map(|r| r.pay_adjustment)),
                    actions,
                },
                months: cells,
                rank: 0,
            }
        })
        .collect();
    // Teams by name, agents without a team last; within a team by average, best first.
    agents.sort_by(|a, b| {
        (a.team.is_empty(), &a.team)
            .cmp(&(b.team.is_empty(), &b.team))
            .then(b.figures.average_work.cmp(&a.figures.average_work))
            .then(a.agent_id.cmp(&b.agent_id))
    });
    let mut teams = Vec::new();
    let mut start = 0;
    while start < agents.len() {
        let team = agents[start].team.clone();
        let end = start + agents[start..].iter().take_while(|a| a.team == team).count();
        for i in start..end {
            // Competition ranking: equal averages share a rank, the next rank skips (1, 2, 2, 4).
            agents[i].rank = if i > start && agents[i].figures.average_work == agents[i - 1].figures.average_work {
                agents[i - 1].rank
            } else {
                i - start + 1
            };
        }
        teams.push(team_period(team, &agents[start..end], &months));
        start = end;
    }
    PeriodSummary { period, months, agents, teams, out_of }
}

fn team_period(team: String, members: &[AgentPeriod], months: &[Month]) -> TeamPeriod {
    let cells: Vec<&MonthCell> = members.iter().flat_map(|a| a.months.iter().flatten()).collect();
    let per_month = |i: usize, get: fn(&MonthCell) -> Option<Decimal>| -> Vec<Decimal> {
        members.iter().filter_map(|a| a.months[i].as_ref()).filter_map(get).collect()
    };
    let mut actions: BTreeMap<String, usize> = BTreeMap::new();
    for (code, n) in members.iter().flat_map(|a| a.figures.actions.iter()) {
        *actions.entry(code.clone()).or_default() += n;
    }
    let lowest = members.iter().map(|a| (a.figures.lowest.1, a.figures.lowest.0)).min().map(|(w, m)| (m, w)).expect("one member");
    TeamPeriod {
        agents: members.len(),
        average_work_by_month: (0..months.len()).map(|i| average(&per_month(i, |c| Some(c.work)))).collect(),
        average_total_by_month: (0..months.len()).map(|i| average(&per_month(i, |c| c.total))).collect(),
        pay_adjustment_by_month: (0..months.len())
            .map(|i| {
                let v = per_month(i, |c| c.pay_adjustment);
                (!v.is_empty()).then(|| v.iter().sum())
            })
            .collect(),
        figures: PeriodFigures {
            average_work: average(&cells.iter().map(|c| c.work).collect::<Vec<_>>()).expect("one month"),
            average_total: average(&cells.iter().filter_map(|c| c.total).collect::<Vec<_>>()),
            lowest,
            months_below: members.iter().map(|a| a.figures.months_below).sum(),
            full_marks_months: members.iter().map(|a| a.figures.full_marks_months).sum(),
            special_awards: members.iter().map(|a| a.figures.special_awards).sum(),
            fines: known_sum(members.iter().map(|a| a.figures.fines)),
            pay_adjustment: known_sum(members.iter().map(|a| a.figures.pay_adjustment)),
            actions,
        },
        team,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(month: &str, agent: &str, team: Option<&str>, work: &str, total: Option<&str>) -> StoredMonth {
        StoredMonth {
            month: month.parse().unwrap(),
            agent_id: agent.into(),
            source: if total.is_some() { "closed" } else { "imported" }.into(),
            name: team.map(|_| format!("N{agent}")),
            team: team.map(String::from),
            status: None,
            on_post: true,
            work_score: work.parse().unwrap(),
            attendance_score: None,
            hygiene_score: None,
            special_score: None,
            total_score: total.map(|t| t.parse().unwrap()),
            base_salary: None,
            allowance: None,
            appraisal_wage: None,
            attendance_bonus: None,
            special_bonus: None,
            rewards: None,
            fines: total.map(|_| Decimal::ZERO),
            pay_adjustment: total.map(|t| t.parse::<Decimal>().unwrap() * Decimal::from(20)),
            gross_pay: None,
            full_marks_run: None,
            actions: String::new(),
            rules_sha256: None,
        }
    }

    #[test]
    fn ranks_share_on_equal_averages_and_unknowns_stay_unknown() {
        let rows = vec![
            row("2026-07", "1", None, "100", None), // imported under a 100-point scheme
            row("2026-08", "1", Some("A"), "90", Some("100")),
            row("2026-08", "2", Some("A"), "95", Some("105")),
            row("2026-08", "3", Some("A"), "94", Some("104")),
            row("2026-09", "4", Some("B"), "20", Some("25")),
        ];
        let judge = |r: &StoredMonth| Judged {
            full_marks: r.work_score == Decimal::from(100),
            below: r.work_score < Decimal::from(60),
            out_of: Decimal::from(100),
        };
        let s = summarize(&rows, Period::quarter("2026Q3").unwrap(), &judge);
        let ids: Vec<(&str, usize)> = s.agents.iter().map(|a| (a.agent_id.as_str(), a.rank)).collect();
        assert_eq!(ids, [("1", 1), ("2", 1), ("3", 3), ("4", 1)]);
        let one = s.agents.iter().find(|a| a.agent_id == "1").unwrap();
        assert_eq!(one.figures.average_work, Decimal::from(95));
        assert_eq!(one.figures.average_total, Some(Decimal::from(100)));
        assert_eq!(one.figures.full_marks_months, 1);
        assert_eq!(one.months[0].as_ref().unwrap().total, None, "an imported month's total is unknown");
        assert!(one.months[2].is_none());
        assert_eq!(s.teams.len(), 2);
        assert_eq!(s.teams[0].average_work_by_month, vec![Some(Decimal::from(100)), Some(Decimal::from(93)), None]);
        assert_eq!(s.teams[1].figures.months_below, 1);
        assert_eq!(s.out_of, Some(Decimal::from(100)));
    }
}
