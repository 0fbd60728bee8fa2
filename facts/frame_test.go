package facts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// TestFrame checks the frame fields read off a sentence: the fact is found
// by its text, and each field given is checked (an empty want says the
// field must be empty).
func TestFrame(t *testing.T) {
	type want struct{ measure, scope, time, role, source string }
	cases := []struct {
		text, fig string
		want      want
	}{
		{"Twelve people died in Kherson province, the governor said.", "Twelve people",
			want{"people", "kherson province", "", "level", "governor"}},
		{"Airbus delivered 520 jets in the second quarter, up from 430 a year earlier.", "520 jets",
			want{"jet", "", "Q2", "level", ""}},
		{"Airbus delivered 520 jets in the second quarter, up from 430 a year earlier.", "430",
			want{"jet", "", "previous year", "from", ""}},
		{"In the first half of 2024, the bank cut 2,600 jobs.", "2,600 jobs",
			want{"job", "", "2024-H1", "level", ""}},
		// the date a comparison reaches back to is not the figure's time
		{"The unemployment rate fell to 3.9 percent from 4.1 percent, the lowest since 2000.", "4.1 percent",
			want{"rate", "", "", "from", ""}},
		{"The bank cut 2,600 jobs in 2024, the most since 2010.", "2,600 jobs",
			want{"job", "", "2024", "level", ""}},
		{"According to the health ministry, 31 people have been killed so far.", "31 people",
			want{"people", "", "so far", "level", "health ministry"}},
		// a quotation opens the sentence: its first word is no name
		{"\"I can confirm 40 people have been injured,\" the police chief said.", "40 people",
			want{"people", "", "", "level", "police chief"}},
		{"\"So far we can confirm 21 police officers have been killed.\"", "21 police officers",
			want{"officer", "", "so far", "level", ""}},
		{"The police chief told a news conference: \"I can confirm 40 people have been injured.\"", "40 people",
			want{"people", "", "", "level", "police chief"}},
		// a name set between commas is the one who won the share
		{"The main opposition's candidate, Muharrem Ince, won 30.6% of the vote.", "30.6%",
			want{"vote", "muharrem ince", "", "share", ""}},
		// where the source spoke is not what the figure is of
		{"Turnout reached 86.2%, the election board told reporters in Ankara.", "86.2%",
			want{"turnout", "", "", "level", "election board"}},
		// the side of a vote is its share's scope (side.go)
		{"The No side took 45% of the vote.", "45%",
			want{"vote", "no", "", "share", ""}},
		{"Inflation rose 0.3 percentage points to 2.9%, officials said.", "0.3 percentage points",
			want{"", "", "", "change", "officials"}},
		{"About 10,000 people marched, police said, while organisers put the crowd at 50,000.", "About 10,000 people",
			want{"people", "", "", "level", "police"}},
		{"Overall, 211 people have died, officials said.", "211 people",
			want{"people", "all", "", "level", "officials"}},
		{"KwaZulu-Natal accounted for 41 of the deaths, the centre said.", "41",
			want{"", "kwazulu-natal", "", "share", "centre"}},
		{"Police detained 22 people near Place de la Nation.", "22 people",
			want{"people", "place de la nation", "", "level", ""}},
		{"The Free Voters, the CSU's junior partner in the state government, came second with 15.5%.", "15.5%",
			want{"", "free voters", "", "level", ""}},
		{"The toll rose to six, including two people who died of carbon monoxide poisoning.", "two people",
			want{"people", "", "", "share", ""}},
		{"Rescuers brought out 15 more miners alive on Thursday.", "15 more miners",
			want{"miner", "", "", "change", ""}},
		{"Rescuers brought out 15 miners alive on Thursday.", "15 miners",
			want{"miner", "", "", "level", ""}},
		{"More than 11 million people are displaced inside Sudan, the International Organization for Migration said.", "More than 11 million people",
			want{"people", "sudan", "", "level", "international organization for migration"}},
		{"The Office for National Statistics said 5% of people were out of work.", "5%",
			want{"", "", "", "share", "office for national statistics"}},
		{"Core inflation slowed to 4.5% from 5.1%, the ONS said.", "5.1%",
			want{"inflation", "", "", "from", "ons"}},
		{"Core inflation slowed to 4.5% from 5.1%, the ONS said.", "4.5%",
			want{"inflation", "", "", "level", "ons"}},
		{"Officials reported four heat-related deaths on Sunday.", "four heat-related deaths",
			want{"killed", "", "", "level", "officials"}},
		{"The Greens gained in the cities.\n- Greens: 14.4%, 32 seats", "14.4%",
			want{"", "greens", "", "level", ""}},
	}
	for _, c := range cases {
		t.Run(c.fig, func(t *testing.T) {
			var got *facts.Fact
			for _, f := range facts.ExtractString("t", c.text) {
				if f.Text == c.fig {
					got = &f
					break
				}
			}
			require.NotNil(t, got, "no fact %q in %q", c.fig, c.text)
			if c.want.measure != "" {
				assert.Equal(t, c.want.measure, got.Measure, "measure")
			}
			assert.Equal(t, c.want.scope, got.Scope, "scope")
			assert.Equal(t, c.want.time, got.Time, "time")
			assert.Equal(t, c.want.role, got.Role, "role")
			assert.Equal(t, c.want.source, got.Source, "source")
		})
	}
}

