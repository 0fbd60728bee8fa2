package compare

import (
	"testing"

	"github.com/figcheck/figcheck/facts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

// TestListedParts: figures a sentence lists ("one man and one woman",
// "three Americans and two Britons") are parts of the whole the report
// counts elsewhere, never the same thing told twice: no row says the
// report contradicts itself.
func TestListedParts(t *testing.T) {
	tests := []struct{ a, b, part string }{
		{"Two people survived the crash.", "Two individuals were rescued. The two survivors rescued were one man and one woman, both crew members.", "one man"},
		{"Five people were killed in the attack.", "The attack killed five people. Three Americans and two Britons were killed.", "Three Americans"},
	}
	for _, tt := range tests {
		t.Run(tt.part, func(t *testing.T) {
			docs := []Doc{
				{Name: "a.txt", Facts: facts.ExtractString("a.txt", tt.a+"\n")},
				{Name: "b.txt", Facts: facts.ExtractString("b.txt", tt.b+"\n")},
			}
			r := Compare(docs, Options{})
			require.NotNil(t, groupOf(r, "b.txt", tt.part), "the part is a figure")
			for _, g := range r.Groups {
				for _, d := range g.Disagreements {
					assert.False(t, d.Internal, "%s: %s", g.Key, d.Reason)
				}
			}
		})
	}
	assert.True(t, listsAnother("were one man and one woman, both", "one man"))
	assert.True(t, listsAnother("three Americans, two Britons and a Dane", "three Americans"))
	assert.False(t, listsAnother("killed 25 people and injured 40", "25 people"), "a verb, not a number, follows")
	assert.True(t, listJoin("one man and one woman", "one man", "one woman"))
	assert.False(t, listJoin("25 died on Monday and 30 on Tuesday", "25", "30"), "more than a joiner between them")
}

// TestListedEventsAreNoParts: a list of two events ("25 dead and 40
// injured") makes neither figure a part: the report's "30 people were
// killed" elsewhere is still its toll told twice.
func TestListedEventsAreNoParts(t *testing.T) {
	docs := []Doc{{Name: "b.txt", Facts: facts.ExtractString("b.txt", "The blast left 25 dead and 40 injured. Later 30 people were killed, police said.\n")}}
	items, _ := prepareAll(docs, Options{}.withDefaults())
	for _, it := range items {
		if it.f.Text == "25 dead" {
			assert.False(t, it.listed, "a list of two events")
		}
	}
}
