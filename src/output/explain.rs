//! The supervisor's statement for one agent (SPEC 5 `explain`): every item and leaf with the
//! points lost and the rows behind them, attendance and hygiene, the special award and why,
//! fines, the money line by line for the agent's status, the run and the actions.

use std::fmt::Write;

use rust_decimal::Decimal;

use crate::lang::Lang;
use crate::model::MonthData;
use crate::num::{fmt_money, fmt_score};
use crate::rules::Rules;
use crate::score::{trace, Appraisal, EvidenceRecord, SpecialReason};

/// Renders the statement of one agent whose rows `data` kept.
pub fn statement(rules: &Rules, data: &MonthData, a: &Appraisal, lang: Lang) -> String {
    let records = data.records.of(a.index);
    let tr = trace(rules, records);
    let zh = lang == Lang::Zh;
    let t = |en: &'static str, zh_text: &'static str| lang.pick(en, zh_text);
    let mut s = String::new();
    let ag = &a.agent;
    let status = if zh { ag.status.zh().to_string() } else { ag.status.code().to_string() };
    let _ = writeln!(
        s,
        "{} {} — {} {} ({}, {})",
        t("Appraisal statement", "考核明細"),
        a.month,
        ag.id,
        ag.name,
        if ag.team.is_empty() { "-" } else { &ag.team },
        status
    );
    let _ = writeln!(s, "{}: {} ({})", t("Rules", "規則"), lang.pick(&rules.scheme.name_en, &rules.scheme.name_zh), rules.source_name);
    let _ = writeln!(s, "{}: {}", t("Roster row", "名冊行"), ag.origin.row_ref());
    s.push('\n');

    // Work score.
    let _ = writeln!(s, "{} {} / {}", t("Work score", "工作考核"), fmt_score(a.work.score), fmt_score(a.work.full_marks));
    for item in &rules.items {
        let leaves: Vec<(usize, &crate::rules::Leaf)> = rules.leaves.iter().enumerate().filter(|(_, l)| l.item == item.number).collect();
        let lost: Decimal = leaves.iter().map(|(i, l)| crate::score::leaf_lost(l, data.misses(a.index, *i))).sum();
        let _ = writeln!(
            s,
            "  {} {} ({}): {} {}",
            item.number,
            lang.pick(&item.en, &item.zh),
            fmt_score(item.points),
            t("lost", "扣"),
            fmt_score(lost)
        );
        for (i, def) in leaves {
            let name = lang.pick(&def.en, &def.zh);
            let Some(leaf) = tr.leaves.iter().find(|l| l.leaf == i) else {
                let _ = writeln!(s, "    {:<3} {name} ({}): 0", def.code, fmt_score(def.points));
                continue;
            };
            let capped = def.per_miss.checked_mul(Decimal::from(leaf.misses)).is_none_or(|c| c > def.points);
            let cap_note = if capped { t(", capped at the leaf's points", ",以該項分值為上限") } else { "" };
            let _ = writeln!(
                s,
                "    {:<3} {name} ({}): {} {} × {} {} → {} {}{cap_note}",
                def.code,
                fmt_score(def.points),
                leaf.misses,
                t("misses", "次"),
                fmt_score(def.per_miss),
                t("per miss", "分/次"),
                t("lost", "扣"),
                fmt_score(leaf.lost)
            );
            for e in &leaf.evidence {
                let mark = if !e.counted {
                    t("not counted (void: appeal upheld)", "不計(作廢:申訴成立)").to_string()
                } else {
                    format!("−{}", fmt_score(e.lost))
                };
                match &e.record {
                    EvidenceRecord::Finding(f) => {
                        let source = if zh { f.source.zh() } else { f.source.code() };
                        let mut line = format!("        {}  {}  {source}", data.row_ref(f.at), f.date);
                        if !f.inspector.is_empty() {
                            let _ = write!(line, "  {} {}", t("inspector", "檢查人"), f.inspector);
                        }
                        if f.misses != 1 {
                            let _ = write!(line, "  {} {}", t("misses", "次數"), f.misses);
                        }
                        if !f.note.is_empty() {
                            let _ = write!(line, "  “{}”", f.note);
                        }
                        let _ = writeln!(s, "{line}  {mark}");
                    }
                    EvidenceRecord::Survey(sv) => {
                        let _ = writeln!(
                            s,
                            "        {}  {}  {} {}  {} {} ({})  {mark}",
                            data.row_ref(sv.at),
                            sv.date,
                            t("survey", "滿意度調查"),
                            sv.customer,
                            t("rating", "評價"),
                            sv.rating,
                            rules.surveys.topics[sv.topic as usize].code
                        );
                    }
                }
            }
        }
    }
    let uncovered = rules.uncovered_points();
    if uncovered > Decimal::ZERO {
        let _ = writeln!(
            s,
            "  {}",
            match lang {
                Lang::En => format!(
                    "({} of the {} points are covered by no leaf and cannot be lost)",
                    fmt_score(uncovered),
                    fmt_score(a.work.full_marks)
                ),
                Lang::Zh => format!("({} 分沒有對應的考核項,不會被扣)", fmt_score(uncovered)),
            }
        );
    }
    let tally = &data.tallies[a.index as usize];
    let sample_dates: Vec<String> =
        (1..=31u32).filter(|d| tally.sample_days & (1 << (d - 1)) != 0).map(|d| format!("{:02}-{d:02}", a.month.month)).collect();
    let _ = writeln!(
        s,
        "  {}: {} ({})",
        t("Spot-check dates", "抽查日期"),
        a.samples,
        if sample_dates.is_empty() { "-".into() } else { sample_dates.join(", ") }
    );
    match a.satisfaction.rate {
        Some(rate) => {
            let _ = writeln!(
                s,
                "  {}: {} / {} {} = {}",
                t("Survey answers satisfied", "滿意度"),
                a.satisfaction.satisfied,
                a.satisfaction.answers,
                t("answers", "份"),
                rate
            );
        }
        None => {
            let _ = writeln!(s, "  {}: -", t("Survey answers", "滿意度調查"));
        }
    }
    for sv in &tr.other_surveys {
        let _ = writeln!(
            s,
            "        {}  {}  {}  {} {} ({}) {}",
            data.row_ref(sv.at),
            sv.date,
            sv.customer,
            t("rating", "評價"),
            sv.rating,
            rules.surveys.topics[sv.topic as usize].code,
            t("no points", "不扣分")
        );
    }
    s.push('\n');

    // Attendance and hygiene.
    for (label_en, label_zh, sub, entries) in
        [("Attendance", "出勤", &a.attendance, &tr.attendance), ("Hygiene", "衛生", &a.hygiene, &tr.hygiene)]
    {
        let floor = if sub.deducted > sub.max { t(" (never below 0)", "(最低為 0)") } else { "" };
        let _ = writeln!(
            s,
            "{} {} − {} = {}{floor}",
            lang.pick(label_en, label_zh),
            fmt_score(sub.max),
            fmt_score(sub.deducted),
            fmt_score(sub.score)
        );
        for e in entries.iter().map(|x| x.entry) {
            let kind = e.kind.map(|k| rules.attendance.kinds[k as usize].code.as_str()).unwrap_or("-");
            let note = if e.note.is_empty() { String::new() } else { format!("  “{}”", e.note) };
            let _ = writeln!(s, "        {}  {}  {kind}  −{}{note}", data.row_ref(e.at), e.date, fmt_score(e.points));
        }
    }
    s.push('\n');

    // Special award.
    let _ = writeln!(s, "{} {} / {}", t("Special contribution", "特殊獎勵"), fmt_score(a.special.score), fmt_score(rules.special.points));
    let reason = match (&a.special.reason, lang) {
        (SpecialReason::NoAwards, Lang::En) => "no awards this month".to_string(),
        (SpecialReason::NoAwards, Lang::Zh) => "本月沒有獎勵記錄".to_string(),
        (SpecialReason::Earned { kind, count, needed }, Lang::En) => {
            format!(
                "earned: {count} {kind} award(s), {needed} needed; work score {} ≥ {}",
                fmt_score(a.work.score),
                fmt_score(rules.special.min_work_score)
            )
        }
        (SpecialReason::Earned { kind, count, needed }, Lang::Zh) => {
            format!(
                "獲得:{kind} {count} 次(需 {needed} 次);工作考核 {} ≥ {}",
                fmt_score(a.work.score),
                fmt_score(rules.special.min_work_score)
            )
        }
        (SpecialReason::NotEnough { counts }, Lang::En) => {
            let list: Vec<String> = counts.iter().map(|(k, c, n)| format!("{k} {c} of {n} needed")).collect();
            format!("not earned: {}", list.join(", "))
        }
        (SpecialReason::NotEnough { counts }, Lang::Zh) => {
            let list: Vec<String> = counts.iter().map(|(k, c, n)| format!("{k} {c} 次(需 {n} 次)")).collect();
            format!("未獲得:{}", list.join(","))
        }
        (SpecialReason::WorkBelow { kind, work, min }, Lang::En) => {
            format!(
                "not earned: the {kind} award needs the month's work done (work score {} is below {})",
                fmt_score(*work),
                fmt_score(*min)
            )
        }
        (SpecialReason::WorkBelow { kind, work, min }, Lang::Zh) => {
            format!("未獲得:{kind} 獎勵以完成本職工作為前提(工作考核 {} 低於 {})", fmt_score(*work), fmt_score(*min))
        }
    };
    let _ = writeln!(s, "  {reason}");
    for award in &tr.awards {
        let by =
            if award.approved_by.is_empty() { String::new() } else { format!("  {} {}", t("approved by", "批准人"), award.approved_by) };
        let note = if award.note.is_empty() { String::new() } else { format!("  “{}”", award.note) };
        let kind = &rules.special.awards[award.kind as usize].code;
        let _ = writeln!(s, "        {}  {}  {kind}{note}{by}", data.row_ref(award.at), award.date);
    }
    s.push('\n');
    let _ = writeln!(
        s,
        "{} {} + {} + {} + {} = {} / {}",
        t("Total score", "考核總分"),
        fmt_score(a.work.score),
        fmt_score(a.attendance.score),
        fmt_score(a.hygiene.score),
        fmt_score(a.special.score),
        fmt_score(a.total_score),
        fmt_score(rules.total_full_marks())
    );
    s.push('\n');

    // Money.
    let p = &a.pay;
    let paid = rules.status_pay(ag.status);
    let ypp = &rules.pay.yuan_per_point;
    let _ = writeln!(s, "{} ({status})", t("Pay", "工資"));
    let not_paid = t("not paid in this status", "此狀態不發");
    let line = |s: &mut String, label: &str, amount: Decimal, how: String| {
        let _ = writeln!(s, "  {label:<20}{:>12}  {how}", fmt_money(amount));
    };
    line(&mut s, t("base salary", "基本工資"), p.base_salary, String::new());
    line(&mut s, t("allowance", "補助"), p.allowance, if paid.allowance { String::new() } else { not_paid.into() });
    line(
        &mut s,
        t("appraisal wage", "考核工資"),
        p.appraisal_wage,
        if paid.appraisal_wage { format!("{} × {}", fmt_score(a.work.score), fmt_score(ypp.work)) } else { not_paid.into() },
    );
    line(
        &mut s,
        t("attendance bonus", "出勤獎金"),
        p.attendance_bonus,
        if paid.attendance_bonus {
            format!(
                "{} × {} + {} × {}",
                fmt_score(a.attendance.score),
                fmt_score(ypp.attendance),
                fmt_score(a.hygiene.score),
                fmt_score(ypp.hygiene)
            )
        } else {
            not_paid.into()
        },
    );
    line(
        &mut s,
        t("special bonus", "特殊獎金"),
        p.special_bonus,
        if paid.special_bonus { format!("{} × {}", fmt_score(a.special.score), fmt_score(ypp.special)) } else { not_paid.into() },
    );
    let rewards_how = if !paid.rewards {
        not_paid.to_string()
    } else {
        let mut parts = Vec::new();
        if p.full_marks_reward > Decimal::ZERO {
            parts.push(format!("{} {}", fmt_money(p.full_marks_reward), t("full marks", "滿分獎勵")));
        }
        if p.run_reward > Decimal::ZERO {
            parts.push(match lang {
                Lang::En => format!("{} for a run of {} full-marks months", fmt_money(p.run_reward), a.run.full_marks_run),
                Lang::Zh => format!("{} 連續 {} 個月滿分", fmt_money(p.run_reward), a.run.full_marks_run),
            });
        }
        parts.join(" + ")
    };
    line(&mut s, t("rewards", "獎勵"), p.rewards, rewards_how);
    line(&mut s, t("fines", "罰款"), -p.fines, String::new());
    for pen in &tr.penalties {
        let k = &rules.penalties[pen.kind as usize];
        let kind = lang.pick(&k.en, &k.zh);
        let note = if pen.note.is_empty() { String::new() } else { format!("  “{}”", pen.note) };
        let by =
            if pen.approved_by.is_empty() { String::new() } else { format!("  {} {}", t("approved by", "批准人"), pen.approved_by) };
        let _ = writeln!(s, "        {}  {}  {kind}  −{}{note}{by}", data.row_ref(pen.at), pen.date, fmt_money(pen.amount));
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
    let run = &a.run;
    if !paid.on_post {
        let _ = writeln!(
            s,
            "{}",
            t("In training: not yet on the post — no actions, not a full-marks month (SPEC 1.6).", "培訓期:尚未上崗,不計處理,不計滿分月。")
        );
    } else {
        let months: Vec<String> = run.run_months.iter().map(|m| m.to_string()).collect();
        let _ = writeln!(
            s,
            "{}: {}{}",
            t("Full-marks run", "連續滿分月數"),
            run.full_marks_run,
            if months.is_empty() { String::new() } else { format!(" ({})", months.join(", ")) }
        );
        if run.full_marks_month {
            let _ = writeln!(s, "{}: {}", t("Full-marks months this year", "本年滿分月數"), run.year_full_count);
        }
        if let Some(prev) = &run.previous {
            let _ = writeln!(
                s,
                "{} {}: {} {}",
                t("Previous month", "上月"),
                prev.month,
                t("work score", "工作考核"),
                fmt_score(prev.work_score)
            );
        }
    }
    if a.actions.is_empty() {
        let _ = writeln!(s, "{}: {}", t("Actions", "處理"), t("none", "無"));
    } else {
        let _ = writeln!(s, "{}:", t("Actions", "處理"));
        for action in &a.actions {
            let _ = writeln!(s, "  {} — {}", action.code(), lang.pick(action.en(), action.zh()));
        }
    }
    s
}
