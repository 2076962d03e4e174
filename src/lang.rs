//! The language of human-facing text (SPEC 5): `--lang`, else `LC_ALL`/`LANG`, else English.
//! Machine-facing outputs (CSV column names, codes) never change with the language.

/// Language for messages, statements and summaries.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    En,
    Zh,
}

impl Lang {
    /// Picks the language from an explicit choice, else the locale variables.
    pub fn detect(explicit: Option<&str>) -> Lang {
        if let Some(choice) = explicit {
            return Lang::from_code(choice);
        }
        for var in ["LC_ALL", "LANG"] {
            if let Ok(value) = std::env::var(var) {
                if !value.is_empty() {
                    return Lang::from_code(&value);
                }
            }
        }
        Lang::En
    }

    fn from_code(code: &str) -> Lang {
        if code.to_ascii_lowercase().starts_with("zh") {
            Lang::Zh
        } else {
            Lang::En
        }
    }

    /// The English or the Chinese text.
    pub fn pick<'a>(self, en: &'a str, zh: &'a str) -> &'a str {
        match self {
            Lang::En => en,
            Lang::Zh => zh,
        }
    }
}
