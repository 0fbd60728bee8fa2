package facts_test

import (
	"bytes"
	"io"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// streamFacts writes text to a Stream in pieces of random sizes (up to
// maxPiece bytes) and returns the facts it finds.
func streamFacts(text []byte, maxPiece int, rng *rand.Rand) []facts.Fact {
	var out []facts.Fact
	writeInPieces(facts.NewStream("doc", func(f *facts.Fact) { out = append(out, *f) }), text, maxPiece, rng)
	return out
}

// writeInPieces writes text to w in pieces of random sizes (up to
// maxPiece bytes), then closes it.
func writeInPieces(w io.WriteCloser, text []byte, maxPiece int, rng *rand.Rand) {
	for len(text) > 0 {
		n := min(len(text), 1+rng.IntN(maxPiece))
		_, _ = w.Write(text[:n])
		text = text[n:]
	}
	_ = w.Close()
}

// TestStreamMatchesExtract: a document written piece by piece gives the
// facts of the whole, on texts long enough to take many chunks: many
// lines, one line, one sentence, and the corpus.
func TestStreamMatchesExtract(t *testing.T) {
	dense := fill(1<<20, func(i int) []byte { return []byte(denseNews(i)) })
	oneLine := bytes.ReplaceAll(dense, []byte("\n"), []byte(" "))
	var corpus []byte
	for _, b := range corpusTexts(t) {
		corpus = append(append(corpus, b...), "\n\n"...)
	}
	noSpace := []byte(strings.Repeat("12,345ab", 40000))
	tests := map[string][]byte{
		"lines":          dense,
		"one line":       oneLine,
		"one sentence":   longSentence(),
		"corpus":         corpus,
		"no white space": noSpace,
		"empty":          nil,
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			want := facts.Extract("doc", text)
			for _, piece := range []int{1 << 20, 70 << 10, 4 << 10} {
				got := streamFacts(text, piece, rng)
				require.Equal(t, len(want), len(got), "pieces up to %d bytes", piece)
				for i := range want {
					require.Equal(t, want[i], got[i], "fact %d, pieces up to %d bytes", i, piece)
				}
			}
		})
	}
}

// TestExtractConcurrent: documents extracted at once on several
// goroutines (as the command's workers do) give the facts each gives
// alone; run under -race by .ci/run.
func TestExtractConcurrent(t *testing.T) {
	texts := corpusTexts(t)
	if len(texts) > 12 {
		texts = texts[:12]
	}
	want := make([][]facts.Fact, len(texts))
	for i, text := range texts {
		want[i] = facts.Extract("doc", text)
	}
	got := make([][]facts.Fact, len(texts))
	done := make(chan int)
	for i, text := range texts {
		go func() {
			got[i] = facts.Extract("doc", text)
			done <- i
		}()
	}
	for range texts {
		<-done
	}
	for i := range texts {
		require.Equal(t, want[i], got[i], "document %d", i)
	}
}
