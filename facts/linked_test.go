package facts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// linkedCase is one sentence, the text of a figure in it and the subject,
// measure and time that figure must carry (an empty time is not checked).
type linkedCase struct {
	name, in, text, subject, measure, time string
}

// checkLinked runs each case through Extract and checks the last fact
// whose text is the case's text (the figure that takes another's subject
// comes after it).
func checkLinked(t *testing.T, cases []linkedCase) {
	t.Helper()
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var got *facts.Fact
			fs := facts.ExtractString("t", c.in)
			for i := range fs {
				if strings.EqualFold(fs[i].Text, c.text) {
					got = &fs[i]
				}
			}
			require.NotNilf(t, got, "no fact with text %q in %q; got %v", c.text, c.in, fs)
			assert.Equal(t, c.subject, got.Subject, "subject of %q in %q", got.Text, c.in)
			assert.Equal(t, c.measure, got.Measure, "measure of %q in %q", got.Text, c.in)
			if c.time != "" {
				assert.Equal(t, c.time, got.Time, "time of %q in %q", got.Text, c.in)
			}
		})
	}
}

// TestOldLevelOfALevel: the old level set after a level of no change
// ("up from", "down from a peak of") is that level's old value, of the same
// thing, a date or rank between notwithstanding.
func TestOldLevelOfALevel(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"up from after a period", "Airbus delivered 142 commercial aircraft in the first quarter, up from 127 a year earlier.",
			"127", "commercial aircraft", "aircraft", "previous year"},
		{"down from a peak", "About 640,000 customers remained without power on Thursday, down from a peak of more than 1 million.",
			"more than 1 million", "customers", "customer", ""},
		{"money", "Net profit was $1.47 billion, down from $2.1 billion a year earlier.",
			"$2.1 billion", "net profit", "profit", "previous year"},
		{"the month before", "Food inflation was 5%, down from 7% the month before.",
			"7%", "food inflation", "inflation", "previous month"},
	})
}

// TestSectorQualifiesMeasure: "in the services sector" after a measure
// says which of it, not where.
func TestSectorQualifiesMeasure(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"sector", "Inflation in the services sector eased to 6.1% from 6.5%.", "6.1%", "services sector inflation", "inflation", ""},
		{"a place is where", "Inflation in the United States eased to 3.4%.", "3.4%", "inflation", "inflation", ""},
	})
}

// TestPersonNounNamesEvent: a noun of people that names what befell them
// counts people with that event.
func TestPersonNounNamesEvent(t *testing.T) {
	fs := facts.ExtractString("t", "The agency now counts 15,800 evacuees in 40 shelters.")
	require.NotEmpty(t, fs)
	assert.Equal(t, "15,800 evacuees", fs[0].Text)
	assert.Equal(t, "evacuees", fs[0].Subject)
	assert.Equal(t, "evacuated", fs[0].Event)
	assert.Equal(t, "evacuee", fs[0].Measure)
}

// TestEstimatedNoun: a verb of estimate puts its figure on the noun phrase
// it takes before "at".
func TestEstimatedNoun(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"estimated the crowd", "The club estimated the crowd at 48,000.", "48,000", "crowd", "crowd", ""},
		{"put the number of", "The bank put the number of jobs to go at about 2,500.", "about 2,500", "jobs", "job", ""},
		{"a bare size noun says nothing", "Officials put the figure at 28.", "28", "", "", ""},
	})
}

// TestFigureCarriesOn: a figure with no noun of its own that carries on
// the figure before it ("a further 700", "put it at 15,000", "nine of
// them") shares its subject.
func TestFigureCarriesOn(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"a further", "About 900 people were moved to Sicily by ferry, and a further 700 are due to leave on Monday.", "700", "people", "people", ""},
		{"it after a verb of estimate", "Outside Parliament House, police estimated the crowd at 6,000, while the union put it at 15,000.", "15,000", "crowd", "crowd", ""},
		{"of them", "Rescuers pulled 31 survivors from the wreckage, and nine of them were in serious condition.", "nine", "survivors", "survivor", ""},
		{"the nearest figure with a subject", "About 900 people were moved in 12 trucks and a further 700 are due to leave.", "700", "trucks", "truck", ""},
	})
}

