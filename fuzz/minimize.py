#!/usr/bin/env python3
"""Shrinks a fuzz artifact while it still fails the same way (libFuzzer's own `-minimize_crash`,
behind `cargo fuzz tmin`, keeps any crash, and often drifts from one bug to another).

    python3 fuzz/minimize.py workbook fuzz/artifacts/workbook/oom-… 'get_chain' [-o out]

runs the built target binary on each candidate and keeps it when the target's output still
contains SIGNATURE (a panic location such as `cfb.rs:320`, or a function in an out-of-memory
stack). Workbook formats address their parts by offset, so bytes are zeroed before any are
removed: first whole chunks are set to zero, then the tail is cut, then chunks are removed."""

import argparse
import os
import subprocess
import sys
import tempfile

TARGET_DIR = os.environ.get("CARGO_TARGET_DIR", os.path.join(os.path.dirname(__file__), "target"))
BIN = os.path.join(TARGET_DIR, "x86_64-unknown-linux-gnu", "release")


def fails(binary, data, signature):
    with tempfile.NamedTemporaryFile(delete=False) as f:
        f.write(data)
        path = f.name
    try:
        out = subprocess.run(
            [binary, "-rss_limit_mb=2048", "-malloc_limit_mb=1024", "-timeout=10", path],
            capture_output=True,
            timeout=120,
        )
        text = out.stdout + out.stderr
        return out.returncode != 0 and signature.encode() in text
    except subprocess.TimeoutExpired:
        return signature == "timeout"
    finally:
        os.unlink(path)


def shrink(binary, data, signature):
    assert fails(binary, data, signature), "the artifact does not fail with that signature"
    keep = 1  # the first byte picks the format; keep it
    # 1. zero chunks
    size = max(1, len(data) // 2)
    while size >= 1:
        i = keep
        while i < len(data):
            chunk = data[i : i + size]
            if any(chunk):
                cand = data[:i] + bytes(len(chunk)) + data[i + size :]
                if fails(binary, cand, signature):
                    data = cand
            i += size
        size //= 2
    # 2. cut the tail
    lo, hi = keep, len(data)
    while lo < hi:
        mid = (lo + hi) // 2
        if fails(binary, data[:mid], signature):
            hi = mid
        else:
            lo = mid + 1
    data = data[:hi]
    # 3. remove chunks
    size = max(1, len(data) // 4)
    while size >= 16:
        i = keep
        while i < len(data):
            cand = data[:i] + data[i + size :]
            if fails(binary, cand, signature):
                data = cand
            else:
                i += size
        size //= 2
    return data


def main():
    p = argparse.ArgumentParser()
    p.add_argument("target")
    p.add_argument("artifact")
    p.add_argument("signature")
    p.add_argument("-o", "--out")
    a = p.parse_args()
    data = open(a.artifact, "rb").read()
    small = shrink(os.path.join(BIN, a.target), data, a.signature)
    out = a.out or a.artifact + ".min"
    open(out, "wb").write(small)
    nonzero = sum(1 for b in small if b)
    print(f"{a.artifact}: {len(data)} -> {len(small)} bytes ({nonzero} non-zero) in {out}", file=sys.stderr)


main()
