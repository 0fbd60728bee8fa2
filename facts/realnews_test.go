package facts_test

import (
	"math"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// The classes of issue 8, found on real news: figures read off by a scale
// factor, names read as counts, and forms that were missed. The sentences
// are written for these tests.

// newsWant is one expected fact, found by its exact text.
type newsWant struct {
	text      string
	kind      facts.Kind
	value     float64
	low, high *float64
	unit      string
	uncertain bool
	written   string // the written unit, where the money is normalised
}

func TestRealNewsScales(t *testing.T) {
	tests := []struct {
		in   string
		want newsWant
	}{
		// A scale word spreads back over a range only when the first number
		// has no scale of its own and the range stays ordered.
		{"New homes are on sale from $450,000 to $1.2 million.", newsWant{text: "$450,000 to $1.2 million", kind: facts.KindMoney, value: 450000, low: f(450000), high: f(1.2e6), unit: "USD"}},
		{"Fares ranging from $300 to $2 million were quoted by brokers.", newsWant{text: "$300 to $2 million", kind: facts.KindMoney, value: 300, low: f(300), high: f(2e6), unit: "USD"}},
		{"Analysts expect $5-6bn of writedowns.", newsWant{text: "$5-6bn", kind: facts.KindMoney, low: f(5e9), high: f(6e9), unit: "USD"}},
		{"Organisers expect two to three thousand people.", newsWant{text: "two to three thousand people", kind: facts.KindCount, low: f(2000), high: f(3000)}},
		{"Between 40 and 50 million viewers tuned in.", newsWant{text: "Between 40 and 50 million viewers", kind: facts.KindCount, low: f(40e6), high: f(50e6)}},
		// "b" is a billion with money or before people; elsewhere it is bits.
		{"The switch handles a 9000b frame without loss.", newsWant{text: "9000b", kind: facts.KindQuantity, value: 9000, unit: "bit", uncertain: true}},
		{"The planet will hold about 7 B people by then.", newsWant{text: "about 7 B people", kind: facts.KindCount, value: 7e9}},
		{"The fund lost $3b last year.", newsWant{text: "$3b", kind: facts.KindMoney, value: 3e9, unit: "USD"}},
		// "28m of its users" is 28 million, not metres.
		{"The app has 28m of its users in Europe.", newsWant{text: "28m", kind: facts.KindCount, value: 28e6}},
		{"The wall stands 4m tall.", newsWant{text: "4m", kind: facts.KindQuantity, value: 4, unit: "m"}},
		// Index points are not percentage points.
		{"The Nasdaq lost 180 points on Friday.", newsWant{text: "180 points", kind: facts.KindQuantity, value: 180, unit: "pts"}},
		{"The Dow Jones index rose 300 points.", newsWant{text: "300 points", kind: facts.KindQuantity, value: 300, unit: "pts"}},
		{"Labour's lead in the poll widened to 12 points.", newsWant{text: "12 points", kind: facts.KindPercent, value: 12, unit: "pp"}},
		{"Inflation was 3% and rates rose half a percentage point.", newsWant{text: "half a percentage point", kind: facts.KindPercent, value: 0.5, unit: "pp"}},
		{"The striker scored 25 points in the final.", newsWant{text: "25 points", kind: facts.KindCount, value: 25}},
	}
	runNewsWants(t, tests)
}

func TestRealNewsForms(t *testing.T) {
	tests := []struct {
		in   string
		want newsWant
	}{
		// Currency prefixes of Australian, Singaporean, Hong Kong,
		// Malaysian, Indian and South African outlets.
		{"The miner booked $US50m in costs.", newsWant{text: "$US50m", kind: facts.KindMoney, value: 50e6, unit: "USD"}},
		{"The deal is worth $A3.2bn to the state.", newsWant{text: "$A3.2bn", kind: facts.KindMoney, value: 3.2e9, unit: "AUD"}},
		{"Tickets cost A$45 each.", newsWant{text: "A$45", kind: facts.KindMoney, value: 45, unit: "AUD"}},
		{"The bank raised S$1.5bn from investors.", newsWant{text: "S$1.5bn", kind: facts.KindMoney, value: 1.5e9, unit: "SGD"}},
		{"Rents rose to HK$32,000 a month.", newsWant{text: "HK$32,000", kind: facts.KindMoney, value: 32000, unit: "HKD"}},
		{"The fine was RM120 for each offence.", newsWant{text: "RM120", kind: facts.KindMoney, value: 120, unit: "MYR"}},
		{"The budget sets aside RM2.4 billion for schools.", newsWant{text: "RM2.4 billion", kind: facts.KindMoney, value: 2.4e9, unit: "MYR"}},
		{"Each family gets Rs 500 a week.", newsWant{text: "Rs 500", kind: facts.KindMoney, value: 500, unit: "INR"}},
		{"Eskom owes R81bn to lenders.", newsWant{text: "R81bn", kind: facts.KindMoney, value: 81e9, unit: "ZAR"}},
		{"Fares went up by NZ$4.", newsWant{text: "NZ$4", kind: facts.KindMoney, value: 4, unit: "NZD"}},
		// Small coins: the money is normalised and the figure as written kept.
		{"A loaf now costs 95 cents more.", newsWant{text: "95 cents", kind: facts.KindMoney, value: 0.95, unit: "USD", written: "cent"}},
		{"A stamp went up to 85p.", newsWant{text: "85p", kind: facts.KindMoney, value: 0.85, unit: "GBP", written: "penny"}},
		{"The toll is 50 pence per crossing.", newsWant{text: "50 pence", kind: facts.KindMoney, value: 0.5, unit: "GBP", written: "penny"}},
		{"Petrol rose by 20 sen a litre in Kuala Lumpur.", newsWant{text: "20 sen", kind: facts.KindMoney, value: 0.2, unit: "MYR", written: "sen"}},
		// Negatives written as words.
		{"The quarterback finished with minus-8 yards.", newsWant{text: "minus-8 yards", kind: facts.KindQuantity, value: -8, unit: "yd"}},
		{"Temperatures fell to minus 15C overnight.", newsWant{text: "minus 15C", kind: facts.KindQuantity, value: -15, unit: "°C"}},
		// Bounds written as prefixes.
		{"The firm makes sub-10 nanometre chips.", newsWant{text: "sub-10 nanometre", kind: facts.KindQuantity, value: 10, unit: "nm"}},
		// Multipliers.
		{"Sales saw a fivefold increase.", newsWant{text: "fivefold", kind: facts.KindQuantity, value: 5, unit: "×"}},
		{"Cases rose 10-fold in a month.", newsWant{text: "10-fold", kind: facts.KindQuantity, value: 10, unit: "×"}},
		// Scientific notation.
		{"A mole holds 6.02×10²³ molecules.", newsWant{text: "6.02×10²³ molecules", value: 6.02e23}},
		{"The chip runs 1.2 x 10^9 operations.", newsWant{text: "1.2 x 10^9 operations", value: 1.2e9}},
		{"The error was 2.5×10−5 of the total.", newsWant{text: "2.5×10−5", value: 2.5e-5}},
		// Units of product reviews and motoring.
		{"The hatchback returns 52 mpg on the motorway.", newsWant{text: "52 mpg", kind: facts.KindQuantity, value: 52, unit: "mpg"}},
		{"Its engine revs to 7,000rpm.", newsWant{text: "7,000rpm", kind: facts.KindQuantity, value: 7000, unit: "rpm"}},
		{"The V8 makes 450bhp.", newsWant{text: "450bhp", kind: facts.KindQuantity, value: 450, unit: "bhp"}},
		{"The car has a 75kWh battery.", newsWant{text: "75kWh", kind: facts.KindQuantity, value: 75, unit: "kWh"}},
		{"The phone packs a 5,000mAh cell.", newsWant{text: "5,000mAh", kind: facts.KindQuantity, value: 5000, unit: "mAh"}},
		{"It has a 6.1-inch screen and a 3.2GHz chip.", newsWant{text: "3.2GHz", kind: facts.KindQuantity, value: 3.2, unit: "GHz"}},
		{"The set has a 65\" screen.", newsWant{text: "65\"", kind: facts.KindQuantity, value: 65, unit: "in"}},
		{"Fleet use fell to 5.8 l/100km.", newsWant{text: "5.8 l/100km", kind: facts.KindQuantity, value: 5.8, unit: "l/100km"}},
		// Hurricane categories, like magnitudes.
		{"A category four hurricane hit the coast.", newsWant{text: "category four", kind: facts.KindQuantity, value: 4, unit: "category"}},
		{"The storm strengthened to a Category 5.", newsWant{text: "Category 5", kind: facts.KindQuantity, value: 5, unit: "category"}},
		// Ranges that run downwards still are ranges when the words say so.
		{"Temperatures ranged from -18C to -34C.", newsWant{text: "from -18C to -34C", kind: facts.KindQuantity, low: f(-34), high: f(-18), unit: "°C"}},
		// A bare number takes the unit of the number it is paired with.
		{"Doses of 45 and 50 mg were given.", newsWant{text: "45", kind: facts.KindQuantity, value: 45, unit: "mg"}},
		// A bare number set beside a quantity takes its unit, written once.
		{"The group will cut output by 800,000 barrels a day while its allies will trim 400,000.", newsWant{text: "400,000", kind: facts.KindQuantity, value: 400000, unit: "bbl/d"}},
		{"The plan is an 800,000 bpd reduction by the 14 members and 400,000 by the others.", newsWant{text: "400,000", kind: facts.KindQuantity, value: 400000, unit: "bbl/d"}},
		// not a count of another order of things, nor one with its noun
		{"The magnitude 6.1 quake damaged 1,200 homes.", newsWant{text: "1,200 homes", kind: facts.KindCount, value: 1200}},
		{"The 10 km tunnel was dug by 4,000.", newsWant{text: "4,000", kind: facts.KindCount, value: 4000, uncertain: true}},
	}
	runNewsWants(t, tests)
}

func runNewsWants(t *testing.T, tests []struct {
	in   string
	want newsWant
}) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := facts.Extract("t", []byte(tt.in))
			w := tt.want
			var g *facts.Fact
			for i := range got {
				if got[i].Text == w.text {
					g = &got[i]
				}
			}
			require.NotNilf(t, g, "no fact with text %q in %s", w.text, describe(got))
			if w.kind != "" {
				assert.Equal(t, w.kind, g.Kind, "kind")
			}
			if w.value != 0 {
				require.NotNil(t, g.Value)
				assert.InDelta(t, w.value, *g.Value, math.Abs(w.value)*1e-9, "value")
			}
			if w.low != nil {
				require.NotNil(t, g.Low, "low")
				assert.InDelta(t, *w.low, *g.Low, math.Abs(*w.low)*1e-9, "low")
			}
			if w.high != nil {
				require.NotNil(t, g.High, "high")
				assert.InDelta(t, *w.high, *g.High, math.Abs(*w.high)*1e-9, "high")
			}
			if w.unit != "" {
				assert.Equal(t, w.unit, g.Unit, "unit")
			}
			assert.Equal(t, w.uncertain, g.Uncertain, "uncertain")
			if w.written != "" {
				assert.Equal(t, w.written, g.WrittenUnit, "written unit")
				require.NotNil(t, g.WrittenValue)
			}
		})
	}
}

