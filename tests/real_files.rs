//! Files as HR really has them (SPEC 2.5), each finding of the real-files review pinned by a test:
//! months bigger than every buffer with Chinese text across every boundary, saved with LF, CRLF
//! and CR line ends, in UTF-8 (with and without BOM), GBK, UTF-16 and Big5, and as workbooks —
//! the same rows in every message, byte-identical results.csv and deductions.csv; overflowing
//! values refused at their cell; stray far cells; long notes; title rows, totals rows, copies of
//! files, a wrong --month, lost leading zeros.

mod common;

use std::path::Path;

use common::*;
use encoding_rs::{Encoding, BIG5, GB18030};

/// One table as rows of cells; written out with the chosen line end and encoding.
struct Table {
    name: &'static str,
    rows: Vec<Vec<String>>,
}

/// A month of `agents` agents with every kind of row, notes of every length in Chinese (so that
/// multi-byte characters fall across every buffer boundary), commas and quotes in notes, and —
/// when `multiline` — notes with line breaks inside quotes. Every row is valid.
fn big_month(agents: usize, multiline: bool) -> Vec<Table> {
    const SURNAMES: [&str; 10] = ["张", "王", "李", "刘", "陈", "杨", "黄", "赵", "吴", "周"];
    const GIVEN: [&str; 8] = ["伟", "芳", "娜", "敏", "静", "强", "磊", "洋"];
    const PHRASE: &str = "客户来电询问加急件进度未及时回复记录不完整态度生硬流程不熟悉";
    let id = |i: usize| format!("{}", 200_001 + i);
    let mut roster = vec![vec!["工号", "姓名", "班组", "状态", "基本工资", "补助"].into_iter().map(String::from).collect::<Vec<_>>()];
    for i in 0..agents {
        let status = ["正式", "正式", "正式", "考查期", "培训期"][i % 5];
        let salary = if i % 7 == 0 { "¥3,200.50".to_string() } else { format!("{}", 3000 + (i % 13) * 100) };
        roster.push(vec![
            id(i),
            format!("{}{}", SURNAMES[i % 10], GIVEN[(i / 10) % 8]),
            format!("{}组", i % 6 + 1),
            status.into(),
            salary,
            format!("{}", (i % 4) * 50),
        ]);
    }
    let mut qa =
        vec![vec!["日期", "工号", "项目", "次数", "来源", "检查人", "备注", "作废"].into_iter().map(String::from).collect::<Vec<_>>()];
    let leaves = ["1a", "1d", "2b", "3e", "6b", "7a", "1e", "2c"];
    let mut n = 0usize;
    for i in 0..agents {
        for day in [3, 13, 23] {
            qa.push(vec![
                format!("2026-10-{day:02}"),
                id(i),
                String::new(),
                String::new(),
                "抽查".into(),
                "陈建国".into(),
                String::new(),
                String::new(),
            ]);
        }
        for k in 0..(i % 4 + 1) {
            n += 1;
            let len = n % 61;
            let mut note: String = PHRASE.chars().cycle().skip(n % 17).take(len).collect();
            if n.is_multiple_of(9) {
                note.push_str("，另见\"工单\",共2件");
            }
            if multiline && n.is_multiple_of(11) {
                note.push_str("\n第二行说明");
            }
            qa.push(vec![
                format!("2026/10/{}", 1 + (n % 28)),
                id(i),
                leaves[(i + k) % leaves.len()].into(),
                if n.is_multiple_of(5) { "2".into() } else { String::new() },
                ["抽查", "部门意见", "主管评定"][n % 3].into(),
                ["陈建国", "王志远"][n % 2].into(),
                note,
                if n.is_multiple_of(23) { "是".into() } else { String::new() },
            ]);
        }
    }
    let mut surveys = vec![vec!["日期", "客户", "工号", "类别", "评价"].into_iter().map(String::from).collect::<Vec<_>>()];
    for s in 0..15usize {
        let agent = if s.is_multiple_of(3) { String::new() } else { id(s * 7 % agents) };
        surveys.push(vec![
            "2026-10-28".into(),
            format!("客户{s}"),
            agent,
            ["投诉", "加急", "咨询", "其他"][s % 4].into(),
            ["非常满意", "满意", "一般", "不满意", "非常不满意"][s % 5].into(),
        ]);
    }
    let mut attendance = vec![vec!["日期", "工号", "类别", "事项", "扣分", "备注"].into_iter().map(String::from).collect::<Vec<_>>()];
    for a in (0..agents).step_by(9) {
        attendance.push(vec!["2026-10-09".into(), id(a), "出勤".into(), "late".into(), String::new(), "迟到10分钟".into()]);
        attendance.push(vec!["2026-10-12".into(), id(a), "卫生".into(), "hygiene_fail".into(), "1.5".into(), String::new()]);
    }
    let mut awards = vec![vec!["日期", "工号", "类别", "备注", "批准人"].into_iter().map(String::from).collect::<Vec<_>>()];
    for a in (0..agents).step_by(17) {
        awards.push(vec!["2026-10-17".into(), id(a), "突發事件".into(), "暴雨改用客车发货".into(), "陈建国".into()]);
    }
    let mut penalties = vec![vec!["日期", "工号", "类别", "金额", "备注", "批准人"].into_iter().map(String::from).collect::<Vec<_>>()];
    for a in (0..agents).step_by(31) {
        penalties.push(vec!["2026-10-20".into(), id(a), "生產混亂".into(), "150".into(), "整批延误".into(), "陈建国".into()]);
    }
    vec![
        Table { name: "agents", rows: roster },
        Table { name: "qa", rows: qa },
        Table { name: "surveys", rows: surveys },
        Table { name: "attendance", rows: attendance },
        Table { name: "awards", rows: awards },
        Table { name: "penalties", rows: penalties },
    ]
}

