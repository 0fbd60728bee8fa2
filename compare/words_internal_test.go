package compare

import (
	"fmt"
	"math"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// eachRawWordByComparisons is eachRawWord as it was written before its
// byte table: the reference TestEachRawWordTable holds it to.
func eachRawWordByComparisons(text string, fn func(at int, raw string, cut bool)) {
	word := func(c byte) bool {
		return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
	}
	digits := func(w string) bool {
		for i := 0; i < len(w); i++ {
			if w[i] < '0' || w[i] > '9' {
				return false
			}
		}
		return true
	}
	cut := false
	for i := 0; i < len(text); {
		c := text[i]
		if !word(c) {
			if c == ',' || c == ';' || c == ':' || c == '(' || c == ')' {
				cut = true
			}
			i++
			continue
		}
		j := i
		for j < len(text) && (word(text[j]) || text[j] == '\'' && j+1 < len(text) && word(text[j+1])) {
			j++
		}
		if w := text[i:j]; !digits(w) {
			fn(i, w, cut)
			cut = false
		}
		i = j
	}
}

// wordTestTexts are the story sets' lines and 20,000 random strings of
// the bytes the word scanners tell apart (seeded by s1, s2).
func wordTestTexts(t *testing.T, s1, s2 uint64) []string {
	t.Helper()
	var texts []string
	paths, _ := filepath.Glob("../testdata/compare*/*/*.txt")
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, strings.Split(string(b), "\n")...)
	}
	rng := rand.New(rand.NewPCG(s1, s2))
	const bytes = "aZ09',;:()-. \x80\xff\"s"
	for range 20000 {
		b := make([]byte, rng.IntN(20))
		for i := range b {
			b[i] = bytes[rng.IntN(len(bytes))]
		}
		texts = append(texts, string(b))
	}
	return texts
}

// TestEachRawWordTable checks eachRawWord against the comparisons it
// replaced, on the story sets' texts and random strings of the bytes it
// tells apart.
func TestEachRawWordTable(t *testing.T) {
	texts := wordTestTexts(t, 3, 4)
	words := func(each func(string, func(int, string, bool)), text string) string {
		var b strings.Builder
		each(text, func(at int, raw string, cut bool) { fmt.Fprintf(&b, "%d %q %v|", at, raw, cut) })
		return b.String()
	}
	for _, text := range texts {
		if got, want := words(eachRawWord, text), words(eachRawWordByComparisons, text); got != want {
			t.Fatalf("eachRawWord(%q) = %s, want %s", text, got, want)
		}
	}
}

// sentenceByEachRawWord is sentence as it was written over eachRawWord:
// the reference TestSentenceHashedWords holds sentence to.
func sentenceByEachRawWord(e *env, s string) (ids []uint32, at, cuts []int) {
	cuts = []int{0}
	eachRawWord(s, func(pos int, raw string, cut bool) {
		id, ok := e.rawTerm(rawHash(raw), raw)
		if !ok {
			return
		}
		ids = append(ids, id)
		at = append(at, pos)
		cuts = append(cuts, cuts[len(cuts)-1]+b2i(cut))
	})
	return ids, at, cuts
}

// TestSentenceHashedWords checks sentence's words, offsets and clause breaks
// (read by eachHashedWord, which hashes as it reads) against eachRawWord's, on
// the story sets' texts and random strings of the bytes it tells apart,
// and that what it put in the raw table is found by rawHash.
func TestSentenceHashedWords(t *testing.T) {
	texts := wordTestTexts(t, 7, 8)
	e, ref := newEnv(), newEnv()
	for _, text := range texts {
		if _, ok := e.sentences[text]; ok {
			continue
		}
		sw := e.sentence(text)
		ids, at, cuts := sentenceByEachRawWord(ref, text)
		if !slices.Equal(sw.ids, ids) || !slices.Equal(sw.at, at) || !slices.Equal(sw.cuts, cuts) {
			t.Fatalf("sentence(%q) = %v %v %v, want %v %v %v", text, sw.ids, sw.at, sw.cuts, ids, at, cuts)
		}
		eachRawWord(text, func(_ int, raw string, _ bool) {
			if _, ok := e.rawTerms.get(rawHash(raw), raw); !ok {
				t.Fatalf("%q of %q not in the raw table by rawHash", raw, text)
			}
		})
	}
}

// TestRawTable checks rawTable against a map through its growths.
func TestRawTable(t *testing.T) {
	var tb rawTable
	want := map[string]int32{}
	rng := rand.New(rand.NewPCG(5, 6))
	for i := range 20000 {
		k := fmt.Sprint(rng.IntN(8000))
		id, ok := tb.get(rawHash(k), k)
		w, wok := want[k]
		if ok != wok || id != w {
			t.Fatalf("get(%q) = %d, %v after %d; want %d, %v", k, id, ok, i, w, wok)
		}
		if !ok {
			tb.put(rawHash(k), k, int32(i))
			want[k] = int32(i)
		}
	}
}

// TestFigureKeyBinary checks that two figures share figureKeyOf's key
// exactly when they share the key written out (figureKeyText), on every
// pair of figures of the development story sets and on bounds that
// strconv writes alike or apart (0 and -0, NaNs).
func TestFigureKeyBinary(t *testing.T) {
	docs := readStoryDocs(t, "../testdata/compare_real/*/*.txt")
	items, _ := prepareAll(docs, Options{}.withDefaults())
	var its []*item
	for _, it := range items {
		if it.hasIv {
			its = append(its, it)
		}
	}
	for _, lo := range []float64{0, math.Copysign(0, -1), math.NaN(), -math.NaN(), math.Inf(1), 1e21, 0.1 + 0.2, 0.3} {
		it := *its[0]
		it.base.lo, it.base.hi = lo, lo
		its = append(its, &it)
	}
	byText := map[string]int{}
	byBits := map[string]int{}
	for i, it := range its {
		text, bits := figureKeyText(it), figureKeyOf(it)
		if bits[0] != 0 {
			t.Fatalf("the binary key of %q does not start with a NUL", it.f.Text)
		}
		j, ok := byText[text]
		k, okBits := byBits[bits]
		if ok != okBits || ok && j != k {
			t.Fatalf("%q: text key met at %d (%v), binary key at %d (%v)", it.f.Text, j, ok, k, okBits)
		}
		if !ok {
			byText[text], byBits[bits] = i, i
		}
	}
	t.Logf("%d figures, %d keys", len(its), len(byText))
}