// TestRealNewsNames: model, team, index and address numbers are names, and
// a number against a name is no figure; the figures around them stay.
func TestRealNewsNames(t *testing.T) {
	tests := []struct {
		in    string
		names []string // no fact's text may hold these
		keep  []string // facts that must stay, by exact text
	}{
		{"Apple sold 12 million units of the iPhone 15 Plus.", []string{"15"}, []string{"12 million"}},
		{"Tesla delivered 1,200 Model Y sedans in May.", nil, []string{"1,200 Model Y sedans"}},
		{"The airline ordered 20 A350 jets.", []string{"350"}, []string{"20"}},
		{"Dortmund beat Schalke 04 on Saturday.", []string{"04"}, nil},
		{"Hannover 96 signed two players.", []string{"96"}, []string{"two players"}},
		{"The Nikkei 225 rose 1.2% in Tokyo.", []string{"225"}, []string{"1.2%"}},
		{"The CAC 40 closed 0.8% lower.", []string{"40"}, []string{"0.8%"}},
		{"The FTSE 100 fell 45 points.", []string{"100"}, []string{"45 points"}},
		{"Protesters gathered outside 30 Rockefeller Plaza.", []string{"30"}, nil},
		{"The shop at 16-18 Market Street closed.", []string{"16", "18"}, nil},
		{"Labs ran hundreds of COVID-19 tests.", []string{"19"}, []string{"hundreds"}},
		{"He bought a Galaxy S24 Ultra and two cases.", []string{"24"}, []string{"two cases"}},
		{"The Ford F-150 Lightning costs $50,000.", []string{"150"}, []string{"$50,000"}},
		{"Porsche showed the 911 Turbo at the fair.", []string{"911"}, nil},
		{"Bayern Munich thrashed Mainz 05 at home.", []string{"05"}, nil},
		{"The Windows 11 update shipped to 400 million PCs.", []string{"11"}, []string{"400 million"}},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := facts.Extract("t", []byte(tt.in))
			for _, g := range got {
				if g.Kind == facts.KindDate {
					continue
				}
				for _, name := range tt.names {
					assert.NotContains(t, g.Text, name, "a name read as a figure: %s", describe(got))
				}
			}
			for _, k := range tt.keep {
				assert.NotNil(t, findFact(got, k), "figure %q lost: %s", k, describe(got))
			}
		})
	}
}