/// A table as CSV text with `end` between records (line breaks inside quoted cells stay `\n`).
fn csv_text(table: &Table, end: &str) -> String {
    let mut out = String::new();
    for row in &table.rows {
        let mut w = csv::WriterBuilder::new().terminator(csv::Terminator::Any(b'\n')).from_writer(Vec::new());
        w.write_record(row).unwrap();
        let line = String::from_utf8(w.into_inner().unwrap()).unwrap();
        out.push_str(line.strip_suffix('\n').unwrap());
        out.push_str(end);
    }
    out
}

#[derive(Clone, Copy, Debug)]
enum Enc {
    Utf8,
    Utf8Bom,
    Gbk,
    Utf16Le,
    Utf16Be,
}

fn encode(text: &str, enc: Enc) -> Vec<u8> {
    let legacy = |e: &'static Encoding| {
        let (bytes, _, bad) = e.encode(text);
        assert!(!bad, "not encodable in {}", e.name());
        bytes.into_owned()
    };
    match enc {
        Enc::Utf8 => text.as_bytes().to_vec(),
        Enc::Utf8Bom => [b"\xEF\xBB\xBF".as_slice(), text.as_bytes()].concat(),
        Enc::Gbk => legacy(GB18030),
        Enc::Utf16Le => [vec![0xFF, 0xFE], text.encode_utf16().flat_map(u16::to_le_bytes).collect()].concat(),
        Enc::Utf16Be => [vec![0xFE, 0xFF], text.encode_utf16().flat_map(u16::to_be_bytes).collect()].concat(),
    }
}

fn write_month(dir: &Path, tables: &[Table], end: &str, enc: Enc) {
    std::fs::create_dir_all(dir).unwrap();
    for t in tables {
        std::fs::write(dir.join(format!("{}.csv", t.name)), encode(&csv_text(t, end), enc)).unwrap();
    }
}

/// Writes the month as one workbook, numbers as number cells where they are numbers.
fn write_xlsx(path: &Path, tables: &[Table]) {
    let mut book = rust_xlsxwriter::Workbook::new();
    for t in tables {
        let sheet = book.add_worksheet();
        sheet.set_name(t.name).unwrap();
        for (r, row) in t.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate() {
                if v.is_empty() {
                    continue;
                }
                match v.parse::<f64>() {
                    Ok(n) if r > 0 && !v.starts_with('0') => sheet.write_number(r as u32, c as u16, n).unwrap(),
                    _ => sheet.write_string(r as u32, c as u16, v).unwrap(),
                };
            }
        }
    }
    book.save(path).unwrap();
}

