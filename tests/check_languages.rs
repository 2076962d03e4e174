//! `kaohe check` in Chinese: Simplified for zh (zh-CN), Traditional for zh-TW — the problem, its
//! place (第8行「date」列, zh-TW 第8列…欄) and what to do, with no raw code, no English word and
//! no SPEC citation. And the sampling-gap warning names the rules' own windows.

mod common;

use std::path::Path;

use common::*;

fn problems(lang: &str) -> Vec<String> {
    let case = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/errors/many_mistakes");
    let out = kaohe_in(&case, &["check", "--month", "2026-10", "--input", "input", "--lang", lang]);
    assert_eq!(out.status.code(), Some(1));
    // The closing line ("kaohe: …") is the command's; the problems are the checks'.
    String::from_utf8_lossy(&out.stderr).lines().filter(|l| !l.starts_with("kaohe")).map(String::from).collect()
}

/// No code, English place word or SPEC citation in Chinese text (after the file's name and the
/// user's own column header).
fn assert_no_raw_codes(lines: &[String]) {
    for line in lines {
        assert!(line.contains('第') && line.contains(':'), "not a Chinese place: {line}");
        let line = line.split_once(':').map_or(line.as_str(), |(_, text)| text);
        for raw in ["row ", "column ", "late", "hygiene", "attendance", "production_chaos", "spot_check", "emergency", "SPEC", "is not"] {
            assert!(!line.contains(raw), "«{raw}» in «{line}»");
        }
    }
}

/// Each line of `want` is among the 12 problems `got`, none of which shows a raw code (the
/// fixture's own bad value `rumour` aside).
fn assert_problems(got: Vec<String>, want: &[&str]) {
    for line in want {
        assert!(got.iter().any(|g| g == line), "missing «{line}» in\n{}", got.join("\n"));
    }
    assert_eq!(got.len(), 12, "{got:#?}");
    let not_rumour: Vec<String> = got.into_iter().map(|l| l.replace("「rumour」", "")).collect();
    assert_no_raw_codes(&not_rumour);
}

#[test]
fn problems_in_simplified_chinese() {
    let got = problems("zh");
    let want = [
        "agents.csv 第4行「agent_id」列:工号 1001 已在名册第 2 行出现 — 每人只列一次:改正工号或删除此行",
        "agents.csv 第5行:此行有 7 格,标题行有 6 格 — 此行少了或多了分隔符(含逗号的值,如 \"¥3,000\",必须加引号);请修正,使每个值都在自己的列下",
        "attendance.csv 第3行「kind」列:事项「迟到」属于出勤,但此行类别是卫生 — 请改正类别或事项",
        "attendance.csv 第4行「points」列:此行既没有扣分也没有事项 — 请填写扣分,或有默认扣分的事项:迟到(0.5 分)、早退(0.5 分)、旷工(1 分)、卫生不合格(0.5 分)",
        "awards.csv 第3行「date」列:「2026/13/01」不是日期 — 日期请写成 2026-10-03、2026/10/03 或 2026年10月3日",
        "penalties.csv 第3行「amount」列:生产混乱罚款 250 超出范围 100–200 — 请填写 100–200 元之内的金额",
        "qa.csv 第8行「date」列:2026-09-30 不在 2026-10 月内 — 改正日期,或把此行移到所属月份的数据中",
        "qa.csv 第9行「agent_id」列:工号 1099 不在人员名册中 — 改正工号,或把此人加入人员表",
        "qa.csv 第11行「misses」列:次数 -2 是负数 — 请写正数",
        "qa.csv 第12行「source」列:「rumour」不是有效的来源 — 请使用其中之一:抽查、部门意见、主管评定",
        "surveys.csv 第12行「rating」列:评价「很好」不是 1–5 — 请写 1–5,或 非常满意/满意/一般/不满意/非常不满意",
    ];
    assert_problems(got, &want);
}

#[test]
fn problems_in_traditional_chinese() {
    let got = problems("zh-TW");
    let want = [
        "agents.csv 第4列「agent_id」欄:工號 1001 已在名冊第 2 列出現 — 每人只列一次:改正工號或刪除此列",
        "attendance.csv 第3列「kind」欄:事項「遲到」屬於出勤,但此列類別是衛生 — 請改正類別或事項",
        "awards.csv 第3列「date」欄:「2026/13/01」不是日期 — 日期請寫成 2026-10-03、2026/10/03 或 2026年10月3日",
        "qa.csv 第9列「agent_id」欄:工號 1099 不在人員名冊中 — 改正工號,或把此人加入人員表",
        "qa.csv 第12列「source」欄:「rumour」不是有效的來源 — 請使用其中之一:抽查、部門意見、主管評定",
    ];
    assert_problems(got, &want);
}

