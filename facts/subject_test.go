package facts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// subjectCase is one sentence and the subject the figure whose text
// contains text must carry.
type subjectCase struct {
	name, in, text, subject string
}

// checkSubjects runs each case through Extract and compares the subject of
// the first fact whose text contains the case's text.
func checkSubjects(t *testing.T, cases []subjectCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *facts.Fact
			fs := facts.ExtractString("t", c.in)
			for i := range fs {
				if strings.Contains(fs[i].Text, c.text) {
					got = &fs[i]
					break
				}
			}
			require.NotNilf(t, got, "no fact with text %q in %q; got %v", c.text, c.in, fs)
			assert.Equal(t, c.subject, got.Subject, "subject of %q in %q", got.Text, c.in)
		})
	}
}

// TestCountEventLaterInClause: a count that opens its clause takes the
// canonical event its verb names, however far the verb comes after it;
// other events only when they stand by the noun.
func TestCountEventLaterInClause(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"perfect tense after a place", "Officials fear that all 96 people on the ferry have drowned or died.", "96", "people killed"},
		{"across a list of victims", "At least four miners, two guards, and a cook, are said to have been killed in the blast.", "four", "miners killed"},
		{"second of a list", "At least four miners, two guards, and a cook, are said to have been killed in the blast.", "two", "guards killed"},
		{"feared dead", "A further 12 villagers in the valley are feared dead.", "12", "villagers killed"},
		{"after a comma and only", "At first, only three climbers were thought to have been hurt.", "three", "climbers injured"},
		{"taken to hospital", "Witnesses said that nine pupils, most from the same class, were taken to the town hospital.", "nine", "pupils hospitalised"},
		{"found dead", "Rescuers say 14 hikers have been found dead near the summit.", "14", "hikers killed"},
		{"an active verb is the subject's deed", "At least 30 gunmen stormed the barracks and killed 11 soldiers.", "30", "gunmen"},
		{"an active verb with its object", "Two rebels later killed the guards.", "Two", "rebels"},
		{"a participle clause of its own", "Some 40 trucks crossed the border, injuring nobody.", "40", "trucks"},
		{"a later clause has its own subject", "Two of the workers were in a stable condition, and a further five were injured.", "Two", "workers"},
		{"a clause after when", "Eleven tourists waited when the bus was hit and two were killed.", "Eleven", "tourists"},
		{"an object is not the clause subject", "The storm flattened 40 barns and three farmers were killed.", "40", "barns"},
		{"a death count later is another figure's", "At least 60 hamlets with 9,000 people were flattened, with 30 deaths.", "60", "hamlets"},
		{"other events only by the noun", "Nearly 200 prisoners have been freed.", "200", "prisoners"},
		{"a simple passive keeps its event", "No fewer than 900 homes were damaged.", "900", "homes damaged"},
		{"the phrase names the event", "Medics said they had reached 15 wounded soldiers.", "15", "wounded soldiers"},
		{"others are people", "The blast killed 6 people and wounded 51 others.", "51", "people injured"},
	})
}

// TestCountNouns: what a count counts when the noun is not right after it
// or is itself an event word.
func TestCountNouns(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"bodies are counted, not an event", "The coroner said 31 bodies had been identified.", "31", "bodies"},
		{"bodies recovered from", "Divers have 12 bodies recovered from the lake.", "12", "bodies recovered"},
		{"bodies of", "The bodies of at least 9 sailors were found on the beach.", "9", "sailors killed"},
		{"casualties stay casualties", "The derailment caused at least 70 casualties.", "70", "casualties"},
		{"hostages stay hostages", "Eight hostages were later released.", "Eight", "hostages"},
		{"a noun of hostages before the figure", "The rebels took hostages at four embassies.", "four", "embassies"},
		{"on board", "A ferry with 310 on board sank.", "310", "people on board"},
		{"aboard", "Jet with 64 aboard lands safely", "64", "people aboard"},
		{"crew aboard keeps the noun", "It landed with 90 passengers and 5 crew aboard.", "5", "crew"},
		{"a crew of", "The boat carried 12 divers and a crew of 4.", "4", "crew"},
		{"a total of says nothing", "Police held a total of 40 overnight.", "40", ""},
		{"coordinated plural", "The flood swept away about 3,000 barns and stables.", "3,000", "barns and stables"},
		{"coordinated adjectives", "Envoys of nine Nordic and Baltic states met.", "nine", "Nordic and Baltic states"},
		{"a figure after and is its own", "They counted 40 cows and 12 horses.", "40", "cows"},
		{"a part of a whole shares its verb", "Shelling killed at least 30 villagers, including 8 children.", "8", "children killed"},
		{"a part of a counted event", "Police confirmed 41 deaths, including 6 women.", "6", "women killed"},
		{"a toll earlier in the clause", "The death toll from the fire now stands at 212.", "212", "people killed"},
		{"deaths earlier in the clause", "Officials said the number of deaths could rise to 90.", "90", "people killed"},
	})
}

// TestCompoundCounts: a number joined to a singular noun qualifies the noun
// after it (testdata/wikinews/README.md: "seven-car commuter train" counts
// cars, its subject the train).
func TestCompoundCounts(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"hyphenated", "A four-car passenger train left the rails.", "four", "passenger train"},
		{"hyphenated with a verb after", "It was the worst since a two-bus collision killed 40.", "two", "collision"},
		{"hyphenated storey", "Fire gutted a twelve-storey office block.", "twelve", "office block"},
		{"classifier without hyphen", "They won a twenty seat majority.", "twenty", "majority"},
		{"plural counts stay", "They won twenty seats.", "twenty", "seats"},
	})
}
