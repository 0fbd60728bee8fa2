package compare

import (
	"encoding/json"
	"fmt"
	"math"
	"strings"
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// pair compares fact a of a.txt with fact b of b.txt.
func pair(a, b facts.Fact, opt Options) Result {
	return Compare([]Doc{doc("a.txt", a), doc("b.txt", b)}, opt)
}

func aligned(r Result, a, b facts.Fact) bool {
	ga, gb := groupOf(r, "a.txt", a.Text), groupOf(r, "b.txt", b.Text)
	return ga != nil && ga == gb
}

func TestAlignment(t *testing.T) {
	killed := event("killed")
	tests := []struct {
		name  string
		a, b  facts.Fact
		opt   Options
		align bool
	}{
		{"killed 25 people = 25 were killed",
			fc("killed 25 people", "people killed", 25, killed), fc("25 were killed", "people killed", 25, killed), Options{}, true},
		{"killed = death toll rose to",
			fc("killed 25 people", "people killed", 25, killed),
			fc("the death toll rose to 31", "people killed", 31, killed, change("up", "to")), Options{}, true},
		{"event guessed from the subject: 25 dead",
			fc("killed 25 people", "people killed", 25, killed), fc("25 dead", "dead", 25), Options{}, true},
		{"death toll without event field",
			fc("25 killed", "people killed", 25), fc("a death toll of 25", "death toll", 25), Options{}, true},
		{"injured = people wounded",
			fc("73 injured", "people injured", 73, event("injured")), fc("more than 90 people wounded", "people wounded", 90, moreThan()), Options{}, true},
		{"Ukraine's territory = Ukrainian land",
			fc("19%", "Ukraine's territory", 19, percent("%")), fc("nearly a fifth", "Ukrainian land", 20, percent("%"), approx()), Options{}, true},
		{"drones shot down = drones intercepted",
			fc("40 drones", "drones shot down", 40, event("shot down")), fc("forty of the drones", "drones intercepted", 40, event("intercepted")), Options{}, true},
		{"extra modifier on one side",
			fc("19%", "ukrainian territory", 19, percent("%")), fc("19 per cent", "territory", 19, percent("%")), Options{}, true},
		{"weak modifier", fc("3%", "annual inflation", 3, percent("%")), fc("3 per cent", "inflation", 3, percent("%")), Options{}, true},
		{"two shared terms and one of its own on each side",
			fc("40", "ballistic missiles launched", 40, event("launched")), fc("40 missiles", "russian missiles launched", 40, event("launched")), Options{}, true},
		{"event only = event with a thing counted",
			fc("54 launched", "launched", 54, event("launched")), fc("48 attack drones", "attack drones launched", 48, event("launched")), Options{}, true},
		{"annual vs monthly inflation", fc("3%", "annual inflation", 3, percent("%")), fc("0.3 per cent", "monthly inflation", 0.3, percent("%")), Options{}, false},

		{"25 killed vs 25 missiles", fc("25 killed", "people killed", 25, killed), fc("25 missiles", "missiles", 25), Options{}, false},
		{"Ukrainian vs Russian territory",
			fc("19%", "ukrainian territory", 19, percent("%")), fc("19 per cent", "russian territory", 19, percent("%")), Options{}, false},
		{"civilians vs soldiers killed",
			fc("25 civilians", "civilians killed", 25, killed), fc("25 soldiers", "soldiers killed", 25, killed), Options{}, false},
		{"children killed is not people killed",
			fc("10 children", "children killed", 10, killed), fc("25 people", "people killed", 25, killed), Options{}, false},
		{"passengers rescued is people rescued when the figures agree",
			fc("112 people", "people rescued", 112, event("rescued")), fc("112 passengers", "passengers rescued", 112, event("rescued")), Options{}, true},
		{"empty subjects with somewhat similar sentences and equal figures",
			fc("166", "", 166, sentence("The ferry was carrying 166 people when it capsized.")),
			fc("166", "", 166, sentence("There were 166 people on board the ferry.")), Options{}, true},
		{"empty subjects, unrelated sentences, the same precise figure",
			fc("166 people", "people", 166, sentence("The vessel was carrying 166 people.")),
			fc("166 people", "people", 166, sentence("Of the 166 people on board, 112 were rescued by navy ships.")), Options{}, true},
		{"Russian vs Ukrainian soldiers",
			fc("25", "russian soldiers killed", 25, killed), fc("25 soldiers", "ukrainian soldiers killed", 25, killed), Options{}, false},
		{"drones vs missiles shot down",
			fc("40 drones", "drones shot down", 40, event("shot down")), fc("40 missiles", "missiles shot down", 40, event("shot down")), Options{}, false},
		{"event on one side only, a word in common and the same figure",
			fc("12 police", "police", 12), fc("a dozen officers", "officers injured", 12, event("injured")), Options{}, true},
		{"nor with another word",
			fc("8 regions", "regions", 8), fc("eight people", "people injured", 8, event("injured")), Options{}, false},
		{"different events", fc("25 killed", "people killed", 25, killed), fc("25 injured", "people injured", 25, event("injured")), Options{}, false},
		{"year vs count", fc("2022", "", 0, date("2022")), fc("2,022 people", "people", 2022), Options{}, false},
		{"same date", fc("in 2022", "", 0, date("2022")), fc("2022", "", 0, date("2022")), Options{}, true},
		{"different dates", fc("in 2022", "", 0, date("2022")), fc("2023", "", 0, date("2023")), Options{}, false},
		{"percent vs percentage points",
			fc("3%", "unemployment", 3, percent("%")), fc("3 percentage points", "unemployment", 3, percent("pp")), Options{}, false},
		{"basis points vs percentage points",
			fc("25 basis points", "interest rate", 25, percent("bp")), fc("0.25 points", "interest rate", 0.25, percent("pp")), Options{}, true},
		{"km vs miles", fc("1,207 km", "front", 1207, quantity("km")), fc("750-mile", "front", 750, quantity("mi")), Options{}, true},
		{"length vs mass", fc("5 km", "convoy", 5, quantity("km")), fc("5 t", "convoy", 5, quantity("t")), Options{}, false},
		{"USD vs EUR align (and do not compare)",
			fc("$2bn", "aid package", 2e9, money("USD")), fc("€1.8bn", "aid package", 1.8e9, money("EUR")), Options{}, true},
		{"rose to vs level", fc("rose to 31", "people killed", 31, killed, change("up", "to")), fc("31 killed", "people killed", 31, killed), Options{}, true},
		{"an ordinal is a rank, not a change",
			fc("14th", "increase", 14, kind(facts.KindOrdinal), change("up", "by")), fc("14th", "increase", 14, kind(facts.KindOrdinal)), Options{}, true},
		{"by with by", fc("rose 3%", "inflation", 3, percent("%"), change("up", "by")), fc("fell 3%", "inflation", 3, percent("%"), change("down", "by")), Options{}, true},
		{"empty subjects, similar sentences",
			fc("25", "", 25, sentence("The final figure was 25, officials said.")),
			fc("27", "", 27, sentence("Officials said the final figure was 27.")), Options{}, true},
		{"a quantity does not count the event of its sentence",
			fc("45 miles", "", 45, quantity("mi"), sentence("Its epicentre lay 45 miles away, where most of the dead were found.")),
			fc("25 km", "people killed", 25, quantity("km"), killed), Options{}, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := pair(tt.a, tt.b, tt.opt)
			assert.Equal(t, tt.align, aligned(r, tt.a, tt.b), "groups: %s", keys(r))
		})
	}
}

