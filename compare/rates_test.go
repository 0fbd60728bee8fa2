package compare

import (
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestRateOfChange: a percentage change of consumer prices is the
// inflation rate another report gives as a level, one measure in one row;
// a change of oil prices or of the rate itself is not.
func TestRateOfChange(t *testing.T) {
	tests := []struct {
		a, b       string
		aText      string
		oneRow     bool
		wantStatus Status
	}{
		{"Consumer prices rose 2.7% in March from a year earlier.", "Annual inflation was 2.9% in March.", "2.7%", true, StatusConflict},
		{"The consumer price index climbed 2.9% in March from a year earlier.", "The annual inflation rate eased to 2.9 percent in March.", "2.9%", true, StatusAgree},
		{"Oil prices rose 2.7% in March.", "Annual inflation was 2.9% in March.", "2.7%", false, ""},
		// a rate of change said to rise by so many per cent is the rate
		{"Inflation in October rose by 6.2 percent, the Labor Department said.", "The consumer price index rose 6.2% in October from a year earlier.", "6.2 percent", true, StatusAgree},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			g := twoReportsGroup(t, tt.a, tt.b, tt.aText)
			if !tt.oneRow {
				assert.NotEqual(t, StatusConflict, g.Status, "a change of oil prices is no inflation rate")
				return
			}
			require.Len(t, g.Facts, 2, "one row")
			assert.Equal(t, tt.wantStatus, g.Status)
		})
	}
	e := newEnv()
	assert.Equal(t, "inflation", e.rateOfChange("consumer prices"))
	assert.Equal(t, "inflation", e.rateOfChange("the consumer price index"))
	assert.Equal(t, "", e.rateOfChange("prices"))
	assert.Equal(t, "", e.rateOfChange("oil prices"))
	assert.Equal(t, "", e.rateOfChange("consumer price inflation"), "a change of the rate itself")
}

// twoReportsGroup compares two one-sentence reports and returns the group
// of a.txt's figure aText.
func twoReportsGroup(t *testing.T, a, b, aText string) *Group {
	t.Helper()
	docs := []Doc{
		{Name: "a.txt", Facts: facts.ExtractString("a.txt", a+"\n")},
		{Name: "b.txt", Facts: facts.ExtractString("b.txt", b+"\n")},
	}
	g := groupOf(Compare(docs, Options{}), "a.txt", aText)
	require.NotNil(t, g)
	return g
}

// TestGrowthsNewLevel: the new level of a rate of change is that change,
// going the change noun's way: "revised second-quarter growth up to 0.3%"
// disagrees with "growth of 0.2%" (not a level beside a change to
// review), and growth that slowed to 1.6% is a rise of 1.6%, the figure of
// a report whose population grew 1.6%.
func TestGrowthsNewLevel(t *testing.T) {
	for _, tt := range []struct {
		a, b, fig string
		want      Status
	}{
		{"The statistics office revised second-quarter growth up to 0.3%.",
			"Second-quarter growth of 0.2% disappointed, the statistics office said.", "0.3%", StatusConflict},
		{"The population grew 1.6% to 27.9 million.",
			"Population growth slowed to 1.6% as net migration fell.", "1.6%", StatusAgree},
	} {
		g := groupOf(compareTexts(tt.a, tt.b), "a.txt", tt.fig)
		require.NotNil(t, g, tt.a)
		require.Len(t, g.Facts, 2, factTexts(g))
		assert.Equal(t, tt.want, g.Status, factTexts(g))
	}
}

// TestTwoMeasuresOfOneReportStayApart: a report's revenue and net income
// that moved by the same 11% are two things, never one claim that
// contradicts itself ("says it rose", "says it fell").
func TestTwoMeasuresOfOneReportStayApart(t *testing.T) {
	r := compareTexts("Harlow Foods said revenue grew 11% to $4.2 billion in the third quarter, while net income declined 11% to $310 million as costs rose.",
		"Harlow Foods posted an 11% rise in quarterly revenue, to $4.2 billion. Net income fell 11% to $310 million, the company said.")
	noConflict(t, r)
	var rev, inc *Group
	for i := range r.Groups {
		for _, f := range r.Groups[i].Facts {
			if f.Doc == "a.txt" && f.Text == "11%" {
				switch f.Subject {
				case "revenue":
					rev = &r.Groups[i]
				case "net income":
					inc = &r.Groups[i]
				}
			}
		}
	}
	require.NotNil(t, rev)
	require.NotNil(t, inc)
	assert.NotSame(t, rev, inc, "revenue's 11%% and net income's 11%% in one group")
}

