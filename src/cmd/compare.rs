//! `kaohe compare`: what a rules change would cost before HR adopts it (SPEC 5). The month is
//! read once and appraised under the rules in force (`--against`, else the built-in scheme) and
//! under the rules tried (`--rules`), each by the same path as `kaohe run`, with the same ledger
//! history; the differences per agent and the total cost difference are printed, as JSON with
//! `--json`, and written as a workbook with `--out FILE.xlsx`. Nothing else is written.

use std::path::PathBuf;

use super::{appraise_under, print_warnings, read_history, MonthArgs};
use crate::compare::Comparison;
use crate::error::{KaoheError, Result};
use crate::input::InputSet;
use crate::model::Keep;
use crate::output::compare as render;
use crate::rules::Rules;
use crate::tr;

#[derive(Debug, Clone)]
pub struct CompareArgs {
    /// The month and its input; `rules` is the rules file tried.
    pub month: MonthArgs,
    /// The rules in force; the built-in scheme when absent.
    pub against: Option<PathBuf>,
    pub ledger: PathBuf,
    pub json: bool,
    /// A workbook to write, `.xlsx`.
    pub out: Option<PathBuf>,
}

pub fn run(args: &CompareArgs) -> Result<()> {
    let lang = args.month.lang;
    if args.month.rules.is_none() {
        return Err(KaoheError::Usage(tr!(lang, "compare-needs-rules")));
    }
    if let Some(out) = &args.out {
        if crate::input::extension(out) != "xlsx" {
            return Err(KaoheError::Usage(tr!(lang, "compare-out-xlsx", out = out.display().to_string())));
        }
    }
    let tried = Rules::load_in(args.month.rules.as_deref(), lang)?;
    let in_force = Rules::load_in(args.against.as_deref(), lang)?;
    let (history, ledger_warnings) = read_history(&args.ledger, args.month.month, lang)?;
    let mut input = InputSet::open_in(&args.month.input, lang)?;
    let base = appraise_under(&mut input, in_force, &args.month, &Keep::Nothing, &|id| history.of(id))?;
    let proposed = appraise_under(&mut input, tried, &args.month, &Keep::Nothing, &|id| history.of(id))?;
    // People read the built-in rules' name in their language; JSON keeps the name itself.
    let name = |r: &Rules| if args.json { r.source_name.clone() } else { r.shown_name(lang) };
    let comparison = Comparison::new(args.month.month, &name(&base.rules), &base.appraisals, &name(&proposed.rules), &proposed.appraisals);
    let mut written = Vec::new();
    if let Some(out) = &args.out {
        let dir = out.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(std::path::Path::new("."));
        let name = out.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let mut staging = crate::output::atomic::Staging::new(dir)?;
        let file = staging.create(&name)?;
        let mut buf = std::io::BufWriter::new(&file.file);
        render::write_xlsx(&mut buf, &comparison, lang)?;
        std::io::Write::flush(&mut buf).map_err(|e| file.error(e))?;
        staging.publish()?.commit();
        written.push(out.display().to_string());
    }
    if args.json {
        let mut doc = render::json(&comparison);
        if let Some(o) = doc.as_object_mut() {
            o.insert("outputs".into(), serde_json::json!(written));
            let warnings: Vec<_> = ledger_warnings.iter().chain(&base.warnings).cloned().collect();
            o.insert("warnings".into(), super::warnings_json(&warnings));
        }
        super::print_json(doc);
    } else {
        let mut warnings = ledger_warnings;
        warnings.extend(base.warnings.iter().cloned());
        print_warnings(&warnings, lang);
        super::say(&render::text(&comparison, lang));
        for w in &written {
            super::say_line(&tr!(lang, "cmd-wrote", file = w.as_str()));
        }
    }
    Ok(())
}
