//! What-if (SPEC 5, `kaohe compare`): the same month appraised under two rules files, side by
//! side — per agent the scores, actions and money under each, and the totals and the cost
//! difference. Built as data from two lists of appraisals made by the one scoring core
//! (`score::appraise_month`); nothing is scored here, so the totals are exactly those of two
//! separate `kaohe run`s.

use rust_decimal::Decimal;

use crate::output::summary::Totals;
use crate::score::{action_codes, Appraisal};

/// One agent under both rules.
#[derive(Debug, Clone)]
pub struct AgentComparison<'a> {
    /// Under the rules in force (`--against`, else the built-in scheme).
    pub base: &'a Appraisal,
    /// Under the rules being tried (`--rules`).
    pub proposed: &'a Appraisal,
}

impl AgentComparison<'_> {
    /// The scores compared: work, attendance, hygiene, special, total.
    pub fn scores(a: &Appraisal) -> [Decimal; 5] {
        [a.work.score, a.attendance.score, a.hygiene.score, a.special.score, a.total_score]
    }

    /// Whether anything an agent or payroll would see differs.
    pub fn changed(&self) -> bool {
        Self::scores(self.base) != Self::scores(self.proposed)
            || self.base.pay.amounts() != self.proposed.pay.amounts()
            || self.base.actions != self.proposed.actions
            || self.base.run.full_marks_run != self.proposed.run.full_marks_run
    }

    /// Proposed − base gross pay.
    pub fn gross_difference(&self) -> Decimal {
        self.proposed.pay.gross_pay - self.base.pay.gross_pay
    }

    pub fn actions(&self) -> (String, String) {
        (action_codes(&self.base.actions), action_codes(&self.proposed.actions))
    }
}

/// The month under two rules.
#[derive(Debug, Clone)]
pub struct Comparison<'a> {
    pub month: crate::month::Month,
    pub base_rules: String,
    pub proposed_rules: String,
    /// In roster order.
    pub agents: Vec<AgentComparison<'a>>,
    pub base_totals: Totals,
    pub proposed_totals: Totals,
}

/// The names of the score columns compared, in [`AgentComparison::scores`] order.
pub const SCORE_COLUMNS: [&str; 5] = ["work_score", "attendance_score", "hygiene_score", "special_score", "total_score"];

impl<'a> Comparison<'a> {
    /// Pairs the two appraisals of one month agent by agent. Both come from the same roster, so
    /// they are in the same order.
    pub fn new(
        month: crate::month::Month,
        base_rules: &str,
        base: &'a [Appraisal],
        proposed_rules: &str,
        proposed: &'a [Appraisal],
    ) -> Comparison<'a> {
        debug_assert!(base.len() == proposed.len() && base.iter().zip(proposed).all(|(b, p)| b.agent.id == p.agent.id));
        Comparison {
            month,
            base_rules: base_rules.to_string(),
            proposed_rules: proposed_rules.to_string(),
            agents: base.iter().zip(proposed).map(|(base, proposed)| AgentComparison { base, proposed }).collect(),
            base_totals: Totals::of(base),
            proposed_totals: Totals::of(proposed),
        }
    }

    /// What the rules change would cost a month: the proposed gross total less the base one.
    pub fn cost_difference(&self) -> Decimal {
        self.proposed_totals.0[8] - self.base_totals.0[8]
    }

    pub fn changed(&self) -> impl Iterator<Item = &AgentComparison<'a>> {
        self.agents.iter().filter(|a| a.changed())
    }
}