/// Runs the month; returns (exit code, stderr, results.csv, deductions.csv).
fn run(input: &Path, out: &Path) -> (Option<i32>, String, Vec<u8>, Vec<u8>) {
    let o = kaohe_in(
        out.parent().unwrap(),
        &["run", "--month", "2026-10", "--input", input.to_str().unwrap(), "--out", out.to_str().unwrap(), "--lang", "en"],
    );
    let read = |f: &str| std::fs::read(out.join(f)).unwrap_or_default();
    (o.status.code(), String::from_utf8_lossy(&o.stderr).into_owned(), read("results.csv"), read("deductions.csv"))
}

/// The physical line (1-based) of the data row `index` (0 = header) in the LF text.
fn line_of(table: &Table, index: usize) -> usize {
    let text = csv_text(&Table { name: table.name, rows: table.rows[..index].to_vec() }, "\n");
    text.matches('\n').count() + 1
}

/// Finding 1 and 2: a month far over 64 KiB, Chinese across every buffer boundary, quoted line
/// breaks — read the same in every line-end style and encoding, each row numbered by its line.
#[test]
fn a_big_month_reads_the_same_in_every_line_end_and_encoding() {
    let tables = big_month(700, true);
    let qa = &tables[1];
    assert!(csv_text(qa, "\n").len() > 256 * 1024, "bigger than every buffer");
    let w = Workdir::new();
    let mut baseline: Option<(Vec<u8>, Vec<u8>)> = None;
    for end in ["\n", "\r\n", "\r"] {
        for enc in [Enc::Utf8, Enc::Utf8Bom, Enc::Gbk, Enc::Utf16Le, Enc::Utf16Be] {
            let name = format!("m-{}-{enc:?}", end.escape_debug());
            write_month(&w.path(&name), &tables, end, enc);
            let (code, stderr, results, deductions) = run(&w.path(&name), &w.path(&format!("{name}-out")));
            assert_eq!(code, Some(0), "{name}: {stderr}");
            match &baseline {
                None => baseline = Some((results, deductions)),
                Some((r, d)) => {
                    assert!(results == *r, "{name}: results.csv differs");
                    assert!(deductions == *d, "{name}: deductions.csv differs");
                }
            }
        }
    }
    // The last finding of the month is on the physical line a text editor shows, although
    // quoted notes with line breaks come before it.
    let (_, deductions) = baseline.unwrap();
    let text = String::from_utf8(deductions).unwrap();
    let last = qa.rows.len() - 1;
    let note = &qa.rows[last][6];
    let line = line_of(qa, last);
    assert!(line > last + 1, "line breaks inside quotes push the line past the record count");
    let found = rows(text.trim_start_matches('\u{feff}')).into_iter().find(|r| r["note"] == *note && r["agent_id"] == qa.rows[last][1]);
    assert_eq!(found.expect("the last finding is listed")["row"], line.to_string());
}

/// Finding 2: an error names the same physical line in every line-end style and encoding.
#[test]
fn an_error_names_the_same_line_in_every_line_end_and_encoding() {
    let mut tables = big_month(200, true);
    let qa = &mut tables[1];
    qa.rows.push(vec![
        "2026-10-05".into(),
        "999999".into(),
        "1a".into(),
        String::new(),
        "抽查".into(),
        String::new(),
        "末行".into(),
        String::new(),
    ]);
    let line = line_of(qa, qa.rows.len() - 1);
    let w = Workdir::new();
    for end in ["\n", "\r\n", "\r"] {
        for enc in [Enc::Utf8, Enc::Gbk, Enc::Utf16Le] {
            let name = format!("e-{}-{enc:?}", end.escape_debug());
            write_month(&w.path(&name), &tables, end, enc);
            let (code, stderr, _, _) = run(&w.path(&name), &w.path(&format!("{name}-out")));
            assert_eq!(code, Some(1), "{name}: {stderr}");
            let want = format!("qa.csv:{line}:工号: agent 999999 is not on the roster");
            assert!(stderr.starts_with(&want), "{name}: want `{want}`, got\n{stderr}");
            assert!(!w.exists(&format!("{name}-out")), "{name}: nothing written");
        }
    }
}