// TestHyphenedScopeIsWhole: a hyphened name heading a scope phrase is the
// whole name, not its first part ("across KwaZulu-Natal", not "kwazulu").
func TestHyphenedScopeIsWhole(t *testing.T) {
	fs := facts.Extract("t", []byte("Sixty-two people have died in floods across KwaZulu-Natal, officials said."))
	require.NotEmpty(t, fs)
	assert.Equal(t, "kwazulu-natal", fs[0].Scope)
}

// TestForecastModality: a figure given as expected, forecast or aimed at is
// a forecast; one compared with a forecast, or stated, is not.
func TestForecastModality(t *testing.T) {
	tests := []struct{ in, text, want string }{
		{"Nordhavn Air now expects to carry 46 million passengers this year.", "46 million", "forecast"},
		{"It raised its earlier forecast of 44 million passengers.", "44 million", "forecast"},
		{"The bank expects growth of 1.5% in 2025.", "1.5%", "forecast"},
		{"The shipping line now sees full-year EBITDA between $8bn and $10bn.", "$8bn", "forecast"},
		{"Organisers anticipate 40,000 visitors over the weekend.", "40,000", "forecast"},
		{"The Liberal Democrats are set to win 13 seats, the exit poll says.", "13 seats", "forecast"},
		{"The party is on course for a majority of 80.", "80", "forecast"},
		{"The Conservatives will have a majority of 368 seats, according to the exit poll.", "368 seats", "forecast"},
		{"Labour is on 41%, according to a new YouGov poll.", "41%", "forecast"},
		{"Unemployment was 4.2%, according to the Labour Force Survey.", "4.2%", ""},
		{"Polling agencies are projecting that Emmanuel Macron has won the presidency with 65 percent of votes.", "65 percent", "forecast"},
		{"Exit polls show that Macron has won roughly 65.5% of the vote.", "65.5%", "forecast"},
		{"Macron has gained 65.5% of the vote, projections show.", "65.5%", "forecast"},
		{"Figures show that Macron won 66.1% of the vote.", "66.1%", ""},
		{"Apple sold 48.05 million iPhones, versus expectations of 48.5 million.", "48.5 million", "forecast"},
		{"Revenue beat analysts' consensus of $1.2 billion.", "$1.2 billion", "forecast"},
		{"Apple sold 48.05 million iPhones, versus expectations of 48.5 million.", "48.05 million", ""},
		{"The government has set to work on 12 bills.", "12 bills", ""},
		{"Prices rose 2%, more than expected.", "2%", ""},
		{"Growth was stronger than expected at 2.1%.", "2.1%", ""},
		{"The airline flew 24.8 million passengers.", "24.8 million", ""},
	}
	for _, tt := range tests {
		var got *facts.Fact
		fs := facts.ExtractString("t", tt.in)
		for i := range fs {
			if strings.Contains(fs[i].Text, tt.text) {
				got = &fs[i]
			}
		}
		require.NotNil(t, got, "%q in %q: %v", tt.text, tt.in, fs)
		assert.Equal(t, tt.want, got.Modality, "%q in %q", tt.text, tt.in)
	}
}

// TestLevelReachedHedge: "rose as high as $147.27" gives the level reached,
// not the amount of the rise; "rose as much as 3%" gives the amount.
func TestLevelReachedHedge(t *testing.T) {
	fs := facts.ExtractString("t", "U.S. light crude rose as high as $147.27 a barrel. Prices rose as much as 3%.")
	require.Len(t, fs, 2)
	assert.Equal(t, "level", fs[0].Role, "%+v", fs[0])
	assert.Equal(t, "change", fs[1].Role, "%+v", fs[1])
}

// TestFromLevelAfterATime: the old level of a change may follow the new
// level's time: "rose to 78 on Thursday, from 62 a day earlier".
func TestFromLevelAfterATime(t *testing.T) {
	fs := facts.ExtractString("t", "The number of people killed rose to 78 on Thursday, from 62 a day earlier, officials said.")
	var got *facts.Fact
	for i := range fs {
		if fs[i].Text == "62" {
			got = &fs[i]
		}
	}
	require.NotNil(t, got, "%v", fs)
	assert.Equal(t, "from", got.Role)
	assert.Equal(t, "people killed", got.Subject)
}

