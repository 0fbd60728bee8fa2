package compare

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestScoreSet checks the corpus scorer itself on a tiny set, with a fake
// extractor that knows a few phrases.
func TestScoreSet(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"a.txt": "Officials said 25 people were killed. Later: 25 people were killed. Russia fired 25 missiles.",
		"b.txt": "In all 31 people were killed and 12 injured.",
		"c.txt": "Some 12 injured, then 15 injured.",
		"gold.json": `{"story": "test",
 "disagree": [{"a": "a.txt", "a_text": "25 people", "a_occurrence": 2, "b": "b.txt", "b_text": "31 people", "why": "25 vs 31", "update": false}],
 "agree": [{"a": "a.txt", "a_text": "25 people", "b": "a.txt", "b_text": "25 people", "b_occurrence": 2, "why": "repeated"},
           {"a": "b.txt", "a_text": "12 injured", "b": "c.txt", "b_text": "12 injured", "why": "same"}],
 "separate": [{"a": "a.txt", "a_text": "25 people", "b": "a.txt", "b_text": "25 missiles", "why": "people vs missiles"}],
 "not_comparable": []}`,
	}
	for name, text := range files {
		require.NoError(t, os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644))
	}
	known := []struct {
		text, subject, event string
		v                    float64
	}{
		{"25 people", "people killed", "killed", 25},
		{"31 people", "people killed", "killed", 31},
		{"25 missiles", "missiles launched", "launched", 25},
		{"12 injured", "people injured", "injured", 12},
		{"15 injured", "people injured", "injured", 15},
	}
	extract := func(doc string, text []byte) []facts.Fact {
		var out []facts.Fact
		for _, k := range known {
			for from := 0; ; {
				i := strings.Index(string(text[from:]), k.text)
				if i < 0 {
					break
				}
				f := fc(k.text, k.subject, k.v, event(k.event), at(from+i))
				f.Doc = doc
				out = append(out, f)
				from += i + len(k.text)
			}
		}
		return out
	}

	sc, err := scoreSet(dir, extract)
	require.NoError(t, err)
	assert.Equal(t, 3, sc.Docs)
	assert.Equal(t, 7, sc.Facts)
	assert.Equal(t, 1, sc.Planted)
	assert.Equal(t, 1, sc.Found, "the second mention of 25 in a.txt stands for its claim")
	assert.Equal(t, 1, sc.UpdateRight)
	assert.Equal(t, 2, sc.Agree)
	assert.Equal(t, 2, sc.AgreeOK)
	assert.Equal(t, 1, sc.Separate)
	assert.Equal(t, 0, sc.SeparateWrong)
	assert.Equal(t, 3, sc.Reported, "25/31, 12/15 across b and c, 12/15 within c")
	assert.Equal(t, 2, sc.FalseAlarms)

	t.Run("a gold text that is not there is an error", func(t *testing.T) {
		gold := strings.Replace(files["gold.json"], `"31 people"`, `"32 people"`, 1)
		require.NoError(t, os.WriteFile(filepath.Join(dir, "gold.json"), []byte(gold), 0o644))
		_, err := scoreSet(dir, extract)
		assert.ErrorContains(t, err, `"32 people" (occurrence 1) not in b.txt`)
	})
}
