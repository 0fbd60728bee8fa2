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
		{"an object is not the clause subject", "The storm hit 40 barns and three farmers were killed.", "40", "barns"},
		{"a death count later is another figure's", "At least 60 hamlets with 9,000 people were cut off, with 30 deaths.", "60", "hamlets"},
		{"a verb of destroying before its object", "The fire incinerated 40 barns and three farmers were killed.", "40", "barns destroyed"},
		{"a threat is no destruction", "About 15,000 structures were still threatened.", "15,000", "structures threatened"},
		{"a toll far before the verb that moves it", "The death toll in the landslide that hit the mining village of Masara in Maco, Davao de Oro Tuesday night has risen to 28, an official said.", "28", "people killed"},
		{"a toll past a figure of its own relative clause", "The death toll in the earthquake that measured 6.8 on the Richter scale has gone up to 2,497.", "2,497", "people killed"},
		{"a toll past the magnitude and date of its quake", "The death toll of the 7 magnitude earthquake that struck Morocco on September 8 has risen to 2,960.", "2,960", "people killed"},
		{"those aboard a verb in -ing befalls", "The plane crashed, killing all 157 on board.", "157", "people killed"},
		{"those aboard with no verb", "The plane had 121 on board.", "121", "people on board"},
		{"what a maker produced", "Tesla produced 494,989 vehicles in the quarter.", "494,989", "vehicles"},
		{"surviving with injuries is being injured", "At least 32 residents survived with injuries.", "32", "residents injured"},
		{"a count of nationalities has no people's event", "More than 30 nationalities are among the dead.", "30", "nationalities"},
		{"a preposition with to ends the noun", "Organisers gave a figure of 1.03 million participants thanks to a head count.", "1.03", "participants"},
		{"two events joined are one of their own", "The website reported 42,000 homes destroyed or damaged.", "42,000", "homes damaged or destroyed"},
		{"other events only by the noun", "Nearly 200 prisoners have been freed.", "200", "prisoners"},
		{"a simple passive keeps its event", "No fewer than 900 homes were damaged.", "900", "homes damaged"},
		{"the phrase names the event", "Medics said they had reached 15 wounded soldiers.", "15", "wounded soldiers"},
		{"others are people", "The blast killed 6 people and wounded 51 others.", "51", "people injured"},
		{"others are the things counted before", "More than 1,200 homes were destroyed, and 21,000 others were heavily damaged.", "21,000", "homes"},
		{"others with an event", "The quake destroyed 51,800 homes and damaged 240,000 others.", "240,000", "homes damaged"},
	})
}

// TestCountNouns: what a count counts when the noun is not right after it
// or is itself an event word.
func TestCountNouns(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"bodies are counted, not an event", "The coroner said 31 bodies had been identified.", "31", "bodies"},
		{"bodies recovered from", "Divers have 12 bodies recovered from the lake.", "12", "bodies recovered"},
		{"the people of a population", "The county of Ludian has a population of about 400,000 people.", "about 400,000 people", "population"},
		{"bodies of", "The bodies of at least 9 sailors were found on the beach.", "9", "sailors killed"},
		{"remains of", "Remains of 79 victims have been recovered since the fire erupted.", "79", "victims killed"},
		{"people of a cause", "Russian media said the number of victims of terrorism was 143.", "143", "victims"},
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

// TestCountGapsAndPhrases: counts whose noun is left out after a counted
// one, of-phrases that name the kind, qualifying participles.
func TestCountGapsAndPhrases(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"a noun left out after a name", "The Greens won 40 seats, the Liberals 22 with 9 still open.", "22", "seats"},
		{"a noun left out after with", "The Greens won 40 seats, the Liberals 22 with 9 still open.", "9", "seats"},
		{"an of-phrase naming the kind", "Agents seized 900 rounds of rifle ammunition.", "900", "rounds of rifle ammunition"},
		{"a participle qualifying the noun", "Shelling killed at least 14 displaced families.", "14", "displaced families killed"},
		{"a participle, an event later in the sentence", "As authorities focus on rehousing thousands of displaced people, the death toll has been revised upwards from 131 to 148 died Friday.", "thousands of displaced people", "displaced people"},
		{"the start of a change counts what its end does", "As authorities focus on rehousing thousands of displaced people, the death toll has been revised upwards from 131 to 148 died Friday.", "131", "people killed"},
		{"a model name in the phrase", "It was escorted by two Danish F-35 fighter jets.", "two", "Danish F-35 fighter jets"},
	})
}

