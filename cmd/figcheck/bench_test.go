package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// BenchmarkExtractCLI runs `figcheck extract --format jsonl FILE` on the
// dense reports of testdata/extract, in paragraphs and joined onto one
// line: a line without end should cost what ordinary text does, per byte
// and in allocations. Memory is measured with /usr/bin/time (README,
// Speed), not here.
func BenchmarkExtractCLI(b *testing.B) {
	files, err := filepath.Glob(filepath.Join("..", "..", "testdata", "extract", "*.txt"))
	if err != nil || len(files) == 0 {
		b.Skip("no testdata/extract")
	}
	var text strings.Builder
	for _, f := range files {
		t, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		text.Write(t)
		text.WriteString("\n\n")
	}
	dir := b.TempDir()
	for _, c := range []struct{ name, text string }{
		{"paragraphs", text.String()},
		{"one-line", strings.Join(strings.Fields(text.String()), " ")},
	} {
		p := filepath.Join(dir, c.name+".txt")
		if err := os.WriteFile(p, []byte(c.text), 0o644); err != nil {
			b.Fatal(err)
		}
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(c.text)))
			b.ReportAllocs()
			for b.Loop() {
				if code := run([]string{"extract", "--quiet", "--format", "jsonl", p}, strings.NewReader(""), &countWriter{}, &countWriter{}); code != exitOK {
					b.Fatalf("exit %d", code)
				}
			}
		})
	}
}
