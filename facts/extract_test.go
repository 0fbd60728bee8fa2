package facts_test

import (
	"bytes"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// want is one expected fact: the figure's text must contain text, and the
// other fields must match where they are set.
type want struct {
	text    string
	kind    facts.Kind
	value   float64
	unit    string
	bound   facts.Bound
	subject string
	low     *float64
	high    *float64
	change  string
	date    string
}

func f(v float64) *float64 { return &v }

// TestExtractShapes covers each shape of figure the issue lists, one
// sentence at a time.
func TestExtractShapes(t *testing.T) {
	tests := []struct {
		in   string
		want []want
	}{
		// Numerals.
		{"Officials counted 1,240 homes.", []want{{text: "1,240", kind: facts.KindCount, value: 1240, subject: "homes"}}},
		{"Officials counted 1 240 homes.", []want{{text: "1 240", kind: facts.KindCount, value: 1240}}},
		{"Officials counted 1\u00a0240 homes.", []want{{text: "1\u00a0240", kind: facts.KindCount, value: 1240}}},
		{"Officials counted 1\u202f240 homes.", []want{{text: "1\u202f240", kind: facts.KindCount, value: 1240}}},
		{"The rate was 3.2 per cent.", []want{{text: "3.2 per cent", kind: facts.KindPercent, value: 3.2, unit: "%"}}},
		{"Yields rose .5 percent.", []want{{text: ".5 percent", kind: facts.KindPercent, value: 0.5, change: "up"}}},
		{"It was -5 degrees Celsius.", []want{{text: "-5 degrees Celsius", kind: facts.KindQuantity, value: -5, unit: "°C"}}},
		{"It was \u22125C at dawn.", []want{{text: "\u22125C", kind: facts.KindQuantity, value: -5, unit: "°C"}}},
		{"The app has 4.3M users.", []want{{text: "4.3M", kind: facts.KindCount, value: 4.3e6, subject: "users"}}},
		{"The app has 10k users.", []want{{text: "10k", kind: facts.KindCount, value: 1e4}}},
		{"A $2.5bn deal was signed.", []want{{text: "$2.5bn", kind: facts.KindMoney, value: 2.5e9, unit: "USD", subject: "deal"}}},
		{"Debt hit £1.2tn last year.", []want{{text: "£1.2tn", kind: facts.KindMoney, value: 1.2e12, unit: "GBP"}}},
		{"The EU pledged €0.5bn.", []want{{text: "€0.5bn", kind: facts.KindMoney, value: 5e8, unit: "EUR"}}},
		{"He paid $7m for it.", []want{{text: "$7m", kind: facts.KindMoney, value: 7e6, unit: "USD"}}},
		{"The wall is 7m high.", []want{{text: "7m", kind: facts.KindQuantity, value: 7, unit: "m"}}},
		{"About 1.5 million people voted.", []want{{text: "About 1.5 million", kind: facts.KindCount, value: 1.5e6, bound: facts.BoundApprox}}},
		{"The fund is worth a billion dollars.", []want{{text: "a billion dollars", kind: facts.KindMoney, value: 1e9, unit: "USD"}}},
		{"Readings of １２３ homes.", []want{{text: "１２３", kind: facts.KindCount, value: 123}}},
		{"Add ½ a cup and 1\u20442 a spoon.", []want{{text: "½", value: 0.5}, {text: "1\u20442", value: 0.5}}},
		// Written numbers.
		{"Four regions were annexed.", []want{{text: "Four", kind: facts.KindCount, value: 4, subject: "regions"}}},
		{"Twenty-five people died.", []want{{text: "Twenty-five", kind: facts.KindCount, value: 25, subject: "people killed"}}},
		{"One hundred and twelve people voted.", []want{{text: "One hundred and twelve", value: 112}}},
		{"A hundred cars burned.", []want{{text: "A hundred", value: 100}}},
		{"Three million barrels were lost.", []want{{text: "Three million barrels", kind: facts.KindQuantity, value: 3e6, unit: "bbl"}}},
		{"A dozen envoys came.", []want{{text: "A dozen", kind: facts.KindCount, value: 12}}},
		{"A couple of envoys came.", []want{{text: "A couple", kind: facts.KindCount, value: 2, bound: facts.BoundApprox}}},
		{"Half of voters agreed.", []want{{text: "Half", kind: facts.KindPercent, value: 50, subject: "voters"}}},
		{"A third of the budget went on defence.", []want{{text: "A third", kind: facts.KindPercent, value: 100.0 / 3, subject: "budget"}}},
		{"Two-thirds of members agreed.", []want{{text: "Two-thirds", kind: facts.KindPercent, value: 200.0 / 3}}},
		{"A quarter of homes lack power.", []want{{text: "A quarter", kind: facts.KindPercent, value: 25}}},
		{"Russia holds nearly a fifth of Ukrainian land.", []want{{text: "nearly a fifth", kind: facts.KindPercent, value: 20, bound: facts.BoundApprox, subject: "Ukrainian land"}}},
		{"One in five adults smokes.", []want{{text: "One in five", kind: facts.KindPercent, value: 20}}},
		{"They spent half a billion euros.", []want{{text: "half a billion euros", kind: facts.KindMoney, value: 5e8, unit: "EUR"}}},
		// Vague amounts.
		{"Dozens of homes burned.", []want{{text: "Dozens", kind: facts.KindCount, value: 24, bound: facts.BoundRange, low: f(24), high: f(100)}}},
		{"Hundreds of people fled.", []want{{text: "Hundreds", value: 200, low: f(200), high: f(1000)}}},
		{"Tens of thousands of people fled.", []want{{text: "Tens of thousands", value: 2e4, low: f(2e4), high: f(1e5)}}},
		{"Millions of people watched.", []want{{text: "Millions", value: 2e6, low: f(2e6), high: f(1e9)}}},
		// Percent kinds.
		{"Support fell 4 percentage points.", []want{{text: "4 percentage points", kind: facts.KindPercent, unit: "pp", change: "down"}}},
		{"The bank cut rates by 25 basis points.", []want{{text: "25 basis points", kind: facts.KindPercent, unit: "bp", value: 25, change: "down"}}},
		// Money forms.
		{"The loan was USD 34.6 million.", []want{{text: "USD 34.6 million", kind: facts.KindMoney, value: 34.6e6, unit: "USD"}}},
		{"It raised US$5m.", []want{{text: "US$5m", value: 5e6, unit: "USD"}}},
		{"It cost 300 euros.", []want{{text: "300 euros", value: 300, unit: "EUR"}}},
		{"A stamp costs 30p.", []want{{text: "30p", value: 0.3, unit: "GBP"}}},
		{"The bill was CHF 120m.", []want{{text: "CHF 120m", value: 1.2e8, unit: "CHF"}}},
		{"Estimates ran at $5bn-$5.2bn.", []want{{text: "$5bn-$5.2bn", kind: facts.KindMoney, value: 5e9, bound: facts.BoundRange, low: f(5e9), high: f(5.2e9)}}},
		{"They paid 5 billion yen.", []want{{text: "5 billion yen", value: 5e9, unit: "JPY"}}},
		{"The city's R81bn budget was passed.", []want{{text: "R81bn", kind: facts.KindMoney, value: 8.1e10, unit: "ZAR"}}},
		{"Fees rose to 250,000 kwacha.", []want{{text: "250,000 kwacha", value: 2.5e5, unit: "ZMW"}}},
		{"It was worth c $ 16.4 million.", []want{{text: "c $ 16.4 million", value: 16.4e6, unit: "CAD"}}},
		// Quantities.
		{"Troops hold a 750-mile front.", []want{{text: "750-mile", kind: facts.KindQuantity, value: 750, unit: "mi", subject: "front"}}},
		{"Fire burned 12 square kilometres.", []want{{text: "12 square kilometres", value: 12, unit: "km2"}}},
		{"Exports reached 1.2 million barrels a day.", []want{{text: "1.2 million barrels a day", value: 1.2e6, unit: "bbl/d"}}},
		{"Temperatures hit 41.3C in Seville.", []want{{text: "41.3C", value: 41.3, unit: "°C", subject: "Temperatures"}}},
		{"A magnitude 6.8 earthquake struck.", []want{{text: "magnitude 6.8", value: 6.8, unit: "magnitude", subject: "earthquake"}}},
		{"The quake was magnitude-6.6, officials said.", []want{{text: "magnitude-6.6", kind: facts.KindQuantity, value: 6.6, unit: "magnitude"}}},
		{"A category-4 hurricane made landfall.", []want{{text: "category-4", kind: facts.KindQuantity, value: 4, unit: "category"}}},
		{"Winds reached 150 mph.", []want{{text: "150 mph", value: 150, unit: "mph"}}},
		{"The ship carried 40,000 tonnes of grain.", []want{{text: "40,000 tonnes", value: 4e4, unit: "t", subject: "grain"}}},
		// Durations, ages, dates, ordinals.
		{"The talks lasted three weeks.", []want{{text: "three weeks", kind: facts.KindDuration, value: 3, unit: "week"}}},
		{"He got a 10-year sentence.", []want{{text: "10-year", kind: facts.KindDuration, value: 10, unit: "year", subject: "sentence"}}},
		{"A 34-year-old man was held.", []want{{text: "34-year-old", kind: "age", value: 34, unit: "year", subject: "man"}}},
		{"Talks were held in 2022.", []want{{text: "2022", kind: facts.KindDate, date: "2022"}}},
		{"Talks stalled in July.", []want{{text: "July", kind: facts.KindDate, date: "XXXX-07"}}},
		{"They meet on Thursday.", []want{{text: "Thursday", kind: facts.KindDate, date: "XXXX-WXX-4"}}},
		{"It opened on 4 July 2023.", []want{{text: "4 July 2023", kind: facts.KindDate, date: "2023-07-04"}}},
		{"It opened on July 4, 2023.", []want{{text: "July 4, 2023", kind: facts.KindDate, date: "2023-07-04"}}},
		{"It began in March 2021.", []want{{text: "March 2021", kind: facts.KindDate, date: "2021-03"}}},
		{"Music of the 1990s.", []want{{text: "1990s", kind: facts.KindDate, date: "199X"}}},
		{"Talks resume on the second of March.", []want{{text: "the second of March", kind: facts.KindDate, date: "XXXX-03-02"}}},
		{"The file is dated 2024-03-15.", []want{{text: "2024-03-15", kind: facts.KindDate, date: "2024-03-15"}}},
		{"We meet on 5/17/2018.", []want{{text: "5/17/2018", kind: facts.KindDate, date: "2018-05-17"}}},
		{"It is the third time.", []want{{text: "third", kind: facts.KindOrdinal, value: 3, subject: "time"}}},
		{"It is the 21st attack.", []want{{text: "21st", kind: facts.KindOrdinal, value: 21}}},
		// Bounds.
		{"At least 25 people died.", []want{{text: "At least 25", bound: facts.BoundAtLeast, low: f(25)}}},
		{"No fewer than 12 ships sailed.", []want{{text: "No fewer than 12", bound: facts.BoundAtLeast}}},
		{"There were 25 or more boats.", []want{{text: "25 or more", bound: facts.BoundAtLeast, subject: "boats"}}},
		{"More than 90 people were wounded.", []want{{text: "More than 90", bound: facts.BoundMoreThan, subject: "people injured"}}},
		{"The cost exceeds $5bn.", []want{{text: "exceeds $5bn", bound: facts.BoundMoreThan}}},
		{"Upwards of 300 people came.", []want{{text: "Upwards of 300", bound: facts.BoundMoreThan}}},
		{"Up to 1,000 were evacuated.", []want{{text: "Up to 1,000", bound: facts.BoundAtMost, high: f(1000), subject: "people evacuated"}}},
		{"As many as 40 planes flew.", []want{{text: "As many as 40", bound: facts.BoundAtMost}}},
		{"Fewer than 10 cars passed.", []want{{text: "Fewer than 10", bound: facts.BoundLessThan}}},
		{"It is under 5 km long.", []want{{text: "under 5 km", bound: facts.BoundLessThan, unit: "km"}}},
		{"Some 300 people came.", []want{{text: "Some 300", bound: facts.BoundApprox}}},
		{"An estimated 300 people came.", []want{{text: "An estimated 300", bound: facts.BoundApprox}}},
		{"Between 20 and 25 tanks moved.", []want{{text: "Between 20 and 25", bound: facts.BoundRange, low: f(20), high: f(25)}}},
		{"From 20 to 25 tanks moved.", []want{{text: "From 20 to 25", bound: facts.BoundRange, low: f(20), high: f(25)}}},
		{"About 20-25 tanks moved.", []want{{text: "20-25", bound: facts.BoundRange, low: f(20), high: f(25)}}},
		{"Some 20 to 25 tanks moved.", []want{{text: "20 to 25", bound: facts.BoundRange}}},
		// Change.
		{"Prices rose 3% in May.", []want{{text: "3%", change: "up"}}},
		{"Sales fell by 20 units.", []want{{text: "20", change: "down"}}},
		{"Output was up 18% from a year earlier.", []want{{text: "18%", change: "up"}}},
		{"Inflation fell to 3.5%, down from 3.8%.", []want{{text: "3.5%", change: "down", subject: "Inflation"}, {text: "3.8%", change: "down", subject: "Inflation"}}},
		{"The death toll rose to 31.", []want{{text: "31", value: 31, change: "up", subject: "people killed"}}},
		// Events.
		{"Strikes killed 25 people.", []want{{text: "25", subject: "people killed"}}},
		{"25 were killed overnight.", []want{{text: "25", subject: "people killed"}}},
		{"Some 73 were injured.", []want{{text: "73", subject: "people injured"}}},
		{"Air defences shot down 40 drones.", []want{{text: "40", subject: "drones shot down"}}},
		{"Forty of the drones were intercepted.", []want{{text: "Forty", subject: "drones shot down"}}},
		{"Another 14 are still missing.", []want{{text: "14", subject: "people missing"}}},
		{"There were 25 dead.", []want{{text: "25", subject: "people killed"}}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := facts.Extract("t", []byte(tt.in))
			for _, w := range tt.want {
				g := findFact(got, w.text)
				require.NotNilf(t, g, "no fact with text %q in %s", w.text, describe(got))
				if w.kind != "" {
					assert.Equal(t, w.kind, g.Kind, "kind")
				}
				if w.kind != facts.KindDate && (w.value != 0 || w.kind != "") {
					require.NotNil(t, g.Value)
					if w.value != 0 {
						assert.InDelta(t, w.value, *g.Value, math.Abs(w.value)*1e-9, "value")
					}
				}
				if w.unit != "" {
					assert.Equal(t, w.unit, g.Unit, "unit")
				}
				if w.bound != "" {
					assert.Equal(t, w.bound, g.Bound, "bound")
				}
				if w.subject != "" {
					assert.Equal(t, facts.SubjectTerms(w.subject), facts.SubjectTerms(g.Subject), "subject %q", g.Subject)
				}
				if w.low != nil {
					require.NotNil(t, g.Low)
					assert.InDelta(t, *w.low, *g.Low, 1e-9, "low")
				}
				if w.high != nil {
					require.NotNil(t, g.High)
					assert.InDelta(t, *w.high, *g.High, 1e-9, "high")
				}
				if w.change != "" {
					require.NotNil(t, g.Change, "change")
					assert.Equal(t, w.change, *g.Change)
				}
				if w.date != "" {
					assert.Equal(t, w.date, g.Date)
				}
			}
		})
	}
}

