package facts_test

// Throughput of Extract. Each benchmark reports MB/s (b.SetBytes), MB per
// CPU-second, B/op and allocs/op (b.ReportAllocs) and allocs/KB of input.
//
// Run:
//
//	go test ./facts -run xxx -bench . -benchmem
//	go test ./facts -run xxx -bench BenchmarkExtract -cpuprofile cpu.prof -memprofile mem.prof

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"syscall"
	"testing"
	"time"

	"github.com/figcheck/figcheck/facts"
)

// benchSize is the size of the benchmark texts: a few MB.
const benchSize = 4 << 20

// proseNews is news-style prose without a single figure: no digits, no
// number words, no months or weekdays.
const proseNews = "Officials in the capital said the talks had ended without agreement late in the evening. " +
	"Diplomats described the mood as tense but said that contacts would continue through the usual channels. " +
	"Analysts cautioned that the proposals remained vague and that much depended on the willingness of the government to compromise. " +
	"Residents of the border towns told reporters they were tired of waiting for news and wanted the fighting to stop. " +
	"The ministry declined to comment on the reports, saying only that its position had not changed.\n"

// denseNews is a paragraph dense with figures of every kind; i varies them.
func denseNews(i int) string {
	return fmt.Sprintf("At least %d people were killed and %d injured on Thursday, officials said. "+
		"Prices rose %.1f%% in July 2022 to $%.1fbn, up from $%.1fbn a year earlier. "+
		"Russian forces control around %d%% of the territory along a %d-mile front, and some %d,%03d troops are deployed. "+
		"Temperatures reached %.1fC as %d drones were shot down and between %d and %d homes were destroyed. "+
		"A %d-year-old man was sentenced to %d years; hundreds of thousands fled, a third of them children, "+
		"and output fell to %.1f million barrels a day, the second drop in %d months.\n",
		10+i%90, 20+i%70, 1+float64(i%50)/10, 1+float64(i%9)/2, 1+float64(i%7)/3,
		5+i%40, 100+i%800, 1+i%99, i%1000,
		30+float64(i%120)/10, 2+i%60, 10+i%30, 50+i%400,
		18+i%60, 2+i%25,
		1+float64(i%30)/10, 2+i%18)
}

// fill repeats paragraphs (taken in turn) up to size bytes.
func fill(size int, paragraph func(i int) []byte) []byte {
	out := make([]byte, 0, size+64<<10)
	for i := 0; len(out) < size; i++ {
		out = append(out, paragraph(i)...)
		out = append(out, '\n')
	}
	return out
}

// newsTexts are the corpus articles and the seed, or, when there are none,
// generated paragraphs of figures and prose.
func newsTexts(b *testing.B) [][]byte {
	texts := corpusTexts(b)
	if len(texts) == 0 {
		for i := range 8 {
			texts = append(texts, []byte(denseNews(i)+proseNews+proseNews+denseNews(i+7)))
		}
	}
	return texts
}

// benchExtract runs Extract over docs (one call per doc per iteration) and
// reports throughput and allocations per KB.
func benchExtract(b *testing.B, docs [][]byte) {
	total := 0
	for _, d := range docs {
		total += len(d)
	}
	b.SetBytes(int64(total))
	b.ReportAllocs()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	before := ms.Mallocs
	cpu0 := cpuTime()
	n, found := 0, 0
	for b.Loop() {
		for _, d := range docs {
			found += len(facts.Extract("bench", d))
		}
		n++
	}
	cpu := cpuTime() - cpu0
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(ms.Mallocs-before)/float64(n)/(float64(total)/1024), "allocs/KB")
	// MB per second of the process's CPU time (the collector's included):
	// unlike MB/s, it holds on a machine shared with other work.
	if cpu > 0 {
		b.ReportMetric(float64(total)*float64(n)/cpu.Seconds()/1e6, "MB/cpu-s")
	}
	b.ReportMetric(float64(found)/float64(n), "facts/op")
}

