package report

import (
	"bytes"
	"io"
	"math/rand"
	"slices"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
)

// randomDoc makes a text of words, punctuation and white space of every
// kind (runs with and without newlines, two spaces, tabs before commas,
// long and short lines, characters of several bytes), and facts on it,
// some overlapping, some off character boundaries or past the end.
func randomDoc(r *rand.Rand) ([]byte, []facts.Fact) {
	bits := []string{"word", "figure", "42", "é", "€5", " ", " ", "  ", "\t", "\t\t", " \t", "\n", "\n\n", " \n ", "\r\n",
		",", ".", ")", "<b>", "&", "\u00a0", "\u2003", strings.Repeat("long ", 14), "\f", "\v"}
	var b strings.Builder
	n := r.Intn(80)
	for range n {
		b.WriteString(bits[r.Intn(len(bits))])
	}
	text := []byte(b.String())
	var fs []facts.Fact
	kinds := []facts.Kind{facts.KindCount, facts.KindPercent, facts.KindMoney}
	for range r.Intn(12) {
		if len(text) == 0 {
			break
		}
		start := r.Intn(len(text))
		end := start + 1 + r.Intn(12)
		if r.Intn(20) == 0 {
			end = len(text) + r.Intn(2)
		}
		fs = append(fs, facts.Fact{Start: start, End: end, Kind: kinds[r.Intn(len(kinds))], Text: "t<" + string(rune('a'+r.Intn(3))),
			Line: 1 + r.Intn(5), Subject: []string{"", "deaths"}[r.Intn(2)], Unit: "u"})
	}
	slices.SortStableFunc(fs, func(x, y facts.Fact) int {
		if x.Start != y.Start {
			return x.Start - y.Start
		}
		return x.End - y.End
	})
	return text, fs
}

// TestSectionStream: a section streamed in random parts, with random
// promises of where facts may still start, is the section Section writes
// for the whole document.
func TestSectionStream(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for iter := range 5000 {
		var docs [][]byte
		var all [][]facts.Fact
		for range 1 + r.Intn(2) {
			text, fs := randomDoc(r)
			docs = append(docs, text)
			all = append(all, fs)
		}
		whole := NewExtractPage(Options{})
		var want bytes.Buffer
		streamed := NewExtractPage(Options{})
		var got bytes.Buffer
		for k, text := range docs {
			fs := all[k]
			name := "doc" + string(rune('0'+k))
			if err := whole.Section(&want, ExtractDoc{Doc: Doc{Name: name, Text: text}, Facts: fs}); err != nil {
				t.Fatal(err)
			}
			var rows bytes.Buffer
			s := streamed.StartSection(&got, &rows, name)
			at, given := 0, 0
			for at < len(text) {
				cut := min(len(text), at+1+r.Intn(10))
				n := given
				for n < len(fs) && fs[n].End < cut {
					n++
				}
				safe := cut
				if n < len(fs) {
					safe = min(safe, fs[n].Start)
				}
				safe -= r.Intn(4)
				if err := s.Add(text[at:cut], fs[given:n], safe); err != nil {
					t.Fatal(err)
				}
				at, given = cut, n
			}
			if err := s.Add(nil, fs[given:], 0); err != nil {
				t.Fatal(err)
			}
			if err := s.Close(func() (io.Reader, error) { return &rows, nil }); err != nil {
				t.Fatal(err)
			}
		}
		var wantPage, gotPage bytes.Buffer
		if err := whole.Write(&wantPage, &want); err != nil {
			t.Fatal(err)
		}
		if err := streamed.Write(&gotPage, &got); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(wantPage.Bytes(), gotPage.Bytes()) {
			w, g := wantPage.String(), gotPage.String()
			i := 0
			for i < len(w) && i < len(g) && w[i] == g[i] {
				i++
			}
			t.Fatalf("iteration %d: docs %q facts %+v\nwant …%q\ngot  …%q", iter, docs, all, w[max(0, i-80):min(len(w), i+200)], g[max(0, i-80):min(len(g), i+200)])
		}
	}
}
