//! The statement on the terminal (SPEC 5 `explain`): the [`Statement`] model rendered as text —
//! every item and leaf with the points lost and the rows behind them, attendance and hygiene, the
//! special award and why, fines, the money line by line for the agent's status, the run, the
//! actions and the appeals. Holds no rule of the scheme.

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::score::SpecialReason;
use crate::statement::{EvidenceLine, Named, Statement};

/// Renders a statement as text.
pub fn text(st: &Statement, lang: Lang) -> String {
    let t = |en: &'static str, zh_text: &'static str| lang.pick(en, zh_text);
    let mut s = String::new();
    let ag = &st.agent;
    let _ = writeln!(
        s,
        "{} {} — {} {} ({}, {})",
        t("Appraisal statement", "考核明細"),
        st.month,
        ag.id,
        ag.name,
        if ag.team.is_empty() { "-" } else { &ag.team },
        ag.status.name
    );
    let _ = writeln!(s, "{}: {} ({})", t("Rules", "規則"), st.rules.name, st.rules.source);
    let _ = writeln!(s, "{}: {}", t("Roster row", "名冊行"), ag.roster_row);
    s.push('\n');

    // Work score.
    let w = &st.work;
    let _ = writeln!(s, "{} {} / {}", t("Work score", "工作考核"), fmt_score(w.score), fmt_score(w.full_marks));
    for item in &w.items {
        let _ = writeln!(s, "  {} {} ({}): {} {}", item.number, item.name, fmt_score(item.points), t("lost", "扣"), fmt_score(item.lost));
        for leaf in &item.leaves {
            if leaf.rows.is_empty() {
                let _ = writeln!(s, "    {:<3} {} ({}): {}", leaf.code, leaf.name, fmt_score(leaf.points), fmt_score(leaf.lost));
                continue;
            }
            let cap_note = if leaf.capped { t(", capped at the leaf's points", ",以該項分值為上限") } else { "" };
            let _ = writeln!(
                s,
                "    {:<3} {} ({}): {} {} × {} {} → {} {}{cap_note}",
                leaf.code,
                leaf.name,
                fmt_score(leaf.points),
                leaf.misses,
                t("misses", "次"),
                fmt_score(leaf.per_miss),
                t("per miss", "分/次"),
                t("lost", "扣"),
                fmt_score(leaf.lost)
            );
            for row in &leaf.rows {
                let _ = writeln!(s, "        {}", evidence(row, lang));
            }
        }
    }
    if w.uncovered > Decimal::ZERO {
        let _ = writeln!(
            s,
            "  {}",
            match lang {
                Lang::En => format!(
                    "({} of the {} points are covered by no leaf and cannot be lost)",
                    fmt_score(w.uncovered),
                    fmt_score(w.full_marks)
                ),
                Lang::Zh | Lang::ZhTw => format!("({} 分沒有對應的考核項,不會被扣)", fmt_score(w.uncovered)),
            }
        );
    }
    let month_number = st.month.get(5..7).unwrap_or("");
    let days: Vec<String> = st.samples.days.iter().map(|d| format!("{month_number}-{d:02}")).collect();
    let _ = writeln!(
        s,
        "  {}: {} ({})",
        t("Spot-check dates", "抽查日期"),
        st.samples.count,
        if days.is_empty() { "-".into() } else { days.join(", ") }
    );
    match st.satisfaction.rate {
        Some(rate) => {
            let _ = writeln!(
                s,
                "  {}: {} / {} {} = {}",
                t("Survey answers satisfied", "滿意度"),
                st.satisfaction.satisfied,
                st.satisfaction.answers,
                t("answers", "份"),
                rate
            );
        }
        None => {
            let _ = writeln!(s, "  {}: -", t("Survey answers", "滿意度調查"));
        }
    }
    for sv in &st.other_surveys {
        let _ = writeln!(
            s,
            "        {}  {}  {}  {} {} ({}) {}",
            sv.place,
            sv.date,
            sv.customer,
            t("rating", "評價"),
            sv.rating,
            sv.topic,
            t("no points", "不扣分")
        );
    }
    s.push('\n');

    // Attendance and hygiene.
    for (label, sub) in [(t("Attendance", "出勤"), &st.attendance), (t("Hygiene", "衛生"), &st.hygiene)] {
        let floor = if sub.deducted > sub.max { t(" (never below 0)", "(最低為 0)") } else { "" };
        let _ = writeln!(s, "{label} {} − {} = {}{floor}", fmt_score(sub.max), fmt_score(sub.deducted), fmt_score(sub.score));
        for e in &sub.entries {
            let kind = if e.kind.name.is_empty() { "-" } else { &e.kind.name };
            let note = if e.note.is_empty() { String::new() } else { format!("  “{}”", e.note) };
            let _ = writeln!(s, "        {}  {}  {kind}  −{}{note}", e.place, e.date, fmt_score(e.points));
        }
    }
    s.push('\n');

    // Special award.
    let sp = &st.special;
    let _ = writeln!(s, "{} {} / {}", t("Special contribution", "特殊獎勵"), fmt_score(sp.score), fmt_score(sp.points));
    let _ = writeln!(s, "  {}", special_reason(&sp.reason, &sp.award_kinds, w.score, sp.min_work_score, lang));
    for award in &sp.awards {
        let by =
            if award.approved_by.is_empty() { String::new() } else { format!("  {} {}", t("approved by", "批准人"), award.approved_by) };
        let note = if award.note.is_empty() { String::new() } else { format!("  “{}”", award.note) };
        let _ = writeln!(s, "        {}  {}  {}{note}{by}", award.place, award.date, award.kind.name);
    }
    s.push('\n');
    let tot = &st.total;
    let _ = writeln!(
        s,
        "{} {} + {} + {} + {} = {} / {}",
        t("Total score", "考核總分"),
        fmt_score(tot.work),
        fmt_score(tot.attendance),
        fmt_score(tot.hygiene),
        fmt_score(tot.special),
        fmt_score(tot.score),
        fmt_score(tot.full_marks)
    );
    s.push('\n');

    // Money.
    let p = &st.pay;
    let [ypp_work, ypp_attendance, ypp_hygiene, ypp_special] = p.yuan_per_point;
    let _ = writeln!(s, "{} ({})", t("Pay", "工資"), ag.status.name);
    let not_paid = t("not paid in this status", "此狀態不發");
    let line = |s: &mut String, label: &str, amount: Decimal, how: String| {
        let _ = writeln!(s, "  {label:<20}{:>12}  {how}", fmt_money(amount));
    };
    line(&mut s, t("base salary", "基本工資"), p.base_salary, String::new());
    line(&mut s, t("allowance", "補助"), p.allowance.amount, if p.allowance.paid { String::new() } else { not_paid.into() });
    line(
        &mut s,
        t("appraisal wage", "考核工資"),
        p.appraisal_wage.amount,
        if p.appraisal_wage.paid { format!("{} × {}", fmt_score(tot.work), fmt_score(ypp_work)) } else { not_paid.into() },
    );
    line(
        &mut s,
        t("attendance bonus", "出勤獎金"),
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
            not_paid.into()
        },
    );
    line(
        &mut s,
        t("special bonus", "特殊獎金"),
        p.special_bonus.amount,
        if p.special_bonus.paid { format!("{} × {}", fmt_score(tot.special), fmt_score(ypp_special)) } else { not_paid.into() },
    );
    let rewards_how = if !p.rewards.paid {
        not_paid.to_string()
    } else {
        let mut parts = Vec::new();
        if p.full_marks_reward > Decimal::ZERO {
            parts.push(format!("{} {}", fmt_money(p.full_marks_reward), t("full marks", "滿分獎勵")));
        }
        if p.run_reward > Decimal::ZERO {
            parts.push(match lang {
                Lang::En => format!("{} for a run of {} full-marks months", fmt_money(p.run_reward), st.run.full_marks_run),
                Lang::Zh | Lang::ZhTw => format!("{} 連續 {} 個月滿分", fmt_money(p.run_reward), st.run.full_marks_run),
            });
        }
        parts.join(" + ")
    };
    line(&mut s, t("rewards", "獎勵"), p.rewards.amount, rewards_how);
    line(&mut s, t("fines", "罰款"), -p.fines, String::new());
    for f in &p.fine_lines {
        let note = if f.note.is_empty() { String::new() } else { format!("  “{}”", f.note) };
        let by = if f.approved_by.is_empty() { String::new() } else { format!("  {} {}", t("approved by", "批准人"), f.approved_by) };
        let _ = writeln!(s, "        {}  {}  {}  −{}{note}{by}", f.place, f.date, f.kind.name, fmt_money(f.amount));
    }
    line(
        &mut s,
        t("pay adjustment", "考核增減"),
        p.pay_adjustment,
        t("appraisal + attendance + special + rewards − fines", "考核工資+出勤獎金+特殊獎金+獎勵−罰款").into(),
    );
    line(&mut s, t("gross pay", "應發工資"), p.gross_pay, t("base + allowance + adjustment", "基本工資+補助+考核增減").into());
    s.push('\n');

    // Run and actions.
    let run = &st.run;
    if !ag.on_post {
        let _ = writeln!(
            s,
            "{}",
            t("In training: not yet on the post — no actions, not a full-marks month.", "培訓期:尚未上崗,不計處理,不計滿分月。")
        );
    } else {
        let _ = writeln!(
            s,
            "{}: {}{}",
            t("Full-marks run", "連續滿分月數"),
            run.full_marks_run,
            if run.run_months.is_empty() { String::new() } else { format!(" ({})", run.run_months.join(", ")) }
        );
        if run.full_marks_month {
            let _ = writeln!(s, "{}: {}", t("Full-marks months this year", "本年滿分月數"), run.year_full_count);
        }
        if let Some((month, work)) = &run.previous {
            let _ = writeln!(s, "{} {month}: {} {}", t("Previous month", "上月"), t("work score", "工作考核"), fmt_score(*work));
        }
    }
    if st.actions.is_empty() {
        let _ = writeln!(s, "{}: {}", t("Actions", "處理"), t("none", "無"));
    } else {
        let _ = writeln!(s, "{}:", t("Actions", "處理"));
        for action in &st.actions {
            let _ = writeln!(s, "  {} — {}", action.code, action.name);
        }
    }
    if !st.appeals.is_empty() {
        let _ = writeln!(s, "\n{}:", t("Appeals", "申诉"));
        for a in &st.appeals {
            let _ = writeln!(s, "  {}  {}  {}  {}", a.place, a.date, a.leaf, appeal_text(a, lang));
        }
    }
    s
}

