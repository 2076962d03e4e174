//! A deterministic generator of valid months at any scale, for the scale benchmark
//! (`benches/scale.rs`), the `gen_month` example and tests. Not a test crate: include it by path,
//!
//! ```ignore
//! #[path = "../tests/gen_month/mod.rs"]
//! mod gen_month;
//! ```
//!
//! Every row it writes is valid under the default rules (SPEC 2), so `kaohe check` exits 0 on
//! any generated month. The month looks like what HR receives: Chinese headers and values with
//! some English codes mixed in, two date spellings, money written as `¥3,200.00` now and then,
//! notes with commas and quotes and, about one in 2 000, a quoted line break. QA rows come in
//! date order (a day's rows shuffled), the way a QA log is kept.
//!
//! The same [`Spec`] gives byte-identical files: everything comes from one
//! `ChaCha8Rng::seed_from_u64(seed)` stream in a fixed order. [`generate`] holds the whole month
//! in memory (about 300 bytes per QA row); [`write_csv_spec`] streams the same rows to disk a day
//! at a time for months of millions of rows, with identical bytes.
#![allow(dead_code)]

use std::fs::File;
use std::io::{BufWriter, Write};
use std::path::Path;

use rand::seq::{IndexedRandom, SliceRandom};
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

/// What month to generate.
#[derive(Debug, Clone)]
pub struct Spec {
    /// (year, month), e.g. (2026, 10).
    pub month: (i32, u32),
    pub agents: usize,
    /// Exactly this many QA rows.
    pub qa_rows: usize,
    pub seed: u64,
    /// Share of QA rows that name a leaf (a finding); the rest are clean spot checks.
    pub finding_rate: f64,
}

impl Default for Spec {
    fn default() -> Spec {
        Spec { month: (2026, 10), agents: 200, qa_rows: 10_000, seed: 1, finding_rate: 0.3 }
    }
}

/// A generated month: each table's file stem and its rows, the header row first.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Month {
    pub tables: Vec<(String, Vec<Vec<String>>)>,
}

