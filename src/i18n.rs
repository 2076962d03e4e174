//! Message catalogs (SPEC 5): every user-facing text of kaohe, one Fluent file per language —
//! `i18n/en.ftl`, `i18n/zh-CN.ftl`, `i18n/zh-TW.ftl` — compiled into the binary. Adding a
//! language or fixing a word is one file. Code asks for a text by its id with [`tr!`]:
//!
//! ```ignore
//! tr!(lang, "check-summary", problems = n)
//! ```
//!
//! Arguments are strings (decimals already formatted: a score as `47`, money as `1030.00`) or
//! integers (so that English can say "1 miss" and "2 misses"). Placeables are not wrapped in
//! Unicode isolation marks: the terminal and CSV files would show them. The catalogs are checked
//! by tests: every id used in the code exists in every language, with the same arguments.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
pub use fluent_bundle::FluentArgs;
use fluent_bundle::{FluentResource, FluentValue};

use crate::lang::Lang;

pub const EN: &str = include_str!("../i18n/en.ftl");
pub const ZH_CN: &str = include_str!("../i18n/zh-CN.ftl");
pub const ZH_TW: &str = include_str!("../i18n/zh-TW.ftl");

/// The catalog text of a language.
pub fn source(lang: Lang) -> &'static str {
    match lang {
        Lang::En => EN,
        Lang::Zh => ZH_CN,
        Lang::ZhTw => ZH_TW,
    }
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static BUNDLES: [OnceLock<FluentBundle<FluentResource>>; 3] = [OnceLock::new(), OnceLock::new(), OnceLock::new()];
    let slot = match lang {
        Lang::En => 0,
        Lang::Zh => 1,
        Lang::ZhTw => 2,
    };
    BUNDLES[slot].get_or_init(|| {
        let id: unic_langid::LanguageIdentifier = lang.code().parse().expect("a valid language tag");
        let mut bundle = FluentBundle::new_concurrent(vec![id]);
        bundle.set_use_isolating(false);
        // A catalog with a syntax error keeps its good messages; the tests refuse the error.
        let resource = FluentResource::try_new(source(lang).to_string()).unwrap_or_else(|(partial, _)| partial);
        let _ = bundle.add_resource(resource);
        bundle
    })
}

/// A value for a placeable.
pub fn arg<'a>(value: impl IntoArg<'a>) -> FluentValue<'a> {
    value.into_arg()
}

pub trait IntoArg<'a> {
    fn into_arg(self) -> FluentValue<'a>;
}

impl<'a> IntoArg<'a> for &'a str {
    fn into_arg(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

impl<'a> IntoArg<'a> for &'a String {
    fn into_arg(self) -> FluentValue<'a> {
        FluentValue::from(self.as_str())
    }
}

impl<'a> IntoArg<'a> for String {
    fn into_arg(self) -> FluentValue<'a> {
        FluentValue::from(self)
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl<'a> IntoArg<'a> for $t {
            fn into_arg(self) -> FluentValue<'a> {
                FluentValue::from(self)
            }
        }
    )*};
}
number_arg!(u8, u16, u32, u64, usize, i32, i64);

/// The text of message `id` in `lang`, with its arguments. A message missing from a catalog
/// falls back to English, then to its id (the tests keep both from happening).
pub fn text(lang: Lang, id: &str, args: Option<&FluentArgs>) -> String {
    for l in [lang, Lang::En] {
        let b = bundle(l);
        if let Some(pattern) = b.get_message(id).and_then(|m| m.value()) {
            let mut errors = Vec::new();
            return b.format_pattern(pattern, args, &mut errors).into_owned();
        }
    }
    id.to_string()
}

