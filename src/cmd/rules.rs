//! `kaohe rules`: prints the rules in force as a readable table, noting points no leaf covers.

use std::fmt::Write;
use std::path::Path;

use crate::error::Result;
use crate::lang::Lang;
use crate::num::{fmt_money, fmt_score};
use crate::rules::Rules;

pub fn run(rules_path: Option<&Path>, lang: Lang) -> Result<()> {
    let rules = Rules::load(rules_path)?;
    print!("{}", render(&rules, lang));
    Ok(())
}

/// The rules as text.
pub fn render(r: &Rules, lang: Lang) -> String {
    let t = |en: &'static str, zh: &'static str| lang.pick(en, zh);
    let mut s = String::new();
    let _ = writeln!(s, "{} — {}", lang.pick(&r.scheme.name_en, &r.scheme.name_zh), r.source_name);
    let _ = writeln!(s, "sha256 {}", r.hash);
    let _ = writeln!(
        s,
        "{}: {} = {} {} + {} {} + {} {} + {} {}\n",
        t("Total", "總分"),
        fmt_score(r.total_full_marks()),
        fmt_score(r.scheme.work_full_marks),
        t("work", "工作"),
        fmt_score(r.attendance.attendance_max),
        t("attendance", "出勤"),
        fmt_score(r.attendance.hygiene_max),
        t("hygiene", "衛生"),
        fmt_score(r.special.points),
        t("special", "特殊獎勵")
    );
    let _ = writeln!(
        s,
        "{}",
        t("Work score: leaves (lost = min(points, per miss × misses))", "工作考核:考核項(扣分 = min(分值, 每次扣分 × 次數))")
    );
    let _ = writeln!(s, "  {:<5} {:>6} {:>9}  {}", t("code", "代碼"), t("points", "分值"), t("per miss", "每次"), t("leaf", "項目"));
    for item in &r.items {
        let _ = writeln!(s, "  {} {} ({})", item.number, lang.pick(&item.en, &item.zh), fmt_score(item.points));
        for l in r.leaves.iter().filter(|l| l.item == item.number) {
            let _ = writeln!(s, "  {:<5} {:>6} {:>9}  {} / {}", l.code, fmt_score(l.points), fmt_score(l.per_miss), l.zh, l.en);
        }
    }
    let covered: rust_decimal::Decimal = r.leaves.iter().map(|l| l.points).sum();
    if r.uncovered_points() > rust_decimal::Decimal::ZERO {
        let _ = writeln!(
            s,
            "  {}",
            match lang {
                Lang::En => format!(
                    "note: the leaves cover {} of {} points; the other {} cannot be lost (SPEC 10.1)",
                    fmt_score(covered),
                    fmt_score(r.scheme.work_full_marks),
                    fmt_score(r.uncovered_points())
                ),
                Lang::Zh => format!(
                    "注意:考核項共 {} 分,滿分 {} 分;其餘 {} 分不會被扣",
                    fmt_score(covered),
                    fmt_score(r.scheme.work_full_marks),
                    fmt_score(r.uncovered_points())
                ),
            }
        );
    }
    let _ = writeln!(s, "\n{}", t("Surveys", "滿意度調查"));
    let _ = writeln!(
        s,
        "  {} ≥ {}, {} ≤ {}; {} {}–{}",
        t("satisfied", "滿意"),
        r.surveys.satisfied_at_least,
        t("dissatisfied", "不滿意"),
        r.surveys.dissatisfied_at_most,
        t("answers a month", "每月調查份數"),
        r.surveys.department_count_min,
        r.surveys.department_count_max
    );
    for topic in &r.surveys.topics {
        let effect = match &topic.leaf {
            Some(leaf) => format!("{} → {leaf}", t("a dissatisfied answer adds a miss", "不滿意加一次")),
            None => t("counts toward the rate only", "只計入滿意率").to_string(),
        };
        let _ = writeln!(s, "  {:<10} {} / {}: {effect}", topic.code, topic.zh, topic.en);
    }
    let _ = writeln!(
        s,
        "\n{}: {} {} + {} {} ({})",
        t("Attendance and hygiene", "出勤和衛生"),
        t("attendance", "出勤"),
        fmt_score(r.attendance.attendance_max),
        t("hygiene", "衛生"),
        fmt_score(r.attendance.hygiene_max),
        t("never below 0", "最低為 0")
    );
    for k in &r.attendance.kinds {
        let policy = if k.policy { t("  (company policy)", "(公司制度)") } else { "" };
        let _ = writeln!(s, "  {:<13} {:<10} −{}  {} / {}{policy}", k.code, k.category.code(), fmt_score(k.points), k.zh, k.en);
    }
    let _ = writeln!(
        s,
        "\n{}: {} {}, {} ≥ {}",
        t("Special contribution", "特殊獎勵"),
        fmt_score(r.special.points),
        t("points", "分"),
        t("work score", "工作考核"),
        fmt_score(r.special.min_work_score)
    );
    for k in &r.special.awards {
        let _ = writeln!(s, "  {:<20} {} {}  {} / {}", k.code, t("needs", "需"), k.needed, k.zh, k.en);
    }
    let ypp = &r.pay.yuan_per_point;
    let _ = writeln!(
        s,
        "\n{}: {} {}, {} {}, {} {}, {} {}",
        t("Yuan per point", "每分金額"),
        t("work", "工作"),
        fmt_money(ypp.work),
        t("attendance", "出勤"),
        fmt_money(ypp.attendance),
        t("hygiene", "衛生"),
        fmt_money(ypp.hygiene),
        t("special", "特殊"),
        fmt_money(ypp.special)
    );
    let _ = writeln!(
        s,
        "{}: {} {}; {} {} {} {}",
        t("Rewards", "獎勵"),
        t("full marks", "滿分"),
        fmt_money(r.rewards.full_marks),
        t("every run of", "每連續"),
        r.rewards.run_length,
        t("full-marks months", "個月滿分"),
        fmt_money(r.rewards.run_reward)
    );
    let a = &r.actions;
    let _ = writeln!(
        s,
        "{}: dept_praise {}; company_praise {} {}; raise_review {} {} / {} {}; retrain < {}; reassign_review < {} {}",
        t("Actions", "處理"),
        t("at full marks", "滿分"),
        t("runs of", "連續"),
        a.company_praise_run,
        t("runs of", "連續"),
        a.raise_run,
        t("full-marks month no.", "本年第"),
        a.raise_year_count,
        fmt_score(a.retrain_below),
        fmt_score(a.reassign_below),
        t("two months running", "連續兩個月")
    );
    let _ = writeln!(s, "\n{}", t("Fines (apply in every status)", "罰款(所有狀態適用)"));
    for p in &r.penalties {
        let range = match (p.max, p.default) {
            (Some(max), Some(d)) if max == p.min => format!("{} ({} {})", fmt_money(max), t("fixed; default", "固定;預設"), fmt_money(d)),
            (Some(max), Some(d)) => format!("{}–{} ({} {})", fmt_money(p.min), fmt_money(max), t("default", "預設"), fmt_money(d)),
            (Some(max), None) => format!("{}–{}", fmt_money(p.min), fmt_money(max)),
            (None, _) => format!("≥ {} ({})", fmt_money(p.min), t("amount required", "必須填寫金額")),
        };
        let _ = writeln!(s, "  {:<20} {range}  {} / {}", p.code, p.zh, p.en);
    }
    let _ = writeln!(s, "\n{}", t("What each status is paid", "各狀態發放"));
    for (code, sp) in [("regular", &r.pay.regular), ("probation", &r.pay.probation), ("training", &r.pay.training)] {
        let mut parts = vec![t("base", "基本工資")];
        for (yes, en, zh) in [
            (sp.allowance, "allowance", "補助"),
            (sp.appraisal_wage, "appraisal wage", "考核工資"),
            (sp.attendance_bonus, "attendance bonus", "出勤獎金"),
            (sp.special_bonus, "special bonus", "特殊獎金"),
            (sp.rewards, "rewards", "獎勵"),
        ] {
            if yes {
                parts.push(lang.pick(en, zh));
            }
        }
        let post = if sp.on_post { "" } else { t("  (not on the post: no actions or runs)", "(未上崗:不計處理和連續滿分)") };
        let _ = writeln!(s, "  {:<10} {} − {}{post}", code, parts.join(" + "), t("fines", "罰款"));
    }
    let windows: Vec<String> = r.sampling.windows.iter().map(|[a, b]| format!("{a}–{b}")).collect();
    let _ = writeln!(s, "\n{}: {}", t("Spot-check windows (days)", "抽查時段(日)"), windows.join(", "));
    let _ = writeln!(s, "{}: {} {}", t("Rounding", "取整"), r.rounding.strategy, r.rounding.money_places);
    s
}