impl Month {
    pub fn table(&self, stem: &str) -> Option<&Vec<Vec<String>>> {
        self.tables.iter().find(|(s, _)| s == stem).map(|(_, rows)| rows)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    Utf8,
    /// UTF-8 with a BOM: Excel's "CSV UTF-8".
    Utf8Bom,
    /// GB18030 (a superset of GBK) as Excel on Chinese Windows saves "CSV".
    Gbk,
    /// UTF-16 little endian with a BOM (Excel's "Unicode text", here comma-separated).
    Utf16LeBom,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LineEnd {
    Lf,
    /// As Excel on Windows saves.
    CrLf,
    /// A lone CR, as old Mac Excel saves.
    Cr,
}

/// The tables in the order they are generated and written.
pub const STEMS: [&str; 6] = ["agents", "qa", "surveys", "attendance", "awards", "penalties"];
/// Sheet names of [`write_xlsx`], in [`STEMS`] order.
pub const SHEETS: [&str; 6] = ["人员", "质检", "满意度", "考勤", "奖励", "罚款"];

const AGENTS_HEADER: [&str; 6] = ["工号", "姓名", "班组", "状态", "基本工资", "补助"];
const QA_HEADER: [&str; 8] = ["日期", "工号", "项目", "次数", "来源", "检查人", "备注", "作废"];
const SURVEYS_HEADER: [&str; 5] = ["日期", "客户", "工号", "类别", "评价"];
const ATTENDANCE_HEADER: [&str; 6] = ["日期", "工号", "类别", "事项", "扣分", "备注"];
const AWARDS_HEADER: [&str; 5] = ["日期", "工号", "类别", "备注", "批准人"];
const PENALTIES_HEADER: [&str; 6] = ["日期", "工号", "类别", "金额", "备注", "批准人"];

fn header(cells: &[&str]) -> Vec<String> {
    cells.iter().map(|c| c.to_string()).collect()
}

fn headers() -> [Vec<String>; 6] {
    [
        header(&AGENTS_HEADER),
        header(&QA_HEADER),
        header(&SURVEYS_HEADER),
        header(&ATTENDANCE_HEADER),
        header(&AWARDS_HEADER),
        header(&PENALTIES_HEADER),
    ]
}

// ---- Pools of realistic values -----------------------------------------------------------------

const SURNAMES: &[&str] = &[
    "王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "马", "朱", "胡", "郭", "何", "高", "林", "罗", "郑", "梁",
    "谢", "宋", "唐", "许", "韩", "冯", "邓", "曹", "彭", "曾", "肖", "田", "董", "袁", "潘", "于", "蒋", "蔡", "余", "杜", "叶", "程",
    "苏", "魏", "吕", "丁", "任", "沈", "姚", "卢", "姜", "崔", "钟", "谭", "陆", "汪", "范", "金", "石", "廖", "贾", "夏", "韦", "欧阳",
];
const GIVEN: &[&str] = &[
    "伟", "芳", "娜", "敏", "静", "丽", "强", "磊", "军", "洋", "勇", "艳", "杰", "娟", "涛", "明", "超", "秀", "霞", "平", "刚", "桂",
    "英", "华", "玉", "兰", "萍", "鹏", "辉", "建", "国", "文", "红", "波", "宁", "晶", "婷", "雪", "琳", "倩", "颖", "欣", "悦", "佳",
    "思", "雨", "晨", "宇", "浩", "轩", "子", "涵", "梓", "睿", "博", "凯", "俊", "峰", "丹", "蕾", "莉", "岚", "晓", "春", "海", "燕",
    "志", "昊", "瑶", "璐", "薇", "茜", "琪", "慧", "聪", "阳", "帆", "鑫", "彤", "然",
];
const INSPECTORS: &[&str] = &[
    "陈建国",
    "王志远",
    "李秀英",
    "张海燕",
    "刘德明",
    "杨丽华",
    "赵文斌",
    "黄晓梅",
    "周建华",
    "吴桂兰",
    "徐立新",
    "孙红梅",
    "马振东",
    "朱丽娟",
    "胡永强",
    "郭淑芬",
    "何春生",
    "高玉珍",
    "林国庆",
    "罗美玲",
];
const APPROVERS: &[&str] = &["陈建国", "王志远", "李秀英"];
const CUSTOMERS: &[&str] = &[
    "美好影楼",
    "金夫人婚纱摄影",
    "蒙娜丽莎婚纱",
    "小天使儿童摄影",
    "薇薇新娘",
    "米兰婚纱",
    "艺术人生摄影",
    "时光印记工作室",
    "爱度摄影",
    "巴黎春天婚纱",
    "维纳斯影楼",
    "童年时光儿童摄影",
    "东方丽人",
    "韩国艺匠",
    "古摄影",
    "左岸婚纱",
    "玛雅婚纱摄影",
    "花嫁丽舍",
    "纽约纽约",
    "罗马假日",
    "青春纪念册",
    "天使之城",
    "金色年华",
    "梦之城",
    "红蜻蜓摄影",
    "新概念影像",
    "唯一视觉",
    "铂爵旅拍",
    "星空摄影",
    "樱桃小丸子儿童摄影",
    "欧式经典",
    "光影工作室",
    "雅致摄影",
    "白玫瑰婚纱",
    "海马体照相馆",
    "良人婚纱",
    "一生一世婚纱",
    "圣罗兰摄影",
    "水晶之恋",
    "阳光宝贝",
];
const DISTRICTS: &[&str] = &[
    "",
    "朝阳店",
    "海淀店",
    "西城店",
    "东城店",
    "丰台店",
    "通州店",
    "天河店",
    "越秀店",
    "南山店",
    "福田店",
    "浦东店",
    "徐汇店",
    "静安店",
    "武侯店",
];
/// Leaf codes of the default rules (SPEC 1.1). 7a (a training missed) is rarer than the rest.
const LEAVES: &[&str] = &[
    "1a", "1b", "1c", "1d", "1e", "2a", "2b", "2c", "2d", "2e", "3a", "3b", "3c", "3d", "3e", "4a", "4b", "4c", "5a", "5b", "5c", "5d",
    "6a", "6b", "6c", "6d", "6e", "6f", "7a",
];
const PRODUCTS: &[&str] = &[
    "水晶相框",
    "婚纱相册",
    "儿童相册",
    "台历",
    "油画布",
    "杂志册",
    "陶瓷相片",
    "钢琴烤漆板",
    "木质相框",
    "证件照",
    "毕业照",
    "写真集",
    "放大片",
    "皮质相册",
];
const ISSUES: &[&str] = &[
    "答复客户工期有误",
    "超过2小时未回复",
    "未如实记录投诉经过",
    "登记信息不完整",
    "未及时通知发货部",
    "加急件未跟踪到客户签收",
    "返工原因未核实",
    "外加工件未当场验收",
    "接听电话未使用规范用语",
    "转接电话不准确",
    "未佩戴工作牌",
    "客人等候时未提供茶水",
    "发车登记单号与数量不符",
    "未登记客户基本情况",
    "对产品规格介绍不清",
    "重点客户未按时完工",
    "未参加本月产品培训",
    "复杂投诉超过24小时未处理",
    "未引见到主要负责部门",
    "返工件未按时核销",
];
const EXTRAS: &[&str] = &[
    "，客户不满意",
    "，已口头提醒",
    "，经核实属实",
    "，主管已约谈",
    "，客户来电催问两次",
    ", 已整改",
    "，客户称\"没有收到通知\"",
    "，需跟进",
    "",
    "",
];

fn name(rng: &mut ChaCha8Rng) -> String {
    let mut s = SURNAMES.choose(rng).unwrap().to_string();
    let given = if rng.random_bool(0.7) { 2 } else { 1 };
    for _ in 0..given {
        s.push_str(GIVEN.choose(rng).unwrap());
    }
    s
}

fn team(index: usize, teams: usize) -> String {
    const DIGITS: [&str; 10] = ["", "一", "二", "三", "四", "五", "六", "七", "八", "九"];
    let n = index + 1;
    if teams <= 10 {
        if n == 10 {
            "十组".to_string()
        } else {
            format!("{}组", DIGITS[n])
        }
    } else {
        format!("客服{n}组")
    }
}

fn last_day(year: i32, month: u32) -> u32 {
    use chrono::Datelike;
    let (ny, nm) = if month == 12 { (year + 1, 1) } else { (year, month + 1) };
    chrono::NaiveDate::from_ymd_opt(ny, nm, 1).expect("valid month").pred_opt().expect("valid date").day()
}

/// `2026-10-03` mostly, `2026/10/3` now and then.
fn date(rng: &mut ChaCha8Rng, (y, m): (i32, u32), day: u32) -> String {
    if rng.random_bool(0.9) {
        format!("{y:04}-{m:02}-{day:02}")
    } else {
        format!("{y:04}/{m}/{day}")
    }
}

/// A note for a finding, 8–40 characters; one in 2 000 holds a line break (Alt+Enter in Excel).
fn note(rng: &mut ChaCha8Rng) -> String {
    let mut s = String::new();
    if rng.random_bool(0.5) {
        s.push_str(PRODUCTS.choose(rng).unwrap());
        s.push_str(if rng.random_bool(0.5) { "订单" } else { "：" });
    }
    s.push_str(ISSUES.choose(rng).unwrap());
    s.push_str(EXTRAS.choose(rng).unwrap());
    if rng.random_ratio(1, 2000) {
        s.push_str("\n客户已确认");
    }
    if rng.random_bool(0.3) {
        s.push_str(&format!("（单号{}）", rng.random_range(10_000..100_000)));
    }
    while s.chars().count() < 8 {
        s.push_str("，待复查");
    }
    if s.chars().count() > 40 {
        s = s.chars().take(40).collect();
    }
    s
}

fn money(rng: &mut ChaCha8Rng, amount: u32) -> String {
    match rng.random_range(0..20) {
        0 if amount >= 1000 => format!("¥{},{:03}.00", amount / 1000, amount % 1000),
        1 => format!("￥{amount}"),
        2 => format!("{amount}.00"),
        _ => amount.to_string(),
    }
}

fn pick<'a>(rng: &mut ChaCha8Rng, weighted: &[(&'a str, u32)]) -> &'a str {
    let total: u32 = weighted.iter().map(|(_, w)| w).sum();
    let mut x = rng.random_range(0..total);
    for (v, w) in weighted {
        if x < *w {
            return v;
        }
        x -= w;
    }
    unreachable!()
}

