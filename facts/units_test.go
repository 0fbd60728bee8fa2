package facts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/figcheck/figcheck/facts"
)

// TestLetterCelsius: a C written against its number is degrees Celsius
// where the sentence speaks of heat or of the climate, in either case
// ("1.48c hotter", "the 1.5C temperature target"); elsewhere, or as a price
// per thing ("75c a litre"), it is no temperature, and a count is never of
// the stray letter: it is kept, uncertain, with no subject.
func TestLetterCelsius(t *testing.T) {
	for _, tt := range []struct {
		in, text  string
		kind      facts.Kind
		unit      string
		subject   string
		uncertain bool
	}{
		{"The planet was 1.48c hotter in 2023 than before the burning of fossil fuels.", "1.48c", facts.KindQuantity, "°C", "planet", false},
		{"The figure is very close to the 1.5c temperature target set in Paris.", "1.5c", facts.KindQuantity, "°C", "temperature target", false},
		{"The figure is very close to the 1.5C temperature target set in Paris.", "1.5C", facts.KindQuantity, "°C", "temperature target", false},
		{"Global temperature would need to be consistently above 1.5c for the target to be broken.", "above 1.5c", facts.KindQuantity, "°C", "", false},
		{"Every day was at least 1c warmer than the pre-industrial record.", "at least 1c", facts.KindQuantity, "°C", "", false},
		{"The climate service said the 1.5c mark will be passed within a year.", "1.5c", facts.KindQuantity, "°C", "mark", false},
		{"The average temperature was 0.17c higher than in 2016.", "0.17c", facts.KindQuantity, "°C", "average temperature", false},
		{"The hot water tank now costs 75c more.", "75c", facts.KindQuantity, "°C", "", true}, // money and heat: not sure
		// cents, not degrees
		{"Petrol rose to 75c a litre.", "75c", facts.KindCount, "", "", true},
		{"Water now costs 75c a litre.", "75c", facts.KindCount, "", "", true},
		{"Shares rose 11c to close at $4.20.", "11c", facts.KindCount, "", "", true},
		{"The weather was fine; the 13F filing showed the stakes.", "13F filing", facts.KindCount, "", "filing", true},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.kind, f.Kind, tt.in)
		assert.Equal(t, tt.unit, f.Unit, tt.in)
		assert.Equal(t, tt.subject, f.Subject, tt.in)
		assert.Equal(t, tt.uncertain, f.Uncertain, tt.in)
	}
}

// TestBoundedAgeOf: a hedge before "the age of" bounds the age, and the
// phrase is the figure's text ("under the age of 5": less than 5); a hedge
// between "aged" and the number does the same ("aged over 50").
func TestBoundedAgeOf(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		bound    facts.Bound
		subject  string
	}{
		{"Polio mainly affects children under the age of 5.", "under the age of 5", facts.BoundLessThan, "children"},
		{"The vaccine is offered to people over the age of 65.", "over the age of 65", facts.BoundMoreThan, "people"},
		{"Voting is open to adults above the age of 18.", "above the age of 18", facts.BoundMoreThan, "adults"},
		{"Most of the runners were around the age of 40.", "around the age of 40", facts.BoundApprox, "runners"},
		{"Women aged over 50 are invited for screening.", "over 50", facts.BoundMoreThan, "women"},
		{"He was arrested at the age of 17.", "17", facts.BoundExact, ""},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, facts.KindAge, f.Kind, tt.in)
		assert.Equal(t, tt.bound, f.Bound, tt.in)
		assert.Equal(t, tt.subject, f.Subject, tt.in)
	}
}

// TestArticleSpan: "a"/"an" before a span of time is one of it after a
// hedge ("more than a century", "about an hour") and before a span of many
// years ("a decade"); decades and centuries are given in years. Alone, "a
// year" is a rate or a relative time and no figure.
func TestArticleSpan(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		value    float64
		unit     string
		bound    facts.Bound
	}{
		{"It was the first time in more than a century.", "more than a century", 100, "year", facts.BoundMoreThan},
		{"It has not happened for more than a decade.", "more than a decade", 10, "year", facts.BoundMoreThan},
		{"The port took a decade to rebuild.", "a decade", 10, "year", facts.BoundExact},
		{"The dispute lasted half a century.", "half a century", 50, "year", facts.BoundExact},
		{"The bridge opened a quarter of a century ago.", "a quarter of a century", 25, "year", facts.BoundExact},
		{"He served three decades in the army.", "three decades", 30, "year", facts.BoundExact},
		{"The plane vanished about an hour before landing.", "about an hour", 1, "hour", facts.BoundApprox},
		{"In less than a month, prices have risen 20%.", "less than a month", 1, "month", facts.BoundLessThan},
		{"Talks went on for at least a week.", "at least a week", 1, "week", facts.BoundAtLeast},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, facts.KindDuration, f.Kind, tt.in)
		if assert.NotNil(t, f.Value, tt.in) {
			assert.InDelta(t, tt.value, *f.Value, 1e-9, tt.in)
		}
		assert.Equal(t, tt.unit, f.Unit, tt.in)
		assert.Equal(t, tt.bound, f.Bound, tt.in)
	}
	for _, in := range []string{"She is paid $50,000 a year.", "Shares fell a day earlier.", "He won for a second time."} {
		for _, f := range facts.ExtractString("t", in) {
			assert.NotEqual(t, facts.KindDuration, f.Kind, "%s: %s", in, f.Text)
		}
	}
}

