//! `kaohe rules`: prints the rules in force as readable tables, noting points no leaf covers.
//! Every text is from the catalogs (`rules-*`); the tables align by display width.

use std::fmt::Write;
use std::path::Path;

use crate::error::Result;
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::output::terminal::Table;
use crate::rules::Rules;
use crate::tr;

pub fn run(rules_path: Option<&Path>, lang: Lang, json: bool) -> Result<()> {
    let rules = Rules::load_in(rules_path, lang)?;
    if json {
        super::print_json(to_json(&rules, lang));
    } else {
        super::say(&render(&rules, lang));
    }
    Ok(())
}

/// The rules in force for scripts (`--json`): codes and numbers, with names in the language.
pub fn to_json(r: &Rules, lang: Lang) -> serde_json::Value {
    use serde_json::json;
    let ypp = &r.pay.yuan_per_point;
    json!({
        "scheme": r.scheme.name(lang),
        "source": r.source_name,
        "sha256": r.hash,
        "full_marks": {
            "total": fmt_score(r.total_full_marks()),
            "work": fmt_score(r.scheme.work_full_marks),
            "attendance": fmt_score(r.attendance.attendance_max),
            "hygiene": fmt_score(r.attendance.hygiene_max),
            "special": fmt_score(r.special.points),
        },
        "uncovered_work_points": fmt_score(r.uncovered_points()),
        "items": r.items.iter().map(|item| json!({
            "number": item.number,
            "name": item.name(lang),
            "points": fmt_score(item.points),
            "leaves": r.leaves.iter().filter(|l| l.item == item.number).map(|l| json!({
                "code": l.code, "name": l.name(lang), "points": fmt_score(l.points), "per_miss": fmt_score(l.per_miss),
            })).collect::<Vec<_>>(),
        })).collect::<Vec<_>>(),
        "survey_topics": r.surveys.topics.iter().map(|t| json!({"code": t.code, "name": t.name(lang), "leaf": t.leaf})).collect::<Vec<_>>(),
        "attendance_kinds": r.attendance.kinds.iter().map(|k| json!({
            "code": k.code, "category": k.category.code(), "name": k.name(lang), "points": fmt_score(k.points), "policy": k.policy,
        })).collect::<Vec<_>>(),
        "special_awards": r.special.awards.iter().map(|k| json!({"code": k.code, "name": k.name(lang), "needed": k.needed})).collect::<Vec<_>>(),
        "fines": r.penalties.iter().map(|p| json!({
            "code": p.code, "name": p.name(lang), "min": fmt_money(p.min), "max": p.max.map(fmt_money), "default": p.default.map(fmt_money),
        })).collect::<Vec<_>>(),
        "yuan_per_point": {
            "work": fmt_money(ypp.work), "attendance": fmt_money(ypp.attendance), "hygiene": fmt_money(ypp.hygiene), "special": fmt_money(ypp.special),
        },
        "rewards": {"full_marks": fmt_money(r.rewards.full_marks), "run_length": r.rewards.run_length, "run_reward": fmt_money(r.rewards.run_reward)},
        "sampling_windows": r.sampling.windows,
    })
}

/// Indents every line of a rendered table.
fn indented(table: &Table) -> String {
    table.render().lines().map(|l| format!("  {l}\n")).collect()
}

fn columns(lang: Lang, ids: &[(&str, bool)]) -> Table {
    Table::new(ids.iter().map(|(id, right)| (crate::i18n::text(lang, id, None), *right)).collect())
}

