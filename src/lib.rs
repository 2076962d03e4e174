//! kaohe (考核): the monthly appraisal of customer-service agents.
//!
//! The pipeline: [`input`] reads tables (CSV, Excel) → [`check`] turns cells into typed records,
//! collecting every problem → [`score`] and [`pay`] compute each agent's month as pure functions of
//! the [`rules`], the records and the agent's history → [`output`] writes CSV, Excel, text, JSON.
//! [`cmd`] holds one module per subcommand.

pub mod calibration;
pub mod check;
pub mod cmd;
pub mod compare;
pub mod error;
pub mod i18n;
pub mod input;
pub mod lang;
pub mod ledger;
pub mod model;
pub mod month;
pub mod num;
pub mod output;
pub mod pay;
pub mod period;
pub mod problem;
pub mod rules;
pub mod schema;
pub mod score;
pub mod statement;
pub mod timing;

pub use error::{KaoheError, Result};
