package facts_test

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// TestVoteSideAfter: a share followed by the side it went to ("for Yes",
// "voted No", "for the No vote", "voting \"yes\"", "of votes cast for the
// No") has that side as its scope, in its canonical form; a lower-case
// "no" that is a determiner ("for no reason") is no side.
func TestVoteSideAfter(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"Voters backed the plan, with 55% for Yes.", "55%", "yes"},
		{"Some 45% voted No.", "Some 45%", "no"},
		{"Some 52% voted Yes.", "Some 52%", "yes"},
		{"At 6am the national tally stood at 60 per cent for the No vote.", "60 per cent", "no"},
		{"The count had 44.97 per cent voting \"yes.\"", "44.97 per cent", "yes"},
		{"Queensland gave 68 per cent of votes cast for the No.", "68 per cent", "no"},
		{"South Australia returned a 64 per cent vote for No.", "64 per cent", "no"},
		{"About 58% voted for ‘no’ on Saturday.", "About 58%", "no"},
		{"The territory returned a 65 per cent \"yes\" vote.", "65 per cent", "yes"},
		{"Prices rose 5% for no clear reason.", "5%", ""},
	} {
		assert.Equal(t, tt.want, strings.ToLower(factWithText(t, tt.in, tt.text).Scope), tt.in)
	}
}

// TestVoteSideBefore: a side named before its share, as the subject of a
// verb of winning ("The No side won 55%", "The Yes campaign took 45%"),
// before "at" ("the Yes vote at 45 per cent", "the \"no\" was at 55.43 per
// cent") or right before the figure ("'no' 60.59", "Yes: 52%"), is its
// scope; a line's label before the side is where the side's share was
// counted ("NT: 'yes' 39.48": nt yes).
func TestVoteSideBefore(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"The No side won 55% of the vote.", "55%", "no"},
		{"The Yes campaign took 45%.", "45%", "yes"},
		{"Polls put the Yes vote at 45 per cent.", "45 per cent", "yes"},
		{"At print deadline the \"no\" was at 55.43 per cent.", "55.43 per cent", "no"},
		{"The result was 'no' 60.59 and 'yes' 39.41.", "60.59", "no"},
		{"The result was 'no' 60.59 and 'yes' 39.41.", "39.41", "yes"},
		{"Early returns: Yes: 52%, No: 48%.", "48%", "no"},
		{"NT: 'yes' 39.48, 'no' 60.52", "39.48", "nt yes"},
		{"NT: 'yes' 39.48, 'no' 60.52", "60.52", "nt no"},
		{"There was no vote at 45 days.", "45 days", ""},
	} {
		assert.Equal(t, tt.want, strings.ToLower(factWithText(t, tt.in, tt.text).Scope), tt.in)
	}
}

// TestVoteSideCandidate: the candidate or party a share of the vote is
// won by is its scope, a single name opening the sentence too ("Sheinbaum
// won 59.8% of the vote", "Lai took 40.2 percent of votes cast"), and a
// name opening a line of results before its share once the text has given
// a share of the vote ("Labour 34%"). A common noun opening a sentence
// about something else is no name ("Officials took 40 percent of the
// stock"). A lower-case modifier may stand between the determiner and a
// name before "with" ("the centrist Civic Coalition with 31.6 percent").
func TestVoteSideCandidate(t *testing.T) {
	for _, tt := range []struct{ in, text, want string }{
		{"Sheinbaum won 59.8% of the vote.", "59.8%", "sheinbaum"},
		{"Lai took 40.2 percent of votes cast, according to partial results.", "40.2 percent", "lai"},
		{"Labour won 34% of the vote. Labour 34%, Conservatives 24%.", "34%", "labour"},
		{"Officials took 40 percent of the stock.", "40 percent", ""},
		// a lower-case modifier between the determiner and the name
		{"PiS won 36.8 percent of the vote, followed by the centrist Civic Coalition with 31.6 percent.", "31.6 percent", "civic coalition"},
		{"PiS won 36.8 percent of the vote, and the far-right Confederation with 6.2 percent.", "6.2 percent", "confederation"},
		{"The plan was backed by the main parties with 60 percent.", "60 percent", ""},
	} {
		var got []string
		for _, f := range factsWithText(t, tt.in, tt.text) {
			got = append(got, strings.ToLower(f.Scope))
		}
		for _, g := range got {
			assert.Equal(t, tt.want, g, tt.in)
		}
	}
}

// factsWithText returns every fact of in whose text is text.
func factsWithText(t *testing.T, in, text string) []facts.Fact {
	t.Helper()
	var out []facts.Fact
	for _, f := range facts.ExtractString("t", in) {
		if f.Text == text {
			out = append(out, f)
		}
	}
	require.NotEmpty(t, out, "%q in %q", text, in)
	return out
}

// TestDefeatShares: in "A defeated B X% to Y%" the first share is the
// winner's and the second the loser's, shares of the vote; a move "from
// 3% to 5%" names no side.
func TestDefeatShares(t *testing.T) {
	for _, c := range []struct{ text, fig, scope, measure string }{
		{"A poll shows center-left Macron defeating nationalist Le Pen 65.5% to 34.5%.", "65.5%", "macron", "vote"},
		{"A poll shows center-left Macron defeating nationalist Le Pen 65.5% to 34.5%.", "34.5%", "le pen", "vote"},
		{"Biden beat Trump by 51% to 47% in the state.", "47%", "trump", "vote"},
	} {
		f := factWithText(t, c.text, c.fig)
		assert.Equal(t, c.scope, f.Scope, c.text)
		assert.Equal(t, c.measure, f.Measure, c.text)
	}
	f := factWithText(t, "Shares rose from 3% to 5%.", "5%")
	assert.Equal(t, "", f.Scope)
}