/// One row behind a leaf, on one line.
fn evidence(row: &EvidenceLine, lang: Lang) -> String {
    let t = |en: &'static str, zh: &'static str| lang.pick(en, zh);
    let mark = if !row.counted {
        t("not counted (void: appeal upheld)", "不計(作廢:申訴成立)").to_string()
    } else {
        format!("−{}", fmt_score(row.lost))
    };
    let mut line = if row.kind == "survey" {
        format!(
            "{}  {}  {} {}  {} {} ({})",
            row.place,
            row.date,
            t("survey", "滿意度調查"),
            row.customer,
            t("rating", "評價"),
            row.rating.unwrap_or_default(),
            row.topic
        )
    } else {
        let mut line = format!("{}  {}  {}", row.place, row.date, row.source.name);
        if !row.inspector.is_empty() {
            let _ = write!(line, "  {} {}", t("inspector", "檢查人"), row.inspector);
        }
        if row.misses != 1 {
            let _ = write!(line, "  {} {}", t("misses", "次數"), row.misses);
        }
        if !row.note.is_empty() {
            let _ = write!(line, "  “{}”", row.note);
        }
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
    let mut s = match lang {
        Lang::En => format!("appeal {}", row.appeal.code),
        Lang::Zh | Lang::ZhTw => format!("申诉{}", row.appeal.name),
    };
    if !row.decided_by.is_empty() {
        let _ = write!(s, " {} {}", lang.pick("by", "裁定人"), row.decided_by);
    }
    if let Some(d) = row.decided_on {
        let _ = write!(s, " {} {d}", lang.pick("on", "于"));
    }
    if !row.appeal_note.is_empty() {
        let _ = write!(s, ": “{}”", row.appeal_note);
    }
    s
}

/// Why the special award was or was not earned.
pub fn special_reason(reason: &SpecialReason, kinds: &[Named], work: Decimal, min: Decimal, lang: Lang) -> String {
    let name = |code: &str| kinds.iter().find(|k| k.code == code).map_or_else(|| code.to_string(), |k| k.name.clone());
    match (reason, lang) {
        (SpecialReason::NoAwards, Lang::En) => "no awards this month".to_string(),
        (SpecialReason::NoAwards, Lang::Zh | Lang::ZhTw) => "本月沒有獎勵記錄".to_string(),
        (SpecialReason::Earned { kind, count, needed }, Lang::En) => {
            let kind = name(kind);
            format!("earned: {kind} × {count} ({needed} needed); work score {} ≥ {}", fmt_score(work), fmt_score(min))
        }
        (SpecialReason::Earned { kind, count, needed }, Lang::Zh | Lang::ZhTw) => {
            let kind = name(kind);
            format!("獲得:{kind} {count} 次(需 {needed} 次);工作考核 {} ≥ {}", fmt_score(work), fmt_score(min))
        }
        (SpecialReason::NotEnough { counts }, Lang::En) => {
            let list: Vec<String> = counts.iter().map(|(k, c, n)| format!("{} × {c} ({n} needed)", name(k))).collect();
            format!("not earned: {}", list.join(", "))
        }
        (SpecialReason::NotEnough { counts }, Lang::Zh | Lang::ZhTw) => {
            let list: Vec<String> = counts.iter().map(|(k, c, n)| format!("{} {c} 次(需 {n} 次)", name(k))).collect();
            format!("未獲得:{}", list.join(","))
        }
        (SpecialReason::WorkBelow { kind, work, min }, Lang::En) => {
            let kind = name(kind);
            format!(
                "not earned: an award for “{kind}” needs the month's work done (work score {} is below {})",
                fmt_score(*work),
                fmt_score(*min)
            )
        }
        (SpecialReason::WorkBelow { kind, work, min }, Lang::Zh | Lang::ZhTw) => {
            let kind = name(kind);
            format!("未獲得:“{kind}”獎勵以完成本職工作為前提(工作考核 {} 低於 {})", fmt_score(*work), fmt_score(*min))
        }
    }
}
