//! The appraisal scheme as typed data (SPEC 1 and 3). Loaded from TOML with unknown fields
//! refused, then checked once by small named validations; every problem names its line and
//! column in the rules file. The default scheme is compiled into the binary.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer};
use sha2::{Digest, Sha256};
use toml::Spanned;

use crate::error::{KaoheError, Result};
use crate::model::{Category, Status};
use crate::num::decimal_from_f64;
use crate::problem::{Column, Origin, Problem};

/// The default scheme, `rules/default.toml`, as shipped.
pub const DEFAULT_RULES: &str = include_str!("../rules/default.toml");
pub const DEFAULT_RULES_NAME: &str = "rules/default.toml (built in)";

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

    /// Loads a rules file, or the default when `path` is `None`.
    pub fn load(path: Option<&Path>) -> Result<Rules> {
        match path {
            None => Ok(Rules::default_rules()),
            Some(p) => {
                let bytes = std::fs::read(p).map_err(|e| KaoheError::io(p, e))?;
                let name = p.display().to_string();
                let text = rules_text(&bytes, &name).map_err(|problem| KaoheError::Invalid(vec![problem]))?;
                Rules::parse(text, &name).map_err(KaoheError::Invalid)
            }
        }
    }

    /// Parses and checks rules text; every problem carries its line and column.
    pub fn parse(text: &str, name: &str) -> Result<Rules, Vec<Problem>> {
        let at = |offset: usize| locate(text, name, offset);
        let file: RulesFile = toml::from_str(text).map_err(|e| {
            let offset = e.span().map(|s| s.start).unwrap_or(0);
            let message = e.message().trim().to_string();
            vec![Problem::new(at(offset), message, "correct the rules file (see rules/default.toml for the format)")]
        })?;
        let mut problems = Vec::new();
        for check in CHECKS {
            check(&file, &mut |offset, what: String, fix: &str| problems.push(Problem::new(at(offset), what, fix)));
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
fn rules_text<'b>(bytes: &'b [u8], name: &str) -> Result<&'b str, Problem> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let bad = match std::str::from_utf8(bytes) {
        Ok(text) => match text.find(|c: char| c.is_control() && !matches!(c, '\n' | '\r' | '\t')) {
            None => return Ok(text),
            Some(at) => (at, "it holds control characters: it is not a text file"),
        },
        Err(e) => (e.valid_up_to(), "it is not UTF-8 text (saved as GBK/ANSI?)"),
    };
    let text = std::str::from_utf8(&bytes[..bad.0]).unwrap_or_default();
    let mut at = locate(text, name, bad.0);
    at.column = at.column.map(|c| Column { index: c.index, ..c });
    Err(Problem::new(
        at,
        format!("the rules file cannot be read: {}", bad.1),
        "save it as UTF-8 (in Notepad: Save As → Encoding: UTF-8), starting from rules/default.toml",
    ))
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
    Origin::file(name).at_row(line).at_column(Column { index: col - 1, header: col.to_string().into() })
}

