package compare

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

func TestSameTime(t *testing.T) {
	for _, c := range []struct {
		a, b string
		same bool
	}{
		{"2024-Q1", "Q1", true}, {"Q1", "2024-Q1", true}, {"2024-Q1", "2024-Q1", true},
		{"2024-Q1", "Q2", false}, {"2024", "2023", false}, {"2024-Q1", "2023-Q1", false},
	} {
		assert.Equal(t, c.same, sameTime(c.a, c.b), "%s / %s", c.a, c.b)
	}
}

// TestPercentShareIsALevel: "51.9% of voters" and "52.1%" that disagree
// are a conflict, not a difference of role; a count of a part ("41 of the
// deaths") beside a whole is one.
func TestPercentShareIsALevel(t *testing.T) {
	share := func(text, subject string, v float64, opts ...opt) Doc {
		f := fc(text, subject, v, opts...)
		f.Role = "share"
		return doc("a.txt", f)
	}
	r := Compare([]Doc{share("51.9%", "voters", 51.9, percent("%")), doc("b.txt", fc("52.1%", "voters", 52.1, percent("%")))}, Options{})
	g := groupOf(r, "a.txt", "51.9%")
	if assert.NotNil(t, g) {
		assert.Equal(t, StatusConflict, g.Status)
	}
	r = Compare([]Doc{share("41", "people killed", 41, event("killed")), doc("b.txt", fc("49", "people killed", 49, event("killed")))}, Options{})
	for _, g := range r.Groups {
		assert.NotEqual(t, StatusConflict, g.Status, "a part is not its whole: %v", g.Key)
	}
}

// TestSumAndPart: a figure counting two things together and one counting
// one of them are a difference to review, never a conflict.
func TestSumAndPart(t *testing.T) {
	r := Compare([]Doc{
		doc("a.txt", fc("1,200 police and soldiers", "police and soldiers", 1200)),
		doc("b.txt", fc("1,500 soldiers", "soldiers", 1500)),
	}, Options{})
	for _, g := range r.Groups {
		assert.NotEqual(t, StatusConflict, g.Status, "%s", g.Key)
	}
	r = Compare([]Doc{
		doc("a.txt", fc("1,200 soldiers", "soldiers", 1200)),
		doc("b.txt", fc("1,500 soldiers", "soldiers", 1500)),
	}, Options{})
	g := groupOf(r, "a.txt", "1,200 soldiers")
	if assert.NotNil(t, g) {
		assert.Equal(t, StatusConflict, g.Status, "the same count of soldiers disagrees")
	}
}

// TestNamedPartIsALevel: "KwaZulu-Natal accounted for 41 of the deaths" is
// the province's toll, which a later "49 deaths in KwaZulu-Natal"
// contradicts.
func TestNamedPartIsALevel(t *testing.T) {
	part := fc("41", "people killed", 41, event("killed"))
	part.Role, part.Scope = "share", "kwazulu-natal"
	later := fc("49 deaths", "people killed", 49, event("killed"))
	later.Scope = "kwazulu-natal"
	r := Compare([]Doc{doc("a.txt", part), doc("b.txt", later)}, Options{})
	g := groupOf(r, "a.txt", "41")
	if assert.NotNil(t, g) {
		assert.Equal(t, StatusConflict, g.Status)
	}
}

// TestTerseHeadlineSpeaksForNoScope: a headline mention that names no
// scope does not make its claim's scoped body mention comparable with
// another part's figure.
func TestTerseHeadlineSpeaksForNoScope(t *testing.T) {
	mk := func(scope string, headline bool) *item {
		return &item{scope: scope, headline: headline, role: "level"}
	}
	five := []*item{mk("", true), mk("kyiv", false)}
	three := []*item{mk("odesa", false)}
	assert.Contains(t, differClaims(five, three), "the scopes differ")
	assert.Equal(t, "", differClaims([]*item{mk("", false), mk("kyiv", false)}, three), "a body mention with no scope still speaks for the claim")
}

// TestAnaphoricScope: "in the capital" or "inside the country" beside a
// named place tells no other part apart; two named places do.
func TestAnaphoricScope(t *testing.T) {
	lv := func(scope string) *item { return &item{scope: scope, role: "level"} }
	assert.Equal(t, "", differ(lv("country"), lv("sudan")))
	assert.Equal(t, "", differ(lv("capital"), lv("place de la nation")))
	assert.Contains(t, differ(lv("odesa"), lv("kyiv")), "the scopes differ")
}