func keys(r Result) string {
	s := ""
	for _, g := range r.Groups {
		s += fmt.Sprintf("[%s %s %d]", g.Key, g.Status, len(g.Facts))
	}
	return s
}

func TestEmptySubjectsDoNotAlignWithinADocument(t *testing.T) {
	s := sentence("The scores were 25 and 27.")
	r := Compare([]Doc{doc("a.txt", fc("25", "", 25, s), fc("27", "", 27, s))}, Options{})
	require.Len(t, r.Groups, 2)
	assert.False(t, r.HasConflict())
}

func TestConsistency(t *testing.T) {
	killed := event("killed")
	billions := func(f *facts.Fact) { f.Precision = 1e9 }
	tests := []struct {
		name   string
		a, b   facts.Fact
		opt    Options
		status Status
		reason string // expected reason, exactly, when the status is conflict
	}{
		{"exact counts that differ",
			fc("25", "people killed", 25, killed), fc("31", "people killed", 31, killed), Options{},
			StatusConflict, `31 is outside "25" (exact)`},
		{"equal counts", fc("25 people", "people killed", 25, killed), fc("25 dead", "dead", 25), Options{}, StatusAgree, ""},
		{"rounded money covers the precise figure",
			fc("$4.9bn", "aid package", 4.9e9, money("USD")), fc("$4.87 billion", "aid package", 4.87e9, money("USD")), Options{},
			StatusAgree, ""},
		{"rounded money does not cover another",
			fc("$4.9bn", "aid package", 4.9e9, money("USD")), fc("$4.5bn", "aid package", 4.5e9, money("USD")), Options{},
			StatusConflict, `4,500,000,000 USD is outside "$4.9bn" (rounded: 4,850,000,000 USD up to 4,950,000,000 USD)`},
		{"about 19% and nearly a fifth",
			fc("about 19%", "Ukrainian territory", 19, percent("%"), approx()),
			fc("nearly a fifth", "Ukraine's land", 20, percent("%"), approx()), Options{}, StatusAgree, ""},
		{"a ratio in words is a rounded share: two in three and 66%",
			fc("Two in three", "farmers", 200.0/3, percent("%")), fc("66%", "farmers", 66, percent("%")), Options{}, StatusAgree, ""},
		{"two in three and 72%",
			fc("Two in three", "nurses", 200.0/3, percent("%")), fc("72%", "nurses", 72, percent("%")), Options{},
			StatusConflict, `72% is outside "Two in three" (rounded: 63.33333% up to 70%)`},
		{"a quarter and 28%",
			fc("a quarter", "wheat crop", 25, percent("%")), fc("28%", "wheat crop", 28, percent("%")), Options{},
			StatusConflict, `28% is outside "a quarter" (rounded: 23.75% up to 26.25%)`},
		{"two stated ranges of one figure whose ends differ",
			fc("$9 billion to $10 billion", "full-year EBITDA", 9e9, money("USD"), rangeTo(10e9), billions),
			fc("$8bn and $10bn", "full-year EBITDA", 8e9, money("USD"), rangeTo(10e9), billions), Options{},
			StatusConflict, `"$9 billion to $10 billion" and "$8bn and $10bn" are two different ranges`},
		{"one range told twice",
			fc("$9 billion to $10 billion", "full-year EBITDA", 9e9, money("USD"), rangeTo(10e9), billions),
			fc("$9bn-$10bn", "full-year EBITDA", 9e9, money("USD"), rangeTo(10e9), billions), Options{}, StatusAgree, ""},
		{"about 25 and 31", fc("about 25", "people killed", 25, killed, approx()), fc("31", "people killed", 31, killed), Options{},
			StatusConflict, `31 is outside "about 25" (approximate: 22.5 to 27.5)`},
		{"about 25 and 31 with a 30% tolerance",
			fc("about 25", "people killed", 25, killed, approx()), fc("31", "people killed", 31, killed), Options{ApproxTolerance: 0.3},
			StatusAgree, ""},
		{"at least 25 and 31", fc("at least 25", "people killed", 25, killed, atLeast()), fc("31", "people killed", 31, killed), Options{}, StatusAgree, ""},
		{"at least 25 and 20", fc("at least 25", "people killed", 25, killed, atLeast()), fc("20", "people killed", 20, killed), Options{},
			StatusConflict, `20 is outside "at least 25" (at least 25)`},
		{"more than 90 and 90",
			fc("more than 90 people wounded", "people wounded", 90, moreThan()), fc("90 injured", "injured", 90), Options{},
			StatusConflict, `90 is outside "more than 90 people wounded" (more than 90)`},
		{"more than 90 and 73",
			fc("73 injured", "people injured", 73, event("injured")), fc("more than 90 people wounded", "people wounded", 90, moreThan()), Options{},
			StatusConflict, `73 is outside "more than 90 people wounded" (more than 90)`},
		{"more than 90 and 91", fc("more than 90", "people injured", 90, moreThan()), fc("91", "injured", 91), Options{}, StatusAgree, ""},
		{"up to 10 and 12", fc("up to 10", "people arrested", 10, atMost()), fc("12", "people arrested", 12), Options{},
			StatusConflict, `12 is outside "up to 10" (at most 10)`},
		{"fewer than 10 and 10", fc("fewer than 10", "people arrested", 10, lessThan()), fc("10", "people arrested", 10), Options{},
			StatusConflict, `10 is outside "fewer than 10" (less than 10)`},
		{"range and a figure inside", fc("20 to 25", "people missing", 20, rangeTo(25)), fc("22", "people missing", 22), Options{}, StatusAgree, ""},
		{"two bounds that cannot meet",
			fc("fewer than 10", "people arrested", 10, lessThan()), fc("at least 12", "people arrested", 12, atLeast()), Options{},
			StatusConflict, `"fewer than 10" (less than 10) and "at least 12" (at least 12) cannot both hold`},
		{"miles and km that agree", fc("1,207 km", "front", 1207, quantity("km")), fc("750-mile", "front", 750, quantity("mi")), Options{}, StatusAgree, ""},
		{"miles and km that do not",
			fc("1,000 km", "front", 1000, quantity("km")), fc("750-mile", "front", 750, quantity("mi")), Options{},
			StatusConflict, `"750-mile" (1,207,008 m) is outside "1,000 km" (rounded: 950,000 m up to 1,050,000 m)`},
		{"Fahrenheit and Celsius", fc("104F", "temperatures", 104, quantity("°F")), fc("40C", "temperatures", 40, quantity("°C")), Options{}, StatusAgree, ""},
		{"25 bp = 0.25 pp",
			fc("25 basis points", "interest rate", 25, percent("bp")), fc("0.25 points", "interest rate", 0.25, percent("pp")), Options{}, StatusAgree, ""},
		{"50 bp vs 0.25 pp",
			fc("50 basis points", "interest rate", 50, percent("bp")), fc("0.25 points", "interest rate", 0.25, percent("pp")), Options{},
			StatusConflict, `"0.25 points" (0.25 pp) is outside "50 basis points" (rounded: 0.495 pp up to 0.505 pp)`},
		{"currencies do not compare",
			fc("$2bn", "aid package", 2e9, money("USD")), fc("€1.8bn", "aid package", 1.8e9, money("EUR")), Options{}, StatusNotComparable, ""},
		{"rose vs fell",
			fc("rose 3%", "inflation", 3, percent("%"), change("up", "by")), fc("fell 3%", "inflation", 3, percent("%"), change("down", "by")), Options{},
			StatusConflict, `"rose 3%" says it rose, "fell 3%" says it fell`},
		{"rose and rose", fc("rose 3%", "inflation", 3, percent("%"), change("up", "by")), fc("up 3%", "inflation", 3, percent("%"), change("up", "by")), Options{}, StatusAgree, ""},
		{"same date", fc("in 2022", "", 0, date("2022")), fc("2022", "", 0, date("2022")), Options{}, StatusAgree, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := pair(tt.a, tt.b, tt.opt)
			g := groupOf(r, "a.txt", tt.a.Text)
			require.NotNil(t, g)
			require.Len(t, g.Facts, 2, "groups: %s", keys(r))
			assert.Equal(t, tt.status, g.Status)
			if tt.status == StatusConflict {
				require.Len(t, g.Disagreements, 1)
				d := g.Disagreements[0]
				assert.Contains(t, d.Reason, "linked by ")
				assert.True(t, strings.HasSuffix(d.Reason, "; "+tt.reason), "reason %q ends in %q", d.Reason, tt.reason)
				assert.False(t, d.Internal)
				assert.False(t, d.Update)
				assert.Equal(t, 0, d.A)
				assert.Equal(t, 1, d.B)
				assert.True(t, r.HasConflict())
			} else {
				assert.Empty(t, g.Disagreements)
				assert.False(t, r.HasConflict())
			}
		})
	}
}

