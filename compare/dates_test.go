package compare

import (
	"github.com/figcheck/figcheck/facts"
	"strconv"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestCalendarClashes(t *testing.T) {
	tests := []struct {
		a, b  string
		clash bool
	}{
		{"XXXX-11-15", "XXXX-11-14", true},
		{"2026-11-15", "XXXX-11-15", false},
		{"XXXX-10", "XXXX-10-05", false},
		{"XXXX-04-01", "XXXX-05-01", true},
		{"XXXX-04", "XXXX-05-01", true},
		{"2025-03", "2024-03", true},
		{"2013", "2003", true},
	}
	for _, tt := range tests {
		x, okx := calendarOf(tt.a)
		y, oky := calendarOf(tt.b)
		require.True(t, okx && oky, "%s, %s", tt.a, tt.b)
		assert.Equal(t, tt.clash, x.clashes(y), "%s, %s", tt.a, tt.b)
		assert.Equal(t, tt.clash, y.clashes(x), "%s, %s", tt.b, tt.a)
	}
	for _, s := range []string{"XXXX-WXX-7", "", "XXXX", "2024-Q2", "XXXX-13-01"} {
		_, ok := calendarOf(s)
		assert.False(t, ok, s)
	}
}

// TestEventDatesConflict: two reports that give one event two days
// disagree; their own publication dates and wire datelines never do.
func TestEventDatesConflict(t *testing.T) {
	// a rewrite that changed the day: the words around the dates are one
	// sentence's
	a := reportOf("a.txt", "Published 16 November 2026\nVolcano erupts\n\nKOTA, Nov 16 - Mount Keriva erupted on 15 November, sending ash nine kilometres over Loka island and closing its airport, officials said.\n")
	b := reportOf("b.txt", "Published 17 November 2026\nAsh falls on Loka\n\nKOTA, Nov 17 - Mount Keriva erupted on 14 November, sending ash nine kilometres over Loka island and closing its airport, officials said.\n")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "15 November")
	require.NotNil(t, g)
	assert.Equal(t, StatusConflict, g.Status)
	for _, gr := range r.Groups {
		for _, d := range gr.Disagreements {
			for _, f := range []string{gr.Facts[d.A].Text, gr.Facts[d.B].Text} {
				assert.NotContains(t, []string{"16 November 2026", "17 November 2026", "Nov 16", "Nov 17"}, f, "a publication date or dateline: %s", d.Reason)
			}
		}
	}
}

// TestClashingDatesNeedAlikeSentences: two different days told in other
// sentences are most often two days of a story (a meeting's, a news
// conference's), and link only when their sentences are alike
// (alikeSentences); two dates that can name one day link as before.
func TestClashingDatesNeedAlikeSentences(t *testing.T) {
	a := reportOf("a.txt", "Published 16 November 2026\nStory\n\nThe summit opened in Vienna on December 6, officials said.\n")
	b := reportOf("b.txt", "Published 17 November 2026\nStory\n\nMinisters gave a news conference in Vienna on Dec. 7, officials said.\n")
	statusOf := func(docs ...Doc) Status {
		g := groupOf(Compare(docs, Options{}), "a.txt", "December 6")
		require.NotNil(t, g)
		return g.Status
	}
	t.Cleanup(func() { clashNeedsAlikeSentences = true })
	clashNeedsAlikeSentences = false
	assert.Equal(t, StatusConflict, statusOf(a, b), "linked by the words around them alone")
	clashNeedsAlikeSentences = true
	assert.Equal(t, StatusSingle, statusOf(a, b))
	c := reportOf("c.txt", "Published 17 November 2026\nStory\n\nThe summit opened in Vienna in December, officials said.\n")
	assert.Equal(t, StatusAgree, statusOf(a, c), "December 6 is in December")
}

func TestInDateline(t *testing.T) {
	for _, tt := range []struct {
		sentence, text string
		want           bool
	}{
		{"BEIJING, July 23 - A landslide buried a village.", "July 23", true},
		{"KADUNA, Nigeria, March 20 - Gunmen freed 48 students.", "March 20", true},
		{"LONDON, March 20 (Reuters) - Shares fell.", "March 20", true},
		{"The storm hit on March 20, officials said.", "March 20", false},
		{"In Kaduna, March 20 was the day the gunmen struck.", "March 20", false},
	} {
		assert.Equal(t, tt.want, inDateline(&facts.Fact{Sentence: tt.sentence, Text: tt.text}), tt.sentence)
	}
}