// ---- The generator ------------------------------------------------------------------------------

/// The month's plan: everything decided before rows are written, small (agents × days counts).
struct Plan {
    spec: Spec,
    last: u32,
    ids: Vec<String>,
    /// QA rows per (agent, day): `counts[agent * days + day - 1]`.
    counts: Vec<u32>,
    /// The day of each agent's guaranteed spot check in each 10-day window (0 = none).
    guaranteed: Vec<[u8; 3]>,
}

/// Generates rows table by table, calling `sink(table_index, row)` for every row (headers first).
/// QA rows are produced a day at a time, so memory stays at one day's rows.
fn for_each_row(spec: &Spec, sink: &mut dyn FnMut(usize, Vec<String>)) {
    let mut rng = ChaCha8Rng::seed_from_u64(spec.seed);
    let hdr = headers();
    let (year, mon) = spec.month;
    let last = last_day(year, mon);
    let days = last as usize;

    // Agents.
    sink(0, hdr[0].clone());
    let teams = spec.agents.div_ceil(25).max(1);
    let mut ids = Vec::with_capacity(spec.agents);
    let mut on_post = Vec::with_capacity(spec.agents);
    for i in 0..spec.agents {
        let id = format!("{}", 100_001 + i);
        let status = pick(&mut rng, &[("正式", 900), ("考查期", 70), ("培训期", 30)]);
        let status = if status == "正式" && rng.random_ratio(1, 50) { "regular" } else { status };
        let base = rng.random_range(30..=60) * 100;
        let base = if rng.random_ratio(1, 10) { format!("¥{},{:03}.00", base / 1000, base % 1000) } else { base.to_string() };
        let allowance = if rng.random_ratio(1, 20) { String::new() } else { (rng.random_range(0..=6) * 50).to_string() };
        let row = vec![id.clone(), name(&mut rng), team(i / 25, teams), status.to_string(), base, allowance];
        on_post.push(status != "培训期");
        ids.push(id);
        sink(0, row);
    }

    // QA plan: at least one spot check per on-post agent in each window, the rest spread out.
    let windows = [(1u32, 10u32), (11, 20), (21, last)];
    let mut counts = vec![0u32; spec.agents * days];
    let mut guaranteed = vec![[0u8; 3]; spec.agents];
    let on_post_count = on_post.iter().filter(|p| **p).count();
    let mut planned = 0usize;
    if spec.agents > 0 && spec.qa_rows >= 3 * on_post_count {
        for a in 0..spec.agents {
            if !on_post[a] {
                continue;
            }
            for (w, (lo, hi)) in windows.iter().enumerate() {
                let day = rng.random_range(*lo..=*hi);
                guaranteed[a][w] = day as u8;
                counts[a * days + day as usize - 1] += 1;
                planned += 1;
            }
        }
    }
    if spec.agents > 0 {
        for _ in planned..spec.qa_rows {
            let a = rng.random_range(0..spec.agents);
            let day = rng.random_range(1..=last);
            counts[a * days + day as usize - 1] += 1;
        }
    }
    let plan = Plan { spec: spec.clone(), last, ids, counts, guaranteed };

    sink(1, hdr[1].clone());
    let mut day_rows: Vec<Vec<String>> = Vec::new();
    let mut inspectors: Vec<&str> = INSPECTORS.to_vec();
    for day in 1..=plan.last {
        day_rows.clear();
        for a in 0..plan.spec.agents {
            let n = plan.counts[a * days + day as usize - 1] as usize;
            if n == 0 {
                continue;
            }
            // Distinct inspectors within an agent's day, so that no two rows repeat exactly.
            let (chosen, _) = inspectors.partial_shuffle(&mut rng, n.min(INSPECTORS.len()));
            let chosen: Vec<&str> = chosen.to_vec();
            let must_spot = plan.guaranteed[a].contains(&(day as u8));
            for k in 0..n {
                let inspector = chosen[k % chosen.len()];
                day_rows.push(qa_row(&mut rng, &plan, a, day, inspector, must_spot && k == 0));
            }
        }
        day_rows.shuffle(&mut rng);
        for row in day_rows.drain(..) {
            sink(1, row);
        }
    }

    // Surveys: about half an agent each, plus 10–20 about the department.
    sink(2, hdr[2].clone());
    let mut rows: Vec<(u32, Vec<String>)> = Vec::new();
    if spec.agents > 0 {
        for _ in 0..spec.agents / 2 {
            let a = rng.random_range(0..spec.agents);
            rows.push(survey_row(&mut rng, &plan, Some(a)));
        }
    }
    let dept = rng.random_range(10..=20);
    for _ in 0..dept {
        rows.push(survey_row(&mut rng, &plan, None));
    }
    emit_by_day(rows, 2, sink);

    // Attendance and hygiene: about one agent in ten, one or two rows on different days.
    sink(3, hdr[3].clone());
    let mut rows = Vec::new();
    for a in 0..spec.agents {
        if !rng.random_ratio(1, 10) {
            continue;
        }
        let n = if rng.random_ratio(1, 4) { 2 } else { 1 };
        let first = rng.random_range(1..=last);
        for k in 0..n {
            let day = if k == 0 { first } else { (first % last) + 1 };
            rows.push(attendance_row(&mut rng, &plan, a, day));
        }
    }
    emit_by_day(rows, 3, sink);

    // Awards: about one agent in twenty; customer praise sometimes twice (which earns the award).
    sink(4, hdr[4].clone());
    let mut rows = Vec::new();
    for a in 0..spec.agents {
        if !rng.random_ratio(1, 20) {
            continue;
        }
        let kind = pick(&mut rng, &[("突发事件", 2), ("挽回损失", 2), ("客户表扬", 5), ("培训优秀", 2), ("customer_praise", 1)]);
        let day = rng.random_range(1..=last);
        rows.push(award_row(&mut rng, &plan, a, day, kind));
        if (kind == "客户表扬" || kind == "customer_praise") && rng.random_bool(0.5) {
            rows.push(award_row(&mut rng, &plan, a, (day % last) + 1, "客户表扬"));
        }
    }
    emit_by_day(rows, 4, sink);

    // Penalties: about one agent in a hundred.
    sink(5, hdr[5].clone());
    let mut rows = Vec::new();
    for a in 0..spec.agents {
        if !rng.random_ratio(1, 100) {
            continue;
        }
        let day = rng.random_range(1..=last);
        rows.push(penalty_row(&mut rng, &plan, a, day));
    }
    emit_by_day(rows, 5, sink);
}

