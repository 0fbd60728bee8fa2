package compare

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

func reportOf(name, text string) Doc {
	return Doc{Name: name, Facts: facts.Extract(name, []byte(text)), Date: PublishedDate([]byte(text))}
}

// TestMainFiguresJoin: two reports' first death tolls are one thing
// however they are worded, and the later report's part of its toll
// ("including two people who died…") does not stand in for it.
func TestMainFiguresJoin(t *testing.T) {
	a := reportOf("a.txt", "Published 28 August 2024\nStorm slams the coast\n\nThe storm killed two people, state officials said. More than 1 million customers lost power on Wednesday.\n")
	d := reportOf("d.txt", "Published 29 August 2024\nStorm weakens as the toll rises to six\n\nThe death toll rose to six, including two people who died of carbon monoxide poisoning from generators, officials said.\n")
	r := Compare([]Doc{a, d}, Options{})
	g := groupOf(r, "a.txt", "two people")
	require.NotNil(t, g)
	var texts []string
	for _, f := range g.Facts {
		texts = append(texts, f.Doc+" "+f.Text)
	}
	assert.Contains(t, texts, "d.txt six", "the later report's toll joins the first one's: %v", texts)
	assert.NotContains(t, texts, "d.txt two people", "a part of the later toll is not the toll: %v", texts)
	require.NotEmpty(t, g.Disagreements, "two against six is a conflict (an update)")
	assert.True(t, g.Disagreements[0].Update)
}

// TestMainFiguresStayApart: the rule joins nothing its conditions keep
// apart: a named part, another group of people, a figure of another time,
// figures more than ten times apart.
func TestMainFiguresStayApart(t *testing.T) {
	k := event("killed")
	tests := []struct {
		name string
		a, b facts.Fact
	}{
		{"civilians and soldiers", fc("12", "civilians killed", 12, k), fc("40", "soldiers killed", 40, k)},
		{"a province's toll", fc("12", "people killed", 12, k), func() facts.Fact { f := fc("40", "people killed", 40, k); f.Scope = "Karnali province"; return f }()},
		{"another year's toll", fc("12", "people killed", 12, k), func() facts.Fact { f := fc("7", "people killed", 7, k); f.Time = "2019"; return f }()},
		{"far apart", fc("3", "people killed", 3, k), fc("300", "people killed", 300, k)},
	}
	join := func(a, b facts.Fact) int {
		docs := []Doc{doc("a.txt", a), doc("b.txt", b)}
		items, claims := prepareAll(docs, Options{}.withDefaults())
		require.Len(t, items, 2)
		return len(joinMainFigures([][]*claim{{claims[0]}, {claims[1]}}, claims, docs))
	}
	require.Equal(t, 1, join(fc("12", "people killed", 12, k), fc("40", "people killed", 40, k)), "two plain tolls join")
	soFar := fc("40", "people killed", 40, k)
	soFar.Time = "so far"
	require.Equal(t, 1, join(fc("12", "people killed", 12, k), soFar), "a toll so far is the toll as it stands")
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.Equal(t, 2, join(tt.a, tt.b))
		})
	}
}

// TestTallyMeasureJoins: an outbreak's first count of confirmed cases in
// each report is one tally as it stood that day, however far the wording
// and the figures (within ten times) are apart; a count of another measure
// (doses) is not.
func TestTallyMeasureJoins(t *testing.T) {
	join := func(a, b facts.Fact) int {
		docs := []Doc{doc("a.txt", a), doc("b.txt", b)}
		_, claims := prepareAll(docs, Options{}.withDefaults())
		return len(joinMainFigures([][]*claim{{claims[0]}, {claims[1]}}, claims, docs))
	}
	cases := func(text string, v float64) facts.Fact {
		f := fc(text, "confirmed cases", v)
		f.Measure = "case"
		return f
	}
	assert.Equal(t, 1, join(cases("20 confirmed cases", 20), cases("46 cases", 46)), "two reports' case tallies join")
	doses := fc("700 doses", "doses", 700)
	doses.Measure = "dose"
	assert.Equal(t, 2, join(cases("70 cases", 70), doses), "doses are no case tally")
	assert.Equal(t, 2, join(cases("2 cases", 2), cases("64 cases", 64)), "more than ten times apart")
}

// TestPlaceMainFigures: a report's first toll of a place is that place's
// main figure, which meets another report's of the same place however the
// place is named, and never the nation's toll or another place's.
func TestPlaceMainFigures(t *testing.T) {
	for _, tt := range []struct{ scope, want string }{
		{"pakistan's northern city of peshawar", "peshawar"},
		{"peshawar", "peshawar"},
		{"gansu province", "gansu"},
		{"the czech republic", "czech"},
		{"the capital", ""},
		{"turkey and syria", ""},
		{"", ""},
	} {
		assert.Equal(t, tt.want, placeKey(tt.scope), tt.scope)
	}
	docs := []Doc{
		reportOf("a.txt", "Mosque blast\n\nA suicide bomber struck a mosque in Peshawar, killing 44 worshippers, police said.\n"),
		reportOf("b.txt", "Toll climbs\n\nThe death toll in the bombing in Pakistan's northern city of Peshawar has risen to 100.\n"),
		reportOf("c.txt", "Toll in the north\n\nAt least 60 people died in Quetta, officials said.\n"),
	}
	_, claims := prepareAll(docs, Options{}.withDefaults())
	keys := mainKeys(claims)
	byDoc := map[string]string{}
	for c, k := range keys {
		byDoc[docs[c.doc].Name] = k
	}
	require.NotEmpty(t, byDoc["a.txt"], "a's Peshawar toll is its main figure of the place")
	assert.Equal(t, byDoc["a.txt"], byDoc["b.txt"], "one place, two names")
	assert.NotEqual(t, byDoc["a.txt"], byDoc["c.txt"], "another place")
}

// TestTallyOutgrowsBound: an outbreak's tally of cases outgrows another
// report's lower bound as a toll does ("over 23,400 suspected cases",
// later "218,798 suspected cases"); a count of another measure within
// the bound does not.
func TestTallyOutgrowsBound(t *testing.T) {
	a := reportOf("a.txt", "Yemen has recorded over 23,400 suspected cholera cases, the WHO said.\n")
	b := reportOf("b.txt", "Yemen has recorded 218,798 suspected cholera cases, the WHO said.\n")
	var cases *facts.Fact
	for i := range a.Facts {
		if a.Facts[i].Measure == "case" {
			cases = &a.Facts[i]
		}
	}
	require.NotNil(t, cases, "the extractor reads the cases: %v", a.Facts)
	items, _ := prepareAll([]Doc{a, b}, Options{}.withDefaults())
	var bound, later *item
	for _, it := range items {
		if it.measure == "case" && it.doc == 0 {
			bound = it
		}
		if it.measure == "case" && it.doc == 1 {
			later = it
		}
	}
	require.NotNil(t, bound)
	require.NotNil(t, later)
	assert.True(t, risenPastBound(bound, later), "the tally has moved on from the bound")
	bound.measure, later.measure = "school", "school"
	assert.False(t, risenPastBound(bound, later), "schools are no tally of an outbreak")
}