#[test]
fn a_choice_of_codes_lists_chinese_names_in_chinese() {
    let w = Workdir::new();
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}A1,张伟,一组,regular,3000,0\n"));
    w.write("m/qa.csv", &format!("{QA_HEADER}{}", clean_samples("A1")));
    w.write("m/awards.csv", "date,agent_id,kind\n2026-10-05,A1,birthday\n");
    w.write("m/attendance.csv", "date,agent_id,category,kind\n2026-10-05,A1,parking,\n");
    let zh = String::from_utf8_lossy(&w.kaohe(&["check", "--month", "2026-10", "--input", "m", "--lang", "zh"]).stderr).to_string();
    assert!(zh.contains(
        "awards.csv 第2行「kind」列:「birthday」不是有效的奖励类别 — 请使用其中之一:妥善处理突发事件、为公司挽回损失、培训成绩较好、多次得到客户直接表扬"
    ), "{zh}");
    assert!(zh.contains("attendance.csv 第2行「category」列:「parking」不是有效的类别 — 请使用其中之一:出勤、卫生"), "{zh}");
    let tw = String::from_utf8_lossy(&w.kaohe(&["check", "--month", "2026-10", "--input", "m", "--lang", "zh-TW"]).stderr).to_string();
    assert!(tw.contains("「birthday」不是有效的獎勵類別 — 請使用其中之一:妥善處理突發事件、為公司挽回損失"), "{tw}");
    assert!(tw.contains("attendance.csv 第2列「category」欄:「parking」不是有效的類別 — 請使用其中之一:出勤、衛生"), "{tw}");
    for text in [&zh, &tw] {
        for raw in ["emergency", "loss_recovery", "hygiene", "attendance (", "row ", "use one of"] {
            assert!(!text.replace("attendance.csv", "").contains(raw), "«{raw}» in\n{text}");
        }
    }
    // English still lists the codes.
    let en = String::from_utf8_lossy(&w.kaohe(&["check", "--month", "2026-10", "--input", "m", "--lang", "en"]).stderr).to_string();
    assert!(
        en.contains("attendance.csv:2:category: `parking` is not a known category — use one of: attendance (出勤), hygiene (卫生)"),
        "{en}"
    );
    // The Chinese names listed are accepted as values.
    w.write("m/awards.csv", "date,agent_id,kind\n2026-10-05,A1,妥善處理突發事件\n");
    w.write("m/attendance.csv", "date,agent_id,category,kind\n2026-10-05,A1,卫生,卫生不合格\n");
    w.write("m/surveys.csv", &department_surveys());
    w.ok(&["check", "--month", "2026-10", "--input", "m", "--lang", "zh"]);
}

#[test]
fn the_sampling_gap_names_the_rules_windows() {
    let w = Workdir::new();
    let default = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/default.toml")).unwrap();
    let halves = default.replace("windows = [[1, 10], [11, 20], [21, 31]]", "windows = [[1, 15], [16, 31]]");
    assert_ne!(default, halves);
    w.write("halves.toml", &halves);
    w.write("m/agents.csv", &format!("{AGENTS_HEADER}A1,张伟,一组,regular,3000,0\n"));
    w.write("m/qa.csv", &format!("{QA_HEADER}2026-10-03,A1,,,spot_check,李主管,,\n"));
    w.write("m/surveys.csv", &department_surveys());
    let run = |lang: &str| {
        let out = w.kaohe(&["check", "--month", "2026-10", "--input", "m", "--rules", "halves.toml", "--lang", lang]);
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stderr).to_string()
    };
    let en = run("en");
    assert!(
        en.contains("agent A1 张伟 has no spot check on days 16–31 of month 10 (the rules ask for one in each window of days 1–15, 16–31)"),
        "{en}"
    );
    assert!(!en.contains("10 days") && !en.contains("11–20"), "{en}");
    let zh = run("zh");
    assert!(zh.contains("A1 张伟 在 10月16日–31日 没有抽查(规则要求每个抽查时段各抽查一次:1–15日、16–31日)"), "{zh}");
    let tw = run("zh-TW");
    assert!(tw.contains("A1 张伟 在 10月16日–31日 沒有抽查(規則要求每個抽查時段各抽查一次:1–15日、16–31日)"), "{tw}");
    for text in [&zh, &tw] {
        assert!(!text.contains("sampling_gap") && !text.contains("spot check"), "{text}");
    }
}