/// The same month as CSV and as one .xlsx workbook: byte-identical results.csv and
/// deductions.csv (no cell holds a line break, so CSV lines and sheet rows coincide).
#[test]
fn the_same_month_as_csv_and_as_a_workbook_gives_the_same_bytes() {
    let tables = big_month(300, false);
    let w = Workdir::new();
    write_month(&w.path("csv"), &tables, "\r\n", Enc::Gbk);
    write_xlsx(&w.path("month.xlsx"), &tables);
    let (code, stderr, r1, d1) = run(&w.path("csv"), &w.path("out-csv"));
    assert_eq!(code, Some(0), "{stderr}");
    let (code, stderr, r2, d2) = run(&w.path("month.xlsx"), &w.path("out-xlsx"));
    assert_eq!(code, Some(0), "{stderr}");
    assert!(r1 == r2, "results.csv differs between CSV and xlsx");
    assert!(d1 == d2, "deductions.csv differs between CSV and xlsx");
    assert!(d1.len() > 10_000);
}

/// A Big5 file (Taiwan, Hong Kong) with traditional headers is read as Big5, not misread as GBK.
#[test]
fn a_big5_file_is_read_as_big5() {
    let w = Workdir::new();
    let dir = w.path("m");
    let tables = big_month(20, false);
    write_month(&dir, &tables, "\r\n", Enc::Utf8);
    let (expected_code, _, expected, _) = run(&dir, &w.path("out-utf8"));
    assert_eq!(expected_code, Some(0));
    // The roster again in traditional script, saved as Big5.
    let roster = csv_text(&tables[0], "\r\n")
        .replace("工号", "工號")
        .replace("基本工资", "基本工資")
        .replace("补助", "補助")
        .replace("状态", "狀態")
        .replace("班组", "班組");
    let traditional = roster
        .replace("张", "張")
        .replace("刘", "劉")
        .replace("陈", "陳")
        .replace("杨", "楊")
        .replace("黄", "黃")
        .replace("赵", "趙")
        .replace("吴", "吳")
        .replace("伟", "偉")
        .replace("静", "靜")
        .replace("强", "強")
        .replace("组", "組")
        .replace("培训期", "培訓期")
        .replace('¥', "");
    let (bytes, _, bad) = BIG5.encode(&traditional);
    assert!(!bad);
    std::fs::write(dir.join("agents.csv"), &bytes).unwrap();
    let (code, stderr, results, _) = run(&dir, &w.path("out-big5"));
    assert_eq!(code, Some(0), "{stderr}");
    let got = String::from_utf8(results).unwrap();
    assert!(got.contains(",張偉,1組,"), "{got}");
    assert_eq!(got.lines().count(), String::from_utf8(expected).unwrap().lines().count());
}

/// Finding 1: the example month with its first note made one, two and three characters longer
/// (so that byte 4096 falls inside a Chinese character one way or another) runs every time.
#[test]
fn a_csv_longer_than_4_kib_runs_wherever_its_characters_fall() {
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/2026-10");
    for extra in 0..3 {
        let w = Workdir::new();
        for f in std::fs::read_dir(&example).unwrap().flatten() {
            std::fs::copy(f.path(), w.path(&f.file_name().to_string_lossy())).unwrap();
        }
        let qa = std::fs::read_to_string(w.path("qa.csv")).unwrap();
        let qa = qa.replacen("答复客户工期有误", &format!("答复客户工期有误{}", "误".repeat(extra + 1)), 1);
        assert!(qa.len() > 4096);
        w.write("qa.csv", &qa);
        let out = w.kaohe(&["run", "--month", "2026-10", "--input", ".", "--out", "out", "--lang", "en"]);
        assert_eq!(out.status.code(), Some(0), "extra {extra}: {}", String::from_utf8_lossy(&out.stderr));
    }
}

