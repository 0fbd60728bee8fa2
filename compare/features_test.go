package compare

import (
	"slices"

	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// itemPair extracts two one-sentence reports and returns the items of the
// figures whose text is ta and tb.
func itemPair(t *testing.T, a, ta, b, tb string) (*item, *item) {
	t.Helper()
	docs := []Doc{reportOf("a.txt", a), reportOf("b.txt", b)}
	items, _ := prepareAll(docs, Options{}.withDefaults())
	find := func(doc int, text string) *item {
		for _, it := range items {
			if it.doc == doc && it.f.Text == text {
				return it
			}
		}
		require.Failf(t, "no figure", "%q in report %d", text, doc)
		return nil
	}
	return find(0, ta), find(1, tb)
}

// TestMeasureLevel: the measure comparison reads a person word counted by
// what befell them ("12 miners were rescued") as the people of that event
// ("27 people rescued"), but not a person word of no event beside them.
func TestMeasureLevel(t *testing.T) {
	const related, different = 1, 3
	tests := []struct {
		name         string
		a, ta, b, tb string
		want         int
	}{
		{"miners rescued and people rescued",
			"Twelve miners were rescued on Tuesday.", "Twelve miners",
			"The operator said 27 people had been rescued.", "27 people", related},
		{"soldiers killed and people killed",
			"Four soldiers were killed in the attack.", "Four soldiers",
			"The attack killed nine people.", "nine people", related},
		{"protesters of no event and people detained",
			"Some 200,000 protesters filled the streets.", "Some 200,000 protesters",
			"More than 500 people were detained.", "More than 500 people", different},
		{"skiers killed and people killed (a person word WordNet knows)",
			"Four skiers were killed in the avalanche.", "Four skiers",
			"The avalanche killed nine people.", "nine people", related},
		{"miners rescued and people killed",
			"Twelve miners were rescued on Tuesday.", "Twelve miners",
			"The collapse killed nine people.", "nine people", different},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, b := itemPair(t, tt.a, tt.ta, tt.b, tt.tb)
			assert.Equal(t, tt.want, measureLevel(a, b), "%s / %s", a.measure, b.measure)
			assert.Equal(t, tt.want, measureLevel(b, a), "symmetric")
		})
	}
}

// TestBodiesAreTheDead: "nine bodies were recovered" counts the dead, as
// "the death toll rose to 14" does: one event, one measure.
func TestBodiesAreTheDead(t *testing.T) {
	a, b := itemPair(t, "Rescuers recovered nine bodies from the mine.", "nine bodies",
		"The death toll rose to 14 on Friday.", "14")
	assert.Equal(t, "killed", a.event)
	assert.Equal(t, 0, eventLevel(a, b), "same event")
	assert.Equal(t, 0, measureLevel(a, b), "%s / %s", a.measure, b.measure)
}

// TestSharesAreStock: "shares" counts stock ("40 million shares"), while a
// share of something is a generic word that names nothing.
func TestSharesAreStock(t *testing.T) {
	a, b := itemPair(t, "The company sold 40 million shares.", "40 million shares",
		"Lumora sold 42 million shares at $31.", "42 million shares")
	assert.Equal(t, 0, measureLevel(a, b), "%s / %s", a.measure, b.measure)
	assert.Equal(t, 0, subjectLevel(a, b), "%v / %v", a.subj, b.subj)

	c, _ := itemPair(t, "Labour won a 40% share of the vote.", "40%", "Turnout was 60%.", "60%")
	assert.NotContains(t, c.subj, "share", "%v", c.subj)
}

// TestUnitsNameNothing: "units" counts whatever a report sells ("selling
// 48.05 million units"), no measure set against "48.05 million iPhones".
func TestUnitsNameNothing(t *testing.T) {
	a, b := itemPair(t, "Apple said it sold 48.05 million iPhones.", "48.05 million iPhones",
		"Apple beat forecasts by selling 48.05 million units.", "48.05 million units")
	assert.Equal(t, 2, measureLevel(a, b), "%s / %s", a.measure, b.measure)
}

