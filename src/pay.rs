//! Pay: the money of SPEC 1.5 from the scores, per status, in exact decimals. Pure; every amount
//! is rounded once, here, by `num::round_money`.

use rust_decimal::Decimal;

use crate::model::Agent;
use crate::num::round_money;
use crate::rules::Rules;
use crate::score::RunInfo;

/// What an agent is paid this month. Components the status is not paid are 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PayComponents {
    pub base_salary: Decimal,
    /// The allowance paid (0 when the status is not paid one).
    pub allowance: Decimal,
    pub appraisal_wage: Decimal,
    pub attendance_bonus: Decimal,
    pub special_bonus: Decimal,
    pub rewards: Decimal,
    /// The 50-yuan full-marks reward part of `rewards`, if paid.
    pub full_marks_reward: Decimal,
    /// The run reward part of `rewards`, if paid.
    pub run_reward: Decimal,
    pub fines: Decimal,
    /// Everything paid except base and allowance.
    pub pay_adjustment: Decimal,
    pub gross_pay: Decimal,
}

/// The money columns of results.csv, in order (SPEC 6); their names for people are the catalog's
/// `pay-*` words.
pub const MONEY_COLUMNS: [&str; 9] =
    ["base_salary", "allowance", "appraisal_wage", "attendance_bonus", "special_bonus", "rewards", "fines", "pay_adjustment", "gross_pay"];

impl PayComponents {
    /// The amounts of [`MONEY_COLUMNS`], in the same order.
    pub fn amounts(&self) -> [Decimal; 9] {
        [
            self.base_salary,
            self.allowance,
            self.appraisal_wage,
            self.attendance_bonus,
            self.special_bonus,
            self.rewards,
            self.fines,
            self.pay_adjustment,
            self.gross_pay,
        ]
    }
}

/// The scores an agent is paid for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scores {
    pub work: Decimal,
    pub attendance: Decimal,
    pub hygiene: Decimal,
    pub special: Decimal,
}

/// SPEC 1.5: each score times its yuan per point, paid as the agent's status allows.
pub fn pay(rules: &Rules, agent: &Agent, scores: Scores, run: &RunInfo, fines: Decimal) -> PayComponents {
    let places = rules.rounding.money_places;
    let paid = rules.status_pay(agent.status);
    let ypp = &rules.pay.yuan_per_point;
    let only = |yes: bool, amount: Decimal| round_money(if yes { amount } else { Decimal::ZERO }, places);

    let allowance = only(paid.allowance, agent.allowance);
    let appraisal_wage = only(paid.appraisal_wage, scores.work * ypp.work);
    let attendance_bonus = only(paid.attendance_bonus, scores.attendance * ypp.attendance + scores.hygiene * ypp.hygiene);
    let special_bonus = only(paid.special_bonus, scores.special * ypp.special);
    let full_marks_reward = only(paid.rewards && run.full_marks_month, rules.rewards.full_marks);
    let run_hit = run.full_marks_run > 0 && run.full_marks_run.is_multiple_of(rules.rewards.run_length);
    let run_reward = only(paid.rewards && run_hit, rules.rewards.run_reward);
    let rewards = full_marks_reward + run_reward;
    let fines = round_money(fines, places);
    let pay_adjustment = appraisal_wage + attendance_bonus + special_bonus + rewards - fines;
    let base_salary = round_money(agent.base_salary, places);
    PayComponents {
        base_salary,
        allowance,
        appraisal_wage,
        attendance_bonus,
        special_bonus,
        rewards,
        full_marks_reward,
        run_reward,
        fines,
        pay_adjustment,
        gross_pay: base_salary + allowance + pay_adjustment,
    }
}
