#!/usr/bin/env bash
# Times figcheck and Microsoft Recognizers-Text (JavaScript) on the same text
# and prints the ratio. Not run by CI: it needs node, npm and the network
# (npm install of @microsoft/recognizers-text-suite, MIT, into a temp dir).
#
#   bench/rt-compare.sh [TEXT_FILE]
#
# TEXT_FILE defaults to the Wikinews articles of ../shared/wikinews,
# concatenated. Recognizers-Text reads the text paragraph by paragraph with
# the models that cover what figcheck extracts: number, ordinal,
# percentage, currency, dimension, age, temperature and
# date-time (English). Each side's time is the best of three runs, after
# loading (node's module loading and model building are left out).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

text="${1:-}"
if [ -z "$text" ]; then
  text="$work/news.txt"
  cat "$root"/../shared/wikinews/articles/*.txt > "$text"
fi
bytes=$(wc -c < "$text")

(cd "$root" && go build -o "$work/figcheck" ./cmd/figcheck)
(cd "$work" && npm install --silent --no-audit --no-fund @microsoft/recognizers-text-suite >/dev/null)

cat > "$work/rt.js" <<'JS'
const fs = require('fs');
const rt = require('@microsoft/recognizers-text-suite');
const text = fs.readFileSync(process.argv[2], 'utf8');
const paras = text.split(/\n\s*\n/).filter(p => p.trim() !== '');
const c = rt.Culture.English;
const models = [rt.recognizeNumber, rt.recognizeOrdinal, rt.recognizePercentage,
  rt.recognizeCurrency, rt.recognizeDimension, rt.recognizeAge, rt.recognizeTemperature, rt.recognizeDateTime];
models.forEach(m => m('warm up 25 people on 3 May 2024', c)); // build the models before timing
let best = Infinity, found = 0;
for (let run = 0; run < 3; run++) {
  const t0 = process.hrtime.bigint();
  found = 0;
  for (const p of paras) for (const m of models) found += m(p, c).length;
  best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
}
console.log(best.toFixed(3) + ' ' + found);
JS
read -r rt_s rt_found < <(cd "$work" && node rt.js "$text")

fc_s=""
for run in 1 2 3; do
  start=$(date +%s.%N)
  "$work/figcheck" extract --format jsonl -j 1 "$text" > "$work/facts.jsonl"
  end=$(date +%s.%N)
  s=$(echo "$end - $start" | bc -l)
  if [ -z "$fc_s" ] || [ "$(echo "$s < $fc_s" | bc -l)" = 1 ]; then fc_s=$s; fi
done
fc_found=$(wc -l < "$work/facts.jsonl")

printf 'text: %s (%d bytes)\n' "$text" "$bytes"
printf 'figcheck (one core):    %7.3f s  %8.2f MB/s  %6d facts\n' "$fc_s" "$(echo "$bytes / $fc_s / 1000000" | bc -l)" "$fc_found"
printf 'Recognizers-Text (JS):  %7.3f s  %8.2f MB/s  %6d results\n' "$rt_s" "$(echo "$bytes / $rt_s / 1000000" | bc -l)" "$rt_found"
printf 'ratio: figcheck is %.1f× as fast\n' "$(echo "$rt_s / $fc_s" | bc -l)"