/// Sorts a small table's rows by day (stable) and emits them.
fn emit_by_day(mut rows: Vec<(u32, Vec<String>)>, table: usize, sink: &mut dyn FnMut(usize, Vec<String>)) {
    rows.sort_by_key(|(day, _)| *day);
    for (_, row) in rows {
        sink(table, row);
    }
}

fn qa_row(rng: &mut ChaCha8Rng, plan: &Plan, a: usize, day: u32, inspector: &str, must_spot: bool) -> Vec<String> {
    let date = date(rng, plan.spec.month, day);
    let id = plan.ids[a].clone();
    if rng.random_bool(plan.spec.finding_rate.clamp(0.0, 1.0)) {
        let leaf = if rng.random_ratio(1, 40) { "7a" } else { LEAVES[rng.random_range(0..LEAVES.len() - 1)] };
        let misses = pick(rng, &[("", 80), ("1", 5), ("2", 10), ("3", 5)]);
        let source =
            if must_spot { "抽查" } else { pick(rng, &[("抽查", 80), ("部门意见", 12), ("主管评定", 7), ("spot_check", 1)]) };
        let note = if rng.random_bool(0.9) { note(rng) } else { String::new() };
        let void = if !must_spot && rng.random_ratio(1, 100) { "是" } else { "" };
        vec![date, id, leaf.to_string(), misses.to_string(), source.to_string(), inspector.to_string(), note, void.to_string()]
    } else {
        let source = if rng.random_ratio(1, 20) { "" } else { "抽查" };
        vec![date, id, String::new(), String::new(), source.to_string(), inspector.to_string(), String::new(), String::new()]
    }
}

