package facts_test

// Robustness: Extract takes any bytes and must never panic, and every fact
// it returns must be well-formed (checkFacts). FuzzExtract explores; the
// plain tests pin the edge cases (empty, nil, NUL bytes, a 50 MB line, the
// corpus itself).
//
// Run:
//
//	go test ./facts -run 'TestExtract|FuzzExtract'          # seeds and edge cases
//	go test ./facts -run xxx -fuzz FuzzExtract -fuzztime 2m  # fuzzing

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// checkFacts returns what is wrong with the facts Extract(doc, input)
// returned:
//   - Type is "fact" and Doc is doc;
//   - 0 ≤ Start ≤ End ≤ len(input), facts sorted by Start;
//   - Text == input[Start:End] when the input is valid UTF-8;
//   - Line ≥ 1 and is the line of Start (1 + the '\n' bytes before it);
//   - Value set unless the kind is date;
//   - no NaN or ±Inf in any number; Low ≤ High when both are set.
func checkFacts(doc string, input []byte, fs []facts.Fact) []string {
	var bad []string
	valid := utf8.Valid(input)
	lines := newLineIndex(input)
	prev := 0
	for i, f := range fs {
		fail := func(format string, args ...any) {
			bad = append(bad, fmt.Sprintf("fact %d (%s): %s", i, fmtFact(f), fmt.Sprintf(format, args...)))
		}
		if f.Type != "fact" {
			fail("type %q, want \"fact\"", f.Type)
		}
		if f.Doc != doc {
			fail("doc %q, want %q", f.Doc, doc)
		}
		inRange := 0 <= f.Start && f.Start <= f.End && f.End <= len(input)
		if !inRange {
			fail("span %d-%d out of [0,%d]", f.Start, f.End, len(input))
		}
		if f.Start < prev {
			fail("not sorted by start: %d after %d", f.Start, prev)
		}
		prev = f.Start
		if inRange {
			if valid && f.Text != string(input[f.Start:f.End]) {
				fail("text %q != input[%d:%d] %q", f.Text, f.Start, f.End, input[f.Start:f.End])
			}
			if want := lines.line(f.Start); f.Line != want {
				fail("line %d, want %d", f.Line, want)
			}
		}
		if f.Line < 1 {
			fail("line %d < 1", f.Line)
		}
		if f.Value == nil && f.Kind != facts.KindDate {
			fail("value null for a %s", f.Kind)
		}
		for _, n := range []struct {
			name string
			v    *float64
		}{
			{"value", f.Value}, {"low", f.Low}, {"high", f.High}, {"from", f.From},
			{"base_value", f.BaseValue}, {"base_low", f.BaseLow}, {"base_high", f.BaseHigh},
			{"precision", &f.Precision}, {"confidence", &f.Confidence},
		} {
			if n.v != nil && (math.IsNaN(*n.v) || math.IsInf(*n.v, 0)) {
				fail("%s is %v", n.name, *n.v)
			}
		}
		if f.Low != nil && f.High != nil && *f.Low > *f.High {
			fail("low %v > high %v", *f.Low, *f.High)
		}
	}
	return bad
}

// requireWellFormed runs Extract on input and fails on a panic or a
// malformed fact.
func requireWellFormed(t testing.TB, doc string, input []byte) []facts.Fact {
	t.Helper()
	var fs []facts.Fact
	require.NotPanics(t, func() { fs = facts.Extract(doc, input) }, "Extract panicked on %d bytes", len(input))
	bad := checkFacts(doc, input, fs)
	if len(bad) > 10 {
		bad = append(bad[:10], fmt.Sprintf("… and %d more", len(bad)-10))
	}
	require.Empty(t, bad, "malformed facts for %s (%d bytes)", doc, len(input))
	return fs
}