// TestNamedScopeAliases: "Britain's GDP" and "the UK" name one scope once
// their words are stemmed and demonyms folded.
func TestNamedScopeAliases(t *testing.T) {
	e := newEnv()
	lv := func(scope string) *item { return &item{scope: scope, role: "level", env: e} }
	assert.Equal(t, "", differ(lv("britain's gdp"), lv("uk")))
	assert.Contains(t, differ(lv("france"), lv("uk")), "the scopes differ")
}

// TestReportsFarApart: a market price, or an amount added, in reports a
// day or more apart is two readings (a difference to review) unless both
// name the one period they are of; anything else a later report gives otherwise is an update
// or a conflict.
func TestReportsFarApart(t *testing.T) {
	withTime := func(tm string) opt { return func(f *facts.Fact) { f.Time = tm } }
	added := func(f *facts.Fact) { f.Role = "change" } // "five more bodies"
	tests := []struct {
		name         string
		a, b         facts.Fact
		dateA, dateB string
		want         Status
	}{
		{"oil price five days later", fc("$91.10", "crude oil", 91.1, money("USD")), fc("$94.23", "crude oil", 94.23, money("USD")),
			"2007-10-26", "2007-10-31", StatusReview},
		{"oil price the same day", fc("$91.10", "crude oil", 91.1, money("USD")), fc("$94.23", "crude oil", 94.23, money("USD")),
			"2007-10-26", "2007-10-26", StatusReview},
		{"oil price the same day, both at the close", fc("$91.10", "crude oil", 91.1, money("USD"), sentence("Crude oil closed at $91.10.")), fc("$94.23", "crude oil", 94.23, money("USD"), sentence("Crude oil settled at $94.23.")),
			"2007-10-26", "2007-10-26", StatusConflict},
		{"a deal's price a day later", fc("$5 billion", "deal", 5e9, money("USD")), fc("$2.6 billion", "deal", 2.6e9, money("USD")),
			"2005-09-09", "2005-09-12", StatusConflict},
		{"a rate a month later", fc("4.5%", "unemployment rate", 4.5, percent("%")), fc("4.2%", "unemployment rate", 4.2, percent("%")),
			"2024-03-01", "2024-04-02", StatusConflict},
		{"a market price of one named day, told later", fc("$91.10", "crude oil", 91.1, money("USD"), withTime("Friday")), fc("$94.23", "crude oil", 94.23, money("USD"), withTime("Friday")),
			"2007-10-26", "2007-10-31", StatusConflict},
		{"bodies recovered, a day apart", fc("five more bodies", "bodies", 5, event("killed"), added), fc("four more bodies", "bodies", 4, event("killed"), added),
			"2025-07-24", "2025-07-25", StatusReview},
		{"bodies recovered, the same day", fc("five more bodies", "bodies", 5, event("killed"), added), fc("four more bodies", "bodies", 4, event("killed"), added),
			"2025-07-24", "2025-07-24", StatusConflict},
		{"a toll three months later", fc("60,000", "people killed", 60000, event("killed")), fc("126,473", "people killed", 126473, event("killed")),
			"2004-12-30", "2005-03-31", StatusConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := doc("a.txt", tt.a), doc("b.txt", tt.b)
			a.Date, b.Date = tt.dateA, tt.dateB
			assert.Equal(t, tt.want, pairStatus(t, a, b))
		})
	}
}

// TestMarketMoments: two reports' prices of a market, or their moves, are
// two moments (review) unless both name one time or both the close; a
// price said to rise in one and fall in the other, a count of shares and
// a report's own two prices stay disagreements.
func TestMarketMoments(t *testing.T) {
	withTime := func(tm string) opt { return func(f *facts.Fact) { f.Time = tm } }
	way := func(w string) opt { return func(f *facts.Fact) { f.Change = &w } }
	tests := []struct {
		name string
		a, b facts.Fact
		want Status
	}{
		{"two prices", fc("$84.22", "brent crude", 84.22, money("USD")), fc("$84.80", "brent crude", 84.8, money("USD")), StatusReview},
		{"two moves of a share", fc("3.2%", "shares", 3.2, percent("%"), way("up")), fc("4.5%", "shares", 4.5, percent("%"), way("up")), StatusReview},
		{"two prices at two stated times", fc("$84.22", "brent crude", 84.22, money("USD"), withTime("09:00 GMT")), fc("$84.80", "brent crude", 84.8, money("USD"), withTime("13:00 EDT")), StatusReview},
		{"two prices at one stated time", fc("$84.22", "brent crude", 84.22, money("USD"), withTime("09:00 GMT")), fc("$84.80", "brent crude", 84.8, money("USD"), withTime("09:00 GMT")), StatusConflict},
		{"a rise and a fall", fc("1.7%", "brent crude", 1.7, percent("%"), way("up")), fc("1.7%", "brent crude", 1.7, percent("%"), way("down")), StatusConflict},
		{"shares sold, a count", fc("40 million shares", "shares", 40e6), fc("42 million shares", "shares", 42e6), StatusConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairStatus(t, doc("a.txt", tt.a), doc("b.txt", tt.b)))
		})
	}
}

