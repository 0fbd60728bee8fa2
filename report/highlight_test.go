package report

import (
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
)

// shown renders pieces as text with [marks] and the IDs of each mark.
func shown(pieces []piece) (string, []string) {
	var s string
	var ids []string
	for _, p := range pieces {
		if p.Mark != nil {
			s += "[" + p.Text + "]"
			ids = append(ids, p.Mark.IDs)
			continue
		}
		s += p.Text
	}
	return s, ids
}

func TestLayout(t *testing.T) {
	tests := []struct {
		name  string
		text  string
		spans []span
		want  string
		ids   []string
	}{
		{"one figure", "At least 25 people died.", []span{{Start: 0, End: 18, ID: "g0"}},
			"[At least 25 people] died.", []string{"g0"}},
		{"two apart, given out of order", "25 dead, 140 hurt",
			[]span{{Start: 9, End: 12, ID: "g1"}, {Start: 0, End: 2, ID: "g0"}},
			"[25] dead, [140] hurt", []string{"g0", "g1"}},
		{"nested: the outer wins and stands for both", "about 1,200 homes",
			[]span{{Start: 6, End: 11, ID: "g2"}, {Start: 0, End: 17, ID: "g1"}},
			"[about 1,200 homes]", []string{"g1 g2"}},
		{"overlapping: the first wins", "between 20 and 30 people",
			[]span{{Start: 0, End: 17, ID: "g0"}, {Start: 15, End: 24, ID: "g1"}},
			"[between 20 and 30] people", []string{"g0 g1"}},
		{"same figure in two groups is listed once", "31 people",
			[]span{{Start: 0, End: 9, ID: "g0"}, {Start: 0, End: 2, ID: "g0"}},
			"[31 people]", []string{"g0"}},
		{"offsets outside the text or empty are left out", "25 dead",
			[]span{{Start: 0, End: 99, ID: "g0"}, {Start: -1, End: 2, ID: "g1"}, {Start: 3, End: 3, ID: "g2"}},
			"25 dead", nil},
		{"offsets inside a character are left out", "€5bn",
			[]span{{Start: 1, End: 6, ID: "g0"}}, "€5bn", nil},
		{"a figure at the very end", "toll: 31", []span{{Start: 6, End: 8, ID: "g0"}},
			"toll: [31]", []string{"g0"}},
		{"markup blanked to spaces: blank lines squeezed, ends trimmed", "  \n\n   <p>\n\n\n 25 dead  \n",
			nil, "<p>\n\n25 dead", nil},
		{"blanked markup before punctuation goes, a typed space stays", "  31 people  , with the  health ministry" + strings.Repeat(" ", 30) + ". So , yes",
			[]span{{Start: 2, End: 11, ID: "g0"}}, "[31 people], with the  health ministry. So , yes", []string{"g0"}},
		{"a single newline after a short line stays", "25 dead\n140 hurt", nil, "25 dead\n140 hurt", nil},
		{"hard-wrapped prose flows", "At least 25 people were killed and more than 140 injured when a\nmagnitude 6.1 earthquake struck.\nShort line\nend",
			[]span{{Start: 64, End: 77, ID: "g0"}},
			"At least 25 people were killed and more than 140 injured when a [magnitude 6.1] earthquake struck.\nShort line\nend", []string{"g0"}},
		{"blanked markup does not make a line long", "<p>" + strings.Repeat(" ", 70) + "25 dead\n140 hurt", nil, "<p>" + strings.Repeat(" ", 70) + "25 dead\n140 hurt", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			pieces, _ := layout("a.txt", 0, []byte(tt.text), tt.spans)
			got, ids := shown(pieces)
			assert.Equal(t, tt.want, got)
			assert.Equal(t, tt.ids, ids)
		})
	}
}

func TestLayoutAnchors(t *testing.T) {
	pieces, anchors := layout("b.md", 2, []byte("about 1,200 homes and 31 dead"),
		[]span{{Start: 0, End: 17, ID: "g1"}, {Start: 6, End: 11, ID: "g2"}, {Start: 22, End: 29, ID: "g0"}})
	assert.Equal(t, "d2-0", pieces[0].Mark.Anchor)
	assert.Equal(t, map[string]string{
		"g1": "d2-0", "g1@0": "d2-0",
		"g2": "d2-0", "g2@6": "d2-0", // folded into the outer figure
		"g0": "d2-22", "g0@22": "d2-22",
	}, anchors)
	m := pieces[0].Mark
	assert.Equal(t, []any{"b.md", 0, 17}, []any{m.Doc, m.Start, m.End})
}