/// The example month, copied into a work folder, with `edit` applied to its files.
fn example_month(edit: impl FnOnce(&Workdir)) -> Workdir {
    let w = Workdir::new();
    let example = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/2026-10");
    std::fs::create_dir_all(w.path("in")).unwrap();
    for f in std::fs::read_dir(&example).unwrap().flatten() {
        std::fs::copy(f.path(), w.path(&format!("in/{}", f.file_name().to_string_lossy()))).unwrap();
    }
    edit(&w);
    w
}

fn check(w: &Workdir, month: &str) -> (Option<i32>, String) {
    let out = w.kaohe(&["check", "--month", month, "--input", "in", "--lang", "en"]);
    (out.status.code(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Finding 3: values past SPEC 2.5's limits are refused at their cell — never a panic, never a
/// rounded amount.
#[test]
fn overflowing_values_are_refused_at_their_cell() {
    let w = example_month(|w| {
        w.write(
            "in/penalties.csv",
            "日期,工号,类别,金额,备注,批准人\n2026-10-14,1024,重大經濟損失,79228162514264337593543950335,,\n2026-10-15,1001,重大經濟損失,100000000.01,,\n",
        );
        w.write("in/attendance.csv", "日期,工号,类别,事项,扣分,备注\n2026-10-09,1001,出勤,,1e30,\n2026-10-10,1002,出勤,,1001,\n");
        let qa = std::fs::read_to_string(w.path("in/qa.csv")).unwrap();
        w.write("in/qa.csv", &format!("{}\n2026-10-20,1003,1d,4300000000,抽查,,,\n", qa.trim_end_matches(['\r', '\n'])));
        let agents = std::fs::read_to_string(w.path("in/agents.csv")).unwrap();
        w.write("in/agents.csv", &agents.replacen("1001,张伟,一组,正式,3800,200", "1001,张伟,一组,正式,99999999999,99999999999", 1));
    });
    let (code, stderr) = check(&w, "2026-10");
    assert_eq!(code, Some(1), "{stderr}");
    for want in [
        "agents.csv:2:基本工资: base_salary (基本工資) 99999999999 is past the limit of 100000000",
        "agents.csv:2:补助: allowance (補助) 99999999999 is past the limit of 100000000",
        "penalties.csv:2:金额: amount (金額) 79228162514264337593543950335 is past the limit of 100000000",
        "penalties.csv:3:金额: amount (金額) 100000000.01 is past the limit of 100000000",
        "attendance.csv:2:扣分: points (扣分) `1e30` is not a number",
        "attendance.csv:3:扣分: points (扣分) 1001 is past the limit of 1000",
        ":次数: misses (次數) 4300000000 is past the limit of 1000",
    ] {
        assert!(stderr.contains(want), "missing `{want}` in\n{stderr}");
    }
}

/// Finding 3: the most a month can hold — every cell at its limit — adds up exactly.
#[test]
fn amounts_at_the_limits_add_up_to_the_cent() {
    let w = Workdir::new();
    w.write("in/agents.csv", &format!("{AGENTS_HEADER}A1,甲,一组,regular,100000000,100000000\n"));
    let mut qa = String::from(QA_HEADER);
    qa.push_str(&clean_samples("A1"));
    qa.push_str("2026-10-05,A1,7a,1000,spot_check,,,\n");
    w.write("in/qa.csv", &qa);
    let mut pen = String::from("date,agent_id,kind,amount\n");
    for d in 1..=28 {
        pen.push_str(&format!("2026-10-{d:02},A1,major_loss,99999999.99\n"));
    }
    w.write("in/penalties.csv", &pen);
    w.ok(&["run", "--month", "2026-10", "--input", "in", "--out", "out", "--lang", "en"]);
    let row = agent_row(&w.read("out/results.csv"), "A1");
    // 28 × 99 999 999.99 = 2 799 999 999.72; work 45 × 20 = 900; attendance 5 × 20 = 100.
    assert_eq!(row["fines"], "2799999999.72");
    assert_eq!(row["gross_pay"], "-2599998999.72");
}

/// Finding 4: a stray value far from the table costs nothing — it is named as a value in a
/// column without a name; a space far away is nothing at all.
#[test]
fn a_stray_cell_at_xfd1048576_is_reported_not_allocated() {
    let w = Workdir::new();
    let tables = big_month(10, false);
    write_xlsx(&w.path("month.xlsx"), &tables);
    // Re-write the workbook with stray cells on the qa sheet.
    let mut book = rust_xlsxwriter::Workbook::new();
    for t in &tables {
        let sheet = book.add_worksheet();
        sheet.set_name(t.name).unwrap();
        for (r, row) in t.rows.iter().enumerate() {
            for (c, v) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                sheet.write_string(r as u32, c as u16, v).unwrap();
            }
        }
        if t.name == "qa" {
            sheet.write_string(99_999, 16_383, " ").unwrap();
        }
        if t.name == "awards" {
            sheet.write_string(1_048_575, 16_383, "x").unwrap();
        }
    }
    book.save(w.path("stray.xlsx")).unwrap();
    let started = std::time::Instant::now();
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "stray.xlsx", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("stray.xlsx [awards] XFD1048576: this value sits in a column that has no name in the header row"), "{stderr}");
    assert_eq!(stderr.lines().count(), 2, "one problem and the count: {stderr}");
    assert!(started.elapsed().as_secs() < 30, "no dense grid is built");
}

/// Finding 4 for .ods: a far cell makes calamine's grid huge, so it is refused before calamine
/// reads it, with the cell named.
#[test]
fn a_stray_cell_far_from_an_ods_table_is_refused_with_its_place() {
    let w = Workdir::new();
    let content = r#"<?xml version="1.0" encoding="UTF-8"?>
<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2"><office:body><office:spreadsheet>
<table:table table:name="qa"><table:table-row><table:table-cell office:value-type="string"><text:p>日期</text:p></table:table-cell></table:table-row>
<table:table-row table:number-rows-repeated="99998"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>
<table:table-row><table:table-cell table:number-columns-repeated="16383"/><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row>
</table:table></office:spreadsheet></office:body></office:document-content>"#;
    let manifest = r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2"><manifest:file-entry manifest:full-path="/" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>"#;
    let file = std::fs::File::create(w.path("qa.ods")).unwrap();
    let mut zip = zip::ZipWriter::new(file);
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    use std::io::Write;
    zip.start_file("mimetype", stored).unwrap();
    zip.write_all(b"application/vnd.oasis.opendocument.spreadsheet").unwrap();
    zip.start_file("META-INF/manifest.xml", stored).unwrap();
    zip.write_all(manifest.as_bytes()).unwrap();
    zip.start_file("content.xml", stored).unwrap();
    zip.write_all(content.as_bytes()).unwrap();
    zip.finish().unwrap();
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "qa.ods", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("qa.ods [qa] row 100000: the sheet has a value at XFD100000, far from its table"), "{stderr}");
}