// TestForecastIsNoLevel: a forecast beside a figure of what is, the same
// measure otherwise, is a difference to review; two forecasts conflict.
func TestForecastIsNoLevel(t *testing.T) {
	forecast := func(f *facts.Fact) { f.Modality = "forecast" }
	tests := []struct {
		name string
		a, b facts.Fact
		want Status
	}{
		{"forecast and actual", fc("46 million passengers", "passengers", 46e6, forecast), fc("24.8 million passengers", "passengers", 24.8e6), StatusReview},
		{"two forecasts", fc("1.5%", "growth", 1.5, percent("%"), forecast), fc("1.75%", "growth", 1.75, percent("%"), forecast), StatusConflict},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, tt.want, pairStatus(t, doc("a.txt", tt.a), doc("b.txt", tt.b)))
		})
	}
}

// TestTwoSourcesInOneReport: a report that gives one toll by two named
// sources keeps both beside another report's toll, the two as a
// difference to review.
func TestTwoSourcesInOneReport(t *testing.T) {
	a := reportOf("a.txt", "At least 151 people were killed in the attacks, police said.")
	b := reportOf("b.txt", "According to Indian television, 155 people have been killed. CNN is reporting over 160 dead.")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "b.txt", "155 people")
	require.NotNil(t, g)
	var texts []string
	for _, f := range g.Facts {
		texts = append(texts, f.Doc+" "+f.Text)
	}
	assert.Contains(t, texts, "b.txt over 160 dead", "%v", texts)
	assert.Contains(t, texts, "a.txt At least 151 people", "%v", texts)
	require.NotEmpty(t, g.Differences, "%+v", g)
	assert.Contains(t, g.Differences[0].Reason, "two sources")
}

// TestScopesTellPartsApart: reports name one event's place at whatever
// level suits them, so across reports two scopes make a difference to
// review only when some report splits the measure by one of them.
func TestScopesTellPartsApart(t *testing.T) {
	killed := func(text string, v float64, scope string) facts.Fact {
		f := fc(text, "people killed", v, event("killed"))
		f.Scope = scope
		return f
	}
	a := doc("a.txt", killed("14 people", 14, "yanjin county"))
	b := doc("b.txt", killed("19", 19, "yunnan"))
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "14 people")
	require.NotNil(t, g)
	assert.Equal(t, StatusConflict, g.Status, "one place named at two levels")

	split := doc("c.txt", killed("nine", 9, "yanjin county"), killed("five", 5, "ludian county"))
	r = Compare([]Doc{a, b, split}, Options{})
	g = groupOf(r, "a.txt", "14 people")
	require.NotNil(t, g)
	ab := func(ds []Disagreement) bool {
		for _, d := range ds {
			if docs := g.Facts[d.A].Doc + g.Facts[d.B].Doc; docs == "a.txtb.txt" || docs == "b.txta.txt" {
				return true
			}
		}
		return false
	}
	assert.False(t, ab(g.Disagreements), "a report gives the toll of Yanjin county apart: %v", g.Disagreements)
	assert.True(t, ab(g.Differences), "14 in Yanjin county and 19 in Yunnan are a difference to review")
}

// TestFarApartByContextIsNoConflict: two figures that nothing named links,
// only the words around them, are too uncertain a match to call a
// conflict when one is twice the other or more; nearer, they are one.
func TestFarApartByContextIsNoConflict(t *testing.T) {
	m := Options{}.withDefaults().Model
	for _, tt := range []struct {
		b, tb    string
		conflict bool
	}{
		{"The regional government said after the floods that rebuilding would cost $450 million.", "$450 million", false},
		{"The regional government said after the floods that rebuilding would cost $1.5 billion.", "$1.5 billion", true},
	} {
		a, b := itemPair(t, "The regional government said after the floods that repairs would cost $1.2 billion.", "$1.2 billion", tt.b, tt.tb)
		require.Equal(t, linkedByContext, linkedBy(a, b), "nothing named in common")
		v := verdictOf(m, a, b, []*item{a}, []*item{b}, false)
		require.True(t, v.disagree)
		assert.Equal(t, tt.conflict, v.why == "", "%s: %s", tt.tb, v.review)
	}
}

