//! The appraisal scheme as typed data (SPEC 1 and 3). Loaded from TOML with unknown fields
//! refused, then checked once by small named validations; every problem names its line and
//! column in the rules file. The default scheme is compiled into the binary.

use std::collections::BTreeSet;
use std::path::Path;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::error::{KaoheError, Result};
use crate::lang::Lang;
use crate::model::{Category, Status};
use crate::num::decimal_from_f64;
use crate::problem::{Origin, Problem};
use crate::tr;

/// The default scheme, `rules/default.toml`, as shipped.
pub const DEFAULT_RULES: &str = include_str!("../rules/default.toml");
/// The built-in rules' name as the ledger stores it; people see [`shown_name`].
pub const DEFAULT_RULES_NAME: &str = "rules/default.toml (built in)";

/// A rules name as people read it in `lang`: the built-in rules are 内置规则 rules/default.toml
/// in Chinese; a file is its path. Machine outputs (JSON, the ledger) keep the name itself.
pub fn shown_name(name: &str, lang: Lang) -> String {
    match name == DEFAULT_RULES_NAME {
        true => tr!(lang, "rules-built-in", file = "rules/default.toml"),
        false => name.to_string(),
    }
}

/// The scheme in force.
#[derive(Debug, Clone)]
pub struct Rules {
    /// Where the rules came from, for statements and the ledger.
    pub source_name: String,
    /// SHA-256 of the rules text, recorded with every closed month.
    pub hash: String,
    /// The rules text itself: the ledger keeps it with every closed month, so that the month's
    /// own full marks and run rules can be reloaded from it (SPEC 4).
    pub text: String,
    pub scheme: Scheme,
    pub items: Vec<Item>,
    pub leaves: Vec<Leaf>,
    pub surveys: SurveyRules,
    pub attendance: AttendanceRules,
    pub special: SpecialRules,
    pub rewards: RewardRules,
    pub actions: ActionRules,
    pub penalties: Vec<PenaltyKind>,
    pub pay: PayRules,
    pub sampling: SamplingRules,
    pub rounding: Rounding,
}

/// Names in the language asked for: `en`, `zh` (Simplified), `zh_tw` (Traditional, else `zh`).
macro_rules! names {
    ($($t:ty),*) => {$(
        impl $t {
            pub fn name(&self, lang: crate::lang::Lang) -> &str {
                lang.name(&self.en, &self.zh, self.zh_tw.as_deref())
            }
        }
    )*};
}
names!(Item, Leaf, Topic, AttendanceKind, AwardKind, PenaltyKind);

impl Scheme {
    pub fn name(&self, lang: crate::lang::Lang) -> &str {
        lang.name(&self.name_en, &self.name_zh, self.name_zh_tw.as_deref())
    }
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Scheme {
    /// Simplified Chinese (the default Chinese), English, and Traditional when it differs.
    pub name_zh: String,
    pub name_en: String,
    #[serde(default)]
    pub name_zh_tw: Option<String>,
    /// Full marks of the work score (SPEC 1.1: 50).
    #[serde(deserialize_with = "decimal")]
    pub work_full_marks: Decimal,
}

/// A scored item (分項), e.g. 1 客戶投訴和查詢, 10 points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Item {
    pub number: u32,
    pub zh: String,
    pub en: String,
    /// The Traditional Chinese name (zh-TW) when it differs from `zh` (Simplified).
    #[serde(default)]
    pub zh_tw: Option<String>,
    #[serde(deserialize_with = "decimal")]
    pub points: Decimal,
}

/// A scored unit: `lost = min(points, per_miss × misses)` (SPEC 1.1).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Leaf {
    pub code: String,
    pub item: u32,
    pub zh: String,
    pub en: String,
    /// The Traditional Chinese name (zh-TW) when it differs from `zh` (Simplified).
    #[serde(default)]
    pub zh_tw: Option<String>,
    #[serde(deserialize_with = "decimal")]
    pub points: Decimal,
    #[serde(deserialize_with = "decimal")]
    pub per_miss: Decimal,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SurveyRules {
    /// A rating at or above this is satisfied.
    pub satisfied_at_least: u8,
    /// A rating at or below this is dissatisfied.
    pub dissatisfied_at_most: u8,
    /// The department's monthly survey count the scheme asks for (10–20).
    pub department_count_min: u32,
    pub department_count_max: u32,
    pub topics: Vec<Topic>,
}

/// A survey topic; a dissatisfied answer on a topic with a leaf adds one miss to that leaf.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Topic {
    pub code: String,
    pub zh: String,
    pub en: String,
    /// The Traditional Chinese name (zh-TW) when it differs from `zh` (Simplified).
    #[serde(default)]
    pub zh_tw: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(default)]
    pub leaf: Option<String>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceRules {
    #[serde(deserialize_with = "decimal")]
    pub attendance_max: Decimal,
    #[serde(deserialize_with = "decimal")]
    pub hygiene_max: Decimal,
    pub kinds: Vec<AttendanceKind>,
}

/// A named attendance or hygiene event with its default deduction.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AttendanceKind {
    pub code: String,
    pub category: Category,
    pub zh: String,
    pub en: String,
    /// The Traditional Chinese name (zh-TW) when it differs from `zh` (Simplified).
    #[serde(default)]
    pub zh_tw: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    #[serde(deserialize_with = "decimal")]
    pub points: Decimal,
    /// The value is company policy, not from the scheme text.
    #[serde(default)]
    pub policy: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SpecialRules {
    #[serde(deserialize_with = "decimal")]
    pub points: Decimal,
    /// "On the premise of completing the company's work" (SPEC 10.4).
    #[serde(deserialize_with = "decimal")]
    pub min_work_score: Decimal,
    pub awards: Vec<AwardKind>,
}