func TestRepeatedMentionsAreOneClaim(t *testing.T) {
	k := event("killed")
	a := doc("a.txt", fc("25 people", "people killed", 25, k, at(10)), fc("25 dead", "people killed", 25, k, at(300)))
	t.Run("agreeing", func(t *testing.T) {
		r := Compare([]Doc{a, doc("b.txt", fc("25 killed", "people killed", 25, k))}, Options{})
		require.Len(t, r.Groups, 1)
		g := r.Groups[0]
		assert.Equal(t, StatusAgree, g.Status)
		assert.Len(t, g.Facts, 3, "all mentions kept")
		assert.Equal(t, []int{0, 0, 1}, g.Claims)
		assert.Empty(t, g.Disagreements)
	})
	t.Run("alone", func(t *testing.T) {
		r := Compare([]Doc{a}, Options{})
		require.Len(t, r.Groups, 1)
		assert.Equal(t, StatusSingle, r.Groups[0].Status)
		assert.Empty(t, r.Groups[0].Disagreements, "never a disagreement with itself")
	})
	t.Run("disagreeing once per claim", func(t *testing.T) {
		r := Compare([]Doc{a, doc("b.txt", fc("31 killed", "people killed", 31, k))}, Options{})
		require.Len(t, r.Groups, 1)
		g := r.Groups[0]
		assert.Equal(t, StatusConflict, g.Status)
		require.Len(t, g.Disagreements, 1)
		assert.Equal(t, 0, g.Disagreements[0].A, "the first mention stands for the claim")
		assert.Equal(t, 2, g.Disagreements[0].B)
	})
	t.Run("a level reached by a change and the same level", func(t *testing.T) {
		p := percent("%")
		a := doc("a.txt", fc("5.25%", "interest rates", 5.25, p, change("up", "to"), at(10)),
			fc("5.25%", "interest rates", 5.25, p, at(300)))
		r := Compare([]Doc{a, doc("b.txt", fc("5.5%", "interest rates", 5.5, p))}, Options{})
		require.Len(t, r.Groups, 1)
		g := r.Groups[0]
		assert.Equal(t, []int{0, 0, 1}, g.Claims, "one claim: the direction is not part of a level")
		assert.Len(t, g.Disagreements, 1)
	})
	t.Run("a headline's measure is a word of the body's subject", func(t *testing.T) {
		p := percent("%")
		measured := func(m string) opt { return func(f *facts.Fact) { f.Measure = m } }
		a := doc("a.txt", fc("3.9 percent", "Unemployment", 3.9, p, measured("unemployment"), at(10)),
			fc("3.9 percent", "U.S. unemployment rate", 3.9, p, measured("rate"), at(300)))
		r := Compare([]Doc{a}, Options{})
		require.Len(t, r.Groups, 1)
		assert.Equal(t, []int{0, 0}, r.Groups[0].Claims, "one claim told in two words of one phrase")
		b := doc("b.txt", fc("3.9 percent", "Unemployment", 3.9, p, measured("unemployment"), at(10)),
			fc("3.9 percent", "inflation rate", 3.9, p, measured("rate"), at(300)))
		r = Compare([]Doc{b}, Options{})
		require.Len(t, r.Groups, 2, "another phrase's rate is another figure")
	})
	t.Run("changes in two directions", func(t *testing.T) {
		p := percent("%")
		a := doc("a.txt", fc("rose 2%", "prices", 2, p, change("up", "by"), at(10), sentence("Food prices rose 2% in May.")),
			fc("fell 2%", "prices", 2, p, change("down", "by"), at(300), sentence("Food prices fell 2% in May, the office said.")))
		r := Compare([]Doc{a}, Options{})
		require.Len(t, r.Groups, 1)
		assert.Equal(t, []int{0, 1}, r.Groups[0].Claims, "two claims: the direction is part of a change")
	})
}