// TestRealNewsReadings: readings found wrong on real reports.
func TestRealNewsReadings(t *testing.T) {
	tests := []struct {
		in   string
		want newsWant
	}{
		{"The quake was followed by a 4.8 aftershock an hour later.", newsWant{text: "4.8", kind: facts.KindQuantity, value: 4.8, unit: "magnitude"}},
		{"A nation stronger than it was 11-1/2 years ago.", newsWant{text: "11-1/2 years", kind: facts.KindDuration, value: 11.5, unit: "year"}},
		{"Most of the country's 42m eligible voters took part.", newsWant{text: "42m eligible voters", kind: facts.KindCount, value: 42e6}},
		{"The blast left a crater at least 10 m across.", newsWant{text: "at least 10 m", kind: facts.KindQuantity, value: 10, unit: "m"}},
		// a quake's magnitude in degrees, as copy translated from Turkish gives it
		{"The main tremor at 7.8 degrees struck at dawn.", newsWant{text: "7.8 degrees", kind: facts.KindQuantity, value: 7.8, unit: "magnitude"}},
		{"It was 7.8 degrees in Ankara at dawn.", newsWant{text: "7.8 degrees", kind: facts.KindQuantity, value: 7.8, unit: "°"}},
		{"Temperatures fell to 7.8 degrees after the earthquake.", newsWant{text: "7.8 degrees", kind: facts.KindQuantity, value: 7.8, unit: "°C"}},
		// the word of the sign before the currency's symbol
		{"Operating cash flow was negative US$3.36 billion.", newsWant{text: "negative US$3.36 billion", kind: facts.KindMoney, value: -3.36e9, unit: "USD"}},
		{"Margins were minus €200 a unit.", newsWant{text: "minus €200", kind: facts.KindMoney, value: -200, unit: "EUR"}},
		{"The fee was $5 plus or minus $2.", newsWant{text: "$2", kind: facts.KindMoney, value: 2, unit: "USD"}},
		// a decade of life is an age between its ends; a decade of
		// something else is no count of "s"
		{"A man in his 70s was reported missing.", newsWant{text: "70s", kind: facts.KindAge, value: 70, low: f(70), high: f(79), unit: "year"}},
		{"She is in her early 80s.", newsWant{text: "early 80s", kind: facts.KindAge, value: 80, low: f(80), high: f(83), unit: "year"}},
		{"Both pilgrims were in their mid-60s.", newsWant{text: "mid-60s", kind: facts.KindAge, value: 63, low: f(63), high: f(66), unit: "year"}},
		{"Temperatures stayed in the 40s.", newsWant{text: "40s", kind: facts.KindCount, value: 40, uncertain: true}},
		// dotted initials after a figure are a place, not a model code
		{"Cisco is buying Splunk for $157 U.S. a share.", newsWant{text: "$157", kind: facts.KindMoney, value: 157, unit: "USD"}},
		{"It sold 40 U.K. homes last year.", newsWant{text: "40 U.K. homes", kind: facts.KindCount, value: 40}},
	}
	runNewsWants(t, tests)
	for _, in := range []string{"Papers called it the city's 9/11.", "A Boeing 737-500 crashed near the city."} {
		for _, g := range facts.Extract("t", []byte(in)) {
			assert.Equal(t, facts.KindDate, g.Kind, "%q: unexpected %s", in, describe([]facts.Fact{g}))
		}
	}
}