/// A kind of award; `needed` awards of one kind in a month earn the special points.
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AwardKind {
    pub code: String,
    pub zh: String,
    pub en: String,
    /// The Traditional Chinese name (zh-TW) when it differs from `zh` (Simplified).
    #[serde(default)]
    pub zh_tw: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    pub needed: u32,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RewardRules {
    /// Paid in a full-marks month (SPEC 1.5: 50).
    #[serde(deserialize_with = "decimal")]
    pub full_marks: Decimal,
    /// A run of this many consecutive full-marks months (and its multiples) pays `run_reward`.
    pub run_length: u32,
    #[serde(deserialize_with = "decimal")]
    pub run_reward: Decimal,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ActionRules {
    /// `retrain` when the work score is below this (SPEC 1.6: 25).
    #[serde(deserialize_with = "decimal")]
    pub retrain_below: Decimal,
    /// `reassign_review` when this month and the previous one are below this.
    #[serde(deserialize_with = "decimal")]
    pub reassign_below: Decimal,
    /// `company_praise` at runs of this length and its multiples.
    pub company_praise_run: u32,
    /// `raise_review` at runs of this length and its multiples …
    pub raise_run: u32,
    /// … or at this full-marks month of the calendar year.
    pub raise_year_count: u32,
}

/// A kind of fine and its allowed amounts (SPEC 2: penalties).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PenaltyKind {
    pub code: String,
    pub zh: String,
    pub en: String,
    /// The Traditional Chinese name (zh-TW) when it differs from `zh` (Simplified).
    #[serde(default)]
    pub zh_tw: Option<String>,
    #[serde(default)]
    pub aliases: Vec<String>,
    /// Smallest amount allowed (inclusive).
    #[serde(deserialize_with = "decimal")]
    pub min: Decimal,
    /// Largest amount allowed (inclusive); none = no upper limit.
    #[serde(default, deserialize_with = "opt_decimal")]
    pub max: Option<Decimal>,
    /// The amount when the cell is empty; none = the amount is required.
    #[serde(default, deserialize_with = "opt_decimal")]
    pub default: Option<Decimal>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PayRules {
    pub yuan_per_point: YuanPerPoint,
    pub regular: StatusPay,
    pub probation: StatusPay,
    pub training: StatusPay,
}

/// Yuan per point of each score (SPEC 1.5 and 10.6).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct YuanPerPoint {
    #[serde(deserialize_with = "decimal")]
    pub work: Decimal,
    #[serde(deserialize_with = "decimal")]
    pub attendance: Decimal,
    #[serde(deserialize_with = "decimal")]
    pub hygiene: Decimal,
    #[serde(deserialize_with = "decimal")]
    pub special: Decimal,
}

/// What one status is paid, and whether the agent is on the post (SPEC 1.5, 1.6).
#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct StatusPay {
    pub allowance: bool,
    pub appraisal_wage: bool,
    pub attendance_bonus: bool,
    pub special_bonus: bool,
    pub rewards: bool,
    /// On the post: earns actions, counts toward runs and sampling.
    pub on_post: bool,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SamplingRules {
    /// Day ranges of the month, each needing one spot check; 31 means the month's last day.
    pub windows: Vec<[u32; 2]>,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Rounding {
    pub money_places: u32,
    pub rate_places: u32,
    /// Only `half_away_from_zero` (SPEC 1.5).
    pub strategy: String,
}

impl Rules {
    /// The built-in default scheme.
    pub fn default_rules() -> Rules {
        Rules::parse(DEFAULT_RULES, DEFAULT_RULES_NAME).expect("the built-in rules are valid")
    }

    /// Loads a rules file, or the default when `path` is `None`; problems in English.
    pub fn load(path: Option<&Path>) -> Result<Rules> {
        Rules::load_in(path, Lang::En)
    }

    /// Loads a rules file, or the default when `path` is `None`; problems in `lang`.
    pub fn load_in(path: Option<&Path>, lang: Lang) -> Result<Rules> {
        match path {
            None => Ok(Rules::default_rules()),
            Some(p) => {
                let bytes = std::fs::read(p).map_err(|e| KaoheError::io(p, e))?;
                let name = p.display().to_string();
                let text = rules_text(&bytes, &name, lang).map_err(|problem| KaoheError::Invalid(vec![problem]))?;
                Rules::parse_in(text, &name, lang).map_err(KaoheError::Invalid)
            }
        }
    }

    /// Parses and checks rules text; every problem carries its line and column (in English).
    pub fn parse(text: &str, name: &str) -> Result<Rules, Vec<Problem>> {
        Rules::parse_in(text, name, Lang::En)
    }

    /// Parses and checks rules text; every problem carries its line and column, in `lang`.
    pub fn parse_in(text: &str, name: &str, lang: Lang) -> Result<Rules, Vec<Problem>> {
        let at = |offset: usize| locate(text, name, offset);
        let file: RulesFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map(|s| s.start).unwrap_or(0);
            let (what, fix) = toml_problem(e.message().trim(), lang);
            vec![Problem::in_lang(lang, at(offset), what, fix)]
        })?;
        let mut problems = Vec::new();
        for check in CHECKS {
            check(&file, lang, &mut |offset, what: String, fix: String| problems.push(Problem::in_lang(lang, at(offset), what, fix)));
        }
        if !problems.is_empty() {
            return Err(problems);
        }
        let hash = format!("{:x}", Sha256::digest(text.as_bytes()));
        Ok(file.into_rules(name.to_string(), hash, text.to_string()))
    }

    pub fn leaf(&self, code: &str) -> Option<&Leaf> {
        self.leaves.iter().find(|l| l.code == code)
    }

    pub fn item(&self, number: u32) -> Option<&Item> {
        self.items.iter().find(|i| i.number == number)
    }

    pub fn status_pay(&self, status: Status) -> &StatusPay {
        match status {
            Status::Regular => &self.pay.regular,
            Status::Probation => &self.pay.probation,
            Status::Training => &self.pay.training,
        }
    }

    /// The rules' name as people read it in `lang` ([`shown_name`]).
    pub fn shown_name(&self, lang: Lang) -> String {
        shown_name(&self.source_name, lang)
    }

    /// Points of full marks that no leaf covers (SPEC 10.1: 7 in the default scheme).
    pub fn uncovered_points(&self) -> Decimal {
        self.scheme.work_full_marks - self.leaves.iter().map(|l| l.points).sum::<Decimal>()
    }

    /// Full marks of the total score: work + attendance + hygiene + special (SPEC 1.4: 65).
    pub fn total_full_marks(&self) -> Decimal {
        self.scheme.work_full_marks + self.attendance.attendance_max + self.attendance.hygiene_max + self.special.points
    }

    /// The sampling windows of a month as day ranges, the last one ending on the month's last day.
    pub fn sampling_windows(&self, last_day: u32) -> Vec<(u32, u32)> {
        self.sampling.windows.iter().map(|[a, b]| (*a, (*b).min(last_day))).filter(|(a, b)| a <= b).collect()
    }
}

