package compare

import (
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestSameFigure: two reports' figures stated alike, a range or three
// digits and more, are likelier one thing than a figure that merely
// meets it; alike figures of two measures are not.
func TestSameFigure(t *testing.T) {
	tests := []struct {
		a, b, aText, bText string
		want               int
	}{
		{"The Fed set its target range at 4.75%-5.0%.", "The range is now 4.75-5.00%.", "4.75%-5.0%", "4.75-5.00%", 2},
		{"Cisco will pay $157 per share.", "The offer is $157 a share.", "$157", "$157", 2},
		{"Two people survived.", "Two crew members survived.", "Two people", "Two crew members", 1},
		{"About 12,000 nurses walked out.", "About 12,000 outpatient appointments were cancelled.", "About 12,000 nurses", "About 12,000 outpatient appointments", 0},
		{"The Fed set its target range at 4.75%-5.0%.", "The range is about 5%.", "4.75%-5.0%", "about 5%", 0},
	}
	for _, tt := range tests {
		t.Run(tt.aText+"/"+tt.bText, func(t *testing.T) {
			docs := []Doc{
				{Name: "a.txt", Facts: facts.ExtractString("a.txt", tt.a+"\n")},
				{Name: "b.txt", Facts: facts.ExtractString("b.txt", tt.b+"\n")},
			}
			items, _ := prepareAll(docs, Options{}.withDefaults())
			var x, y *item
			for _, it := range items {
				if it.doc == 0 && it.f.Text == tt.aText {
					x = it
				}
				if it.doc == 1 && it.f.Text == tt.bText {
					y = it
				}
			}
			require.NotNil(t, x)
			require.NotNil(t, y)
			assert.Equal(t, tt.want, sameFigureLevel(x, y))
		})
	}
	// the range told alike wins the row over another range of the report
	docs := []Doc{
		{Name: "a.txt", Facts: facts.ExtractString("a.txt", "The Fed cut its target range to 4.75%-5.0%, officials said.\n")},
		{Name: "b.txt", Facts: facts.ExtractString("b.txt", "Officials see a target range of 4.25% to 4.5% by the end of this year. The central bank lowered the federal funds rate to a range between 4.75%-5% on Wednesday.\n")},
	}
	g := groupOf(Compare(docs, Options{}), "a.txt", "4.75%-5.0%")
	require.NotNil(t, g)
	got := factTexts(g)
	assert.Contains(t, got, "4.75%-5%")
}
