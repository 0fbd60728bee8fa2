package facts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// TestOrdinalToll: an ordinal said of a death or a victim is the count the
// cardinal wording gives ("the 14th person to die" as "14 people died"); a
// rank stays an ordinal.
func TestOrdinalToll(t *testing.T) {
	cases := []struct {
		text, fig string
		kind      facts.Kind
		measure   string
		event     string
	}{
		{"He was the 14th person to die in the outbreak.", "14th", facts.KindCount, "people", "killed"},
		{"Officials confirmed a ninth victim on Friday.", "ninth", facts.KindCount, "people", "killed"},
		{"It was the country's 20th death from the virus.", "20th", facts.KindCount, "people", "killed"},
		{"The state recorded its 16th fatality.", "16th", facts.KindCount, "people", "killed"},
		{"She became the fifth person killed in the attacks.", "fifth", facts.KindCount, "people", "killed"},
		{"He is the third man to have died in custody this year.", "third", facts.KindCount, "man", "killed"},
		{"Divers recovered a seventh body from the lake.", "seventh", facts.KindCount, "body", ""},
		{"A nurse was the 14th person to be infected.", "14th", facts.KindCount, "people", "infected"},
		// ranks
		{"Growth slowed in the second quarter.", "second", facts.KindOrdinal, "quarter", ""},
		{"It was the third-largest drop on record.", "third", facts.KindOrdinal, "drop", ""},
		{"It is the worst flood of the 21st century.", "21st", facts.KindOrdinal, "century", ""},
		{"He was the second person to walk on the moon.", "second", facts.KindOrdinal, "person", ""},
		{"It was the fourth death-defying stunt of the show.", "fourth", facts.KindOrdinal, "", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got *facts.Fact
			for _, f := range facts.ExtractString("t", c.text) {
				if f.Text == c.fig {
					got = &f
					break
				}
			}
			require.NotNil(t, got, "no fact %q in %q", c.fig, c.text)
			assert.Equal(t, c.kind, got.Kind, "kind")
			if c.measure != "" {
				assert.Equal(t, c.measure, got.Measure, "measure")
			}
			assert.Equal(t, c.event, got.Event, "event")
			if c.kind == facts.KindCount {
				require.NotNil(t, got.Value)
				assert.Equal(t, "level", got.Role, "role")
			}
		})
	}
}

// TestListedPlaceOne: a bare "one" that ends a list of counts by place is
// the list's last count ("three in Guerrero and one in Oaxaca"); the
// indefinite "one" stays no figure.
func TestListedPlaceOne(t *testing.T) {
	cases := []struct {
		text  string
		count bool // "one" is read as a count
		scope string
	}{
		{"The dead included 43 in Puebla, three in Guerrero and one in Oaxaca.", true, "oaxaca"},
		// "from" a place names no scope (README: measured, not kept)
		{"Officials counted 94 from Mexico City, four from Guerrero, one from Oaxaca.", true, ""},
		{"Only one in Oaxaca said it would reopen schools.", false, ""},
		{"Three officials resigned and one in Paris was suspended.", false, ""},
		{"Prices rose 3% in Lima, and one in five households in Cusco cut spending.", false, ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got *facts.Fact
			for _, f := range facts.ExtractString("t", c.text) {
				if f.Text == "one" {
					got = &f
				}
			}
			if !c.count {
				assert.Nil(t, got)
				return
			}
			require.NotNil(t, got, "one is a count")
			assert.Equal(t, facts.KindCount, got.Kind)
			require.NotNil(t, got.Value)
			assert.Equal(t, 1.0, *got.Value)
			assert.Equal(t, c.scope, got.Scope)
		})
	}
}