// TestTwoWaysOfTwoThings: a report's revenue that rose 11% and its cargo
// revenue that fell 11% are two things, each lining up with the other
// report's figure that goes its way, not a rise beside a fall.
func TestTwoWaysOfTwoThings(t *testing.T) {
	r := compareTexts("Revenue climbed 11% to 21.6 billion ringgit, although cargo revenue fell 11% as freight rates eased.",
		"Group revenue rose 11 per cent to RM21.6 billion. Freight was weaker, with cargo revenue down 11 per cent.")
	noConflict(t, r)
}

// TestChangesOverTwoPeriods: a change over a month and one over a year are
// two measures, never one row ("0.4%" on the month beside "4.0%" from a
// year earlier, whose digits would otherwise read as transposed).
func TestChangesOverTwoPeriods(t *testing.T) {
	r := compareTexts("Average hourly earnings rose 0.4% on the month.",
		"Average hourly earnings were up 4.0% from a year earlier.")
	noConflict(t, r)
	g := groupOf(r, "a.txt", "0.4%")
	require.NotNil(t, g)
	assert.Len(t, g.Facts, 1, factTexts(g))
}

// TestRateMovesInPoints: a rate's small move written in per cent is the
// points it moved ("raises rates by 0.25%" is "a quarter of a percentage
// point"); a percentage change of anything else stays per cent.
func TestRateMovesInPoints(t *testing.T) {
	tests := []struct {
		a, b, aText string
		oneRow      bool
	}{
		{"The Federal Reserve raised its key interest rate by 0.25% on Wednesday.", "The Fed lifted its key interest rate by a quarter of a percentage point on Wednesday.", "0.25%", true},
		{"The central bank inched up its key interest rate by 0.25%.", "The central bank raised its key interest rate by 25 basis points.", "0.25%", true},
		{"Retail sales rose 0.25% in June.", "Retail sales rose by a quarter of a percentage point in June.", "0.25%", false},
	}
	for _, tt := range tests {
		t.Run(tt.a, func(t *testing.T) {
			g := twoReportsGroup(t, tt.a, tt.b, tt.aText)
			if !tt.oneRow {
				assert.Len(t, g.Facts, 1, "per cent of sales and points never meet")
				return
			}
			require.Len(t, g.Facts, 2, "one row: %v", g.Facts)
			assert.Equal(t, StatusAgree, g.Status)
			assert.Equal(t, "%", g.Facts[0].Unit, "the stated unit stays on the fact")
		})
	}
}

// TestAgeFrom: the age a change started from is no claim about the age
// now ("raise the retirement age from 62 to 64" beside "raising the
// retirement age to 64"): the 64s line up, the 62 is no conflict.
func TestAgeFrom(t *testing.T) {
	docs := []Doc{
		{Name: "a.txt", Facts: facts.ExtractString("a.txt", "Protesters oppose the plan to raise the retirement age from 62 to 64.\n")},
		{Name: "b.txt", Facts: facts.ExtractString("b.txt", "The government will keep its core measure, raising the retirement age to 64.\n")},
	}
	r := Compare(docs, Options{})
	for _, g := range r.Groups {
		assert.NotEqual(t, StatusConflict, g.Status, "%v", g.Facts)
	}
	g := groupOf(r, "b.txt", "64")
	require.NotNil(t, g)
	var texts []string
	for _, f := range g.Facts {
		texts = append(texts, f.Doc+" "+f.Text)
	}
	assert.Contains(t, texts, "a.txt 64", "the new ages line up: %v", texts)
}

// TestOneNamedAge: a report that gives one named person two ages
// contradicts itself; two people's ages are two claims.
func TestOneNamedAge(t *testing.T) {
	docs := []Doc{{Name: "b.txt", Facts: facts.ExtractString("b.txt",
		"Among the dead was 16-year-old Georgina Callander, a student.\nPolice later named the victims as Georgina Callander, 18, of Lancashire, and Kelly Brewster, 32, of Sheffield.\n")}}
	r := Compare(docs, Options{})
	g := groupOf(r, "b.txt", "18")
	require.NotNil(t, g)
	require.Len(t, g.Facts, 2, "one person's two ages: %v", g.Facts)
	assert.Equal(t, StatusConflict, g.Status)
	require.NotEmpty(t, g.Disagreements)
	assert.True(t, g.Disagreements[0].Internal)
	k := groupOf(r, "b.txt", "32")
	require.NotNil(t, k)
	assert.Len(t, k.Facts, 1, "another person's age is another claim")
}