// TestCountAddedIsOneClaim: a report's "added 256,000 jobs" and "rose by
// 256,000 jobs" are one claim; a rise by another number is not.
func TestCountAddedIsOneClaim(t *testing.T) {
	claimsOf := func(text string) int {
		docs := []Doc{reportOf("a.txt", text)}
		items, _ := prepareAll(docs, Options{}.withDefaults())
		seen := map[int]bool{}
		for _, it := range items {
			if it.f.Kind == facts.KindCount {
				seen[it.claim] = true
			}
		}
		return len(seen)
	}
	assert.Equal(t, 1, claimsOf("US employers added 256,000 jobs in December.\nNon-farm payrolls rose by 256,000 jobs, the department said."))
	assert.Equal(t, 2, claimsOf("US employers added 256,000 jobs in December.\nNon-farm payrolls rose by 212,000 jobs in November."))
}

// TestTransposed: figures written alike but for the order of their digits
// are a copying slip, a value level of their own.
func TestTransposed(t *testing.T) {
	tests := []struct {
		a, b string
		want bool
	}{
		{"1.2%", "2.1%", true},
		{"$2,180", "$2,810", true},
		{"46", "64", true},
		{"1.4 million", "4.1 million", true},
		{"6.52am", "6.25am", true},
		{"46", "46", false},             // the same figure
		{"4", "4", false},               // one digit cannot swap
		{"1.2%", "2.1 per cent", false}, // written otherwise
		{"$2,180", "$2,081", false},     // other digits
		{"1.4 million", "4.1 billion", false},
		{"12", "21.0", false},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, transposed(tt.a, tt.b), "%q, %q", tt.a, tt.b)
	}
	a := fc("46 flights", "flights", 46)
	b := fc("64 flights", "flights", 64)
	x, y := prepare(&item{}, &a, 0, 0, DefaultApproxTolerance, newEnv()), prepare(&item{}, &b, 1, 1, DefaultApproxTolerance, newEnv())
	assert.Equal(t, "transposed", comparisons[slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == "value" })].levels[valueLevel(x, y)])
}

// TestValueMeasureLevel: only figures that meet, with measures that
// differ, take the level of their own.
func TestValueMeasureLevel(t *testing.T) {
	e := newEnv()
	it := func(text, subject string, v float64) *item {
		f := fc(text, subject, v)
		f.Measure = subject
		return prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)
	}
	jobs, staff, jobs2 := it("2,300 jobs", "jobs", 2300), it("2,300 tickets", "tickets", 2300), it("2,600 jobs", "jobs", 2600)
	e.termIDs([]*item{jobs, staff, jobs2})
	assert.Equal(t, 1, valueMeasureLevel(jobs, staff), "one figure, two measures")
	assert.Equal(t, 0, valueMeasureLevel(jobs, jobs2), "one measure")
	assert.Equal(t, 0, valueMeasureLevel(staff, jobs2), "two figures")
}

// TestNearValueLevel: figures that do not meet but lie within 5% of each
// other are near, and nearer still in weight when one has no measure; an
// overlap, a larger distance or another unit is not near.
func TestNearValueLevel(t *testing.T) {
	e := newEnv()
	it := func(text, measure string, v float64, opts ...opt) *item {
		f := fc(text, measure, v, opts...)
		f.Measure = measure
		return prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)
	}
	share, share2, bare := it("15.8%", "turnout", 15.8, percent("%")), it("15.5%", "turnout", 15.5, percent("%")), it("15.5%", "", 15.5, percent("%"))
	far, same := it("14.4%", "turnout", 14.4, percent("%")), it("15.8%", "", 15.8, percent("%"))
	dollars, euros := it("$145.29", "price", 145.29, money("USD")), it("€145.85", "", 145.85, money("EUR"))
	e.termIDs([]*item{share, share2, bare, far, same, dollars, euros})
	tests := []struct {
		name string
		a, b *item
		want string
	}{
		{"within 5%, both measured", share, share2, "within 5%"},
		{"within 5%, one without a measure", share, bare, "within 5%, no measure"},
		{"9% apart", share, far, "other"},
		{"the same figure", share, same, "other"},
		{"other currencies", dollars, euros, "other"},
	}
	levels := comparisons[slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == "near value" })].levels
	for _, tt := range tests {
		assert.Equal(t, tt.want, levels[nearValueLevel(tt.a, tt.b)], tt.name)
		assert.Equal(t, tt.want, levels[nearValueLevel(tt.b, tt.a)], tt.name+", the other way round")
	}
}

