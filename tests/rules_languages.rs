//! A broken rules file in Chinese: Simplified for zh (zh-CN), Traditional for zh-TW — the file,
//! its line and column (第505行第1列, zh-TW 第505行第1欄), what is wrong and what to do, with no
//! English place word and no SPEC citation. And the built-in rules are named in Chinese.

mod common;

use std::path::Path;

use common::*;
use encoding_rs::GB18030;

fn default_rules() -> String {
    std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/default.toml")).unwrap()
}

/// The 1-based line of the first line of `text` holding `needle`.
fn line_of(text: &str, needle: &str) -> usize {
    text.lines().position(|l| l.contains(needle)).unwrap() + 1
}

/// The problem lines of `kaohe rules --rules FILE --lang LANG` (exit 1), without kaohe's own
/// closing line.
fn problems(w: &Workdir, file: &str, lang: &str) -> Vec<String> {
    let out = w.kaohe(&["rules", "--rules", file, "--lang", lang]);
    let stderr = String::from_utf8_lossy(&out.stderr).to_string();
    assert_eq!(out.status.code(), Some(1), "{file} {lang}: {stderr}");
    assert!(!stderr.contains("SPEC") && !stderr.contains("row ") && !stderr.contains("column "), "{stderr}");
    stderr.lines().filter(|l| !l.starts_with("kaohe")).map(String::from).collect()
}

#[test]
fn a_broken_rules_file_is_explained_in_simplified_and_traditional_chinese() {
    let w = Workdir::new();
    let default = default_rules();
    let neg = default.replacen("work = 20", "work = -20", 1);
    w.write("neg.toml", &neg);
    let pay = line_of(&neg, "[pay.yuan_per_point]");
    let unknown = default.replacen("per_miss = 1\n", "per_miss = 1\ncolour = \"red\"\n", 1);
    w.write("unknown.toml", &unknown);
    let colour = line_of(&unknown, "colour");
    let (gbk, _, _) = GB18030.encode(&default);
    w.write_bytes("gbk.toml", &gbk);
    let (line, column) =
        default.lines().enumerate().find_map(|(i, l)| l.chars().position(|c| !c.is_ascii()).map(|c| (i + 1, c + 1))).unwrap();

    assert_eq!(
        problems(&w, "neg.toml", "zh"),
        [format!("neg.toml 第{pay}行第1列:pay.yuan_per_point.work 是 -20,必须在 0 到 100000000 元之间 — 请填写范围内的值")]
    );
    assert_eq!(
        problems(&w, "neg.toml", "zh-TW"),
        [format!("neg.toml 第{pay}行第1欄:pay.yuan_per_point.work 是 -20,必須在 0 到 100000000 元之間 — 請填寫範圍內的值")]
    );
    assert_eq!(
        problems(&w, "unknown.toml", "zh"),
        [format!(
            "unknown.toml 第{colour}行第1列:未知的键 `colour` — 请删去它或改正拼写;这里可用的键:code、item、zh、en、zh_tw、points、per_miss"
        )]
    );
    assert_eq!(
        problems(&w, "unknown.toml", "zh-TW"),
        [format!(
            "unknown.toml 第{colour}行第1欄:未知的鍵 `colour` — 請刪去它或改正拼寫;這裡可用的鍵:code、item、zh、en、zh_tw、points、per_miss"
        )]
    );
    assert_eq!(
        problems(&w, "gbk.toml", "zh"),
        [format!(
            "gbk.toml 第{line}行第{column}列:无法读取规则文件:它不是 UTF-8 文本(是否存成了 GBK/ANSI?) — 请以 UTF-8 编码保存(记事本:另存为 → 编码:UTF-8),最好以 rules/default.toml 为底稿修改"
        )]
    );
    assert_eq!(
        problems(&w, "gbk.toml", "zh-TW"),
        [format!(
            "gbk.toml 第{line}行第{column}欄:無法讀取規則檔案:它不是 UTF-8 文字(是否存成了 GBK/ANSI?) — 請以 UTF-8 編碼儲存(記事本:另存為 → 編碼:UTF-8),最好以 rules/default.toml 為底稿修改"
        )]
    );
    // English keeps its wording and its `file:line:column` place.
    assert_eq!(
        problems(&w, "neg.toml", "en"),
        [format!("neg.toml:{pay}:1: pay.yuan_per_point.work is -20; it must be from 0 to 100000000 yuan — use a value within the range")]
    );
    // The closing line is in the language too.
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "m", "--rules", "unknown.toml", "--lang", "zh"]);
    assert_eq!(String::from_utf8_lossy(&out.stderr).lines().last(), Some("kaohe:发现 1 个问题;没有写入任何文件"));
}