func TestInternalInconsistency(t *testing.T) {
	k := event("killed")
	a := doc("a.txt", fc("25 people", "people killed", 25, k, sentence("The attack killed 25 people, officials said.")),
		fc("27 people", "people killed", 27, k, sentence("Officials said the attack killed 27 people.")))
	r := Compare([]Doc{a, doc("b.txt", fc("25 dead", "people killed", 25, k))}, Options{})
	require.Len(t, r.Groups, 1)
	g := r.Groups[0]
	assert.Equal(t, StatusConflict, g.Status)
	require.Len(t, g.Disagreements, 2)
	assert.Equal(t, Disagreement{A: 0, B: 1, Internal: true,
		Reason: `linked by killed; 27 is outside "25 people" (exact) (both in a.txt)`}, g.Disagreements[0])
	assert.Equal(t, Disagreement{A: 1, B: 2, Reason: `linked by killed; 25 is outside "27 people" (exact)`}, g.Disagreements[1])

	t.Run("alone", func(t *testing.T) {
		r := Compare([]Doc{a}, Options{})
		require.Len(t, r.Groups, 1)
		assert.Equal(t, StatusConflict, r.Groups[0].Status)
		assert.True(t, r.Groups[0].Disagreements[0].Internal)
	})
}

func TestUpdates(t *testing.T) {
	k := event("killed")
	tests := []struct {
		name         string
		a, b         Doc
		update       bool
		later        string
		reasonSuffix string
	}{
		{"rose to, later by direction",
			doc("a.txt", fc("25", "people killed", 25, k)),
			doc("b.txt", fc("rose to 31", "people killed", 31, k, change("up", "to"))),
			true, "b.txt", "; likely an update, b.txt being later"},
		{"rose to, but the other is higher",
			doc("a.txt", fc("35", "people killed", 35, k)),
			doc("b.txt", fc("rose to 31", "people killed", 31, k, change("up", "to"))),
			true, "", "; likely an update"},
		{"a rate that fell to a level is no update",
			doc("a.txt", fc("fell to 3.5%", "unemployment", 3.5, percent("%"), change("down", "to"))),
			doc("b.txt", fc("3.8%", "unemployment", 3.8, percent("%"))),
			false, "", ""},
		{"a rate that rose to a level is no update either",
			doc("a.txt", fc("rose to 3.9%", "unemployment", 3.9, percent("%"), change("up", "to"))),
			doc("b.txt", fc("3.8%", "unemployment", 3.8, percent("%"))),
			false, "", ""},
		{"both rose to: the higher is later",
			doc("a.txt", fc("rose to 35", "people killed", 35, k, change("up", "to"))),
			doc("b.txt", fc("rose to 31", "people killed", 31, k, change("up", "to"))),
			true, "a.txt", "; likely an update, a.txt being later"},
		{"dates decide for counts only: a rate told otherwise later is no update",
			Doc{Name: "a.txt", Date: "2024-03-01", Facts: []facts.Fact{fc("3.5%", "unemployment", 3.5, percent("%"))}},
			Doc{Name: "b.txt", Date: "2024-04-01", Facts: []facts.Fact{fc("3.8%", "unemployment", 3.8, percent("%"))}},
			false, "", ""},
		{"dates decide",
			Doc{Name: "a.txt", Date: "2024-03-02", Facts: []facts.Fact{fc("25", "people killed", 25, k)}},
			Doc{Name: "b.txt", Date: "2024-03-01T18:00:00Z", Facts: []facts.Fact{fc("rose to 31", "people killed", 31, k, change("up", "to"))}},
			true, "a.txt", "; likely an update, a.txt being later"},
		{"same dates, no wording: no update",
			Doc{Name: "a.txt", Date: "2024-03-01", Facts: []facts.Fact{fc("25", "people killed", 25, k)}},
			Doc{Name: "b.txt", Date: "2024-03-01", Facts: []facts.Fact{fc("31", "people killed", 31, k)}},
			false, "", ""},
		{"a count risen well past another's lower bound",
			doc("a.txt", fc("at least nine", "people killed", 9, k, atLeast())),
			doc("b.txt", fc("has risen to 14", "people killed", 14, k, change("up", "to"))),
			true, "b.txt", "; likely an update, b.txt being later"},
		{"a count of the event well past another's lower bound",
			doc("a.txt", fc("at least 34", "people killed", 34, k, atLeast())),
			doc("b.txt", fc("at least 85", "people killed", 85, k, atLeast())),
			false, "", `"at least 85" is well past "at least 34"`},
		{"two reports' counts so far of the event",
			doc("a.txt", fc("at least 116", "people killed", 116, k, atLeast())),
			doc("b.txt", fc("at least 131", "people killed", 131, k, atLeast())),
			false, "", `"at least 116" and "at least 131" are two counts so far`},
		{"no dates, no wording: no update",
			doc("a.txt", fc("25", "people killed", 25, k)),
			doc("b.txt", fc("31", "people killed", 31, k)),
			false, "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := Compare([]Doc{tt.a, tt.b}, Options{})
			require.Len(t, r.Groups, 1, keys(r))
			g := r.Groups[0]
			require.Equal(t, StatusConflict, g.Status, "an update is still flagged")
			require.Len(t, g.Disagreements, 1)
			d := g.Disagreements[0]
			assert.Equal(t, tt.update, d.Update)
			assert.Equal(t, tt.later, d.Later)
			if tt.reasonSuffix != "" {
				assert.Contains(t, d.Reason, tt.reasonSuffix)
			}
		})
	}
}

