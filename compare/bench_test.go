package compare

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/figcheck/figcheck/internal/reportgen"
)

// factsPerDoc is about what a 5 KB news article yields.
const factsPerDoc = 30

// synthetic builds n reports where one fact in storyEvery is about a
// story-wide subject (none if storyEvery is 0). With prose set, each fact
// stands in a sentence of its own (its subject's words among a dozen
// others) and one in five has lost its subject, so that the comparer's
// sentence work (subjects borrowed, sentences matched) is measured too.
func synthetic(n, storyEvery int, prose bool) []Doc {
	rng := rand.New(rand.NewPCG(uint64(n), 42))
	word := func() string {
		w := []byte("w")
		for x := rng.IntN(40000); ; x /= 26 {
			w = append(w, byte('a'+x%26))
			if x < 26 {
				break
			}
		}
		return string(w)
	}
	story := []struct {
		subject, event string
		kind           facts.Kind
		unit           string
		v              float64
	}{
		{"people killed", "killed", facts.KindCount, "", 25},
		{"people injured", "injured", facts.KindCount, "", 73},
		{"drones shot down", "shot down", facts.KindCount, "", 40},
		{"ukrainian territory", "", facts.KindPercent, "%", 19},
		{"aid package", "", facts.KindMoney, "USD", 2e9},
		{"front", "", facts.KindQuantity, "km", 1200},
	}
	kinds := []struct {
		kind facts.Kind
		unit string
	}{{facts.KindCount, ""}, {facts.KindPercent, "%"}, {facts.KindMoney, "USD"}, {facts.KindQuantity, "km"}}
	docs := make([]Doc, n)
	for d := range docs {
		fs := make([]facts.Fact, factsPerDoc)
		for i := range fs {
			var f facts.Fact
			if storyEvery > 0 && rng.IntN(storyEvery) == 0 {
				s := story[rng.IntN(len(story))]
				v := s.v
				if rng.IntN(4) == 0 {
					v += float64(1 + rng.IntN(5))
				}
				f = fc(fmt.Sprint(v), s.subject, v, kind(s.kind), unit(s.unit), event(s.event))
			} else {
				k := kinds[rng.IntN(len(kinds))]
				v := float64(1 + rng.IntN(1000))
				f = fc(fmt.Sprint(v), word()+" "+word(), v, kind(k.kind), unit(k.unit))
			}
			f.Start = i * 170
			f.End = f.Start + len(f.Text)
			if prose {
				words := []string{f.Subject}
				for range 12 {
					words = append(words, word())
				}
				words = append(words, f.Text)
				rng.Shuffle(len(words), func(a, b int) { words[a], words[b] = words[b], words[a] })
				f.Sentence = strings.Join(words, " ") + "."
				f.Start = i*170 + strings.Index(f.Sentence, f.Text)
				f.End = f.Start + len(f.Text)
				if rng.IntN(5) == 0 {
					f.Subject, f.Event = "", ""
				}
			}
			fs[i] = f
		}
		docs[d] = Doc{Name: fmt.Sprintf("doc%04d.txt", d), Facts: fs}
	}
	return docs
}

// BenchmarkCompare shows how the time grows with the number of documents
// (30 facts each). "distinct": every subject its own, so ns/fact stays about
// flat when the work is not quadratic in the facts. "story": one fact in ten
// about one of six story-wide subjects, as reports of one story are; their
// groups grow with the documents and so does the number of disagreeing
// pairs they hold, which is the output and is quadratic by nature. "prose":
// the story mix with sentences, one fact in five without subject.
func BenchmarkCompare(b *testing.B) {
	for _, mix := range []struct {
		name  string
		every int
		prose bool
	}{{"distinct", 0, false}, {"story", 10, false}, {"prose", 10, true}} {
		for _, n := range []int{10, 100, 1000} {
			docs := synthetic(n, mix.every, mix.prose)
			b.Run(fmt.Sprintf("%s/docs=%d", mix.name, n), func(b *testing.B) {
				b.ReportAllocs()
				var r Result
				for b.Loop() {
					r = Compare(docs, Options{})
				}
				nf := float64(n * factsPerDoc)
				dis := 0
				for _, g := range r.Groups {
					dis += len(g.Disagreements)
				}
				b.ReportMetric(float64(b.Elapsed().Nanoseconds())/float64(b.N)/nf, "ns/fact")
				b.ReportMetric(float64(len(r.Groups)), "groups")
				b.ReportMetric(float64(dis), "disagreements")
			})
		}
	}
}

// storyReports reads the reports of the development story sets, renamed so
// that n of them stand as n distinct reports (a newsroom's day of copy).
func storyReports(b testing.TB, n int) ([]string, [][]byte) {
	paths, _ := filepath.Glob("../testdata/compare_real/*/*.txt")
	if len(paths) == 0 {
		b.Skip("no story sets")
	}
	var names []string
	var texts [][]byte
	for i := 0; i < n; i++ {
		p := paths[i%len(paths)]
		t, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		names = append(names, fmt.Sprintf("%04d-%s", i, filepath.Base(p)))
		texts = append(texts, t)
	}
	return names, texts
}

// distinctReports makes n distinct reports out of the development story
// sets (internal/reportgen: names and figures varied, the same way for
// every report of one variant), so that no report is a copy of another.
func distinctReports(b testing.TB, n int) ([]string, [][]byte) {
	paths, _ := filepath.Glob("../testdata/compare_real/*/*.txt")
	if len(paths) == 0 {
		b.Skip("no story sets")
	}
	names, texts, err := reportgen.ReadDistinct(paths, n)
	if err != nil {
		b.Fatal(err)
	}
	bs := make([][]byte, len(texts))
	for i, t := range texts {
		bs[i] = []byte(t)
	}
	return names, bs
}

// BenchmarkReports times Compare on real-shaped reports beside the time
// their extraction takes ("extract" and "compare" sub-benchmarks of the
// same reports): the issue wants compare within twice extract.
// "reports=N" repeats the 88 development reports (the comparer shares the
// work of a copy), "distinct=N" varies them so that none is a copy.
// cpu-ns/op is the process's user and system CPU time per operation (the
// collector's included), steadier than ns/op on a shared machine.
func BenchmarkReports(b *testing.B) {
	for _, set := range []struct {
		name string
		n    int
		make func(testing.TB, int) ([]string, [][]byte)
	}{{"reports", 88, storyReports}, {"reports", 1000, storyReports}, {"distinct", 1000, distinctReports}} {
		n := set.n
		names, texts := set.make(b, n)
		size := 0
		for _, t := range texts {
			size += len(t)
		}
		b.Run(fmt.Sprintf("extract/%s=%d", set.name, n), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				for i, t := range texts {
					facts.Extract(names[i], t)
				}
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
		docs := make([]Doc, n)
		for i, t := range texts {
			docs[i] = Doc{Name: names[i], Facts: facts.Extract(names[i], t), Date: PublishedDate(t)}
		}
		b.Run(fmt.Sprintf("compare/%s=%d", set.name, n), func(b *testing.B) {
			b.SetBytes(int64(size))
			b.ReportAllocs()
			cpu := cpuTime()
			for b.Loop() {
				Compare(docs, Options{})
			}
			b.ReportMetric(float64(cpuTime()-cpu)/float64(b.N), "cpu-ns/op")
		})
	}
}
