package facts

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/lexicon"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// checkIDs asserts what lets a rule look a word set up by a token's ID
// instead of its text: every token the lexer makes from text carries the
// ID vocab gives its text, and 0 when no list holds it.
func checkIDs(t *testing.T, name, text string) {
	t.Helper()
	for _, tk := range tokenize(text, lowerASCIIAll(text), 0, len(text), nil) {
		if !assert.Equal(t, vocab.ids[tk.text], tk.id, "%s: token %q", name, tk.text) {
			return
		}
	}
}

// TestTokenIDs checks the token IDs of every listed word, mid-text, at the
// very end of a text and capitalised, and of every token of the
// repository's and ../shared's texts.
func TestTokenIDs(t *testing.T) {
	require.Greater(t, len(vocab.words), 100)
	for _, w := range vocab.words[1:] {
		checkIDs(t, w, "x "+w+" and more text")
		checkIDs(t, w, w)
		checkIDs(t, w, "Then "+strings.ToUpper(w[:1])+w[1:]+".")
	}
	for _, w := range []string{"x", "officials", "tha", "saud", "twemty", "januery", "accordinx", "thousandz", "ÉTÉ", "１２", "½", "$", "%"} {
		checkIDs(t, w, "a "+w+" b")
	}
	n := 0
	for _, root := range []string{filepath.Join("..", "testdata"), filepath.Join("..", "..", "shared", "wikinews"), filepath.Join("..", "..", "shared", "seeds")} {
		_ = filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
			if err != nil || d.IsDir() || !strings.HasSuffix(path, ".txt") && !strings.HasSuffix(path, ".md") {
				return nil
			}
			text, err := os.ReadFile(path)
			require.NoError(t, err)
			checkIDs(t, path, string(text))
			n++
			return nil
		})
	}
	require.NotZero(t, n, "no text read")
}

// TestWordSets checks every set and table of vocab.go against the word
// list it is built from, on every listed word and on a few others.
func TestWordSets(t *testing.T) {
	require.NotEmpty(t, listChecks)
	words := append([]string{"officials", "zz", "Dollars", "KM"}, vocab.words[1:]...)
	for i, check := range listChecks {
		for _, w := range words {
			assert.True(t, check(w, vocab.ids[w]), "list %d, word %q", i, w)
		}
	}
}

// TestIDOf checks what lets a rule look a word of a phrase (a subject, an
// event) up by ID: idOf gives every listed word its vocab ID, in any case
// the list writes it, and 0 to any other text.
func TestIDOf(t *testing.T) {
	for id, w := range vocab.words[1:] {
		assert.Equal(t, wordID(id+1), idOf(w), "word %q", w)
	}
	for _, w := range []string{"", "x", "officials", "Highest", "usd", "people killed", "twemty", "ÉTÉ", strings.Repeat("a", 300)} {
		assert.Equal(t, vocab.ids[w], idOf(w), "word %q", w)
	}
}

// TestAdverbEndings checks what isAdverb's first test takes for granted:
// every ending is "ly" after two letters or more.
func TestAdverbEndings(t *testing.T) {
	for _, suf := range adverbEndings {
		assert.True(t, len(suf) >= 4 && strings.HasSuffix(suf, "ly"), "ending %q", suf)
	}
}

// TestNotNounRemembered checks the table of work.notNoun: asked twice of
// every listed word and of words that share a slot, a length or their
// first eight bytes, it answers as lexicon.NotNoun does.
func TestNotNounRemembered(t *testing.T) {
	w := new(work)
	words := append([]string{"", "together", "togethers", "slightly", "slightlyy", "nationally", "nationallx",
		"people", "a", "ab", "abc", "abcdefgh", "abcdefghi", "abcdefghijklmnop", "abcdefghijklmnopq"}, vocab.words[1:]...)
	for round := range 2 {
		for _, word := range words {
			if strings.Contains(word, " ") {
				continue // a phrase is asked of WordNet each time
			}
			assert.Equal(t, lexicon.NotNoun(word), w.notNoun(word), "round %d, word %q", round, word)
		}
	}
}
