#!/usr/bin/env bash
# Regenerates cmd/figcheck/default.pgo, the CPU profile `go build` uses for
# profile-guided optimisation of the CLI (Go 1.21+ reads default.pgo in the
# main package's directory): the extractor on real news and on dense reports,
# and the comparer on 1,000 distinct reports. Not run by CI; rerun when the
# hot paths change. Output is unchanged by PGO, only faster.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
go test ./facts -run '^$' -bench 'ExtractNews|Extract/one-doc' -benchtime 3s -cpuprofile "$work/facts.prof" -o "$work/facts.test" >/dev/null
go test ./compare -run '^$' -bench 'Reports' -benchtime 3x -cpuprofile "$work/compare.prof" -o "$work/compare.test" >/dev/null
go tool pprof -proto "$work/facts.prof" "$work/compare.prof" > cmd/figcheck/default.pgo
echo "wrote cmd/figcheck/default.pgo ($(wc -c < cmd/figcheck/default.pgo) bytes)"