// TestSourceWithAuxiliary: a source may stand before an auxiliary and its
// verb: "CNN is reporting", "officials have said".
func TestSourceWithAuxiliary(t *testing.T) {
	fs := facts.ExtractString("t", "CNN is reporting over 160 dead and 370 injured. Officials have said 40 people died.")
	require.Len(t, fs, 3)
	assert.Equal(t, "cnn", fs[0].Source)
	assert.Equal(t, "cnn", fs[1].Source)
	assert.Equal(t, "officials", fs[2].Source)
}

// TestSourceTweeted: a source may tweet or post what it says, and is then
// no scope: "Las Vegas Metropolitan Police tweeted that at least 50 were
// dead".
func TestSourceTweeted(t *testing.T) {
	f := factWithText(t, "Las Vegas Metropolitan Police tweeted later that at least 50 were dead.", "at least 50")
	assert.Equal(t, "las vegas metropolitan police", f.Source)
	assert.Equal(t, "", f.Scope)
}

// TestPassiveNamesNoSource: "was put at" is a passive, not an attribution.
func TestPassiveNamesNoSource(t *testing.T) {
	fs := facts.ExtractString("t", "The repair bill was put at $3.1 billion.")
	require.Len(t, fs, 1)
	assert.Equal(t, "", fs[0].Source)
}

// TestTallyMovedFromTo: "taking the number of dead from 125 to 149" is a
// change from one level to another, not a range; "from 20 to 30 people"
// with no verb is a range.
func TestTallyMovedFromTo(t *testing.T) {
	fs := facts.ExtractString("t", "The bodies found took the number of dead from 125 to 149.")
	require.Len(t, fs, 2, "%v", fs)
	assert.Equal(t, "from", fs[0].Role)
	assert.Equal(t, "level", fs[1].Role)
	require.NotNil(t, fs[1].Change)
	assert.Equal(t, "up", *fs[1].Change)

	r := facts.ExtractString("t", "Estimates ran from 20 to 30 people.")
	require.Len(t, r, 1, "%v", r)
	assert.Equal(t, facts.BoundRange, r[0].Bound)
}

// TestContrastScope: a figure set against another reads whose it is from
// the phrase right after it, lower case allowed.
func TestContrastScope(t *testing.T) {
	fs := facts.ExtractString("t", "Girls did better, with 28.4% of their entries graded A against 27.1% for boys.")
	require.Len(t, fs, 2, "%v", fs)
	assert.Equal(t, "boys", fs[1].Scope)
	assert.Equal(t, "entries", fs[1].Subject)
}

// TestMeasureSkipsParticiple: a participle after the counted noun says
// what befell it; the noun is what is measured.
func TestMeasureSkipsParticiple(t *testing.T) {
	fs := facts.ExtractString("t", "Fourteen inmates escaped from the prison on Sunday.")
	require.NotEmpty(t, fs)
	assert.Equal(t, "inmate", fs[0].Measure, "%+v", fs[0])
}

// TestMembersOfABody: "crew members" counts the crew's people, as "four
// crew" does; "members" alone, or of a body not listed, keeps its head.
func TestMembersOfABody(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"The plane carried 41 passengers and four crew members.", "crew"},
		{"Two staff members were hurt.", "staff"},
		{"The union has 1,350 members.", "member"},
		{"About 300 club members attended.", "member"},
	} {
		var got []string
		for _, f := range facts.ExtractString("t", tt.in) {
			got = append(got, f.Measure)
		}
		assert.Contains(t, got, tt.want, tt.in)
	}
}

// TestScopeAfterPlaceModifier: "neighbouring", "nearby", "worst-hit"
// before a place's name are no part of the scope, and a coordination of two places is one
// scope of both.
func TestScopeAfterPlaceModifier(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"The quake killed at least 117 people in Gansu province and 31 in neighboring Qinghai province.", "31", "qinghai province"},
		{"It has killed at least 118 people, including 13 in neighbouring Qinghai province.", "13", "qinghai province"},
		{"The quake has killed 111 people in Gansu and neighboring Qinghai Province.", "111 people", "gansu and qinghai province"},
		{"Floods killed 40 people in nearby Derna.", "40 people", "derna"},
		// a list of places closed by "and" is the scope; an apposed
		// country is no list
		{"The number of dead rose above 4,500 in Nepal, India and Tibet.", "above 4,500", "nepal, india and tibet"},
		{"At least 40 people died in Paris, France, on Friday.", "At least 40 people", "paris"},
		// a name that opens the sentence, set off by an apposition
		{"Puebla, a town southeast of Mexico City, saw 11 deaths.", "11 deaths", "puebla"},
		{"However, the toll rose to 11 deaths.", "11 deaths", ""},
		// a group of people a rate is given for
		{"Unemployment for adult women fell to 3.1 percent.", "3.1 percent", "adult women"},
		{"The jobless rate among black workers rose to 5.5%.", "5.5%", "black workers"},
		{"The jobless rate for people aged 16 to 24 rose to 12%.", "12%", ""},
		// the place a "where" clause is about
		{"The worst-hit areas were the Kathmandu Valley, where 1,441 have died, and the central region where 2,757 have been killed.", "2,757", "central region"},
		{"The quake struck Sichuan province, where 23 people died.", "23 people", "sichuan province"},
		{"They met in the room where 40 people had waited.", "40 people", ""},
		{"Among the reported deaths, 504 were in the worst-hit Ludian County and 72 in Qiaojia County.", "504", "ludian county"},
		{"In Qinghai, the quake has left 182 people injured and 20 missing, with rescue efforts continuing.", "20", "qinghai"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.Scope, tt.in)
	}
}