/// Finding 7: a note longer than Excel's 32 767 characters is kept whole in the CSV outputs and
/// cut with a mark in report.xlsx; the run succeeds.
#[test]
fn a_note_longer_than_excel_allows_is_cut_only_in_the_report() {
    let long = "备".repeat(40_000);
    let w = example_month(|w| {
        let qa = std::fs::read_to_string(w.path("in/qa.csv")).unwrap();
        w.write("in/qa.csv", &qa.replacen("两起简单查询超过2小时未回复", &long, 1));
    });
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "in", "--out", "out", "--lang", "en"]);
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(w.read("out/deductions.csv").contains(&long), "the CSV keeps the whole note");
    use calamine::{DataType, Reader, Xlsx};
    let mut book: Xlsx<_> = calamine::open_workbook(w.path("out/report.xlsx")).unwrap();
    let sheet = book.worksheet_range("deductions").unwrap();
    let cut = sheet.cells().find_map(|(_, _, d)| d.as_string().filter(|s| s.starts_with("备备备"))).expect("the note");
    assert_eq!(cut.chars().count(), 32_767);
    assert!(cut.ends_with("[cut: the whole text is in the CSV file]"));
}

/// Finding 8: rules files — negative yuan per point, GBK, binary — are refused with line and
/// column (exit 1), never read as something else.
#[test]
fn bad_rules_files_are_refused_with_line_and_column() {
    let w = Workdir::new();
    let default = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("rules/default.toml")).unwrap();
    w.write("neg.toml", &default.replacen("work = 20", "work = -20", 1));
    let (gbk, _, _) = GB18030.encode(&default);
    w.write_bytes("gbk.toml", &gbk);
    w.write_bytes("bin.toml", b"\x00\x01\x02\x03PK");
    let line = default.lines().position(|l| !l.is_ascii()).unwrap() + 1;
    for (file, want) in [
        ("neg.toml", "neg.toml:".to_string()),
        ("gbk.toml", format!("gbk.toml:{line}:")),
        ("bin.toml", "bin.toml:1:1: the rules file cannot be read".to_string()),
    ] {
        let out = w.kaohe(&["rules", "--rules", file, "--lang", "en"]);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(1), "{file}: {stderr}");
        assert!(stderr.starts_with(&want), "{file}: want `{want}` in\n{stderr}");
    }
    let out = w.kaohe(&["rules", "--rules", "neg.toml", "--lang", "en"]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("pay.yuan_per_point.work is -20"));
}