// TestRealNewsTableCells: numbers in table cells set apart by a space are
// two figures, never one number of both ("93,943 220,416" is not 9.4e10).
func TestRealNewsTableCells(t *testing.T) {
	got := facts.Extract("t", []byte("Indonesia 126,473 93,943 220,416\n"))
	for _, g := range got {
		if g.Value != nil {
			assert.Less(t, *g.Value, 1e6, "cells merged: %s", describe(got))
		}
	}
}

// TestRealNewsDateline: a weekday before a full date is one date.
func TestRealNewsDateline(t *testing.T) {
	got := facts.Extract("t", []byte("Thursday, March 24, 2005\n\nOfficials met on Friday.\n"))
	var texts []string
	for _, g := range got {
		texts = append(texts, g.Text)
	}
	assert.Equal(t, []string{"Thursday, March 24, 2005", "Friday"}, texts)
}

// TestRealNewsElidedSubject: a bare count after a count of the killed in
// one sentence counts the killed too; "as many as an additional" bounds.
func TestRealNewsElidedSubject(t *testing.T) {
	got := facts.Extract("t", []byte("The governor said 30 had been killed, and police have said at least 25."))
	g := findFact(got, "at least 25")
	require.NotNil(t, g, describe(got))
	assert.Equal(t, "killed", g.Event)
	got = facts.Extract("t", []byte("Doctors warn that as many as an additional 5,000 people could perish."))
	g = findFact(got, "5,000")
	require.NotNil(t, g, describe(got))
	assert.Equal(t, facts.BoundAtMost, g.Bound)
	assert.Equal(t, "killed", g.Event)
}

