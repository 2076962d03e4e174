#!/usr/bin/env bash
# Regenerates expected.txt of every case from the current binary. Review every diff by hand
# before committing: the messages are part of the product.
set -eu
cd "$(dirname "$0")"
bin=../../target/debug/kaohe
for d in */; do
  d=${d%/}
  args="check --month 2026-10 --input input --lang en"
  [ -f "$d/args" ] && args=$(cat "$d/args")
  (cd "$d" && ../$bin $args > /dev/null 2> expected.txt || true)
done