/// Finding 9: a title row above the header is skipped with a note; a totals row is skipped with a
/// warning; the month runs.
#[test]
fn a_title_row_and_a_totals_row_are_skipped() {
    let w = example_month(|w| {
        let qa = std::fs::read_to_string(w.path("in/qa.csv")).unwrap();
        let qa = qa.trim_start_matches('\u{feff}');
        w.write("in/qa.csv", &format!("2026年10月质检记录,,,,,,,\n{}合计,,,,,,,\n", qa));
    });
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "in", "--out", "out", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("qa.csv:2: the header is on row 2; row 1 above it is not data and is skipped: 2026年10月质检记录"), "{stderr}");
    assert!(stderr.contains("a totals row (合计) is skipped"), "{stderr}");
    // The rows keep their real numbers: the first finding is on line 3 now.
    let d = rows(&w.read("out/deductions.csv"));
    assert!(d.iter().any(|r| r["agent_id"] == "1001" && r["leaf"] == "3e" && r["row"] == "3"), "{d:?}");
}

/// Finding 9: a misnamed roster header is one problem, not one per row of every other table.
#[test]
fn a_bad_roster_header_does_not_cascade() {
    let w = example_month(|w| {
        let a = std::fs::read_to_string(w.path("in/agents.csv")).unwrap();
        w.write("in/agents.csv", &a.replacen("工号", "工 号码", 1));
    });
    let (code, stderr) = check(&w, "2026-10");
    assert_eq!(code, Some(1));
    assert_eq!(stderr.lines().count(), 2, "one problem and the summary line:\n{stderr}");
    assert!(stderr.starts_with("agents.csv:1: the required column agent_id (工號) is missing"), "{stderr}");
}

/// Finding 9: a mistyped --month is one problem that says which month the rows are in.
#[test]
fn a_wrong_month_is_one_problem_naming_the_right_one() {
    let w = example_month(|_| {});
    let (code, stderr) = check(&w, "2026-11");
    assert_eq!(code, Some(1));
    assert_eq!(stderr.lines().count(), 2, "{stderr}");
    assert!(stderr.contains("most dated rows fall outside the month 2026-11"), "{stderr}");
    assert!(stderr.contains("run with --month 2026-10"), "{stderr}");
}

/// Finding 9: a file the folder holds under another name is named with the table it may be; a
/// copy beside the real file is an error, so pay never changes silently.
#[test]
fn unknown_files_are_named_and_copies_are_refused() {
    let w = example_month(|w| {
        std::fs::rename(w.path("in/surveys.csv"), w.path("in/满意度调查.csv")).unwrap();
        w.write("in/~$qa.xlsx", "Excel's lock file");
        w.write("in/.hidden.csv", "x");
    });
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "in", "--out", "out", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    assert!(stderr.contains("满意度调查.csv: this may be the surveys table but is not read under this name"), "{stderr}");
    assert!(!stderr.contains("~$qa") && !stderr.contains(".hidden"), "{stderr}");

    let w = example_month(|w| {
        std::fs::copy(w.path("in/qa.csv"), w.path("in/qa - 副本.csv")).unwrap();
    });
    let (code, stderr) = check(&w, "2026-10");
    assert_eq!(code, Some(1));
    assert!(
        stderr.contains("qa - 副本.csv, qa.csv all look like the qa table")
            || stderr.contains("qa.csv, qa - 副本.csv all look like the qa table"),
        "{stderr}"
    );
}

