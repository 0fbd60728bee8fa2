#!/usr/bin/env bash
# Checks that a figcheck binary extracts byte for byte what a reference
# binary extracts, over every text corpus of the repository and ../shared.
# Used by the speed work on facts/: every change must leave the output
# unchanged.
#
#   bench/identical.sh NEW_BINARY [REFERENCE_BINARY]
#
# REFERENCE_BINARY defaults to /tmp/fig-base (build it from main with
# `go build -o /tmp/fig-base ./cmd/figcheck`). Each corpus is run with
# `extract --format jsonl`, or the format in $FORMAT (table, markdown, ...)
# with the flags in $FLAGS (`FORMAT=table FLAGS="--color always"`):
#   - every .txt/.md/.html document under testdata/ (one run per file, and
#     one run over all of them at once);
#   - ../shared/wikinews/articles, ../shared/seeds;
#   - the inputs of ../shared/rt-specs and ../shared/quantulum3-tests, one
#     document per spec file, inputs separated by blank lines, and one
#     document per input;
#   - a file over 8 MB (the CLI streams it in blocks) and the same text as
#     one long line (sentences cut into pieces).
# Exits 1 at the first difference, naming it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
shared="$root/../shared"
new="$(realpath "${1:?usage: identical.sh NEW_BINARY [REFERENCE_BINARY]}")"
ref="$(realpath "${2:-/tmp/fig-base}")"
format="${FORMAT:-jsonl}"
read -r -a flags <<< "${FLAGS:-}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

runs=0
# check NAME ARGS...: runs both binaries with ARGS and compares the outputs.
check() {
  local name="$1"
  shift
  "$ref" extract --quiet --format "$format" "${flags[@]}" "$@" > "$work/ref.out" 2> "$work/ref.err" || echo "exit $?" >> "$work/ref.err"
  "$new" extract --quiet --format "$format" "${flags[@]}" "$@" > "$work/new.out" 2> "$work/new.err" || echo "exit $?" >> "$work/new.err"
  if ! cmp -s "$work/ref.out" "$work/new.out" || ! cmp -s "$work/ref.err" "$work/new.err"; then
    echo "DIFFERENT: $name" >&2
    diff <(head -c 200000 "$work/ref.out") <(head -c 200000 "$work/new.out") | head -20 >&2 || true
    diff "$work/ref.err" "$work/new.err" | head -5 >&2 || true
    exit 1
  fi
  runs=$((runs + 1))
}

cd "$root"
mapfile -t docs < <(find testdata -type f \( -name '*.txt' -o -name '*.md' -o -name '*.markdown' -o -name '*.html' -o -name '*.htm' \) | sort)
for d in "${docs[@]}"; do
  check "$d" "$d"
done
check "testdata (all at once)" "${docs[@]}"
check "testdata -r" -r testdata

if [ -d "$shared" ]; then
  mkdir -p "$work/specs/each"
  for d in "$shared"/wikinews/articles/*.txt "$shared"/seeds/*.txt; do
    check "$d" "$d"
  done
  check "wikinews (all at once)" "$shared"/wikinews/articles/*.txt
  i=0
  while IFS= read -r -d '' spec; do
    base="$work/specs/$(basename "$(dirname "$spec")")_$(basename "$spec" .json)"
    jq -r '.[] | (.Input // .req) + "\n"' "$spec" > "$base.txt"
    check "$spec" "$base.txt"
    while IFS= read -r -d '' input; do
      i=$((i + 1))
      printf '%s' "$input" > "$work/specs/each/$(printf '%06d' "$i").txt"
    done < <(jq -j '.[] | (.Input // .req) + "\u0000"' "$spec")
  done < <(find "$shared/rt-specs" "$shared/quantulum3-tests" -name '*.json' -print0 | sort -z)
  check "every spec input as a document (-r)" -r "$work/specs/each"

  # Over 8 MB: the CLI reads the file in blocks and streams its facts.
  cat "${docs[@]}" "$shared"/wikinews/articles/*.txt "$work"/specs/*.txt > "$work/all.txt"
  : > "$work/big.txt"
  while [ "$(wc -c < "$work/big.txt")" -lt $((9 << 20)) ]; do
    cat "$work/all.txt" >> "$work/big.txt"
  done
  check "big file (streamed)" "$work/big.txt"
  tr '\n' ' ' < "$work/all.txt" > "$work/line.txt"
  check "one long line" "$work/line.txt"
  echo "spec inputs: $i; big file: $(wc -c < "$work/big.txt") bytes; line: $(wc -c < "$work/line.txt") bytes"
fi
echo "identical: $runs runs of --format $format ${flags[*]}, $new vs $ref"