// TestChangeFromTo: "from X to Y" after a verb of change is a change, also
// with the verb's object or an adverb between ("revised upwards from",
// "lowered its forecast from"); a weekday after a count is no counted noun.
func TestChangeFromTo(t *testing.T) {
	for _, tt := range []struct {
		in, text string
		change   string
		from     float64
		wantSubj string
	}{
		{"The toll was revised upwards from 131 to 148 on Friday.", "148", "up", 131, "people killed"},
		{"The bank lowered its forecast from 3.1% to 2.8%.", "2.8%", "down", 3.1, ""},
		{"The official death toll rose to 233 Sunday, the president said.", "233", "up", 0, "people killed"},
	} {
		f := factWithText(t, tt.in, tt.text)
		require.NotNil(t, f.Change, tt.in)
		assert.Equal(t, tt.change, *f.Change, tt.in)
		if tt.from != 0 {
			require.NotNil(t, f.From, tt.in)
			assert.Equal(t, tt.from, *f.From, tt.in)
		}
		if tt.wantSubj != "" {
			assert.Equal(t, tt.wantSubj, f.Subject, tt.in)
		}
	}
}

func factWithText(t *testing.T, in, text string) facts.Fact {
	t.Helper()
	for _, f := range facts.ExtractString("t", in) {
		if f.Text == text {
			return f
		}
	}
	require.Failf(t, "no fact", "%q in %q", text, in)
	return facts.Fact{}
}

// TestCountedNounOf: a count whose noun is followed by "of" counts that
// noun ("36 cases of MVD": a level, measured in cases), where "of" right
// after the figure makes it a share of a whole ("Forty of the 48 drones").
func TestCountedNounOf(t *testing.T) {
	for _, tt := range []struct{ in, text, role, measure string }{
		{"As of 3 October, 36 cases of MVD have been reported.", "36 cases", "level", "case"},
		{"Forty of the 48 drones were shot down.", "Forty", "share", "drone"},
		{"Dozens of people were hurt.", "Dozens of people", "level", "people"},
		{"Some 40% of voters stayed home.", "Some 40%", "share", ""},
		{"Schools closed: 612 of the state's 1,560.", "612", "share", "state"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.role, f.Role, tt.in)
		if tt.measure != "" {
			assert.Equal(t, tt.measure, f.Measure, tt.in)
		}
	}
}

// TestNoScopeFromCauseOrRecord: the name that causes an event's count
// ("Camp Fire leaves 29 dead") and a possessive name holding a record
// ("California's deadliest-ever wildfire") are no scope of the figure; a
// place that accounts for a part still is; nor is a dateline's place
// before a colon ("Pedernales: The death toll … has risen to 262").
func TestNoScopeFromCauseOrRecord(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"Camp Fire leaves 29 dead, 228 missing as blaze continues to grow.", "29 dead", ""},
		{"The Camp Fire has also destroyed 6,700 buildings.", "6,700 buildings", ""},
		{"Seven bodies were found, bringing the death toll in California's deadliest-ever wildfire to 63.", "63", ""},
		{"KwaZulu-Natal accounted for 41 of the deaths, the centre said.", "41", "kwazulu-natal"},
		{"The death toll in California's Butte County rose to 63.", "63", "california's butte county"},
		{"Pedernales: The death toll from the powerful earthquake that shook coastal Ecuador has risen to 262, according to AP.", "262", ""},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.Scope, tt.in)
	}
}

// TestPassiveAgentIsSource: the agent of a passive of measuring or
// reporting is a figure's source; "by" of a change is none.
func TestPassiveAgentIsSource(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"The quake was measured by the US Geological Survey at 6.1-magnitude.", "6.1", "us geological survey"},
		{"The toll, as reported by state media, rose to 40.", "40", "state media"},
		{"Prices rose by 5% in May.", "5%", ""},
		{"The earthquake, measured at 6.2 by the USGS, struck at dawn.", "6.2", "usgs"},
		{"The damage was estimated at $3bn by analysts.", "$3bn", "analysts"},
		{"The China Earthquake Networks Center had initially measured the earthquake at 6.5.", "6.5", "china earthquake networks center"},
		{"Officials have also said 40 people died.", "40 people", "officials"},
		{"The quake measured 6.1 on the Richter scale.", "6.1", ""},
		{"Chinese state media across the board reporting it said 126 people died.", "126 people", "chinese state media"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.Source, tt.in)
	}
}