fn customer(rng: &mut ChaCha8Rng) -> String {
    format!("{}{}", CUSTOMERS.choose(rng).unwrap(), DISTRICTS.choose(rng).unwrap())
}

fn survey_row(rng: &mut ChaCha8Rng, plan: &Plan, agent: Option<usize>) -> (u32, Vec<String>) {
    let day = rng.random_range(1..=plan.last);
    let topic =
        pick(rng, &[("投诉", 18), ("加急", 18), ("咨询", 27), ("其他", 27), ("complaint", 2), ("rush", 2), ("consult", 3), ("general", 3)]);
    let stars = pick(rng, &[("5", 35), ("4", 35), ("3", 15), ("2", 10), ("1", 5)]);
    let rating = if rng.random_bool(0.4) {
        match stars {
            "5" => "非常满意",
            "4" => "满意",
            "3" => "一般",
            "2" => "不满意",
            _ => "非常不满意",
        }
    } else {
        stars
    };
    let id = agent.map(|a| plan.ids[a].clone()).unwrap_or_default();
    (day, vec![date(rng, plan.spec.month, day), customer(rng), id, topic.to_string(), rating.to_string()])
}

fn attendance_row(rng: &mut ChaCha8Rng, plan: &Plan, a: usize, day: u32) -> (u32, Vec<String>) {
    let (category, kind, note) = if rng.random_bool(0.7) {
        let (kind, note) = *[
            ("late", "迟到10分钟"),
            ("late", "早班迟到"),
            ("迟到", "迟到25分钟"),
            ("early_leave", "提前半小时离岗"),
            ("早退", "未请假提前下班"),
            ("absent", "旷工半天"),
            ("旷工", "未请假缺勤一天"),
        ]
        .choose(rng)
        .unwrap();
        ("出勤", kind, note)
    } else {
        let (kind, note) =
            *[("hygiene_fail", "值日未拖地"), ("hygiene_fail", "工位杂物未清理"), ("卫生不合格", "前台桌面不整洁")].choose(rng).unwrap();
        ("卫生", kind, note)
    };
    let points = pick(rng, &[("", 80), ("0.5", 12), ("1", 8)]);
    let note = if rng.random_bool(0.8) { note } else { "" };
    (day, vec![date(rng, plan.spec.month, day), plan.ids[a].clone(), category.into(), kind.into(), points.into(), note.into()])
}

