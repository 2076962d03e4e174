//! `kaohe.toml` in the working folder (SPEC 5): defaults for `ledger`, `rules`, `out` and `lang`,
//! which command-line flags override. An unknown key or a bad value is a usage error (exit 2)
//! naming the file, the line and the key, so a typo never silently changes what a run does.

use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::lang::Lang;
use crate::tr;

/// The file read from the working folder.
pub const CONFIG_FILE: &str = "kaohe.toml";

/// The defaults a `kaohe.toml` sets; every one is optional.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Config {
    /// The ledger file (instead of `kaohe.db`).
    pub ledger: Option<PathBuf>,
    /// The rules file (instead of the built-in scheme).
    pub rules: Option<PathBuf>,
    /// The folder under which each month's outputs go: `<out>/<month>` (instead of `out/<month>`).
    pub out: Option<PathBuf>,
    /// The language of messages (instead of the system locale); also the language of names in
    /// `deductions.csv`, as `--lang` is.
    pub lang: Option<Lang>,
}

#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct File {
    ledger: Option<Spanned<String>>,
    rules: Option<Spanned<String>>,
    out: Option<Spanned<String>>,
    lang: Option<Spanned<String>>,
}

/// 1-based line of a byte offset.
fn line_of(text: &str, offset: usize) -> usize {
    text[..offset.min(text.len())].bytes().filter(|b| *b == b'\n').count() + 1
}

/// The key a line starts with (`lang = "fr"` → `lang`).
fn key_on_line(text: &str, line: usize) -> String {
    text.lines()
        .nth(line.saturating_sub(1))
        .and_then(|l| l.split('=').next())
        .map(|k| k.trim().trim_matches('"').to_string())
        .unwrap_or_default()
}

impl Config {
    /// Reads `kaohe.toml` from `dir`; no file is no defaults. Errors are the message to print.
    pub fn load(dir: &Path, lang: Lang) -> Result<Config, String> {
        let path = dir.join(CONFIG_FILE);
        let text = match std::fs::read(&path) {
            Ok(bytes) => match String::from_utf8(bytes) {
                Ok(t) => t,
                Err(_) => return Err(tr!(lang, "cmd-config-not-utf8", file = CONFIG_FILE)),
            },
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(tr!(lang, "cmd-config-unreadable", file = CONFIG_FILE, error = e.to_string())),
        };
        Config::parse(&text, lang)
    }

    /// Parses the text of a `kaohe.toml`.
    pub fn parse(text: &str, lang: Lang) -> Result<Config, String> {
        let file: File = toml::from_str(text).map_err(|e| {
            let line = e.span().map_or(1, |s| line_of(text, s.start));
            let key = key_on_line(text, line);
            let unknown = e.message().starts_with("unknown field");
            if unknown {
                tr!(lang, "cmd-config-unknown-key", file = CONFIG_FILE, line = line, key = key)
            } else {
                let detail = e.message().trim().to_string();
                tr!(lang, "cmd-config-bad-value", file = CONFIG_FILE, line = line, key = key, detail = detail)
            }
        })?;
        let path = |v: Option<Spanned<String>>, key: &str| -> Result<Option<PathBuf>, String> {
            match v {
                Some(s) if s.get_ref().trim().is_empty() || s.get_ref().trim() == "-" => {
                    let line = line_of(text, s.span().start);
                    Err(tr!(lang, "cmd-config-bad-path", file = CONFIG_FILE, line = line, key = key, value = s.get_ref().as_str()))
                }
                Some(s) => Ok(Some(PathBuf::from(s.into_inner()))),
                None => Ok(None),
            }
        };
        let lang_value = match file.lang {
            Some(s) => match Lang::parse(s.get_ref()) {
                Some(l) => Some(l),
                None => {
                    let line = line_of(text, s.span().start);
                    return Err(tr!(lang, "cmd-config-bad-lang", file = CONFIG_FILE, line = line, value = s.get_ref().as_str()));
                }
            },
            None => None,
        };
        Ok(Config {
            ledger: path(file.ledger, "ledger")?,
            rules: path(file.rules, "rules")?,
            out: path(file.out, "out")?,
            lang: lang_value,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn defaults_read_and_mistakes_name_line_and_key() {
        let c = Config::parse("# defaults\nledger = \"hr.db\"\nlang = \"zh-TW\"\nout = \"payroll\"\n", Lang::En).unwrap();
        assert_eq!(c.ledger, Some(PathBuf::from("hr.db")));
        assert_eq!(c.lang, Some(Lang::ZhTw));
        assert_eq!(c.out, Some(PathBuf::from("payroll")));
        assert_eq!(c.rules, None);
        let e = Config::parse("ledger = \"hr.db\"\nlegder = \"x\"\n", Lang::En).unwrap_err();
        assert!(e.starts_with("kaohe.toml:2: unknown key `legder`"), "{e}");
        let e = Config::parse("\nlang = \"fr\"\n", Lang::En).unwrap_err();
        assert!(e.starts_with("kaohe.toml:2: "), "{e}");
        assert!(e.contains("`fr`"), "{e}");
        let e = Config::parse("rules = 3\n", Lang::En).unwrap_err();
        assert!(e.starts_with("kaohe.toml:1: `rules`"), "{e}");
        let e = Config::parse("out = \"-\"\n", Lang::Zh).unwrap_err();
        assert!(e.starts_with("kaohe.toml:第 1 行:"), "{e}");
    }
}