/// The rules as text.
pub fn render(r: &Rules, lang: Lang) -> String {
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", r.scheme.name(lang), r.shown_name(lang));
    let _ = writeln!(s, "sha256 {}", r.hash);
    let _ = writeln!(
        s,
        "{}\n",
        tr!(
            lang,
            "rules-total",
            total = fmt_score(r.total_full_marks()),
            work = fmt_score(r.scheme.work_full_marks),
            attendance = fmt_score(r.attendance.attendance_max),
            hygiene = fmt_score(r.attendance.hygiene_max),
            special = fmt_score(r.special.points)
        )
    );

    let _ = writeln!(s, "{}", tr!(lang, "rules-work-heading"));
    let mut t =
        columns(lang, &[("rules-col-code", false), ("rules-col-points", true), ("rules-col-per-miss", true), ("rules-col-leaf", false)]);
    for item in &r.items {
        t.row(vec![item.number.to_string(), fmt_score(item.points), String::new(), item.name(lang).to_string()]);
        for l in r.leaves.iter().filter(|l| l.item == item.number) {
            t.row(vec![l.code.clone(), fmt_score(l.points), fmt_score(l.per_miss), format!("  {}", l.name(lang))]);
        }
    }
    s.push_str(&indented(&t));
    let covered: rust_decimal::Decimal = r.leaves.iter().map(|l| l.points).sum();
    if r.uncovered_points() > rust_decimal::Decimal::ZERO {
        let _ = writeln!(
            s,
            "  {}",
            tr!(
                lang,
                "rules-uncovered",
                covered = fmt_score(covered),
                full = fmt_score(r.scheme.work_full_marks),
                uncovered = fmt_score(r.uncovered_points())
            )
        );
    }

    let _ = writeln!(s, "\n{}", tr!(lang, "rules-surveys-heading"));
    let _ = writeln!(
        s,
        "  {}",
        tr!(
            lang,
            "rules-surveys",
            satisfied = r.surveys.satisfied_at_least,
            dissatisfied = r.surveys.dissatisfied_at_most,
            min = r.surveys.department_count_min,
            max = r.surveys.department_count_max
        )
    );
    let mut t = columns(lang, &[("rules-col-code", false), ("rules-col-name", false), ("rules-col-effect", false)]);
    for topic in &r.surveys.topics {
        let effect = match &topic.leaf {
            Some(leaf) => tr!(lang, "rules-topic-adds-miss", leaf = leaf.as_str()),
            None => tr!(lang, "rules-topic-rate-only"),
        };
        t.row(vec![topic.code.clone(), topic.name(lang).to_string(), effect]);
    }
    s.push_str(&indented(&t));

    let _ = writeln!(
        s,
        "\n{}",
        tr!(
            lang,
            "rules-attendance-heading",
            attendance = fmt_score(r.attendance.attendance_max),
            hygiene = fmt_score(r.attendance.hygiene_max)
        )
    );
    let mut t = columns(
        lang,
        &[
            ("rules-col-code", false),
            ("rules-col-category", false),
            ("rules-col-points", true),
            ("rules-col-name", false),
            ("rules-col-note", false),
        ],
    );
    for k in &r.attendance.kinds {
        t.row(vec![
            k.code.clone(),
            k.category.name(lang),
            format!("-{}", fmt_score(k.points)),
            k.name(lang).to_string(),
            if k.policy { tr!(lang, "rules-company-policy") } else { String::new() },
        ]);
    }
    s.push_str(&indented(&t));

    let _ = writeln!(
        s,
        "\n{}",
        tr!(lang, "rules-special-heading", points = fmt_score(r.special.points), min = fmt_score(r.special.min_work_score))
    );
    let mut t = columns(lang, &[("rules-col-code", false), ("rules-col-needed", true), ("rules-col-name", false)]);
    for k in &r.special.awards {
        t.row(vec![k.code.clone(), k.needed.to_string(), k.name(lang).to_string()]);
    }
    s.push_str(&indented(&t));

    let ypp = &r.pay.yuan_per_point;
    let _ = writeln!(
        s,
        "\n{}",
        tr!(
            lang,
            "rules-yuan-per-point",
            work = fmt_money(ypp.work),
            attendance = fmt_money(ypp.attendance),
            hygiene = fmt_money(ypp.hygiene),
            special = fmt_money(ypp.special)
        )
    );
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "rules-rewards",
            full = fmt_money(r.rewards.full_marks),
            run = r.rewards.run_length,
            reward = fmt_money(r.rewards.run_reward)
        )
    );
    let a = &r.actions;
    let _ = writeln!(s, "{}", tr!(lang, "rules-actions-heading"));
    let action = |code: crate::score::Action| code.name(lang);
    use crate::score::Action;
    let mut t = columns(lang, &[("rules-col-action", false), ("rules-col-when", false)]);
    t.row(vec![action(Action::DeptPraise), tr!(lang, "rules-when-full")]);
    t.row(vec![action(Action::CompanyPraise), tr!(lang, "rules-when-run", run = a.company_praise_run)]);
    t.row(vec![action(Action::RaiseReview), tr!(lang, "rules-when-raise", run = a.raise_run, count = a.raise_year_count)]);
    t.row(vec![action(Action::Retrain), tr!(lang, "rules-when-below", score = fmt_score(a.retrain_below))]);
    t.row(vec![action(Action::ReassignReview), tr!(lang, "rules-when-below-twice", score = fmt_score(a.reassign_below))]);
    s.push_str(&indented(&t));

    let _ = writeln!(s, "\n{}", tr!(lang, "rules-fines-heading"));
    let mut t = columns(lang, &[("rules-col-code", false), ("rules-col-amount", false), ("rules-col-name", false)]);
    for p in &r.penalties {
        let range = match (p.max, p.default) {
            (Some(max), Some(d)) if max == p.min => tr!(lang, "rules-fine-fixed", amount = fmt_money(max), default = fmt_money(d)),
            (Some(max), Some(d)) => {
                tr!(lang, "rules-fine-range-default", min = fmt_money(p.min), max = fmt_money(max), default = fmt_money(d))
            }
            (Some(max), None) => tr!(lang, "rules-fine-range", min = fmt_money(p.min), max = fmt_money(max)),
            (None, _) => tr!(lang, "rules-fine-at-least", min = fmt_money(p.min)),
        };
        t.row(vec![p.code.clone(), range, p.name(lang).to_string()]);
    }
    s.push_str(&indented(&t));

    let _ = writeln!(s, "\n{}", tr!(lang, "rules-status-heading"));
    let mut t = columns(lang, &[("rules-col-status", false), ("rules-col-paid", false)]);
    for (status, sp) in [
        (crate::model::Status::Regular, &r.pay.regular),
        (crate::model::Status::Probation, &r.pay.probation),
        (crate::model::Status::Training, &r.pay.training),
    ] {
        let mut parts = vec![tr!(lang, "pay-base-salary")];
        for (yes, id) in [
            (sp.allowance, "pay-allowance"),
            (sp.appraisal_wage, "pay-appraisal-wage"),
            (sp.attendance_bonus, "pay-attendance-bonus"),
            (sp.special_bonus, "pay-special-bonus"),
            (sp.rewards, "pay-rewards"),
        ] {
            if yes {
                parts.push(crate::i18n::text(lang, id, None));
            }
        }
        let mut paid = format!("{} − {}", parts.join(" + "), tr!(lang, "pay-fines"));
        if !sp.on_post {
            paid.push_str(&tr!(lang, "rules-not-on-post"));
        }
        t.row(vec![status.name(lang), paid]);
    }
    s.push_str(&indented(&t));
    let windows: Vec<String> = r.sampling.windows.iter().map(|[a, b]| format!("{a}–{b}")).collect();
    let _ = writeln!(s, "\n{}", tr!(lang, "rules-windows", windows = windows.join(", ")));
    let _ = writeln!(s, "{}", tr!(lang, "rules-rounding", places = u64::from(r.rounding.money_places)));
    s
}