// TestPassiveSubjectIsMeasured: a passive's agent gives the figure; what
// is measured is the passive's subject, and a source is no scope.
func TestPassiveSubjectIsMeasured(t *testing.T) {
	f := factWithText(t, "The quake was measured by the US Geological Service at 6.1-magnitude.", "6.1")
	assert.Equal(t, "earthquake", f.Measure)
	g := factWithText(t, "The China Earthquake Networks Center had initially measured the earthquake at 6.5.", "6.5")
	assert.Equal(t, "", g.Scope)
	assert.Equal(t, "earthquake", g.Measure)
}

// TestVersusEndsASubject: "versus" joins two figures; it is no noun.
func TestVersusEndsASubject(t *testing.T) {
	f := factWithText(t, "Pro-union votes reached 55 per cent versus 45 per cent for Yes.", "55 per cent")
	assert.NotContains(t, f.Subject, "versus")
}

// TestBracketLabel: a label that opens a bracket says what the figure in
// it measures ("(Case fatality rate: 31%)"), and is no scope.
func TestBracketLabel(t *testing.T) {
	f := factWithText(t, "Eleven people died (Case fatality rate: 31%).", "31%")
	assert.Equal(t, "case fatality rate", f.Subject)
	assert.Equal(t, "", f.Scope)
	h := factWithText(t, "Fifteen people died (CFR: 24.2%).", "24.2%")
	assert.Equal(t, "cfr", h.Subject, "an acronym in a bracket is a measure's")
	assert.Equal(t, "", h.Scope)
	g := factWithText(t, "Karnali province: 131 of the dead.", "131")
	assert.Equal(t, "karnali province", g.Scope, "a line's label that names a place stays its scope")
}

// TestSubjectBeforeTimeOrPlace: the noun of a phrase of time or place
// inside a clause's subject says when or where; the noun before it is
// what changed.
func TestSubjectBeforeTimeOrPlace(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"Overall sales in China during the third quarter increased by 26% to $5.94 billion.", "26%", "sales"},
		{"Inflation in the euro zone rose to 2.5%.", "2.5%", "inflation"},
		{"The quake struck at a depth of 16 kilometres (10 miles).", "10 miles", "depth"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.Subject, tt.in)
	}
}

// TestLeadingMonthOfYear: a month of a year that opens a sentence is its
// figures' time; a month without its year is not (economic reports name
// many months).
func TestLeadingMonthOfYear(t *testing.T) {
	f := factWithText(t, "In September 2022, a magnitude 6.6 earthquake in Sichuan province killed 93 people.", "93 people")
	assert.Equal(t, "2022-09", f.Time)
	g := factWithText(t, "In March, sales rose 5%.", "5%")
	assert.Equal(t, "", g.Time)
}

// TestChangeAcrossObject: a rate or amount a verb of change takes "to" or
// "from" across its object is a change ("cut rates to 0.1% from 0.25%",
// "raised its forecast to 2.5%").
func TestChangeAcrossObject(t *testing.T) {
	f := factWithText(t, "The bank cut rates to 0.1% from 0.25%.", "0.1%")
	require.NotNil(t, f.Change)
	assert.Equal(t, "down", *f.Change)
	require.NotNil(t, f.From)
	assert.Equal(t, 0.25, *f.From)
	g := factWithText(t, "The bank raised its forecast to 2.5%.", "2.5%")
	require.NotNil(t, g.Change)
	assert.Equal(t, "up", *g.Change)
	h := factWithText(t, "They sent aid to 40 villages.", "40 villages")
	assert.Nil(t, h.Change)
	k := factWithText(t, "At least 174 people died, the governor said, raising the toll from 129.", "129")
	assert.Equal(t, "from", k.Role, "a toll's noun stands between the verb and from")
	m := factWithText(t, "The ministry raised the death toll to 52 from 40.", "52")
	require.NotNil(t, m.Change)
	assert.Equal(t, "up", *m.Change)
	n := factWithText(t, "They flew 40 people to the capital.", "40 people")
	assert.Nil(t, n.Change)
	// a drift verb's particle before the object is the verb's
	p := factWithText(t, "The central bank inched up its key interest rate by a quarter-point.", "a quarter-point")
	require.NotNil(t, p.Change)
	assert.Equal(t, "up", *p.Change)
	assert.Equal(t, "by", p.ChangeRole)
	q := factWithText(t, "Shares of the firm were up in early trading by 3%.", "3%")
	assert.Nil(t, q.Change, "a lone up with words between is no change")
}