// story is a small set of reports with one group of every status.
func story() []Doc {
	k := event("killed")
	return []Doc{
		doc("a.txt",
			fc("killed 25 people", "people killed", 25, k),
			fc("$2bn", "aid package", 2e9, money("USD")),
			fc("19%", "Ukrainian territory", 19, percent("%")),
			fc("48 drones", "drones launched", 48, event("launched")),
		),
		doc("b.txt",
			fc("the death toll rose to 31", "people killed", 31, k, change("up", "to")),
			fc("€1.8bn", "aid package", 1.8e9, money("EUR")),
			fc("nearly a fifth", "Ukrainian land", 20, percent("%"), approx()),
			fc("a 750-mile front", "front", 750, quantity("mi")),
		),
	}
}

// TestRisenWithinItsBound: a count risen to a level within 5% of another
// report's lower bound, or a level of the event not stated as a rise and
// within 1.3 times the bound, is the same count told again: they agree.
func TestRisenWithinItsBound(t *testing.T) {
	k := event("killed")
	for _, b := range []facts.Fact{
		fc("has risen to 31", "people killed", 31, k, change("up", "to")),
		fc("36 people died", "people killed", 36, k),
	} {
		r := pair(fc("at least 30", "people killed", 30, k, atLeast()), b, Options{})
		require.Len(t, r.Groups, 1, keys(r))
		assert.Equal(t, StatusAgree, r.Groups[0].Status, b.Text)
	}
}

