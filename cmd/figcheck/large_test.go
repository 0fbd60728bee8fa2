package main

import (
	"bytes"
	"fmt"
	"io"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestHugeSingleLine reads a 50 MB document that is one line: no line
// length limit, and the figure at its very end is found at its offset.
func TestHugeSingleLine(t *testing.T) {
	if testing.Short() {
		t.Skip("50 MB input")
	}
	head := "At least 25 people were killed. "
	tail := " In all 31 people died."
	filler := strings.Repeat("the talks went on and on without end ", (50<<20)/38)
	p := filepath.Join(t.TempDir(), "huge.txt")
	require.NoError(t, os.WriteFile(p, []byte(head+filler+tail), 0o644))

	var out, errOut bytes.Buffer
	code := run([]string{"extract", "--format", "jsonl", p}, strings.NewReader(""), &out, &errOut)
	require.Equal(t, exitOK, code, errOut.String())
	recs := decodeLines(t, out.String())
	require.NotEmpty(t, recs)
	last := recs[len(recs)-1]
	assert.Equal(t, "31 people", last["text"])
	assert.Equal(t, float64(len(head)+len(filler)+len(" In all ")), last["start"])
	assert.Equal(t, float64(1), last["line"])
}

// TestStreamingMemory extracts many documents as JSON lines and CSV and
// checks that the heap holds about one document at a time, not all of
// them. The stand-in extractor keeps the measure to the command's own
// pipeline (read, view, write).
func TestStreamingMemory(t *testing.T) {
	if testing.Short() {
		t.Skip("2 × 25 MB of input")
	}
	useFakeExtractor(t)
	const docs, size = 100, 256 << 10 // 25 MB in all, read twice
	dir := t.TempDir()
	para := "Officials said at least 25 people were hurt and 3% of homes lost power on Monday.\n\n"
	filler := strings.Repeat("Crews worked through the night to clear the roads near the river. ", 50) + "\n\n"
	var doc strings.Builder
	for doc.Len() < size {
		doc.WriteString(para)
		doc.WriteString(filler)
	}
	for i := 0; i < docs; i++ {
		require.NoError(t, os.WriteFile(filepath.Join(dir, fmt.Sprintf("%03d.txt", i)), []byte(doc.String()), 0o644))
	}

	var ms runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&ms)
	alloc0 := ms.TotalAlloc
	// The heap in use after each document (after a collection): it must
	// not grow with the documents read.
	var low, peak uint64 = math.MaxUint64, 0
	n := 0
	afterDoc = func() {
		n++
		runtime.GC()
		runtime.ReadMemStats(&ms)
		low, peak = min(low, ms.HeapInuse), max(peak, ms.HeapInuse)
	}
	t.Cleanup(func() { afterDoc = nil })

	for _, format := range []string{"jsonl", "csv"} {
		var errOut bytes.Buffer
		cw := &countWriter{}
		code := run([]string{"extract", "--recursive", "--format", format, dir}, strings.NewReader(""), cw, &errOut)
		require.Equal(t, exitOK, code, errOut.String())
		require.Positive(t, cw.n)
	}
	runtime.ReadMemStats(&ms)
	require.Equal(t, 2*docs, n)
	total := uint64(2 * docs * doc.Len())
	grow := int64(peak - low)
	t.Logf("input %d MB in %d documents; heap in use after a document: %.1f to %.1f MB; allocated %.1f MB in all (%.1f× the input)",
		total>>20, n, float64(low)/(1<<20), float64(peak)/(1<<20), float64(ms.TotalAlloc-alloc0)/(1<<20), float64(ms.TotalAlloc-alloc0)/float64(total))
	// Holding every document would take 25 MB and more; one takes 256 KB.
	assert.Less(t, grow, int64(16<<20), "heap grows with the number of documents")
	assert.Less(t, ms.TotalAlloc-alloc0, 10*total, "allocation out of proportion to the input")
}

type countWriter struct{ n int64 }

func (w *countWriter) Write(p []byte) (int, error) { w.n += int64(len(p)); return len(p), nil }

var _ io.Writer = (*countWriter)(nil)
