//! `kaohe inspectors`: QA calibration — each inspector's samples, findings and points per sample,
//! the leaves they cite most, the share overturned on appeal, and a flag when one's finding rate
//! differs from the others' beyond chance ([`crate::calibration`]). Writes nothing.

use super::{appraise, print_warnings, MonthArgs};
use crate::error::Result;
use crate::model::Keep;

pub fn run(args: &MonthArgs, json: bool) -> Result<()> {
    // Runs across months do not enter the calibration: no ledger is read.
    let m = appraise(args, &Keep::All, &|_| Vec::new())?;
    let cal = crate::calibration::calibrate(&m.rules, &m.checked.data);
    if json {
        let doc = serde_json::json!({ "month": m.checked.month.to_string(), "calibration": cal });
        super::print_json(doc);
    } else {
        print_warnings(&m.warnings, args.lang);
        super::say(&crate::output::inspectors::text(&cal, &m.checked.month.to_string(), args.lang));
    }
    Ok(())
}