// TestOpposedByContextIsNoConflict: a rise and a fall of one size that
// only the words around them link are two measures, not a conflict; a
// rise and a fall of one named measure are.
func TestOpposedByContextIsNoConflict(t *testing.T) {
	m := Options{}.withDefaults().Model
	a, b := itemPair(t, "The carmaker said on Wednesday that it grew 3% in the quarter.", "3%",
		"The carmaker said on Wednesday that it fell 3% in the quarter.", "3%")
	require.Equal(t, linkedByContext, linkedBy(a, b), "nothing named in common")
	v := verdictOf(m, a, b, []*item{a}, []*item{b}, false)
	require.True(t, v.disagree)
	assert.NotEmpty(t, v.why, "linked by context alone: %s", v.base)

	a, b = itemPair(t, "Brent crude rose 1.7% on Monday.", "1.7%", "Brent crude fell 1.7% on Monday.", "1.7%")
	require.NotEqual(t, linkedByContext, linkedBy(a, b), "linked by their measure")
	v = verdictOf(m, a, b, []*item{a}, []*item{b}, false)
	require.True(t, v.disagree)
	assert.Empty(t, v.why, "a rise and a fall of Brent are a conflict")
}

// TestCountDoneIsNoShare: how much of an election count is done ("with
// 97.7% of votes counted") is no candidate's share of the vote.
func TestCountDoneIsNoShare(t *testing.T) {
	a := reportOf("a.txt", "Results\n\nThe election body said on Sunday night that the incumbent had won with 97.7% of votes counted.\n")
	b := reportOf("b.txt", "Final results\n\nThe election body said on Sunday that the incumbent had won almost 52.3 per cent of the votes.\n")
	r := Compare([]Doc{a, b}, Options{})
	counted := groupOf(r, "a.txt", "97.7%")
	require.NotNil(t, counted, keys(r))
	assert.NotSame(t, counted, groupOf(r, "b.txt", "almost 52.3 per cent"), keys(r))
	assert.Equal(t, facts.MeasureCounted, counted.Facts[0].Measure)
}

// TestPartsPairByScope: two reports that split one toll by the same
// places pair each place's figure with that place's, not with the other
// place's equal figure: the Kyiv and the Odesa tolls both rose.
func TestPartsPairByScope(t *testing.T) {
	texts := map[string]string{
		"a.txt": "The attack killed nine people, officials said: four in Kyiv, three in Odesa and two in the Kharkiv region.\n",
		"b.txt": "The toll rose to 11 on Saturday. Five people died in Kyiv and four in Odesa, where rescuers found more bodies.\n",
	}
	var docs []Doc
	for _, name := range []string{"a.txt", "b.txt"} {
		docs = append(docs, Doc{Name: name, Facts: facts.ExtractString(name, texts[name])})
	}
	r := Compare(docs, Options{})
	for _, tt := range []struct{ aText, bText string }{{"four", "Five people"}, {"three", "four"}} {
		g := groupOf(r, "a.txt", tt.aText)
		require.NotNil(t, g, "a's %q", tt.aText)
		var got []string
		for _, f := range g.Facts {
			if f.Doc == "b.txt" {
				got = append(got, f.Text)
			}
		}
		assert.Equal(t, []string{tt.bText}, got, "a's %q", tt.aText)
		assert.Equal(t, StatusConflict, g.Status, "a's %q", tt.aText)
	}
}

