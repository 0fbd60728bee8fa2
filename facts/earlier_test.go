package facts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/figcheck/figcheck/facts"
)

// TestEarlierFigures: a figure given before and superseded since is about
// an earlier time (facts.TimeEarlier); the current figure beside it, and
// figures of an earlier period or said in passing, are not.
func TestEarlierFigures(t *testing.T) {
	tests := []struct {
		in      string
		earlier []string // the texts of the figures of Time "earlier"
		others  []string // the texts of the figures of any other Time
	}{
		{"The death toll rose to 21, not 19 as first reported.", []string{"19"}, []string{"21"}},
		{"The touring party numbered 18, rather than the 19 first reported.", []string{"19 first"}, []string{"18"}},
		{"Earlier, police had spoken of eight missing.", []string{"eight"}, nil},
		{"Earlier in the day police had spoken of eight missing, but one was found.", []string{"eight"}, nil},
		{"Earlier on Monday, officials had put the number of dead at 12.", []string{"12"}, nil},
		{"Officials revised an earlier toll of 12 people killed.", []string{"12 people"}, nil},
		{"Growth was revised to 2.4% from 2.1% in the first estimate.", []string{"2.1%"}, []string{"2.4%"}},
		{"INE revised growth to 0.3% from a first estimate of 0.2%.", []string{"0.2%"}, []string{"0.3%"}},
		{"The ministry previously reported 40 cases.", []string{"40 cases"}, nil},
		{"Police initially said 15 people had been injured, but the figure later rose to 22.", []string{"15 people"}, []string{"22"}},
		{"Police had earlier put the toll at 12.", []string{"12"}, nil},
		{"At least 30 people were killed, up from an earlier figure of 25.", []string{"25"}, []string{"At least 30 people"}},
		{"Earlier reports from the USGS had said the quake was a 6.7.", []string{"6.7"}, nil},
		{"The party numbered 18, not the 19 originally reported.", []string{"19"}, []string{"18"}},
		{"Cases rose to 52, up from 40 initially reported.", []string{"40"}, []string{"52"}},
		{"In the first hours after the quake, Xinhua reported the death toll to be around 150, but by the evening that number had doubled.", []string{"around 150"}, nil},
		{"In the first days of the outbreak, 12 cases were confirmed.", []string{"12 cases"}, nil},
		// not earlier figures
		{"Police said 12 people previously thought missing were found.", nil, []string{"12 people"}},
		{"As previously reported, the toll is 21.", nil, []string{"21"}},
		{"The toll stands at 21, as first reported by AP.", nil, []string{"21"}},
		{"The storm, which hit earlier on Tuesday, killed 12 people.", nil, []string{"12 people"}},
		{"Earlier on Tuesday the storm killed 12 people.", nil, []string{"12 people"}},
		{"In the first quarter, sales rose 12%.", nil, []string{"12%"}},
		{"First, 40 people were evacuated.", nil, []string{"40 people"}},
		{"The first batch of 200 prisoners was freed.", nil, []string{"200 prisoners"}},
		{"Profit rose to $1.4 billion from $785 million a year earlier.", nil, []string{"$1.4 billion", "$785 million"}},
	}
	for _, tt := range tests {
		var earlier, others []string
		for _, f := range facts.ExtractString("t.txt", tt.in) {
			if f.Kind == facts.KindDate || f.Kind == facts.KindOrdinal {
				continue
			}
			if f.Time == facts.TimeEarlier {
				earlier = append(earlier, f.Text)
			} else {
				others = append(others, f.Text)
			}
		}
		assert.Equal(t, tt.earlier, earlier, "earlier: %s", tt.in)
		assert.Equal(t, tt.others, others, "others: %s", tt.in)
	}
}
