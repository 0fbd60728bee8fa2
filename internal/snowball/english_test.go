package snowball

import (
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/kljensen/snowball/english"
)

// TestEnglish checks English against english.Stem, the package it is
// rewritten from, on every word of the repository's texts, on the words
// whose steps the package's own tests name, and on random strings of the
// letters and marks the steps test for.
func TestEnglish(t *testing.T) {
	words := map[string]bool{}
	for _, glob := range []string{"../../testdata/*/*.txt", "../../testdata/*/*/*.txt"} {
		paths, _ := filepath.Glob(glob)
		for _, p := range paths {
			b, err := os.ReadFile(p)
			if err != nil {
				t.Fatal(err)
			}
			for _, w := range strings.FieldsFunc(string(b), func(r rune) bool {
				return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '\'' || r > 127)
			}) {
				words[w] = true
			}
		}
	}
	for _, w := range []string{
		"", "a", "ab", "abc", "'", "''", "'''", "''s", "'s'", "x's", "dogs'", "yyy", "Yes", "sayyid",
		"generously", "generate", "communism", "community", "arsenal", "arsenic",
		"caresses", "ties", "cries", "tied", "gas", "this", "gaps", "kiwis", "us", "ss",
		"agreed", "feed", "fished", "pirating", "hoping", "hopping", "luxuriated", "bled",
		"sized", "filled", "failing", "hoped", "cry", "by", "say", "happy",
		"relational", "conditional", "valenci", "hesitanci", "digitizer", "conformabli",
		"radicalli", "differentli", "vileli", "analogousli", "vietnamization",
		"predication", "operator", "feudalism", "decisiveness", "hopefulness",
		"callousness", "formaliti", "sensitiviti", "sensibiliti", "analogi", "geologi",
		"fluentli", "hopelessli", "crucial", "formative", "electricity", "electrical",
		"revival", "allowance", "inference", "airliner", "gyroscopic", "adjustable",
		"defensible", "irritant", "replacement", "adjustment", "dependent", "adoption",
		"communion", "activate", "angulariti", "homologous", "effective", "bowdlerize",
		"probate", "rate", "cease", "controll", "roll", "skis", "skies", "dying", "news",
		"innings", "proceeded", "exceeding", "succeeds", "killed", "people", "injured",
		"drones", "ukrainian", "territory", "seats", "MPs", "Labour's", "  spaced  ",
		"café", "naïve", "Ukraine’s", "’tis", strings.Repeat("nationalization", 4),
		"ingly", "eedly", "edly", "ied", "ies", "sses", "ational", "tional", "ement",
	} {
		words[w] = true
	}
	rng := rand.New(rand.NewPCG(1, 2))
	const letters = "aeiouyYbcdglmnrstwxz'sA "
	for range 200000 {
		b := make([]byte, 1+rng.IntN(12))
		for i := range b {
			b[i] = letters[rng.IntN(len(letters))]
		}
		words[string(b)] = true
	}
	// words with runes outside ASCII: the apostrophes english.Stem makes
	// plain, letters, a currency sign, bytes of no rune
	pieces := []string{"a", "e", "i", "o", "u", "y", "Y", "b", "c", "d", "g", "l", "m", "n", "r", "s", "t", "w", "x", "z", "1",
		"'", "’", "‘", "‛", "’s", "s’", "é", "É", "ï", "£", "€", "İ", "\u0080", "\u00a0", " ", "\xe2\x80", "\xff", "ing", "ed", "ly"}
	for range 200000 {
		var b strings.Builder
		for range 1 + rng.IntN(12) {
			b.WriteString(pieces[rng.IntN(len(pieces))])
		}
		words[b.String()] = true
	}
	for _, w := range []string{"Ukraine’s", "it’s", "country’s", "‘quoted’", "’tis", "don’t", "a’", "‛s", "£120m", "£1", "naïve", "café", "ouaddaï",
		"Pakistanï", "généralement", "generously’", strings.Repeat("ï", 60), strings.Repeat("é", 23) + "s"} {
		words[w] = true
	}
	for w := range words {
		if got, want := English(w), english.Stem(w, false); got != want {
			t.Errorf("English(%q) = %q, english.Stem gives %q", w, got, want)
		}
	}
	t.Logf("%d words", len(words))
}

// FuzzEnglish compares English with english.Stem on any string.
func FuzzEnglish(f *testing.F) {
	for _, w := range []string{"killed", "generously", "'''", "hopping", "café"} {
		f.Add(w)
	}
	f.Fuzz(func(t *testing.T, w string) {
		if got, want := English(w), english.Stem(w, false); got != want {
			t.Errorf("English(%q) = %q, english.Stem gives %q", w, got, want)
		}
	})
}

func BenchmarkEnglish(b *testing.B) {
	words := strings.Fields("people killed injured drones launched territory aid package front " +
		"reported according officials ministry casualties evacuated hospitalised generously")
	b.Run("stem", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				English(w)
			}
		}
	})
	b.Run("snowball", func(b *testing.B) {
		for b.Loop() {
			for _, w := range words {
				english.Stem(w, false)
			}
		}
	})
}
