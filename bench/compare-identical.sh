#!/usr/bin/env bash
# Checks that a change to the comparer leaves its output byte-identical:
# `figcheck compare --format json` over every story set of testdata/compare*
# (compare_real, compare_real_heldout…, compare, compare_heldout),
# built from this checkout and from a reference commit (default: main), and
# the figures `go test ./compare -run TestStorySets -v` prints. Not run by CI
# (it builds two binaries); for speed work on compare/. REF must be an
# ancestor of HEAD (rebase first), and uncommitted changes count.
#
#   bench/compare-identical.sh [REF] [EXTRA_DIR]...
#
# Each EXTRA_DIR (e.g. a directory of 1,000 generated reports) is compared
# as one set too, read with -r.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
ref="${1:-main}"
shift || true
if ! git -C "$root" merge-base --is-ancestor "$ref" HEAD; then
  echo "$ref is not an ancestor of HEAD: rebase on it first (its other changes would show as differences)" >&2
  exit 2
fi
work="$(mktemp -d)"
trap 'git -C "$root" worktree remove --force "$work/ref" >/dev/null 2>&1 || true; rm -rf "$work"' EXIT

git -C "$root" worktree add --detach "$work/ref" "$ref" >/dev/null 2>&1
# the story sets kept in ../shared (the Wikinews chains) are read from
# beside each checkout
if [ -d "$root/../shared" ]; then ln -s "$(cd "$root/../shared" && pwd)" "$work/shared"; fi
(cd "$work/ref" && go build -o "$work/figcheck-ref" ./cmd/figcheck)
(cd "$root" && go build -o "$work/figcheck-new" ./cmd/figcheck)

# run BINARY OUT DIR: compare's JSON for the .txt files of DIR (exit status
# 1 means "some figures disagree", which is an answer, not a failure).
run() {
  local status=0
  "$1" compare --format json "${@:3}" >"$2" 2>&1 || status=$?
  if [ "$status" -gt 1 ]; then echo "figcheck failed ($status) on ${*:3}" >&2; cat "$2" >&2; exit 2; fi
}

differ=0
sets=0
for set in "$root"/testdata/compare*/*/; do
  files=("$set"*.txt)
  [ -e "${files[0]}" ] || continue
  sets=$((sets + 1))
  run "$work/figcheck-ref" "$work/ref.json" "${files[@]}"
  run "$work/figcheck-new" "$work/new.json" "${files[@]}"
  if ! cmp -s "$work/ref.json" "$work/new.json"; then
    echo "DIFFERS: ${set#"$root"/}"
    diff "$work/ref.json" "$work/new.json" | head -20
    differ=$((differ + 1))
  fi
done
for dir in "$@"; do
  sets=$((sets + 1))
  run "$work/figcheck-ref" "$work/ref.json" -r "$dir"
  run "$work/figcheck-new" "$work/new.json" -r "$dir"
  if ! cmp -s "$work/ref.json" "$work/new.json"; then
    echo "DIFFERS: $dir"
    diff "$work/ref.json" "$work/new.json" | head -20
    differ=$((differ + 1))
  fi
done

# The story-set scores, minus the timing lines.
scores() { (cd "$1" && go test -count=1 ./compare -run TestStorySets -v 2>&1 | grep 'sets_test.go' | sed 's/sets_test.go:[0-9]*://' || true); }
scores "$work/ref" >"$work/ref.scores"
scores "$root" >"$work/new.scores"
if [ ! -s "$work/new.scores" ] || ! cmp -s "$work/ref.scores" "$work/new.scores"; then
  echo "DIFFERS: TestStorySets figures"
  diff "$work/ref.scores" "$work/new.scores" | head -20
  differ=$((differ + 1))
fi

if [ "$differ" -gt 0 ]; then
  echo "$differ of $((sets + 1)) outputs differ from $ref"
  exit 1
fi
echo "identical to $ref: compare --format json on $sets sets, and the TestStorySets figures"