// TestNotFigures: names, times, scores, phone and house numbers yield no
// count or quantity.
func TestNotFigures(t *testing.T) {
	for _, in := range []string{
		"The F-16 jets landed.",
		"Leaders met at the G7 summit.",
		"COVID-19 spread fast.",
		"The Boeing 737 was grounded.",
		"Nato's Article 5 applies.",
		"He left No. 10 today.",
		"Resolution 2231 was cited.",
		"Call 020 7946 0000 now.",
		"Call +44 20 7946 0958 now.",
		"Call (555) 123-4567 now.",
		"They met at 10:30.",
		"They met at 3pm.",
		"The team won 3-1.",
		"She lives at 10 Downing Street.",
		"One of the officials spoke.",
		"One option is to wait.",
		"No one came.",
		"Both sides agreed.",
		"He drove along Route 66.",
	} {
		t.Run(in, func(t *testing.T) {
			for _, g := range facts.Extract("t", []byte(in)) {
				assert.Equal(t, facts.KindDate, g.Kind, "unexpected fact %q (%s)", g.Text, g.Kind)
			}
		})
	}
}

// TestOffsets: offsets index the original bytes even where tokens needed
// normalising (full-width digits, no-break spaces, curly quotes).
func TestOffsets(t *testing.T) {
	in := "“Nearly １９％ of land,” he said — and 1\u202f240 homes; \u22125C."
	for _, g := range facts.Extract("t", []byte(in)) {
		require.True(t, g.Start >= 0 && g.Start <= g.End && g.End <= len(in))
		assert.Equal(t, in[g.Start:g.End], g.Text)
		assert.Equal(t, 1, g.Line)
	}
	got := facts.Extract("t", []byte(in))
	require.NotNil(t, findFact(got, "Nearly １９％"))
	assert.Equal(t, facts.KindPercent, findFact(got, "Nearly １９％").Kind)
}

