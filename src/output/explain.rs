//! The statement on the terminal (`explain`): the [`Statement`] model rendered as text — every
//! item and leaf with the points lost and the rows behind them, attendance and hygiene, the
//! special award and why, fines, the money line by line for the agent's status, the run, the
//! actions and the appeals. Holds no rule of the scheme; every word comes from the catalogs.

use std::fmt::Write;

use rust_decimal::Decimal;

use super::terminal::Table;
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::score::SpecialReason;
use crate::statement::{EvidenceLine, Named, Statement};
use crate::tr;

/// `“note”` after two spaces, or nothing.
fn quoted(note: &str) -> String {
    if note.is_empty() {
        String::new()
    } else {
        format!("  “{note}”")
    }
}

/// The separator of a list in the language (`, ` or `,`).
pub fn list_sep(lang: Lang) -> String {
    tr!(lang, "out-list-sep")
}

/// Renders a statement as text.
pub fn text(st: &Statement, lang: Lang) -> String {
    let mut s = String::new();
    let ag = &st.agent;
    let team = if ag.team.is_empty() { "-" } else { &ag.team };
    let _ = writeln!(
        s,
        "{}",
        tr!(lang, "explain-title", month = &st.month, id = &ag.id, name = &ag.name, team = team, status = &ag.status.name)
    );
    let _ = writeln!(s, "{}", tr!(lang, "explain-rules", name = &st.rules.name, source = &st.rules.source));
    let _ = writeln!(s, "{}", tr!(lang, "explain-roster-row", row = &ag.roster_row));
    s.push('\n');

    // Work score.
    let w = &st.work;
    let _ = writeln!(s, "{}", tr!(lang, "explain-work", score = fmt_score(w.score), full = fmt_score(w.full_marks)));
    for item in &w.items {
        let _ = writeln!(
            s,
            "  {}",
            tr!(
                lang,
                "explain-item",
                number = item.number.to_string(),
                name = &item.name,
                points = fmt_score(item.points),
                lost = fmt_score(item.lost)
            )
        );
        for leaf in &item.leaves {
            let code = format!("{:<3}", leaf.code);
            if leaf.rows.is_empty() {
                let _ = writeln!(
                    s,
                    "    {}",
                    tr!(
                        lang,
                        "explain-leaf-clean",
                        code = code,
                        name = &leaf.name,
                        points = fmt_score(leaf.points),
                        lost = fmt_score(leaf.lost)
                    )
                );
                continue;
            }
            let id = if leaf.capped { "explain-leaf-capped" } else { "explain-leaf" };
            let mut args = crate::i18n::FluentArgs::new();
            args.set("code", code);
            args.set("name", leaf.name.as_str());
            args.set("points", fmt_score(leaf.points));
            args.set("misses", leaf.misses);
            args.set("per", fmt_score(leaf.per_miss));
            args.set("lost", fmt_score(leaf.lost));
            let _ = writeln!(s, "    {}", crate::i18n::text(lang, id, Some(&args)));
            for row in &leaf.rows {
                let _ = writeln!(s, "        {}", evidence(row, lang));
            }
        }
    }
    if w.uncovered > Decimal::ZERO {
        let _ = writeln!(s, "  {}", tr!(lang, "explain-uncovered", uncovered = fmt_score(w.uncovered), full = fmt_score(w.full_marks)));
    }
    let month_number = st.month.get(5..7).unwrap_or("");
    let days: Vec<String> = st.samples.days.iter().map(|d| format!("{month_number}-{d:02}")).collect();
    let days = if days.is_empty() { "-".into() } else { days.join(&list_sep(lang)) };
    let _ = writeln!(s, "  {}", tr!(lang, "explain-samples", count = st.samples.count, days = days));
    match st.satisfaction.rate {
        Some(rate) => {
            let _ = writeln!(
                s,
                "  {}",
                tr!(
                    lang,
                    "explain-satisfaction",
                    satisfied = st.satisfaction.satisfied,
                    answers = st.satisfaction.answers,
                    rate = rate.to_string()
                )
            );
        }
        None => {
            let _ = writeln!(s, "  {}", tr!(lang, "explain-satisfaction-none"));
        }
    }
    for sv in &st.other_surveys {
        let _ = writeln!(
            s,
            "        {}  {}  {}  {}",
            sv.place,
            sv.date,
            sv.customer,
            tr!(lang, "explain-survey-free", rating = u32::from(sv.rating), topic = &sv.topic.name)
        );
    }
    s.push('\n');

    // Attendance and hygiene.
    for (hygiene, sub) in [(false, &st.attendance), (true, &st.hygiene)] {
        let (max, deducted, score) = (fmt_score(sub.max), fmt_score(sub.deducted), fmt_score(sub.score));
        let mut line = if hygiene {
            tr!(lang, "explain-hygiene", max = max, deducted = deducted, score = score)
        } else {
            tr!(lang, "explain-attendance", max = max, deducted = deducted, score = score)
        };
        if sub.deducted > sub.max {
            line.push_str(&tr!(lang, "explain-floor"));
        }
        let _ = writeln!(s, "{line}");
        for e in &sub.entries {
            let kind = if e.kind.name.is_empty() { "-" } else { &e.kind.name };
            let _ = writeln!(s, "        {}  {}  {kind}  −{}{}", e.place, e.date, fmt_score(e.points), quoted(&e.note));
        }
    }
    s.push('\n');

    // Special award.
    let sp = &st.special;
    let _ = writeln!(s, "{}", tr!(lang, "explain-special", score = fmt_score(sp.score), points = fmt_score(sp.points)));
    let _ = writeln!(s, "  {}", special_reason(&sp.reason, &sp.award_kinds, w.score, sp.min_work_score, lang));
    for award in &sp.awards {
        let by = if award.approved_by.is_empty() {
            String::new()
        } else {
            format!("  {}", tr!(lang, "explain-approved-by", name = &award.approved_by))
        };
        let _ = writeln!(s, "        {}  {}  {}{}{by}", award.place, award.date, award.kind.name, quoted(&award.note));
    }
    s.push('\n');
    let tot = &st.total;
    let _ = writeln!(
        s,
        "{}",
        tr!(
            lang,
            "explain-total",
            work = fmt_score(tot.work),
            attendance = fmt_score(tot.attendance),
            hygiene = fmt_score(tot.hygiene),
            special = fmt_score(tot.special),
            score = fmt_score(tot.score),
            full = fmt_score(tot.full_marks)
        )
    );
    s.push('\n');

    // Money: a table of label, amount and how it was worked out. Fines are shown as the amount
    // fined; the adjustment's line says it is taken off.
    let p = &st.pay;
    let [ypp_work, ypp_attendance, ypp_hygiene, ypp_special] = p.yuan_per_point;
    let _ = writeln!(s, "{}", tr!(lang, "explain-pay", status = &ag.status.name));
    let not_paid = tr!(lang, "explain-not-paid");
    let mut pay = Table::headless(vec![false, true, false]).indent(2);
    let mut line = |id: &str, amount: Decimal, how: String| pay.row(vec![crate::i18n::text(lang, id, None), fmt_money(amount), how]);
    line("pay-base-salary", p.base_salary, String::new());
    line("pay-allowance", p.allowance.amount, if p.allowance.paid { String::new() } else { not_paid.clone() });
    line(
        "pay-appraisal-wage",
        p.appraisal_wage.amount,
        if p.appraisal_wage.paid { format!("{} × {}", fmt_score(tot.work), fmt_score(ypp_work)) } else { not_paid.clone() },
    );
    line(
        "pay-attendance-bonus",
        p.attendance_bonus.amount,
        if p.attendance_bonus.paid {
            format!(
                "{} × {} + {} × {}",
                fmt_score(tot.attendance),
                fmt_score(ypp_attendance),
                fmt_score(tot.hygiene),
                fmt_score(ypp_hygiene)
            )
        } else {
            not_paid.clone()
        },
    );
    line(
        "pay-special-bonus",
        p.special_bonus.amount,
        if p.special_bonus.paid { format!("{} × {}", fmt_score(tot.special), fmt_score(ypp_special)) } else { not_paid.clone() },
    );
    let rewards_how = if !p.rewards.paid {
        not_paid.clone()
    } else {
        let mut parts = Vec::new();
        if p.full_marks_reward > Decimal::ZERO {
            parts.push(tr!(lang, "explain-full-marks-reward", amount = fmt_money(p.full_marks_reward)));
        }
        if p.run_reward > Decimal::ZERO {
            parts.push(tr!(lang, "explain-run-reward", amount = fmt_money(p.run_reward), run = st.run.full_marks_run));
        }
        parts.join(" + ")
    };
    line("pay-rewards", p.rewards.amount, rewards_how);
    line("pay-fines", p.fines, String::new());
    let mut fines = Vec::new();
    for f in &p.fine_lines {
        let by =
            if f.approved_by.is_empty() { String::new() } else { format!("  {}", tr!(lang, "explain-approved-by", name = &f.approved_by)) };
        fines.push(format!("        {}  {}  {}  {}{}{by}", f.place, f.date, f.kind.name, fmt_money(f.amount), quoted(&f.note)));
    }
    line("pay-adjustment", p.pay_adjustment, tr!(lang, "explain-adjustment-how"));
    line("pay-gross", p.gross_pay, tr!(lang, "explain-gross-how"));
    // The fine rows go under the fines line: the table is rendered, then split after it.
    let rendered = pay.render();
    let mut lines: Vec<&str> = rendered.lines().collect();
    let tail = lines.split_off(7.min(lines.len()));
    for l in lines {
        let _ = writeln!(s, "{l}");
    }
    for l in &fines {
        let _ = writeln!(s, "{l}");
    }
    for l in tail {
        let _ = writeln!(s, "{l}");
    }
    s.push('\n');

    // Run and actions.
    let run = &st.run;
    if !ag.on_post {
        let _ = writeln!(s, "{}", tr!(lang, "explain-not-on-post"));
    } else {
        let months = if run.run_months.is_empty() { String::new() } else { run.run_months.join(&list_sep(lang)) };
        let line = if months.is_empty() {
            tr!(lang, "explain-run", run = run.full_marks_run)
        } else {
            tr!(lang, "explain-run-months", run = run.full_marks_run, months = months)
        };
        let _ = writeln!(s, "{line}");
        if run.full_marks_month {
            let _ = writeln!(s, "{}", tr!(lang, "explain-year-full", count = run.year_full_count));
        }
        if let Some((month, work)) = &run.previous {
            let _ = writeln!(s, "{}", tr!(lang, "explain-previous", month = month, score = fmt_score(*work)));
        }
    }
    if st.actions.is_empty() {
        let _ = writeln!(s, "{}", tr!(lang, "explain-actions-none"));
    } else {
        let _ = writeln!(s, "{}", tr!(lang, "explain-actions"));
        for action in &st.actions {
            let _ = writeln!(s, "  {}", action.name);
        }
    }
    if !st.appeals.is_empty() {
        let _ = writeln!(s, "\n{}", tr!(lang, "explain-appeals"));
        for a in &st.appeals {
            let _ = writeln!(s, "  {}  {}  {}  {}", a.place, a.date, a.leaf, appeal_text(a, lang));
        }
    }
    s
}

