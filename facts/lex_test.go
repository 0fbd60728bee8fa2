package facts

import (
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"unicode"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestWordClassTable checks that the lexer's table gives every word the
// classes of wordClasses, and none to words outside it, including words
// that share a length and their first eight bytes with one inside.
func TestWordClassTable(t *testing.T) {
	for w, c := range wordClasses {
		assert.Equal(t, c, wordClassTable.lookup(w), w)
	}
	for _, w := range []string{"x", "officials", "capital", "tha", "thf", "sai", "saud", "twemty", "januery", "zz", "according's", "accordinx", "thousandz"} {
		_, in := wordClasses[w]
		if assert.False(t, in, w) {
			assert.Zero(t, wordClassTable.lookup(w), w)
		}
	}
}

// BenchmarkTokenize: the lexer alone on the Wikinews articles of
// ../shared/wikinews concatenated.
func BenchmarkTokenize(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "wikinews", "articles", "*.txt"))
	if len(paths) == 0 {
		b.Skip("../shared/wikinews not available")
	}
	var text []byte
	for _, p := range paths {
		t, err := os.ReadFile(p)
		require.NoError(b, err)
		text = append(append(text, t...), '\n')
	}
	src := string(text)
	lower := lowerASCIIAll(src)
	var toks []token
	b.SetBytes(int64(len(src)))
	for b.Loop() {
		toks = tokenize(src, lower, 0, len(src), toks)
	}
}

// TestClassLists checks what lets the rules test a class bit instead of
// looking a token's text up in a word list: every key of each list is a
// word token's text, and then carries the bit, or it holds a space, comma
// or hyphen and a letter and no digit, which no token's text does (words
// hold none of the three, numerals start with a digit, symbols and
// punctuation are one character).
func TestClassLists(t *testing.T) {
	for _, l := range classLists {
		for w := range l.words {
			toks := tokenize(w, lowerASCIIAll(w), 0, len(w), nil)
			if len(toks) == 1 && toks[0].kind == tokWord && toks[0].text == w {
				assert.NotZero(t, wordClassTable.lookup(w)&l.class, w)
				continue
			}
			assert.True(t, strings.ContainsAny(w, " ,-") && strings.IndexFunc(w, unicode.IsLetter) >= 0 && !strings.ContainsAny(w, "0123456789"), w)
		}
	}
	for w, ev := range eventWords {
		assert.NotEmpty(t, ev, w) // clsEvent stands for eventWords[w] != ""
	}
}

// TestLowerASCIIAll checks the eight-bytes-at-a-time lower-casing against
// the plain loop on every byte value, at every offset of a word.
func TestLowerASCIIAll(t *testing.T) {
	var all []byte
	for c := range 256 {
		all = append(all, byte(c))
	}
	for shift := range 9 {
		in := string(all[shift:]) + string(all[:shift]) + "ÀZaz@[`{ Mixed Case ÉTÉ"
		want := []byte(in)
		for i, c := range want {
			if c >= 'A' && c <= 'Z' {
				want[i] = c + 'a' - 'A'
			}
		}
		require.Equal(t, string(want), lowerASCIIAll(in))
	}
	// Every length up to 40: the sixteen-, eight- and one-byte steps.
	mixed := "AbCdEfGhIjKlMnOpQrStUvWxYz@[`{ MiXeD 12"
	for n := 1; n <= len(mixed); n++ {
		require.Equal(t, strings.ToLower(mixed[:n]), lowerASCIIAll(mixed[:n]), n)
	}
}

// TestLexedClasses checks the classes the lexer gives word tokens, with
// the word in the middle of a text (its key read eight bytes at once) and
// at its very end.
func TestLexedClasses(t *testing.T) {
	for w, c := range wordClasses {
		for _, text := range []string{"x " + w + " and more text", w, "Then " + strings.ToUpper(w[:1]) + w[1:] + "."} {
			for _, tk := range tokenize(text, lowerASCIIAll(text), 0, len(text), nil) {
				if tk.kind == tokWord && tk.text == w {
					assert.Equal(t, c, tk.class, text)
				}
			}
		}
	}
}