// TestSharpestMentionStandsForClaim: a report that names one toll three
// ways, the vaguest first, is checked by its sharpest figure: "over 5,000"
// beside another's "at least 3,000" is a toll that rose, though
// "thousands" agrees with 3,000.
func TestSharpestMentionStandsForClaim(t *testing.T) {
	texts := map[string]string{
		"a.txt": "At least 3,000 people died after the dams burst, officials said.\n",
		"b.txt": "Thousands of people died after the dams burst. Officials put the death toll at over 5,000.\n",
	}
	var docs []Doc
	for _, name := range []string{"a.txt", "b.txt"} {
		docs = append(docs, Doc{Name: name, Facts: facts.ExtractString(name, texts[name])})
	}
	r := Compare(docs, Options{})
	g := groupOf(r, "a.txt", "At least 3,000 people")
	require.NotNil(t, g)
	assert.Equal(t, StatusConflict, g.Status)
	require.NotEmpty(t, g.Disagreements)
	assert.Contains(t, g.Disagreements[0].Reason, "over 5,000")

	x := &item{base: closed(1000, 9999)}                  // thousands
	y := &item{base: interval{lo: 5000, hi: math.Inf(1)}} // over 5,000
	z := &item{base: interval{lo: 2000, hi: math.Inf(1)}} // more than 2,000
	w := &item{base: closed(4950, 5050)}                  // 5,000
	assert.True(t, sharper(y, x), "a bound says more than a wide range")
	assert.True(t, sharper(y, z), "the tighter of two lower bounds")
	assert.True(t, sharper(w, y), "a figure says more than a bound")
	assert.False(t, sharper(x, y))
	assert.False(t, sharper(w, w), "a tie keeps the first")
}

// TestConceptBlocking: two measures the lexicon gives one meaning ("deal",
// "agreement") are candidates though no word, event or order of magnitude
// brings them together: a two-year deal and a three-year agreement of one
// story disagree.
func TestConceptBlocking(t *testing.T) {
	texts := map[string]string{
		"a.txt": "Nurses in Victoria have voted to accept a two-year pay deal, their union said on Monday.\n",
		"b.txt": "Victorian nurses back a three-year agreement that ends months of strikes, the union said.\n",
	}
	var docs []Doc
	for _, name := range []string{"a.txt", "b.txt"} {
		docs = append(docs, Doc{Name: name, Facts: facts.ExtractString(name, texts[name])})
	}
	g := groupOf(Compare(docs, Options{}), "a.txt", "two-year")
	require.NotNil(t, g)
	texts2 := factTexts(g)
	assert.Contains(t, texts2, "three-year")
	assert.Equal(t, StatusConflict, g.Status)
	assert.NotEmpty(t, measureConcepts("deal"))
}

// TestRelatedEvents: two events under which reports give one group of
// people ("evacuated", "displaced") are neither the same nor a clash.
func TestRelatedEvents(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want int
	}{
		{"evacuated", "displaced", 1},
		{"hospitalised", "injured", 1},
		{"destroyed", "shot down", 1},
		{"killed", "injured", 3},
		{"killed", "killed", 0},
	} {
		assert.Equal(t, tt.want, eventLevel(&item{event: tt.a}, &item{event: tt.b}), "%s, %s", tt.a, tt.b)
	}
}

// TestTollToldTwice: a report that gives its toll twice, once as "the
// death toll", with no part named, keeps both figures in the toll's group
// (twoTallies), so both are checked against the other reports; a toll
// and a part of it in a named place stay apart.
func TestTollToldTwice(t *testing.T) {
	texts := map[string]string{
		"a.txt": "At least 413 people are now known to have died in the earthquake, officials said.\n",
		"b.txt": "The death toll from the earthquake has risen to 262, according to the latest reports. The vice-president visited the quake zone and said 246 had died.\n",
	}
	var docs []Doc
	for _, name := range []string{"a.txt", "b.txt"} {
		docs = append(docs, Doc{Name: name, Facts: facts.ExtractString(name, texts[name])})
	}
	r := Compare(docs, Options{})
	g := groupOf(r, "b.txt", "246")
	require.NotNil(t, g)
	got := factTexts(g)
	assert.Contains(t, got, "262")
	assert.Contains(t, got, "At least 413 people")
	assert.Equal(t, StatusConflict, g.Status)
}

// TestInitialism: a measure that is the initials of another figure's
// subject is a related measure ("cfr", "case fatality rate").
func TestInitialism(t *testing.T) {
	assert.True(t, initialism("cfr", "case fatality rate"))
	assert.True(t, initialism("gdp", "gross domestic product"))
	assert.True(t, initialism("cpi", "the consumer price index"))
	assert.False(t, initialism("cfr", "cases"))
	assert.False(t, initialism("gdp", "gross domestic product growth"))
}

