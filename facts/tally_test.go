package facts_test

import (
	"fmt"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/figcheck/figcheck/facts"
)

// countsOf lists a sentence's facts other than dates as "text=value
// measure/scope", the fields a vote's tally is read into.
func countsOf(in string) []string {
	var out []string
	for _, f := range facts.ExtractString("t.txt", in) {
		if f.Kind == facts.KindDate {
			continue
		}
		v := "nil"
		if f.Value != nil {
			v = fmt.Sprint(*f.Value)
		}
		out = append(out, fmt.Sprintf("%s %s=%s %s/%s", f.Kind, f.Text, v, f.Measure, f.Scope))
	}
	return out
}

// TestVoteTallies: a vote's tally is two counts of votes, the side for and
// the side against, in every way reports write it; a majority is a count of
// the majority; ranges, match scores and model names stay what they were.
func TestVoteTallies(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"The Supreme Court ruled 7-2 that the law was unconstitutional.",
			[]string{"count 7=7 vote/for", "count 2=2 vote/against"}},
		{"In a 6-3 decision, the justices struck down the ban.",
			[]string{"count 6=6 vote/for", "count 3=3 vote/against"}},
		{"The court upheld the reform by a 6-3 vote.",
			[]string{"count 6=6 vote/for", "count 3=3 vote/against"}},
		{"The bill passed by 312 votes to 290.",
			[]string{"count 312 votes=312 vote/for", "count 290=290 vote/against"}},
		{"MPs voted 312-290 in favour of the amendment.",
			[]string{"count 312=312 vote/for", "count 290=290 vote/against"}},
		{"The Senate carried the measure 54 to 46.",
			[]string{"count 54=54 vote/for", "count 46=46 vote/against"}},
		{"The court voted six to three to uphold it.",
			[]string{"count six=6 vote/for", "count three=3 vote/against"}},
		{"The vote was 7-2, with Mann joining Dhingra.",
			[]string{"count 7=7 vote/for", "count 2=2 vote/against"}},
		{"The budget the council approved by a vote of 10-3 leaves libraries short.",
			[]string{"count 10=10 vote/for", "count 3=3 vote/against"}},
		// the first side is the side for, whichever is larger
		{"The House rejected the bill 210-220.",
			[]string{"count 210=210 vote/for", "count 220=220 vote/against"}},
		// the sides named
		{"The resolution was adopted with 141 votes in favour, 5 against and 35 abstentions.",
			[]string{"count 141 votes=141 vote/for", "count 5=5 vote/against", "count 35 abstentions=35 abstention/"}},
		{"In all, 1,429,981 people voted to remove the amendment from the constitution, against 723,632 who wanted to keep it.",
			[]string{"count 1,429,981 people=1.429981e+06 people/", "count 723,632=723632 vote/against"}},
		// "against" with no vote in the clause is a comparison
		{"Police arrested 40 people, against 25 a year earlier.",
			[]string{"count 40 people=40 people/", "count 25=25 people/"}},
		// majorities
		{"The bill cleared the Commons by 312 votes to 290, a majority of 22.",
			[]string{"count 312 votes=312 vote/for", "count 290=290 vote/against", "count 22=22 majority/"}},
		{"The motion was carried by a majority of 22.", []string{"count 22=22 majority/"}},
		{"The measure passed by a margin of 14 votes.", []string{"count 14 votes=14 majority/"}},
		{"Winning margin: more than 800,000 votes.", []string{"count more than 800,000 votes=800000 majority/"}},
		{"A majority of 22 EU members backed the plan.", []string{"count 22 EU members=22 member/"}},
		// not tallies
		{"Between 10-12 people were hurt in the crush.", []string{"count 10-12 people=10 people/"}},
		{"The vote left 10-12 people without seats.", []string{"count 10-12 people=10 people/"}},
		{"A decision could take 10 to 12 months.", []string{"duration 10 to 12 months=10 /"}},
		{"Arsenal won 3-1 at home on Saturday.", nil},
		{"Voters aged 18-24 backed the plan.", []string{"age 18-24=18 voter/"}},
		{"The airline ordered a Boeing 737-800.", nil},
		{"Turnout rose from 40 to 52 after the vote.", []string{"count 40=40 /", "count 52=52 /"}},
	}
	for _, tt := range tests {
		assert.Equal(t, tt.want, countsOf(tt.in), tt.in)
	}
}