// TestStraySubjects: words that stand where a noun would but never name
// what is measured, and headline verbs, are not subjects.
func TestStraySubjects(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"a headline verb", "Magnitude 5.9 earthquake strikes southern Peru", "5.9", "earthquake"},
		{"a headline verb after a count", "Ferry with 88 aboard sinks off coast", "88", "people aboard"},
		{"a superlative alone: the clause's noun", "Six aftershocks followed, the highest being a magnitude 4.1.", "4.1", "aftershocks"},
		{"far alone", "The largest so far was a magnitude 5.2.", "5.2", ""},
		{"a new record is the clause's", "Copper prices in London rose to a new record of $11,200.", "$11,200", "copper prices"},
		{"due to", "The firm expects to cut profit by $0.20 due to the merger.", "$0.20", "profit"},
		{"a currency code after the amount", "The bid was $1.2 billion USD.", "$1.2 billion", "bid"},
		{"a superlative with its noun stays", "It was the 18 lowest readings on record.", "18", "lowest readings"},
		{"ordinal time stays", "It is the first time the club has won.", "first", "time"},
		{"ordinal noun stops before a name", "It is the first time Leeds has won.", "first", "time"},
		{"a swing is a noun", "Polls show a 4.5 percent swing to the Greens.", "4.5 percent", "swing"},
	})
}

// TestPlacingDistances: a distance that places something is said of the
// noun right before it, and of nothing after a verb
// (testdata/wikinews/README.md).
func TestPlacingDistances(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"after a verb", "The wreck was found about 35 kilometres east of the port.", "35 kilometres", ""},
		{"from a place", "Debris was seen 3 miles from the runway.", "3 miles", ""},
		{"apposed noun", "It had its epicentre 48 km north of the capital.", "48 km", "epicentre"},
		{"a measured length stays", "The bridge is 600 metres long.", "600 metres", "bridge"},
	})
}

// TestBracketedConversions: a conversion in brackets measures the same
// thing as the figure before it.
func TestBracketedConversions(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"copies the subject", "The quake struck at a depth of 16 kilometres (10 miles).", "10 miles", "depth"},
		{"of-phrase after the bracket", "Police found 4 pounds (1.8kg) of cocaine.", "4 pounds", "cocaine"},
		{"of-phrase after the bracket, converted", "Police found 4 pounds (1.8kg) of cocaine.", "1.8kg", "cocaine"},
	})
}

// TestMeasuredThings: sizes, spans, prices and compared figures.
func TestMeasuredThings(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"a size after the noun", "The blast left a hole at least 4 m across.", "4 m", "hole"},
		{"in altitude", "Radar lost the jet at about 2,400 meters in altitude.", "2,400 meters", "altitude"},
		{"a span through a copula", "The quarantine period is 14 days under the new rules.", "14 days", "quarantine period"},
		{"a span qualifying nothing", "They met for three hours.", "three hours", ""},
		{"a span of a term", "He was given a minimum term of 12 years.", "12 years", "minimum term"},
		{"a median of says nothing", "Patients were followed for a median of 2.5 years.", "2.5 years", ""},
		{"a size against its noun only", "The fire jumped across roads less than 3 metres wide.", "3 metres", "roads"},
		{"a distance after a comma places", "It came down near the village of Arlen, 12 km west of the city.", "12 km", ""},
		{"a price across its verb", "Copper passes $9,000 a tonne", "$9,000", "copper"},
		{"a price in a phrase after another", "Gold closed at $2,310, after peaking at $2,350.", "$2,350", "gold"},
		{"a month before the noun is when", "March Brent crude rose to a record $130.", "$130", "Brent crude"},
		{"a compared figure", "Net income was $3.1bn, compared with $2.7bn a year before.", "$2.7bn", "net income"},
		{"a noun before a bare verb form", "There are 31 bodies that rescue crews have reached.", "31", "bodies"},
		{"a described participle with its agent", "The 14 towns flooded by the river were cut off.", "14", "towns"},
	})
}

// TestOrdinalPhrases: what a rank ranks.
func TestOrdinalPhrases(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"runs to the head noun", "It is the third largest car parts maker in Asia.", "third", "largest car parts maker"},
		{"a title in capitals", "She became the first female Chief Justice.", "first", "female Chief Justice"},
		{"an adverb before the phrase", "The first of the allegedly rigged ballots was found.", "first", "rigged ballots"},
		{"said of the clause's subject", "This recount is the first since 1998.", "first", "recount"},
	})
}