// TestLineLabel: a label that opens a line and ends in a colon names what
// the figure right after it measures, or the event of what it counts; a
// name is no label.
func TestLineLabel(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"a measure", "Turnout: 64%, with more than 2.1 million valid votes cast.", "64%", "turnout", "turnout", ""},
		{"two words", "Net profit: $1.74 billion, compared with $2.1 billion a year earlier.", "$1.74 billion", "net profit", "profit", ""},
		{"an event", "Arrests: 47, according to police.", "47", "arrested", "arrested", ""},
		{"an event for a counted noun", "Evacuations: nearly 16,000 people are now staying in shelters.", "nearly 16,000 people", "people evacuated", "people", ""},
		{"a name with a capital inside", "AfD: 14.6%, 32 seats.", "14.6%", "", "", ""},
		{"a name the text writes with a capital", "The Greens lost ground. Greens: 14.4%, 32 seats.", "14.4%", "", "", ""},
		{"a figure not right after the label", "Deliveries: Airbus delivered 145 aircraft.", "145 aircraft", "aircraft", "aircraft", ""},
		{"after a list's bullet", "- Turnout: 64%", "64%", "turnout", "turnout", ""},
		{"an event after a bullet", "• Arrests: 47", "47", "arrested", "arrested", ""},
		{"a time in the label says when", "- Cases this year: 71,960", "71,960", "cases", "case", "this year"},
		{"a name after a bullet", "The Greens lost ground.\n- Greens: 14.4%", "14.4%", "", "", ""},
		{"a hyphened word", "- Plug-in hybrids: 41,000", "41,000", "plug-in hybrids", "hybrid", ""},
		{"a name after a hyphen is no label", "- Brighton-London season: £5,855", "£5,855", "", "", ""},
	})
}

// TestCoordinateCount: a bare count that opens a clause coordinated with
// the one before, or stands in one whose verb or noun is left out, counts
// what the count before it counts (without what befell those).
func TestCoordinateCount(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"and, its own verb", "Five of the escapees had been recaptured by Sunday and nine remain at large.", "nine", "escapees", "escapee", ""},
		{"semicolon", "The seven survivors are being treated at the county hospital; two are in serious condition.", "two", "survivors", "survivor", ""},
		{"the verb left out", "About 3.1 million of the affected users are in the United States and 1.4 million in Britain.", "1.4 million", "affected users", "user", ""},
		{"and in a place", "In Toulon, police counted 12,000 marchers, and in Nice 8,500.", "8,500", "marchers", "marcher", ""},
		{"a place after a noun", "The hospital in Linz was treating 14 people, the hospital in Grieskirchen 9.", "9", "people", "people", ""},
		{"a name before for", "The Greens were on course for 11 seats, the Farmers' Union for 9 and the Left for 8.", "8", "seats", "seat", ""},
		{"no verb after: another thing", "Rescuers found 12 miners and 3 of the guards.", "3", "guards", "guard", ""},
	})
}

// TestSetAgainstAcrossAFigure: a figure set against another ("against",
// "compared with") shares the subject of the nearest figure of its kind
// and unit before it, across another kind of figure and a long clause.
func TestSetAgainstAcrossAFigure(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"a duration between", "Punctuality slipped, with 78.9% of flights leaving within 15 minutes of schedule against 82.0% in July last year.",
			"82.0%", "flights", "flight", ""},
		{"a long clause", "According to the interior ministry, 41,300 migrants have reached Italy by sea so far this year, against 33,600 in the same period last year.",
			"33,600", "migrants", "migrant", "previous year"},
		{"the nearest of its kind has none", "Sales rose to 12 units and 40% were sold abroad, against 35% a year ago.", "35%", "", "", ""},
	})
}

// TestVerbPhraseCarriesOn: a verb of change or price with no subject of
// its own, after "after", "and" or "before", says more of the nearest
// figure of its kind before it.
func TestVerbPhraseCarriesOn(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"after gaining", "Average hourly earnings rose 0.3% in December after gaining 0.4% in November.", "0.4%", "average hourly earnings", "earning", ""},
		{"after falling", "Harbrook's shares recovered 5% on Wednesday after falling 14% the day before.", "14%", "harbrook's shares", "share", ""},
		{"and closed at, another figure between", "The stock opened at $38.50 on its first day of trading, 24% above the offer price, and closed at $36.20.",
			"$36.20", "stock", "stock", ""},
		{"a subject of its own", "The stock opened at $38.50, while the bond closed at $96.", "$96", "bond", "bond", ""},
	})
}

// TestPossessiveScope: a name in the possessive right before a figure is
// whose figure it is; a common noun in the possessive is not.
func TestPossessiveScope(t *testing.T) {
	cases := []struct{ in, text, scope string }{
		{"The Liberals' 4.6% was not enough to return them to parliament.", "4.6%", "liberals"},
		{"Labor won 47.3 percent of the primary vote to Mr Howard's 42.7 percent.", "42.7 percent", "mr howard"},
		{"Phoebe Litchfield's 84 carried Australia to victory.", "84", "phoebe litchfield"},
		{"The country's 5% growth was slow.", "5%", ""},
	}
	for _, c := range cases {
		var got *facts.Fact
		fs := facts.ExtractString("t", c.in)
		for i := range fs {
			if strings.HasPrefix(fs[i].Text, c.text) {
				got = &fs[i]
			}
		}
		require.NotNilf(t, got, "no fact %q in %q: %v", c.text, c.in, fs)
		assert.Equal(t, c.scope, got.Scope, "scope of %q in %q", c.text, c.in)
	}
}

