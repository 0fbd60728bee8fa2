package facts_test

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"testing"
	"time"

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

// parallelChunksMatch checks what the encoders of a ParallelStream make
// of text against the serial read's, with encoders that tell the bytes
// they hold (sizedEncoder) and ones that do not.
func parallelChunksMatch(t *testing.T, text []byte) {
	for _, sized := range []bool{false, true} {
		newEnc := func() facts.ChunkEncoder { return &lineEncoder{} }
		if sized {
			fl := &flight{}
			newEnc = func() facts.ChunkEncoder { return &sizedEncoder{flight: fl} }
		}
		want := newEnc()
		for _, f := range facts.Extract("doc", text) {
			want.Add(&f)
		}
		for _, n := range []int{1, 3} {
			var made []byte
			s := facts.NewParallelChunks("doc", n, newEnc, func(e facts.ChunkEncoder, _ bool) {
				le := encoded(e)
				made = append(made, le.buf...)
				le.buf = le.buf[:0]
			})
			_, _ = s.Write(text)
			_ = s.Close()
			require.Equal(t, string(encoded(want).buf), string(made), "%d readers, sized %v", n, sized)
		}
	}
}

// encoded is the lineEncoder of e.
func encoded(e facts.ChunkEncoder) *lineEncoder {
	if se, ok := e.(*sizedEncoder); ok {
		return &se.lineEncoder
	}
	return e.(*lineEncoder)
}

// sizedEncoder is a lineEncoder that tells the bytes it holds, and counts
// in inFlight the bytes made and not yet handed on, over all chunks.
type sizedEncoder struct {
	lineEncoder
	flight *flight
}

// flight counts the bytes encoded and not handed on, and the most seen.
type flight struct {
	now, most atomic.Int64
}

func (e *sizedEncoder) Add(f *facts.Fact) {
	n := len(e.buf)
	e.lineEncoder.Add(f)
	e.buf = append(e.buf, strings.Repeat(".", 100)...) // a fact's encoding is some hundred bytes
	now := e.flight.now.Add(int64(len(e.buf) - n))
	for most := e.flight.most.Load(); now > most && !e.flight.most.CompareAndSwap(most, now); most = e.flight.most.Load() {
	}
}

func (e *sizedEncoder) Len() int { return len(e.buf) }

// TestParallelChunksHoldBytes: figures packed on one line make far more
// output than text, and a writer that falls behind holds the readers back
// rather than their output piling up: the bytes encoded and not handed on
// stay within the limits (holdLimit for the chunks after the oldest,
// headStep for the oldest, holdStep for each reader between two looks),
// however many chunks wait, and the output is the serial read's.
func TestParallelChunksHoldBytes(t *testing.T) {
	const limit, head, step = 256 << 10, 32 << 10, 8 << 10
	defer facts.SetHoldLimits(limit, head, step)()
	// No chunk reads what the one before it left (no "of them"), so that
	// none is read again and every byte made is handed on.
	var text []byte
	for i := 0; len(text) < 1<<20; i++ {
		text = fmt.Appendf(text, "In %d, %d people died and revenue rose %d.%d%% to $%d.%dbn, ", 1990+i%30, 2+i%90, 1+i%9, i%10, 1+i%7, i%10)
	}
	var want sizedEncoder
	want.flight = &flight{}
	for _, f := range facts.Extract("doc", text) {
		want.Add(&f)
	}
	for _, n := range []int{2, 4} {
		fl := &flight{}
		var made []byte
		s := facts.NewParallelChunks("doc", n, func() facts.ChunkEncoder { return &sizedEncoder{flight: fl} }, func(e facts.ChunkEncoder, _ bool) {
			time.Sleep(200 * time.Microsecond) // a slow writer
			se := e.(*sizedEncoder)
			made = append(made, se.buf...)
			fl.now.Add(-int64(len(se.buf)))
			se.buf = se.buf[:0]
		})
		_, _ = s.Write(text)
		_ = s.Close()
		require.Equal(t, string(want.buf), string(made), "%d readers", n)
		// Each reader may pass a look by up to a step and a fact; the
		// chunks that wait, read, each hold less than a step.
		bound := limit + head + (3*n+1)*(step+1<<10)
		assert.LessOrEqual(t, fl.most.Load(), int64(bound), "%d readers: most bytes in flight", n)
		assert.Zero(t, fl.now.Load(), "%d readers: bytes left in flight", n)
		t.Logf("%d readers: at most %d bytes in flight (bound %d, output %d)", n, fl.most.Load(), bound, len(made))
	}
}

// TestParallelStreamSmallHolds: with room for little, the oldest chunk
// hands on what it holds as it reads and the others wait, also where a
// chunk reads the state the chunks before it left early (it is read again
// in order) or late (its reader is given that state): the facts are the
// serial read's.
func TestParallelStreamSmallHolds(t *testing.T) {
	defer facts.SetHoldLimits(64<<10, 8<<10, 2<<10)()
	dense := fill(1<<20, func(i int) []byte { return []byte(denseNews(i)) })
	carried := carriedAcrossChunks()
	var late []byte // "Seven of them" late in a chunk, after many figures
	filler := strings.Repeat("The roads were quiet and the weather stayed calm all week. ", 1120)
	for i := range 3 {
		late = append(late, filler...)
		late = append(late, "\nPolice stopped 40 lorries at the border.\n\n"...)
		for k := range 300 {
			late = fmt.Appendf(late, "Prices rose %d.%d%% in July.\n", 1+(i+k)%9, k%10)
		}
		late = append(late, "Seven of them carried no papers.\n\n"...)
	}
	tests := map[string][]byte{
		"one line": bytes.ReplaceAll(dense, []byte("\n"), []byte(" ")),
		"carried":  append(append(carried, dense[:300<<10]...), carried...),
		"late":     late,
	}
	rng := rand.New(rand.NewPCG(5, 6))
	for name, text := range tests {
		t.Run(name, func(t *testing.T) {
			want := facts.Extract("doc", text)
			for _, n := range []int{2, 3} {
				got := parallelFacts(text, n, 70<<10, rng)
				require.Equal(t, len(want), len(got), "%d readers", n)
				for i := range want {
					require.Equal(t, want[i], got[i], "fact %d, %d readers", i, n)
				}
			}
			parallelChunksMatch(t, text)
		})
	}
}
