package lexicon

import (
	"encoding/binary"
	"hash/maphash"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestLemma(t *testing.T) {
	for _, tc := range []struct{ word, want string }{
		{"countries", "country"},
		{"posts", "post"},
		{"fatalities", "fatality"},
		{"died", "die"},
		{"wounded", "wound"}, // a participle, though WordNet also lists "wounded"
		{"killed", "kill"},
		{"nations", "nation"},
		{"children", "child"}, // noun.exc
		{"went", "go"},        // verb.exc
		{"taxes", "tax"},
		{"uses", "use"},  // not "us": the rule whose lemma is seen more often wins
		{"buses", "bus"}, // "ses"→"s"
		{"largest", "large"},
		{"meeting", "meet"}, // a participle of a verb, though a noun of its own
		{"gas", "gas"},      // a word, not the plural of "ga"
		{"news", "news"},    // no rule gives a noun
		{"consumer prices", "consumer price"},
		{"policy rates", "policy rate"}, // a news.txt phrase
		{"death tolls", "death toll"},
		{"zelensky", "zelensky"},
		{"", ""},
	} {
		assert.Equal(t, tc.want, Lemma(tc.word), tc.word)
	}
}

// The pairs the comparer must join, and the ones it must keep apart.
var relateCases = []struct {
	a, b string
	want Relation
}{
	{"delegations", "representatives", Concept},
	{"countries", "nations", Synonym},
	{"jobs", "posts", Concept},
	{"shed", "cut", Concept},
	{"net income", "profit", Synonym},
	{"consumer prices", "inflation", Concept},
	{"inflation", "cpi", Concept},
	{"cpi", "consumer price index", Synonym},
	{"policy rate", "benchmark rate", Concept},
	{"visit", "trip", Concept},
	{"wti", "light crude", Concept},
	{"branches", "stores", Concept},
	{"planes", "aircraft", Concept},
	{"homes", "buildings", Concept}, // "6,700 buildings destroyed", "about 12,000 homes incinerated"
	{"seats", "mps", Concept},       // "Labour won 412 seats", "the Tories, with just 144 MPs"
	{"deal", "contract", Concept},
	{"marches", "demonstrations", Concept},
	{"evacuees", "evacuated", Concept},
	{"killed", "died", Concept},
	{"killed", "dead", Concept},
	{"dead", "death toll", Concept},
	{"death toll", "fatalities", Concept},
	{"killed", "fatalities", Concept},
	{"injured", "wounded", Synonym},
	{"injured", "hurt", Concept}, // "hurt" is a satellite of the adjective "injured"
	{"wounded", "hurt", Synonym},
	{"unemployed", "jobless", Concept},
	{"jobless", "out of work", Synonym},
	{"unemployed", "unemployment", Concept},
	{"jobless", "unemployment", Concept},
	{"ukrainian", "ukraine", Derived},
	{"evacuated", "evacuation", Concept},
	{"post", "job", Concept},
	{"countries", "country", Same},
	{"killed", "kill", Same},
	{"zelensky", "zelensky", Same},
	{"sedan", "car", Broader1},
	{"rifle", "firearm", Broader1},
	{"ukraine", "country", Broader1}, // an instance hypernym
	{"rifle", "gun", Broader2},
	{"five", "four", Unrelated},         // satellites of one head: co-hyponyms
	{"died", "five", Unrelated},         // "died" is the verb, not the noun "die"
	{"workers", "person", Unrelated},    // "person" is too general a hypernym to relate
	{"million", "billion", Unrelated},   // opposed in news.txt, one WordNet synset
	{"attackers", "attacks", Unrelated}, // a person is not what the person does
	{"voters", "votes", Unrelated},
	{"survivors", "survived", Concept},
	{"days", "years", Unrelated}, // one WordNet synset ("lifetime"); opposed in news.txt
	{"toll", "price", Unrelated}, // opposed in news.txt: a death toll is no price
	{"hospital", "building", Broader2},
	{"soldier", "military personnel", Concept},
	{"deliveries", "orders", Unrelated},
	{"yes", "no", Unrelated},
	{"civilians", "soldiers", Unrelated},
	{"imports", "exports", Unrelated},
	{"revenue", "profit", Unrelated},
	{"revenue", "income", Unrelated}, // a company's income is its profit; opposed in news.txt
	{"killed", "injured", Unrelated},
	{"zelensky", "putin", Unrelated},
	{"countries", "zelensky", Unrelated},
}

func TestRelate(t *testing.T) {
	for _, tc := range relateCases {
		assert.Equal(t, tc.want, Relate(tc.a, tc.b), "%s / %s", tc.a, tc.b)
		assert.Equal(t, tc.want, Relate(tc.b, tc.a), "%s / %s", tc.b, tc.a)
	}
}

// Relate is called from many goroutines; the reading cache must not mix them up (run
// with -race).
func TestRelateConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			for round := range 50 {
				for i, tc := range relateCases {
					if (i+g+round)%2 == 0 {
						assert.Equal(t, tc.want, Relate(tc.a, tc.b), "%s / %s", tc.a, tc.b)
					} else {
						assert.Equal(t, tc.want, Relate(tc.b, tc.a), "%s / %s", tc.b, tc.a)
					}
				}
			}
		})
	}
	wg.Wait()
}