/// One row behind a leaf, on one line.
fn evidence(row: &EvidenceLine, lang: Lang) -> String {
    let mark = if !row.counted {
        tr!(lang, "explain-not-counted")
    } else if row.lost.is_zero() {
        // Past the leaf's cap a row costs nothing more.
        "0".to_string()
    } else {
        format!("−{}", fmt_score(row.lost))
    };
    let mut line = if row.kind == "survey" {
        format!(
            "{}  {}  {} {}  {}",
            row.place,
            row.date,
            row.source.name,
            row.customer,
            tr!(lang, "explain-survey-rating", rating = u32::from(row.rating.unwrap_or_default()), topic = &row.topic.name)
        )
    } else {
        let mut line = format!("{}  {}  {}", row.place, row.date, row.source.name);
        if !row.inspector.is_empty() {
            let _ = write!(line, "  {}", tr!(lang, "explain-inspector", name = &row.inspector));
        }
        if row.misses != 1 {
            let _ = write!(line, "  {}", tr!(lang, "explain-misses", count = row.misses));
        }
        line.push_str(&quoted(&row.note));
        line
    };
    let _ = write!(line, "  {mark}");
    if row.appealed() && row.counted {
        let _ = write!(line, "  ({})", appeal_text(row, lang));
    }
    line
}