// TestSentences: the splitter survives abbreviations, decimals and quotes.
func TestSentences(t *testing.T) {
	in := "Mr. Smith of the U.S. Army said 3.2% of No. 10 staff left. \"We lost 12 soldiers,\" he said. Then 5 more quit.\nHeadline With 4 Words\nBody text has 7 cars."
	got := facts.Extract("t", []byte(in))
	require.NotNil(t, findFact(got, "3.2%"))
	assert.Equal(t, "Mr. Smith of the U.S. Army said 3.2% of No. 10 staff left.", findFact(got, "3.2%").Sentence)
	assert.Equal(t, "\"We lost 12 soldiers,\" he said.", findFact(got, "12").Sentence)
	assert.Equal(t, "Then 5 more quit.", findFact(got, "5").Sentence)
	assert.Equal(t, "Headline With 4 Words", findFact(got, "4").Sentence)
	assert.Equal(t, 3, findFact(got, "7").Line)
}

func findFact(fs []facts.Fact, text string) *facts.Fact {
	for i := range fs {
		if fs[i].Text == text {
			return &fs[i]
		}
	}
	for i := range fs {
		if len(fs[i].Text) >= len(text) && contains(fs[i].Text, text) {
			return &fs[i]
		}
	}
	return nil
}

func contains(s, sub string) bool {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return true
		}
	}
	return false
}