// TestRestatedAndComparedFigures: a figure told another way (", or"), the
// figure compared with ("than") and another source's figure ("while the
// unions claimed") share the subject of the nearest figure of their kind.
func TestRestatedAndComparedFigures(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"or", "Gross orders reached 180 aircraft, or 170 after cancellations.", "170", "aircraft", "aircraft", ""},
		{"than", "Turnout reached 64%, higher than the 61% of the last vote.", "61%", "turnout", "turnout", ""},
		{"another source", "Police said 30,000 people marched through Marseille, while the unions organising the demonstration claimed 245,000.",
			"245,000", "people", "people", ""},
		{"a source with a noun of its own", "Police said 30,000 people marched, while the unions claimed 245,000 marchers.",
			"245,000 marchers", "marchers", "marcher", ""},
	})
}

// TestGappedNoun: a clause whose verb is left out ("Revenue was $13.2
// billion and net income $1.47 billion") names its own figure's subject;
// a name there is no subject, and a clause with a verb of its own is no
// gap.
func TestGappedNoun(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"money", "Revenue was $13.2 billion and net income $1.47 billion.", "$1.47 billion", "net income", "income", ""},
		{"percent after a comma", "Gasoline futures rose 1.8%, and heating oil 2.2%.", "2.2%", "heating oil", "oil", ""},
		{"a name", "Severn Trent lost 1.2% and United Utilities 0.9% by midday.", "0.9%", "", "", ""},
		{"a verb of its own", "The police service gets $421 million, and housing and homelessness programmes get $88 million.", "$88 million", "", "", ""},
	})
}

// TestConvertedAmount: an amount told in another currency (", or
// roughly $83 billion", ", roughly €58 million") is the same amount's.
func TestConvertedAmount(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"or", "Quarterly GDP came to €71.4bn, or roughly $83 billion, at current prices.", "roughly $83 billion", "quarterly GDP", "gdp", ""},
		{"a hedge after a comma", "The union noted that the average teacher salary of about A$99,000, roughly US$65,000, lags behind.",
			"roughly US$65,000", "average teacher salary", "salary", ""},
		{"a noun of its own", "Quarterly GDP came to €71.4bn, and exports reached roughly $83 billion.", "roughly $83 billion", "exports", "export", ""},
	})
}

// TestCountThroughCopula: a bare count said of a noun through a copula or
// a verb of total is that noun's size; a count with a noun of its own is
// not.
func TestCountThroughCopula(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"was", "Northfield festival's final attendance figure was 216,400, organisers said.", "216,400", "final attendance figure", "figure", ""},
		{"numbered, an adverb between", "The climbing party therefore numbered 18, the guide said.", "18", "party", "party", ""},
		{"total", "Arrivals now total 42,100.", "42,100", "arrivals", "arrival", ""},
		{"a noun of its own", "The touring party was 18 climbers.", "18 climbers", "climbers", "climber", ""},
	})
}

// TestThemAcrossSentences: "Seven of them" opening a sentence counts what
// the first count of the sentence before counts; a document starts with
// no antecedent.
func TestThemAcrossSentences(t *testing.T) {
	checkLinked(t, []linkedCase{
		{"the sentence before", "The 19-strong group, led by two guides, was caught on the slope. Seven of them were pulled from the snow alive.",
			"Seven", "group", "group", ""},
		{"the bank's posts", "Albis plans to shed 2,500 posts. About 1,000 of them will be in Switzerland, the bank said.", "About 1,000", "posts", "post", ""},
		{"no sentence before", "Seven of them were pulled from the snow alive.", "Seven", "", "", ""},
	})
}

// TestLabelScope: a name that labels a line is the scope of every figure
// after it; a single capitalised word only when it is written as a name.
func TestLabelScope(t *testing.T) {
	cases := []struct{ in, text, scope string }{
		{"Free Voters: 15.8%, 37 seats, up from 11.6% in 2018.", "37 seats", "free voters"},
		{"AfD: 14.6%, 32 seats.", "32 seats", "afd"},
		{"The Greens lost ground. Greens: 14.4%, 32 seats.", "32 seats", "greens"},
		{"Thousands marched in Marseille. Marseille: 30,000 marchers by police count, 245,000 by the unions.", "245,000", "marseille"},
		{"Turnout: 64%, with more than 2.1 million valid votes cast.", "more than 2.1 million", ""},
	}
	for _, c := range cases {
		var got *facts.Fact
		fs := facts.ExtractString("t", c.in)
		for i := range fs {
			if strings.HasPrefix(fs[i].Text, c.text) {
				got = &fs[i]
			}
		}
		require.NotNilf(t, got, "no fact %q in %q: %v", c.text, c.in, fs)
		assert.Equal(t, c.scope, got.Scope, "scope of %q in %q", c.text, c.in)
	}
}