func TestPublicationDate(t *testing.T) {
	assert.True(t, publicationDate("2026-11-16", "2026-11-16"))
	assert.True(t, publicationDate("XXXX-11-16", "2026-11-16"), "the day without its year")
	assert.False(t, publicationDate("XXXX-11-15", "2026-11-16"))
	assert.False(t, publicationDate("2026-11", "2026-11-16"), "a month is no day")
	assert.False(t, publicationDate("XXXX-11-16", ""))
}

// TestReferenceDatesNeverConflict: the day a tally is given as of, or a
// day reached back to, is no event's day: two situation reports written
// as of two days do not disagree on their dates (their tallies do).
func TestReferenceDatesNeverConflict(t *testing.T) {
	a := reportOf("a.txt", "Outbreak update\n\nAs of 17 October 2024, a total of 62 cases, including 15 deaths, have been reported in Rwanda.\n")
	b := reportOf("b.txt", "Outbreak update\n\nAs of 24 October 2024, a total of 64 cases, including 15 deaths, have been reported in Rwanda.\n")
	r := Compare([]Doc{a, b}, Options{})
	g := groupOf(r, "a.txt", "17 October 2024")
	require.NotNil(t, g)
	assert.NotEqual(t, StatusConflict, g.Status)
	cases := groupOf(r, "a.txt", "62 cases")
	require.NotNil(t, cases)
	assert.Equal(t, StatusConflict, cases.Status, "the tallies still disagree")

	for _, tt := range []struct {
		sentence, text string
		want           bool
	}{
		{"As of 17 October 2024, a total of 62 cases.", "17 October 2024", true},
		{"Since 27 September, 43 patients have recovered.", "27 September", true},
		{"The last report was published on 11 October 2024.", "11 October 2024", true},
		{"The volcano erupted on 15 November.", "15 November", false},
		{"Talks reopened in October.", "October", false},
	} {
		assert.Equal(t, tt.want, referenceDate(&facts.Fact{Sentence: tt.sentence, Text: tt.text}), tt.sentence)
	}
}

// TestPastYearIsReview: a figure of a year well before the story's (an
// earlier quake told as background) beside one of no time is a difference
// to review, not a conflict; a figure of last year may be the story's own.
func TestPastYearIsReview(t *testing.T) {
	a := reportOf("a.txt", "Quake kills 46\n\nA magnitude 6.1 earthquake struck Yunnan on 3 August 2014, killing 381 people.\n")
	b := reportOf("b.txt", "Quake toll rises\n\nThe quake struck on 3 August 2014. According to state media, in 1970, a 7.7-magnitude earthquake killed at least 15,000 people in Yunnan.\n")
	r := Compare([]Doc{a, b}, Options{})
	for _, text := range []string{"magnitude 6.1", "381 people"} {
		g := groupOf(r, "a.txt", text)
		require.NotNil(t, g, text)
		assert.NotEqual(t, StatusConflict, g.Status, text)
	}

	c := reportOf("c.txt", "Growth\n\nThe economy grew 2.1% in 2024, the statistics office said on 30 January 2025.\n")
	d := reportOf("d.txt", "Growth\n\nThe economy grew 2.4%, the statistics office said on 30 January 2025.\n")
	g := groupOf(Compare([]Doc{c, d}, Options{}), "c.txt", "2.1%")
	require.NotNil(t, g)
	assert.Equal(t, StatusConflict, g.Status, "last year's figure is the story's own")
}

func TestYearOf(t *testing.T) {
	for in, want := range map[string]int{"1970": 1970, "2014-08-03": 2014, "2008-Q2": 2008, "XXXX-08": 0, "Q2": 0, "20145": 0, "": 0} {
		assert.Equal(t, want, yearOf(in), in)
	}
}

// TestAtoi: atoi is strconv.Atoi, and whether it gave no error.
func TestAtoi(t *testing.T) {
	for _, p := range []string{"", "0", "7", "07", "2024", "W12", "SU", "12a", "a12", "+5", "-5", "+", "-", " 5", "5 ",
		"999999999999999999", "9999999999999999999", "99999999999999999999", "1_000", "٣", "XX"} {
		n, ok := atoi(p)
		want, err := strconv.Atoi(p)
		if ok != (err == nil) || ok && n != want {
			t.Errorf("atoi(%q) = %d, %v; Atoi gives %d, %v", p, n, ok, want, err)
		}
	}
}
