package facts

import (
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