/// `appeal pending`, `appeal rejected by 王经理 on 2026-10-30: “…”`.
pub fn appeal_text(row: &EvidenceLine, lang: Lang) -> String {
    let mut s = row.appeal.name.clone();
    if !row.decided_by.is_empty() {
        let _ = write!(s, " {}", tr!(lang, "explain-decided-by", name = &row.decided_by));
    }
    if let Some(d) = row.decided_on {
        let _ = write!(s, " {}", tr!(lang, "explain-decided-on", date = d.to_string()));
    }
    if !row.appeal_note.is_empty() {
        let _ = write!(s, "{}", tr!(lang, "explain-appeal-note", note = &row.appeal_note));
    }
    s
}

/// Why the special award was or was not earned, with the awards' names (never their codes).
pub fn special_reason(reason: &SpecialReason, kinds: &[Named], work: Decimal, min: Decimal, lang: Lang) -> String {
    let name = |code: &str| kinds.iter().find(|k| k.code == code).map_or_else(|| code.to_string(), |k| k.name.clone());
    match reason {
        SpecialReason::NoAwards => tr!(lang, "explain-special-none"),
        SpecialReason::Earned { kind, count, needed } => tr!(
            lang,
            "explain-special-earned",
            kind = name(kind),
            count = u64::from(*count),
            needed = u64::from(*needed),
            work = fmt_score(work),
            min = fmt_score(min)
        ),
        SpecialReason::NotEnough { counts } => {
            let list: Vec<String> = counts
                .iter()
                .map(|(k, c, n)| tr!(lang, "explain-special-count", kind = name(k), count = u64::from(*c), needed = u64::from(*n)))
                .collect();
            tr!(lang, "explain-special-not-enough", list = list.join(&list_sep(lang)))
        }
        SpecialReason::WorkBelow { kind, work, min } => {
            tr!(lang, "explain-special-work-below", kind = name(kind), work = fmt_score(*work), min = fmt_score(*min))
        }
    }
}
