//! The calibration of the month's inspectors for people: a terminal table (`kaohe inspectors`)
//! and the cells of its sheet in `report.xlsx`. The figures and the test are
//! [`crate::calibration`]'s; this only lays them out.

use rust_decimal::Decimal;

use super::terminal::Table;
use crate::calibration::{Calibration, InspectorLine, TEST_NAME, TEST_NAME_ZH};
use crate::lang::Lang;
use crate::num::{fmt_percent, fmt_score};

pub const COLUMNS: [&str; 17] = [
    "inspector",
    "samples",
    "agents",
    "days",
    "findings",
    "findings/sample",
    "points lost",
    "points/sample",
    "most cited",
    "appealed",
    "overturned",
    "overturned share",
    "others' findings/sample",
    "rate ratio",
    "p-value",
    "adjusted p",
    "flag",
];

pub const COLUMNS_ZH: [&str; 17] = [
    "检查人",
    "抽查次数",
    "抽查人数",
    "天数",
    "问题数",
    "每次问题数",
    "扣分",
    "每次扣分",
    "最常引用",
    "申诉",
    "申诉成立",
    "推翻比例",
    "其他人每次问题数",
    "比率",
    "p 值",
    "校正 p 值",
    "标记",
];

pub fn columns(lang: Lang) -> [&'static str; 17] {
    match lang {
        Lang::En => COLUMNS,
        Lang::Zh | Lang::ZhTw => COLUMNS_ZH,
    }
}

/// The inspector's name, or what stands for rows with no inspector.
pub fn name(line: &InspectorLine, lang: Lang) -> String {
    if line.inspector.is_empty() {
        lang.pick("(no inspector given)", "(未填检查人)").to_string()
    } else {
        line.inspector.clone()
    }
}

/// `1d×5, 2a×3`.
pub fn top_leaves(line: &InspectorLine) -> String {
    line.top_leaves.iter().map(|(code, n)| format!("{code}×{n}")).collect::<Vec<_>>().join(", ")
}

/// The flag column: the direction when flagged, `-` when not tested.
pub fn flag(line: &InspectorLine, lang: Lang) -> &'static str {
    match &line.test {
        None => "-",
        Some(t) if !t.flagged => "",
        Some(t) if t.direction == "stricter" => lang.pick("STRICTER", "偏严"),
        Some(_) => lang.pick("MORE LENIENT", "偏松"),
    }
}

/// A p-value as people read it: four decimals, `<0.0001` below.
pub fn fmt_p(p: f64) -> String {
    if p < 0.0001 {
        "<0.0001".to_string()
    } else {
        format!("{p:.4}")
    }
}

fn opt(d: Option<Decimal>) -> String {
    d.map(fmt_score).unwrap_or_else(|| "-".into())
}

/// The table and what it means, for the terminal.
pub fn text(cal: &Calibration, month: &str, lang: Lang) -> String {
    let mut out = match lang {
        Lang::En => format!("Inspectors {month}: spot checks and findings by who checked\n\n"),
        Lang::Zh | Lang::ZhTw => format!("检查人 {month}:按检查人统计的抽查和问题\n\n"),
    };
    if cal.inspectors.is_empty() {
        out.push_str(lang.pick("No spot checks this month.\n", "本月没有抽查。\n"));
        return out;
    }
    let cols = columns(lang);
    let mut table = Table::new(cols.iter().enumerate().map(|(i, c)| (c.to_string(), !matches!(i, 0 | 8 | 16))).collect());
    for l in &cal.inspectors {
        let t = l.test.as_ref();
        table.row(vec![
            name(l, lang),
            l.samples.to_string(),
            l.agents.to_string(),
            l.days.to_string(),
            l.findings.to_string(),
            opt(l.findings_per_sample),
            fmt_score(l.points_lost),
            opt(l.points_per_sample),
            top_leaves(l),
            l.appealed.to_string(),
            l.overturned.to_string(),
            l.overturned_share.map(fmt_percent).unwrap_or_else(|| "-".into()),
            opt(t.and_then(|t| t.others_findings_per_sample)),
            opt(t.and_then(|t| t.rate_ratio)),
            t.map(|t| fmt_p(t.p_value)).unwrap_or_else(|| "-".into()),
            t.map(|t| fmt_p(t.adjusted_p)).unwrap_or_else(|| "-".into()),
            flag(l, lang).to_string(),
        ]);
    }
    out.push_str(&table.render());
    out.push('\n');
    for line in notes(cal, lang) {
        out.push_str(&line);
        out.push('\n');
    }
    out
}

/// What the table shows, in lines: who was flagged and how, or that no one was, then the test
/// and what a sample is.
pub fn notes(cal: &Calibration, lang: Lang) -> Vec<String> {
    let pick = |en: &str, zh: &str| lang.pick(en, zh).to_string();
    let mut notes = Vec::new();
    let flagged: Vec<&InspectorLine> = cal.flagged().collect();
    for l in &flagged {
        let t = l.test.as_ref().expect("a flagged line was tested");
        notes.push(match lang {
            Lang::En => format!(
                "{} cites {} findings per sample, the others {}: {} than chance explains (adjusted p = {}).",
                name(l, lang),
                opt(l.findings_per_sample),
                opt(t.others_findings_per_sample),
                if t.direction == "stricter" { "stricter" } else { "more lenient" },
                fmt_p(t.adjusted_p)
            ),
            Lang::Zh | Lang::ZhTw => format!(
                "{} 每次抽查 {} 个问题,其他人 {}:{},超出偶然能解释的范围(校正 p = {})。",
                name(l, lang),
                opt(l.findings_per_sample),
                opt(t.others_findings_per_sample),
                if t.direction == "stricter" { "偏严" } else { "偏松" },
                fmt_p(t.adjusted_p)
            ),
        });
    }
    if flagged.is_empty() && cal.tests > 0 {
        notes.push(pick(
            "No inspector's finding rate differs from the others' beyond chance.",
            "没有检查人的问题率与其他人的差异超出偶然范围。",
        ));
    }
    if cal.tests == 0 {
        notes.push(pick(
            "Only one inspector (or pair) took samples with findings this month: there is no one to compare with.",
            "本月只有一位检查人(或一组)的抽查有问题记录:无从比较。",
        ));
    }
    let (test, alpha) = (lang.pick(TEST_NAME, TEST_NAME_ZH), cal.alpha);
    notes.push(match lang {
        Lang::En => format!("Test: {test}; each inspector against all the others, flagged when the adjusted p < {alpha}."),
        Lang::Zh | Lang::ZhTw => format!("检验:{test};每位检查人与其他所有人比较,校正 p < {alpha} 时标记。"),
    });
    notes.push(pick("A sample is one agent spot-checked on one day.", "一次抽查 = 某天抽查某一位客服。"));
    notes.push(pick(
        "A row naming two people (主管+人事) is their joint judgment and counts for the pair, not for each.",
        "一行写了两个人(主管+人事)是两人共同的判断,按两人一组统计,不分别计入。",
    ));
    notes.push(match lang {
        Lang::En => format!("Findings from feedback and reviews ({}) are not spot checks and are left out.", cal.other_findings),
        Lang::Zh | Lang::ZhTw => format!("部门意见和主管评定的问题({} 条)不是抽查,不参与比较。", cal.other_findings),
    });
    notes
}