/// The text of a rules file: UTF-8 (a BOM, as Notepad writes, is dropped). Anything else — a
/// file saved as GBK ("ANSI" in Notepad on Chinese Windows), a binary file — is a problem at the
/// line and column of its first byte that is not UTF-8 text.
#[allow(clippy::result_large_err)] // one problem, once per file: not worth a box
fn rules_text<'b>(bytes: &'b [u8], name: &str, lang: Lang) -> Result<&'b str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bad = match std::str::from_utf8(bytes) {
        Ok(text) => match text.find(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            None => return Ok(text),
            Some(at) => (at, "rules-unreadable-control"),
        },
        Err(e) => (e.valid_up_to(), "rules-unreadable-not-utf8"),
    };
    let text = std::str::from_utf8(&bytes[..bad.0]).unwrap_or_default();
    Err(Problem::in_lang(
        lang,
        locate(text, name, bad.0),
        tr!(lang, "rules-unreadable", reason = crate::i18n::text(lang, bad.1, None)),
        tr!(lang, "rules-unreadable-fix"),
    ))
}

/// A TOML or type error as the language says it: English keeps the parser's own message; Chinese
/// says the common ones (an unknown or missing key, a value of the wrong type or out of range, a
/// duplicate key) in words, and any other as a mistake in the TOML writing at that place.
fn toml_problem(message: &str, lang: Lang) -> (String, String) {
    let fix = tr!(lang, "rules-fix-format");
    if lang == Lang::En {
        return (message.to_string(), fix);
    }
    // `a`, `b` or `c` → a、b、c (the keys and values are the file's own words).
    let ticked = |text: &str| -> Vec<String> { text.split('`').skip(1).step_by(2).map(String::from).collect() };
    let list = |items: Vec<String>| items.join(&tr!(lang, "input-list-separator"));
    if let Some(rest) = message.strip_prefix("unknown field `") {
        let (key, expected) = rest.split_once('`').unwrap_or((rest, ""));
        let fix = match ticked(expected) {
            keys if keys.is_empty() => tr!(lang, "rules-toml-unknown-key-none-fix"),
            keys => tr!(lang, "rules-toml-unknown-key-fix", keys = list(keys)),
        };
        return (tr!(lang, "rules-toml-unknown-key", key = key), fix);
    }
    if let Some(rest) = message.strip_prefix("missing field `") {
        let key = rest.split('`').next().unwrap_or(rest);
        return (tr!(lang, "rules-toml-missing-key", key = key), tr!(lang, "rules-toml-missing-key-fix", key = key));
    }
    if let Some(rest) = message.strip_prefix("unknown variant `") {
        let (value, expected) = rest.split_once('`').unwrap_or((rest, ""));
        return (
            tr!(lang, "rules-toml-unknown-value", value = value),
            tr!(lang, "rules-toml-unknown-value-fix", values = list(ticked(expected))),
        );
    }
    if let Some(rest) = message.strip_prefix("invalid type: ").or_else(|| message.strip_prefix("invalid value: ")) {
        let expected = rest.rsplit_once(", expected ").map_or("", |(_, e)| e);
        let id = match expected {
            "u8" => "rules-toml-expected-small",
            "u16" | "u32" | "u64" | "usize" => "rules-toml-expected-whole",
            "a boolean" => "rules-toml-expected-bool",
            "a string" => "rules-toml-expected-text",
            e if e.starts_with("a sequence") || e.starts_with("an array") || e.starts_with("an ") && e.contains("array") => {
                "rules-toml-expected-list"
            }
            _ => "rules-toml-expected-other",
        };
        return (tr!(lang, "rules-toml-wrong-value", expected = crate::i18n::text(lang, id, None)), fix);
    }
    if message == "duplicate key" {
        return (tr!(lang, "rules-toml-duplicate-key"), tr!(lang, "rules-toml-duplicate-key-fix"));
    }
    // The messages of `to_decimal`.
    if let Some(value) = message.strip_suffix("` is not a number").and_then(|m| m.strip_prefix('`')) {
        return (tr!(lang, "rules-not-a-number", value = value), fix);
    }
    if let Some(value) = message.strip_suffix(" is not a usable number") {
        return (tr!(lang, "rules-unusable-number", value = value), fix);
    }
    (tr!(lang, "rules-toml-syntax"), fix)
}

