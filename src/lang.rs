//! The language of human-facing text (SPEC 5): `--lang zh|zh-CN|zh-TW|en`, else the system locale
//! (`LC_ALL`/`LC_MESSAGES`/`LANG`, or the Windows user locale, through `sys-locale`), else
//! English. Simplified Chinese for `zh_CN`, `zh_SG` and plain `zh`; Traditional for `zh_TW`,
//! `zh_HK` and `zh_MO`. Machine-facing outputs (CSV column names, codes) never change with it.
//! The texts themselves are in the message catalogs (`i18n/*.ftl`, [`crate::i18n`]).

/// Language for messages, statements and summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Lang {
    En,
    /// Simplified Chinese (zh-CN), the department's language.
    Zh,
    /// Traditional Chinese (zh-TW).
    ZhTw,
}

impl Lang {
    pub const ALL: [Lang; 3] = [Lang::En, Lang::Zh, Lang::ZhTw];

    /// Picks the language from an explicit choice, else the system locale. An explicit choice
    /// that names no language kaohe has is English (the command line refuses it first).
    pub fn detect(explicit: Option<&str>) -> Lang {
        if let Some(choice) = explicit {
            return Lang::parse(choice).unwrap_or(Lang::En);
        }
        Lang::system()
    }

    /// The system locale's language: the POSIX variables in their order of precedence, then
    /// what `sys-locale` reads (the same variables on Unix, the user locale on Windows).
    pub fn system() -> Lang {
        for var in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let Ok(value) = std::env::var(var) {
                if !value.is_empty() {
                    return Lang::of_locale(&value);
                }
            }
        }
        sys_locale::get_locale().map_or(Lang::En, |l| Lang::of_locale(&l))
    }

    /// A language as `--lang` or `kaohe.toml` names it: `en`, `zh`, `zh-CN`, `zh-TW` (also with
    /// `_`, any case, and the locale forms `zh_CN.UTF-8`, `zh-Hant`, `zh-HK`, `en_US`).
    pub fn parse(code: &str) -> Option<Lang> {
        let c = code.trim().to_ascii_lowercase().replace('_', "-");
        let base = c.split('.').next().unwrap_or("");
        if base == "en" || base.starts_with("en-") || base == "c" || base == "posix" {
            Some(Lang::En)
        } else if base == "zh" || base.starts_with("zh-") {
            Some(Lang::of_locale(base))
        } else {
            None
        }
    }

    /// A locale's language: Chinese by region or script, English for anything else.
    fn of_locale(locale: &str) -> Lang {
        let l = locale.to_ascii_lowercase().replace('_', "-");
        let l = l.split(['.', '@']).next().unwrap_or("");
        if l != "zh" && !l.starts_with("zh-") {
            return Lang::En;
        }
        let traditional = l.split('-').skip(1).any(|part| matches!(part, "tw" | "hk" | "mo" | "hant"));
        if traditional {
            Lang::ZhTw
        } else {
            Lang::Zh
        }
    }

    /// `en`, `zh-CN`, `zh-TW`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
            Lang::ZhTw => "zh-TW",
        }
    }

    pub fn is_zh(self) -> bool {
        self != Lang::En
    }

    /// The English or the Chinese text. Being replaced by the catalogs: a text written this way
    /// is the same in both Chinese scripts.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh | Lang::ZhTw => zh,
        }
    }

    /// A name in the language: a rules file's `en`, `zh` (Simplified) and optional `zh_tw`.
    pub fn name<'a>(self, en: &'a str, zh: &'a str, zh_tw: Option<&'a str>) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
            Lang::ZhTw => zh_tw.filter(|t| !t.is_empty()).unwrap_or(zh),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locales_and_choices_name_the_language() {
        for (code, lang) in [
            ("zh", Lang::Zh),
            ("zh-CN", Lang::Zh),
            ("zh_CN.UTF-8", Lang::Zh),
            ("zh_SG.GB18030", Lang::Zh),
            ("zh-Hans", Lang::Zh),
            ("zh-TW", Lang::ZhTw),
            ("zh_TW.UTF-8", Lang::ZhTw),
            ("zh_HK.Big5", Lang::ZhTw),
            ("zh-MO", Lang::ZhTw),
            ("zh-Hant-TW", Lang::ZhTw),
            ("en", Lang::En),
            ("en_US.UTF-8", Lang::En),
            ("C", Lang::En),
        ] {
            assert_eq!(Lang::parse(code), Some(lang), "{code}");
        }
        assert_eq!(Lang::parse("fr"), None);
        assert_eq!(Lang::parse("chinese"), None);
        assert_eq!(Lang::of_locale("de_DE.UTF-8"), Lang::En);
        assert_eq!(Lang::of_locale("zh_TW.UTF-8@stroke"), Lang::ZhTw);
    }
}