// TestClauseTime: a figure takes the year of a figure before it in the
// same stretch of clause ("in 1970, a 7.7-magnitude earthquake killed at
// least 15,000 people"), but not across a comma nor from the level a
// change started from; a time in an aside the figure stands outside is
// not the figure's.
func TestClauseTime(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"According to state media, in 1970, a 7.7-magnitude earthquake killed at least 15,000 people in Yunnan.", "at least 15,000 people", "1970"},
		{"According to state media, in 1970, a 7.7-magnitude earthquake killed at least 15,000 people in Yunnan.", "7.7", "1970"},
		{"Free Voters: 15.8%, 37 seats, up from 11.6% in 2018.", "15.8%", ""},
		{"The 21-year-old, who joined Leverkusen for €5 million in 2020, signs a six-year contract.", "six-year", ""},
		{"The bridge, built in 1974, carried about 22,000 vehicles a day.", "about 22,000 vehicles", ""},
		{"Other disasters include a 1989 crush in the stands at Hillsborough Stadium, which led to the deaths of 97 Liverpool fans.", "97 Liverpool fans", "1989"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.Time, "%s: %s", tt.in, tt.text)
	}
}

// TestRealWordingFrames: a capitalised function word after a dateline's
// dash names no scope; a place a record is held in ("in California
// history") is no scope; a share followed by the state it measures ("30
// percent contained") is of that state.
func TestRealWordingFrames(t *testing.T) {
	f := factWithText(t, "BUTTE COUNTY — With 42 people dead, the Camp Fire has surpassed the record.", "42 people")
	assert.Equal(t, "", f.Scope)
	g := factWithText(t, "The death toll from the most destructive fire in California history surged to 23 people.", "23 people")
	assert.Equal(t, "", g.Scope)
	h := factWithText(t, "As of Monday night, the fire was 30 percent contained.", "30 percent")
	assert.Equal(t, "contained", h.Measure)
	k := factWithText(t, "The fire had burned 100,000 acres and was 20% contained.", "20%")
	assert.Equal(t, "contained", k.Measure)
	m := factWithText(t, "Five people died in Paradise.", "Five people")
	assert.Equal(t, "paradise", strings.ToLower(m.Scope), "a place is still a scope")
}

// TestVoteCountFrames: the noun of an of-phrase before "counted" is what
// was counted, not a source; a figure set as the bar to reach is measure
// threshold; the noun before a verb of saying is the source, not the
// subject; an attribution after "but" is another clause's.
func TestVoteCountFrames(t *testing.T) {
	f := factWithText(t, "With 98.56 percent of the ballots counted, most voters chose No.", "98.56 percent")
	assert.Equal(t, "", f.Source)
	assert.Equal(t, "counted", f.Measure)
	g := factWithText(t, "With almost 95 percent of votes counted, the No side led.", "almost 95 percent")
	assert.Equal(t, "", g.Source)
	for _, tt := range []struct{ in, text string }{
		{"A minimum turnout of 50 percent of eligible voters was needed.", "50 percent"},
		{"Turnout was less than the 50 percent plus-one-vote threshold.", "50 percent plus"},
		{"Validity would have required 50 percent of eligible voters.", "50 percent"},
	} {
		assert.Equal(t, "threshold", factWithText(t, tt.in, tt.text).Measure, tt.in)
	}
	assert.Equal(t, "turnout", factWithText(t, "Turnout was 43 percent.", "43 percent").Measure)
	h := factWithText(t, "The National Election Office said just over 98 percent of those who cast ballots voted No.", "just over 98 percent")
	assert.Equal(t, "national election office", h.Source)
	assert.NotContains(t, h.Subject, "Office")
	k := factWithText(t, "Only 43.35 percent of eligible voters took part, but Orbán has said he will use the result.", "43.35 percent")
	assert.Equal(t, "", k.Source)
	m := factWithText(t, "Turnout was 43 percent, officials said.", "43 percent")
	assert.Equal(t, "officials", m.Source)
}

// TestDistanceFrom: a distance's scope is the place it is measured from.
func TestDistanceFrom(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"The epicentre is about 18 miles southwest of Zhaotong.", "about 18 miles", "zhaotong"},
		{"The township is 23 kilometers southwest of the county seat of Ludian.", "23 kilometers", "ludian"},
		{"It hit 10 km (6 miles) north-east of Kabul.", "10 km", "kabul"},
		{"The village lies 90 km from the capital.", "90 km", "capital"},
	} {
		assert.Equal(t, tt.want, strings.ToLower(factWithText(t, tt.in, tt.text).Scope), tt.in)
	}
}

// TestBurnedArea: an area a verb of burning takes is the burned area,
// whatever the clause's subject or what grew on it.
func TestBurnedArea(t *testing.T) {
	for _, tt := range []struct{ in, text string }{
		{"As of Saturday, the fire had burned 100,000 acres.", "100,000 acres"},
		{"The fire has torched more than 151,000 acres of parched scrub and trees.", "more than 151,000 acres"},
		{"Some 5,000 hectares were scorched.", "Some 5,000 hectares"},
	} {
		assert.Equal(t, "burned area", factWithText(t, tt.in, tt.text).Measure, tt.in)
	}
	assert.NotEqual(t, "burned area", factWithText(t, "The farm covers 5,000 hectares.", "5,000 hectares").Measure)
}