// TestSimplePassiveLater: an event outside the canonical list later in the
// clause counts in a simple passive only.
func TestSimplePassiveLater(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"simple passive", "Up to 40 brick houses in the town are destroyed.", "40", "brick houses destroyed"},
		{"perfect passive", "Up to 40 brick houses in the town have been destroyed.", "40", "brick houses"},
		{"by the noun with an agent", "It showed scores of barns and sheds destroyed by the storm.", "scores", "barns and sheds destroyed"},
	})
}

// TestRelativeClauseWithList: a relative clause between a subject and its
// verb may hold a list of its own; the figure is still the subject's.
func TestRelativeClauseWithList(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"a list inside the clause", "Core inflation, which excludes energy, food, alcohol and tobacco, slowed to 4.5% in March.", "4.5%", "core inflation"},
		{"no list", "Core inflation, which excludes energy, slowed to 4.5% in March.", "4.5%", "core inflation"},
	})
}

// TestNoNounCounted: a word WordNet knows only as an adverb, adjective or
// verb after a count is not what it counts.
func TestNoNounCounted(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"an adverb after the figure", "The centre has put the national toll of 62 together from district reports.", "62", "people killed"},
		{"a noun stays", "Rescuers found 62 survivors in the rubble.", "62", "survivors"},
	})
}

// TestPlaceAfterSubject: a place after the measure, with its determiner,
// says where, not what.
func TestPlaceAfterSubject(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"in the", "Annual consumer price inflation in the United States eased to 3.4% in April.", "3.4%", "consumer price inflation"},
		{"a depth keeps its preposition", "The quake struck at a depth of 16 kilometres (10 miles).", "16 kilometres", "depth"},
	})
}

// TestCountNamedInClause: a bare figure a clause's "number of …" names.
func TestCountNamedInClause(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"the number <event>", "Rescuers brought out more miners on Thursday, bringing the number rescued from the mine to 27.", "27", "people rescued"},
		{"the number of <people> <event>", "The number of people arrested in Paris rose to 46 following clashes overnight.", "46", "people arrested"},
		{"a running total brought to a figure", "Rescuers said they had recovered 2 more bodies, bringing our total to 16.", "16", "bodies"},
		{"taking the total to", "Officials reported 7 new cases, taking the total to 145.", "145", "cases"},
		{"a preposition in -ing starts no phrase", "Iraq will hold three days of national mourning following a stampede.", "three days", "national mourning"},
	})
}

// TestApposedChangeSubject: a percentage change set after a figure, with
// no noun of its own, measures what that figure measures, not the speaker
// or name the clause opened with; a percentage with its own noun, or after
// a verb, keeps its own reading.
func TestApposedChangeSubject(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"after an amount", `"Demand was strong," chief executive Ingrid Solheim said, adding that the average fare was around 1,150 kroner, 4% higher than last summer.`, "4%", "average fare"},
		{"after a time and a phrase", "Nordhavn Air carried 4,213,000 passengers in July, a monthly record and 6.3% more than a year earlier.", "6.3%", "passengers"},
		{"after a relative time", "The carrier flew 8.1 million passengers last year, up 3.2% from 7.85 million.", "3.2%", "passengers"},
		{"after a date and a word of the whole", "The carrier flew 8.1 million passengers worldwide in 2025, up 3.2%, a record.", "3.2%", "passengers"},
		{"with its own noun", "The airline carried 4,213,000 passengers, with 6.3% more flights than a year earlier.", "6.3%", "flights"},
		{"after a verb", "Revenue reached $2.1bn, and shares rose 3.1% higher.", "3.1%", "shares"},
	})
}

// TestNounVerbModifiers: a verb that is a noun too ("pay", "cost") before
// another noun modifies it, and the phrase goes on; before a determiner it
// is the verb that ends it.
func TestNounVerbModifiers(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"pay deal", "Nurses accept a two-year pay deal.", "two-year", "pay deal"},
		{"wage deal", "Nurses accept a two-year wage deal.", "two-year", "wage deal"},
		{"a verb still ends the phrase", "The 40 workers pay the union a fee.", "40 workers", "workers"},
	})
}

// TestParallelAfterANoun: a figure set against another by "against" or
// "compared with" shares its subject even when the first figure's noun
// phrase stands between them; "to" joins only figures close together.
func TestParallelAfterANoun(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"against", "Girls did better, with 28.4% of their entries graded A* or A against 27.1% for boys.", "27.1%", "entries"},
		{"compared with", "Independent schools saw 48.6% of entries graded A or A*, compared with 22.1% at comprehensive schools.", "22.1%", "entries"},
	})
}