// TestRoundBoundsAgree: a round lower bound ("over 160") is an
// estimate's, which another report's higher count so far fulfils; only
// two counts so far that differ are two tolls (twoCountsSoFar).
func TestRoundBoundsAgree(t *testing.T) {
	k := event("killed")
	for _, tt := range []struct{ a, b facts.Fact }{
		{fc("at least 151", "people killed", 151, k, atLeast()), fc("over 160", "people killed", 160, k, moreThan())},
		{fc("more than 50", "people injured", 50, event("injured"), moreThan()), fc("at least 53", "people injured", 53, event("injured"), atLeast())},
	} {
		r := pair(tt.a, tt.b, Options{})
		require.Len(t, r.Groups, 1, keys(r))
		assert.Equal(t, StatusAgree, r.Groups[0].Status, tt.a.Text+" / "+tt.b.Text)
	}
}

func TestResultOrder(t *testing.T) {
	r := Compare(story(), Options{})
	var got []string
	for _, g := range r.Groups {
		got = append(got, string(g.Status)+" "+g.Key)
	}
	assert.Equal(t, []string{
		"conflict count · people killed",
		"not_comparable money · aid package",
		"agree percent · ukrainian land",
		"single count · drones launched",
		"single quantity · front",
	}, got)
	assert.Equal(t, []string{"a.txt", "b.txt"}, r.Docs)
	assert.Equal(t, "USD/EUR", r.Groups[1].Unit)
	assert.Equal(t, "%", r.Groups[2].Unit)

	// Deterministic: the same input gives the same result, every time.
	for range 5 {
		assert.Equal(t, r, Compare(story(), Options{}))
	}
}