// TestRateQualifiers: words that qualify a rate may stand between a verb
// of change and the rate ("expanded an annualised 1.6%").
func TestRateQualifiers(t *testing.T) {
	for _, in := range []string{"The economy expanded an annualised 1.6%.", "The economy expanded at an annualised real 1.6%.", "Prices accelerated a seasonally adjusted 1.6%.",
		"Japan's GDP up by annualized 1.6% in Q1 2023", "Japan's economy expands at annualised real 1.6% in Jan-Mar quarter"} {
		f := factWithText(t, in, "1.6%")
		require.NotNil(t, f.Change, in)
		assert.Equal(t, "up", *f.Change, in)
	}
	assert.Nil(t, factWithText(t, "The rate stood at 1.6%.", "1.6%").Change)
}

// TestPhrasalRiseTo: "gone up to" and "goes up to" move a level to the
// figure, as "went up to" does; "up to" alone is a bound.
func TestPhrasalRiseTo(t *testing.T) {
	for _, in := range []string{"The death toll has gone up to 2,497.", "The toll goes up to 2,497 as rescuers dig."} {
		f := factWithText(t, in, "2,497")
		assert.Equal(t, facts.BoundExact, f.Bound, in)
		require.NotNil(t, f.Change, in)
		assert.Equal(t, "up", *f.Change, in)
	}
	assert.Equal(t, facts.BoundAtMost, factWithText(t, "The quake killed up to 2,497 people.", "up to 2,497 people").Bound)
}

// TestBrokenDecimal: "51. 59%" may be 51.59% with a stray space or two
// sentences; both figures are kept and marked uncertain, never given as a
// sure 59%. A dot between a number and a word still ends a sentence.
func TestBrokenDecimal(t *testing.T) {
	f := factWithText(t, "Akufo-Addo was reelected with 51. 59% of votes.", "59%")
	assert.True(t, f.Uncertain)
	assert.True(t, factWithText(t, "Akufo-Addo was reelected with 51. 59% of votes.", "51").Uncertain)
	g := factWithText(t, "The toll rose to 25. Officials said 30 people were hurt.", "25")
	assert.Equal(t, "The toll rose to 25.", g.Sentence)
}

// TestPlusOrMinus: "plus or minus 2%" is a tolerance, read as "±2%" is;
// "minus 15C" stays negative.
func TestPlusOrMinus(t *testing.T) {
	assert.Equal(t, 2.0, *factWithText(t, "Revenue is expected to be $28.0 billion, plus or minus 2%.", "2%").Value)
	assert.Equal(t, 3.0, *factWithText(t, "The margin of error is plus or minus three percentage points.", "three percentage points").Value)
	assert.Equal(t, -15.0, *factWithText(t, "It was minus 15C overnight.", "minus 15C").Value)
}

// TestBracketedChange: a signed figure in brackets after a result is its
// change ("121 (-251)": down 251 seats), as a signed table cell is; a
// bracketed negative on its own stays a level.
func TestBracketedChange(t *testing.T) {
	f := factWithText(t, "By the official count the Conservatives won 121 (-251) seats.", "-251")
	assert.Equal(t, 251.0, *f.Value)
	require.NotNil(t, f.Change)
	assert.Equal(t, "down", *f.Change)
	assert.Equal(t, "change", f.Role)
	g := factWithText(t, "The Moderates: 19.8% (-3.5, 70)", "-3.5")
	require.NotNil(t, g.Change)
	assert.Equal(t, "down", *g.Change)
	assert.Equal(t, -0.5, *factWithText(t, "The rate is (-0.5%) now.", "-0.5%").Value)
}

// TestTemperatureBeforeVerb: a temperature written against its C may
// stand before the verb of its clause ("the record of 38.7C was met"); a
// form's name before a noun is no temperature ("a 13F filing").
func TestTemperatureBeforeVerb(t *testing.T) {
	for _, in := range []string{"The previous record of 38.7C was provisionally met.", "A temperature of 38.7C stood for years."} {
		f := factWithText(t, in, "38.7C")
		assert.Equal(t, facts.KindQuantity, f.Kind, in)
		assert.Equal(t, "°C", f.Unit, in)
	}
	for _, f := range facts.ExtractString("t", "The fund made a 13F filing.") {
		assert.NotEqual(t, "°F", f.Unit)
	}
}

// TestKoreanWon: "Korean won" and "South Korean won" name the won; the
// verb "won" after a small number stays a verb.
func TestKoreanWon(t *testing.T) {
	f := factWithText(t, "Samsung posted an operating profit of over 10.4 trillion Korean won.", "over 10.4 trillion Korean won")
	assert.Equal(t, "KRW", f.Unit)
	g := factWithText(t, "It expects 74 billion South Korean won in sales.", "74 billion South Korean won")
	assert.Equal(t, "KRW", g.Unit)
	assert.Equal(t, facts.KindCount, factWithText(t, "He won 12 medals.", "12 medals").Kind)
}