fn award_row(rng: &mut ChaCha8Rng, plan: &Plan, a: usize, day: u32, kind: &str) -> (u32, Vec<String>) {
    let note = match kind {
        "突发事件" => "暴雨致物流中断，及时改用客车发货并通知客户".to_string(),
        "挽回损失" => format!("发现{}批量印错，及时拦截重做", PRODUCTS.choose(rng).unwrap()),
        "培训优秀" => "季度产品知识考试第一名".to_string(),
        _ => format!("{}来电表扬服务耐心", customer(rng)),
    };
    let approver = APPROVERS.choose(rng).unwrap().to_string();
    (day, vec![date(rng, plan.spec.month, day), plan.ids[a].clone(), kind.to_string(), note, approver])
}

fn penalty_row(rng: &mut ChaCha8Rng, plan: &Plan, a: usize, day: u32) -> (u32, Vec<String>) {
    let kind = pick(
        rng,
        &[("重大经济损失", 2), ("多次投诉/客户流失", 3), ("客户流失", 1), ("生产混乱", 2), ("未做详细记录", 3), ("missing_record", 1)],
    );
    let (amount, note) = match kind {
        "重大经济损失" => {
            let amount = rng.random_range(3..=20) * 100;
            (money(rng, amount), format!("{}批量错发，重做及运费损失", PRODUCTS.choose(rng).unwrap()))
        }
        "多次投诉/客户流失" | "客户流失" | "生产混乱" => {
            let amount = if rng.random_ratio(1, 3) {
                String::new()
            } else {
                let yuan = rng.random_range(10..=20) * 10;
                money(rng, yuan)
            };
            (amount, "本月多次被客户投诉".to_string())
        }
        _ => (if rng.random_bool(0.5) { String::new() } else { "50".to_string() }, "加急件未做详细记录".to_string()),
    };
    let approver = APPROVERS.choose(rng).unwrap().to_string();
    (day, vec![date(rng, plan.spec.month, day), plan.ids[a].clone(), kind.to_string(), amount, note, approver])
}