func TestOpposed(t *testing.T) {
	for _, tc := range []struct {
		a, b string
		want bool
	}{
		{"imports", "exports", true},   // WordNet antonyms
		{"employed", "jobless", true},  // a satellite inherits its head's antonym
		{"yes", "no", true},            // WordNet and news.txt
		{"civilians", "troops", true},  // news.txt
		{"deliveries", "orders", true}, // news.txt
		{"revenue", "income", true},    // news.txt: "net income" is profit
		{"bought", "sold", true},       // news.txt, lemmatised
		{"countries", "nations", false},
		{"killed", "died", false},
		{"imports", "imports", false},
		{"zelensky", "putin", false},
	} {
		assert.Equal(t, tc.want, Opposed(tc.a, tc.b), "%s / %s", tc.a, tc.b)
		assert.Equal(t, tc.want, Opposed(tc.b, tc.a), "%s / %s", tc.b, tc.a)
	}
}

// Keys promise: a common key means Relate is at least Derived (or the words are opposed),
// and Relate at least Derived means a common key, except Same for words the table lacks.
func TestKeysAgreeWithRelate(t *testing.T) {
	words := []string{"zelensky"}
	for _, tc := range relateCases {
		words = append(words, tc.a, tc.b)
	}
	for _, a := range words {
		for _, b := range words {
			shared := false
			for _, ka := range Keys(a) {
				for _, kb := range Keys(b) {
					shared = shared || ka == kb
				}
			}
			rel := Relate(a, b)
			switch {
			case Opposed(a, b):
				assert.Equal(t, Unrelated, rel, "%s / %s", a, b)
			case len(Keys(a)) == 0 || len(Keys(b)) == 0:
				assert.False(t, shared)
			default:
				assert.Equal(t, rel >= Derived, shared, "%s / %s: %v", a, b, rel)
			}
		}
	}
	assert.Empty(t, Keys("zelensky"))
}

func TestAppendKeysReusesBuffer(t *testing.T) {
	buf := make([]uint32, 0, 64)
	keys := AppendKeys(buf, "countries")
	require.NotEmpty(t, keys)
	assert.Equal(t, Keys("country"), keys)
	assert.Same(t, &buf[:1][0], &keys[0])
}

// WordNet 3.0's published counts of lemmas per part of speech (wnstats(7)).
func TestTableCounts(t *testing.T) {
	tab, err := decode(wordnetData)
	require.NoError(t, err)
	var perPOS [4]int
	for id := range tab.nameEnd {
		mask := tab.posMask(uint32(id))
		for p := range perPOS {
			if mask&(1<<p) != 0 {
				perPOS[p]++
			}
		}
	}
	assert.Equal(t, [4]int{117798, 11529, 21479, 4481}, perPOS)
	for _, w := range []string{"country", "net income", "ukraine", "consumer price index"} {
		id, ok, _ := tab.lookup(w)
		require.True(t, ok, w)
		assert.Equal(t, w, tab.name(id))
		assert.NotEmpty(t, tab.senses(id, allPOS), w)
	}
	assert.NotEmpty(t, tab.irregul["children"])
}

func TestNewsErrors(t *testing.T) {
	for _, text := range []string{
		"lonely",
		"! one side only",
		"! a | b | c",
		"! exports | exports",
	} {
		tab, err := decode(wordnetData)
		require.NoError(t, err)
		assert.Error(t, tab.addNews(text), text)
	}
}