#[test]
fn validation_problems_are_all_listed_in_chinese_with_their_lines() {
    let w = Workdir::new();
    let default = default_rules();
    let text = default.replacen("leaf = \"1e\"", "leaf = \"9z\"", 1).replacen("run_length = 3", "run_length = 0", 1);
    w.write("bad.toml", &text);
    let (topic, rewards) = (line_of(&text, "[[surveys.topics]]"), line_of(&text, "[rewards]"));
    let zh = problems(&w, "bad.toml", "zh");
    assert_eq!(zh.len(), 2, "{zh:#?}");
    assert!(
        zh.iter().any(|p| p.starts_with("bad.toml 第")
            && p.contains("列:调查类别 ")
            && p.contains("扣考核内容 9z 的分,但该考核内容没有定义 — 请填写 [[leaves]] 中的考核内容代码")),
        "{zh:#?}"
    );
    assert!(zh.contains(&format!("bad.toml 第{rewards}行第1列:rewards.run_length 是 0 — 例如 3")), "{zh:#?}");
    assert!(topic <= rewards);
    let tw = problems(&w, "bad.toml", "zh-TW");
    assert!(tw.iter().any(|p| p.contains("欄:調查類別 ") && p.contains("但該考核內容沒有定義")), "{tw:#?}");
}

#[test]
fn the_built_in_rules_are_named_in_chinese() {
    let w = Workdir::new();
    assert!(w.ok(&["rules", "--lang", "zh"]).starts_with("客服工作考核制度 — 内置规则 rules/default.toml\n"));
    assert!(w.ok(&["rules", "--lang", "zh-TW"]).starts_with("客服工作考核制度 — 內建規則 rules/default.toml\n"));
    assert!(w.ok(&["rules", "--lang", "en"]).contains(" — rules/default.toml (built in)\n"));
    // The month's statement (explain) and the ledger's history say it too; JSON keeps the name.
    let example = concat!(env!("CARGO_MANIFEST_DIR"), "/examples/2026-10");
    let explain = w.ok(&["explain", "--month", "2026-10", "--input", example, "--agent", "1003", "--lang", "zh"]);
    assert!(explain.contains("(内置规则 rules/default.toml)"), "{explain}");
    let tw = w.ok(&["explain", "--month", "2026-10", "--input", example, "--agent", "1003", "--lang", "zh-TW"]);
    assert!(tw.contains("(內建規則 rules/default.toml)"), "{tw}");
    w.ok(&["close", "--month", "2026-10", "--input", example, "--out", "out", "--lang", "zh"]);
    let history = w.ok(&["history", "--lang", "zh"]);
    assert!(history.contains("内置规则 rules/default.toml (") && !history.contains("built in"), "{history}");
    let versions = w.ok(&["history", "--month", "2026-10", "--lang", "zh-TW"]);
    assert!(versions.contains("內建規則 rules/default.toml") && !versions.contains("built in"), "{versions}");
    let json = w.ok(&["history", "--json", "--lang", "zh"]);
    assert!(json.contains("rules/default.toml (built in)"), "{json}");
}