// TestApposedAge: an age set off by commas after a name is that person's
// age; after an acronym or a date word the number is no age.
func TestApposedAge(t *testing.T) {
	cases := []struct {
		text, fig, subject string // subject "" for no age
	}{
		{"Police named the gunman as Stephen Paddock, 64, of Mesquite, Nevada.", "64", "Stephen Paddock"},
		{"Among the dead was John Atkinson, 28.", "28", "John Atkinson"},
		{"The victims were Saffie Rose Roussos, eight, and two others.", "eight", "Saffie Rose Roussos"},
		{"Mr Smith, one of the officials, declined to comment.", "one", ""},
		{"Georgina Callander, 18, of Lancashire, was named.", "18", "Georgina Callander"},
		{"Governor Kazuo Ueda, 72, told reporters rates would stay low.", "72", "Governor Kazuo Ueda"},
		{"Seats so far: the SNP, 48, the DUP, 8.", "48", ""},
		{"The talks resumed in March, 12, days after the vote.", "12", ""},
	}
	for _, c := range cases {
		t.Run(c.text, func(t *testing.T) {
			var got *facts.Fact
			for _, f := range facts.ExtractString("t", c.text) {
				if f.Text == c.fig && f.Kind == facts.KindAge {
					got = &f
				}
			}
			if c.subject == "" {
				assert.Nil(t, got, "no age")
				return
			}
			require.NotNil(t, got, "an age")
			assert.Equal(t, "year", got.Unit)
			assert.Equal(t, c.subject, got.Subject)
		})
	}
}

// TestMixedNumberStep: a mixed number is rounded to its fraction's step,
// as the same number in words is ("9 1/2 minutes" may be 9:29).
func TestMixedNumberStep(t *testing.T) {
	for _, c := range []struct {
		text, fig string
		step      float64
	}{
		{"He knelt on his neck for 9 1/2 minutes.", "9 1/2 minutes", 0.5},
		{"He knelt on his neck for nine and a half minutes.", "nine and a half minutes", 0.5},
		{"The road is 3 3/4 miles long.", "3 3/4 miles", 0.25},
		{"He served an 11-1/2 year term.", "11-1/2 year", 0.5},
	} {
		got := factWithText(t, c.text, c.fig)
		assert.InDelta(t, c.step, got.Precision, 1e-9, c.text)
	}
}

// TestAgeMoved: an age a change moves is an age at both ends ("raise the
// retirement age from 62 to 64", "to 64 from 62"), the old one the level
// it changed from.
func TestAgeMoved(t *testing.T) {
	for _, text := range []string{
		"The government wants to raise the retirement age from 62 to 64.",
		"Macron plans to raise the retirement age to 64 from 62.",
	} {
		byValue := map[float64]facts.Fact{}
		for _, f := range facts.ExtractString("t", text) {
			if f.Value != nil {
				byValue[*f.Value] = f
			}
		}
		old, now := byValue[62], byValue[64]
		assert.Equal(t, facts.KindAge, old.Kind, text)
		assert.Equal(t, facts.KindAge, now.Kind, text)
		assert.Equal(t, "from", old.ChangeRole, text)
		assert.Equal(t, "to", now.ChangeRole, text)
	}
	for _, f := range facts.ExtractString("t", "The bus went from 62 to 64 stops.") {
		assert.NotEqual(t, facts.KindAge, f.Kind, "no age without the word")
	}
}

// TestKindInContext: what stands around a number decides its kind: a
// four-digit number after "and" with an event's noun after it is a count
// ("297,438 cases and 1706 deaths"), after a year and "and" the other end
// of a span of years; "39-year old" before a person is an age, before a
// thing the thing's span.
func TestKindInContext(t *testing.T) {
	for _, c := range []struct {
		text, fig string
		kind      facts.Kind
	}{
		{"By 7 July there were 297,438 cases and 1706 deaths.", "1706 deaths", facts.KindCount},
		{"Police made 1200 arrests and 1500 arrests followed.", "1500 arrests", facts.KindCount},
		{"Between 1990 and 2000 deaths fell sharply.", "2000", facts.KindDate},
		{"The 39-year old Macron won the run-off.", "39-year old", facts.KindAge},
		{"A 34-year old man was arrested.", "34-year old", facts.KindAge},
		{"A 10-year old building collapsed.", "10-year", facts.KindDuration},
	} {
		got := factWithText(t, c.text, c.fig)
		assert.Equal(t, c.kind, got.Kind, c.text)
	}
}

// TestPutTheTollAt: a verb that sets the toll at a figure makes it the
// toll past a modifier's figure between ("put the toll from the
// 7.9-magnitude temblor at 3,815").
func TestPutTheTollAt(t *testing.T) {
	for _, c := range []struct{ text, fig, event string }{
		{"The home ministry put the toll from the 7.9-magnitude temblor at 3,815.", "3,815", "killed"},
		{"Officials put the death toll at 52.", "52", "killed"},
		{"The toll from the 7.9-magnitude quake was revised, and 3,815 homes fell.", "3,815 homes", ""},
	} {
		got := factWithText(t, c.text, c.fig)
		assert.Equal(t, c.event, got.Event, c.text)
	}
}