func describe(fs []facts.Fact) string {
	s := ""
	for _, g := range fs {
		v := "null"
		if g.Value != nil {
			v = fmt.Sprint(*g.Value)
		}
		s += fmt.Sprintf("[%s %q %s %s %q] ", g.Kind, g.Text, v, g.Unit, g.Subject)
	}
	return s
}

// TestExtractStringCollects checks that ExtractString returns exactly the
// facts ExtractEach gives, for documents of a few facts, of more than its
// reused buffer holds (the result sized by an estimate), and of many more
// facts at the end than the start foretells (the estimate exceeded).
func TestExtractStringCollects(t *testing.T) {
	dense := func(n int) string {
		var b []byte
		for i := range n {
			b = fmt.Appendf(b, "Officials said %d people were hurt and %d%% of homes lost power on %d May 2024.\n", 10+i%90, 1+i%60, 1+i%28)
		}
		return string(b)
	}
	prose := func(n int) string {
		var b []byte
		for range n {
			b = append(b, "The talks ended without agreement late in the evening, officials said.\n"...)
		}
		return string(b)
	}
	cases := map[string]string{
		"few":                  dense(3),
		"more than the buffer": dense(3000),
		"dense after prose":    prose(2000) + dense(1500) + prose(10) + dense(3000),
		"empty":                "",
	}
	for name, text := range cases {
		t.Run(name, func(t *testing.T) {
			var each []facts.Fact
			facts.ExtractEach("d", text, func(f *facts.Fact) { each = append(each, *f) })
			got := facts.ExtractString("d", text)
			require.NotNil(t, got)
			require.Len(t, got, len(each))
			for i := range each {
				require.Equal(t, each[i], got[i], i)
			}
			again := facts.ExtractString("d", text) // the reused buffer left clean
			require.Equal(t, got, again)
		})
	}
}

