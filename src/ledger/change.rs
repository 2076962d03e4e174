//! What changed for an agent in a month: between two versions of a reopened month, or in a later
//! month that a reopen, a late close or a late import would alter. Built as data; `cmd` renders
//! it. Only what differs is ever listed (no "dept_praise → dept_praise" lines).

use rust_decimal::Decimal;

use super::StoredMonth;
use crate::month::Month;
use crate::num::{fmt_money, fmt_score};
use crate::score::{action_codes, Appraisal};

/// The figures of an agent month that a change is judged by. `None` is unknown (an imported
/// month holds only its work score).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figures {
    pub work: Decimal,
    pub total: Option<Decimal>,
    pub full_marks_run: Option<u32>,
    pub actions: String,
    pub rewards: Option<Decimal>,
    pub gross: Option<Decimal>,
}

impl Figures {
    pub fn of_row(r: &StoredMonth) -> Figures {
        Figures {
            work: r.work_score,
            total: r.total_score,
            full_marks_run: r.full_marks_run,
            actions: r.actions.clone(),
            rewards: r.rewards,
            gross: r.gross_pay,
        }
    }

    pub fn of_appraisal(a: &Appraisal) -> Figures {
        Figures {
            work: a.work.score,
            total: Some(a.total_score),
            full_marks_run: Some(a.run.full_marks_run),
            actions: action_codes(&a.actions),
            rewards: Some(a.pay.rewards),
            gross: Some(a.pay.gross_pay),
        }
    }
}

/// One agent month that changed: `old` → `new` (`None`: the agent was not in that version).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    pub agent_id: String,
    pub name: Option<String>,
    pub month: Month,
    pub old: Option<Figures>,
    pub new: Option<Figures>,
}

/// One field that differs, as text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldChange {
    /// `work_score`, `total_score`, `full_marks_run`, `actions`, `rewards` or `gross_pay`.
    pub field: &'static str,
    pub old: String,
    pub new: String,
}

impl Change {
    /// What the agent is paid differently (new − old gross); an agent missing from a version was
    /// paid nothing in it. `None` when either gross is unknown.
    pub fn gross_delta(&self) -> Option<Decimal> {
        let gross = |f: &Option<Figures>| match f {
            None => Some(Decimal::ZERO),
            Some(f) => f.gross,
        };
        Some(gross(&self.new)? - gross(&self.old)?)
    }

    /// The fields that differ, in a fixed order. An agent present in only one version lists
    /// every known field of that version against empty.
    pub fn fields(&self) -> Vec<FieldChange> {
        let (old, new) = (self.old.as_ref(), self.new.as_ref());
        let score = |f: Option<&Figures>, get: fn(&Figures) -> Option<Decimal>| f.and_then(get).map(fmt_score).unwrap_or_default();
        let money = |f: Option<&Figures>, get: fn(&Figures) -> Option<Decimal>| f.and_then(get).map(fmt_money).unwrap_or_default();
        let candidates = [
            ("work_score", score(old, |f| Some(f.work)), score(new, |f| Some(f.work))),
            ("total_score", score(old, |f| f.total), score(new, |f| f.total)),
            (
                "full_marks_run",
                old.and_then(|f| f.full_marks_run).map(|n| n.to_string()).unwrap_or_default(),
                new.and_then(|f| f.full_marks_run).map(|n| n.to_string()).unwrap_or_default(),
            ),
            ("actions", old.map(|f| f.actions.clone()).unwrap_or_default(), new.map(|f| f.actions.clone()).unwrap_or_default()),
            ("rewards", money(old, |f| f.rewards), money(new, |f| f.rewards)),
            ("gross_pay", money(old, |f| f.gross), money(new, |f| f.gross)),
        ];
        candidates.into_iter().filter(|(_, o, n)| o != n).map(|(field, old, new)| FieldChange { field, old, new }).collect()
    }
}

/// Agents whose figures differ between the replaced version's rows and the new appraisals, in
/// the new roster's order, then agents the new version dropped.
pub fn between_versions(month: Month, old: &[StoredMonth], new: &[Appraisal]) -> Vec<Change> {
    let by_id: std::collections::HashMap<&str, &StoredMonth> = old.iter().map(|r| (r.agent_id.as_str(), r)).collect();
    let in_new: std::collections::HashSet<&str> = new.iter().map(|a| a.agent.id.as_str()).collect();
    let mut out = Vec::new();
    for a in new {
        let was = by_id.get(a.agent.id.as_str()).copied();
        let now = Figures::of_appraisal(a);
        if was.map(Figures::of_row).as_ref() != Some(&now) {
            out.push(Change {
                agent_id: a.agent.id.clone(),
                name: Some(a.agent.name.clone()),
                month,
                old: was.map(Figures::of_row),
                new: Some(now),
            });
        }
    }
    for r in old.iter().filter(|r| !in_new.contains(r.agent_id.as_str())) {
        out.push(Change { agent_id: r.agent_id.clone(), name: r.name.clone(), month, old: Some(Figures::of_row(r)), new: None });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(work: &str, actions: &str, gross: &str) -> Figures {
        Figures {
            work: work.parse().unwrap(),
            total: Some(work.parse::<Decimal>().unwrap() + Decimal::from(5)),
            full_marks_run: Some(1),
            actions: actions.into(),
            rewards: Some(Decimal::ZERO),
            gross: Some(gross.parse().unwrap()),
        }
    }

    #[test]
    fn only_the_fields_that_differ_are_listed() {
        let m: Month = "2026-01".parse().unwrap();
        let c = Change {
            agent_id: "1".into(),
            name: None,
            month: m,
            old: Some(figures("50", "dept_praise", "4350.00")),
            new: Some(figures("49", "dept_praise", "4280.00")),
        };
        let fields: Vec<&str> = c.fields().iter().map(|f| f.field).collect();
        assert_eq!(fields, ["work_score", "total_score", "gross_pay"]);
        assert_eq!(c.gross_delta(), Some("-70.00".parse().unwrap()));
        let gone = Change { new: None, ..c.clone() };
        assert_eq!(gone.gross_delta(), Some("-4350.00".parse().unwrap()));
    }
}