/// `file:line:column` of a byte offset in the rules text.
fn locate(text: &str, name: &str, offset: usize) -> Origin {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let before = &text[..offset];
    let line = before.matches('\n').count() + 1;
    let col = before.rsplit('\n').next().map(|l| l.chars().count()).unwrap_or(0) + 1;
    Origin::file(name).at_line(line, col)
}

// ---------------------------------------------------------------------------------------------
// The file as written, with spans for error messages.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    scheme: Spanned<Scheme>,
    items: Vec<Spanned<Item>>,
    leaves: Vec<Spanned<Leaf>>,
    surveys: Spanned<SurveyRulesFile>,
    attendance: Spanned<AttendanceRulesFile>,
    special: Spanned<SpecialRulesFile>,
    rewards: Spanned<RewardRules>,
    actions: Spanned<ActionRules>,
    penalties: Vec<Spanned<PenaltyKind>>,
    pay: PayRulesFile,
    sampling: Spanned<SamplingRules>,
    rounding: Spanned<Rounding>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SurveyRulesFile {
    satisfied_at_least: u8,
    dissatisfied_at_most: u8,
    department_count_min: u32,
    department_count_max: u32,
    topics: Vec<Spanned<Topic>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct AttendanceRulesFile {
    #[serde(deserialize_with = "decimal")]
    attendance_max: Decimal,
    #[serde(deserialize_with = "decimal")]
    hygiene_max: Decimal,
    kinds: Vec<Spanned<AttendanceKind>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct SpecialRulesFile {
    #[serde(deserialize_with = "decimal")]
    points: Decimal,
    #[serde(deserialize_with = "decimal")]
    min_work_score: Decimal,
    awards: Vec<Spanned<AwardKind>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct PayRulesFile {
    yuan_per_point: Spanned<YuanPerPoint>,
    regular: StatusPay,
    probation: StatusPay,
    training: StatusPay,
}

fn strip<T>(v: Vec<Spanned<T>>) -> Vec<T> {
    v.into_iter().map(Spanned::into_inner).collect()
}

impl RulesFile {
    fn into_rules(self, source_name: String, hash: String, text: String) -> Rules {
        let surveys = self.surveys.into_inner();
        let attendance = self.attendance.into_inner();
        let special = self.special.into_inner();
        Rules {
            source_name,
            hash,
            text,
            scheme: self.scheme.into_inner(),
            items: strip(self.items),
            leaves: strip(self.leaves),
            surveys: SurveyRules {
                satisfied_at_least: surveys.satisfied_at_least,
                dissatisfied_at_most: surveys.dissatisfied_at_most,
                department_count_min: surveys.department_count_min,
                department_count_max: surveys.department_count_max,
                topics: strip(surveys.topics),
            },
            attendance: AttendanceRules {
                attendance_max: attendance.attendance_max,
                hygiene_max: attendance.hygiene_max,
                kinds: strip(attendance.kinds),
            },
            special: SpecialRules { points: special.points, min_work_score: special.min_work_score, awards: strip(special.awards) },
            rewards: self.rewards.into_inner(),
            actions: self.actions.into_inner(),
            penalties: strip(self.penalties),
            pay: PayRules {
                yuan_per_point: self.pay.yuan_per_point.into_inner(),
                regular: self.pay.regular,
                probation: self.pay.probation,
                training: self.pay.training,
            },
            sampling: self.sampling.into_inner(),
            rounding: self.rounding.into_inner(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Validations: each a small named function reporting (offset, what, what to do).

type Report<'a> = dyn FnMut(usize, String, String) + 'a;
type Check = fn(&RulesFile, Lang, &mut Report);

const CHECKS: &[Check] = &[
    full_marks_positive,
    items_unique,
    leaves_well_formed,
    leaves_fit_their_items,
    leaves_fit_full_marks,
    survey_thresholds_ordered,
    topics_well_formed,
    attendance_well_formed,
    special_well_formed,
    runs_positive,
    penalties_well_formed,
    sampling_windows_cover_the_month,
    rounding_known,
    codes_and_aliases_unique,
    values_within_limits,
];

fn full_marks_positive(f: &RulesFile, lang: Lang, report: &mut Report) {
    let full = f.scheme.get_ref().work_full_marks;
    if full <= Decimal::ZERO {
        report(f.scheme.span().start, tr!(lang, "rules-full-marks", value = full.to_string()), tr!(lang, "rules-full-marks-fix"));
    }
}

fn items_unique(f: &RulesFile, lang: Lang, report: &mut Report) {
    let mut seen = BTreeSet::new();
    for item in &f.items {
        let i = item.get_ref();
        if !seen.insert(i.number) {
            report(item.span().start, tr!(lang, "rules-item-twice", item = i.number), tr!(lang, "rules-item-twice-fix"));
        }
        if i.points <= Decimal::ZERO {
            report(
                item.span().start,
                tr!(lang, "rules-item-points", item = i.number, points = i.points.to_string()),
                tr!(lang, "rules-item-points-fix"),
            );
        }
    }
}

fn leaves_well_formed(f: &RulesFile, lang: Lang, report: &mut Report) {
    let items: BTreeSet<u32> = f.items.iter().map(|i| i.get_ref().number).collect();
    for leaf in &f.leaves {
        let (l, at) = (leaf.get_ref(), leaf.span().start);
        if l.code.trim().is_empty() || l.code.contains([';', ',']) {
            report(at, tr!(lang, "rules-leaf-code", code = l.code.as_str()), tr!(lang, "rules-leaf-code-fix"));
        }
        if !items.contains(&l.item) {
            report(at, tr!(lang, "rules-leaf-item", leaf = l.code.as_str(), item = l.item), tr!(lang, "rules-leaf-item-fix"));
        }
        if l.points <= Decimal::ZERO || l.per_miss <= Decimal::ZERO {
            report(
                at,
                tr!(lang, "rules-leaf-points", leaf = l.code.as_str(), points = l.points.to_string(), per_miss = l.per_miss.to_string()),
                tr!(lang, "rules-leaf-points-fix"),
            );
        }
    }
}

fn leaves_fit_their_items(f: &RulesFile, lang: Lang, report: &mut Report) {
    for item in &f.items {
        let i = item.get_ref();
        let sum: Decimal = f.leaves.iter().map(|l| l.get_ref()).filter(|l| l.item == i.number).map(|l| l.points).sum();
        if sum > i.points {
            report(
                item.span().start,
                tr!(lang, "rules-item-leaves-over", item = i.number, sum = sum.to_string(), points = i.points.to_string()),
                tr!(lang, "rules-item-leaves-over-fix"),
            );
        }
    }
}

fn leaves_fit_full_marks(f: &RulesFile, lang: Lang, report: &mut Report) {
    let items: Decimal = f.items.iter().map(|i| i.get_ref().points).sum();
    let full = f.scheme.get_ref().work_full_marks;
    if items > full {
        report(
            f.scheme.span().start,
            tr!(lang, "rules-items-over", sum = items.to_string(), full = full.to_string()),
            tr!(lang, "rules-items-over-fix"),
        );
    }
}

fn survey_thresholds_ordered(f: &RulesFile, lang: Lang, report: &mut Report) {
    let s = f.surveys.get_ref();
    let at = f.surveys.span().start;
    if !(1..=5).contains(&s.satisfied_at_least)
        || !(1..=5).contains(&s.dissatisfied_at_most)
        || s.dissatisfied_at_most >= s.satisfied_at_least
    {
        report(
            at,
            tr!(
                lang,
                "rules-survey-thresholds",
                dissatisfied = u32::from(s.dissatisfied_at_most),
                satisfied = u32::from(s.satisfied_at_least)
            ),
            tr!(lang, "rules-survey-thresholds-fix"),
        );
    }
    if s.department_count_min > s.department_count_max {
        report(
            at,
            tr!(lang, "rules-survey-count", min = s.department_count_min, max = s.department_count_max),
            tr!(lang, "rules-fix-swap"),
        );
    }
}

fn topics_well_formed(f: &RulesFile, lang: Lang, report: &mut Report) {
    for topic in &f.surveys.get_ref().topics {
        let t = topic.get_ref();
        if let Some(leaf) = &t.leaf {
            if !f.leaves.iter().any(|l| &l.get_ref().code == leaf) {
                report(
                    topic.span().start,
                    tr!(lang, "rules-topic-leaf", topic = t.code.as_str(), leaf = leaf.as_str()),
                    tr!(lang, "rules-topic-leaf-fix"),
                );
            }
        }
    }
}

fn attendance_well_formed(f: &RulesFile, lang: Lang, report: &mut Report) {
    let a = f.attendance.get_ref();
    if a.attendance_max < Decimal::ZERO || a.hygiene_max < Decimal::ZERO {
        report(f.attendance.span().start, tr!(lang, "rules-attendance-negative"), tr!(lang, "rules-attendance-negative-fix"));
    }
    for kind in &a.kinds {
        let k = kind.get_ref();
        if k.points < Decimal::ZERO {
            report(
                kind.span().start,
                tr!(lang, "rules-kind-negative", kind = k.code.as_str(), points = k.points.to_string()),
                tr!(lang, "rules-kind-negative-fix"),
            );
        }
    }
}

fn special_well_formed(f: &RulesFile, lang: Lang, report: &mut Report) {
    let s = f.special.get_ref();
    if s.points < Decimal::ZERO {
        report(f.special.span().start, tr!(lang, "rules-special-negative"), tr!(lang, "rules-special-negative-fix"));
    }
    for award in &s.awards {
        if award.get_ref().needed == 0 {
            report(
                award.span().start,
                tr!(lang, "rules-award-needed", kind = award.get_ref().code.as_str()),
                tr!(lang, "rules-award-needed-fix"),
            );
        }
    }
}

fn runs_positive(f: &RulesFile, lang: Lang, report: &mut Report) {
    let (r, a) = (f.rewards.get_ref(), f.actions.get_ref());
    if r.run_length == 0 {
        report(f.rewards.span().start, tr!(lang, "rules-run-length"), tr!(lang, "rules-run-length-fix"));
    }
    if r.full_marks < Decimal::ZERO || r.run_reward < Decimal::ZERO {
        report(f.rewards.span().start, tr!(lang, "rules-rewards-negative"), tr!(lang, "rules-rewards-negative-fix"));
    }
    if a.company_praise_run == 0 || a.raise_run == 0 || a.raise_year_count == 0 {
        report(f.actions.span().start, tr!(lang, "rules-action-runs"), tr!(lang, "rules-action-runs-fix"));
    }
}

fn penalties_well_formed(f: &RulesFile, lang: Lang, report: &mut Report) {
    for p in &f.penalties {
        let (k, at) = (p.get_ref(), p.span().start);
        let kind = k.code.as_str();
        if k.min < Decimal::ZERO {
            report(at, tr!(lang, "rules-penalty-min", kind = kind, min = k.min.to_string()), tr!(lang, "rules-penalty-min-fix"));
        }
        if let Some(max) = k.max {
            if max < k.min {
                report(
                    at,
                    tr!(lang, "rules-penalty-max", kind = kind, max = max.to_string(), min = k.min.to_string()),
                    tr!(lang, "rules-fix-swap"),
                );
            }
        }
        if let Some(default) = k.default {
            if default < k.min || k.max.is_some_and(|m| default > m) {
                report(
                    at,
                    tr!(lang, "rules-penalty-default", kind = kind, default = default.to_string()),
                    tr!(lang, "rules-penalty-default-fix"),
                );
            }
        }
    }
}

fn sampling_windows_cover_the_month(f: &RulesFile, lang: Lang, report: &mut Report) {
    let windows = &f.sampling.get_ref().windows;
    let mut next = 1;
    for [a, b] in windows {
        if *a != next || b < a || *b > 31 {
            report(
                f.sampling.span().start,
                tr!(lang, "rules-window-gap", from = *a, to = *b, next = next),
                tr!(lang, "rules-window-gap-fix"),
            );
            return;
        }
        next = b + 1;
    }
    if !windows.is_empty() && next != 32 {
        report(f.sampling.span().start, tr!(lang, "rules-windows-short"), tr!(lang, "rules-windows-short-fix"));
    }
}

fn rounding_known(f: &RulesFile, lang: Lang, report: &mut Report) {
    let r = f.rounding.get_ref();
    if r.strategy != "half_away_from_zero" {
        report(
            f.rounding.span().start,
            tr!(lang, "rules-rounding-strategy", strategy = r.strategy.as_str()),
            tr!(lang, "rules-rounding-strategy-fix"),
        );
    }
    if r.money_places > 4 || r.rate_places > 8 {
        report(f.rounding.span().start, tr!(lang, "rules-rounding-places"), tr!(lang, "rules-rounding-places-fix"));
    }
}

/// Points at most 1 000, money at most 100 000 000 yuan, nothing negative that pays — so that
/// no rules file can make a sum overflow or a wage turn negative.
fn values_within_limits(f: &RulesFile, lang: Lang, report: &mut Report) {
    // Leaves, topics and kinds are numbered with 16 bits row by row; no scheme has thousands.
    const MAX_CODES: usize = 10_000;
    for (what, n) in [
        ("rules-count-leaves", f.leaves.len()),
        ("rules-count-topics", f.surveys.get_ref().topics.len()),
        ("rules-count-attendance-kinds", f.attendance.get_ref().kinds.len()),
        ("rules-count-award-kinds", f.special.get_ref().awards.len()),
        ("rules-count-penalty-kinds", f.penalties.len()),
    ] {
        if n > MAX_CODES {
            report(
                0,
                tr!(lang, "rules-too-many", count = n, what = crate::i18n::text(lang, what, None), max = MAX_CODES),
                tr!(lang, "rules-too-many-fix"),
            );
        }
    }
    let points = Decimal::from(crate::check::MAX_POINTS);
    let money = Decimal::from(crate::check::MAX_MONEY);
    let mut check = |at: usize, what: String, value: Decimal, max: Decimal| {
        if value < Decimal::ZERO || value > max {
            let id = if max == money { "rules-out-of-range-yuan" } else { "rules-out-of-range-points" };
            report(at, tr!(lang, id, what = what, value = value.to_string(), max = max.to_string()), tr!(lang, "rules-out-of-range-fix"));
        }
    };
    let key = |key: &str| tr!(lang, "rules-limit-key", key = key);
    let scheme = f.scheme.span().start;
    check(scheme, key("scheme.work_full_marks"), f.scheme.get_ref().work_full_marks, points);
    for item in &f.items {
        check(item.span().start, tr!(lang, "rules-limit-item", item = item.get_ref().number), item.get_ref().points, points);
    }
    for leaf in &f.leaves {
        let l = leaf.get_ref();
        check(leaf.span().start, tr!(lang, "rules-limit-leaf", leaf = l.code.as_str(), key = "points"), l.points, points);
        check(leaf.span().start, tr!(lang, "rules-limit-leaf", leaf = l.code.as_str(), key = "per_miss"), l.per_miss, points);
    }
    let a = f.attendance.get_ref();
    check(f.attendance.span().start, key("attendance.attendance_max"), a.attendance_max, points);
    check(f.attendance.span().start, key("attendance.hygiene_max"), a.hygiene_max, points);
    for kind in &a.kinds {
        check(kind.span().start, tr!(lang, "rules-limit-kind", kind = kind.get_ref().code.as_str()), kind.get_ref().points, points);
    }
    let sp = f.special.get_ref();
    check(f.special.span().start, key("special.points"), sp.points, points);
    check(f.special.span().start, key("special.min_work_score"), sp.min_work_score, points);
    let r = f.rewards.get_ref();
    check(f.rewards.span().start, key("rewards.full_marks"), r.full_marks, money);
    check(f.rewards.span().start, key("rewards.run_reward"), r.run_reward, money);
    let act = f.actions.get_ref();
    check(f.actions.span().start, key("actions.retrain_below"), act.retrain_below, points);
    check(f.actions.span().start, key("actions.reassign_below"), act.reassign_below, points);
    for p in &f.penalties {
        let k = p.get_ref();
        check(p.span().start, tr!(lang, "rules-limit-penalty", kind = k.code.as_str(), key = "min"), k.min, money);
        if let Some(max) = k.max {
            check(p.span().start, tr!(lang, "rules-limit-penalty", kind = k.code.as_str(), key = "max"), max, money);
        }
    }
    let (at, y) = (f.pay.yuan_per_point.span().start, f.pay.yuan_per_point.get_ref());
    for (what, value) in [("work", y.work), ("attendance", y.attendance), ("hygiene", y.hygiene), ("special", y.special)] {
        check(at, key(&format!("pay.yuan_per_point.{what}")), value, money);
    }
}

/// Codes and aliases must name one thing each, or input values would be ambiguous.
fn codes_and_aliases_unique(f: &RulesFile, lang: Lang, report: &mut Report) {
    let mut unique = |names: &mut dyn Iterator<Item = (usize, &String)>, what: &str| {
        let what = crate::i18n::text(lang, what, None);
        let mut seen: BTreeSet<String> = BTreeSet::new();
        for (at, name) in names {
            if !seen.insert(name.trim().to_lowercase()) {
                report(
                    at,
                    tr!(lang, "rules-defined-twice", what = what.as_str(), name = name.as_str()),
                    tr!(lang, "rules-defined-twice-fix"),
                );
            }
        }
    };
    fn all<'a, T>(
        rows: &'a [Spanned<T>],
        names: impl Fn(&'a T) -> (&'a String, &'a [String]) + 'a,
    ) -> impl Iterator<Item = (usize, &'a String)> + 'a {
        rows.iter().flat_map(move |t| {
            let (code, aliases) = names(t.get_ref());
            std::iter::once(code).chain(aliases).map(move |n| (t.span().start, n))
        })
    }
    unique(&mut f.leaves.iter().map(|l| (l.span().start, &l.get_ref().code)), "check-what-leaf");
    unique(&mut all(&f.surveys.get_ref().topics, |t| (&t.code, &t.aliases)), "check-what-topic");
    unique(&mut all(&f.attendance.get_ref().kinds, |t| (&t.code, &t.aliases)), "check-what-attendance-kind");
    unique(&mut all(&f.special.get_ref().awards, |t| (&t.code, &t.aliases)), "check-what-award-kind");
    unique(&mut all(&f.penalties, |t| (&t.code, &t.aliases)), "check-what-penalty-kind");
}

// ---------------------------------------------------------------------------------------------
// Decimals in TOML: integers, floats (by their shortest form) or strings, never through f64 math.

#[derive(Deserialize)]
#[serde(untagged)]
enum RawNumber {
    Int(i64),
    Float(f64),
    Text(String),
}

fn to_decimal<E: serde::de::Error>(raw: RawNumber) -> Result<Decimal, E> {
    match raw {
        RawNumber::Int(i) => Ok(Decimal::from(i)),
        RawNumber::Float(f) => decimal_from_f64(f).ok_or_else(|| E::custom(format!("{f} is not a usable number"))),
        RawNumber::Text(s) => crate::num::parse_decimal(&s).ok_or_else(|| E::custom(format!("`{s}` is not a number"))),
    }
}

fn decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
    to_decimal(RawNumber::deserialize(d)?)
}

fn opt_decimal<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
    Option::<RawNumber>::deserialize(d)?.map(to_decimal).transpose()
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::str::FromStr;

    #[test]
    fn default_rules_are_the_documented_scheme() {
        let r = Rules::default_rules();
        assert_eq!(r.scheme.work_full_marks, Decimal::from(50));
        assert_eq!(r.leaves.len(), 29);
        assert_eq!(r.uncovered_points(), Decimal::from(7));
        assert_eq!(r.total_full_marks(), Decimal::from(65));
        let l7a = r.leaf("7a").unwrap();
        assert_eq!((l7a.points, l7a.per_miss), (Decimal::from(5), Decimal::from(1)));
        assert_eq!(r.leaf("1e").unwrap().points, Decimal::from(2));
        assert_eq!(r.attendance.hygiene_max, Decimal::from_str("2.5").unwrap());
        assert_eq!(r.rewards.run_reward, Decimal::from(200));
        assert_eq!(r.sampling_windows(30), vec![(1, 10), (11, 20), (21, 30)]);
    }

    #[test]
    fn a_syntax_error_names_line_and_column() {
        let text = DEFAULT_RULES.replacen("work_full_marks = 50", "work_full_marks = = 50", 1);
        let problems = Rules::parse(&text, "bad.toml").unwrap_err();
        let line = text.lines().position(|l| l.contains("= = 50")).unwrap() + 1;
        assert_eq!(problems.len(), 1);
        assert!(problems[0].to_string().starts_with(&format!("bad.toml:{line}:")), "{}", problems[0]);
    }

    #[test]
    fn an_unknown_field_is_refused_with_its_place() {
        let text = DEFAULT_RULES.replacen("per_miss = 1\n", "per_miss = 1\ncolour = \"red\"\n", 1);
        let problems = Rules::parse(&text, "bad.toml").unwrap_err();
        let line = text.lines().position(|l| l.contains("colour")).unwrap() + 1;
        assert!(problems[0].to_string().starts_with(&format!("bad.toml:{line}:")), "{}", problems[0]);
        assert!(problems[0].what.contains("colour"), "{}", problems[0]);
    }

    #[test]
    fn a_rules_file_saved_as_gbk_is_refused_with_its_line_and_column() {
        let (gbk, _, _) = encoding_rs::GB18030.encode("[scheme]\nname_zh = \"客服考核\"\n");
        let problem = rules_text(&gbk, "gbk.toml", Lang::En).unwrap_err();
        assert!(problem.to_string().starts_with("gbk.toml:2:12: the rules file cannot be read: it is not UTF-8"), "{problem}");
        let problem = rules_text(b"\x00\x01binary", "bin.toml", Lang::En).unwrap_err();
        assert!(problem.to_string().starts_with("bin.toml:1:1: the rules file cannot be read: it holds control characters"), "{problem}");
        assert_eq!(rules_text("\u{feff}[scheme]".as_bytes(), "bom.toml", Lang::En).unwrap(), "[scheme]");
    }

    #[test]
    fn negative_or_huge_values_are_refused() {
        let text = DEFAULT_RULES.replacen("work = 20", "work = -20", 1).replacen("run_reward = 200", "run_reward = 1000000000", 1);
        let problems = Rules::parse(&text, "bad.toml").unwrap_err();
        let all: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert!(all.iter().any(|p| p.contains("pay.yuan_per_point.work is -20; it must be from 0 to 100000000 yuan")), "{all:#?}");
        assert!(all.iter().any(|p| p.contains("rewards.run_reward is 1000000000; it must be from 0 to 100000000 yuan")), "{all:#?}");
    }

    #[test]
    fn semantic_problems_are_all_listed_with_lines() {
        let text = DEFAULT_RULES.replacen("leaf = \"1e\"", "leaf = \"9z\"", 1).replacen("run_length = 3", "run_length = 0", 1);
        let problems = Rules::parse(&text, "bad.toml").unwrap_err();
        let all: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
        assert_eq!(problems.len(), 2, "{all:#?}");
        assert!(all.iter().any(|p| p.contains("leaf 9z, which is not defined")), "{all:#?}");
        assert!(all.iter().any(|p| p.contains("rewards.run_length is 0")), "{all:#?}");
    }

    #[test]
    fn problems_speak_the_language_asked_for() {
        // Many checks fail at once; every text comes from the catalogs (no id left as is).
        let text = DEFAULT_RULES
            .replacen("leaf = \"1e\"", "leaf = \"9z\"", 1)
            .replacen("run_length = 3", "run_length = 0", 1)
            .replacen("work = 20", "work = -20", 1)
            .replacen("strategy = \"half_away_from_zero\"", "strategy = \"bankers\"", 1)
            .replacen("windows = [[1, 10], [11, 20], [21, 31]]", "windows = [[1, 10], [12, 31]]", 1);
        for lang in [Lang::Zh, Lang::ZhTw] {
            let problems = Rules::parse_in(&text, "bad.toml", lang).unwrap_err();
            assert_eq!(problems.len(), 5, "{problems:#?}");
            for p in &problems {
                let line = p.to_string();
                assert!(line.starts_with("bad.toml 第") && !line.contains("rules-") && !line.contains("SPEC"), "{line}");
            }
        }
        let zh: Vec<String> = Rules::parse_in(&text, "bad.toml", Lang::Zh).unwrap_err().iter().map(|p| p.to_string()).collect();
        assert!(zh.iter().any(|p| p.contains("第1列:不支持舍入方式 `bankers` — 请使用 half_away_from_zero")), "{zh:#?}");
        assert!(zh.iter().any(|p| p.contains("第1列:抽查时段 12–31 日没有接着第 11 日")), "{zh:#?}");
        // TOML mistakes: said in words, at their line and column.
        let cases = [
            ("work_full_marks = 50", "work_full_marks = = 50", "这里不符合 TOML 的写法 — 请对照 rules/default.toml 的写法改正规则文件"),
            ("work_full_marks = 50", "work_full_marks = \"fifty\"", "`fifty` 不是数字"),
            ("allowance = true", "allowance = 1", "这里的值不对,应为:true 或 false"),
            ("satisfied_at_least = 4", "satisfied_at_least = 400", "这里的值不对,应为:0–255 的整数"),
            ("category = \"attendance\"", "category = \"x\"", "`x` 不是这里可用的值 — 请使用其中之一:attendance、hygiene"),
            ("per_miss = 1\n", "\n", "缺少键 `per_miss` — 请在这里补上 per_miss = …(写法见 rules/default.toml)"),
        ];
        for (from, to, want) in cases {
            let text = DEFAULT_RULES.replacen(from, to, 1);
            let problems = Rules::parse_in(&text, "bad.toml", Lang::Zh).unwrap_err();
            assert!(problems[0].to_string().contains(want), "{to}: {}", problems[0]);
            assert!(problems[0].to_string().starts_with("bad.toml 第"), "{}", problems[0]);
        }
        let tw = Rules::parse_in(&DEFAULT_RULES.replacen("[scheme]", "[scheme]\n[scheme]", 1), "bad.toml", Lang::ZhTw).unwrap_err();
        assert!(tw[0].to_string().contains("這個鍵重複出現 — 每個鍵和每個 [表] 只寫一次"), "{}", tw[0]);
        assert_eq!(shown_name(DEFAULT_RULES_NAME, Lang::Zh), "内置规则 rules/default.toml");
        assert_eq!(shown_name(DEFAULT_RULES_NAME, Lang::ZhTw), "內建規則 rules/default.toml");
        assert_eq!(shown_name(DEFAULT_RULES_NAME, Lang::En), DEFAULT_RULES_NAME);
        assert_eq!(shown_name("mine.toml", Lang::Zh), "mine.toml");
    }
}