// TestChangeNounIsAChange: a figure whose measure names a change ("growth
// of 2.7%", "a fall of 3%") is the amount of that change, as "up 2.4%" is;
// a share of a whole and a figure with its own change keep theirs.
func TestChangeNounIsAChange(t *testing.T) {
	e := newEnv()
	it := func(measure string, opts ...opt) *item {
		f := fc("2.7%", measure, 2.7, append([]opt{percent("%")}, opts...)...)
		f.Measure = measure
		return prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)
	}
	growth, fall, rate := it("growth"), it("fall"), it("rate")
	assert.Equal(t, "change", growth.role)
	assert.Equal(t, "up", growth.change)
	assert.Equal(t, "change", fall.role)
	assert.Equal(t, "down", fall.change)
	assert.Equal(t, "level", rate.role)
	share := it("growth", func(f *facts.Fact) { f.Role = "share" })
	assert.Equal(t, "level", share.role, "a share keeps its role")
}

// TestTimeLevelCalendars: a calendar date and a part of it are one time; a
// date of another month or year is another.
func TestTimeLevelCalendars(t *testing.T) {
	e := newEnv()
	at := func(time string) *item {
		f := fc("3.9%", "rate", 3.9, percent("%"))
		f.Time = time
		return prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)
	}
	levels := comparisons[slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == "time" })].levels
	assert.Equal(t, "same", levels[timeLevel(at("2018-04-05"), at("XXXX-04"))])
	assert.Equal(t, "same", levels[timeLevel(at("2018-04"), at("2018"))])
	assert.Equal(t, "different", levels[timeLevel(at("2018-04-05"), at("XXXX-03"))])
	assert.Equal(t, "different", levels[timeLevel(at("2018"), at("2017"))])
	assert.Equal(t, "different", levels[timeLevel(at("Q2"), at("previous year"))])
	assert.True(t, sameTime("2018-04-05", "XXXX-04"))
	assert.False(t, sameTime("2018-04-05", "2017"))
}

// TestScopeLevelNames: two scopes that name one thing in other words are
// one scope; two that share one word only are not.
func TestScopeLevelNames(t *testing.T) {
	e := newEnv()
	at := func(scope string) *item {
		f := fc("52.5%", "vote", 52.5, percent("%"))
		f.Scope = scope
		return prepare(&item{}, &f, 0, 0, DefaultApproxTolerance, e)
	}
	levels := comparisons[slices.IndexFunc(comparisons, func(c comparison) bool { return c.name == "scope" })].levels
	assert.Equal(t, "same", levels[scopeLevel(at("Recep Tayyip Erdogan"), at("Turkish President Recep Tayyip"))])
	assert.Equal(t, "same", levels[scopeLevel(at("Kherson province"), at("Kherson"))])
	assert.Equal(t, "different", levels[scopeLevel(at("North Kivu"), at("South Kivu"))])
	assert.Equal(t, "different", levels[scopeLevel(at("Republican People's Party"), at("Peoples Democratic Party"))])
	assert.Equal(t, "one side", levels[scopeLevel(at("Muharrem Ince"), at(""))])
}

// TestDigitSlip: two long figures with only their first two digits apart
// are one figure mistyped; short figures or other digits are not.
func TestDigitSlip(t *testing.T) {
	for _, tt := range []struct {
		a, b string
		want bool
	}{
		{"30,434,574", "13,434,574", true},
		{"6,730,413", "8,730,413", true},
		{"13,434,574", "13,434,574", false}, // the same text
		{"30,434,574", "13,434,575", false}, // a later digit differs
		{"434,574", "134,574", false},       // too short to tell
		{"30,434,574", "130,434,574", false},
	} {
		assert.Equal(t, tt.want, digitSlip(tt.a, tt.b), "%q, %q", tt.a, tt.b)
	}
}

// TestLinkedBySymmetric: what links two figures does not depend on which
// comes first: a measure that is its subject's stem ("The population grew
// 1.6%") beside a subject that holds it ("population growth slowed to
// 1.6%") is linked by population either way round, so that the verdict,
// which asks whether only the words around them link them, is the same
// whichever report is read first.
func TestLinkedBySymmetric(t *testing.T) {
	a, b := itemPair(t, "The population grew 1.6% to 27.9 million.", "1.6%",
		"Population growth slowed to 1.6% as net migration fell.", "1.6%")
	ab, ba := linkedBy(a, b), linkedBy(b, a)
	assert.NotEqual(t, linkedByContext, ab, "%s / %s", a.measure, b.measure)
	assert.NotEqual(t, linkedByContext, ba, "%s / %s", b.measure, a.measure)
}