func TestGroupOrderWithinAGroup(t *testing.T) {
	k := event("killed")
	// b.txt lists its facts out of offset order; a group orders by doc, then offset.
	r := Compare([]Doc{
		doc("a.txt", fc("25", "people killed", 25, k, at(50))),
		doc("b.txt", fc("26", "people killed", 26, k, at(90), sentence("The attack killed 26.")),
			fc("25 dead", "people killed", 25, k, at(10), sentence("The attack left 25 dead."))),
	}, Options{})
	require.Len(t, r.Groups, 1)
	var order []string
	for _, f := range r.Groups[0].Facts {
		order = append(order, f.Doc+":"+f.Text)
	}
	assert.Equal(t, []string{"a.txt:25", "b.txt:25 dead", "b.txt:26"}, order)
}

func TestCheck(t *testing.T) {
	r := Compare(story(), Options{})

	c := r.Check("b.txt")
	var got []string
	for _, g := range c.Groups {
		got = append(got, string(g.Status)+" "+g.Key)
	}
	assert.Equal(t, []string{"conflict count · people killed", "single quantity · front"}, got,
		"a disagreement with another document, and a figure no reference supports")
	assert.True(t, c.HasConflict())

	c = r.Check("a.txt")
	got = nil
	for _, g := range c.Groups {
		got = append(got, string(g.Status)+" "+g.Key)
	}
	assert.Equal(t, []string{"conflict count · people killed", "single count · drones launched"}, got)

	assert.Empty(t, r.Check("nope.txt").Groups)
	assert.NotNil(t, r.Check("nope.txt").Groups)

	t.Run("only the new document's disagreements", func(t *testing.T) {
		k := event("killed")
		r := Compare([]Doc{
			doc("new.txt", fc("25", "people killed", 25, k)),
			doc("ref1.txt", fc("25 dead", "people killed", 25, k)),
			doc("ref2.txt", fc("31 killed", "people killed", 31, k)),
		}, Options{})
		require.Len(t, r.Groups, 1)
		require.Len(t, r.Groups[0].Disagreements, 2)
		c := r.Check("new.txt")
		require.Len(t, c.Groups, 1)
		require.Len(t, c.Groups[0].Disagreements, 1)
		d := c.Groups[0].Disagreements[0]
		assert.Equal(t, "new.txt", c.Groups[0].Facts[d.A].Doc)
		assert.Equal(t, "ref2.txt", c.Groups[0].Facts[d.B].Doc)

		c = r.Check("ref1.txt")
		require.Len(t, c.Groups, 1)
		require.Len(t, c.Groups[0].Disagreements, 1, "ref1 disagrees with ref2 only")
		assert.Equal(t, "ref2.txt", c.Groups[0].Facts[c.Groups[0].Disagreements[0].B].Doc)
		assert.Len(t, r.Groups[0].Disagreements, 2, "Check leaves r alone")
	})
	t.Run("internal disagreements of a lone figure", func(t *testing.T) {
		k := event("killed")
		r := Compare([]Doc{
			doc("new.txt", fc("25", "people killed", 25, k, sentence("The attack on the market killed 25.")),
				fc("27", "people killed", 27, k, sentence("The attack on the market killed 27."))),
			doc("ref.txt", fc("3%", "inflation", 3, percent("%"))),
		}, Options{})
		c := r.Check("new.txt")
		require.Len(t, c.Groups, 1)
		assert.True(t, c.Groups[0].Disagreements[0].Internal)
	})
}