// TestExtractStringMatchesEachOnCorpora checks ExtractString against
// ExtractEach on the real texts of the corpus, one after another and then
// all as one document: facts are built in place in the collector's
// buffers, whose room must be left clean by every document and sentence
// (fact skips clearing it there).
func TestExtractStringMatchesEachOnCorpora(t *testing.T) {
	texts := corpusTexts(t)
	news, _ := filepath.Glob(filepath.Join("..", "..", "shared", "wikinews", "articles", "*.txt"))
	for _, p := range news {
		b, err := os.ReadFile(p)
		require.NoError(t, err)
		texts = append(texts, b)
	}
	if len(texts) == 0 {
		t.Skip("no corpus texts")
	}
	texts = append(texts, bytes.Join(texts, []byte("\n")))
	for round := range 2 {
		for i, text := range texts {
			var each []facts.Fact
			facts.ExtractEach("d", string(text), func(f *facts.Fact) { each = append(each, *f) })
			got := facts.ExtractString("d", string(text))
			require.Len(t, got, len(each), "round %d, text %d", round, i)
			for k := range each {
				require.Equal(t, each[k], got[k], "round %d, text %d, fact %d", round, i, k)
			}
		}
	}
}

// TestDatelineDayIsADate: a wire dateline's day, before the spaced dash
// that ends it, is part of its date, never a count; a range of days keeps
// its dash.
func TestDatelineDayIsADate(t *testing.T) {
	for _, in := range []string{"TOULOUSE, April 25 - Airbus delivered 61 aircraft.", "KADUNA, Nigeria, March 20 - Gunmen freed 48 students."} {
		var counts []string
		for _, f := range facts.ExtractString("t.txt", in) {
			if f.Kind == facts.KindCount {
				counts = append(counts, f.Text)
			}
		}
		assert.Len(t, counts, 1, "%q: %v", in, counts)
	}
}
