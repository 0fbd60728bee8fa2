package compare

import (
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// in places a fact in a sentence that starts at byte from of its document:
// its text is found in the sentence (the n-th occurrence, 1 if n is 0).
func in(s string, from int, n ...int) opt {
	return func(f *facts.Fact) {
		k := 1
		if len(n) > 0 {
			k = n[0]
		}
		i := -1
		for ; k > 0; k-- {
			j := strings.Index(s[i+1:], f.Text)
			if j < 0 {
				panic(f.Text + " not in " + s)
			}
			i += j + 1
		}
		f.Sentence, f.Start, f.End = s, from+i, from+i+len(f.Text)
	}
}

func TestSentenceOffset(t *testing.T) {
	s := "Of 25 drones, 25 were shot down and 3 fell."
	items := []*item{
		{f: fc("25", "", 25, in(s, 100, 2))},
		{f: fc("3", "", 3, in(s, 100))},
	}
	si := &sentInfo{text: s, items: items}
	assert.Equal(t, 100, sentenceOffset(si), "the second 25 is the one at its offset")
	si.items = []*item{{f: fc("7", "", 7, at(100), sentence(s))}}
	assert.Equal(t, -1, sentenceOffset(si), "a text not in the sentence")
}

func TestSentenceTermsLeaveFiguresOut(t *testing.T) {
	s := "The blaze burned nearly 900 hectares and destroyed more than 2,200 buildings."
	a := fc("nearly 900 hectares", "", 900, quantity("ha"), approx(), in(s, 0))
	b := fc("more than 2,200 buildings", "buildings destroyed", 2200, moreThan(), in(s, 0))
	items := []*item{prepare(a, 0, 0, 0.1, termCache{}), prepare(b, 0, 1, 0.1, termCache{})}
	bindSentences(items, termCache{})
	var got []string
	for _, t := range items[0].terms {
		got = append(got, t.t)
	}
	assert.Equal(t, []string{"burn", "destroy", "fire"}, got,
		"the figures' words (hectares, buildings, nearly) are left out; blaze is fire")
}

func TestContextTerms(t *testing.T) {
	s := "Forty of the 48 drones were intercepted over Kyiv"
	got := contextTerms(s, 0, termCache{})
	assert.Equal(t, 0, got.at)
	assert.Equal(t, []int{2}, got.pos["drone"], "forty, 48, drones: stop words do not count")
	assert.Equal(t, []int{3}, got.pos["ev:shot down"], "intercepted names the event")
	assert.NotContains(t, got.pos, "the")
	got = contextTerms("fell 1% as prices went down", -1, termCache{})
	assert.NotContains(t, got.pos, "ev:shot down", `"down" alone is a direction`)
	assert.Equal(t, -1, got.at)
}

func TestCandidateWithin(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		at       string // the figure
		subject  string
		ok       bool
		dist     int
	}{
		{"a phrase right before", "The latest military aid package for Ukraine, worth $5.3bn, will focus on air defence.",
			"$5.3bn", "military aid package", true, 3},
		{"a phrase right after", "Arsenal paid €121m, a record fee for a British player.", "€121m", "British record fee", true, 1},
		{"one word missing", "The latest military package for Ukraine, worth $5.3bn.", "$5.3bn", "military aid package", false, 0},
		{"words strewn over the sentence", "Core prices, which leave out volatile food and energy costs, rose 0.2% on the month.",
			"0.2%", "energy prices", false, 0},
		{"too far from the figure",
			"The aid package was announced on Monday in Washington by the president and his advisers before cameras, and in the evening its worth was put at $5bn.",
			"$5bn", "aid package", false, 0},
		{"the nearest of two occurrences", "Inflation fell, and inflation, at 7.9%, remained high.", "7.9%", "inflation", true, 1},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			terms, ev := subjectTerms(tt.subject, "")
			c := &candidate{terms: terms, event: ev}
			d, ok := c.within(contextTerms(tt.sentence, strings.Index(tt.sentence, tt.at), termCache{}))
			assert.Equal(t, tt.ok, ok)
			if ok {
				assert.Equal(t, tt.dist, d)
			}
		})
	}
}