func TestNeverNil(t *testing.T) {
	r := Compare(nil, Options{})
	assert.NotNil(t, r.Groups)
	b, err := json.Marshal(r)
	require.NoError(t, err)
	assert.JSONEq(t, `{"docs":[],"groups":[]}`, string(b))

	r = Compare([]Doc{doc("a.txt", fc("25", "people killed", 25))}, Options{})
	require.Len(t, r.Groups, 1)
	b, err = json.Marshal(r.Groups[0])
	require.NoError(t, err)
	var m map[string]any
	require.NoError(t, json.Unmarshal(b, &m))
	assert.Equal(t, "group", m["type"])
	assert.Equal(t, []any{}, m["disagreements"])
	assert.Len(t, m["facts"], 1)
	assert.Equal(t, "count · people killed", m["key"])
}

func TestDocNameWins(t *testing.T) {
	f := fc("25", "people killed", 25)
	f.Doc = "elsewhere"
	r := Compare([]Doc{doc("a.txt", f)}, Options{})
	assert.Equal(t, "a.txt", r.Groups[0].Facts[0].Doc)
}

func TestDefaults(t *testing.T) {
	o := Options{}.withDefaults()
	assert.Equal(t, DefaultModel, o.Model)
	assert.Equal(t, DefaultApproxTolerance, o.ApproxTolerance)
	o = Options{Threshold: 0.8, ApproxTolerance: 0.05}.withDefaults()
	assert.InDelta(t, math.Log(4), o.Model.Link, 1e-9, "a probability of 0.8 is log-odds log 4")
	assert.Equal(t, 0.05, o.ApproxTolerance)
	assert.NotEqual(t, DefaultModel.Link, o.Model.Link+1, "the default model is not changed")
}

// TestConvertedRounding: a quantity in another unit within 5% of the
// figure is the figure converted and rounded again; further, it is not.
func TestConvertedRounding(t *testing.T) {
	gust := func(text string, v float64, u string) facts.Fact {
		f := fc(text, "gusts", v, quantity(u))
		f.Dimension = "speed"
		return f
	}
	for _, tt := range []struct {
		b    facts.Fact
		want Status
	}{
		{gust("85 mph", 85, "mph"), StatusAgree},
		{gust("95 mph", 95, "mph"), StatusConflict},
	} {
		r := pair(gust("135 km/h", 135, "km/h"), tt.b, Options{})
		require.Len(t, r.Groups, 1, keys(r))
		assert.Equal(t, tt.want, r.Groups[0].Status, tt.b.Text)
	}
}