// TestBroughtOutAlive: the ways rescuers' reports word a rescue ("pulled
// alive", "brought out alive") are the event rescued.
func TestBroughtOutAlive(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"pulled alive", "By Wednesday 23 people had been pulled alive from the rubble.", "23 people", "people rescued"},
		{"brought out alive", "Twenty-seven people have now been brought out alive, officials said.", "Twenty-seven people", "people rescued"},
		{"pulled out alive", "Rescuers said 12 miners were pulled out alive overnight.", "12 miners", "miners rescued"},
	})
}

// TestQuarantined: people quarantined or under quarantine are counted by
// that event, as an outbreak's reports count them.
func TestQuarantined(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"have been quarantined", "Some 2,800 people in South Korea have been quarantined.", "Some 2,800 people", "people quarantined"},
		{"under quarantine", "An additional 2,800 others are under quarantine.", "2,800 others", "people quarantined"},
	})
}

// TestFleeSavedOrdered: "flee", "saved" and "under evacuation order" or
// "ordered to leave" are the events displaced, rescued and evacuated, as
// headlines word them.
func TestFleeSavedOrdered(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"flee", "Thousands flee as the river bursts its banks", "Thousands", "people displaced"},
		{"saved", "Cave rescue ends with 13 saved", "13", "people rescued"},
		{"under evacuation order", "Fire spreads; 8,000 under evacuation order", "8,000", "people evacuated"},
		{"ordered to leave", "About 4,000 residents were ordered to leave on Sunday.", "About 4,000 residents", "residents evacuated"},
	})
}

// TestBetweenNames: the names a route joins ("between Brighton and
// London") say which, not what; the phrase before "between" is what the
// figure measures.
func TestBetweenNames(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"a price", "An annual pass between Leeds and York will cost £2,140.", "£2,140", "annual pass"},
		{"a change", "Flights between Oslo and Bergen rose 4%.", "4%", "flights"},
	})
}

// TestLivesCounted: "lives" after a number counts the dead ("the storm
// claimed at least five lives"), or those saved after a verb of saving;
// "just shy of" hedges a figure from below, as "nearly" does.
func TestLivesCounted(t *testing.T) {
	for _, tt := range []struct{ in, fig, event string }{
		{"The storm has claimed at least five lives, officials said.", "at least five lives", "killed"},
		{"The quake claimed 105 lives in Gansu.", "105 lives", "killed"},
		{"The new rule saved 40 lives last year.", "40 lives", "rescued"},
	} {
		fs := facts.ExtractString("t", tt.in)
		require.Len(t, fs, 1, tt.in)
		assert.Equal(t, tt.fig, fs[0].Text, tt.in)
		assert.Equal(t, tt.event, fs[0].Event, tt.in)
	}
	fs := facts.ExtractString("t", "The storm has claimed at least five lives.")
	require.Len(t, fs, 1)
	assert.Empty(t, fs[0].Source, "'claimed' is the verb of the deaths, not of a source")
	fs = facts.ExtractString("t", "The tournament drew just shy of two million fans.")
	require.Len(t, fs, 1)
	assert.Equal(t, "just shy of two million fans", fs[0].Text)
	assert.Equal(t, facts.BoundApprox, fs[0].Bound)
}

// TestMartyredIsKilled: "martyred", as South Asian and Middle Eastern
// outlets write it, is the event killed.
func TestMartyredIsKilled(t *testing.T) {
	for _, in := range []string{"The blast ripped through the mosque, martyring 44 worshippers.", "At least 12 soldiers were martyred in the attack."} {
		fs := facts.ExtractString("t", in)
		require.Len(t, fs, 1, in)
		assert.Equal(t, "killed", fs[0].Event, in)
	}
}

// TestChangeNounSubject: a figure of a rise or a fall is said of what rose
// or fell, after "in", not of the word "rise".
func TestChangeNounSubject(t *testing.T) {
	checkSubjects(t, []subjectCase{
		{"rise in", "Harlow Foods posted an 11% rise in quarterly revenue.", "11%", "quarterly revenue"},
		{"fall in", "Officials recorded a 30% drop in tourist arrivals.", "30%", "tourist arrivals"},
		{"no in", "Officials recorded a 30% drop.", "30%", "drop"},
	})
}