// TestRealNewsParallelSubject: a figure set beside another ("compared to",
// "to") shares its subject when it has none.
func TestRealNewsParallelSubject(t *testing.T) {
	got := facts.Extract("t", []byte("Net profit for the quarter is $2.1bn, compared to $1.7bn a year earlier."))
	first, second := findFact(got, "$2.1bn"), findFact(got, "$1.7bn")
	require.NotNil(t, first, describe(got))
	require.NotNil(t, second, describe(got))
	assert.NotEmpty(t, first.Subject)
	assert.Equal(t, first.Subject, second.Subject)
}

// TestMoneyPeriodIsNoSubject: a stretch of time after an amount ("in the
// quarter", "for the year") is when the money was made, not what it is;
// the subject is read before the figure. What the money is for stays.
func TestMoneyPeriodIsNoSubject(t *testing.T) {
	tests := []struct{ in, text, subject string }{
		{"Net profit was $4.1 billion for the quarter.", "$4.1 billion", "net profit"},
		{"The company posted a gross profit of $5.2 billion in the quarter.", "$5.2 billion", "gross profit"},
		{"Sales of $3 billion in the first half beat forecasts.", "$3 billion", "sales"},
		{"The UN sought $2bn in aid.", "$2bn", "aid"},
		{"It set aside $150 million for the bonus pool.", "$150 million", "bonus pool"},
	}
	for _, tt := range tests {
		t.Run(tt.in, func(t *testing.T) {
			got := facts.Extract("t", []byte(tt.in))
			f := findFact(got, tt.text)
			require.NotNil(t, f, describe(got))
			assert.Equal(t, tt.subject, f.Subject)
		})
	}
}

// TestAgentIsNoVictim: a count that does the deed of its clause's event
// verb, the verb taking an object ("Three gunmen killed 12 people", "Two
// powerful earthquakes killed more than 1,500"), is the agent, not the
// killed; a count the verb befalls keeps its event.
func TestAgentIsNoVictim(t *testing.T) {
	tests := []struct{ in, text, event string }{
		{"Three gunmen killed 12 people.", "Three gunmen", ""},
		{"Three gunmen killed 12 people.", "12 people", "killed"},
		{"Two powerful earthquakes killed more than 1,500 people in Turkey.", "Two powerful earthquakes", ""},
		{"Two storms killed at least 25.", "Two storms", ""},
		{"Five people killed at the scene.", "Five people", "killed"},
		{"Four people killed around midnight.", "Four people", "killed"},
		{"Twenty people killed over three days of fighting.", "Twenty people", "killed"},
		{"Six people killed about 10 km from the town.", "Six people", "killed"},
	}
	for _, tt := range tests {
		t.Run(tt.in+"/"+tt.text, func(t *testing.T) {
			got := facts.Extract("t", []byte(tt.in))
			f := findFact(got, tt.text)
			require.NotNil(t, f, describe(got))
			assert.Equal(t, tt.event, f.Event)
		})
	}
}