/// Whether a message exists in the language's catalog (for texts chosen at run time, such as a
/// code's name: `status-regular`).
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A text from the catalogs: `tr!(lang, "id")` or `tr!(lang, "id", name = value, …)`.
#[macro_export]
macro_rules! tr {
    ($lang:expr, $id:expr) => {
        $crate::i18n::text($lang, $id, None)
    };
    ($lang:expr, $id:expr, $($name:ident = $value:expr),+ $(,)?) => {{
        let mut args = $crate::i18n::FluentArgs::new();
        $( args.set(stringify!($name), $crate::i18n::arg($value)); )+
        $crate::i18n::text($lang, $id, Some(&args))
    }};
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};

    use super::*;

    /// Message id → the variables its text uses, for one catalog; syntax errors fail the test.
    fn messages(lang: Lang) -> BTreeMap<String, BTreeSet<String>> {
        let text = source(lang);
        if let Err((_, errors)) = FluentResource::try_new(text.to_string()) {
            panic!("{} has syntax errors: {errors:?}", lang.code());
        }
        let mut out = BTreeMap::new();
        let mut current: Option<String> = None;
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let starts_message = line.chars().next().is_some_and(|c| c.is_ascii_alphabetic()) && line.contains('=');
            if starts_message {
                let id = line.split('=').next().unwrap().trim().to_string();
                assert!(!out.contains_key(&id), "{}: {id} twice", lang.code());
                out.insert(id.clone(), BTreeSet::new());
                current = Some(id);
            }
            if let Some(id) = &current {
                let vars = out.get_mut(id).unwrap();
                let mut rest = line;
                while let Some(at) = rest.find("{ $").or_else(|| rest.find("{$")) {
                    let after = rest[at..].trim_start_matches('{').trim_start().trim_start_matches('$');
                    let name: String = after.chars().take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').collect();
                    vars.insert(name);
                    rest = &rest[at + 2..];
                }
            }
        }
        out
    }

    #[test]
    fn every_language_has_every_message_with_the_same_arguments() {
        let en = messages(Lang::En);
        for lang in [Lang::Zh, Lang::ZhTw] {
            let other = messages(lang);
            let missing: Vec<&String> = en.keys().filter(|k| !other.contains_key(*k)).collect();
            let extra: Vec<&String> = other.keys().filter(|k| !en.contains_key(*k)).collect();
            assert!(missing.is_empty() && extra.is_empty(), "{}: missing {missing:?}, not in en {extra:?}", lang.code());
            for (id, vars) in &en {
                assert_eq!(&other[id], vars, "{}: {id} uses other arguments than en", lang.code());
            }
        }
    }

    /// Every `tr!(lang, "id"` in the sources names a message of the catalogs.
    #[test]
    fn every_id_the_code_asks_for_exists() {
        let en = messages(Lang::En);
        let mut missing = Vec::new();
        let mut stack = vec![std::path::PathBuf::from(concat!(env!("CARGO_MANIFEST_DIR"), "/src"))];
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                    continue;
                }
                if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n.rs") {
                    continue;
                }
                let text = std::fs::read_to_string(&path).unwrap();
                let mut rest = text.as_str();
                while let Some(at) = rest.find("tr!(") {
                    // `include_str!(` is not `tr!(`.
                    let word = rest[..at].chars().next_back().is_some_and(|c| c.is_alphanumeric() || c == '_');
                    rest = &rest[at + 4..];
                    if word {
                        continue;
                    }
                    // The id is the first string literal after the language argument.
                    let Some(q) = rest.find('"') else { break };
                    let before = &rest[..q];
                    if before.contains(')') && !before.contains(',') {
                        continue;
                    }
                    let id: String = rest[q + 1..].chars().take_while(|c| *c != '"').collect();
                    if !en.contains_key(&id) {
                        missing.push(format!("{}: {id}", path.display()));
                    }
                }
            }
        }
        assert!(missing.is_empty(), "ids not in i18n/en.ftl: {missing:#?}");
    }

    /// Codes are named in every language: the ids made at run time from a code exist.
    #[test]
    fn every_code_has_a_name_in_every_language() {
        use crate::model::{Appeal, Category, Source, Status};
        for lang in Lang::ALL {
            let mut names: Vec<String> = Vec::new();
            names.extend(Status::ALL.iter().map(|x| x.name(lang)));
            names.extend(Source::ALL.iter().map(|x| x.name(lang)));
            names.extend(Appeal::ALL.iter().map(|x| x.name(lang)));
            names.extend(Category::ALL.iter().map(|x| x.name(lang)));
            names.extend(crate::score::Action::ALL.iter().map(|x| x.name(lang)));
            names.extend(crate::problem::WarningKind::ALL.iter().map(|x| x.name(lang)));
            for n in &names {
                assert!(!n.contains('-') || lang == Lang::En, "{}: {n} has no name", lang.code());
                assert!(!n.contains('_'), "{}: {n} has no name", lang.code());
            }
        }
        assert_eq!(crate::model::Status::Training.name(Lang::Zh), "培训期");
        assert_eq!(crate::model::Status::Training.name(Lang::ZhTw), "培訓期");
    }

    #[test]
    fn arguments_fill_in_and_plurals_follow_the_count() {
        assert_eq!(tr!(Lang::En, "test-misses", count = 1u64), "1 miss");
        assert_eq!(tr!(Lang::En, "test-misses", count = 3u64), "3 misses");
        assert_eq!(tr!(Lang::Zh, "test-misses", count = 3u64), "3 次");
        assert_eq!(tr!(Lang::ZhTw, "test-misses", count = 3u64), "3 次");
        assert_eq!(text(Lang::Zh, "no-such-message", None), "no-such-message");
    }
}