/// Generates the whole month in memory.
pub fn generate(spec: &Spec) -> Month {
    let mut tables: Vec<(String, Vec<Vec<String>>)> = STEMS.iter().map(|s| (s.to_string(), Vec::new())).collect();
    for_each_row(spec, &mut |t, row| tables[t].1.push(row));
    Month { tables }
}

// ---- Writing ------------------------------------------------------------------------------------

/// Turns rows into the bytes of a CSV file: quoted by the `csv` crate, then line ends and
/// encoding applied. A line break inside a cell follows the file's style: LF for LF and CRLF
/// files (Excel writes Alt+Enter as LF even in CRLF files), CR for CR files.
pub struct CsvEncoder {
    enc: Encoding,
    le: LineEnd,
    started: bool,
    buf: Vec<u8>,
    u16: Vec<u8>,
}

impl CsvEncoder {
    pub fn new(enc: Encoding, le: LineEnd) -> CsvEncoder {
        CsvEncoder { enc, le, started: false, buf: Vec::with_capacity(256), u16: Vec::new() }
    }

    /// Appends one row's bytes (with the BOM before the first row) to `out`.
    pub fn row(&mut self, row: &[String], out: &mut Vec<u8>) {
        if !self.started {
            self.started = true;
            match self.enc {
                Encoding::Utf8Bom => out.extend_from_slice(b"\xEF\xBB\xBF"),
                Encoding::Utf16LeBom => out.extend_from_slice(b"\xFF\xFE"),
                _ => {}
            }
        }
        let terminator = match self.le {
            LineEnd::Lf => csv::Terminator::Any(b'\n'),
            LineEnd::CrLf => csv::Terminator::CRLF,
            LineEnd::Cr => csv::Terminator::Any(b'\r'),
        };
        self.buf.clear();
        {
            let mut w = csv::WriterBuilder::new().terminator(terminator).from_writer(&mut self.buf);
            if self.le == LineEnd::Cr && row.iter().any(|c| c.contains('\n')) {
                let row: Vec<String> = row.iter().map(|c| c.replace('\n', "\r")).collect();
                w.write_record(&row).expect("write to memory");
            } else {
                w.write_record(row).expect("write to memory");
            }
            w.flush().expect("write to memory");
        }
        let text = std::str::from_utf8(&self.buf).expect("rows are UTF-8");
        match self.enc {
            Encoding::Utf8 | Encoding::Utf8Bom => out.extend_from_slice(text.as_bytes()),
            Encoding::Gbk => {
                let (bytes, _, unmappable) = encoding_rs::GB18030.encode(text);
                debug_assert!(!unmappable, "GB18030 maps all of Unicode");
                out.extend_from_slice(&bytes);
            }
            Encoding::Utf16LeBom => {
                self.u16.clear();
                for unit in text.encode_utf16() {
                    self.u16.extend_from_slice(&unit.to_le_bytes());
                }
                out.extend_from_slice(&self.u16);
            }
        }
    }
}

/// Writes each table as `<stem>.csv` into `dir` (created if missing).
pub fn write_csv(month: &Month, dir: &Path, enc: Encoding, le: LineEnd) -> std::io::Result<()> {
    std::fs::create_dir_all(dir)?;
    for (stem, rows) in &month.tables {
        let mut file = BufWriter::with_capacity(1 << 20, File::create(dir.join(format!("{stem}.csv")))?);
        let mut encoder = CsvEncoder::new(enc, le);
        let mut bytes = Vec::with_capacity(1 << 16);
        for row in rows {
            encoder.row(row, &mut bytes);
            if bytes.len() >= 1 << 16 {
                file.write_all(&bytes)?;
                bytes.clear();
            }
        }
        file.write_all(&bytes)?;
        file.flush()?;
    }
    Ok(())
}

