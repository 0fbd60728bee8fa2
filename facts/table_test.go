package facts_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/figcheck/figcheck/facts"
)

// cellWant is one expected cell of a table: its text, kind, value, unit,
// subject and change.
type cellWant struct {
	text    string
	kind    facts.Kind
	value   float64
	unit    string
	subject string
	change  string
}

func TestTextTables(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want []cellWant
	}{
		{"event columns and a total", "Floods by province\nProvince dead missing total\nNorth Ridge 1,204 310 1,514\nLowland 12 - 12\n",
			[]cellWant{
				{"1,204", facts.KindCount, 1204, "", "people killed", ""},
				{"310", facts.KindCount, 310, "", "people missing", ""},
				{"1,514", facts.KindCount, 1514, "", "people killed and missing", ""},
				{"12", facts.KindCount, 12, "", "people killed", ""},
				{"12", facts.KindCount, 12, "", "people killed and missing", ""},
			}},
		{"spaced figures are cells, not one number", "Region injured missing\nCoast 45,210 12,034\n",
			[]cellWant{
				{"45,210", facts.KindCount, 45210, "", "people injured", ""},
				{"12,034", facts.KindCount, 12034, "", "people missing", ""},
			}},
		{"a nationality column names who", "Nationality Deaths\nNorwegian 3\nChilean 14\n",
			[]cellWant{
				{"3", facts.KindCount, 3, "", "Norwegian killed", ""},
				{"14", facts.KindCount, 14, "", "Chilean killed", ""},
			}},
		{"shares, seats and signed changes", "Party % Seats Change\nBlue/Green 41.5 180 +1.2%\nThe Reds 30.1 121 -6.0%\n* provisional\n",
			[]cellWant{
				{"41.5", facts.KindPercent, 41.5, "%", "Blue/Green", ""},
				{"180", facts.KindCount, 180, "", "seats", ""},
				{"+1.2%", facts.KindPercent, 1.2, "%", "Blue/Green", "up"},
				{"30.1", facts.KindPercent, 30.1, "%", "The Reds", ""},
				{"121", facts.KindCount, 121, "", "seats", ""},
				{"-6.0%", facts.KindPercent, 6, "%", "The Reds", "down"},
			}},
		{"footnote marks are skipped", "Town dead missing\nPortvale 40 * 7\n",
			[]cellWant{
				{"40", facts.KindCount, 40, "", "people killed", ""},
				{"7", facts.KindCount, 7, "", "people missing", ""},
			}},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			got := facts.ExtractString("t", tc.in)
			require.Len(t, got, len(tc.want), "facts of %q: %v", tc.in, got)
			for i, w := range tc.want {
				g := got[i]
				assert.Equal(t, w.text, g.Text)
				assert.Equal(t, w.kind, g.Kind, w.text)
				require.NotNil(t, g.Value, w.text)
				assert.InDelta(t, w.value, *g.Value, 1e-9, w.text)
				assert.Equal(t, w.unit, g.Unit, w.text)
				assert.Equal(t, w.subject, g.Subject, w.text)
				change := ""
				if g.Change != nil {
					change = *g.Change
				}
				assert.Equal(t, w.change, change, w.text)
			}
		})
	}
}

// TestNotTables: short lines that only look like a header or a row stay
// prose.
func TestNotTables(t *testing.T) {
	for _, c := range []subjectCase{
		{"a headline over a dateline", "Storm hits coast\nMarch 4, 2021\nAt least 12 people died.", "12", "people killed"},
		{"a header with a row that does not fit", "Region dead missing\nCoast 45 boats sank\n", "45", "boats"},
		{"a row after prose", "Officials spoke.\nValley 30 20\n", "30", ""},
	} {
		checkSubjects(t, []subjectCase{c})
	}
}

// TestTableRowScope: a cell counted by its column ("Seats") belongs to its
// row's label, which becomes its scope; a cell whose subject is the label
// already (a party's share) needs none from the table.
func TestTableRowScope(t *testing.T) {
	text := "Results:\nParty Vote Seats\nCDU/CSU 35.2 226\nSPD 34.2 222\nTotal 69.4 448\n"
	fs := facts.ExtractString("t", text)
	scopes := map[string]string{}
	for _, f := range fs {
		if f.Subject == "seats" {
			scopes[f.Text] = f.Scope
		}
	}
	assert.Equal(t, map[string]string{"226": "cdu/csu", "222": "spd", "448": "all"}, scopes, "%v", fs)
}