/// Finding 9: thousands of repeated rows are five lines on the terminal and all in warnings.csv.
#[test]
fn repeated_rows_do_not_flood_the_terminal() {
    let w = example_month(|w| {
        let qa = std::fs::read_to_string(w.path("in/qa.csv")).unwrap();
        let line = qa.lines().find(|l| l.contains(",3e,")).unwrap().to_string();
        let mut more = qa.trim_end().to_string();
        for _ in 0..300 {
            more.push('\n');
            more.push_str(&line);
        }
        more.push('\n');
        w.write("in/qa.csv", &more);
    });
    let out = w.kaohe(&["run", "--month", "2026-10", "--input", "in", "--out", "out", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(0), "{stderr}");
    let repeated = stderr.lines().filter(|l| l.contains("repeats row")).count();
    assert_eq!(repeated, 5, "{stderr}");
    assert!(stderr.contains("warning: … and 295 more repeated row warnings — see warnings.csv"), "{stderr}");
    let written = rows(&w.read("out/warnings.csv")).into_iter().filter(|r| r["kind"] == "repeated_row").count();
    assert_eq!(written, 300);
}

/// Finding 9: `7` where the roster has `007` gets the hint that Excel dropped the zeros.
#[test]
fn an_id_that_lost_its_leading_zeros_gets_a_hint() {
    let w = Workdir::new();
    w.write("in/agents.csv", &format!("{AGENTS_HEADER}007,甲,一组,regular,3000,0\n"));
    w.write("in/qa.csv", &format!("{QA_HEADER}{}2026-10-05,7,1a,,spot_check,,,\n", clean_samples("007")));
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "in", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stderr.contains("qa.csv:5:agent_id: agent 7 is not on the roster — the roster has 007: Excel drops the leading zeros"),
        "{stderr}"
    );
}

/// Merged cells: a merged title above the header is fine; a date merged down over three data
/// rows (a common way to "group" rows in Excel) is one problem at the merge, not an empty date on
/// each row below it.
#[test]
fn merged_cells_are_one_problem_and_a_merged_title_is_fine() {
    let w = Workdir::new();
    let tables = big_month(6, false);
    let mut book = rust_xlsxwriter::Workbook::new();
    let plain = rust_xlsxwriter::Format::new();
    for t in &tables {
        let sheet = book.add_worksheet();
        sheet.set_name(t.name).unwrap();
        let offset = if t.name == "qa" { 1 } else { 0 };
        if t.name == "qa" {
            sheet.merge_range(0, 0, 0, 7, "2026年10月质检记录", &plain).unwrap();
        }
        for (r, row) in t.rows.iter().enumerate() {
            let r = r as u32 + offset;
            for (c, v) in row.iter().enumerate().filter(|(_, v)| !v.is_empty()) {
                if t.name == "qa" && c == 0 && (3..=4).contains(&r) {
                    continue; // covered by the merge below
                }
                if t.name == "qa" && c == 0 && r == 2 {
                    sheet.merge_range(2, 0, 4, 0, v, &plain).unwrap();
                    continue;
                }
                sheet.write_string(r, c as u16, v).unwrap();
            }
        }
    }
    book.save(w.path("merged.xlsx")).unwrap();
    let out = w.kaohe(&["check", "--month", "2026-10", "--input", "merged.xlsx", "--lang", "en"]);
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    let problems: Vec<&str> = stderr.lines().filter(|l| l.starts_with("merged.xlsx")).collect();
    assert_eq!(problems, ["merged.xlsx [qa] A3: the cells A3:A5 are merged; only the first of them holds a value — unmerge them and type the value in every cell"], "{stderr}");
}