// BenchmarkExtract: a few MB of news built from the corpus articles, as one
// document, and article by article.
func BenchmarkExtract(b *testing.B) {
	texts := newsTexts(b)
	whole := fill(benchSize, func(i int) []byte { return texts[i%len(texts)] })
	b.Run("one-doc", func(b *testing.B) { benchExtract(b, [][]byte{whole}) })
	var articles [][]byte
	for n, i := 0, 0; n < benchSize; i++ {
		articles = append(articles, texts[i%len(texts)])
		n += len(texts[i%len(texts)])
	}
	b.Run("per-article", func(b *testing.B) { benchExtract(b, articles) })
}

// BenchmarkExtractProse: a few MB without a single figure.
func BenchmarkExtractProse(b *testing.B) {
	doc := fill(benchSize, func(int) []byte { return []byte(proseNews) })
	if bytes.ContainsAny(doc, "0123456789") {
		b.Fatal("prose has digits")
	}
	benchExtract(b, [][]byte{doc})
}

// BenchmarkExtractDense: a few MB of paragraphs packed with figures.
func BenchmarkExtractDense(b *testing.B) {
	doc := fill(benchSize, func(i int) []byte { return []byte(denseNews(i)) })
	benchExtract(b, [][]byte{doc})
}

// BenchmarkExtractNews: real news, the Wikinews article openings of
// ../shared/wikinews concatenated into one document.
func BenchmarkExtractNews(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "wikinews", "articles", "*.txt"))
	if len(paths) == 0 {
		b.Skip("../shared/wikinews not available")
	}
	var news []byte
	for _, p := range paths {
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		news = append(append(news, t...), '\n')
	}
	benchExtract(b, [][]byte{news})
}

// longSentence is about 1 MB of one sentence: clauses with figures joined
// by commas, no full stop and no line break.
func longSentence() []byte {
	var out []byte
	for i := 0; len(out) < 1<<20; i++ {
		out = fmt.Appendf(out, "officials said %d people were hurt and %d%% of homes lost power in the north, "+
			"while crews worked through the night to clear the roads near the river, ", 10+i%90, 1+i%60)
	}
	return out
}

// BenchmarkExtractLongSentence: one 1 MB sentence without a full stop; the
// work per figure must not grow with the length of its sentence.
func BenchmarkExtractLongSentence(b *testing.B) {
	benchExtract(b, [][]byte{longSentence()})
}

// BenchmarkExtractSeed: the article this project started from (a real news
// report, about one figure per 550 bytes), article by article, as a
// newsroom archive would be read.
func BenchmarkExtractSeed(b *testing.B) {
	seed, err := os.ReadFile(filepath.Join("..", "..", "shared", "seeds", "000_9a9d76f491ca1155.txt"))
	if err != nil {
		b.Skip("seed article not available")
	}
	var articles [][]byte
	for n := 0; n < benchSize; n += len(seed) {
		articles = append(articles, seed)
	}
	benchExtract(b, articles)
}

// cpuTime is the CPU time (user and system) the process has used.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

// BenchmarkParallelStream: real news (the Wikinews openings, repeated to 4
// MB so that a document holds many chunks) read by one Stream and by a
// ParallelStream with as many readers as GOMAXPROCS; run with -cpu 1,2.
func BenchmarkParallelStream(b *testing.B) {
	paths, _ := filepath.Glob(filepath.Join("..", "..", "shared", "wikinews", "articles", "*.txt"))
	if len(paths) == 0 {
		b.Skip("../shared/wikinews not available")
	}
	var news []byte
	for len(news) < 4<<20 {
		for _, p := range paths {
			t, err := os.ReadFile(p)
			if err != nil {
				b.Fatal(err)
			}
			news = append(append(news, t...), '\n')
		}
	}
	n := 0
	count := func(*facts.Fact) { n++ }
	for _, c := range []struct {
		name string
		open func() io.WriteCloser
	}{
		{"stream", func() io.WriteCloser { return facts.NewStream("news", count) }},
		{"parallel", func() io.WriteCloser { return facts.NewParallelStream("news", runtime.GOMAXPROCS(0), count) }},
	} {
		b.Run(c.name, func(b *testing.B) {
			b.SetBytes(int64(len(news)))
			b.ReportAllocs()
			for b.Loop() {
				s := c.open()
				_, _ = s.Write(news)
				_ = s.Close()
			}
		})
	}
}
