package facts

import (
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// TestArticleOnly checks the shortcut of parseNumberAt: wherever
// articleOnly says an "a"/"an" starts no number, neither reader finds one,
// for every listed word and every word of the Wikinews articles after the
// article, in several contexts.
func TestArticleOnly(t *testing.T) {
	words := map[string]bool{"man": true, "official": true, "thirds": true, "fifths": true, "hundredths": true}
	for w := range wordClasses {
		words[w] = true
	}
	for _, m := range []map[string]string{unitWords, durationUnits, spOrdinalPlurals} {
		for w := range m {
			words[w] = true
		}
	}
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "wikinews", "articles", "*.txt"))
	for _, p := range paths {
		text, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, w := range strings.Fields(strings.ToLower(string(text))) {
			words[strings.Trim(w, ".,;:!?\"'()")] = true
		}
	}
	shortcuts := 0
	for w := range words {
		for _, context := range []string{"a %s", "an %s", "a %s of the", "a %s million", "a %s-first", "a %s and a half", "a %s hundred", "an %s thousand people"} {
			text := strings.Replace(context, "%s", w, 1)
			toks := tokenize(text, lowerASCIIAll(text), 0, len(text), nil)
			if len(toks) < 2 || !articleOnly(toks, 0) {
				continue
			}
			shortcuts++
			_, ok := parseWordNumber(toks, 0)
			_, _, sok := readSpelled(toks, 0)
			assert.False(t, ok || sok, text)
		}
	}
	assert.Greater(t, shortcuts, 1000)
}

// TestRoundingStepWhole: the step of a whole number, found in integers, is
// the one math.Mod finds.
func TestRoundingStepWhole(t *testing.T) {
	byMod := func(num float64) float64 {
		step := 1.0
		if num >= 100 {
			for v := num; v >= 10 && math.Mod(v, 10) == 0 && step*10 <= num/10; v /= 10 {
				step *= 10
			}
		}
		return step
	}
	values := []float64{0, 5, 10, 99, 100, 101, 110, 1000, 1200, 1250, 12000, 1e6, 2.5e6, 1e15, 1 << 53, 1<<53 + 2, 1e20, 123.5, 1000.5, math.Inf(1)}
	for i := 1; i < 20000; i++ {
		values = append(values, float64(i*10), float64(i*1000), float64(i)*1e9, float64(i))
	}
	for _, v := range values {
		tk := &token{kind: tokNum, num: v, decimals: -1}
		if got, want := roundingStep(tk), byMod(v); got != want {
			t.Fatalf("roundingStep(%v) = %v, math.Mod gives %v", v, got, want)
		}
	}
}