// TestIsLetter checks the folded test of isLetter against the plain ranges
// on every byte value.
func TestIsLetter(t *testing.T) {
	for c := range 256 {
		b := byte(c)
		assert.Equal(t, b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z', isLetter(b), "byte %#x", b)
	}
}

// TestLettersEnd: the run of letters read eight bytes at a time ends where
// a loop over bytes ends it, whatever byte stops it and wherever.
func TestLettersEnd(t *testing.T) {
	byByte := func(s string, pos int) int {
		for pos < len(s) && isLetter(s[pos]) {
			pos++
		}
		return pos
	}
	for c := 0; c < 256; c++ {
		for n := 0; n < 20; n++ {
			for tail := 0; tail < 10; tail++ {
				s := strings.Repeat("aZ", 10)[:n] + string([]byte{byte(c)}) + strings.Repeat("q", tail)
				for pos := 0; pos <= len(s); pos++ {
					if got, want := lettersEnd(s, pos), byByte(s, pos); got != want {
						t.Fatalf("lettersEnd(%q, %d) = %d, want %d", s, pos, got, want)
					}
				}
			}
		}
	}
}

// TestWholeNumeralValues: the value the lexer gives a whole numeral without
// ParseFloat is ParseFloat's, for every length it is used at and beyond.
func TestWholeNumeralValues(t *testing.T) {
	for _, text := range []string{"0", "7", "007", "10", "2024", "1,200", "12,34,567", "999999999999999", "9999999999999999", "123456789012345678", "1 000 000"} {
		toks := tokenize(text, lowerASCIIAll(text), 0, len(text), nil)
		if len(toks) != 1 || toks[0].kind != tokNum {
			t.Fatalf("%q: %d tokens", text, len(toks))
		}
		want, err := strconv.ParseFloat(toks[0].text, 64)
		if err != nil || toks[0].num != want {
			t.Errorf("%q: num %v, ParseFloat(%q) %v", text, toks[0].num, toks[0].text, want)
		}
	}
	for n := 1; n <= 18; n++ {
		for _, d := range "19" {
			text := strings.Repeat(string(d), n)
			toks := tokenize(text, text, 0, len(text), nil)
			if want, _ := strconv.ParseFloat(text, 64); toks[0].num != want {
				t.Errorf("%q: num %v, ParseFloat %v", text, toks[0].num, want)
			}
		}
	}
}

// TestDecimalCommaPercent: a comma with one or two digits before a percent
// sign is a decimal comma ("29,71%"); a thousands group of three digits, or
// a comma in a list, is not.
func TestDecimalCommaPercent(t *testing.T) {
	tests := []struct {
		text string
		want float64
	}{
		{"29,71%", 29.71},
		{"7,5%", 7.5},
		{"1,250%", 1250},
		{"3,4", 3},
		{"12,5 per cent", 12},
	}
	for _, tt := range tests {
		toks := tokenize(tt.text, lowerASCIIAll(tt.text), 0, len(tt.text), nil)
		require.NotEmpty(t, toks, tt.text)
		assert.Equal(t, tt.want, toks[0].num, tt.text)
	}
}

// TestWordKey checks wordKey's overlapping loads against the plain
// packing of a word's first eight bytes, for every length and offset.
func TestWordKey(t *testing.T) {
	packed := func(w string) uint64 {
		var k uint64
		for i := 0; i < len(w) && i < 8; i++ {
			k |= uint64(w[i]) << (8 * i)
		}
		return k
	}
	s := "abcdefghijklmnop\xff\x00q'."
	for i := 0; i <= len(s); i++ {
		for j := i; j <= len(s); j++ {
			if packed(s[i:j]) != wordKey(s[i:j]) {
				t.Fatalf("wordKey(%q) = %#x, want %#x", s[i:j], wordKey(s[i:j]), packed(s[i:j]))
			}
		}
	}
}