// TestTwoBoundsAreTwoClaims: a report's two lower bounds of one measure far
// apart ("more than 145 aircraft", "above 8,600 jets") are two claims,
// though their intervals, both open above, meet; a bound restated with
// another hedge is one.
func TestTwoBoundsAreTwoClaims(t *testing.T) {
	texts := map[string]string{
		"a.txt": "The planemaker delivered 142 jets in the quarter and its backlog stood at 8,626 jets.\n",
		"b.txt": "It delivered more than 145 aircraft in the quarter. Its backlog stands above 8,600 jets.\n",
	}
	var docs []Doc
	for _, name := range []string{"a.txt", "b.txt"} {
		docs = append(docs, Doc{Name: name, Facts: facts.ExtractString(name, texts[name])})
	}
	r := Compare(docs, Options{})
	g := groupOf(r, "a.txt", "8,626 jets")
	require.NotNil(t, g)
	got := factTexts(g)
	assert.Contains(t, got, "above 8,600 jets")
	assert.NotContains(t, got, "more than 145 aircraft")
	x := &item{base: interval{lo: 145, hi: math.Inf(1)}}
	y := &item{base: interval{lo: 8600, hi: math.Inf(1)}}
	assert.False(t, withinRounding(x.base.mid(), y.base.mid()))
	assert.True(t, withinRounding(140, 145))
}

// TestCountStagesAreReview: two reports written at two stages of a count
// ("with almost 95 percent of votes counted", "with 98.56 percent of the
// ballots counted") give no conflict.
func TestCountStagesAreReview(t *testing.T) {
	a := reportOf("a.txt", "Vote\n\nWith almost 95 percent of votes counted, 98 percent voted No.\n")
	b := reportOf("b.txt", "Vote\n\nWith 98.56 percent of the ballots counted, 98.28 percent voted No.\n")
	g := groupOf(Compare([]Doc{a, b}, Options{}), "a.txt", "almost 95 percent")
	require.NotNil(t, g)
	assert.NotEqual(t, StatusConflict, g.Status)
}

// TestDistancesFromTwoPlaces: two distances from two named places are a
// difference to review, not a conflict.
func TestDistancesFromTwoPlaces(t *testing.T) {
	a := reportOf("a.txt", "Quake\n\nThe epicentre of the quake is about 18 miles southwest of Zhaotong.\n")
	b := reportOf("b.txt", "Quake\n\nThe epicentre of the quake is 23 kilometers southwest of Ludian.\n")
	g := groupOf(Compare([]Doc{a, b}, Options{}), "a.txt", "about 18 miles")
	require.NotNil(t, g)
	assert.NotEqual(t, StatusConflict, g.Status)
	c := reportOf("c.txt", "Quake\n\nThe epicentre of the quake is 25 miles southwest of Zhaotong.\n")
	h := groupOf(Compare([]Doc{a, c}, Options{}), "a.txt", "about 18 miles")
	require.NotNil(t, h)
	assert.Equal(t, StatusConflict, h.Status, "from one place they conflict")
}

// TestVagueRangeNeverRisenPast: "thousands of people" has no middle that
// could have moved past another report's "over 10,000 people".
func TestVagueRangeNeverRisenPast(t *testing.T) {
	a := reportOf("a.txt", "Floods\n\nThousands of people are missing after the floods.\n")
	b := reportOf("b.txt", "Floods\n\nOver 10,000 people are missing after the floods.\n")
	g := groupOf(Compare([]Doc{a, b}, Options{}), "a.txt", "Thousands of people")
	require.NotNil(t, g)
	assert.NotEqual(t, StatusConflict, g.Status)
}

// TestPartOfAStatedWhole: a count of a part whose whole is a figure of its
// own ("37 of the 120 seats") is that part's level, which another report's
// "36 seats" contradicts.
func TestPartOfAStatedWhole(t *testing.T) {
	r := compareTexts("The Civic Alliance had 28.4% of the vote, giving it 37 of the 120 seats in parliament.",
		"The Civic Alliance won 36 seats in parliament with 28.4% of the vote.")
	g := groupOf(r, "b.txt", "36 seats")
	require.NotNil(t, g)
	assert.Equal(t, StatusConflict, g.Status, factTexts(g))
}

// TestListedScopes: a scope that lists places and one of its places are
// two scopes (the sum and a part), though one holds the other's words.
func TestListedScopes(t *testing.T) {
	assert.True(t, listedIn("nepal, india and tibet", "tibet"))
	assert.True(t, listedIn("turkey and syria", "turkey"))
	assert.False(t, listedIn("turkey and syria", "syria's north"))
	assert.False(t, listedIn("kherson province", "kherson"))
	a, b := &item{scope: "turkey and syria"}, &item{scope: "turkey"}
	assert.True(t, scopesDiffer(a, b))
	assert.True(t, scopesDiffer(b, a))
	assert.False(t, scopesDiffer(&item{scope: "kherson province"}, &item{scope: "kherson"}), "one place in other words")
}
