//! Which encoding a CSV file is in (SPEC 2.5): a BOM says it outright (UTF-8, UTF-16); else
//! text that is valid UTF-8 is UTF-8; else GBK/GB18030 (Excel on mainland Windows) or Big5
//! (Taiwan, Hong Kong), told apart by the header words each reading gives and by `chardetng`'s
//! scores. Bytes that fit neither, or fit both equally well, are an error naming the file —
//! never a silent misreading that later shows up as a "missing column".

use encoding_rs::{Encoding, BIG5, GB18030, GBK, UTF_16BE, UTF_16LE, UTF_8};

/// What the first bytes of a file say about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Bom {
    Utf8,
    Utf16Le,
    Utf16Be,
    None,
}

impl Bom {
    pub fn of(head: &[u8]) -> (Bom, usize) {
        match Encoding::for_bom(head) {
            Some((e, n)) if e == UTF_8 => (Bom::Utf8, n),
            Some((e, n)) if e == UTF_16LE => (Bom::Utf16Le, n),
            Some((e, n)) if e == UTF_16BE => (Bom::Utf16Be, n),
            _ => (Bom::None, 0),
        }
    }
}

/// A file that is not a text table at all, recognised by its first bytes: the catalog id of
/// what it is.
pub fn binary_kind(head: &[u8]) -> Option<&'static str> {
    if head.starts_with(b"PK\x03\x04") {
        Some("input-kind-zip")
    } else if head.starts_with(&[0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) {
        Some("input-kind-xls")
    } else if head.starts_with(b"%PDF") {
        Some("input-kind-pdf")
    } else {
        None
    }
}

/// Decides the encoding of ASCII-compatible bytes that are not all ASCII. `sample` starts at (or
/// shortly before) the first non-ASCII byte and runs as far as was read; `complete` says it
/// reaches the end of the file (else a character cut at its end is not an error). `hint` holds
/// words a header of this table may contain. The error is the catalog id of the reason.
pub fn detect(sample: &[u8], complete: bool, hint: &[&str]) -> Result<&'static Encoding, &'static str> {
    if is_utf8(sample, complete) {
        return Ok(UTF_8);
    }
    let gb = decode(GB18030, sample, complete);
    let big5 = decode(BIG5, sample, complete);
    let (gb_text, big5_text) = match (gb, big5) {
        (None, None) => return Err("input-encoding-none"),
        (Some(_), None) => return Ok(GB18030),
        (None, Some(_)) => return Ok(BIG5),
        (Some(g), Some(b)) => (g, b),
    };
    // A header word found in one reading and not the other settles it.
    let hits = |text: &str| hint.iter().filter(|w| !w.is_ascii() && text.contains(*w)).count();
    let (gb_hits, big5_hits) = (hits(&gb_text), hits(&big5_text));
    if gb_hits != big5_hits {
        return Ok(if gb_hits > big5_hits { GB18030 } else { BIG5 });
    }
    // chardetng weighs the text by the frequencies of each script's characters, with no
    // assumption about where the file comes from. When it names neither (the text reads as
    // Japanese or Korean just as well), kaohe does not guess.
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(sample, complete);
    match detector.guess(None, chardetng::Utf8Detection::Deny) {
        e if e == GBK || e == GB18030 => Ok(GB18030),
        e if e == BIG5 => Ok(BIG5),
        _ => Err("input-encoding-both"),
    }
}

fn is_utf8(bytes: &[u8], complete: bool) -> bool {
    match std::str::from_utf8(bytes) {
        Ok(_) => true,
        // A character cut by the end of the sample is fine when the file goes on.
        Err(e) => !complete && e.error_len().is_none(),
    }
}

/// The text of `bytes` in `encoding`, or `None` when they are not valid in it.
pub fn decode(encoding: &'static Encoding, bytes: &[u8], complete: bool) -> Option<String> {
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut out = String::with_capacity(decoder.max_utf8_buffer_length_without_replacement(bytes.len())?);
    let (result, _) = decoder.decode_to_string_without_replacement(bytes, &mut out, complete);
    match result {
        encoding_rs::DecoderResult::InputEmpty => Some(out),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HINT: &[&str] = &["工號", "工号", "姓名", "日期", "項目", "项目", "备注", "備註"];

    fn enc(e: &'static Encoding, text: &str) -> Vec<u8> {
        let (bytes, _, bad) = e.encode(text);
        assert!(!bad, "{text} is not encodable in {}", e.name());
        bytes.into_owned()
    }

    #[test]
    fn utf8_text_is_utf8_even_when_cut_mid_character() {
        let bytes = "日期,工号\n2026-10-03,1001\n".as_bytes();
        assert_eq!(detect(bytes, true, HINT), Ok(UTF_8));
        assert_eq!(detect(&bytes[..4], false, HINT), Ok(UTF_8), "cut inside 期");
    }

    #[test]
    fn gbk_and_big5_are_told_apart_by_their_header() {
        let gb = enc(GB18030, "日期,工号,项目,备注\n2026-10-03,1001,1d,两起简单查询超过2小时未回复\n");
        assert_eq!(detect(&gb, true, HINT), Ok(GB18030));
        let big5 = enc(BIG5, "日期,工號,項目,備註\n2026-10-03,1001,1d,兩起簡單查詢超過2小時未回覆\n");
        assert_eq!(detect(&big5, true, HINT), Ok(BIG5));
    }

    #[test]
    fn without_a_chinese_header_the_text_decides() {
        let big5 = enc(BIG5, "date,agent_id,item,note\n2026-10-03,1001,1d,客戶來電表示處理過程沒有按照規範執行，記錄也不完整\n");
        assert_eq!(detect(&big5, true, &[]), Ok(BIG5));
        let gb = enc(GB18030, "date,agent_id,item,note\n2026-10-03,1001,1d,客户来电表示处理过程没有按照规范执行，记录也不完整\n");
        assert_eq!(detect(&gb, true, &[]), Ok(GB18030));
    }

    #[test]
    fn latin1_text_is_refused() {
        let bytes = b"name,note\nJos\xe9,caf\xe9 au lait\n";
        assert!(detect(bytes, true, HINT).is_err());
    }

    #[test]
    fn boms_and_binary_files_are_recognised() {
        assert_eq!(Bom::of(b"\xef\xbb\xbfa"), (Bom::Utf8, 3));
        assert_eq!(Bom::of(b"\xff\xfea\x00"), (Bom::Utf16Le, 2));
        assert_eq!(Bom::of(b"\xfe\xff\x00a"), (Bom::Utf16Be, 2));
        assert_eq!(Bom::of(b"abc"), (Bom::None, 0));
        assert!(binary_kind(b"PK\x03\x04rest").is_some());
        assert!(binary_kind(b"date,agent_id").is_none());
    }
}
