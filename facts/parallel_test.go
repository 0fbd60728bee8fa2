package facts_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// parallelFacts writes text to a ParallelStream of n readers in pieces of
// random sizes (up to maxPiece bytes) and returns the facts it finds.
func parallelFacts(text []byte, n, maxPiece int, rng *rand.Rand) []facts.Fact {
	var out []facts.Fact
	writeInPieces(facts.NewParallelStream("doc", n, func(f *facts.Fact) { out = append(out, *f) }), text, maxPiece, rng)
	return out
}

// TestParallelStreamMatchesExtract: chunks read at once, each as if the
// document opened with it, give the facts of a serial read, in its order.
func TestParallelStreamMatchesExtract(t *testing.T) {
	dense := fill(1<<20, func(i int) []byte { return []byte(denseNews(i)) })
	var corpus []byte
	for range 4 {
		for _, b := range corpusTexts(t) {
			corpus = append(append(corpus, b...), "\n\n"...)
		}
	}
	tests := map[string][]byte{
		"lines":        dense,
		"one line":     bytes.ReplaceAll(dense, []byte("\n"), []byte(" ")),
		"one sentence": longSentence(),
		"corpus":       corpus,
		"carried":      carriedAcrossChunks(),
		"empty":        nil,
	}
	rng := rand.New(rand.NewPCG(3, 4))
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			want := facts.Extract("doc", text)
			for _, n := range []int{1, 2, 4} {
				for _, piece := range []int{1 << 20, 70 << 10} {
					got := parallelFacts(text, n, piece, rng)
					require.Equal(t, len(want), len(got), "%d readers, pieces up to %d bytes", n, piece)
					for i := range want {
						require.Equal(t, want[i], got[i], "fact %d, %d readers, pieces up to %d bytes", i, n, piece)
					}
				}
			}
		})
	}
}

// carriedAcrossChunks is a text whose chunks (64 KB, cut at a blank line)
// each open on what the one before left: "Seven of them" after the
// sentence that counts the lorries, a share of the vote carried to a named
// side, and a text table whose header ends a chunk.
func carriedAcrossChunks() []byte {
	filler := strings.Repeat("The roads were quiet and the weather stayed calm all week. ", 1120) // past 64 KB
	var b strings.Builder
	for _, tail := range []string{
		"Police stopped 40 lorries at the border.\n\nSeven of them carried no papers.\n",
		"The Greens won 12% of the vote.\n\nThe Liberals 9%, officials said.\n",
		"Country Dead Injured\n\nFrance 12 40\nSpain 3 9\n",
	} {
		b.WriteString(filler)
		b.WriteString("\n")
		b.WriteString(tail)
		b.WriteString("\n")
	}
	return []byte(b.String())
}

// TestParallelStreamCarriesState: the chunk that opens on "Seven of them"
// is read again in order, so its count keeps its antecedent.
func TestParallelStreamCarriesState(t *testing.T) {
	var got []string
	s := facts.NewParallelStream("doc", 4, func(f *facts.Fact) {
		if f.Text == "Seven" {
			got = append(got, f.Subject)
		}
	})
	_, _ = s.Write(carriedAcrossChunks())
	_ = s.Close()
	assert.Equal(t, []string{"lorries"}, got)
}

// TestParallelChunksMatchesExtract: what an encoder per chunk makes of its
// facts on the reading goroutines, handed on in order, is what it makes of
// the serial read's facts, also where a chunk is read again in order.
func TestParallelChunksMatchesExtract(t *testing.T) {
	long := carriedAcrossChunks()
	for range 3 {
		long = append(long, fill(300<<10, func(i int) []byte { return []byte(denseNews(i)) })...)
		long = append(long, carriedAcrossChunks()...)
	}
	for _, text := range [][]byte{carriedAcrossChunks(), long} { // the first needs a chunk read again
		parallelChunksMatch(t, text)
	}
}

// lineEncoder writes a fact's start, text and subject on a line.
type lineEncoder struct{ buf []byte }

func (e *lineEncoder) Add(f *facts.Fact) {
	e.buf = fmt.Appendf(e.buf, "%d:%s|%s\n", f.Start, f.Text, f.Subject)
}

func parallelChunksMatch(t *testing.T, text []byte) {
	var want lineEncoder
	for _, f := range facts.Extract("doc", text) {
		want.Add(&f)
	}
	for _, n := range []int{1, 3} {
		var made []byte
		s := facts.NewParallelChunks("doc", n, func() facts.ChunkEncoder { return &lineEncoder{} }, func(e facts.ChunkEncoder) {
			made = append(made, e.(*lineEncoder).buf...)
		})
		_, _ = s.Write(text)
		_ = s.Close()
		require.Equal(t, string(want.buf), string(made), "%d readers", n)
	}
}