func TestRelationString(t *testing.T) {
	assert.Equal(t, "synonym", Synonym.String())
	assert.Equal(t, "Relation(9)", Relation(9).String())
}

var benchPairs = [][2]string{
	{"delegations", "representatives"}, {"countries", "nations"}, {"jobs", "posts"},
	{"net income", "profit"}, {"consumer prices", "inflation"}, {"policy rate", "benchmark rate"},
	{"killed", "fatalities"}, {"injured", "wounded"}, {"ukrainian", "ukraine"},
	{"deliveries", "orders"}, {"civilians", "soldiers"}, {"zelensky", "putin"},
}

// The benchmarks report, besides wall time, the process's CPU time per operation
// (cpu-ns/op), which stays meaningful when other work shares the machine.
func BenchmarkDecode(b *testing.B) {
	b.SetBytes(int64(len(wordnetData)))
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for b.Loop() {
		tab, err := decode(wordnetData)
		if err != nil {
			b.Fatal(err)
		}
		if err := tab.addNews(newsText); err != nil {
			b.Fatal(err)
		}
	}
}

func reportCPU(b *testing.B, start time.Duration) {
	b.ReportMetric(float64((cpuTime()-start).Nanoseconds())/float64(b.N), "cpu-ns/op")
}

func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}

func BenchmarkRelate(b *testing.B) {
	get()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		p := benchPairs[i%len(benchPairs)]
		Relate(p[0], p[1])
	}
}

// BenchmarkRelateUncached is Relate for words never seen before: no reading cache.
func BenchmarkRelateUncached(b *testing.B) {
	tab, err := decode(wordnetData)
	require.NoError(b, err)
	require.NoError(b, tab.addNews(newsText))
	tab.cache = readCache{}
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		p := benchPairs[i%len(benchPairs)]
		tab.relate(p[0], p[1])
	}
}

func BenchmarkAppendKeys(b *testing.B) {
	get()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	buf := make([]uint32, 0, 64)
	for i := 0; b.Loop(); i++ {
		buf = AppendKeys(buf[:0], benchPairs[i%len(benchPairs)][i/len(benchPairs)%2])
	}
}

func BenchmarkLemma(b *testing.B) {
	get()
	b.ReportAllocs()
	defer reportCPU(b, cpuTime())
	for i := 0; b.Loop(); i++ {
		Lemma(benchPairs[i%len(benchPairs)][i/len(benchPairs)%2])
	}
}

// A damaged table is an error, never a panic or a table that reads out of range.
func TestDecodeRejectsDamage(t *testing.T) {
	n, k := binary.Uvarint(wordnetData)
	require.Positive(t, k)
	names, err := unpack(wordnetData[k : k+int(n)])
	require.NoError(t, err)
	relations, err := unpack(wordnetData[k+int(n):])
	require.NoError(t, err)

	for _, cut := range []int{0, 1, 7, len(names) / 3, len(names) - 1} {
		tab := &table{}
		assert.Error(t, tab.decodeNames(reader{b: names[:cut]}), "names cut at %d", cut)
	}
	for _, cut := range []int{0, 1, 9, len(relations) / 5, len(relations) / 2, len(relations) - 1} {
		tab := &table{seed: maphash.MakeSeed()}
		assert.Error(t, tab.decodeRelations(reader{b: relations[:cut]}), "relations cut at %d", cut)
	}
	_, err = decode(wordnetData[:len(wordnetData)-1])
	assert.Error(t, err)
	_, err = decode([]byte{0xff})
	assert.Error(t, err)
}

// TestCachedPhraseReading: a phrase's reading is the same the first time
// and from the cache after ("on board", "unaccounted for" are phrases the
// table holds whole; "consumer prices" is read on its last word).
func TestCachedPhraseReading(t *testing.T) {
	for _, w := range []string{"on board", "shoot down", "unaccounted for", "consumer prices", "miners"} {
		first := NotNoun(w)
		for i := 0; i < 3; i++ {
			assert.Equal(t, first, NotNoun(w), w)
		}
	}
	first := Relate("consumer prices", "inflation")
	assert.Equal(t, first, Relate("consumer prices", "inflation"))
}
