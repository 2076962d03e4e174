#!/usr/bin/env python3
"""Writes the fuzz targets' seed corpora into fuzz/seeds/<target>/ from the repository's own
inputs: the example month, the error cases, the rules files and the workbook fixtures. Run from
anywhere; the seeds are committed, the corpora the fuzzers grow (fuzz/corpus/) are not."""

import hashlib
import os
import shutil
from pathlib import Path

FUZZ = Path(__file__).resolve().parent
REPO = FUZZ.parent
SEEDS = FUZZ / "seeds"
TABLES = ["agents", "qa", "surveys", "attendance", "awards", "penalties"]
# month target: (b // 6) % 8 picks the format
FORMAT = {"csv": 0, "xlsx": 5, "ods": 6, "xls": 7}
# workbook target: b % 3 picks the extension
BOOK = {"xlsx": 0, "ods": 1, "xls": 2}


def put(target, data, name=None):
    d = SEEDS / target
    d.mkdir(parents=True, exist_ok=True)
    name = name or hashlib.sha1(data).hexdigest()[:16]
    (d / f"seed-{name}").write_bytes(data)


def encodings_of(text):
    """The same CSV text as HR saves it: UTF-8 with BOM, GBK, Big5, UTF-16 LE/BE, CRLF, lone CR."""
    out = [text.encode("utf-8"), b"\xef\xbb\xbf" + text.encode("utf-8")]
    out.append(text.replace("\n", "\r\n").encode("utf-8"))
    out.append(text.replace("\n", "\r").encode("utf-8"))
    for enc in ["gb18030", "big5"]:
        try:
            out.append(text.encode(enc))
        except UnicodeEncodeError:
            pass
    out.append(b"\xff\xfe" + text.replace("\n", "\r\n").encode("utf-16-le"))
    out.append(b"\xfe\xff" + text.encode("utf-16-be"))
    return out


def main():
    if SEEDS.exists():
        shutil.rmtree(SEEDS)
    example = REPO / "examples" / "2026-10"
    errors = sorted((REPO / "tests" / "errors").glob("*/input"))
    # csv_table: every CSV the repository holds, once; the example qa table in every encoding.
    seen = set()
    for f in sorted(example.glob("*.csv")) + sorted(p for d in errors for p in d.glob("*.csv")):
        data = f.read_bytes()
        if data not in seen:
            seen.add(data)
            put("csv_table", data)
    for data in encodings_of((example / "qa.csv").read_text("utf-8-sig")):
        put("csv_table", data)
    put("csv_table", "2026年10月质检记录\n日期,工号,项目\n2026-10-03,1001,\"1a\n续\"\n合计,,\n".encode("gb18030"))
    # month: the example's tables (in English and Chinese), each error case's tables that differ
    # from the example, and the per-table workbooks of the Excel fixtures.
    for i, t in enumerate(TABLES):
        data = (example / f"{t}.csv").read_bytes()
        put("month", bytes([i]) + data)
        put("month", bytes([i + 48]) + data)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            text = data.decode("gb18030")  # attendance.csv is saved as GBK, as Excel does
        for enc in encodings_of(text)[2:]:
            put("month", bytes([i]) + enc)
        for d in errors:
            f = d / f"{t}.csv"
            if f.exists() and f.read_bytes() != data:
                put("month", bytes([i]) + f.read_bytes())
    folder = REPO / "tests" / "fixtures" / "excel" / "folder"
    for f in sorted(folder.iterdir()):
        t, ext = f.stem, f.suffix[1:]
        put("month", bytes([TABLES.index(t) + 6 * FORMAT[ext]]) + f.read_bytes())
    put("month", bytes([1 + 6 * FORMAT["xlsx"]]) + (REPO / "tests/fixtures/excel/offset/qa.xlsx").read_bytes())
    # rules: both schemes and the error case's rules.
    for f in sorted((REPO / "rules").glob("*.toml")) + [REPO / "tests/errors/invalid_rules/rules.toml"]:
        put("rules", f.read_bytes())
    put("rules", b"\xef\xbb\xbf" + (REPO / "rules/hundred.toml").read_bytes())
    # workbook: every workbook fixture and the example month as one workbook.
    books = [REPO / "examples/2026-10.xlsx"] + sorted((REPO / "tests/fixtures/excel").rglob("*.*"))
    for f in books:
        ext = f.suffix[1:]
        if ext in BOOK:
            put("workbook", bytes([BOOK[ext]]) + f.read_bytes())
    for target in sorted(os.listdir(SEEDS)):
        files = list((SEEDS / target).iterdir())
        print(f"{target}: {len(files)} seeds, {sum(p.stat().st_size for p in files)} bytes")


main()