func TestWeakSubject(t *testing.T) {
	tests := []struct {
		subject string
		weak    bool
	}{
		{"Ukraine", true},
		{"Seville", true},
		{"West Ham", true},
		{"Ukraine's", true},
		{"British", true},
		{"GDP", false},
		{"Britain's GDP", false},
		{"military aid package", false},
		{"England midfielder", false},
		{"people killed", false},
		{"", false},
	}
	for _, tt := range tests {
		t.Run(tt.subject, func(t *testing.T) {
			terms, _ := subjectTerms(tt.subject, "")
			assert.Equal(t, tt.weak, weakSubject(tt.subject, terms))
		})
	}
}

func TestLevelsAfterChanges(t *testing.T) {
	tests := []struct {
		name     string
		sentence string
		change   facts.Fact
		level    facts.Fact
		other    facts.Fact // in b.txt
		align    bool
	}{
		{"same kind, closely after",
			"The ECB cut its deposit rate by 25 basis points to 3.75%.",
			fc("25 basis points", "deposit rate", 25, percent("bp"), change("down", "by")),
			fc("3.75%", "", 3.75, percent("%")),
			fc("3.5%", "deposit rate", 3.5, percent("%")), true},
		{"another kind, just 'to' between",
			"Brent crude rose 1.7% to $93 a barrel after the decision.",
			fc("1.7%", "brent crude", 1.7, percent("%"), change("up", "by")),
			fc("$93", "", 93, money("USD")),
			fc("$91", "brent crude", 91, money("USD")), true},
		{"another kind, more between",
			"Brent crude rose 1.7%, and the fund sold $93 of it.",
			fc("1.7%", "brent crude", 1.7, percent("%"), change("up", "by")),
			fc("$93", "", 93, money("USD")),
			fc("$91", "brent crude", 91, money("USD")), false},
		{"a change after the level does not count",
			"It stood at $93 after Brent crude rose 1.7%.",
			fc("1.7%", "brent crude", 1.7, percent("%"), change("up", "by")),
			fc("$93", "", 93, money("USD")),
			fc("$91", "brent crude", 91, money("USD")), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ch, lv := tt.change, tt.level
			in(tt.sentence, 40)(&ch)
			in(tt.sentence, 40)(&lv)
			r := Compare([]Doc{{Name: "a.txt", Facts: []facts.Fact{ch, lv}}, doc("b.txt", tt.other)}, Options{})
			ga, gb := groupOf(r, "a.txt", lv.Text), groupOf(r, "b.txt", tt.other.Text)
			require.NotNil(t, ga)
			assert.Equal(t, tt.align, ga == gb, keys(r))
			if tt.align {
				assert.Equal(t, StatusConflict, ga.Status)
			}
		})
	}
}

