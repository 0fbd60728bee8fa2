package facts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// TestContextMeasure: a figure with no subject gets the measure the words
// around it give, and its subject stays empty; where they give none, the
// measure stays empty too (a wrong measure is worse than none).
func TestContextMeasure(t *testing.T) {
	cases := []struct {
		text, fig, measure string
	}{
		// a length placed by the word after it
		{"The rescue boat was found at Port Vell, 14 km from the harbour mouth.", "14 km", "distance"},
		{"The wreck lies about 30 miles south of the cape.", "about 30 miles", "distance"},
		{"Heavy rain lifted the river, sending debris roughly 3 km into the sky.", "roughly 3 km", "height"},
		{"The shaft caved in on Monday some 400 metres below the surface.", "some 400 metres", "depth"},
		{"A ditch, about 2 metres wide, was dug around the camp.", "about 2 metres", "width"},
		{"The boy was thrown 5 metres into the car park.", "5 metres", ""}, // "into" a place is no height
		// an amount set against a span of time is a rate
		{"A strike this size would cost the carmaker $400 million a day.", "$400 million", "per day"},
		{"Back then, a two-day halt cost the carmaker $300 million.", "$300 million", ""},
		// an amount named by the noun before "of"
		{"Shares closed at $12.40, a gain of $0.85.", "$0.85", "gain"},
		{"The old hall reopened in 2019 at a cost of about €4 million.", "about €4 million", "cost"},
		{"Shares rose 3%, an increase of 4.5 per cent on the week.", "4.5 per cent", "increase"},
		// not for a count: "attendance" is the aggregate, not what is counted
		{"The show beat last year's attendance of 41,000.", "41,000", ""},
		{"Investors expect it to hold rates at a 16-year high of 5.25%.", "5.25%", ""}, // a level is no amount
		{"They expect it to stay ahead of 5.25%.", "5.25%", ""},
		// what "the number of" counts, before or after the figure
		{"The number of ferries cancelled across the region since Sunday has risen to 48.", "48", "ferry"},
		{"Late arrivals brought to 93 the number of boats in the race.", "93", "boat"},
		{"The number of A-level entries awarded A* or A rose to 31,200 this year.", "31,200", "entry"},
		// what an amount of money is the price of, one at a time
		{"Holders will receive $42 a share in cash.", "$42", "share"},
		{"The bidder will pay $42 per Alder share.", "$42", "share"},
		{"Holders get $42 for each share they own.", "$42", "share"},
		{"In the state, petrol now costs a record $5.20 a gallon.", "$5.20", "gallon"},
		{"In the old town, rooms now cost $90 a night.", "$90", ""}, // a rate of time, not a thing priced
		// what a thing sold or bought for is its price
		{"The portrait sold at auction for $12.5 million.", "$12.5 million", "price"},
		{"The family bought the farm in 1962 for $9,000.", "$9,000", "price"},
		{"Orion agreed to acquire Vela Systems for $2.1 billion.", "$2.1 billion", "price"},
		{"The city asked for $40 million in aid.", "$40 million", "aid"},
		// a figure told again ("the N it announced") is of the figure before it
		{"The firm raised its count to 4.2 million users, from the 3.9 million it gave in May.", "3.9 million", "user"},
		{"Profit was $610 million, beating the $550 million that analysts had expected.", "$550 million", "profit"},
		// a part counts what its whole counts
		{"Two of its six engines failed.", "Two", "engine"},
		{"Four of nine wells ran dry.", "Four", "well"},
		// the group a bare share or an "of which" count is part of
		{"A poll of 800 teachers, published on Monday, found that 41% had considered leaving.", "41%", "teacher"},
		{"Of the nurses who voted, 64% backed the deal.", "64%", "nurse"},
		{"The port handled 220 ships, of which 35 were tankers.", "35", "ship"},
		{"A poll of 800 teachers was published; 41% had considered leaving.", "41%", ""}, // another clause
		{"About 7% dropped out because of side effects.", "About 7%", ""},
		// a span said of the verb it lasts
		{"The airport will stay closed for at least three days, the operator said.", "at least three days", "close"},
		{"Police detained the driver for 36 hours.", "36 hours", "detain"},
		{"The firm said revenue would be spread over four years.", "four years", ""},
		{"Profit was $2bn, compared to $1.4bn for the last six months of 2023.", "six months", ""},
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
			assert.Equal(t, c.measure, got.Measure, "measure")
		})
	}
}

// TestCarriedShare: once a text has given a side's share of the vote, a
// bare percentage of another named side is a share of the vote too; a name
// read as the subject is whose the figure is, not its measure; a lower-case
// place and a sentence of moves carry nothing; nor does a share given
// more than a few paragraphs before (shareReach).
func TestCarriedShare(t *testing.T) {
	text := "The Green Party won 30.5% of the vote, ahead of the Blue League and the Red Front. " +
		"The Blue League came second with 18.2%, ahead of the Red Front on 11.0%.\n" +
		"Red Front: 11.0%, 9 seats.\n" +
		"The Blue League took 18.2%.\n" +
		"They won 12% in the state.\n" +
		"Shares in Alder rose 3% and Birch 1.5% by midday.\n\n" +
		strings.Repeat("The harvest was late and the roads were quiet all week.\n\n", 40) +
		"In Kent, 20% said no.\n"
	want := []struct{ sentence, fig, measure, scope string }{
		{"The Blue League came second", "18.2%", "vote", "blue league"},
		{"The Blue League came second", "11.0%", "vote", "red front"},
		{"Red Front: 11.0%", "11.0%", "vote", "red front"},
		{"The Blue League took", "18.2%", "vote", "blue league"},
		{"They won 12%", "12%", "", "state"},
		{"Shares in Alder", "1.5%", "", "birch"},
		{"In Kent", "20%", "", "kent"},
	}
	fs := facts.ExtractString("t", text)
	for _, w := range want {
		t.Run(w.sentence+" "+w.fig, func(t *testing.T) {
			var got *facts.Fact
			for i := range fs {
				if fs[i].Text == w.fig && strings.HasPrefix(fs[i].Sentence, w.sentence) {
					got = &fs[i]
				}
			}
			require.NotNil(t, got, "no fact %q in %q", w.fig, w.sentence)
			assert.Equal(t, w.measure, got.Measure, "measure")
			assert.Equal(t, w.scope, got.Scope, "scope")
		})
	}
}

// TestCountedShare: a percentage of an election count done has the
// measure "counted", never a side's share of the vote; shares and other
// percentages of ballots keep theirs.
func TestCountedShare(t *testing.T) {
	cases := []struct {
		text, fig, measure string
	}{
		{"With 97.7% of ballots counted, the mayor led.", "97.7%", "counted"},
		{"With 78% of votes counted, Jones was ahead.", "78%", "counted"},
		{"After counting 90 percent of the ballots, officials declared a winner.", "90 percent", "counted"},
		{"With 60% of precincts reporting, the race was close.", "60%", "counted"},
		{"With 85 per cent of polling stations declared, the party was ahead.", "85 per cent", "counted"},
		{"With 90% of the vote in, the result was clear.", "90%", "counted"},
		{"By midnight 70% of the votes had been counted.", "70%", "counted"},
		{"With 97.7% counted, the lead held.", "97.7%", "counted"},
		// a share of the vote, and ballots that are not a count's progress
		{"The mayor won 55% of the vote in the capital.", "55%", "vote"},
		{"About 45% of ballots were spoiled.", "About 45%", "ballot"},
		{"The party took 78% of the votes cast.", "78%", "vote"},
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
			assert.Equal(t, c.measure, got.Measure, "measure")
		})
	}
}
