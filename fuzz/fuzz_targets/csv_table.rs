//! Arbitrary bytes as a CSV table: every row event is read cell by cell. Any panic is a bug; so is
//! a row numbered before the row that came ahead of it (SPEC 2.5: rows are numbered by the line
//! they start on), and so is an I/O error from bytes held in memory.
#![no_main]

use kaohe::input::RowEvent;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let hint = kaohe::schema::header_words(&kaohe::schema::QA);
    let mut last = 0usize;
    let result = kaohe::input::csv::read_bytes(data, "qa.csv", &hint, &mut |event| {
        if let RowEvent::Row(row) = &event {
            assert!(row.number > last, "row {} came after row {last}", row.number);
            last = row.number;
        }
        kaohe_fuzz::visit_all(event)
    });
    match result {
        Ok(file) => assert!(file.complete, "a visitor that never stops read only part of the file"),
        // Bytes held in memory cannot fail to be read: a file that is not text is invalid input
        // (SPEC 7: exit 1, with its row and what to do), never an I/O error (exit 4).
        Err(e @ kaohe::KaoheError::Io { .. }) => panic!("an I/O error from bytes in memory: {e}"),
        Err(e) => {
            std::hint::black_box(e.to_string());
        }
    }
});