// TestTitleCaseHeadline: a Title Case headline's capitals name no scope
// unless the text after it writes the words as names.
func TestTitleCaseHeadline(t *testing.T) {
	text := "Apple Posts Monster $143.8 Billion Quarter Driven By Record iPhone Sales\n\nApple posted revenue of $143.8 billion, the company said.\n"
	var head facts.Fact
	for _, f := range facts.ExtractString("t", text) {
		if f.Text == "$143.8 Billion" {
			head = f
		}
	}
	require.Equal(t, "$143.8 Billion", head.Text)
	assert.Equal(t, "", head.Scope)
	assert.Equal(t, "Quarter", head.Subject, "a participle with its agent ends the noun")
	g := factWithText(t, "Kherson Governor Says 12 Killed In Shelling\n\nThe Kherson Governor said 12 were killed.", "12")
	assert.NotEqual(t, "", g.Scope, "words the body writes as names stay names")
}

// TestOutputEvents: a maker's counts are told apart by what it did with
// them, an event that stays out of the subject.
func TestOutputEvents(t *testing.T) {
	f := factWithText(t, "Tesla produced 494,989 vehicles and delivered 484,507 in the quarter.", "494,989 vehicles")
	assert.Equal(t, "produced", f.Event)
	assert.Equal(t, "vehicles", f.Subject)
	g := factWithText(t, "Tesla produced 494,989 vehicles and delivered 484,507 in the quarter.", "484,507")
	assert.Equal(t, "delivered", g.Event)
}

// TestSnapshotTime: a time of day after "by" or "as of" dates a figure as
// a snapshot (a market price, a running tally); a time after "at" tells
// when the event happened, and a bare number after "by" is no time.
func TestSnapshotTime(t *testing.T) {
	for _, tt := range []struct{ in, fig, time string }{
		{"Brent crude rose to $84.22 a barrel by 0900 GMT.", "$84.22", "09:00 GMT"},
		{"Brent was at $84.80 a barrel by 1 p.m. EDT (1700 GMT).", "$84.80", "13:00 EDT"},
		{"As of 7.25pm AEDT, No led with 55%.", "55%", "19:25 AEDT"},
		{"As of 10:30 a.m., 12 people had been rescued.", "12 people", "10:30"},
		{"By noon, 40 people had been rescued.", "40 people", "12:00"},
		{"The quake struck at 11:59 p.m. and killed 105 people.", "105 people", ""},
		{"Shares fell 3% by 10 in the morning.", "3%", ""},
	} {
		assert.Equal(t, tt.time, factWithText(t, tt.in, tt.fig).Time, tt.in)
	}
}

// TestAmongTheDead: a count whose clause says it was among a whole ("five
// sub-inspectors … were among the dead") is a share of it, not the toll.
func TestAmongTheDead(t *testing.T) {
	for _, tt := range []struct{ in, fig, role string }{
		{"A police officer, five sub-inspectors and the prayer leader were among the dead.", "five sub-inspectors", "share"},
		{"Twelve children were among the victims.", "Twelve children", "share"},
		{"Forty people were killed, and many were among the poorest.", "Forty people", "level"},
	} {
		assert.Equal(t, tt.role, factWithText(t, tt.in, tt.fig).Role, tt.in)
	}
}

// TestChangeBaseIsNoTime: the time a change is measured against ("rose
// 7.3% from a year earlier") is not the figure's own; the level a change
// started from keeps it ("up from 430 a year earlier").
func TestChangeBaseIsNoTime(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"Exports rose 7.3% from a year earlier to $24.1 billion.", "7.3%", ""},
		{"Exports rose 7.3% from a year earlier to $24.1 billion.", "$24.1 billion", ""},
		{"Sales were up 4% compared with a year ago.", "4%", ""},
		{"Airbus delivered 520 jets, up from 430 a year earlier.", "430", "previous year"},
		{"Last year exports were $200 billion.", "$200 billion", "previous year"},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.Time, "%s: %s", tt.in, tt.text)
	}
}

// TestChangeBase: the period a change is measured over.
func TestChangeBase(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"Average hourly earnings rose 0.3% on the month.", "0.3%", "month"},
		{"Average hourly earnings rose 0.3% on the month and 4.0% from a year earlier.", "4.0%", "year"},
		{"In the 12 months through December, wages increased 3.9%.", "3.9%", "year"},
		{"GDP grew 0.4% quarter-on-quarter.", "0.4%", "quarter"},
		{"GDP grew 1.2% year on year.", "1.2%", "year"},
		{"Prices rose 0.2% from the previous month.", "0.2%", "month"},
		{"Traffic was up 6.3% on the same month last year.", "6.3%", "year"},
		{"Prices rose 2% in May.", "2%", ""},
		{"The toll rose to 31.", "31", ""},
	} {
		f := factWithText(t, tt.in, tt.text)
		assert.Equal(t, tt.want, f.ChangeBase, "%s: %s", tt.in, tt.text)
	}
}