/// What [`write_csv_spec`] wrote: per table, its file name, bytes and data rows (without header).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Written {
    pub files: Vec<(String, u64, usize)>,
}

impl Written {
    pub fn bytes(&self) -> u64 {
        self.files.iter().map(|f| f.1).sum()
    }

    pub fn rows(&self) -> usize {
        self.files.iter().map(|f| f.2).sum()
    }
}

/// Generates the month and writes it as CSV without holding it in memory: the same bytes as
/// `write_csv(&generate(spec), …)`, for months of millions of rows.
pub fn write_csv_spec(spec: &Spec, dir: &Path, enc: Encoding, le: LineEnd) -> std::io::Result<Written> {
    std::fs::create_dir_all(dir)?;
    let mut files: Vec<BufWriter<File>> = Vec::new();
    for stem in STEMS {
        files.push(BufWriter::with_capacity(1 << 20, File::create(dir.join(format!("{stem}.csv")))?));
    }
    let mut encoders: Vec<CsvEncoder> = STEMS.iter().map(|_| CsvEncoder::new(enc, le)).collect();
    let mut stats: Vec<(String, u64, usize)> = STEMS.iter().map(|s| (format!("{s}.csv"), 0, 0)).collect();
    let mut bytes = Vec::with_capacity(1024);
    let mut error: Option<std::io::Error> = None;
    for_each_row(spec, &mut |t, row| {
        if error.is_some() {
            return;
        }
        bytes.clear();
        encoders[t].row(&row, &mut bytes);
        if let Err(e) = files[t].write_all(&bytes) {
            error = Some(e);
        }
        stats[t].1 += bytes.len() as u64;
        stats[t].2 += 1;
    });
    if let Some(e) = error {
        return Err(e);
    }
    for f in &mut files {
        f.flush()?;
    }
    for s in &mut stats {
        s.2 -= 1; // the header row
    }
    Ok(Written { files: stats })
}

/// Writes one workbook with a sheet per table (人员 质检 满意度 考勤 奖励 罚款). Ids, money,
/// misses, ratings and points are number cells where they are numbers (money such as
/// `¥3,200.00` becomes 3200 with a ¥ number format); dates stay text. A sheet holds at most
/// 1 048 576 rows: a larger table is an error from rust_xlsxwriter.
pub fn write_xlsx(month: &Month, path: &Path) -> Result<(), rust_xlsxwriter::XlsxError> {
    use rust_xlsxwriter::{Format, Workbook};
    let numeric = ["工号", "基本工资", "补助", "次数", "评价", "扣分", "金额"];
    let money_format = Format::new().set_num_format("¥#,##0.00");
    let mut book = Workbook::new();
    for (stem, rows) in &month.tables {
        let sheet_name = STEMS.iter().position(|s| s == stem).map(|i| SHEETS[i]).unwrap_or(stem.as_str());
        let sheet = book.add_worksheet();
        sheet.set_name(sheet_name)?;
        let Some(head) = rows.first() else { continue };
        let is_number: Vec<bool> = head.iter().map(|h| numeric.contains(&h.as_str())).collect();
        for (r, row) in rows.iter().enumerate() {
            for (c, cell) in row.iter().enumerate() {
                if cell.is_empty() {
                    continue;
                }
                let (r, c16) = (r as u32, c as u16);
                if r > 0 && is_number[c] {
                    let plain = cell.trim_start_matches(['¥', '￥']).replace(',', "");
                    // Ids keep their digits: a number cell only when it has no leading zero.
                    if let (Ok(n), false) = (plain.parse::<f64>(), plain.starts_with('0') && plain.len() > 1 && !plain.starts_with("0.")) {
                        if plain.len() != cell.len() {
                            sheet.write_number_with_format(r, c16, n, &money_format)?;
                        } else {
                            sheet.write_number(r, c16, n)?;
                        }
                        continue;
                    }
                }
                sheet.write_string(r, c16, cell)?;
            }
        }
    }
    book.save(path)
}