// trickyInputs are the hand-made fuzz seeds: bytes and wordings that break
// number parsers.
func trickyInputs() [][]byte {
	s := []string{
		"", " ", "\n", "\x00", "\x00\x00 25 \x00people", "25\x00%",
		"\xff\xfe\xfd", "killed \xff25 people", "19\xe2\x80% of", "\xe2\x88", // invalid and cut UTF-8
		"$", "%", "$$", "%%", "$%", "1,", "1,,", ",1", "1.", ".5", "1..2", "1,000,", "1,00,000", "5-", "--5", "-", "+",
		"−", "−5", "−5%", "minus", "a", "an", "one", "of", "per cent", "percent of", "per",
		"１２３", "１２３％", "２５人", "٣٤", "१२३", "Ⅻ", "²", "1²", "10^999", "½", "1½", "½%", "⅔ of", "¾bn",
		"1e999", "1e-999", "-1e999", "1e308 km", "9" + strings.Repeat("9", 400), strings.Repeat("9", 400) + " million",
		strings.Repeat("1,000", 200), strings.Repeat("1.", 500), strings.Repeat("$", 1000) + "1",
		strings.Repeat("a", 100000), strings.Repeat("thousand ", 500), strings.Repeat("hundred and ", 300) + "one",
		"$1.5bn", "£30p", "€", "¥", "₴5bn", "US$", "$-5", "$ 5", "5 $", "$5bn-$5.2bn", "20-25", "20–", "–25",
		"between 20 and", "from 10 to", "at least", "more than more than 5", "up to up to",
		"dozens of", "tens of", "hundreds of thousands of millions of", "a couple of", "half a",
		"1/0", "0/0", "3/4", "1 in 0", "0%", "100%%", "0.000000000000000001%", "1e-300",
		"41.3C", "41.3°", "°C", "-40°F", "750-mile", "-mile", "6.8 magnitude", "magnitude",
		"10:30", "3pm", "3-1", "No. 10", "F-16", "COVID-19", "G7", "+1-222-2222-2222",
		"July 4, 2022", "4 July 2022", "July 32, 2022", "the 1990s", "the 0s", "Thursday", "February 30",
		"2022-13-45", "99999999999999999999 people", "killed 25 people.\r\nOn Thursday 19% fell.\r",
		"\u202f25\u00a0000\u2009people", "1\u202f234", "25\u200bpeople", "2\u00005",
	}
	out := make([][]byte, len(s))
	for i, x := range s {
		out[i] = []byte(x)
	}
	return out
}

// corpusTexts are the gold articles and the seed, whichever exist.
func corpusTexts(tb testing.TB) [][]byte {
	paths, _ := filepath.Glob(filepath.Join(corpusDir, "*.txt"))
	paths = append(paths, seedPath)
	var out [][]byte
	for _, p := range paths {
		if b, err := os.ReadFile(p); err == nil {
			out = append(out, b)
		}
	}
	return out
}

func FuzzExtract(f *testing.F) {
	for _, b := range corpusTexts(f) {
		f.Add(b)
	}
	for _, b := range trickyInputs() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, input []byte) {
		// A panic fails the fuzz target with its stack trace.
		fs := facts.Extract("fuzz", input)
		if bad := checkFacts("fuzz", input, fs); len(bad) > 0 {
			t.Fatalf("malformed facts:\n%s", strings.Join(bad, "\n"))
		}
	})
}

func TestExtractEmpty(t *testing.T) {
	assert.Empty(t, requireWellFormed(t, "empty", []byte{}), "facts in empty input")
	assert.Empty(t, requireWellFormed(t, "nil", nil), "facts in nil input")
	assert.Empty(t, requireWellFormed(t, "blank", []byte(" \n\t\r\n ")), "facts in blank input")
}

func TestExtractNUL(t *testing.T) {
	for _, in := range []string{
		"\x00",
		strings.Repeat("\x00", 1000),
		"Overnight attacks killed 25\x00people.\x00Russia controls 19% of Ukrainian territory.\x00",
		"\x00killed 25 people\x00",
		"2\x005 people were killed and 1\x009% of the land lost",
		"$1.5\x00bn aid\x00",
	} {
		requireWellFormed(t, "nul", []byte(in))
	}
}

func TestExtractTricky(t *testing.T) {
	for _, in := range trickyInputs() {
		requireWellFormed(t, "tricky", in)
	}
}

// TestExtractInvariantsCorpus checks well-formedness on the real texts.
func TestExtractInvariantsCorpus(t *testing.T) {
	texts := corpusTexts(t)
	if len(texts) == 0 {
		t.Skip("no corpus articles and no seed")
	}
	for _, b := range texts {
		requireWellFormed(t, "corpus", b)
		// The same text with CRLF line ends, and as one long line.
		requireWellFormed(t, "crlf", bytes.ReplaceAll(b, []byte("\n"), []byte("\r\n")))
		requireWellFormed(t, "oneline", bytes.ReplaceAll(b, []byte("\n"), []byte(" ")))
	}
}

// TestExtractHugeLine feeds a 50 MB single line of repeated news text.
func TestExtractHugeLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input: skipped with -short")
	}
	const size = 50 << 20
	para := []byte(denseNews(0) + proseNews)
	for _, b := range corpusTexts(t) {
		para = append(para, b...)
	}
	para = bytes.ReplaceAll(para, []byte("\n"), []byte(" "))
	para = bytes.ReplaceAll(para, []byte("\r"), []byte(" "))
	input := make([]byte, 0, size+len(para))
	for len(input) < size {
		input = append(input, para...)
	}
	input = input[:size]
	fs := requireWellFormed(t, "huge", input)
	for _, f := range fs {
		if f.Line != 1 {
			t.Fatalf("line %d in a single-line input: %s", f.Line, fmtFact(f))
		}
	}
	t.Logf("%d facts in %d MB", len(fs), size>>20)
}