// TestClassNumber: a number right after a word that names a class ("type",
// "tier", "phase", "stage", "grade") is the class's name, in lower case too,
// unless a plural it counts follows it.
func TestClassNumber(t *testing.T) {
	for _, tt := range []struct{ in, notText, text string }{
		{"Common equity tier 1 ratio was 14.8%.", "1 ratio", "14.8%"},
		{"Type 2 poliovirus was detected in June.", "2 poliovirus", ""},
		{"The phase 3 trial began with 400 volunteers.", "3 trial", "400 volunteers"},
		{"Doctors found stage 4 cancer.", "4 cancer", ""},
		{"At this stage 40 people were hurt.", "", "40 people"},
	} {
		got := facts.ExtractString("t", tt.in)
		var texts []string
		for _, f := range got {
			texts = append(texts, f.Text)
		}
		if tt.notText != "" {
			assert.NotContains(t, texts, tt.notText, tt.in)
		}
		if tt.text != "" {
			assert.Contains(t, texts, tt.text, tt.in)
		}
	}
}

// TestFirstAfterAdjective: "first" is an ordinal after a determiner and one
// adjective ("her historic first Budget", "the very first time"), and an
// adverb after a noun ("the company first reported").
func TestFirstAfterAdjective(t *testing.T) {
	for _, tt := range []struct {
		in      string
		ordinal bool
	}{
		{"She raised taxes in her historic first Budget.", true},
		{"It was the very first time the index fell.", true},
		{"She raised taxes in her first Budget.", true},
		{"The company first reported a loss in May.", false},
	} {
		found := false
		for _, f := range facts.ExtractString("t", tt.in) {
			found = found || f.Kind == facts.KindOrdinal && f.Text == "first"
		}
		assert.Equal(t, tt.ordinal, found, tt.in)
	}
}

// TestEventNounAfterAdjective: an event noun counts the event through the
// words that say how bad it was, in the singular too ("one serious injury",
// "12 minor injuries": people injured), and the text takes the noun in.
func TestEventNounAfterAdjective(t *testing.T) {
	for _, tt := range []struct{ in, text, subject string }{
		{"The strike caused minor damage and one serious injury in the south.", "one serious injury", "people injured"},
		{"The crash caused 12 serious injuries.", "12 serious injuries", "people injured"},
		{"Medics treated 12 minor injuries at the scene.", "12 minor injuries", "people injured"},
		{"There was one death in the county.", "one death", "people killed"},
		{"Officials reported four heat-related deaths on Sunday.", "four heat-related deaths", "heat-related killed"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, facts.KindCount, f.Kind, tt.in)
		assert.Equal(t, tt.subject, f.Subject, tt.in)
	}
}

// TestAttributiveFigureSubject: a figure written as a compound adjective
// qualifies the noun after it, through its dimension ("the 300-metre-long
// vessel") and though the noun is one that never names a figure's noun on
// its own ("its 800-year history", but "in their history").
func TestAttributiveFigureSubject(t *testing.T) {
	for _, tt := range []struct{ in, text, subject string }{
		{"The bank ended its 800-year history in 2023.", "800-year", "history"},
		{"The almost 300-metre-long vessel hit the bridge.", "almost 300-metre", "vessel"},
		{"The 1.6 mile-long bridge collapsed.", "1.6 mile", "bridge"},
		{"The 2.6km-long bridge collapsed.", "2.6km", "bridge"},
		{"A 30-metre wall was built.", "30-metre", "wall"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.subject, f.Subject, tt.in)
	}
}

// TestVerbBeforeNounOf: the noun before "of" that names an amount starts
// after the clause's verb in -ed ("but missed median estimates of $34.06
// billion": median estimates), where a determiner or preposition before a
// participle keeps it in the phrase.
func TestVerbBeforeNounOf(t *testing.T) {
	for _, tt := range []struct{ in, text, subject string }{
		{"Profit climbed 78% but missed median estimates of $34.06 billion.", "$34.06 billion", "median estimates"},
		{"HSBC missed estimates of $34 billion.", "$34 billion", "estimates"},
		{"The expected profit of $5bn was cut.", "$5bn", "profit"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.subject, f.Subject, tt.in)
	}
}