// ---------------------------------------------------------------------------------------------
// The file as written, with spans for error messages.

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct RulesFile {
    scheme: Scheme,
    items: Vec<Spanned<Item>>,
    leaves: Vec<Spanned<Leaf>>,
    surveys: Spanned<SurveyRulesFile>,
    attendance: Spanned<AttendanceRulesFile>,
    special: Spanned<SpecialRulesFile>,
    rewards: Spanned<RewardRules>,
    actions: Spanned<ActionRules>,
    penalties: Vec<Spanned<PenaltyKind>>,
    pay: PayRules,
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
            scheme: self.scheme,
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
            pay: self.pay,
            sampling: self.sampling.into_inner(),
            rounding: self.rounding.into_inner(),
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Validations: each a small named function reporting (offset, what, what to do).

type Report<'a> = dyn FnMut(usize, String, &str) + 'a;
type Check = fn(&RulesFile, &mut Report);

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

fn full_marks_positive(f: &RulesFile, report: &mut Report) {
    if f.scheme.work_full_marks <= Decimal::ZERO {
        report(
            0,
            format!("scheme.work_full_marks is {}; it must be above 0", f.scheme.work_full_marks),
            "set the work score's full marks, e.g. 50",
        );
    }
}

fn items_unique(f: &RulesFile, report: &mut Report) {
    let mut seen = BTreeSet::new();
    for item in &f.items {
        if !seen.insert(item.get_ref().number) {
            report(item.span().start, format!("item {} is defined twice", item.get_ref().number), "give each item its own number");
        }
        if item.get_ref().points <= Decimal::ZERO {
            report(
                item.span().start,
                format!("item {} has {} points; it must be above 0", item.get_ref().number, item.get_ref().points),
                "give the item its points",
            );
        }
    }
}

fn leaves_well_formed(f: &RulesFile, report: &mut Report) {
    let items: BTreeSet<u32> = f.items.iter().map(|i| i.get_ref().number).collect();
    for leaf in &f.leaves {
        let (l, at) = (leaf.get_ref(), leaf.span().start);
        if l.code.trim().is_empty() || l.code.contains([';', ',']) {
            report(at, format!("leaf code `{}` is empty or contains `;`/`,`", l.code), "use a short code such as 1a");
        }
        if !items.contains(&l.item) {
            report(
                at,
                format!("leaf {} belongs to item {}, which is not defined", l.code, l.item),
                "add the item under [[items]] or correct the leaf's item number",
            );
        }
        if l.points <= Decimal::ZERO || l.per_miss <= Decimal::ZERO {
            report(
                at,
                format!("leaf {} has points {} and per_miss {}; both must be above 0", l.code, l.points, l.per_miss),
                "give the leaf positive points and cost per miss",
            );
        }
    }
}

fn leaves_fit_their_items(f: &RulesFile, report: &mut Report) {
    for item in &f.items {
        let i = item.get_ref();
        let sum: Decimal = f.leaves.iter().map(|l| l.get_ref()).filter(|l| l.item == i.number).map(|l| l.points).sum();
        if sum > i.points {
            report(
                item.span().start,
                format!("the leaves of item {} add up to {} points, more than the item's {}", i.number, sum, i.points),
                "lower the leaves' points or raise the item's",
            );
        }
    }
}

fn leaves_fit_full_marks(f: &RulesFile, report: &mut Report) {
    let items: Decimal = f.items.iter().map(|i| i.get_ref().points).sum();
    if items > f.scheme.work_full_marks {
        report(
            0,
            format!("the items add up to {} points, more than the work score's full marks {}", items, f.scheme.work_full_marks),
            "lower the items' points or raise scheme.work_full_marks",
        );
    }
}

fn survey_thresholds_ordered(f: &RulesFile, report: &mut Report) {
    let s = f.surveys.get_ref();
    let at = f.surveys.span().start;
    if !(1..=5).contains(&s.satisfied_at_least)
        || !(1..=5).contains(&s.dissatisfied_at_most)
        || s.dissatisfied_at_most >= s.satisfied_at_least
    {
        report(
            at,
            format!(
                "surveys: dissatisfied_at_most {} must be below satisfied_at_least {}, both within 1–5",
                s.dissatisfied_at_most, s.satisfied_at_least
            ),
            "use e.g. dissatisfied_at_most = 2, satisfied_at_least = 4",
        );
    }
    if s.department_count_min > s.department_count_max {
        report(
            at,
            format!("surveys: department_count_min {} is above department_count_max {}", s.department_count_min, s.department_count_max),
            "swap them",
        );
    }
}

fn topics_well_formed(f: &RulesFile, report: &mut Report) {
    for topic in &f.surveys.get_ref().topics {
        let t = topic.get_ref();
        if let Some(leaf) = &t.leaf {
            if !f.leaves.iter().any(|l| &l.get_ref().code == leaf) {
                report(
                    topic.span().start,
                    format!("survey topic {} costs leaf {}, which is not defined", t.code, leaf),
                    "name a leaf code from [[leaves]]",
                );
            }
        }
    }
}

fn attendance_well_formed(f: &RulesFile, report: &mut Report) {
    let a = f.attendance.get_ref();
    if a.attendance_max < Decimal::ZERO || a.hygiene_max < Decimal::ZERO {
        report(f.attendance.span().start, "attendance: the maxima must not be negative".into(), "use e.g. 2.5");
    }
    for kind in &a.kinds {
        if kind.get_ref().points < Decimal::ZERO {
            report(
                kind.span().start,
                format!("attendance kind {} deducts {} points; deductions are not negative", kind.get_ref().code, kind.get_ref().points),
                "write the points deducted as a positive number",
            );
        }
    }
}

fn special_well_formed(f: &RulesFile, report: &mut Report) {
    let s = f.special.get_ref();
    if s.points < Decimal::ZERO {
        report(f.special.span().start, "special.points must not be negative".into(), "use e.g. 10");
    }
    for award in &s.awards {
        if award.get_ref().needed == 0 {
            report(
                award.span().start,
                format!("award kind {} needs 0 awards; it must need at least 1", award.get_ref().code),
                "set needed = 1 or more",
            );
        }
    }
}

fn runs_positive(f: &RulesFile, report: &mut Report) {
    let (r, a) = (f.rewards.get_ref(), f.actions.get_ref());
    if r.run_length == 0 {
        report(f.rewards.span().start, "rewards.run_length is 0".into(), "use e.g. 3");
    }
    if r.full_marks < Decimal::ZERO || r.run_reward < Decimal::ZERO {
        report(f.rewards.span().start, "rewards must not be negative".into(), "use amounts of 0 or more");
    }
    if a.company_praise_run == 0 || a.raise_run == 0 || a.raise_year_count == 0 {
        report(
            f.actions.span().start,
            "actions: company_praise_run, raise_run and raise_year_count must be at least 1".into(),
            "use e.g. 3, 6 and 11",
        );
    }
}

fn penalties_well_formed(f: &RulesFile, report: &mut Report) {
    for p in &f.penalties {
        let (k, at) = (p.get_ref(), p.span().start);
        if k.min < Decimal::ZERO {
            report(at, format!("penalty {}: min {} is negative", k.code, k.min), "use a minimum of 0 or more");
        }
        if let Some(max) = k.max {
            if max < k.min {
                report(at, format!("penalty {}: max {} is below min {}", k.code, max, k.min), "swap them");
            }
        }
        if let Some(default) = k.default {
            if default < k.min || k.max.is_some_and(|m| default > m) {
                report(at, format!("penalty {}: default {} is outside its range", k.code, default), "choose a default between min and max");
            }
        }
    }
}

fn sampling_windows_cover_the_month(f: &RulesFile, report: &mut Report) {
    let windows = &f.sampling.get_ref().windows;
    let mut next = 1;
    for [a, b] in windows {
        if *a != next || b < a || *b > 31 {
            report(
                f.sampling.span().start,
                format!("sampling window {a}–{b} does not follow on from day {next}"),
                "list ascending day ranges that cover days 1–31, e.g. [[1,10],[11,20],[21,31]]",
            );
            return;
        }
        next = b + 1;
    }
    if !windows.is_empty() && next != 32 {
        report(f.sampling.span().start, "sampling windows do not reach day 31".into(), "end the last window at 31 (the month's last day)");
    }
}

fn rounding_known(f: &RulesFile, report: &mut Report) {
    let r = f.rounding.get_ref();
    if r.strategy != "half_away_from_zero" {
        report(f.rounding.span().start, format!("rounding strategy `{}` is not supported", r.strategy), "use half_away_from_zero");
    }
    if r.money_places > 4 || r.rate_places > 8 {
        report(f.rounding.span().start, "rounding places are too many".into(), "use money_places = 2 and rate_places = 4");
    }
}

/// SPEC 2.5 and 3: points at most 1 000, money at most 100 000 000 yuan, nothing negative that
/// pays — so that no rules file can make a sum overflow or a wage turn negative.
fn values_within_limits(f: &RulesFile, report: &mut Report) {
    // Leaves, topics and kinds are numbered with 16 bits row by row; no scheme has thousands.
    const MAX_CODES: usize = 10_000;
    for (what, n) in [
        ("leaves", f.leaves.len()),
        ("survey topics", f.surveys.get_ref().topics.len()),
        ("attendance kinds", f.attendance.get_ref().kinds.len()),
        ("award kinds", f.special.get_ref().awards.len()),
        ("penalty kinds", f.penalties.len()),
    ] {
        if n > MAX_CODES {
            report(0, format!("the rules define {n} {what}; at most {MAX_CODES} are allowed"), "remove the ones the scheme does not use");
        }
    }
    let points = Decimal::from(crate::check::MAX_POINTS);
    let money = Decimal::from(crate::check::MAX_MONEY);
    let mut check = |at: usize, what: &str, value: Decimal, max: Decimal, unit: &str| {
        if value < Decimal::ZERO || value > max {
            report(at, format!("{what} is {value}; it must be from 0 to {max} {unit}"), "use a value within the range");
        }
    };
    check(0, "scheme.work_full_marks", f.scheme.work_full_marks, points, "points");
    for item in &f.items {
        check(item.span().start, &format!("item {} points", item.get_ref().number), item.get_ref().points, points, "points");
    }
    for leaf in &f.leaves {
        let l = leaf.get_ref();
        check(leaf.span().start, &format!("leaf {} points", l.code), l.points, points, "points");
        check(leaf.span().start, &format!("leaf {} per_miss", l.code), l.per_miss, points, "points");
    }
    let a = f.attendance.get_ref();
    check(f.attendance.span().start, "attendance.attendance_max", a.attendance_max, points, "points");
    check(f.attendance.span().start, "attendance.hygiene_max", a.hygiene_max, points, "points");
    for kind in &a.kinds {
        check(kind.span().start, &format!("attendance kind {} points", kind.get_ref().code), kind.get_ref().points, points, "points");
    }
    let sp = f.special.get_ref();
    check(f.special.span().start, "special.points", sp.points, points, "points");
    check(f.special.span().start, "special.min_work_score", sp.min_work_score, points, "points");
    let r = f.rewards.get_ref();
    check(f.rewards.span().start, "rewards.full_marks", r.full_marks, money, "yuan");
    check(f.rewards.span().start, "rewards.run_reward", r.run_reward, money, "yuan");
    let act = f.actions.get_ref();
    check(f.actions.span().start, "actions.retrain_below", act.retrain_below, points, "points");
    check(f.actions.span().start, "actions.reassign_below", act.reassign_below, points, "points");
    for p in &f.penalties {
        let k = p.get_ref();
        check(p.span().start, &format!("penalty {} min", k.code), k.min, money, "yuan");
        if let Some(max) = k.max {
            check(p.span().start, &format!("penalty {} max", k.code), max, money, "yuan");
        }
    }
    let y = &f.pay.yuan_per_point;
    for (what, value) in [("work", y.work), ("attendance", y.attendance), ("hygiene", y.hygiene), ("special", y.special)] {
        check(0, &format!("pay.yuan_per_point.{what}"), value, money, "yuan");
    }
}

/// Codes and aliases must name one thing each, or input values would be ambiguous.
fn codes_and_aliases_unique(f: &RulesFile, report: &mut Report) {
    fn unique<'a>(names: impl Iterator<Item = (usize, &'a String)>, what: &str, report: &mut Report) {
        let mut seen: BTreeMap<String, ()> = BTreeMap::new();
        for (at, name) in names {
            if seen.insert(name.trim().to_lowercase(), ()).is_some() {
                report(at, format!("{what} `{name}` is defined twice"), "give each code and alias only once");
            }
        }
    }
    unique(f.leaves.iter().map(|l| (l.span().start, &l.get_ref().code)), "leaf code", report);
    unique(
        f.surveys
            .get_ref()
            .topics
            .iter()
            .flat_map(|t| std::iter::once(&t.get_ref().code).chain(&t.get_ref().aliases).map(move |n| (t.span().start, n))),
        "survey topic",
        report,
    );
    unique(
        f.attendance
            .get_ref()
            .kinds
            .iter()
            .flat_map(|t| std::iter::once(&t.get_ref().code).chain(&t.get_ref().aliases).map(move |n| (t.span().start, n))),
        "attendance kind",
        report,
    );
    unique(
        f.special
            .get_ref()
            .awards
            .iter()
            .flat_map(|t| std::iter::once(&t.get_ref().code).chain(&t.get_ref().aliases).map(move |n| (t.span().start, n))),
        "award kind",
        report,
    );
    unique(
        f.penalties.iter().flat_map(|t| std::iter::once(&t.get_ref().code).chain(&t.get_ref().aliases).map(move |n| (t.span().start, n))),
        "penalty kind",
        report,
    );
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
        let problem = rules_text(&gbk, "gbk.toml").unwrap_err();
        assert!(problem.to_string().starts_with("gbk.toml:2:12: the rules file cannot be read: it is not UTF-8"), "{problem}");
        let problem = rules_text(b"\x00\x01binary", "bin.toml").unwrap_err();
        assert!(problem.to_string().starts_with("bin.toml:1:1: the rules file cannot be read: it holds control characters"), "{problem}");
        assert_eq!(rules_text("\u{feff}[scheme]".as_bytes(), "bom.toml").unwrap(), "[scheme]");
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
}