func TestBorrowSubjects(t *testing.T) {
	usd, eur := money("USD"), money("EUR")
	shot := event("shot down")
	tests := []struct {
		name  string
		a     []facts.Fact // a.txt, placed in their sentences
		b     facts.Fact   // b.txt
		fact  string       // a.txt's fact that should or should not join b's
		align bool
	}{
		{"a sentence that states another report's subject in full",
			[]facts.Fact{fc("$5.3bn", "", 5.3e9, usd, in("The latest US military aid package for Ukraine, worth $5.3bn, will focus on air defence.", 0))},
			fc("$4.9bn", "military aid package", 4.9e9, usd), "$5.3bn", true},
		{"a weak subject (a place) is completed",
			[]facts.Fact{fc("$4.87 billion", "Ukraine", 4.87e9, usd, in("A new US military aid package for Ukraine is worth $4.87 billion.", 0))},
			fc("$5.3bn", "military aid package", 5.3e9, usd), "$4.87 billion", true},
		{"currencies borrow across: not comparable, still aligned",
			[]facts.Fact{fc("about €4.5bn", "", 4.5e9, eur, approx(), in("Europe welcomed a new military aid package, worth about €4.5bn.", 0))},
			fc("$4.9bn", "military aid package", 4.9e9, usd), "about €4.5bn", true},
		{"a part of the subject is not enough",
			[]facts.Fact{fc("$5.3bn", "", 5.3e9, usd, in("The latest aid for Ukraine, worth $5.3bn, will focus on air defence.", 0))},
			fc("$4.9bn", "military aid package", 4.9e9, usd), "$5.3bn", false},
		{"words that are another figure's subject",
			[]facts.Fact{
				fc("412 seats", "seats", 412, in("Labour won 412 seats, giving it a majority of 174.", 0)),
				fc("174", "", 174, in("Labour won 412 seats, giving it a majority of 174.", 0)),
			},
			fc("410 seats", "seats", 410), "174", false},
		{"two figures without subject in the sentence",
			[]facts.Fact{
				fc("40", "", 40, in("Of the drones, 40 were shot down and 5 were lost.", 0)),
				fc("5", "", 5, in("Of the drones, 40 were shot down and 5 were lost.", 0)),
			},
			fc("47 drones", "drones shot down", 47, shot), "40", false},
		{"the event comes along when the sentence names it",
			[]facts.Fact{
				fc("48 drones", "drones launched", 48, event("launched"), in("Forty of the 48 drones launched were intercepted.", 0)),
				fc("Forty", "", 40, in("Forty of the 48 drones launched were intercepted.", 0)),
			},
			fc("47 drones", "drones shot down", 47, shot), "Forty", true},
		{"but not when it does not",
			[]facts.Fact{fc("Forty drones", "", 40, in("Forty drones flew over the city.", 0))},
			fc("47 drones", "drones shot down", 47, shot), "Forty drones", false},
		{"a count in a sentence naming an event does not take a subject without one",
			[]facts.Fact{
				fc("31", "", 31, in("The death toll from the missile strike rose to 31 as 5 homes burned.", 0)),
				fc("5 homes", "homes", 5, in("The death toll from the missile strike rose to 31 as 5 homes burned.", 0)),
			},
			fc("25 missiles", "missiles", 25), "31", false},
		{"a subject its own report gives to a figure it disagrees with",
			[]facts.Fact{
				fc("12-year", "sentence", 12, kind(facts.KindDuration), unit("year"), in("He was given a 12-year sentence.", 0)),
				fc("19 years", "", 19, kind(facts.KindDuration), unit("year"), in("The judge set a minimum sentence of 19 years.", 100)),
			},
			fc("19 years", "sentence", 19, kind(facts.KindDuration), unit("year")), "19 years", false},
		{"but one it agrees with",
			[]facts.Fact{
				fc("19-year", "sentence", 19, kind(facts.KindDuration), unit("year"), in("He was given a 19-year sentence.", 0)),
				fc("19 years", "", 19, kind(facts.KindDuration), unit("year"), in("The judge set a sentence of 19 years.", 100)),
			},
			fc("19 years", "sentence", 19, kind(facts.KindDuration), unit("year")), "19 years", true},
		{"a figure counting people takes no other noun",
			[]facts.Fact{fc("More than 20,000 people", "people", 20000, moreThan(),
				in("More than 20,000 people crossed the Channel in small boats.", 0))},
			fc("25,000 boats", "boats", 25000), "More than 20,000 people", false},
		{"another kind offers nothing",
			[]facts.Fact{fc("5.3", "", 5.3, in("The military aid package grew by 5.3 tonnes.", 0))},
			fc("$4.9bn", "military aid package", 4.9e9, usd), "5.3", false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare([]Doc{{Name: "a.txt", Facts: tt.a}, doc("b.txt", tt.b)}, Options{})
			ga, gb := groupOf(r, "a.txt", tt.fact), groupOf(r, "b.txt", tt.b.Text)
			require.NotNil(t, ga)
			assert.Equal(t, tt.align, ga == gb, keys(r))
		})
	}
}

func TestBorrowTakesTheNearestOfEqualSubjects(t *testing.T) {
	s := "Arsenal signed Declan Rice from West Ham for €121m, a record fee for a British player."
	a := []facts.Fact{fc("€121m", "", 121e6, money("EUR"), in(s, 0))}
	b := doc("b.txt",
		fc("£105m", "declan rice signed", 105e6, money("GBP"), at(0)),
		fc("£100m", "british record fee", 100e6, money("GBP"), at(300)))
	r := Compare([]Doc{{Name: "a.txt", Facts: a}, b}, Options{})
	g := groupOf(r, "a.txt", "€121m")
	require.NotNil(t, g)
	assert.Equal(t, g, groupOf(r, "b.txt", "£100m"), "record fee … British stands nearer: %s", keys(r))
	assert.Equal(t, StatusNotComparable, g.Status)
}
