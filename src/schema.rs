//! The input tables and their columns, with the English and Chinese (simplified and traditional)
//! names users may give them (SPEC 2).

use crate::lang::Lang;

/// A column of an input table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ColumnDef {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub required: bool,
}

/// An input table.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct TableDef {
    pub name: &'static str,
    pub aliases: &'static [&'static str],
    pub columns: &'static [ColumnDef],
    pub required: bool,
}

const fn col(name: &'static str, aliases: &'static [&'static str], required: bool) -> ColumnDef {
    ColumnDef { name, aliases, required }
}

const DATE: ColumnDef = col("date", &["日期"], true);
const AGENT_ID: ColumnDef = col("agent_id", &["工號", "工号", "員工編號", "员工编号"], true);
const NOTE: ColumnDef = col("note", &["備註", "备注"], false);
const APPROVED_BY: ColumnDef = col("approved_by", &["批准人"], false);

pub const AGENTS: TableDef = TableDef {
    name: "agents",
    aliases: &["人員", "人员"],
    required: true,
    columns: &[
        AGENT_ID,
        col("name", &["姓名"], true),
        col("team", &["班組", "班组"], false),
        col("status", &["狀態", "状态"], false),
        col("base_salary", &["基本工資", "基本工资"], true),
        col("allowance", &["補助", "补助"], false),
    ],
};

pub const QA: TableDef = TableDef {
    name: "qa",
    aliases: &["質檢", "质检"],
    required: true,
    columns: &[
        DATE,
        AGENT_ID,
        col("item", &["項目", "项目"], false),
        col("misses", &["次數", "次数"], false),
        col("source", &["來源", "来源"], false),
        col("inspector", &["檢查人", "检查人"], false),
        NOTE,
        col("void", &["作廢", "作废"], false),
        col("appeal", &["申訴", "申诉"], false),
        col("appeal_note", &["申訴說明", "申诉说明"], false),
        col("decided_by", &["裁定人"], false),
        col("decided_on", &["裁定日期"], false),
    ],
};

pub const SURVEYS: TableDef = TableDef {
    name: "surveys",
    aliases: &["滿意度", "满意度"],
    required: false,
    columns: &[
        DATE,
        col("customer", &["客戶", "客户"], false),
        col("agent_id", &["工號", "工号", "員工編號", "员工编号"], false),
        col("topic", &["類別", "类别"], true),
        col("rating", &["評價", "评价"], true),
    ],
};

pub const ATTENDANCE: TableDef = TableDef {
    name: "attendance",
    aliases: &["考勤"],
    required: false,
    columns: &[
        DATE,
        AGENT_ID,
        col("category", &["類別", "类别"], true),
        col("kind", &["事項", "事项"], false),
        col("points", &["扣分"], false),
        NOTE,
    ],
};

pub const AWARDS: TableDef = TableDef {
    name: "awards",
    aliases: &["獎勵", "奖励"],
    required: false,
    columns: &[DATE, AGENT_ID, col("kind", &["類別", "类别"], true), NOTE, APPROVED_BY],
};

pub const PENALTIES: TableDef = TableDef {
    name: "penalties",
    aliases: &["罰款", "罚款"],
    required: false,
    columns: &[DATE, AGENT_ID, col("kind", &["類別", "类别"], true), col("amount", &["金額", "金额"], false), NOTE, APPROVED_BY],
};

/// Every table, in the order they are read (the roster first: other tables refer to it).
pub const TABLES: [TableDef; 6] = [AGENTS, QA, SURVEYS, ATTENDANCE, AWARDS, PENALTIES];

/// Normalizes a header or a name for matching: trimmed, lower case, spaces and dashes as `_`.
pub fn normalize(text: &str) -> String {
    text.trim().trim_start_matches('\u{feff}').trim().to_lowercase().replace([' ', '-'], "_")
}

impl ColumnDef {
    pub fn matches(&self, header: &str) -> bool {
        let h = normalize(header);
        h == self.name || self.aliases.iter().any(|a| normalize(a) == h)
    }

    /// How messages name the column: `agent_id (工號)` in English, its Chinese header in
    /// Chinese (`工号`, zh-TW `工號`).
    pub fn label(&self, lang: Lang) -> String {
        match lang {
            Lang::En => match self.aliases.first() {
                Some(zh) => format!("{} ({})", self.name, zh),
                None => self.name.to_string(),
            },
            _ => chinese_name(self.name, self.aliases, lang).to_string(),
        }
    }
}

/// A name's Chinese form among its aliases, which list the Traditional form first and the
/// Simplified one second where the two differ.
fn chinese_name(name: &'static str, aliases: &'static [&'static str], lang: Lang) -> &'static str {
    let simplified = aliases.get(1).or(aliases.first());
    match lang {
        Lang::En => name,
        Lang::Zh => simplified.copied().unwrap_or(name),
        Lang::ZhTw => aliases.first().copied().unwrap_or(name),
    }
}

/// Words a header of `table` may hold (its column names in every script), used to tell legacy
/// Chinese encodings apart.
pub fn header_words(table: &TableDef) -> Vec<&'static str> {
    table.columns.iter().flat_map(|c| std::iter::once(c.name).chain(c.aliases.iter().copied())).collect()
}

impl TableDef {
    /// How messages name the table: `qa` in English, `质检` (zh-TW `質檢`) in Chinese.
    pub fn label(&self, lang: Lang) -> &'static str {
        chinese_name(self.name, self.aliases, lang)
    }

    pub fn matches_name(&self, name: &str) -> bool {
        let n = normalize(name);
        n == self.name || self.aliases.iter().any(|a| normalize(a) == n)
    }

    pub fn column(&self, name: &str) -> &ColumnDef {
        self.columns.iter().find(|c| c.name == name).expect("column defined in the schema")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn headers_match_in_every_script() {
        let item = QA.column("item");
        assert!(item.matches("项目") && item.matches("項目") && item.matches(" Item "));
        assert!(AGENTS.column("agent_id").matches("\u{feff}工号"));
        assert!(AGENTS.column("agent_id").matches("Agent ID"));
        assert!(!AGENTS.column("name").matches("工号"));
        assert!(QA.matches_name("质检") && QA.matches_name("質檢") && QA.matches_name("QA"));
    }

    #[test]
    fn labels_are_in_the_language() {
        let id = AGENTS.column("agent_id");
        assert_eq!(id.label(Lang::En), "agent_id (工號)");
        assert_eq!(id.label(Lang::Zh), "工号");
        assert_eq!(id.label(Lang::ZhTw), "工號");
        assert_eq!(ATTENDANCE.column("kind").label(Lang::Zh), "事项");
        assert_eq!(QA.column("decided_by").label(Lang::ZhTw), "裁定人");
        assert_eq!(QA.label(Lang::Zh), "质检");
        assert_eq!(AGENTS.label(Lang::ZhTw), "人員");
        assert_eq!(ATTENDANCE.label(Lang::Zh), "考勤");
        assert_eq!(PENALTIES.label(Lang::En), "penalties");
    }
}
