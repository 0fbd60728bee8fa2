package facts

import (
	"math/rand"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unsafe"

	"github.com/stretchr/testify/assert"
)

// TestFoldSpace checks strSlab.foldSpace against its definition: a text with a
// line break, tab, carriage return or double space has its runs of white
// space folded to one space; any other text comes back as it is, uncopied.
func TestFoldSpace(t *testing.T) {
	for _, s := range []string{"", "a", "one two three", " lead", "trail ", "a  b", "a\nb", "a\tb", "a\rb",
		"a \n b", "no\u00a0break", "x" + strings.Repeat(" y", 40) + "  z", strings.Repeat("word ", 30) + "\n"} {
		got := new(strSlab).foldSpace(s)
		if strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ") {
			assert.Equal(t, strings.Join(strings.Fields(s), " "), got, "%q", s)
			continue
		}
		assert.Equal(t, s, got)
		assert.Equal(t, unsafe.StringData(s), unsafe.StringData(got), "%q copied", s)
	}
}

// TestNeedsFold checks needsFold, which reads eight bytes at a time,
// against its definition on random texts of white space, control bytes and
// letters, at every alignment.
func TestNeedsFold(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	alphabet := []byte{' ', ' ', ' ', '\n', '\t', '\r', '\v', '\f', 0, 0x0e, 0x1f, '!', 'a', 'b', 0xa0, 0xc2, 0x80, 0xff}
	for range 200000 {
		b := make([]byte, r.Intn(40))
		for i := range b {
			b[i] = 'a'
			if r.Intn(3) == 0 {
				b[i] = alphabet[r.Intn(len(alphabet))]
			}
		}
		s := string(b)
		want := strings.ContainsAny(s, "\n\t\r") || strings.Contains(s, "  ")
		if got := needsFold(s); got != want {
			t.Fatalf("needsFold(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestGapsNeedFold checks gapsNeedFold against needsFold of the text its
// tokens span: over every run of tokens of random texts of words, numerals
// (grouped with spaces too), white space of every kind, web addresses and
// bytes outside ASCII, and over the sentences of the corpus texts.
func TestGapsNeedFold(t *testing.T) {
	check := func(src string) {
		toks := tokenize(src, lowerASCIIAll(src), 0, len(src), nil)
		for a := 0; a < len(toks); a++ {
			for b := a + 1; b <= len(toks) && b <= a+12; b++ {
				text := src[toks[a].start:toks[b-1].end]
				if got, want := gapsNeedFold(src, toks[a:b]), needsFold(text); got != want {
					t.Fatalf("gapsNeedFold of %q = %v, needsFold %v", text, got, want)
				}
			}
		}
	}
	r := rand.New(rand.NewSource(1))
	pieces := []string{" ", " ", " ", "  ", "\n", "\t", "\r", "\v", "\f", "\u00a0", "\u2009", "\u3000", "\xff", "\xc2",
		"word", "Word", "U.S.", "o'clock", "café", "12", "1 234", "12 345 678", "1,234", "3.5", "½", "$", "%", "-", ".", ",",
		"http://a.b/c", "www.x.org", "\"", "(", "²", "١٢"}
	for range 20000 {
		var b strings.Builder
		for n := r.Intn(12); n >= 0; n-- {
			b.WriteString(pieces[r.Intn(len(pieces))])
		}
		check(b.String())
	}
	for _, p := range []string{"../testdata/*/*.txt", "../testdata/*/*.md", "../../shared/wikinews/articles/*.txt", "../../shared/seeds/*.txt"} {
		paths, _ := filepath.Glob(p)
		for _, path := range paths {
			src, err := os.ReadFile(path)
			if err != nil {
				t.Fatal(err)
			}
			s := string(src)
			toks := tokenize(s, lowerASCIIAll(s), 0, len(s), nil)
			for _, sn := range splitSentences(s, toks, nil) {
				text := s[toks[sn[0]].start:toks[sn[1]-1].end]
				if got, want := gapsNeedFold(s, toks[sn[0]:sn[1]]), needsFold(text); got != want {
					t.Fatalf("%s: gapsNeedFold of %q = %v, needsFold %v", path, text, got, want)
				}
			}
		}
	}
}
