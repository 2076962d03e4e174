//! Helpers shared by the fuzz targets: a visitor that touches every cell of every row, and the
//! example month copied once into a scratch folder.

use std::ops::ControlFlow;
use std::path::{Path, PathBuf};

use kaohe::input::{Cell, RowEvent};

/// The tables of a month folder, in the order the first byte of a `month` input picks them.
pub const TABLES: [&str; 6] = ["agents", "qa", "surveys", "attendance", "awards", "penalties"];

/// The repository's root (the fuzz crate lives in `fuzz/`).
pub fn repo() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("fuzz/ has a parent").to_path_buf()
}

/// The example month's folder.
pub fn example_month() -> PathBuf {
    repo().join("examples/2026-10")
}

/// Reads one cell every way a caller can.
fn touch(cell: Cell<'_>) -> usize {
    let mut n = cell.is_empty() as usize;
    if let Some(t) = cell.text() {
        n += t.len();
    }
    n + cell.to_owned_cell().as_cell().is_empty() as usize
}

/// A visitor that reads every cell of every row (by index, past the end, and as `filled()`),
/// and every problem's message. Returns `Continue` always.
pub fn visit_all(event: RowEvent<'_>) -> ControlFlow<()> {
    let mut n = 0usize;
    match event {
        RowEvent::Row(row) => {
            let len = row.len();
            for i in 0..len.saturating_add(2).min(100_000) {
                n += touch(row.get(i));
            }
            for (i, cell) in row.filled() {
                assert!(i < len, "filled() gave column {i} of a row of {len}");
                assert!(!cell.is_empty(), "filled() gave an empty cell");
                n += touch(cell);
            }
            n += row.is_blank() as usize + row.last_filled().unwrap_or(0);
            let owned = row.to_owned_row();
            assert_eq!(owned.number, row.number);
            n += owned.cells().len();
        }
        RowEvent::Problem(p) => n += p.to_string().len(),
        RowEvent::Merged(regions) => {
            for r in regions {
                n += r.name().len() + r.contains(r.first_row, r.first_col) as usize;
            }
        }
    }
    std::hint::black_box(n);
    ControlFlow::Continue(())
}
